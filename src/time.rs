//! Reading the instants, dates and zones users type, and finding the system's zone.

use chrono::{
    DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, SubsecRound, Timelike, Utc,
};
use chrono_tz::Tz;

use crate::ids;

/// The years the tool accepts: wide enough for any ticket, narrow enough that every
/// answer (a due instant days later, a next opening) is still an RFC 3339 instant.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9000;

/// A value given for an instant or a date that is none, naming the flag (or column) it
/// was given with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invalid {
    /// Text that does not read: "invalid {flag} `{text}`: {problem}" (`text` escaped).
    Text {
        flag: String,
        text: String,
        problem: String,
    },
    /// A local time with no zone to read it in.
    NoZone { flag: String, local: NaiveDateTime },
    /// A local time the zone skips or repeats (`problem` names both candidates).
    InZone { flag: String, problem: String },
}

impl Invalid {
    fn text(flag: &str, text: &str, problem: String) -> Invalid {
        Invalid::Text {
            flag: flag.to_string(),
            text: crate::render::echo::escape(text).into_owned(),
            problem,
        }
    }
}

impl std::fmt::Display for Invalid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Invalid::Text {
                flag,
                text,
                problem,
            } => write!(f, "invalid {flag} `{text}`: {problem}"),
            Invalid::NoZone { flag, local } => write!(
                f,
                "invalid {flag} `{}`: it has no offset and no zone is given: add --tz ZONE (such as --tz Europe/Madrid), or write the offset ({})",
                shown_local(*local),
                local.format("%Y-%m-%dT%H:%M:%S+01:00")
            ),
            Invalid::InZone { flag, problem } => write!(f, "invalid {flag}: {problem}"),
        }
    }
}

impl std::error::Error for Invalid {}

/// `--at`: an instant as it was written (its offset kept: a 24/7 due instant with no
/// zone known is shown in it, issue 12), a local time to read in `--tz`, or `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// `now` (any letter case): `--now`, else the system clock.
    Now,
    /// An instant, with the offset it was written in.
    Instant(DateTime<FixedOffset>),
    /// A date and time without an offset (`2026-12-05 14:30`): read in `--tz`, never in a
    /// zone guessed.
    Local(NaiveDateTime),
}

impl At {
    /// The instant meant, with its written offset; `now` takes the offset `zone` has then;
    /// a local time is read in `given` (`--tz`). Errors: a local time with no zone given,
    /// or one a daylight-saving change skips or repeats there.
    pub fn resolve(
        self,
        now: DateTime<Utc>,
        zone: Tz,
        given: Option<Tz>,
    ) -> Result<DateTime<FixedOffset>, Invalid> {
        self.resolve_as("--at", now, zone, given)
    }

    /// [`At::resolve`] for a flag of another name (`--responded`), which its errors name.
    pub fn resolve_as(
        self,
        flag: &str,
        now: DateTime<Utc>,
        zone: Tz,
        given: Option<Tz>,
    ) -> Result<DateTime<FixedOffset>, Invalid> {
        match self {
            At::Now => Ok(now.with_timezone(&zone).fixed_offset()),
            At::Instant(t) => Ok(t),
            At::Local(local) => {
                let Some(given) = given else {
                    return Err(Invalid::NoZone {
                        flag: flag.to_string(),
                        local,
                    });
                };
                in_zone(local, given).map_err(|problem| Invalid::InZone {
                    flag: flag.to_string(),
                    problem,
                })
            }
        }
    }
}

/// A time as written: an instant with its offset, or a local time waiting for a zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// With an offset (or `Z`, `UTC`): the instant, in the offset written.
    Instant(DateTime<FixedOffset>),
    /// Without one: a wall-clock time, an instant only in a zone ([`in_zone`]).
    Local(NaiveDateTime),
}

/// `--at` as a clap value parser: `now`, an instant, or a local date and time (read in
/// `--tz` once the command line is read).
pub fn at_arg(text: &str) -> Result<At, String> {
    if text.trim().eq_ignore_ascii_case("now") {
        return Ok(At::Now);
    }
    match parse_time(text) {
        Ok(Written::Instant(t)) => Ok(At::Instant(t)),
        Ok(Written::Local(t)) => Ok(At::Local(t)),
        Err(problem) => Err(problem.replacen("expected an", "expected `now` or an", 1)),
    }
}

/// A local time as the error lines show it.
fn shown_local(local: NaiveDateTime) -> String {
    local.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// A local time in `zone`, or why it cannot be one instant there: a time a daylight-saving
/// change skips (no instant) or repeats (two), named with the two candidate instants.
pub fn in_zone(local: NaiveDateTime, zone: Tz) -> Result<DateTime<FixedOffset>, String> {
    use chrono::{LocalResult, Offset, TimeZone};
    let candidates = match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => return Ok(t.fixed_offset()),
        LocalResult::Ambiguous(a, b) => {
            let (a, b) = (a.fixed_offset(), b.fixed_offset());
            return Err(format!(
                "`{}` happens twice in {} (the clocks go back): it is {} or {}; write the offset",
                shown_local(local),
                zone.name(),
                a.to_rfc3339(),
                b.to_rfc3339()
            ));
        }
        LocalResult::None => {
            // The offsets either side of the change (changes are months apart).
            let day = chrono::TimeDelta::hours(24);
            let before = zone.offset_from_utc_datetime(&(local - day)).fix();
            let after = zone.offset_from_utc_datetime(&(local + day)).fix();
            [before, after].map(|offset| {
                (local - chrono::TimeDelta::seconds(i64::from(offset.local_minus_utc())))
                    .and_utc()
                    .with_timezone(&offset)
            })
        }
    };
    Err(format!(
        "`{}` does not exist in {} (the clocks skip it): it would be {} or {}; write the offset",
        shown_local(local),
        zone.name(),
        candidates[0].to_rfc3339(),
        candidates[1].to_rfc3339()
    ))
}

/// A time read with an explicit `--time-format` (chrono's strftime, such as
/// `%d/%m/%Y %H:%M`): with an offset when the format has one, else a local time.
pub fn parse_formatted(text: &str, format: &str) -> Result<Written, String> {
    let text = text.trim();
    let t = match DateTime::parse_from_str(text, format) {
        Ok(t) => Written::Instant(t),
        Err(_) => match NaiveDateTime::parse_from_str(text, format) {
            Ok(t) => Written::Local(t),
            Err(e) => {
                return Err(format!(
                    "does not match --time-format `{}` ({e})",
                    crate::render::echo::escape(format)
                ))
            }
        },
    };
    let (year, leap) = match t {
        Written::Instant(t) => (t.year(), t.nanosecond() >= 1_000_000_000),
        Written::Local(t) => (t.year(), t.nanosecond() >= 1_000_000_000),
    };
    if leap {
        return Err(LEAP.to_string());
    }
    year_in_range(year)?;
    Ok(match t {
        Written::Instant(t) => Written::Instant(t.trunc_subsecs(0)),
        Written::Local(t) => Written::Local(t.trunc_subsecs(0)),
    })
}

/// Checks a `--time-format`: chrono's strftime specifiers, with a date and a time.
pub fn time_format_arg(text: &str) -> Result<String, String> {
    use chrono::format::{Item, StrftimeItems};
    if StrftimeItems::new(text).any(|item| matches!(item, Item::Error)) {
        return Err(
            "not a strftime format: use chrono's specifiers, such as '%d/%m/%Y %H:%M' (day first) or '%m/%d/%Y %I:%M %p' (month first)"
                .to_string(),
        );
    }
    Ok(text.to_string())
}

/// A `YYYY-MM-DD` date as a clap value parser.
pub fn date_arg(text: &str) -> Result<NaiveDate, String> {
    parse_date(text)
}

/// An IANA zone name as a clap value parser, with a suggestion on a typo.
pub fn zone_arg(text: &str) -> Result<Tz, String> {
    // IANA names in any letter case (`europe/paris`), as ids are read; Windows, Rails
    // (helpdesk) and city names through the holiday reader's mapping.
    crate::holidays::typed_zone(text).ok_or_else(|| zone_problem(text))
}

/// Parses an RFC 3339 instant given with `flag`, e.g. `2026-11-27T16:30:00+01:00`.
pub fn instant(flag: &str, text: &str) -> Result<DateTime<Utc>, Invalid> {
    written(flag, text).map(|t| t.with_timezone(&Utc))
}

/// Parses an RFC 3339 instant given with `flag`, keeping the offset it was written in.
pub fn written(flag: &str, text: &str) -> Result<DateTime<FixedOffset>, Invalid> {
    parse_written(text).map_err(|problem| Invalid::text(flag, text, problem))
}

const LEAP: &str =
    "a leap second (second 60) cannot be counted: give second 59 or the next minute's second 00";

/// An instant with the offset it was written in, or what is wrong with the text: the one
/// reading of every instant typed where no zone can stand for an offset (`--now`,
/// `SUPPORT_ADVISOR_NOW`). The forms are [`parse_time`]'s; a local time is refused.
pub fn parse_written(text: &str) -> Result<DateTime<FixedOffset>, String> {
    match parse_time(text) {
        Ok(Written::Instant(t)) => Ok(t),
        Err(problem) => Err(problem),
        Ok(Written::Local(_)) => Err(format!("{EXPECTED_INSTANT} (it has no offset)")),
    }
    .map_err(|problem| {
        problem.replace(", or a local time such as 2026-11-27 16:30 with a zone", "")
    })
}

const EXPECTED_INSTANT: &str = "expected an RFC 3339 instant with an offset, such as 2026-11-27T16:30:00+01:00 or 2026-11-27T15:30:00Z";

/// A date and time as people and exports write them: RFC 3339 and its relatives —
/// `T`, `t` or a space between date and time, seconds optional, a fraction of a second
/// (dropped: the clock counts whole seconds), and an offset of `Z`, `UTC`, `±HH:MM`,
/// `±HHMM` or `±HH`, optionally after a space — or without an offset, a local time to
/// read in a zone. Day-first or month-first dates are never guessed (`--time-format`).
pub fn parse_time(text: &str) -> Result<Written, String> {
    // A batch reads one for every ticket; most are in the plain form.
    if let Some(t) = parse_plain(text) {
        return Ok(Written::Instant(t));
    }
    let t = text.trim();
    let expected = || {
        let hint = if t.contains('/') {
            " (a date with slashes is day-first or month-first, never guessed: write YYYY-MM-DD, or in a batch give --time-format, such as '%d/%m/%Y %H:%M')"
        } else {
            ""
        };
        format!("{EXPECTED_INSTANT}, or a local time such as 2026-11-27 16:30 with a zone{hint}")
    };
    let (Some(date), Some(rest)) = (t.get(..10), t.get(10..)) else {
        return Err(expected());
    };
    let date = parse_date(date).map_err(|problem| {
        if problem.contains("no such day") || problem.contains("out of range") {
            problem
        } else {
            expected()
        }
    })?;
    let Some(rest) = rest
        .strip_prefix(['T', 't', ' '])
        .filter(|r| r.starts_with(|c: char| c.is_ascii_digit()))
    else {
        return Err(expected());
    };
    let time_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.' || c == ','))
        .unwrap_or(rest.len());
    let (clock, zone) = rest.split_at(time_len);
    let time = parse_clock(clock).ok_or_else(expected)?;
    if time.nanosecond() >= 1_000_000_000 {
        return Err(LEAP.to_string());
    }
    let local = date.and_time(time).trunc_subsecs(0);
    year_in_range(local.year())?;
    let zone = zone.strip_prefix(' ').unwrap_or(zone);
    if zone.is_empty() {
        return Ok(Written::Local(local));
    }
    let offset = parse_offset(zone).ok_or_else(expected)?;
    let instant = local
        .and_local_timezone(offset)
        .single()
        .ok_or_else(expected)?;
    Ok(Written::Instant(instant))
}

/// `HH:MM`, `HH:MM:SS`, or `HH:MM:SS` with a fraction after `.` or `,` (up to 9 digits).
fn parse_clock(text: &str) -> Option<chrono::NaiveTime> {
    let b = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| {
        b.get(range)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    let well_formed = match b.len() {
        5 => digits(0..2) && b[2] == b':' && digits(3..5),
        8 => digits(0..2) && b[2] == b':' && digits(3..5) && b[5] == b':' && digits(6..8),
        10..=18 => {
            digits(0..2)
                && b[2] == b':'
                && digits(3..5)
                && b[5] == b':'
                && digits(6..8)
                && matches!(b[8], b'.' | b',')
                && digits(9..b.len())
        }
        _ => false,
    };
    if !well_formed {
        return None;
    }
    let text = text.replace(',', ".");
    let format = if b.len() == 5 { "%H:%M" } else { "%H:%M:%S%.f" };
    chrono::NaiveTime::parse_from_str(&text, format).ok()
}

/// `Z`, `UTC` (or `GMT`), `±HH:MM`, `±HHMM` or `±HH`, hours to 23 and minutes to 59.
fn parse_offset(text: &str) -> Option<FixedOffset> {
    if ["Z", "z", "UTC", "GMT"].contains(&text) {
        return FixedOffset::east_opt(0);
    }
    let (sign, digits) = match text.as_bytes().first()? {
        b'+' => (1, &text[1..]),
        b'-' => (-1, &text[1..]),
        _ => return None,
    };
    let digits = match digits.len() {
        2 | 4 => digits.to_string(),
        5 if digits.as_bytes()[2] == b':' => digits.replacen(':', "", 1),
        _ => return None,
    };
    if !digits.bytes().all(|d| d.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits.get(..2)?.parse().ok()?;
    let minutes: i32 = digits
        .get(2..)
        .filter(|m| !m.is_empty())
        .map_or(Some(0), |m| m.parse().ok())?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60))
}

/// An instant in the plain form `YYYY-MM-DDTHH:MM:SS` then `Z` or `±HH:MM`, in range and
/// without a leap second, read without chrono's general parser (the same instant: a test
/// holds them equal); `None` for anything else, which [`parse_written`] reads or refuses
/// as chrono does.
fn parse_plain(text: &str) -> Option<DateTime<FixedOffset>> {
    let b = text.as_bytes();
    // Two digits at `at`.
    let two = |at: usize| -> Option<u32> {
        let (tens, ones) = (
            b.get(at)?.wrapping_sub(b'0'),
            b.get(at + 1)?.wrapping_sub(b'0'),
        );
        (tens < 10 && ones < 10).then_some(u32::from(tens) * 10 + u32::from(ones))
    };
    let east = match (b.len(), b.get(19)) {
        (20, Some(b'Z')) => 0,
        (25, Some(&sign @ (b'+' | b'-'))) if b[22] == b':' => {
            let (hours, minutes) = (two(20)?, two(23)?);
            if hours > 23 || minutes > 59 {
                return None;
            }
            let seconds = (hours * 3600 + minutes * 60) as i32;
            if sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    if b[4] != b'-' || b[7] != b'-' || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let year = (two(0)? * 100 + two(2)?) as i32;
    if !YEARS.contains(&year) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year, two(5)?, two(8)?)?;
    // Second 60 (a leap second) is not a time here: left to the general path, which refuses it.
    let time = chrono::NaiveTime::from_hms_opt(two(11)?, two(14)?, two(17)?)?;
    date.and_time(time)
        .and_local_timezone(FixedOffset::east_opt(east)?)
        .single()
}

fn year_in_range(year: i32) -> Result<(), String> {
    if YEARS.contains(&year) {
        Ok(())
    } else {
        Err(format!(
            "out of range: years {} to {} are supported",
            YEARS.start(),
            YEARS.end()
        ))
    }
}

/// Parses a calendar date given with `flag`, `YYYY-MM-DD`.
pub fn date(flag: &str, text: &str) -> Result<NaiveDate, Invalid> {
    parse_date(text).map_err(|problem| Invalid::text(flag, text.trim(), problem))
}

/// A `YYYY-MM-DD` date, or what is wrong with the text.
fn parse_date(text: &str) -> Result<NaiveDate, String> {
    let text = text.trim();
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    if !well_formed {
        return Err("expected a date as YYYY-MM-DD, such as 2026-11-25".to_string());
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d")
        .map_err(|_| "there is no such day in the calendar".to_string())?;
    year_in_range(day.year())?;
    Ok(day)
}

/// Parses an IANA zone name given with `flag`, suggesting the closest on a typo.
pub fn zone(flag: &str, text: &str) -> Result<Tz, BadZone> {
    zone_arg(text).map_err(|problem| {
        BadZone(format!(
            "invalid {flag} `{}`: {problem}",
            crate::render::echo::escape(text)
        ))
    })
}

/// A zone name that names no zone: "invalid --tz `Europe/Amsterdm`: unknown time zone
/// (did you mean `Europe/Amsterdam`?): …".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BadZone(String);

impl std::fmt::Display for BadZone {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadZone {}

impl From<BadZone> for crate::answer::Error {
    fn from(bad: BadZone) -> crate::answer::Error {
        crate::answer::Error::BadZone(bad.0)
    }
}

/// What is wrong with a zone name: not an IANA zone, with the closest one if any.
fn zone_problem(text: &str) -> String {
    let names = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name());
    let hint = ids::Suggestion::aside(ids::suggest(text, names));
    format!(
        "unknown time zone{hint}: expected an IANA zone such as Europe/Amsterdam, a city \
         (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk's (Pacific Time (US & \
         Canada))"
    )
}

/// The system's zone: `TZ` if it names an IANA zone, else the zone the system is set to,
/// else UTC.
pub fn system_zone() -> Tz {
    std::env::var("TZ")
        .ok()
        .and_then(|tz| tz.trim_start_matches(':').parse().ok())
        .or_else(|| iana_time_zone::get_timezone().ok()?.parse().ok())
        .unwrap_or(Tz::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instants_need_an_offset() {
        assert_eq!(
            instant("--at", "2026-11-27T16:30:00+01:00")
                .unwrap()
                .to_rfc3339(),
            "2026-11-27T15:30:00+00:00"
        );
        let err = instant("--at", "2026-11-27T16:30:00")
            .unwrap_err()
            .to_string();
        assert!(
            err.starts_with("invalid --at `2026-11-27T16:30:00`"),
            "{err}"
        );
    }

    #[test]
    fn the_plain_form_is_read_as_chrono_reads_it() {
        let texts = [
            "2026-11-27T16:30:00+01:00",
            "2026-11-27T15:30:00Z",
            "1900-01-01T00:00:00Z",
            "9000-12-31T23:59:59-23:59",
            "2024-02-29T12:00:00+05:45",
            "2026-03-29T02:30:00-00:00",
            "2027-06-30T23:59:59+23:59",
        ];
        for text in texts {
            let plain = parse_plain(text);
            assert!(plain.is_some(), "{text}");
            let general = DateTime::parse_from_rfc3339(text).ok();
            assert_eq!(plain, general, "{text}");
            assert_eq!(
                plain.map(|t| t.offset().local_minus_utc()),
                general.map(|t| t.offset().local_minus_utc())
            );
        }
        // Everything else goes the general way.
        for text in [
            "2026-11-27T16:30:00+24:00",
            "2026-11-27T16:30:00+01:60",
            "2026-11-27t16:30:00Z",
            "2026-11-27 16:30:00Z",
            "2026-11-27T16:30:00z",
            "2026-11-27T16:30:00.5Z",
            "2026-06-30T23:59:60Z",
            "2026-02-30T00:00:00Z",
            "2026-13-01T00:00:00Z",
            "2026-11-27T24:00:00Z",
            "1899-12-31T23:59:59Z",
            "9001-01-01T00:00:00Z",
            " 2026-11-27T15:30:00Z",
            "2026-11-27T15:30:00Z ",
            "2026-11-27T15:30:00+0100",
            "2026-11-27T15:30:00+01:0x",
            "+026-11-27T15:30:00Z",
            "2026-11-27T15:3Z:00Z",
        ] {
            assert_eq!(parse_plain(text), None, "{text}");
        }
    }

    #[test]
    fn the_forms_exports_write() {
        let instant = |t: &str| match parse_time(t) {
            Ok(Written::Instant(t)) => t.to_rfc3339(),
            other => panic!("{t}: {other:?}"),
        };
        for text in [
            "2024-03-12T09:41:23.000+0100",
            "2024-03-12 09:41:23+01:00",
            "2024-03-12 09:41:23 +0100",
            "2024-03-12t09:41:23,5+01",
            "2024-03-12T09:41:23.123456789+01:00",
        ] {
            assert_eq!(instant(text), "2024-03-12T09:41:23+01:00", "{text}");
        }
        for text in [
            "2024-03-12 08:41:23Z",
            "2024-03-12 08:41:23 UTC",
            "2024-03-12T08:41:23z",
        ] {
            assert_eq!(instant(text), "2024-03-12T08:41:23+00:00", "{text}");
        }
        assert_eq!(
            parse_time("2020-02-19 01:54"),
            Ok(Written::Local(
                NaiveDate::from_ymd_opt(2020, 2, 19)
                    .and_then(|d| d.and_hms_opt(1, 54, 0))
                    .unwrap_or_default()
            ))
        );
        for text in [
            "08/01/2025 15:00",
            "2024-03-12 9:41",
            "2024-03-12T09:41:23+1",
            "2024-03-12T09:41:23+01:0",
            "2024-03-12T09:41:23 EST",
            "2024-03-12T09:41:23.+01:00",
            "2024-03-12T09:41:23.1234567890Z",
            "2024-03-12",
            "2024-03-12T",
        ] {
            assert!(parse_time(text).is_err(), "{text}");
        }
        assert!(parse_time("08/01/2025 15:00")
            .unwrap_err()
            .contains("--time-format"));
    }

    #[test]
    fn local_times_a_change_skips_or_repeats_are_refused() {
        let local = |t: &str| match parse_time(t) {
            Ok(Written::Local(t)) => t,
            other => panic!("{t}: {other:?}"),
        };
        let madrid = chrono_tz::Europe::Madrid;
        assert_eq!(
            in_zone(local("2026-12-05 14:30"), madrid).map(|t| t.to_rfc3339()),
            Ok("2026-12-05T14:30:00+01:00".to_string())
        );
        let gap = in_zone(local("2026-03-29 02:30"), madrid).unwrap_err();
        assert!(
            gap.contains("2026-03-29T02:30:00+01:00 or 2026-03-29T02:30:00+02:00"),
            "{gap}"
        );
        let fold = in_zone(local("2026-10-25 02:30"), madrid).unwrap_err();
        assert!(
            fold.contains("2026-10-25T02:30:00+02:00 or 2026-10-25T02:30:00+01:00"),
            "{fold}"
        );
    }

    #[test]
    fn formats_are_explicit() {
        assert_eq!(
            parse_formatted("08/01/2025 15:00", "%d/%m/%Y %H:%M").map(|w| match w {
                Written::Local(t) => t.to_string(),
                Written::Instant(t) => t.to_string(),
            }),
            Ok("2025-01-08 15:00:00".to_string())
        );
        assert!(parse_formatted("2025-01-08 15:00", "%d/%m/%Y %H:%M").is_err());
        assert!(time_format_arg("%d/%m/%Y %H:%M").is_ok());
        assert!(time_format_arg("%Q").is_err());
    }

    #[test]
    fn leap_seconds_are_refused() {
        for text in [
            "2026-06-30T23:59:60Z",
            "2026-07-01T01:59:60+02:00",
            "2016-12-31T23:59:60.5Z",
        ] {
            let err = instant("--at", text).unwrap_err().to_string();
            assert!(err.contains("leap second"), "{text}: {err}");
        }
        assert!(instant("--at", "2026-06-30T23:59:59Z").is_ok());
    }

    #[test]
    fn dates_must_exist() {
        assert!(date("--closed", "2026-02-28").is_ok());
        let err = date("--closed", "2026-02-30").unwrap_err().to_string();
        assert_eq!(
            err,
            "invalid --closed `2026-02-30`: there is no such day in the calendar"
        );
        assert!(date("--closed", "2026-2-3").is_err());
        assert!(date("--closed", "yesterday").is_err());
        let err = date("--closed", "0999-01-01").unwrap_err().to_string();
        assert!(err.contains("years 1900 to 9000"), "{err}");
        assert!(instant("--at", "9999-12-31T23:59:59Z").is_err());
    }

    #[test]
    fn zones_get_a_suggestion() {
        assert_eq!(
            zone("--tz", "Europe/Amsterdam").unwrap(),
            chrono_tz::Europe::Amsterdam
        );
        let err = zone("--tz", "Europe/Amsterdm").unwrap_err().to_string();
        assert!(err.contains("did you mean `Europe/Amsterdam`?"), "{err}");
    }
}
