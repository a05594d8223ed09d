//! `sla --batch`: tickets in, one answer per ticket out, in input order, streaming.
//!
//! JSON Lines by default ([`json_lines`]), CSV with a header row with `--csv`
//! ([`csv_rows`]). The main thread reads the input in blocks and writes the answers;
//! `--jobs` workers (a rayon pool) answer the blocks, each with its own [`Answerer`] and
//! caches. Block `i` goes to worker `i % jobs` and its answer is taken back from that
//! worker in turn, so the output keeps the input's order, and at most `jobs × DEPTH`
//! blocks are in flight: memory stays flat however long the input.

mod answerer;
mod csv_rows;
mod json_lines;

use std::io::{self, BufRead, Write};
use std::sync::mpsc;

use chrono::NaiveDate;

pub use answerer::{Answer, Answerer, Defaults, Fields, LineError};

use crate::holidays::Catalog;
use crate::rules::RuleSet;

/// The longest line read; a longer one is reported as an error and skipped. Its line end
/// (`\n`, `\r\n`) does not count.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// A block: at most this many lines or rows...
const BLOCK_RECORDS: usize = 2048;
/// ...and, past the first, at most this many bytes.
const BLOCK_BYTES: usize = 1 << 20;
/// Blocks waiting for, or answered by, each worker.
const DEPTH: usize = 2;

/// The input's format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    JsonLines,
    Csv,
}

/// How to run a batch.
#[derive(Debug, Clone, Copy)]
pub struct Options<'a> {
    pub format: Format,
    /// Worker threads (at least 1).
    pub jobs: usize,
    /// The number of the input's first line (1, or a chunk's place in a larger file).
    pub first_line: u64,
    pub defaults: Defaults<'a>,
}

/// How a batch run went.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Summary {
    /// Tickets read (blank lines are not tickets).
    pub tickets: u64,
    pub failed: u64,
    /// The line of the first ticket that failed.
    pub first_failed: Option<u64>,
    /// Tickets whose count ran past the last day their holiday files know of, and the
    /// first such line with that day.
    pub past_known_until: u64,
    pub first_past: Option<(u64, NaiveDate)>,
}

impl Summary {
    fn add(&mut self, line: u64, outcome: Outcome) {
        match outcome {
            Outcome::Blank => {}
            Outcome::Answered(past) => {
                self.tickets += 1;
                if let Some(until) = past {
                    self.past_known_until += 1;
                    self.first_past.get_or_insert((line, until));
                }
            }
            Outcome::Failed => {
                self.tickets += 1;
                self.failed += 1;
                self.first_failed.get_or_insert(line);
            }
        }
    }

    fn merge(&mut self, later: Summary) {
        self.tickets += later.tickets;
        self.failed += later.failed;
        self.past_known_until += later.past_known_until;
        if self.first_failed.is_none() {
            self.first_failed = later.first_failed;
        }
        if self.first_past.is_none() {
            self.first_past = later.first_past;
        }
    }
}

/// What became of one line or row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// A blank line: no ticket, no output.
    Blank,
    /// Answered; the holiday files' last day when the count ran past it.
    Answered(Option<NaiveDate>),
    Failed,
}

/// Why a batch stopped before its end.
#[derive(Debug)]
pub enum BatchError {
    /// The input could not be read (or its CSV header is unusable).
    Input(anyhow::Error),
    /// The answers could not be written (a closed pipe, a full disk).
    Output(io::Error),
}

/// A block of input for one worker.
enum Block {
    Lines(Lines),
    Rows(Rows),
}

/// JSON Lines: the bytes of the lines, where each one is, and the first one's number.
struct Lines {
    first: u64,
    data: Vec<u8>,
    /// Each line's range in `data` (its line end left out), or `None` when it was too long.
    lines: Vec<Option<std::ops::Range<usize>>>,
}

/// CSV rows, each with its row number as a spreadsheet shows it (the header is row 1).
struct Rows {
    rows: Vec<(csv::ByteRecord, u64)>,
}

/// A block answered: the output's bytes and the block's summary.
struct Done {
    out: Vec<u8>,
    summary: Summary,
}

/// Answers every ticket of `input` on `output`, in order.
///
/// Errors: [`BatchError::Input`] when the input cannot be read or a CSV header names no
/// usable columns; [`BatchError::Output`] when the answers cannot be written, a closed
/// pipe included (a reader that stops early would otherwise pass for a complete run).
pub fn run(
    rules: &RuleSet,
    holidays: &Catalog,
    options: &Options,
    input: impl BufRead,
    mut output: impl Write,
) -> Result<Summary, BatchError> {
    let jobs = options.jobs.max(1);
    let make = || Answerer::new(rules, holidays, options.defaults);
    let summary = match options.format {
        Format::JsonLines => {
            let mut reader = LineReader {
                input,
                next_line: options.first_line,
                at_start: true,
            };
            pipeline(
                jobs,
                || reader.block().map(|b| b.map(Block::Lines)),
                &make,
                &mut output,
            )?
        }
        Format::Csv => {
            let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
            let header = reader
                .byte_headers()
                .map_err(|e| BatchError::Input(anyhow::anyhow!("cannot read the CSV header: {e}")))?
                .clone();
            if header.is_empty() {
                return Ok(Summary::default());
            }
            let layout = csv_rows::Layout::of(&header).map_err(BatchError::Input)?;
            let mut writer = csv::Writer::from_writer(Vec::new());
            write_header(&mut writer, &layout, &mut output)?;
            let offset = options.first_line.saturating_sub(1);
            let layout = &layout;
            let read = || read_rows(&mut reader, offset).map(|b| b.map(Block::Rows));
            pipeline_with(jobs, read, &make, layout, &mut output)?
        }
    };
    output.flush().map_err(BatchError::Output)?;
    Ok(summary)
}

fn write_header(
    writer: &mut csv::Writer<Vec<u8>>,
    layout: &csv_rows::Layout,
    output: &mut impl Write,
) -> Result<(), BatchError> {
    writer
        .write_byte_record(layout.header())
        .and_then(|()| writer.flush().map_err(csv::Error::from))
        .map_err(|e| BatchError::Output(io::Error::other(e)))?;
    output
        .write_all(writer.get_ref())
        .map_err(BatchError::Output)
}

/// The pipeline for JSON Lines (no layout).
fn pipeline<'r>(
    jobs: usize,
    read: impl FnMut() -> Result<Option<Block>, BatchError>,
    make: &(dyn Fn() -> Answerer<'r> + Sync),
    output: &mut impl Write,
) -> Result<Summary, BatchError> {
    pipeline_with(jobs, read, make, &NO_LAYOUT, output)
}

/// The layout for blocks that need none.
static NO_LAYOUT: Option<csv_rows::Layout> = None;

/// Reads blocks on this thread, answers them on `jobs` workers, writes the answers in
/// input order. `layout` is the CSV layout (for JSON Lines, none).
fn pipeline_with<'r, L: LayoutRef + Sync>(
    jobs: usize,
    mut read: impl FnMut() -> Result<Option<Block>, BatchError>,
    make: &(dyn Fn() -> Answerer<'r> + Sync),
    layout: &L,
    output: &mut impl Write,
) -> Result<Summary, BatchError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("support-advisor-batch-{i}"))
        .build()
        .map_err(|e| BatchError::Input(anyhow::anyhow!("cannot start {jobs} threads: {e}")))?;
    pool.in_place_scope(|scope| {
        let mut to_workers = Vec::with_capacity(jobs);
        let mut from_workers = Vec::with_capacity(jobs);
        for _ in 0..jobs {
            let (send_block, blocks) = mpsc::sync_channel::<Block>(DEPTH);
            let (send_done, done) = mpsc::sync_channel::<Done>(DEPTH + 1);
            scope.spawn(move |_| {
                let mut answerer = make();
                for block in blocks {
                    let done = answer_block(&mut answerer, layout.layout(), block);
                    if send_done.send(done).is_err() {
                        break;
                    }
                }
            });
            to_workers.push(send_block);
            from_workers.push(done);
        }
        let mut summary = Summary::default();
        let (mut sent, mut written) = (0usize, 0usize);
        let mut write_next = |written: &mut usize| -> Result<(), BatchError> {
            let done = from_workers[*written % jobs]
                .recv()
                .map_err(|_| BatchError::Input(anyhow::anyhow!("a batch worker stopped")))?;
            output.write_all(&done.out).map_err(BatchError::Output)?;
            summary.merge(done.summary);
            *written += 1;
            Ok(())
        };
        let result = (|| {
            while let Some(block) = read()? {
                to_workers[sent % jobs]
                    .send(block)
                    .map_err(|_| BatchError::Input(anyhow::anyhow!("a batch worker stopped")))?;
                sent += 1;
                while sent - written >= jobs * DEPTH {
                    write_next(&mut written)?;
                }
            }
            while written < sent {
                write_next(&mut written)?;
            }
            Ok(())
        })();
        // Closing the channels ends the workers, also when the run stopped early.
        drop(to_workers);
        result.map(|()| summary.clone())
    })
}

/// A CSV layout, or none (JSON Lines).
trait LayoutRef {
    fn layout(&self) -> Option<&csv_rows::Layout>;
}

impl LayoutRef for csv_rows::Layout {
    fn layout(&self) -> Option<&csv_rows::Layout> {
        Some(self)
    }
}

impl LayoutRef for Option<csv_rows::Layout> {
    fn layout(&self) -> Option<&csv_rows::Layout> {
        self.as_ref()
    }
}

/// Answers one block on a worker.
fn answer_block(answerer: &mut Answerer, layout: Option<&csv_rows::Layout>, block: Block) -> Done {
    let mut summary = Summary::default();
    match (block, layout) {
        (Block::Lines(block), _) => {
            let mut out = Vec::with_capacity(block.data.len() + block.lines.len() * 96);
            for (i, line) in block.lines.iter().enumerate() {
                let number = block.first + i as u64;
                let outcome = match line {
                    Some(range) => json_lines::answer_line(
                        answerer,
                        &block.data[range.clone()],
                        number,
                        &mut out,
                    ),
                    None => json_lines::too_long(number, &mut out),
                };
                summary.add(number, outcome);
            }
            Done { out, summary }
        }
        (Block::Rows(block), Some(layout)) => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            for (row, line) in &block.rows {
                let outcome = csv_rows::answer_row(answerer, layout, row, &mut writer);
                summary.add(*line, outcome);
            }
            let out = writer.into_inner().unwrap_or_default();
            Done { out, summary }
        }
        // Rows come only with a layout.
        (Block::Rows(_), None) => Done {
            out: Vec::new(),
            summary,
        },
    }
}

/// Reads JSON Lines in blocks.
struct LineReader<R> {
    input: R,
    /// The number of the next line.
    next_line: u64,
    /// Before the first byte: a UTF-8 byte-order mark there is skipped.
    at_start: bool,
}

impl<R: BufRead> LineReader<R> {
    /// The next block, or `None` at the end of the input.
    fn block(&mut self) -> Result<Option<Lines>, BatchError> {
        if self.at_start {
            self.at_start = false;
            let start = self.input.fill_buf().map_err(read_error)?;
            if start.starts_with(b"\xEF\xBB\xBF") {
                self.input.consume(3);
            }
        }
        let mut block = Lines {
            first: self.next_line,
            data: Vec::new(),
            lines: Vec::new(),
        };
        while block.lines.len() < BLOCK_RECORDS && block.data.len() < BLOCK_BYTES {
            let start = block.data.len();
            let (read, whole) = read_line(&mut self.input, &mut block.data)?;
            if read == 0 {
                break;
            }
            self.next_line += 1;
            if whole {
                let mut end = block.data.len();
                while end > start && matches!(block.data[end - 1], b'\n' | b'\r') {
                    end -= 1;
                }
                block.lines.push(Some(start..end));
            } else {
                block.data.truncate(start);
                block.lines.push(None);
            }
        }
        Ok((!block.lines.is_empty()).then_some(block))
    }
}

fn read_error(e: io::Error) -> BatchError {
    BatchError::Input(anyhow::anyhow!("cannot read the input: {e}"))
}

/// Appends one line to `buf`, at most [`MAX_LINE_BYTES`] besides its line end; the rest of
/// a longer line is skipped. Returns the bytes consumed (0 at the end) and whether the
/// line was whole.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> Result<(usize, bool), BatchError> {
    let start = buf.len();
    let mut consumed = 0;
    let mut whole = true;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(read_error(e)),
        };
        if available.is_empty() {
            break;
        }
        let (chunk, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        if whole {
            buf.extend_from_slice(chunk);
        }
        let used = chunk.len();
        input.consume(used);
        consumed += used;
        // The limit counts the line, not its line end.
        let mut length = buf.len() - start;
        for end in [b'\n', b'\r'] {
            if length > 0 && buf[start + length - 1] == end {
                length -= 1;
            }
        }
        if length > MAX_LINE_BYTES && whole {
            whole = false;
            buf.truncate(start);
        }
        if done {
            break;
        }
    }
    Ok((consumed, whole))
}

/// Reads up to a block of CSV rows, numbered as a spreadsheet numbers them (the header row
/// is `offset + 1`): a row's line in the file is not known (csv counts a blank line or a
/// CRLF after a row into the next), and a spreadsheet user looks for the row anyway.
fn read_rows<R: io::Read>(
    reader: &mut csv::Reader<R>,
    offset: u64,
) -> Result<Option<Rows>, BatchError> {
    let mut rows = Vec::new();
    let mut bytes = 0;
    while rows.len() < BLOCK_RECORDS && bytes < BLOCK_BYTES {
        let mut row = csv::ByteRecord::new();
        let more = reader
            .read_byte_record(&mut row)
            .map_err(|e| BatchError::Input(anyhow::anyhow!("cannot read the CSV input: {e}")))?;
        if !more {
            break;
        }
        let line = row.position().map_or(0, |p| p.record()) + 1 + offset;
        bytes += row.as_slice().len();
        rows.push((row, line));
    }
    Ok((!rows.is_empty()).then_some(Rows { rows }))
}
