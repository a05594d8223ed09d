//! `sla --batch`: tickets in, one answer per ticket out, in input order, streaming.
//!
//! JSON Lines by default ([`json_lines`]), CSV with a header row with `--csv`
//! ([`csv_rows`]). Where the rules hold several versions of a document, each answer says
//! which judged it (`in_force_from`); otherwise the output is as before versions existed. The main thread reads the input in blocks and writes the answers;
//! `--jobs` workers (a rayon pool) answer the blocks, each with its own [`Answerer`] and
//! caches. Block `i` goes to worker `i % jobs` and its answer is taken back from that
//! worker in turn, so the output keeps the input's order, and at most `jobs × DEPTH`
//! blocks are in flight: memory stays flat however long the input.

mod answerer;
mod csv_rows;
mod error_kind;
mod json_lines;
mod profile;

use std::io::{self, Write};
use std::sync::mpsc;

use chrono::NaiveDate;

pub use answerer::{Answer, Answerer, Defaults, Fields, LineError};
pub use error_kind::ErrorKind;
pub use profile::{delimiter_arg, Columns, Profile, Severities};

use crate::holidays::Catalog;
use crate::rules::Versions;

/// The longest line read; a longer one is reported as an error and skipped. Its line end
/// (`\n`, `\r\n`) does not count.
pub const MAX_LINE_BYTES: usize = 1 << 20;
/// A block of CSV: at most this many rows...
const BLOCK_RECORDS: usize = 2048;
/// ...and, past the first, this many bytes; a block of JSON Lines is the whole lines of
/// reads of this size.
const BLOCK_BYTES: usize = 1 << 17;
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
    /// CSV: the separator (`--delimiter`, or the profile's); `None`: detected from the
    /// header row.
    pub delimiter: Option<u8>,
    /// CSV: the export profile (its columns; the rest is in `defaults`).
    pub profile: Option<&'a Profile>,
    /// `--as-of`: every ticket by the rules in force on this day, rather than on its
    /// `submitted` day.
    pub as_of: Option<NaiveDate>,
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
    /// Tickets counted on the region of this machine's zone, having said nothing of where
    /// the customer is.
    pub assumed_region: u64,
    /// CSV: the separator read, when it was detected and is not a comma.
    pub detected_delimiter: Option<u8>,
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
        self.assumed_region += later.assumed_region;
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
    /// A default region (`--region`) the rules do not define: refused before any ticket.
    UnknownRegion(crate::ids::UnknownId),
    /// The input could not be read: unreadable, UTF-16, CSV that does not read.
    Input(String),
    /// A CSV header the run cannot use.
    Header(csv_rows::HeaderError),
    /// The run could not go on: its threads did not start, or a worker stopped.
    Stopped(String),
    /// The answers could not be written (a closed pipe, a full disk).
    Output(io::Error),
}

impl std::fmt::Display for BatchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BatchError::UnknownRegion(unknown) => unknown.fmt(f),
            BatchError::Input(message) | BatchError::Stopped(message) => f.write_str(message),
            BatchError::Header(e) => e.fmt(f),
            BatchError::Output(e) => write!(f, "cannot write the answer: {e}"),
        }
    }
}

impl std::error::Error for BatchError {}

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

/// CSV rows in one buffer (no allocation per row): each row's fields one after another
/// in `data`, their ends in `ends`, and each row's number as a spreadsheet shows it (the
/// header is row 1).
struct Rows {
    data: Vec<u8>,
    ends: Vec<usize>,
    /// Each row: where its fields start in `data`, its range of `ends`, its number.
    rows: Vec<(usize, std::ops::Range<usize>, u64)>,
}

impl Rows {
    /// Empty buffers sized for a full block: growing them row by row would move them,
    /// page by fresh page, many times a block.
    fn sized() -> Rows {
        Rows {
            data: Vec::with_capacity(BLOCK_BYTES + BLOCK_BYTES / 4),
            ends: Vec::with_capacity(BLOCK_RECORDS * 8),
            rows: Vec::with_capacity(BLOCK_RECORDS),
        }
    }

    /// Emptied, its capacity kept.
    fn clear(&mut self) {
        self.data.clear();
        self.ends.clear();
        self.rows.clear();
    }
}

/// The floor of `benches/batch.sh` (issue 22, item 11): JSON Lines from `input` read into
/// the same typed ticket batch mode reads and written as batch mode writes its answer, with
/// the submitted instant standing for the due one: what any serde-based batch would cost
/// before answering anything. One thread. Returns the lines read.
///
/// Errors: reading `input` or writing `out`.
pub fn floor(input: impl io::BufRead, out: impl io::Write) -> io::Result<u64> {
    let mut input = input;
    let mut out = io::BufWriter::with_capacity(1 << 16, out);
    let mut dates = json_lines::Dates::default();
    let (mut line, mut reply) = (Vec::new(), Vec::new());
    let mut lines = 0;
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        lines += 1;
        reply.clear();
        json_lines::floor_line(&mut dates, &line, &mut reply);
        out.write_all(&reply)?;
    }
    out.flush()?;
    Ok(lines)
}

/// A block answered: the output's bytes and the block's summary.
struct Done {
    out: Vec<u8>,
    summary: Summary,
    /// The block's buffers, emptied, for the reader to fill again.
    spare: Option<Block>,
}

/// A block for a worker, with a buffer for its answers (one the writer is done with,
/// kept for its capacity).
struct Work {
    block: Block,
    out: Vec<u8>,
}

/// Answers every ticket of `input` on `output`, in order.
///
/// Errors: [`BatchError::Input`] when the input cannot be read or a CSV header names no
/// usable columns; [`BatchError::Output`] when the answers cannot be written, a closed
/// pipe included (a reader that stops early would otherwise pass for a complete run).
pub fn run(
    versions: &Versions,
    holidays: &Catalog,
    options: &Options,
    input: impl io::Read,
    mut output: impl Write,
) -> Result<Summary, BatchError> {
    let jobs = options.jobs.max(1);
    // A default region with a typo would fail every ticket without one: refused at once.
    // Where the rules hold several versions, a region any of them defines may serve.
    if let Some(region) = options.defaults.region {
        let known = versions
            .spans()
            .any(|(_, rules)| rules.find::<crate::rules::model::Region>(region).is_ok());
        if !known {
            versions
                .latest()
                .find::<crate::rules::model::Region>(region)
                .map_err(BatchError::UnknownRegion)?;
        }
    }
    // The start of the input: a UTF-8 byte-order mark is skipped (for CSV as for JSON
    // Lines: the csv crate sees it only when its first read holds all of it), UTF-16
    // refused with what to do.
    let mut input = input;
    let mut start = [0u8; 3];
    let peeked = read_prefix(&mut input, &mut start).map_err(read_error)?;
    if matches!(&start[..peeked.min(2)], [0xFF, 0xFE] | [0xFE, 0xFF]) {
        return Err(BatchError::Input(format!(
            "the input is UTF-16 (it starts with the byte-order mark {:02X} {:02X}): save it as UTF-8 (in Excel: CSV UTF-8; in PowerShell: Out-File -Encoding utf8)",
            start[0],
            start[1]
        )));
    }
    let skip = if start[..peeked] == *b"\xEF\xBB\xBF" {
        3
    } else {
        0
    };
    // Input that ended within the prefix is not read again: a terminal's Ctrl-D ends
    // one read only, and a second would wait for more.
    let rest = if peeked < start.len() { 0 } else { u64::MAX };
    let input = io::Read::chain(&start[skip..peeked], io::Read::take(input, rest));
    let make = || Answerer::new(versions, options.as_of, holidays, options.defaults);
    let summary = match options.format {
        Format::JsonLines => {
            let mut reader = LineReader::new(input, options.first_line);
            pipeline(
                jobs,
                |spare| {
                    let spare = match spare {
                        Some(Block::Lines(lines)) => Some(lines),
                        _ => None,
                    };
                    reader.block(spare).map(|b| b.map(Block::Lines))
                },
                &make,
                None,
                &mut output,
            )?
        }
        Format::Csv => csv(versions, options, input, skip == 3, &make, &mut output)?,
    };
    output.flush().map_err(BatchError::Output)?;
    Ok(summary)
}

/// `run` for CSV: the header row read ahead (its separator and line end are the
/// output's), the rows in blocks. `bom`: the input began with a byte-order mark, written
/// back for the spreadsheet that wrote it.
fn csv<'r>(
    versions: &Versions,
    options: &Options,
    input: impl io::Read,
    bom: bool,
    make: &(dyn Fn() -> Answerer<'r> + Sync),
    output: &mut impl Write,
) -> Result<Summary, BatchError> {
    let jobs = options.jobs.max(1);
    // The header line, read ahead: its separator and line end are the output's.
    let mut input = input;
    let (head, ended) = read_first_line(&mut input).map_err(read_error)?;
    let (delimiter, detected) = match options.delimiter {
        Some(d) => (d, None),
        None => {
            let d = csv_rows::detect_delimiter(&head);
            (d, (d != b',').then_some(d))
        }
    };
    let line_end = memchr::memchr(b'\n', &head);
    let terminator = if line_end.is_some_and(|at| at > 0 && head[at - 1] == b'\r') {
        csv::Terminator::CRLF
    } else {
        csv::Terminator::Any(b'\n')
    };
    let rest = if ended { 0 } else { u64::MAX };
    let input = io::Read::chain(io::Cursor::new(head), io::Read::take(input, rest));
    // Reads as large as JSON Lines' (the crate's default is 8 KiB: eight times the
    // system calls on a pipe).
    let mut reader = csv::ReaderBuilder::new()
        .buffer_capacity(BLOCK_BYTES)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(csv_rows::RowLimit::new(input, delimiter));
    let header = reader
        .byte_headers()
        .map_err(|e| BatchError::Input(format!("cannot read the CSV header: {e}")))?
        .clone();
    if header.is_empty() {
        return Ok(Summary::default());
    }
    let layout = csv_rows::Layout::of(
        &header,
        options.profile,
        versions.is_versioned(),
        delimiter,
        terminator,
    )
    .map_err(BatchError::Header)?;
    // The byte-order mark the spreadsheet wrote, written back for it.
    if bom {
        output
            .write_all(b"\xEF\xBB\xBF")
            .map_err(BatchError::Output)?;
    }
    let mut writer = layout.writer();
    write_header(&mut writer, &layout, output)?;
    let offset = options.first_line.saturating_sub(1);
    let mut record = csv::ByteRecord::new();
    let read = |spare| {
        let spare = match spare {
            Some(Block::Rows(rows)) => Some(rows),
            _ => None,
        };
        read_rows(&mut reader, &mut record, offset, spare).map(|b| b.map(Block::Rows))
    };
    let mut summary = pipeline(jobs, read, make, Some(&layout), output)?;
    summary.detected_delimiter = detected;
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

/// Reads blocks on this thread, answers them on `jobs` workers, writes the answers in
/// input order. `layout` is the CSV layout (for JSON Lines, none).
///
/// Buffers go round rather than being allocated a block at a time: a block's buffers come
/// back to the reader, and an answer's buffer, once written, goes to a worker again. A
/// buffer freed and allocated anew each block is given back to the system and faulted in
/// again, page by page (most of CSV's system time before).
fn pipeline<'r>(
    jobs: usize,
    mut read: impl FnMut(Option<Block>) -> Result<Option<Block>, BatchError>,
    make: &(dyn Fn() -> Answerer<'r> + Sync),
    layout: Option<&csv_rows::Layout>,
    output: &mut impl Write,
) -> Result<Summary, BatchError> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(jobs)
        .thread_name(|i| format!("batch-worker-{i}"))
        .build()
        .map_err(|e| BatchError::Stopped(format!("cannot start {jobs} threads: {e}")))?;
    pool.in_place_scope(|scope| {
        let mut to_workers = Vec::with_capacity(jobs);
        let mut from_workers = Vec::with_capacity(jobs);
        for _ in 0..jobs {
            let (send_block, blocks) = mpsc::sync_channel::<Work>(DEPTH);
            let (send_done, done) = mpsc::sync_channel::<Done>(DEPTH + 1);
            scope.spawn(move |_| {
                let mut answerer = make();
                let mut dates = json_lines::Dates::default();
                for Work { block, out } in blocks {
                    let done = answer_block(&mut answerer, &mut dates, layout, block, out);
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
        // Buffers written and blocks answered, to use again: at most one per block in
        // flight.
        let mut spare_outs: Vec<Vec<u8>> = Vec::new();
        let mut spare_blocks: Vec<Block> = Vec::new();
        let mut write_next = |written: &mut usize,
                              spare_outs: &mut Vec<Vec<u8>>,
                              spare_blocks: &mut Vec<Block>|
         -> Result<(), BatchError> {
            let done = from_workers[*written % jobs]
                .recv()
                .map_err(|_| BatchError::Stopped("a batch worker stopped".to_string()))?;
            output.write_all(&done.out).map_err(BatchError::Output)?;
            summary.merge(done.summary);
            spare_outs.push(done.out);
            spare_blocks.extend(done.spare);
            *written += 1;
            Ok(())
        };
        let result = (|| {
            while let Some(block) = read(spare_blocks.pop())? {
                let out = spare_outs.pop().unwrap_or_default();
                to_workers[sent % jobs]
                    .send(Work { block, out })
                    .map_err(|_| BatchError::Stopped("a batch worker stopped".to_string()))?;
                sent += 1;
                while sent - written >= jobs * DEPTH {
                    write_next(&mut written, &mut spare_outs, &mut spare_blocks)?;
                }
            }
            while written < sent {
                write_next(&mut written, &mut spare_outs, &mut spare_blocks)?;
            }
            Ok(())
        })();
        // Closing the channels ends the workers, also when the run stopped early.
        drop(to_workers);
        result.map(|()| summary.clone())
    })
}

/// Answers one block on a worker.
fn answer_block(
    answerer: &mut Answerer,
    dates: &mut json_lines::Dates,
    layout: Option<&csv_rows::Layout>,
    block: Block,
    mut out: Vec<u8>,
) -> Done {
    let mut summary = Summary::default();
    let mut done = match (block, layout) {
        (Block::Lines(mut block), _) => {
            // Each answer is its line and about 150 bytes of fields.
            out.clear();
            out.reserve(block.data.len() + block.lines.len() * 160);
            for (i, line) in block.lines.iter().enumerate() {
                let number = block.first + i as u64;
                let outcome = match line {
                    Some(range) => json_lines::answer_line(
                        answerer,
                        dates,
                        &block.data[range.clone()],
                        number,
                        &mut out,
                    ),
                    None => json_lines::too_long(number, &mut out),
                };
                summary.add(number, outcome);
            }
            block.data.clear();
            block.lines.clear();
            Done {
                out,
                summary,
                spare: Some(Block::Lines(block)),
            }
        }
        (Block::Rows(mut block), Some(layout)) => {
            // Each answer is its row and about 100 bytes of fields.
            let mut writer = layout.row_writer(out, block.data.len() + block.rows.len() * 100);
            let mut scratch = Vec::new();
            for (start, ends, line) in &block.rows {
                let row = csv_rows::Row::new(&block.data, *start, &block.ends[ends.clone()]);
                let outcome =
                    csv_rows::answer_row(answerer, layout, row, dates, &mut scratch, &mut writer);
                summary.add(*line, outcome);
            }
            let out = writer.into_inner();
            block.clear();
            Done {
                out,
                summary,
                spare: Some(Block::Rows(block)),
            }
        }
        // Rows come only with a layout.
        (Block::Rows(_), None) => Done {
            out,
            summary,
            spare: None,
        },
    };
    done.summary.assumed_region += answerer.take_assumed_region();
    done
}

/// Reads JSON Lines in blocks: large reads straight into the block's buffer, split at line
/// ends; the unfinished last line is carried into the next block.
struct LineReader<R> {
    input: R,
    /// The start of a line whose end is not read yet.
    carry: Vec<u8>,
    /// Inside a line longer than [`MAX_LINE_BYTES`]: its bytes are dropped until its end.
    skipping: bool,
    /// The number of the next line.
    next_line: u64,
    eof: bool,
}

impl<R: io::Read> LineReader<R> {
    fn new(input: R, first_line: u64) -> Self {
        LineReader {
            input,
            carry: Vec::new(),
            skipping: false,
            next_line: first_line,
            eof: false,
        }
    }

    /// The next block, or `None` at the end of the input.
    /// `spare`: an earlier block's buffers, emptied, filled again rather than new ones.
    fn block(&mut self, spare: Option<Lines>) -> Result<Option<Lines>, BatchError> {
        let mut block = match spare {
            Some(mut spare) => {
                spare.first = self.next_line;
                spare.data.extend_from_slice(&self.carry);
                spare
            }
            None => Lines {
                first: self.next_line,
                data: std::mem::take(&mut self.carry),
                lines: Vec::new(),
            },
        };
        let mut scanned = 0;
        loop {
            // Every whole line read so far.
            let mut start = scanned;
            while let Some(at) = memchr::memchr(b'\n', &block.data[start..]) {
                let end = start + at;
                self.line(&mut block, scanned, end);
                start = end + 1;
                scanned = start;
            }
            if !block.lines.is_empty() && (block.data.len() >= BLOCK_BYTES || self.eof) {
                break;
            }
            if self.eof {
                // The last line, without a line end.
                if scanned < block.data.len() || self.skipping {
                    let end = block.data.len();
                    self.line(&mut block, scanned, end);
                    scanned = end;
                }
                break;
            }
            // A line longer than the limit so far: drop what is read of it.
            if block.data.len() - scanned > MAX_LINE_BYTES + 1 {
                block.data.truncate(scanned);
                self.skipping = true;
            }
            let read = self.fill(&mut block.data)?;
            if read == 0 {
                self.eof = true;
            }
        }
        // The unfinished line, kept in a buffer of its own for the next block.
        self.carry.clear();
        self.carry.extend_from_slice(&block.data[scanned..]);
        block.data.truncate(scanned);
        Ok((!block.lines.is_empty()).then_some(block))
    }

    /// Reads up to a block's bytes onto `data` (fewer only at the end of the input).
    fn fill(&mut self, data: &mut Vec<u8>) -> Result<usize, BatchError> {
        use std::io::Read;
        // Room for the whole read at once: no copying as the buffer grows.
        data.reserve(BLOCK_BYTES + 1);
        // `take` + `read_to_end` reads into spare capacity, without zeroing it first.
        let read = (&mut self.input)
            .take(BLOCK_BYTES as u64)
            .read_to_end(data)
            .map_err(read_error)?;
        Ok(read)
    }

    /// Records the line `data[start..end]` (its line end left out), or a too-long one.
    fn line(&mut self, block: &mut Lines, start: usize, end: usize) {
        let mut stop = end;
        if stop > start && block.data[stop - 1] == b'\r' {
            stop -= 1;
        }
        if self.skipping || stop - start > MAX_LINE_BYTES {
            block.lines.push(None);
        } else {
            block.lines.push(Some(start..stop));
        }
        self.skipping = false;
        self.next_line += 1;
    }
}

/// Reads the input's first line (its line end included), or up to
/// [`MAX_LINE_BYTES`] of it, or all of a shorter input.
/// Also whether the input ended (then it is not read again: a terminal's Ctrl-D ends one
/// read only).
fn read_first_line(input: &mut impl io::Read) -> io::Result<(Vec<u8>, bool)> {
    let mut head = Vec::new();
    let mut chunk = [0u8; 4096];
    while head.len() <= MAX_LINE_BYTES {
        match input.read(&mut chunk) {
            Ok(0) => return Ok((head, true)),
            Ok(n) => {
                head.extend_from_slice(&chunk[..n]);
                if chunk[..n].contains(&b'\n') {
                    break;
                }
            }
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok((head, false))
}

/// Reads up to `buf.len()` bytes from the start of the input (fewer at its end).
fn read_prefix(input: &mut impl io::Read, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match input.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

fn read_error(e: io::Error) -> BatchError {
    BatchError::Input(format!("cannot read the input: {e}"))
}

/// Reads up to a block of CSV rows, numbered as a spreadsheet numbers them (the header row
/// is `offset + 1`): a row's line in the file is not known (csv counts a blank line or a
/// CRLF after a row into the next), and a spreadsheet user looks for the row anyway.
fn read_rows<R: io::Read>(
    reader: &mut csv::Reader<R>,
    record: &mut csv::ByteRecord,
    offset: u64,
    spare: Option<Rows>,
) -> Result<Option<Rows>, BatchError> {
    // An earlier block's buffers (emptied), else new ones.
    let mut block = spare.unwrap_or_else(Rows::sized);
    while block.rows.len() < BLOCK_RECORDS && block.data.len() < BLOCK_BYTES {
        let more = reader
            .read_byte_record(record)
            .map_err(|e| BatchError::Input(format!("cannot read the CSV input: {e}")))?;
        if !more {
            break;
        }
        let line = record.position().map_or(0, |p| p.record()) + 1 + offset;
        let (start, first_end) = (block.data.len(), block.ends.len());
        // The record holds its fields one after another: copied at once.
        block.data.extend_from_slice(record.as_slice());
        let mut end = start;
        for field in record.iter() {
            end += field.len();
            block.ends.push(end);
        }
        block.rows.push((start, first_end..block.ends.len(), line));
    }
    Ok((!block.rows.is_empty()).then_some(block))
}
