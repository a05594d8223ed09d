//! CSV (`--csv`): a header row naming the columns like the JSON fields (`id`, `plan`,
//! `severity`, `submitted`, `region`, `product`, `target_minutes`, `time_zone`; any order,
//! any letter case, spaces for underscores, other columns kept), then one ticket a row.
//! Out: the same rows, the answer's columns (`target_minutes`, `target_business_days`,
//! `coverage`, `due`, `due_local`, `error`, `error_kind`) replacing those the input had and
//! appended otherwise. Quoting, embedded commas and line breaks, a BOM and CRLF are the
//! `csv` crate's.

use std::io;

use csv::ByteRecord;

use super::answerer::{Answer, Answerer, Fields, LineError};
use super::profile::{Columns, Profile};
use super::Outcome;
use crate::render::text::{rfc3339, utc};

/// The columns of the answer, in the order they are appended.
const ANSWER_COLUMNS: [&str; 7] = [
    "target_minutes",
    "target_business_days",
    "coverage",
    "due",
    "due_local",
    "error",
    "error_kind",
];

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
    /// The input's columns.
    width: usize,
    /// The output column of each of [`ANSWER_COLUMNS`].
    answer_at: [usize; 7],
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

impl Layout {
    /// The layout of a header row, with the columns a profile names. Errors: a column a
    /// profile names that the header lacks, a header with no `submitted` column, or with
    /// neither `plan` and `severity` nor `target_minutes`.
    pub(super) fn of(
        header: &ByteRecord,
        profile: Option<&Profile>,
        delimiter: u8,
        terminator: csv::Terminator,
    ) -> anyhow::Result<Layout> {
        let names: Vec<String> = header.iter().map(column_name).collect();
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
        let field = |field: &str, named: Option<&String>| -> anyhow::Result<Option<usize>> {
            match named {
                None if profile.is_some() => Ok(None),
                None => Ok(at(field)),
                Some(name) => at(name).map(Some).ok_or_else(|| {
                    anyhow::anyhow!(
                        "the profile reads `{field}` from column `{}`, which the CSV header lacks (its columns: {}); correct [columns] {field} in the profile",
                        crate::render::echo::escape(name),
                        listed()
                    )
                }),
            }
        };
        let none = Columns::default();
        let named = profile.map_or(&none, |p| &p.columns);
        let mut out = header.clone();
        let mut answer_at = [0; 7];
        for (slot, name) in answer_at.iter_mut().zip(ANSWER_COLUMNS) {
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
            width: header.len(),
            answer_at,
            header: out,
            delimiter,
            terminator,
        };
        // A European Excel writes `;`, a "text" export tabs: one column holding them all.
        if let [only] = names.as_slice() {
            if let Some(separator) = [';', '\t', '|'].into_iter().find(|c| only.contains(*c)) {
                anyhow::bail!(
                    "the CSV header is one column holding `{}`: the file is separated by `{}`: give --delimiter with it, or save the file as CSV with commas",
                    crate::render::echo::escape(&String::from_utf8_lossy(&header[0])),
                    separator.escape_default()
                );
            }
        }
        if layout.submitted.is_none() {
            anyhow::bail!(
                "the CSV header has no `submitted` column (its columns: {}); name the columns like the JSON fields (id, plan, severity, submitted, region, product, target_minutes, time_zone), or give --profile FILE naming the export's",
                listed()
            );
        }
        let plan_given = layout.plan.is_some() || profile.is_some_and(|p| p.plan.is_some());
        if layout.target_minutes.is_none() && (!plan_given || layout.severity.is_none()) {
            anyhow::bail!(
                "the CSV header has neither `plan` and `severity` nor `target_minutes` columns (its columns: {})",
                listed()
            );
        }
        Ok(layout)
    }

    /// A writer of the output's rows: the input's separator and line ends.
    pub(super) fn writer(&self) -> csv::Writer<Vec<u8>> {
        csv::WriterBuilder::new()
            .delimiter(self.delimiter)
            .terminator(self.terminator)
            .from_writer(Vec::new())
    }

    /// The output's header row.
    pub(super) fn header(&self) -> &ByteRecord {
        &self.header
    }
}

/// Answers one row into `out`: the row with the answer's columns, or with `error` and
/// `error_kind` where it failed.
pub(super) fn answer_row(
    answerer: &mut Answerer,
    layout: &Layout,
    row: &ByteRecord,
    out: &mut csv::Writer<Vec<u8>>,
) -> Outcome {
    let mut fields: Vec<&[u8]> = (0..layout.header.len())
        .map(|i| {
            if i < layout.width {
                row.get(i).unwrap_or(b"")
            } else {
                b""
            }
        })
        .collect();
    // A row of empty cells (spreadsheets write them for blank rows) is passed over, as a
    // blank line is.
    if row.iter().all(|cell| cell.trim_ascii().is_empty()) {
        return Outcome::Blank;
    }
    let result = if row.len() > layout.width {
        Err(LineError::new(
            "bad-row",
            format!(
                "the row has {} fields but the header {}: the fields past the header's are not written",
                row.len(),
                layout.width
            ),
        ))
    } else {
        ticket(layout, row).and_then(|ticket| answerer.answer(&ticket))
    };
    // The answer's texts, owned here while `fields` borrows them.
    let texts: [String; 7] = match &result {
        Ok(answer) => answer_texts(answer),
        Err(error) => {
            let mut texts: [String; 7] = Default::default();
            texts[5] = crate::render::echo::escape(&error.message).into_owned();
            texts[6] = error.kind.to_string();
            texts
        }
    };
    for (at, text) in layout.answer_at.iter().zip(&texts) {
        fields[*at] = text.as_bytes();
    }
    // Writing into memory cannot fail but for a record of another length, which the
    // layout rules out; the row is then reported as failed.
    if out.write_record(&fields).is_err() {
        return Outcome::Failed;
    }
    match result {
        Ok(answer) => Outcome::Answered(answer.past_known_until),
        Err(_) => Outcome::Failed,
    }
}

/// The ticket in a row: empty cells are absent fields.
fn ticket<'r>(layout: &Layout, row: &'r ByteRecord) -> Result<Fields<'r>, LineError> {
    let cell = |at: Option<usize>| -> Result<Option<&'r str>, LineError> {
        let Some(bytes) = at.and_then(|i| row.get(i)) else {
            return Ok(None);
        };
        let text = std::str::from_utf8(bytes)
            .map_err(|_| LineError::new("not-utf8", "the row is not valid UTF-8"))?;
        Ok(Some(text).filter(|t| !t.trim().is_empty()))
    };
    let target_minutes = match cell(layout.target_minutes)? {
        None => None,
        Some(text) => Some(text.trim().parse::<u64>().map_err(|_| {
            LineError::new(
                "bad-target",
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
    })
}

/// The answer's columns as text, in [`ANSWER_COLUMNS`] order (empty where none).
fn answer_texts(answer: &Answer) -> [String; 7] {
    let number = |n: Option<u32>| n.map_or_else(String::new, |n| n.to_string());
    [
        number(answer.target_minutes),
        number(answer.target_business_days),
        answer.coverage.as_str().to_string(),
        answer.due.map_or_else(String::new, utc),
        answer.due_local.map_or_else(String::new, rfc3339),
        String::new(),
        String::new(),
    ]
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

/// The CSV input, refused past a row longer than [`super::MAX_LINE_BYTES`] (line breaks in
/// quoted fields count): the `csv` crate holds a whole row in memory, so without this a
/// single endless row would take all of it. Quotes are followed as the `csv` crate reads
/// them: a field is quoted only when it starts with a quote (`27" monitor` is not), and
/// `""` inside a quoted field is a quote.
pub(super) struct RowLimit<R> {
    inner: R,
    state: Quoting,
    /// Bytes of the current row so far, and where it started.
    row: usize,
    row_start: u64,
    /// Bytes read before this read.
    offset: u64,
    /// The field separator.
    delimiter: u8,
}

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
            row_start: 0,
            offset: 0,
        }
    }
}

impl<R: io::Read> io::Read for RowLimit<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let read = self.inner.read(buf)?;
        for (i, &byte) in buf[..read].iter().enumerate() {
            use Quoting::*;
            let row_end = matches!(
                (self.state, byte),
                (FieldStart | Plain | QuoteInQuoted, b'\n')
            );
            let field_end = byte == b'\n' || byte == self.delimiter;
            self.state = match (self.state, byte) {
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
                self.row_start = self.offset + i as u64 + 1;
            } else {
                self.row += 1;
                if self.row > super::MAX_LINE_BYTES {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!(
                            "a CSV row longer than {} bytes, from byte {}: is a quote left open?",
                            super::MAX_LINE_BYTES,
                            self.row_start
                        ),
                    ));
                }
            }
        }
        self.offset += read as u64;
        Ok(read)
    }
}
