//! JSON Lines: one ticket object a line in, the same object with the answer's fields out
//! (`target_minutes`, `target_business_days` for targets in business days, `coverage`,
//! `due`, `due_local`, `in_force_from` where the rules hold several versions of a
//! document, and beside a `responded` `elapsed_minutes`, `met` and `met_reason` where
//! `met` is null), or an error line `{"id", "line", "error", "kind", "suggestion"}`.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::answerer::{Answer, Answerer, Fields, LineError, Responded, Verdict};
use super::{ErrorKind, Outcome};

/// The answer's fields, which replace any the input already has.
const ANSWER_KEYS: [&str; 5] = [
    "target_minutes",
    "target_business_days",
    "coverage",
    "due",
    "due_local",
];

/// The response's fields, written (and replacing those of the input) only for a ticket
/// that has a `responded` field: without one a line is answered as before it existed.
const RESPONSE_KEYS: [&str; 3] = ["elapsed_minutes", "met", "met_reason"];

/// Which version of the rules answered, written (and replacing the input's) only where the
/// rules hold several: otherwise a line is answered as before versions existed.
const VERSION_KEY: &str = "in_force_from";

/// One input line, borrowed from the read buffer where it can be.
#[derive(Deserialize)]
struct Ticket<'a> {
    // The id is skipped here (yet known, so that one given twice is refused): an answer
    // echoes it with the rest of the line, and an error line reads it again ([`id_of`]).
    #[serde(default, deserialize_with = "present")]
    #[allow(dead_code)]
    id: bool,
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
    #[serde(borrow, default)]
    time_zone: Option<Text<'a>>,
    #[serde(default, deserialize_with = "minutes")]
    target_minutes: Minutes,
    // Present when a script feeds answers back (any value, null too): then replaced.
    #[serde(default, deserialize_with = "present")]
    target_business_days: bool,
    #[serde(default, deserialize_with = "present")]
    coverage: bool,
    #[serde(default, deserialize_with = "present")]
    due: bool,
    #[serde(default, deserialize_with = "present")]
    due_local: bool,
    #[serde(default, deserialize_with = "present")]
    in_force_from: bool,
    /// When Microsoft first responded: absent, null (not yet), or a time.
    #[serde(borrow, default, deserialize_with = "responded")]
    responded: Reply<'a>,
    #[serde(default, deserialize_with = "present")]
    elapsed_minutes: bool,
    #[serde(default, deserialize_with = "present")]
    met: bool,
    #[serde(default, deserialize_with = "present")]
    met_reason: bool,
}

/// A ticket's `responded` as given.
#[derive(Default)]
enum Reply<'a> {
    #[default]
    Absent,
    Null,
    Given(Text<'a>),
}

/// `responded`: null is a ticket not yet answered, a string its time; anything else is a
/// field of the wrong type.
fn responded<'de: 'a, 'a, D: Deserializer<'de>>(deserializer: D) -> Result<Reply<'a>, D::Error> {
    Ok(match Option::<Text<'a>>::deserialize(deserializer)? {
        None => Reply::Null,
        Some(text) => Reply::Given(text),
    })
}

/// A ticket's `target_minutes` as given: absent, null, a whole number, or something else.
#[derive(Default, Clone, Copy, PartialEq, Eq)]
enum Minutes {
    #[default]
    Absent,
    Null,
    Whole(u64),
    Other,
}

/// `target_minutes` of any JSON value; what is not a whole number is reported later with
/// the ticket's own error kind, not as a parse error.
fn minutes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Minutes, D::Error> {
    struct MinutesVisitor;
    impl<'de> Visitor<'de> for MinutesVisitor {
        type Value = Minutes;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a whole number of minutes")
        }
        fn visit_u64<E>(self, n: u64) -> Result<Minutes, E> {
            Ok(Minutes::Whole(n))
        }
        fn visit_i64<E>(self, _: i64) -> Result<Minutes, E> {
            Ok(Minutes::Other)
        }
        fn visit_f64<E>(self, _: f64) -> Result<Minutes, E> {
            Ok(Minutes::Other)
        }
        fn visit_str<E>(self, _: &str) -> Result<Minutes, E> {
            Ok(Minutes::Other)
        }
        fn visit_bool<E>(self, _: bool) -> Result<Minutes, E> {
            Ok(Minutes::Other)
        }
        fn visit_unit<E>(self) -> Result<Minutes, E> {
            Ok(Minutes::Null)
        }
        fn visit_none<E>(self) -> Result<Minutes, E> {
            Ok(Minutes::Null)
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Minutes, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok(Minutes::Other)
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Minutes, A::Error> {
            while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
            Ok(Minutes::Other)
        }
    }
    deserializer.deserialize_any(MinutesVisitor)
}

/// Whether a key is there at all, whatever its value (`null` included).
fn present<'de, D: Deserializer<'de>>(deserializer: D) -> Result<bool, D::Error> {
    IgnoredAny::deserialize(deserializer).map(|_| true)
}

/// A string of a ticket, borrowed from the line unless it has escapes (serde's own
/// `Option<Cow<str>>` always copies).
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct TextVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for TextVisitor<'a> {
            type Value = Text<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
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

/// Answers one input line (without its line end) into `reply`, which gets no line for a
/// blank line.
pub(super) fn answer_line(
    answerer: &mut Answerer,
    dates: &mut Dates,
    line: &[u8],
    number: u64,
    reply: &mut Vec<u8>,
) -> Outcome {
    // A byte-order mark opens a file; one here comes of files joined (`cat a b`).
    let line = line.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(line);
    let body = line.trim_ascii();
    if body.is_empty() {
        return Outcome::Blank;
    }
    // The whole line, fields passed through included (serde_json checks only the strings
    // it reads): the answer echoes them.
    let Ok(text) = std::str::from_utf8(line) else {
        let error = LineError::new(ErrorKind::NotUtf8, "the line is not valid UTF-8");
        return failed(reply, None, number, &error);
    };
    if body[0] != b'{' {
        return failed(reply, None, number, &not_an_object(body));
    }
    // From the text checked above: serde_json does not check its strings again.
    let ticket: Ticket = match serde_json::from_str(text) {
        Ok(ticket) => ticket,
        // Valid JSON with a field of the wrong type, or not JSON at all.
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            return failed(reply, id_of(line), number, &bad_field(&e));
        }
        Err(e) => {
            let error = LineError::new(
                ErrorKind::NotJson,
                format!("not a valid JSON ticket: {}", plain(&e)),
            );
            return failed(reply, id_of(line), number, &error);
        }
    };
    let target_minutes = match ticket.target_minutes {
        Minutes::Absent | Minutes::Null => None,
        Minutes::Whole(n) => Some(n),
        Minutes::Other => {
            let error = LineError::new(
                ErrorKind::BadTarget,
                "`target_minutes` must be a whole number of minutes",
            );
            return failed(reply, id_of(line), number, &error);
        }
    };
    let fields = Fields {
        plan: text_of(&ticket.plan),
        severity: text_of(&ticket.severity),
        product: text_of(&ticket.product),
        submitted: text_of(&ticket.submitted),
        region: text_of(&ticket.region),
        time_zone: text_of(&ticket.time_zone),
        target_minutes,
        responded: match &ticket.responded {
            Reply::Absent => Responded::NotAsked,
            Reply::Null => Responded::Empty,
            Reply::Given(text) if text.0.trim().is_empty() => Responded::Empty,
            Reply::Given(text) => Responded::At(&text.0),
        },
    };
    match answerer.answer(&fields) {
        Ok(answer) => {
            // The ticket's own `target_minutes` is kept as written; beside a plan it is an
            // earlier answer, replaced like the others.
            let own_target = ticket.plan.is_none() && ticket.severity.is_none();
            let kept_minutes = own_target && matches!(ticket.target_minutes, Minutes::Whole(_));
            // The response's fields are answers only beside a `responded`, the version
            // only where the rules hold several.
            let asked = answer.response.is_some();
            let versioned = answer.in_force_from.is_some();
            let replaced = ticket.target_business_days
                || ticket.coverage
                || ticket.due
                || ticket.due_local
                || (versioned && ticket.in_force_from)
                || (asked && (ticket.elapsed_minutes || ticket.met || ticket.met_reason))
                || (ticket.target_minutes != Minutes::Absent && !kept_minutes);
            if replaced {
                write_merged(reply, dates, line, ticket.target_business_days, &answer);
            } else {
                write_appended(reply, dates, body, kept_minutes, &answer);
            }
            Outcome::Answered(answer.past_known_until)
        }
        Err(error) => failed(reply, id_of(line), number, &error),
    }
}

/// The floor batch mode is measured against (issue 22, item 11): the same typed read of a
/// ticket and the same output line written, with the due instant replaced by the submitted
/// one, so nothing is answered and no calendar is counted. `false` for a line batch mode
/// would report as failed (it is then written back as it came).
pub(super) fn floor_line(dates: &mut Dates, line: &[u8], reply: &mut Vec<u8>) -> bool {
    let body = line.trim_ascii();
    let Ok(text) = std::str::from_utf8(line) else {
        return false;
    };
    let Ok(ticket) = serde_json::from_str::<Ticket>(text) else {
        reply.extend_from_slice(body);
        reply.push(b'\n');
        return false;
    };
    let submitted =
        text_of(&ticket.submitted).and_then(|s| crate::time::written("submitted", s).ok());
    let answer = Answer {
        target_minutes: match ticket.target_minutes {
            Minutes::Whole(n) => u32::try_from(n).ok(),
            _ => None,
        },
        target_business_days: None,
        coverage: crate::rules::model::Coverage::BusinessHours,
        due: submitted.map(|s| s.with_timezone(&chrono::Utc)),
        due_local: submitted,
        past_known_until: None,
        response: None,
        in_force_from: None,
    };
    let kept_minutes = ticket.plan.is_none()
        && ticket.severity.is_none()
        && matches!(ticket.target_minutes, Minutes::Whole(_));
    write_appended(reply, dates, body, kept_minutes, &answer);
    true
}

/// serde_json's message in the words of JSON, placed by column (each ticket is one line):
/// `invalid type: an array, expected a string at column 51`.
fn plain(e: &serde_json::Error) -> String {
    let message = e.to_string();
    let message = match message.rsplit_once(" at line ") {
        Some((head, _)) => format!("{head} at column {}", e.column()),
        None => message,
    };
    message
        .replace("invalid type: sequence", "invalid type: an array")
        .replace("invalid type: map", "invalid type: an object")
}

/// A field of the wrong type, or a key given twice.
fn bad_field(e: &serde_json::Error) -> LineError {
    let message = plain(e);
    match message.strip_prefix("duplicate field ") {
        Some(rest) => LineError::new(
            ErrorKind::BadField,
            format!("a field is given twice: {rest}"),
        ),
        None => LineError::new(
            ErrorKind::BadField,
            format!("a field has the wrong type: {message}"),
        ),
    }
}

fn text_of<'t>(field: &'t Option<Text>) -> Option<&'t str> {
    field.as_ref().map(|t| &*t.0)
}

/// The error for a line that is JSON (or not) but not an object.
fn not_an_object(body: &[u8]) -> LineError {
    let found = match serde_json::from_slice::<&RawValue>(body).map(|v| v.get().as_bytes()[0]) {
        Ok(b'[') => "an array",
        Ok(b'"') => "a string",
        Ok(b't' | b'f') => "true or false",
        Ok(b'n') => "null",
        Ok(_) => "a number",
        Err(_) => {
            return LineError::new(
                ErrorKind::NotJson,
                "not a valid JSON ticket: expected a JSON object, `{ … }`",
            )
        }
    };
    LineError::new(
        ErrorKind::NotAnObject,
        format!("expected a JSON object (one ticket), found {found}"),
    )
}

/// The `id` of a line whose ticket failed, if the line is a JSON object with one:
/// borrowed as written, so a number of any size is echoed byte for byte.
fn id_of(line: &[u8]) -> Option<&str> {
    #[derive(Deserialize)]
    struct IdOnly<'a> {
        #[serde(borrow, default)]
        id: Option<&'a RawValue>,
    }
    serde_json::from_slice::<IdOnly>(line)
        .ok()?
        .id
        .map(RawValue::get)
}

/// Writes an error line; the outcome for it.
fn failed(reply: &mut Vec<u8>, id: Option<&str>, number: u64, error: &LineError) -> Outcome {
    reply.extend_from_slice(b"{\"id\":");
    reply.extend_from_slice(id.unwrap_or("null").as_bytes());
    reply.extend_from_slice(format!(",\"line\":{number},\"error\":").as_bytes());
    // Serialising a string into a Vec cannot fail. JSON escapes only C0 controls: a value
    // echoed in the message gets the rest (C1, bidirectional overrides, line separators)
    // escaped too, as on stderr.
    let _ = serde_json::to_writer(&mut *reply, &*crate::render::echo::escape(&error.message));
    reply.extend_from_slice(format!(",\"kind\":\"{}\"", error.kind.as_str()).as_bytes());
    if let Some(suggestion) = &error.suggestion {
        reply.extend_from_slice(b",\"suggestion\":");
        let _ = serde_json::to_writer(&mut *reply, suggestion);
    }
    reply.extend_from_slice(b"}\n");
    Outcome::Failed
}

/// The fast path: the input object as written, the answer's fields appended before its
/// closing brace (`body` is the trimmed line, an object holding none of them).
fn write_appended(
    reply: &mut Vec<u8>,
    dates: &mut Dates,
    body: &[u8],
    kept_minutes: bool,
    answer: &Answer,
) {
    let open = body.strip_suffix(b"}").unwrap_or(body).trim_ascii_end();
    reply.extend_from_slice(open);
    let mut sep = if open.trim_ascii() == b"{" { "" } else { "," };
    if !kept_minutes {
        push_field(reply, &mut sep, "target_minutes", &answer.target_minutes);
    }
    write_answer_fields(reply, dates, &mut sep, answer);
    reply.extend_from_slice(b"}\n");
}

/// The slow path, for a line that already carries answer fields: every other member as
/// written (values byte for byte), then the answer's fields, each key once.
fn write_merged(
    reply: &mut Vec<u8>,
    dates: &mut Dates,
    line: &[u8],
    had_days: bool,
    answer: &Answer,
) {
    let members: Members = match serde_json::from_slice(line) {
        Ok(members) => members,
        // The line parsed as a ticket a moment ago, so it is an object.
        Err(_) => Members(Vec::new()),
    };
    reply.push(b'{');
    let mut sep = "";
    let asked = answer.response.is_some();
    let versioned = answer.in_force_from.is_some();
    for (key, value) in members.0.iter().filter(|(k, _)| {
        !(ANSWER_KEYS.contains(&&**k)
            || asked && RESPONSE_KEYS.contains(&&**k)
            || versioned && k == VERSION_KEY)
    }) {
        reply.extend_from_slice(sep.as_bytes());
        let _ = serde_json::to_writer(&mut *reply, key);
        reply.push(b':');
        reply.extend_from_slice(value.get().as_bytes());
        sep = ",";
    }
    push_field(reply, &mut sep, "target_minutes", &answer.target_minutes);
    // A key the input had is written again, `null` when the target is not in days.
    if had_days && answer.target_business_days.is_none() {
        push_field(reply, &mut sep, "target_business_days", &None::<u32>);
    }
    write_answer_fields(reply, dates, &mut sep, answer);
    reply.extend_from_slice(b"}\n");
}

/// `target_business_days` (where the target is in business days), `coverage`, `due`,
/// `due_local`, `in_force_from` (where the rules hold several versions), and the response's
/// fields (beside a `responded`).
fn write_answer_fields(reply: &mut Vec<u8>, dates: &mut Dates, sep: &mut &str, answer: &Answer) {
    if let Some(days) = answer.target_business_days {
        push_field(reply, sep, "target_business_days", &days);
    }
    reply.extend_from_slice(sep.as_bytes());
    reply.extend_from_slice(b"\"coverage\":\"");
    reply.extend_from_slice(answer.coverage.as_str().as_bytes());
    reply.extend_from_slice(b"\",\"due\":");
    match (answer.due, answer.due_local) {
        (Some(due), Some(local)) => {
            push_instant(reply, dates, due.fixed_offset(), true);
            reply.extend_from_slice(b",\"due_local\":");
            push_instant(reply, dates, local, true);
        }
        _ => reply.extend_from_slice(b"null,\"due_local\":null"),
    }
    *sep = ",";
    if let Some(from) = answer.in_force_from {
        reply.extend_from_slice(b",\"in_force_from\":");
        match from {
            Some(day) => {
                use std::io::Write as _;
                let _ = write!(reply, "\"{day}\"");
            }
            None => reply.extend_from_slice(b"null"),
        }
    }
    if let Some(verdict) = &answer.response {
        write_verdict(reply, sep, verdict);
    }
}

/// `elapsed_minutes` and `met` (null where no target is met or missed), and `met_reason`
/// where `met` is null, as `suggestion` is written only where there is one.
fn write_verdict(reply: &mut Vec<u8>, sep: &mut &str, verdict: &Verdict) {
    push_field(reply, sep, "elapsed_minutes", &verdict.elapsed_minutes);
    push_field(reply, sep, "met", &verdict.met);
    if let Some(reason) = verdict.reason {
        push_field(reply, sep, "met_reason", &reason);
    }
}

/// An instant as a JSON string in RFC 3339, whole seconds, with its offset (`Z` for a zero
/// offset when `z`): what `text::utc` and `text::local` write, without their allocations (the
/// answer's hot path; a unit test holds them equal).
pub(super) fn push_instant(
    reply: &mut Vec<u8>,
    dates: &mut Dates,
    t: chrono::DateTime<chrono::FixedOffset>,
    z: bool,
) {
    let offset = t.offset().local_minus_utc();
    let seconds = t.timestamp() + i64::from(offset);
    let (days, of_day) = (seconds.div_euclid(86_400), seconds.rem_euclid(86_400));
    let of_day = of_day as usize;
    // Written into a buffer on the stack, then appended at once.
    let mut out = *b"\"0000-00-00T00:00:00+00:00\"";
    out[1..11].copy_from_slice(&dates.civil(days));
    let mut two = |at: usize, n: usize| out[at..at + 2].copy_from_slice(&DIGIT_PAIRS[n % 100]);
    two(12, of_day / 3600);
    two(15, of_day / 60 % 60);
    two(18, of_day % 60);
    if z && offset == 0 {
        out[20] = b'Z';
        out[21] = b'"';
        reply.extend_from_slice(&out[..22]);
        return;
    }
    // Rounded to the minute as chrono writes it (local mean time has seconds).
    let minutes = ((offset.unsigned_abs() + 30) / 60) as usize;
    two(21, minutes / 60);
    two(24, minutes % 60);
    out[20] = if offset < 0 { b'-' } else { b'+' };
    reply.extend_from_slice(&out);
}

/// The civil dates of day numbers (days since 1970-01-01) as `YYYY-MM-DD`, remembered by
/// a worker: a batch's due instants fall on a few hundred days, and working a date out is
/// most of the cost of writing an instant, twice for every ticket.
pub(super) struct Dates {
    /// Direct-mapped by the day number's low bits: the day number and its date.
    slots: Box<[(i64, [u8; 10])]>,
}

/// Slots in [`Dates`], a power of two: more than five years of days.
const DATE_SLOTS: usize = 2048;

impl Default for Dates {
    fn default() -> Self {
        Dates {
            // No day number is i64::MIN, so every slot starts empty.
            slots: vec![(i64::MIN, [0; 10]); DATE_SLOTS].into_boxed_slice(),
        }
    }
}

impl Dates {
    /// The date of day number `days`.
    fn civil(&mut self, days: i64) -> [u8; 10] {
        // The slots are a power of two: the low bits pick one (of negative days too).
        let slot = &mut self.slots[days as usize & (self.slots.len() - 1)];
        if slot.0 != days {
            *slot = (days, civil_date(days));
        }
        slot.1
    }
}

/// The civil date of a day number as `YYYY-MM-DD` (H. Hinnant's days-to-civil, as chrono
/// computes it, without its calendar tables). Years are 1900..=9000 (time::YEARS).
fn civil_date(days: i64) -> [u8; 10] {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let of_era = shifted - era * 146_097;
    let year_of_era = (of_era - of_era / 1460 + of_era / 36_524 - of_era / 146_096) / 365;
    let day_of_year = of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let shifted_month = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    let month = if shifted_month < 10 {
        shifted_month + 3
    } else {
        shifted_month - 9
    };
    let year = (year_of_era + era * 400 + i64::from(month <= 2)).clamp(0, 9999) as usize;
    let mut out = *b"0000-00-00";
    let mut two = |at: usize, n: usize| out[at..at + 2].copy_from_slice(&DIGIT_PAIRS[n % 100]);
    two(0, year / 100);
    two(2, year % 100);
    two(5, month as usize);
    two(8, day as usize);
    out
}

/// `00` to `99`, for [`push_instant`].
const DIGIT_PAIRS: [[u8; 2]; 100] = {
    let mut pairs = [[0; 2]; 100];
    let mut n = 0;
    while n < 100 {
        pairs[n] = [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
        n += 1;
    }
    pairs
};

fn push_field<T: serde::Serialize>(reply: &mut Vec<u8>, sep: &mut &str, name: &str, value: &T) {
    reply.extend_from_slice(sep.as_bytes());
    reply.push(b'"');
    reply.extend_from_slice(name.as_bytes());
    reply.extend_from_slice(b"\":");
    let _ = serde_json::to_writer(&mut *reply, value);
    *sep = ",";
}

/// An object's members in order, values kept as written.
struct Members<'a>(Vec<(Cow<'a, str>, &'a RawValue)>);

impl<'de: 'a, 'a> Deserialize<'de> for Members<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct MembersVisitor<'a>(std::marker::PhantomData<&'a ()>);
        impl<'de: 'a, 'a> Visitor<'de> for MembersVisitor<'a> {
            type Value = Members<'a>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Members<'a>, A::Error> {
                let mut members = Vec::new();
                while let Some(key) = map.next_key::<Cow<'a, str>>()? {
                    members.push((key, map.next_value::<&'a RawValue>()?));
                }
                Ok(Members(members))
            }
        }
        deserializer.deserialize_map(MembersVisitor(std::marker::PhantomData))
    }
}

/// The error line for a line longer than [`super::MAX_LINE_BYTES`].
pub(super) fn too_long(number: u64, reply: &mut Vec<u8>) -> Outcome {
    let message = format!("line longer than {} bytes: skipped", super::MAX_LINE_BYTES);
    failed(
        reply,
        None,
        number,
        &LineError::new(ErrorKind::TooLong, message),
    )
}

#[cfg(test)]
mod tests {
    use chrono::{DateTime, Utc};

    /// The hand-written instants are those of `text::utc` and `text::local`, across years,
    /// offsets east and west, half-hour and zero offsets.
    #[test]
    fn instants_are_written_as_the_text_module_writes_them() {
        let zones = [
            chrono_tz::UTC,
            chrono_tz::Europe::Paris,
            chrono_tz::America::St_Johns,
            chrono_tz::Asia::Kolkata,
            chrono_tz::Pacific::Chatham,
            chrono_tz::America::Los_Angeles,
        ];
        let mut t = DateTime::parse_from_rfc3339("1900-01-01T00:00:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        // Few slots, so that dates are both worked out and remembered.
        let mut dates = super::Dates {
            slots: vec![(i64::MIN, [0; 10]); 8].into_boxed_slice(),
        };
        while t.timestamp() < 253_402_300_799 - 90 * 86_400 * 365 {
            for zone in zones {
                let mut out = Vec::new();
                super::push_instant(&mut out, &mut dates, t.fixed_offset(), true);
                assert_eq!(
                    out,
                    format!("\"{}\"", crate::render::text::utc(t)).into_bytes()
                );
                out.clear();
                super::push_instant(
                    &mut out,
                    &mut dates,
                    t.with_timezone(&zone).fixed_offset(),
                    true,
                );
                assert_eq!(
                    out,
                    format!("\"{}\"", crate::render::text::local(t, zone)).into_bytes()
                );
            }
            t += chrono::TimeDelta::seconds(86_400 * 37 + 3_607);
        }
    }
}

#[cfg(test)]
mod floor_tests {
    /// The floor writes what batch mode writes, field for field, with the submitted instant
    /// as the due one: its cost is batch's without the answering.
    #[test]
    fn the_floor_writes_the_line_batch_mode_writes() {
        let input = "{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\"}\n\
                     {\"id\":2,\"target_minutes\":60,\"region\":\"emea\",\"submitted\":\"2026-11-27T16:30:00Z\"}\n";
        let mut out = Vec::new();
        assert_eq!(
            crate::batch::floor(input.as_bytes(), &mut out).ok(),
            Some(2)
        );
        let lines: Vec<serde_json::Value> = std::str::from_utf8(&out)
            .expect("UTF-8")
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON"))
            .collect();
        assert_eq!(lines.len(), 2);
        for (line, submitted) in lines
            .iter()
            .zip(["2026-11-27T15:30:00Z", "2026-11-27T16:30:00Z"])
        {
            for key in ["target_minutes", "coverage", "due", "due_local"] {
                assert!(line.get(key).is_some(), "{key} in {line}");
            }
            assert_eq!(line["due"], submitted);
        }
        assert_eq!(lines[1]["target_minutes"], 60);
    }
}
