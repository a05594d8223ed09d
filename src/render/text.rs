//! Text written the same way wherever it appears: RFC 3339 instants for scripts,
//! durations and plurals for people.

use chrono::{DateTime, FixedOffset, SecondsFormat, Utc};
use chrono_tz::Tz;

/// Where an instant is shown: an IANA zone, or a fixed offset (the one an instant was
/// written in, where no zone is known).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Zone(Tz),
    Offset(FixedOffset),
}

impl Shown {
    /// `t` with this zone's offset at that instant.
    pub fn fix(self, t: DateTime<Utc>) -> DateTime<FixedOffset> {
        match self {
            Shown::Zone(zone) => t.with_timezone(&zone).fixed_offset(),
            Shown::Offset(offset) => t.with_timezone(&offset),
        }
    }
}

/// `t` in the user's zone (`--tz`) when it reads differently there than `shown` (another
/// offset at that instant): `10:30 -05:00`, with the day when that differs too
/// (`Thu 26 Nov 23:30 -05:00`); `None` when it reads the same.
pub fn in_user_zone(t: DateTime<Utc>, shown: DateTime<FixedOffset>, user: Tz) -> Option<String> {
    let there = t.with_timezone(&user);
    let fixed = there.fixed_offset();
    if fixed.offset() == shown.offset() {
        return None;
    }
    let format = if fixed.date_naive() == shown.date_naive() {
        "%H:%M %:z"
    } else {
        "%a %-d %b %H:%M %:z"
    };
    Some(fixed.format(format).to_string())
}

/// `t` as people read it with `shown`'s offset, then in the user's zone where that reads
/// differently: `Mon 7 Dec 2026 08:00 +01:00 (= 02:00 -05:00 America/New_York)`.
pub fn readable_with_user(t: DateTime<Utc>, shown: DateTime<FixedOffset>, user: Tz) -> String {
    match in_user_zone(t, shown, user) {
        Some(there) => format!("{} (= {there} {})", readable_fixed(shown), user.name()),
        None => readable_fixed(shown),
    }
}

/// RFC 3339 in UTC with a `Z`, whole seconds: `2026-11-30T07:30:00Z`.
pub fn utc(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// RFC 3339 with `zone`'s offset at that instant: `2026-11-30T08:30:00+01:00` (`Z` for a
/// zero offset, as the JSON answers write it).
pub fn local(t: DateTime<Utc>, zone: Tz) -> String {
    rfc3339(t.with_timezone(&zone).fixed_offset())
}

/// RFC 3339 with the instant's own offset, whole seconds: `2026-11-30T08:30:00+01:00`;
/// `Z` for a zero offset, as chrono writes it in the JSON answers, so a batch line and a
/// single question write the same text.
pub fn rfc3339(t: DateTime<FixedOffset>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// An instant in `zone` as people read it: `Fri 27 Nov 2026 16:30 +01:00`.
pub fn readable(t: DateTime<Utc>, zone: Tz) -> String {
    t.with_timezone(&zone)
        .format("%a %-d %b %Y %H:%M %:z")
        .to_string()
}

/// An instant with its own offset as people read it.
pub fn readable_fixed(t: DateTime<chrono::FixedOffset>) -> String {
    t.format("%a %-d %b %Y %H:%M %:z").to_string()
}

/// A sentence's start written mid-sentence: "What initial response time means" → "what
/// initial response time means".
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `1 day`, `3 days`: a count and its unit, plural when it is not one.
pub fn plural(n: impl Into<i64>, unit: &str) -> String {
    count(n.into(), unit, &format!("{unit}s"))
}

/// A count with the singular or the plural given: `1 stretch`, `2 stretches`.
pub fn count(n: impl Into<i64>, one: &str, many: &str) -> String {
    match n.into() {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    }
}

/// A span of minutes as people read it: `2 h 30 min`, `3 days 4 h`, `0 min`.
pub fn duration(minutes: i64) -> String {
    let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
    let mut parts = Vec::new();
    if days > 0 {
        parts.push(plural(days, "day"));
    }
    if hours > 0 {
        parts.push(format!("{hours} h"));
    }
    if mins > 0 || parts.is_empty() {
        parts.push(format!("{mins} min"));
    }
    parts.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_once() {
        let t = DateTime::parse_from_rfc3339("2026-11-30T07:30:00Z")
            .map(|t| t.with_timezone(&Utc))
            .unwrap_or_default();
        assert_eq!(utc(t), "2026-11-30T07:30:00Z");
        assert_eq!(
            local(t, chrono_tz::Europe::Paris),
            "2026-11-30T08:30:00+01:00"
        );
        assert_eq!(plural(1, "day"), "1 day");
        assert_eq!(plural(3u32, "hour"), "3 hours");
        assert_eq!(duration(150), "2 h 30 min");
        assert_eq!(duration(3 * 1440 + 240), "3 days 4 h");
        assert_eq!(duration(0), "0 min");
    }
}
