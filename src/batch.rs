//! `sla --batch`: tickets as JSON Lines in, one answer a line out, in order, streaming.
//!
//! Each output line is the input object with `target_minutes`, `coverage`, `due` and
//! `due_local` added; a bad line becomes `{"id", "line", "error"}` and the run goes on.
//! Lines are read into one reused buffer and answers written as they come, so memory stays
//! flat however long the input; targets and calendars are resolved once and cached.

use std::borrow::Cow;
use std::io::{self, BufRead, Write};

use chrono::{DateTime, Utc};

use crate::text::{rfc3339, utc, Shown};
use rustc_hash::FxHashMap;
use serde::Deserialize;
use serde_json::value::RawValue;

use crate::answer::sla;
use crate::calendar::Calendar;
use crate::due::{self, Counting};
use crate::holidays::Catalog;
use crate::ids;
use crate::region_choice::{self, Whereabouts};
use crate::rules::model::{Amount, Id, Region};
use crate::rules::model::{Coverage, MAX_TARGET_MINUTES};
use crate::rules::RuleSet;

/// The longest line read; a longer one is reported as an error and skipped.
pub const MAX_LINE_BYTES: usize = 1 << 20;

/// How a batch run went.
pub struct Summary {
    pub lines: u64,
    pub failed: u64,
    /// Tickets whose count ran past the last day their holiday files know of, and the
    /// first such line with that day.
    pub past_known_until: u64,
    pub first_past: Option<(u64, chrono::NaiveDate)>,
}

/// One input line, borrowed from the read buffer where it can be.
#[derive(Deserialize)]
struct Ticket<'a> {
    #[serde(borrow, default)]
    id: Option<&'a RawValue>,
    #[serde(borrow, default)]
    plan: Option<Text<'a>>,
    #[serde(borrow, default)]
    severity: Option<Text<'a>>,
    #[serde(borrow, default)]
    submitted: Option<Text<'a>>,
    #[serde(borrow, default)]
    region: Option<Text<'a>>,
    #[serde(borrow, default)]
    product: Option<Text<'a>>,
    #[serde(default)]
    target_minutes: Option<u32>,
    // Present in the input only when a script feeds answers back; then they are replaced.
    #[serde(borrow, default)]
    coverage: Option<&'a RawValue>,
    #[serde(borrow, default)]
    due: Option<&'a RawValue>,
    #[serde(borrow, default)]
    due_local: Option<&'a RawValue>,
    #[serde(borrow, default)]
    target_business_days: Option<&'a RawValue>,
}

/// A string of a ticket, borrowed from the line unless it has escapes (serde's own
/// `Option<Cow<str>>` always copies).
struct Text<'a>(Cow<'a, str>);

impl std::ops::Deref for Text<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> serde::de::Visitor<'de> for TextVisitor<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Borrowed(text)))
            }
            fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
                Ok(Text(Cow::Owned(text.to_string())))
            }
        }
        deserializer.deserialize_str(TextVisitor(std::marker::PhantomData))
    }
}

/// A resolved target: how much, how it counts, on whose calendar.
#[derive(Clone)]
struct Spec {
    coverage: Coverage,
    amount: Option<Amount>,
    calendar: Option<Id<Region>>,
}

/// Why a line failed: a kind scripts can act on, the message, and for an unknown id the
/// closest valid one.
#[derive(Debug)]
pub struct LineError {
    /// `unknown-id`, `bad-time`, `missing-field`, `conflicting-fields`, `bad-target`,
    /// `no-such-target`, `no-calendar`, `not-json`, `not-an-object`, `not-utf8`,
    /// `empty-line`, `too-long`.
    pub kind: &'static str,
    pub message: String,
    pub suggestion: Option<String>,
}

impl LineError {
    fn new(kind: &'static str, message: impl Into<String>) -> LineError {
        LineError {
            kind,
            message: message.into(),
            suggestion: None,
        }
    }

    /// An error of the answers: an unknown id keeps its suggestion, anything else is `kind`.
    fn of(kind: &'static str, e: anyhow::Error) -> LineError {
        match e.downcast::<ids::UnknownId>() {
            Ok(unknown) => LineError::from(unknown),
            Err(e) if e.is::<ids::AmbiguousId>() => {
                LineError::new("ambiguous-id", format!("{e:#}"))
            }
            Err(e) => LineError::new(kind, format!("{e:#}")),
        }
    }
}

impl From<ids::UnknownId> for LineError {
    fn from(unknown: ids::UnknownId) -> LineError {
        LineError {
            kind: "unknown-id",
            suggestion: unknown.suggestion.clone(),
            message: unknown.to_string(),
        }
    }
}

/// The answer added to a line.
struct Answer {
    /// The holiday files' last day, when the count ran past it.
    past_known_until: Option<chrono::NaiveDate>,
    target_minutes: Option<u32>,
    target_business_days: Option<u32>,
    coverage: Coverage,
    due: Option<DateTime<Utc>>,
    /// Where `due_local` is shown: the calendar's zone, or the offset `submitted` was
    /// written in for a 24/7 target counted without a calendar.
    zone: Shown,
}

pub struct Batch<'a> {
    rules: &'a RuleSet,
    holidays: &'a Catalog,
    whereabouts: Whereabouts<'a>,
    /// Resolved targets and calendars by lower-cased key. Only successes are kept, so the
    /// caches hold at most one entry per valid id (and alias) whatever the input.
    specs: FxHashMap<String, Spec>,
    calendars: FxHashMap<String, Calendar>,
    /// A reused buffer for cache keys.
    key: String,
}

impl<'a> Batch<'a> {
    pub fn new(rules: &'a RuleSet, holidays: &'a Catalog, whereabouts: Whereabouts<'a>) -> Self {
        Batch {
            rules,
            holidays,
            whereabouts,
            specs: FxHashMap::default(),
            calendars: FxHashMap::default(),
            key: String::new(),
        }
    }

    /// Answers every line of `input` on `output`. A closed output ends the run quietly.
    pub fn run(&mut self, mut input: impl BufRead, output: impl Write) -> io::Result<Summary> {
        let mut out = io::BufWriter::with_capacity(1 << 16, output);
        let mut line = Vec::with_capacity(1024);
        let mut reply = Vec::with_capacity(1024);
        let mut summary = Summary {
            lines: 0,
            failed: 0,
            past_known_until: 0,
            first_past: None,
        };
        loop {
            line.clear();
            let (read, complete) = read_line(&mut input, &mut line)?;
            if read == 0 {
                break;
            }
            summary.lines += 1;
            reply.clear();
            let ok = if complete {
                self.answer_line(&line, summary.lines, &mut reply, &mut summary)
            } else {
                let message = format!("line longer than {MAX_LINE_BYTES} bytes");
                write_error(
                    &mut reply,
                    None,
                    summary.lines,
                    &LineError::new("too-long", message),
                );
                false
            };
            if !ok {
                summary.failed += 1;
            }
            reply.push(b'\n');
            match out.write_all(&reply) {
                Err(e) if e.kind() == io::ErrorKind::BrokenPipe => return Ok(summary),
                other => other?,
            }
        }
        match out.flush() {
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(summary),
            other => other.map(|()| summary),
        }
    }

    /// Writes the answer to one line into `reply`; false when the line failed.
    fn answer_line(
        &mut self,
        line: &[u8],
        number: u64,
        reply: &mut Vec<u8>,
        summary: &mut Summary,
    ) -> bool {
        let text = match std::str::from_utf8(line) {
            Ok(text) => text.trim_end_matches(['\n', '\r']),
            Err(_) => {
                let error = LineError::new("not-utf8", "the line is not valid UTF-8");
                write_error(reply, None, number, &error);
                return false;
            }
        };
        if text.trim().is_empty() {
            let error = LineError::new("empty-line", "empty line: expected a JSON ticket");
            write_error(reply, None, number, &error);
            return false;
        }
        let ticket: Ticket = match serde_json::from_str(text) {
            Ok(ticket) => ticket,
            Err(e) => {
                let id = id_of(text);
                let error = LineError::new("not-json", format!("not a JSON ticket: {e}"));
                write_error(reply, id.as_deref(), number, &error);
                return false;
            }
        };
        match self.answer(&ticket) {
            Ok(answer) => {
                if let Some(until) = answer.past_known_until {
                    summary.past_known_until += 1;
                    summary.first_past.get_or_insert((number, until));
                }
                write_answer(reply, text, number, &ticket, &answer)
            }
            Err(error) => {
                write_error(reply, ticket.id.map(RawValue::get), number, &error);
                false
            }
        }
    }

    fn answer(&mut self, ticket: &Ticket) -> Result<Answer, LineError> {
        let submitted = ticket
            .submitted
            .as_deref()
            .ok_or_else(|| LineError::new("missing-field", "missing `submitted`"))?;
        let written = crate::time::written("submitted", submitted)
            .map_err(|e| LineError::of("bad-time", e))?;
        let submitted = written.with_timezone(&Utc);
        let spec = match (&ticket.plan, &ticket.severity, ticket.target_minutes) {
            (Some(plan), Some(severity), None) => {
                self.spec(plan, severity, ticket.product.as_deref())?
            }
            (None, None, Some(minutes)) => {
                if !(1..=MAX_TARGET_MINUTES).contains(&minutes) {
                    return Err(LineError::new(
                        "bad-target",
                        format!("`target_minutes` must be from 1 to {MAX_TARGET_MINUTES} (a year)"),
                    ));
                }
                Spec {
                    coverage: Coverage::BusinessHours,
                    amount: Some(Amount::Minutes(minutes)),
                    calendar: None,
                }
            }
            (_, _, Some(_)) => {
                return Err(LineError::new(
                    "conflicting-fields",
                    "give either `plan` and `severity`, or `target_minutes`, not both",
                ))
            }
            (None, _, None) => {
                return Err(LineError::new(
                    "missing-field",
                    "missing `plan` (or `target_minutes`)",
                ))
            }
            (_, None, None) => return Err(LineError::new("missing-field", "missing `severity`")),
        };
        let calendar = match self.calendar(spec.calendar, ticket.region.as_deref()) {
            Ok(calendar) => calendar,
            // A 24/7 target needs no calendar: when no region can be told, count on the
            // wall clock and show the due instant in the offset `submitted` was written in.
            Err(e) if spec.coverage == Coverage::AroundTheClock && e.kind == "no-calendar" => {
                let minutes = match spec.amount {
                    Some(Amount::Minutes(m)) => Some(m),
                    Some(Amount::BusinessDays(d)) => Some(d.saturating_mul(24 * 60)),
                    None => None,
                };
                return Ok(Answer {
                    past_known_until: None,
                    target_minutes: minutes,
                    target_business_days: None,
                    coverage: spec.coverage,
                    due: minutes.and_then(|m| due::due_wall_clock(submitted, m)),
                    zone: Shown::Offset(*written.offset()),
                });
            }
            Err(e) => return Err(e),
        };
        let (counting, minutes, days) = match (spec.coverage, spec.amount) {
            (Coverage::BestEffort, _) | (_, None) => (Counting::WallClock, None, None),
            (Coverage::AroundTheClock, Some(Amount::Minutes(m))) => {
                (Counting::WallClock, Some(m), None)
            }
            (_, Some(Amount::Minutes(m))) => (Counting::OpenTime, Some(m), None),
            // N business days: N times the calendar's business day (decided reading 10).
            (_, Some(Amount::BusinessDays(d))) => (
                Counting::OpenTime,
                Some(d.saturating_mul(calendar.business_day_minutes())),
                Some(d),
            ),
        };
        let due = match minutes {
            Some(m) => Some(due::due(calendar, counting, submitted, m).ok_or_else(|| {
                LineError::new("no-calendar", "the calendar has no open time within a year")
            })?),
            None => None,
        };
        // A count that ran past the last day the holiday files know of.
        let past_known_until = match (counting, due) {
            (Counting::OpenTime, Some(due)) => {
                crate::holidays::known_until(calendar.holiday_files())
                    .filter(|until| due.with_timezone(&calendar.zone()).date_naive() > *until)
            }
            _ => None,
        };
        Ok(Answer {
            past_known_until,
            target_minutes: if days.is_some() { None } else { minutes },
            target_business_days: days,
            coverage: spec.coverage,
            due,
            zone: Shown::Zone(calendar.zone()),
        })
    }

    fn spec(
        &mut self,
        plan: &str,
        severity: &str,
        product: Option<&str>,
    ) -> Result<Spec, LineError> {
        fill_key(&mut self.key, [Some(plan), Some(severity), product]);
        if let Some(spec) = self.specs.get(self.key.as_str()) {
            return Ok(spec.clone());
        }
        let query = sla::SlaQuery {
            plan,
            severity,
            product,
            preview: false,
        };
        let target =
            sla::target(self.rules, &query).map_err(|e| LineError::of("no-such-target", e))?;
        let spec = Spec {
            coverage: target.coverage,
            amount: target.amount,
            calendar: target.calendar,
        };
        self.specs.insert(self.key.clone(), spec.clone());
        Ok(spec)
    }

    /// The calendar of a target's own region, or of the ticket's, or the default one.
    fn calendar(
        &mut self,
        own: Option<Id<Region>>,
        region: Option<&str>,
    ) -> Result<&Calendar, LineError> {
        let rules = self.rules;
        fill_key(
            &mut self.key,
            [own.map(|own| rules.region(own).id.as_str()), region],
        );
        if !self.calendars.contains_key(self.key.as_str()) {
            if let Some(region) = region {
                rules.find::<Region>(region)?;
            }
            let whereabouts = Whereabouts {
                region: region.or(self.whereabouts.region),
                customer_zone: self.whereabouts.customer_zone,
                default_zone: self.whereabouts.default_zone,
            };
            let chosen = region_choice::choose(self.rules, own, &whereabouts, self.holidays)
                .map_err(|e| LineError::of("no-calendar", e))?;
            self.calendars.insert(self.key.clone(), chosen.calendar);
        }
        self.calendars
            .get(self.key.as_str())
            .ok_or_else(|| LineError::new("no-calendar", "calendar cache"))
    }
}

/// A cache key: the parts lower-cased, separated by a byte no id contains.
fn fill_key<'k>(key: &mut String, parts: impl IntoIterator<Item = Option<&'k str>>) {
    key.clear();
    for part in parts {
        key.push_str(part.unwrap_or(""));
        key.push('\0');
    }
    key.make_ascii_lowercase();
}

/// Reads one line into `buf`, at most [`MAX_LINE_BYTES`]; the rest of a longer line is
/// skipped. Returns the bytes consumed (0 at the end) and whether the line was whole.
fn read_line(input: &mut impl BufRead, buf: &mut Vec<u8>) -> io::Result<(usize, bool)> {
    let mut consumed = 0;
    let mut complete = true;
    loop {
        let available = match input.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, complete));
        }
        let (chunk, done) = match memchr::memchr(b'\n', available) {
            Some(i) => (&available[..=i], true),
            None => (available, false),
        };
        let room = MAX_LINE_BYTES.saturating_sub(buf.len());
        if chunk.len() > room {
            complete = false;
        }
        if complete {
            buf.extend_from_slice(chunk);
        }
        let used = chunk.len();
        input.consume(used);
        consumed += used;
        if done {
            return Ok((consumed, complete));
        }
    }
}

/// The `id` of a line that is not a valid ticket, if the line is a JSON object with one.
fn id_of(text: &str) -> Option<String> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    value.get("id").map(ToString::to_string)
}

fn write_error(reply: &mut Vec<u8>, id: Option<&str>, number: u64, error: &LineError) {
    reply.extend_from_slice(b"{\"id\":");
    reply.extend_from_slice(id.unwrap_or("null").as_bytes());
    reply.extend_from_slice(format!(",\"line\":{number},\"error\":").as_bytes());
    // Serialising a string into a Vec cannot fail. JSON escapes only C0 controls: a value
    // echoed in the message (serde's "invalid type: string …" among them) gets the rest
    // (C1, bidirectional overrides, line separators) escaped too, as on stderr.
    let _ = serde_json::to_writer(&mut *reply, &*crate::echo::escape(&error.message));
    reply.extend_from_slice(format!(",\"kind\":\"{}\"", error.kind).as_bytes());
    if let Some(suggestion) = &error.suggestion {
        reply.extend_from_slice(b",\"suggestion\":");
        let _ = serde_json::to_writer(&mut *reply, suggestion);
    }
    reply.push(b'}');
}

/// Writes the input object with the answer's fields; false if the line is not an object.
fn write_answer(
    reply: &mut Vec<u8>,
    text: &str,
    number: u64,
    ticket: &Ticket,
    answer: &Answer,
) -> bool {
    let replaced = ticket.coverage.is_some()
        || ticket.due.is_some()
        || ticket.due_local.is_some()
        || ticket.target_business_days.is_some();
    let body = text.trim_end();
    let open_object = match body.strip_suffix('}') {
        Some(open) if !replaced => open.trim_end(),
        _ => return write_merged(reply, text, number, answer),
    };
    reply.extend_from_slice(open_object.as_bytes());
    let empty = open_object.trim_start() == "{";
    let mut sep = if empty { "" } else { "," };
    // A line that gave its own `target_minutes` keeps it; the answer adds the rest.
    if ticket.target_minutes.is_none() {
        push_field(reply, &mut sep, "target_minutes", &answer.target_minutes);
    }
    if let Some(days) = answer.target_business_days {
        push_field(reply, &mut sep, "target_business_days", &days);
    }
    push_field(reply, &mut sep, "coverage", &answer.coverage);
    reply.extend_from_slice(b",\"due\":");
    match answer.due {
        Some(due) => {
            push_text(reply, &utc(due));
            reply.extend_from_slice(b",\"due_local\":");
            push_text(reply, &rfc3339(answer.zone.fix(due)));
        }
        None => reply.extend_from_slice(b"null,\"due_local\":null"),
    }
    reply.push(b'}');
    true
}

/// An RFC 3339 text (chrono's, from `text::utc` and `text::local`) as a JSON string: it
/// holds nothing to escape.
fn push_text(reply: &mut Vec<u8>, text: &str) {
    reply.push(b'"');
    reply.extend_from_slice(text.as_bytes());
    reply.push(b'"');
}

/// The slow path, for a line that already carries answer fields: parse, replace, write.
fn write_merged(reply: &mut Vec<u8>, text: &str, number: u64, answer: &Answer) -> bool {
    let Ok(mut object) = serde_json::from_str::<serde_json::Map<String, serde_json::Value>>(text)
    else {
        let error = LineError::new("not-an-object", "a ticket must be a JSON object");
        write_error(reply, None, number, &error);
        return false;
    };
    if !object.contains_key("target_minutes") {
        object.insert("target_minutes".into(), answer.target_minutes.into());
    }
    if let Some(days) = answer.target_business_days {
        object.insert("target_business_days".into(), days.into());
    }
    let coverage = serde_json::to_value(answer.coverage).unwrap_or_default();
    object.insert("coverage".into(), coverage);
    object.insert("due".into(), answer.due.map(utc).into());
    object.insert(
        "due_local".into(),
        answer.due.map(|d| rfc3339(answer.zone.fix(d))).into(),
    );
    let _ = serde_json::to_writer(&mut *reply, &object);
    true
}

fn push_field<T: serde::Serialize>(reply: &mut Vec<u8>, sep: &mut &str, name: &str, value: &T) {
    reply.extend_from_slice(sep.as_bytes());
    reply.push(b'"');
    reply.extend_from_slice(name.as_bytes());
    reply.extend_from_slice(b"\":");
    let _ = serde_json::to_writer(&mut *reply, value);
    *sep = ",";
}
