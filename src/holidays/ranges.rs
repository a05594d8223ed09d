//! Holiday lists as helpdesks keep them: a CSV of `name,start_date,end_date` rows, each a
//! range of whole days, both ends included (Zendesk's schedule holidays, exported or kept
//! in a spreadsheet). Read by the `csv` crate (quoting, `;` or tab as spreadsheets save
//! it); the columns are found by their header, in any order and letter case.

use super::error::Problem;

use super::{Event, MAX_EVENTS, MAX_EVENT_DAYS};

/// The columns a range list's header must have (`name` is optional).
const START: &str = "start_date";
const END: &str = "end_date";

/// Whether a file's first non-blank line is a range list's header, and its separator.
pub fn header(bytes: &[u8]) -> Option<u8> {
    let line =
        super::text::physical_lines(bytes).find(|l| !l.iter().all(u8::is_ascii_whitespace))?;
    [b',', b';', b'\t'].into_iter().find(|&sep| {
        let names: Vec<String> = line
            .split(|&b| b == sep)
            .map(|f| {
                String::from_utf8_lossy(f)
                    .trim()
                    .trim_matches('"')
                    .trim()
                    .to_ascii_lowercase()
            })
            .collect();
        names.iter().any(|n| n == START) && names.iter().any(|n| n == END)
    })
}

/// The events of a range list separated by `sep`; an error names the row and what is wrong.
pub fn read(bytes: &[u8], sep: u8) -> Result<Vec<Event>, Problem> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes);
    let headers = reader
        .headers()
        .map_err(|e| Problem::Text(format!("the header row cannot be read as CSV: {e}")))?
        .clone();
    let column = |wanted: &str| {
        headers
            .iter()
            .position(|h| h.trim_matches('"').eq_ignore_ascii_case(wanted))
    };
    let (Some(start), Some(end)) = (column(START), column(END)) else {
        return Err(Problem::Text(format!(
            "the header must name the columns name, {START} and {END}"
        )));
    };
    let name = column("name");
    let mut events = Vec::new();
    for record in reader.records() {
        let record =
            record.map_err(|e| Problem::Text(format!("a row cannot be read as CSV: {e}")))?;
        // The file's own line where the row starts, counted from its byte offset: the
        // `csv` crate's line count does not match the file's with CRLF line ends.
        // (With CRLF the crate's row starts at the `\n` the `\r` left: past line ends first.)
        let line = record.position().map_or(0, |p| {
            let mut at = usize::try_from(p.byte())
                .unwrap_or(usize::MAX)
                .min(bytes.len());
            while bytes.get(at).is_some_and(|b| matches!(b, b'\r' | b'\n')) {
                at += 1;
            }
            memchr::memchr_iter(b'\n', &bytes[..at]).count() + 1
        });
        if record.iter().all(str::is_empty) {
            continue;
        }
        let field = |i: usize| record.get(i).unwrap_or("");
        let day = |column: &str, i: usize| {
            crate::time::date(column, field(i)).map_err(|e| Problem::line(line, e))
        };
        let first = day(START, start)?;
        let last = day(END, end)?;
        let days = (last - first).num_days() + 1;
        if days < 1 {
            return Err(Problem::line(
                line,
                format!("{END} {last} is before {START} {first} (both days are included)"),
            ));
        }
        if days > MAX_EVENT_DAYS {
            return Err(Problem::line(
                line,
                format!(
                    "{days} days from {first} to {last} is not a holiday (at most {MAX_EVENT_DAYS})"
                ),
            ));
        }
        events.push(Event::all_day(
            line,
            name.map(field).unwrap_or("").to_string(),
            first,
            days,
        ));
        if events.len() > MAX_EVENTS {
            return Err(Problem::Text(format!(
                "more than {MAX_EVENTS} rows: not a holiday list"
            )));
        }
    }
    Ok(events)
}
