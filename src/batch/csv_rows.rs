//! CSV (`--csv`): a header row naming the columns like the JSON fields (`id`, `plan`,
//! `severity`, `submitted`, `region`, `product`, `target_minutes`, `time_zone`; any order,
//! any letter case, spaces for underscores, other columns kept), then one ticket a row.
//! Out: the same rows, the answer's columns (`target_minutes`, `target_business_days`,
//! `coverage`, `due`, `due_local`, where the rules hold several versions of a document
//! `in_force_from`, with a `responded` column also `elapsed_minutes`, `met` and
//! `met_reason`, then `error`, `error_kind`) replacing those the input had and appended
//! otherwise. Quoting, embedded commas and line breaks, a BOM and CRLF are the
//! `csv` crate's.

use std::io;

use csv::ByteRecord;

use super::answerer::{Answer, Answerer, Fields, LineError, Responded};
use super::json_lines::{push_instant, Dates};
use super::profile::{Columns, Profile};
use super::{ErrorKind, Outcome};

/// The columns of the answer, in the order they are appended. `in_force_from` only where
/// the rules hold several versions of a document ([`VERSION_COLUMN`]), the response's three
/// (`elapsed_minutes`, `met`, `met_reason`) only where the input has a `responded` column
/// ([`RESPONSE_COLUMNS`]): without them the output is as before they existed.
const ANSWER_COLUMNS: [&str; 11] = [
    "target_minutes",
    "target_business_days",
    "coverage",
    "due",
    "due_local",
    "in_force_from",
    "elapsed_minutes",
    "met",
    "met_reason",
    "error",
    "error_kind",
];

/// Where `in_force_from` is in [`ANSWER_COLUMNS`].
const VERSION_COLUMN: usize = 5;
/// Where the response's columns are.
const RESPONSE_COLUMNS: std::ops::Range<usize> = 6..9;
/// Where `error` and `error_kind` are.
const ERROR: usize = 9;
const ERROR_KIND: usize = 10;

/// Where a ticket's fields are read from and the answer's columns written to.
#[derive(Debug, Clone)]
pub(super) struct Layout {
    plan: Option<usize>,
    severity: Option<usize>,
    submitted: Option<usize>,
    region: Option<usize>,
    product: Option<usize>,
    time_zone: Option<usize>,
    target_minutes: Option<usize>,
    responded: Option<usize>,
    /// The input's columns.
    width: usize,
    /// For each output column, which of [`ANSWER_COLUMNS`] it holds, if any.
    answer_of: Vec<Option<usize>>,
    /// The output header.
    header: ByteRecord,
    /// The input's separator and line end, which the output keeps.
    delimiter: u8,
    terminator: csv::Terminator,
}

/// A header name as the contract's field names are written: lower case, underscores.
fn column_name(raw: &[u8]) -> String {
    String::from_utf8_lossy(raw)
        .trim()
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// Why a CSV header stops the run before any row, each variant its one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HeaderError {
    /// A header longer than a line is read: a quote left open.
    TooLong(String),
    /// A column the tool reads or writes, twice.
    Twice(String),
    /// One column holding another separator.
    OneColumn(String),
    /// A column the profile names that the header lacks.
    ProfileColumn(String),
    /// No `submitted` column, or neither `plan` and `severity` nor `target_minutes`.
    Missing(String),
}

impl std::fmt::Display for HeaderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            HeaderError::TooLong(message)
            | HeaderError::Twice(message)
            | HeaderError::OneColumn(message)
            | HeaderError::ProfileColumn(message)
            | HeaderError::Missing(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for HeaderError {}

/// Refuses a header naming a column the tool reads or writes twice.
fn refuse_twice(
    header: &ByteRecord,
    names: &[String],
    written: impl Fn(usize) -> bool,
) -> Result<(), HeaderError> {
    let known = [
        "id",
        "plan",
        "severity",
        "submitted",
        "region",
        "product",
        "time_zone",
        "responded",
    ]
    .into_iter()
    .chain(
        ANSWER_COLUMNS
            .iter()
            .enumerate()
            .filter(|(k, _)| written(*k))
            .map(|(_, name)| *name),
    );
    for name in known {
        let mut columns = names.iter().enumerate().filter(|(_, n)| *n == name);
        if let (Some((first, _)), Some((second, _))) = (columns.next(), columns.next()) {
            let typed = |i: usize| {
                crate::render::echo::escape(&String::from_utf8_lossy(&header[i])).into_owned()
            };
            return Err(HeaderError::Twice(format!(
                "the CSV header has the column `{name}` twice (`{}` in column {}, `{}` in column {}; letter case, spaces and hyphens do not tell columns apart): keep one",
                typed(first),
                first + 1,
                typed(second),
                second + 1
            )));
        }
    }
    Ok(())
}

/// Refuses a header that is one column holding another separator.
fn refuse_one_column(header: &ByteRecord, names: &[String]) -> Result<(), HeaderError> {
    // A European Excel writes `;`, a "text" export tabs: one column holding them all.
    if let [only] = names {
        if let Some(separator) = [';', '\t', '|'].into_iter().find(|c| only.contains(*c)) {
            return Err(HeaderError::OneColumn(format!(
                "the CSV header is one column holding `{}`: the file is separated by `{}`: give --delimiter with it, or save the file as CSV with commas",
                crate::render::echo::escape(&String::from_utf8_lossy(&header[0])),
                separator.escape_default()
            )));
        }
    }
    Ok(())
}

impl Layout {
    /// The layout of a header row, with the columns a profile names; `versioned`: the rules
    /// hold several versions of a document (the answers then say which answered). Errors: a
    /// column a profile names that the header lacks, a header with no `submitted` column,
    /// or with neither `plan` and `severity` nor `target_minutes`.
    pub(super) fn of(
        header: &ByteRecord,
        profile: Option<&Profile>,
        versioned: bool,
        delimiter: u8,
        terminator: csv::Terminator,
    ) -> Result<Layout, HeaderError> {
        if was_cut(header) {
            return Err(HeaderError::TooLong(format!(
                "the CSV header is longer than {} bytes: is a quote left open?",
                super::MAX_LINE_BYTES
            )));
        }
        let names: Vec<String> = header.iter().map(column_name).collect();
        // A column read or written twice would have one of its values ignored: refused,
        // as JSON Lines refuses a key given twice. Other columns pass through, repeated or not.
        // The response's columns are the tool's only beside a `responded` column.
        let responding = names.iter().any(|n| n == "responded")
            || profile.is_some_and(|p| p.columns.responded.is_some());
        // The answer's columns this run writes.
        let written = |k: usize| {
            (responding || !RESPONSE_COLUMNS.contains(&k)) && (versioned || k != VERSION_COLUMN)
        };
        refuse_twice(header, &names, written)?;
        let at = |name: &str| {
            names
                .iter()
                .position(|n| *n == column_name(name.as_bytes()))
        };
        let listed = || {
            header
                .iter()
                .map(|n| {
                    format!(
                        "`{}`",
                        crate::render::echo::escape(&String::from_utf8_lossy(n))
                    )
                })
                .collect::<Vec<_>>()
                .join(", ")
        };
        // A field's column: the profile's, which must be there; with a profile, no other
        // (an export's own `Product` column is not the contract's `product`); else the
        // column of its own name.
        let field = |field: &str, named: Option<&String>| -> Result<Option<usize>, HeaderError> {
            match named {
                None if profile.is_some() => Ok(None),
                None => Ok(at(field)),
                Some(name) => at(name).map(Some).ok_or_else(|| {
                    HeaderError::ProfileColumn(format!(
                        "the profile reads `{field}` from column `{}`, which the CSV header lacks (its columns: {}); correct [columns] {field} in the profile",
                        crate::render::echo::escape(name),
                        listed()
                    ))
                }),
            }
        };
        let none = Columns::default();
        let named = profile.map_or(&none, |p| &p.columns);
        let mut out = header.clone();
        // usize::MAX: a column not written.
        let mut answer_at = [usize::MAX; ANSWER_COLUMNS.len()];
        for (k, (slot, name)) in answer_at.iter_mut().zip(ANSWER_COLUMNS).enumerate() {
            if !written(k) {
                continue;
            }
            *slot = match at(name) {
                Some(i) => i,
                None => {
                    out.push_field(name.as_bytes());
                    out.len() - 1
                }
            };
        }
        // The id is passed through with the row; a profile naming a missing one is wrong.
        field("id", named.id.as_ref())?;
        let layout = Layout {
            plan: field("plan", named.plan.as_ref())?,
            severity: field("severity", named.severity.as_ref())?,
            submitted: field("submitted", named.submitted.as_ref())?,
            region: field("region", named.region.as_ref())?,
            product: field("product", named.product.as_ref())?,
            time_zone: field("time_zone", named.time_zone.as_ref())?,
            target_minutes: field("target_minutes", named.target_minutes.as_ref())?,
            responded: field("responded", named.responded.as_ref())?,
            width: header.len(),
            answer_of: (0..out.len())
                .map(|i| answer_at.iter().position(|at| *at == i))
                .collect(),
            header: out,
            delimiter,
            terminator,
        };
        refuse_one_column(header, &names)?;
        if layout.submitted.is_none() {
            return Err(HeaderError::Missing(format!(
                "the CSV header has no `submitted` column (its columns: {}); name the columns like the JSON fields (id, plan, severity, submitted, region, product, target_minutes, time_zone), or give --profile FILE naming the export's",
                listed()
            )));
        }
        let plan_given = layout.plan.is_some() || profile.is_some_and(|p| p.plan.is_some());
        if layout.target_minutes.is_none() && (!plan_given || layout.severity.is_none()) {
            return Err(HeaderError::Missing(format!(
                "the CSV header has neither `plan` and `severity` nor `target_minutes` columns (its columns: {})",
                listed()
            )));
        }
        Ok(layout)
    }

    /// A writer of the output's header row: the input's separator and line ends.
    pub(super) fn writer(&self) -> csv::Writer<Vec<u8>> {
        csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .terminator(self.terminator)
            .from_writer(Vec::new())
    }

    /// A writer of the output's answer rows, the same bytes as [`Layout::writer`]'s.
    /// A writer of answer rows into `out` (emptied first: a buffer of an earlier block,
    /// kept for its capacity), with room for `capacity` bytes.
    pub(super) fn row_writer(&self, out: Vec<u8>, capacity: usize) -> RowWriter {
        RowWriter::new(self.delimiter, self.terminator, out, capacity)
    }

    /// The output's header row.
    pub(super) fn header(&self) -> &ByteRecord {
        &self.header
    }
}

/// One CSV row of a block: its fields, borrowed from the block's buffer.
#[derive(Debug, Clone, Copy)]
pub(super) struct Row<'b> {
    data: &'b [u8],
    start: usize,
    /// Each field's end in `data`.
    ends: &'b [usize],
}

impl<'b> Row<'b> {
    pub(super) fn new(data: &'b [u8], start: usize, ends: &'b [usize]) -> Self {
        Row { data, start, ends }
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> Option<&'b [u8]> {
        self.data.get(self.range(i)?)
    }

    /// Where field `i` is in the block's buffer.
    fn range(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { self.start } else { self.ends[i - 1] };
        Some(start..end)
    }

    /// The row's fields, one after another, as text when all of them are UTF-8 (one check
    /// a row instead of one a field).
    fn text(&self) -> Option<&'b str> {
        let end = self.ends.last().copied().unwrap_or(self.start);
        std::str::from_utf8(self.data.get(self.start..end)?).ok()
    }

    fn iter(self) -> impl Iterator<Item = &'b [u8]> {
        (0..self.len()).filter_map(move |i| self.get(i))
    }
}

/// Answers one row into `out`: the row with the answer's columns, or with `error` and
/// `error_kind` where it failed. `scratch` holds the answer's texts (reused row to row).
pub(super) fn answer_row(
    answerer: &mut Answerer,
    layout: &Layout,
    row: Row,
    dates: &mut Dates,
    scratch: &mut Vec<u8>,
    out: &mut RowWriter,
) -> Outcome {
    let cut = row_was_cut(&row);
    // A row of empty cells (spreadsheets write them for blank rows) is passed over, as a
    // blank line is.
    if !cut && row.iter().all(|cell| cell.trim_ascii().is_empty()) {
        return Outcome::Blank;
    }
    let result = if cut {
        Err(LineError::new(
            ErrorKind::TooLong,
            format!(
                "row longer than {} bytes: skipped (is a quote left open?)",
                super::MAX_LINE_BYTES
            ),
        ))
    } else if row.len() > layout.width {
        Err(LineError::new(
            ErrorKind::BadRow,
            format!(
                "the row has {} fields but the header {}: the fields past the header's are not written",
                row.len(),
                layout.width
            ),
        ))
    } else {
        ticket(layout, row).and_then(|ticket| answerer.answer(&ticket))
    };
    // The answer's texts, one after another in `scratch`.
    scratch.clear();
    let mut texts: [std::ops::Range<usize>; ANSWER_COLUMNS.len()] = Default::default();
    match &result {
        Ok(answer) => answer_texts(answer, dates, scratch, &mut texts),
        Err(error) => {
            let start = scratch.len();
            scratch.extend_from_slice(crate::render::echo::escape(&error.message).as_bytes());
            texts[ERROR] = start..scratch.len();
            scratch.extend_from_slice(error.kind.as_str().as_bytes());
            texts[ERROR_KIND] = texts[ERROR].end..scratch.len();
        }
    }
    let scratch = &*scratch;
    let fields = layout
        .answer_of
        .iter()
        .enumerate()
        .map(|(i, answer)| match answer {
            Some(k) => &scratch[texts[*k].clone()],
            // What was read of a cut row is not the row: no cell of it is written back.
            None if i < layout.width && !cut => row.get(i).unwrap_or(b""),
            None => b"",
        });
    // A row's cells lie one after another in the block, the answer's in `scratch`: two
    // scans tell whether any of them needs quotes.
    let row_bytes = row
        .data
        .get(row.start..row.ends.last().copied().unwrap_or(row.start))
        .unwrap_or_default();
    let plain = out.is_plain(row_bytes) && out.is_plain(scratch);
    out.write_record(fields, plain);
    match result {
        Ok(answer) => Outcome::Answered(answer.past_known_until),
        Err(_) => Outcome::Failed,
    }
}

/// Writes answer rows into memory as `csv::Writer` does with its default
/// `QuoteStyle::Necessary`: a field holding the separator, a quote, CR or LF is quoted, its
/// quotes doubled (RFC 4180, section 2.6-2.7); every other field is copied as it is. Most
/// cells need no quotes, and copying them whole is what makes CSV cost no more per ticket
/// than JSON Lines (issue 22); a test holds the bytes equal to the csv crate's writer.
#[derive(Debug)]
pub(super) struct RowWriter {
    out: Vec<u8>,
    delimiter: u8,
    terminator: &'static [u8],
}

impl RowWriter {
    fn new(delimiter: u8, terminator: csv::Terminator, mut out: Vec<u8>, capacity: usize) -> Self {
        let terminator: &'static [u8] = match terminator {
            csv::Terminator::CRLF => b"\r\n",
            // The only other terminator a layout holds.
            _ => b"\n",
        };
        out.clear();
        out.reserve(capacity);
        RowWriter {
            out,
            delimiter,
            terminator,
        }
    }

    /// Writes one row: its fields, separated, and the line end. `plain` says that no field
    /// holds a byte that is quoted ([`RowWriter::is_plain`] of their bytes together): each
    /// is then copied as it is, unexamined.
    pub(super) fn write_record<'f>(
        &mut self,
        fields: impl IntoIterator<Item = &'f [u8]>,
        plain: bool,
    ) {
        let mut count = 0usize;
        let mut only_empty = true;
        for field in fields {
            if count > 0 {
                self.out.push(self.delimiter);
            }
            count += 1;
            only_empty &= field.is_empty();
            if plain || self.is_plain(field) {
                self.out.extend_from_slice(field);
            } else {
                self.quoted(field);
            }
        }
        // A row of one empty field is written `""`, as the csv crate does, so that it is
        // not read back as a blank line.
        if count == 1 && only_empty {
            self.out.extend_from_slice(b"\"\"");
        }
        self.out.extend_from_slice(self.terminator);
    }

    /// Whether `bytes` hold none of the bytes that make a field quoted: the separator, `"`,
    /// CR and LF (two vectorised scans: a row at a time, not a byte at a time).
    pub(super) fn is_plain(&self, bytes: &[u8]) -> bool {
        memchr::memchr3(b'"', b'\r', b'\n', bytes).is_none()
            && memchr::memchr(self.delimiter, bytes).is_none()
    }

    fn quoted(&mut self, field: &[u8]) {
        self.out.push(b'"');
        for part in field.split_inclusive(|&b| b == b'"') {
            self.out.extend_from_slice(part);
            if part.last() == Some(&b'"') {
                self.out.push(b'"');
            }
        }
        self.out.push(b'"');
    }

    /// The rows written.
    pub(super) fn into_inner(self) -> Vec<u8> {
        self.out
    }
}

/// The ticket in a row: empty cells are absent fields.
fn ticket<'r>(layout: &Layout, row: Row<'r>) -> Result<Fields<'r>, LineError> {
    // Cells passed through may hold any bytes: only those read must be UTF-8.
    let whole = row.text();
    let cell = |at: Option<usize>| -> Result<Option<&'r str>, LineError> {
        let Some(range) = at.and_then(|i| row.range(i)) else {
            return Ok(None);
        };
        let text = match whole {
            // Field bounds in a valid row are character bounds.
            Some(whole) => whole.get(range.start - row.start..range.end - row.start),
            None => row
                .data
                .get(range)
                .and_then(|b| std::str::from_utf8(b).ok()),
        }
        .ok_or_else(|| LineError::new(ErrorKind::NotUtf8, "the row is not valid UTF-8"))?;
        Ok(Some(text).filter(|t| !t.trim().is_empty()))
    };
    let target_minutes = match cell(layout.target_minutes)? {
        None => None,
        Some(text) => Some(text.trim().parse::<u64>().map_err(|_| {
            LineError::new(
                ErrorKind::BadTarget,
                "`target_minutes` must be a whole number of minutes",
            )
        })?),
    };
    Ok(Fields {
        plan: cell(layout.plan)?,
        severity: cell(layout.severity)?,
        product: cell(layout.product)?,
        submitted: cell(layout.submitted)?,
        region: cell(layout.region)?,
        time_zone: cell(layout.time_zone)?,
        target_minutes,
        // An empty cell is a ticket not yet answered.
        responded: match layout.responded {
            None => Responded::NotAsked,
            Some(_) => cell(layout.responded)?.map_or(Responded::Empty, Responded::At),
        },
    })
}

/// The answer's columns as text, in [`ANSWER_COLUMNS`] order (empty where none), written
/// one after another into `out`, with their ranges in `texts`: the JSON Lines writer's
/// instants (`text::utc` and `text::rfc3339` without their allocations; a test holds them
/// equal), without its quotes.
fn answer_texts(
    answer: &Answer,
    dates: &mut Dates,
    out: &mut Vec<u8>,
    texts: &mut [std::ops::Range<usize>; ANSWER_COLUMNS.len()],
) {
    use std::io::Write as _;
    for (k, n) in [answer.target_minutes, answer.target_business_days]
        .into_iter()
        .enumerate()
    {
        let start = out.len();
        if let Some(n) = n {
            let _ = write!(out, "{n}");
        }
        texts[k] = start..out.len();
    }
    let start = out.len();
    out.extend_from_slice(answer.coverage.as_str().as_bytes());
    texts[2] = start..out.len();
    for (k, t) in [
        (3, answer.due.map(|d| d.fixed_offset())),
        (4, answer.due_local),
    ] {
        let start = out.len();
        if let Some(t) = t {
            push_instant(out, dates, t, true);
            // Without the JSON string's quotes.
            out.pop();
            out.remove(start);
        }
        texts[k] = start..out.len();
    }
    // An empty cell for the span before every revision, as JSON's null.
    if let Some(Some(day)) = answer.in_force_from {
        let start = out.len();
        let _ = write!(out, "{day}");
        texts[VERSION_COLUMN] = start..out.len();
    }
    if let Some(verdict) = &answer.response {
        let [elapsed_at, met_at, reason_at] = [0, 1, 2].map(|i| RESPONSE_COLUMNS.start + i);
        let start = out.len();
        if let Some(minutes) = verdict.elapsed_minutes {
            let _ = write!(out, "{minutes}");
        }
        texts[elapsed_at] = start..out.len();
        let start = out.len();
        if let Some(met) = verdict.met {
            let _ = write!(out, "{met}");
        }
        texts[met_at] = start..out.len();
        let start = out.len();
        out.extend_from_slice(verdict.reason.unwrap_or_default().as_bytes());
        texts[reason_at] = start..out.len();
    }
}

/// The separator of a header line: the most frequent of `,`, `;`, tab and `|` outside
/// quotes (a comma when none, or on a tie with it).
pub(super) fn detect_delimiter(head: &[u8]) -> u8 {
    let line = head.split(|&b| b == b'\n').next().unwrap_or(head);
    let mut counts = [0usize; 4];
    let candidates = [b',', b';', b'\t', b'|'];
    let mut quoted = false;
    for &byte in line {
        if byte == b'"' {
            quoted = !quoted;
        } else if !quoted {
            if let Some(i) = candidates.iter().position(|&c| c == byte) {
                counts[i] += 1;
            }
        }
    }
    let mut best = 0;
    for i in 1..candidates.len() {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

/// The last field [`RowLimit`] gives a row it cut: no CSV field holds NUL in practice,
/// and the marker is read back as the row's error, never as a ticket.
const CUT_MARK: &[u8] = b"\0support-advisor: row cut\0";

/// Whether `row` (the header) is one [`RowLimit`] cut at the limit.
fn was_cut(row: &ByteRecord) -> bool {
    row.iter().next_back() == Some(CUT_MARK)
}

/// Whether a row of a block is one [`RowLimit`] cut at the limit.
fn row_was_cut(row: &Row) -> bool {
    row.len()
        .checked_sub(1)
        .and_then(|last| row.get(last))
        .is_some_and(|last| last == CUT_MARK)
}

/// The CSV input, with each row cut at [`super::MAX_LINE_BYTES`] (line breaks in quoted
/// fields count): the `csv` crate holds a whole row in memory, so without this a single
/// endless row would take all of it. A row cut gets [`CUT_MARK`] as its last field and
/// the rest of it is dropped up to its end, so it is reported as a failed row and the run
/// goes on (a quote left open makes the rest of the input that row). Quotes are followed
/// as the `csv` crate reads them: a field is quoted only when it starts with a quote
/// (`27" monitor` is not), and `""` inside a quoted field is a quote.
pub(super) struct RowLimit<R> {
    inner: R,
    state: Quoting,
    /// Bytes of the current row so far.
    row: usize,
    /// Past the limit: the row's bytes are dropped until its end.
    skipping: bool,
    /// Bytes read from `inner`, handed on from `at`.
    read: Vec<u8>,
    at: usize,
    /// What closes a cut row's field and adds the mark, handed on before the rest.
    mark: Vec<u8>,
    /// The field separator.
    delimiter: u8,
}

/// How much [`RowLimit`] reads from its input at a time.
const CHUNK: usize = 64 << 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Quoting {
    /// At the start of a field.
    FieldStart,
    /// In a field that did not start with a quote.
    Plain,
    /// In a quoted field.
    Quoted,
    /// Just after a quote in a quoted field: its end, or the first of `""`.
    QuoteInQuoted,
}

impl<R> RowLimit<R> {
    pub(super) fn new(inner: R, delimiter: u8) -> Self {
        RowLimit {
            delimiter,
            inner,
            state: Quoting::FieldStart,
            row: 0,
            skipping: false,
            read: Vec::new(),
            at: 0,
            mark: Vec::new(),
        }
    }
}

impl<R> RowLimit<R> {
    /// How many of the bytes held (at most `room`) can be handed on at once: none where a
    /// row is being dropped, a quoted field is open or a quote comes; else all of them, if
    /// every row they end or begin stays within the limit. Keeps the state as the byte
    /// path would.
    fn unquoted_run(&mut self, room: usize) -> Option<usize> {
        use Quoting::*;
        if self.skipping || !matches!(self.state, FieldStart | Plain) {
            return None;
        }
        let held = &self.read[self.at..];
        let run = &held[..held.len().min(room)];
        if run.is_empty() || memchr::memchr(b'"', run).is_some() {
            return None;
        }
        let mut row = self.row;
        let mut from = 0;
        for end in memchr::memchr2_iter(b'\n', b'\r', run) {
            if row + (end - from) > super::MAX_LINE_BYTES {
                return None;
            }
            row = 0;
            from = end + 1;
        }
        row += run.len() - from;
        if row > super::MAX_LINE_BYTES {
            return None;
        }
        let last = run[run.len() - 1];
        self.row = row;
        self.state = if last == b'\n' || last == b'\r' || last == self.delimiter {
            FieldStart
        } else {
            Plain
        };
        Some(run.len())
    }
}

impl<R: io::Read> io::Read for RowLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        use Quoting::*;
        if buf.is_empty() {
            return Ok(0);
        }
        if !self.mark.is_empty() {
            let n = self.mark.len().min(buf.len());
            buf[..n].copy_from_slice(&self.mark[..n]);
            self.mark.drain(..n);
            return Ok(n);
        }
        let mut written = 0;
        // Reads again only while nothing is handed on (a cut row's rest being dropped):
        // a chunk at a time, never more than one held.
        while written < buf.len() {
            if self.at == self.read.len() {
                if written > 0 {
                    break;
                }
                self.read.resize(CHUNK, 0);
                let n = loop {
                    match self.inner.read(&mut self.read) {
                        Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                        other => break other,
                    }
                };
                let n = n.inspect_err(|_| self.read.clear())?;
                self.read.truncate(n);
                self.at = 0;
                if n == 0 {
                    break;
                }
            }
            if let Some(n) = self.unquoted_run(buf.len() - written) {
                // The common case, a stretch without quotes whose rows all fit: handed on
                // whole, its rows measured by their line ends alone.
                buf[written..written + n].copy_from_slice(&self.read[self.at..self.at + n]);
                self.at += n;
                written += n;
                continue;
            }
            let byte = self.read[self.at];
            self.at += 1;
            let before = self.state;
            // `\r` ends a row as the `csv` crate reads it (CR alone, or CRLF as two ends).
            let row_end = matches!(
                (before, byte),
                (FieldStart | Plain | QuoteInQuoted, b'\n' | b'\r')
            );
            let field_end = byte == b'\n' || byte == b'\r' || byte == self.delimiter;
            self.state = match (before, byte) {
                (FieldStart | Plain | QuoteInQuoted, _) if field_end => FieldStart,
                (FieldStart, b'"') => Quoted,
                (FieldStart | Plain, _) => Plain,
                (Quoted, b'"') => QuoteInQuoted,
                (Quoted, _) => Quoted,
                (QuoteInQuoted, b'"') => Quoted,
                (QuoteInQuoted, _) => Plain,
            };
            if row_end {
                self.row = 0;
                self.skipping = false;
            } else if self.skipping {
                continue;
            } else {
                self.row += 1;
                if self.row > super::MAX_LINE_BYTES {
                    self.skipping = true;
                    if before == Quoted {
                        self.mark.push(b'"');
                    }
                    self.mark.push(self.delimiter);
                    self.mark.extend_from_slice(CUT_MARK);
                    break;
                }
            }
            buf[written] = byte;
            written += 1;
        }
        if written == 0 && !self.mark.is_empty() {
            return self.read(buf);
        }
        Ok(written)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::io::Read as _;

    proptest! {
        /// The row writer writes the bytes the csv crate's writer does: any fields (quotes,
        /// separators, line breaks, empty ones, one alone), any separator, both line ends.
        #[test]
        fn the_row_writer_writes_what_the_csv_crate_writes(
            rows in prop::collection::vec(
                prop::collection::vec(
                    prop::collection::vec(
                        prop::sample::select(vec![b'a', b' ', b'"', b',', b';', b'\t', b'|', b'\r', b'\n', 0xC3, 0xA9]),
                        0..6,
                    ),
                    1..5,
                ),
                1..4,
            ),
            delimiter in prop::sample::select(vec![b',', b';', b'\t', b'|']),
            crlf in any::<bool>(),
        ) {
            let terminator = if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') };
            let mut ours = RowWriter::new(delimiter, terminator, Vec::new(), 0);
            let mut theirs = csv::WriterBuilder::new()
                .delimiter(delimiter)
                .terminator(terminator)
                .flexible(true)
                .from_writer(Vec::new());
            for row in &rows {
                let plain = row.iter().all(|field| ours.is_plain(field));
                ours.write_record(row.iter().map(Vec::as_slice), plain);
                theirs.write_record(row).expect("writes into memory");
            }
            let theirs = theirs.into_inner().expect("flushes into memory");
            prop_assert_eq!(ours.into_inner(), theirs);
        }
    }

    /// What the `csv` crate is handed: rows under the limit as they are, a row over it cut
    /// at the limit with its field closed and the mark added, then the rows after it.
    #[test]
    fn a_row_over_the_limit_is_cut_and_marked() {
        let limit = crate::batch::MAX_LINE_BYTES;
        for (open, close) in [("\"", "\""), ("", "")] {
            // Line breaks inside a quoted field count; a plain field has none.
            let inside = if open.is_empty() { "ab" } else { "a\n" };
            let long = format!("2,{open}{}{close},x\r\n", inside.repeat(limit));
            let input = format!("1,a\n{long}3,c\n");
            let mut out = Vec::new();
            // Reads of one byte too: a cut inside a small read.
            for size in [1, 7, 1 << 16] {
                out.clear();
                let mut reader = RowLimit::new(input.as_bytes(), b',');
                let mut buf = vec![0; size];
                loop {
                    let n = reader.read(&mut buf).expect("reads");
                    if n == 0 {
                        break;
                    }
                    out.extend_from_slice(&buf[..n]);
                }
                let mut rows = csv::ReaderBuilder::new()
                    .has_headers(false)
                    .flexible(true)
                    .from_reader(out.as_slice());
                let rows: Vec<ByteRecord> = rows.byte_records().map(|r| r.expect("CSV")).collect();
                assert_eq!(rows.len(), 3, "{open:?} {size}");
                assert!(!was_cut(&rows[0]) && !was_cut(&rows[2]));
                assert!(was_cut(&rows[1]), "{open:?} {size}");
                assert_eq!(&rows[2][0], b"3");
                assert!(out.len() < input.len());
            }
        }
    }
}
