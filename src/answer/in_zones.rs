//! An instant as an answer shows it: in UTC, with the offset of the desk's or calendar's
//! zone, and where the answer says so with the offset of the zone times are shown in
//! (`--tz`, else the system's).
//!
//! JSON writes it as keys named after its field, side by side: `next_change`,
//! `next_change_local`, `next_change_tz` (RFC 3339), all `null` where there is no instant.
//! A field holding one is `#[serde(flatten, serialize_with = "in_zones::next_change")]`:
//! the function names the keys.

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::ser::{SerializeMap, Serializer};

use crate::render::text::Shown;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InZones {
    pub utc: DateTime<Utc>,
    /// With the offset of the desk's or calendar's zone (or the one a time was written in).
    pub local: DateTime<FixedOffset>,
    /// With the offset of the zone times are shown in; `None` where the answer shows the
    /// instant in two zones only.
    pub tz: Option<DateTime<FixedOffset>>,
}

impl InZones {
    /// `t` in `local`, and in `shown` where the answer shows the user's zone too.
    pub fn of(t: DateTime<Utc>, local: Shown, shown: Option<Tz>) -> InZones {
        InZones {
            utc: t,
            local: local.fix(t),
            tz: shown.map(|zone| t.with_timezone(&zone).fixed_offset()),
        }
    }
}

/// An instant in zones, or none (every key `null`).
pub trait MaybeInZones {
    fn in_zones(&self) -> Option<&InZones>;
}

impl MaybeInZones for InZones {
    fn in_zones(&self) -> Option<&InZones> {
        Some(self)
    }
}

impl MaybeInZones for Option<InZones> {
    fn in_zones(&self) -> Option<&InZones> {
        self.as_ref()
    }
}

/// Writes `at`'s keys: UTC, local, and the shown zone's where `tz` names a key.
fn write<S: Serializer>(
    at: Option<&InZones>,
    serializer: S,
    utc: &str,
    local: &str,
    tz: Option<&str>,
) -> Result<S::Ok, S::Error> {
    let mut map = serializer.serialize_map(Some(2 + usize::from(tz.is_some())))?;
    map.serialize_entry(utc, &at.map(|a| a.utc))?;
    map.serialize_entry(local, &at.map(|a| a.local))?;
    if let Some(key) = tz {
        map.serialize_entry(key, &at.and_then(|a| a.tz))?;
    }
    map.end()
}

/// One serializer per field name, writing the keys it lists in that order.
macro_rules! keys {
    ($($(#[$doc:meta])* $name:ident: $utc:literal, $local:literal $(, $tz:literal)?;)*) => {$(
        $(#[$doc])*
        pub fn $name<S: Serializer>(
            at: &impl MaybeInZones,
            serializer: S,
        ) -> Result<S::Ok, S::Error> {
            let tz: Option<&str> = None;
            $(let tz = tz.or(Some($tz));)?
            write(at.in_zones(), serializer, $utc, $local, tz)
        }
    )*};
}

keys! {
    /// `at`, `at_local`.
    at: "at", "at_local";
    /// `now`, `now_local`.
    now: "now", "now_local";
    /// `next_change`, `next_change_local`, `next_change_tz`.
    next_change: "next_change", "next_change_local", "next_change_tz";
    /// `next_change`, `next_change_local`: where the user's zone is the local one.
    next_change_here: "next_change", "next_change_local";
    /// `opens`, `opens_local`, `opens_tz`.
    opens: "opens", "opens_local", "opens_tz";
}

/// When a response is due: the instant in zones, and where only a date is known (a desk
/// with days but no clock times, decided reading 20) that date. JSON writes `due`,
/// `due_date`, `due_local`, `due_tz` in that order, `null` where there is none, as
/// `sla --at` always has (flattened into the answer).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Due {
    pub at: Option<InZones>,
    pub date: Option<chrono::NaiveDate>,
}

impl Due {
    /// The due instant (UTC), where one is counted.
    pub fn utc(&self) -> Option<DateTime<Utc>> {
        self.at.map(|a| a.utc)
    }
}

impl serde::Serialize for Due {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(4))?;
        map.serialize_entry("due", &self.utc())?;
        map.serialize_entry("due_date", &self.date)?;
        map.serialize_entry("due_local", &self.at.map(|a| a.local))?;
        map.serialize_entry("due_tz", &self.at.and_then(|a| a.tz))?;
        map.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;

    #[derive(Serialize)]
    struct Answer {
        before: u8,
        #[serde(flatten, serialize_with = "next_change")]
        next_change: Option<InZones>,
        #[serde(flatten, serialize_with = "at")]
        at: InZones,
        after: u8,
    }

    #[test]
    fn keys_are_written_in_place_and_null_without_an_instant() {
        let t: DateTime<Utc> = "2026-11-25T17:00:00Z".parse().unwrap();
        let answer = Answer {
            before: 1,
            next_change: None,
            at: InZones::of(t, Shown::Zone(chrono_tz::Europe::Paris), None),
            after: 2,
        };
        assert_eq!(
            serde_json::to_string(&answer).unwrap(),
            r#"{"before":1,"next_change":null,"next_change_local":null,"next_change_tz":null,"at":"2026-11-25T17:00:00Z","at_local":"2026-11-25T18:00:00+01:00","after":2}"#
        );
        let answer = Answer {
            next_change: Some(InZones::of(
                t,
                Shown::Zone(chrono_tz::Europe::Paris),
                Some(chrono_tz::Asia::Tokyo),
            )),
            ..answer
        };
        assert!(serde_json::to_string(&answer).unwrap().contains(
            r#""next_change":"2026-11-25T17:00:00Z","next_change_local":"2026-11-25T18:00:00+01:00","next_change_tz":"2026-11-26T02:00:00+09:00","at""#
        ));
    }
}
