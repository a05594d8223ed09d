//! JSON Lines: one ticket object a line in, the same object with the answer's fields out
//! (`target_minutes`, `target_business_days` for targets in business days, `coverage`,
//! `due`, `due_local`), or an error line `{"id", "line", "error", "kind", "suggestion"}`.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, Deserializer, IgnoredAny, MapAccess, Visitor};
use serde::Deserialize;
use serde_json::value::RawValue;

use super::answerer::{Answer, Answerer, Fields, LineError};
use super::Outcome;
use crate::text::{rfc3339, utc};

/// The answer's fields, which replace any the input already has.
const ANSWER_KEYS: [&str; 5] = [
    "target_minutes",
    "target_business_days",
    "coverage",
    "due",
    "due_local",
];

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
    line: &[u8],
    number: u64,
    reply: &mut Vec<u8>,
) -> Outcome {
    let Ok(text) = std::str::from_utf8(line) else {
        let error = LineError::new("not-utf8", "the line is not valid UTF-8");
        return failed(reply, None, number, &error);
    };
    let body = text.trim();
    if body.is_empty() {
        return Outcome::Blank;
    }
    if !body.starts_with('{') {
        return failed(reply, None, number, &not_an_object(body));
    }
    let ticket: Ticket = match serde_json::from_str(text) {
        Ok(ticket) => ticket,
        // Valid JSON with a field of the wrong type, or not JSON at all.
        Err(e) if e.classify() == serde_json::error::Category::Data => {
            let error = LineError::new("bad-field", format!("a field has the wrong type: {e}"));
            return failed(reply, id_of(text), number, &error);
        }
        Err(e) => {
            let error = LineError::new("not-json", format!("not a valid JSON ticket: {e}"));
            return failed(reply, id_of(text), number, &error);
        }
    };
    let id = ticket.id.map(RawValue::get);
    let target_minutes = match ticket.target_minutes {
        Minutes::Absent | Minutes::Null => None,
        Minutes::Whole(n) => Some(n),
        Minutes::Other => {
            let error = LineError::new(
                "bad-target",
                "`target_minutes` must be a whole number of minutes",
            );
            return failed(reply, id, number, &error);
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
    };
    match answerer.answer(&fields) {
        Ok(answer) => {
            let replaced = ticket.target_business_days
                || ticket.coverage
                || ticket.due
                || ticket.due_local
                || ticket.target_minutes == Minutes::Null;
            let kept_minutes = matches!(ticket.target_minutes, Minutes::Whole(_));
            if replaced {
                write_merged(reply, text, &answer);
            } else {
                write_appended(reply, body, kept_minutes, &answer);
            }
            Outcome::Answered(answer.past_known_until)
        }
        Err(error) => failed(reply, id, number, &error),
    }
}

fn text_of<'t>(field: &'t Option<Text>) -> Option<&'t str> {
    field.as_ref().map(|t| &*t.0)
}

/// The error for a line that is JSON (or not) but not an object.
fn not_an_object(body: &str) -> LineError {
    let found = match serde_json::from_str::<&RawValue>(body).map(|v| v.get().as_bytes()[0]) {
        Ok(b'[') => "an array",
        Ok(b'"') => "a string",
        Ok(b't' | b'f') => "true or false",
        Ok(b'n') => "null",
        Ok(_) => "a number",
        Err(_) => {
            return LineError::new(
                "not-json",
                "not a valid JSON ticket: expected a JSON object, `{ … }`",
            )
        }
    };
    LineError::new(
        "not-an-object",
        format!("expected a JSON object (one ticket), found {found}"),
    )
}

/// The `id` of a line that is not a valid ticket, if the line is a JSON object with one:
/// borrowed as written, so a number of any size is echoed byte for byte.
fn id_of(text: &str) -> Option<&str> {
    #[derive(Deserialize)]
    struct IdOnly<'a> {
        #[serde(borrow, default)]
        id: Option<&'a RawValue>,
    }
    serde_json::from_str::<IdOnly>(text)
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
    let _ = serde_json::to_writer(&mut *reply, &*crate::echo::escape(&error.message));
    reply.extend_from_slice(format!(",\"kind\":\"{}\"", error.kind).as_bytes());
    if let Some(suggestion) = &error.suggestion {
        reply.extend_from_slice(b",\"suggestion\":");
        let _ = serde_json::to_writer(&mut *reply, suggestion);
    }
    reply.extend_from_slice(b"}\n");
    Outcome::Failed
}

/// The fast path: the input object as written, the answer's fields appended before its
/// closing brace (`body` is the trimmed line, an object holding none of them).
fn write_appended(reply: &mut Vec<u8>, body: &str, kept_minutes: bool, answer: &Answer) {
    let open = body.strip_suffix('}').unwrap_or(body).trim_end();
    reply.extend_from_slice(open.as_bytes());
    let mut sep = if open.trim_start() == "{" { "" } else { "," };
    if !kept_minutes {
        push_field(reply, &mut sep, "target_minutes", &answer.target_minutes);
    }
    write_answer_fields(reply, &mut sep, answer);
    reply.extend_from_slice(b"}\n");
}

/// The slow path, for a line that already carries answer fields: every other member as
/// written (values byte for byte), then the answer's fields, each key once.
fn write_merged(reply: &mut Vec<u8>, text: &str, answer: &Answer) {
    let members: Members = match serde_json::from_str(text) {
        Ok(members) => members,
        // The line parsed as a ticket a moment ago, so it is an object.
        Err(_) => Members(Vec::new()),
    };
    reply.push(b'{');
    let mut sep = "";
    for (key, value) in members
        .0
        .iter()
        .filter(|(k, _)| !ANSWER_KEYS.contains(&&**k))
    {
        reply.extend_from_slice(sep.as_bytes());
        let _ = serde_json::to_writer(&mut *reply, key);
        reply.push(b':');
        reply.extend_from_slice(value.get().as_bytes());
        sep = ",";
    }
    push_field(reply, &mut sep, "target_minutes", &answer.target_minutes);
    write_answer_fields(reply, &mut sep, answer);
    reply.extend_from_slice(b"}\n");
}

/// `target_business_days` (where the target is in business days), `coverage`, `due`,
/// `due_local`.
fn write_answer_fields(reply: &mut Vec<u8>, sep: &mut &str, answer: &Answer) {
    if let Some(days) = answer.target_business_days {
        push_field(reply, sep, "target_business_days", &days);
    }
    push_field(reply, sep, "coverage", &answer.coverage);
    reply.extend_from_slice(sep.as_bytes());
    reply.extend_from_slice(b"\"due\":");
    match (answer.due, answer.due_local) {
        (Some(due), Some(local)) => {
            push_text(reply, &utc(due));
            reply.extend_from_slice(b",\"due_local\":");
            push_text(reply, &rfc3339(local));
        }
        _ => reply.extend_from_slice(b"null,\"due_local\":null"),
    }
}

/// An RFC 3339 text (chrono's) as a JSON string: it holds nothing to escape.
fn push_text(reply: &mut Vec<u8>, text: &str) {
    reply.push(b'"');
    reply.extend_from_slice(text.as_bytes());
    reply.push(b'"');
}

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
    failed(reply, None, number, &LineError::new("too-long", message))
}
