//! Reading the instants, dates and zones users type, and finding the system's zone.

use anyhow::anyhow;
use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, SubsecRound, Timelike, Utc};
use chrono_tz::Tz;

use crate::ids;

/// The years the tool accepts: wide enough for any ticket, narrow enough that every
/// answer (a due instant days later, a next opening) is still an RFC 3339 instant.
pub const YEARS: std::ops::RangeInclusive<i32> = 1900..=9000;

/// `--at`: an instant as it was written (its offset kept: a 24/7 due instant with no
/// zone known is shown in it, issue 12), or `now`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum At {
    /// `now` (any letter case): `--now`, else the system clock.
    Now,
    /// An RFC 3339 instant, with the offset it was written in.
    Instant(DateTime<FixedOffset>),
}

impl At {
    /// The instant meant, with its written offset; `now` takes the offset `zone` has then.
    pub fn resolve(self, now: DateTime<Utc>, zone: Tz) -> DateTime<FixedOffset> {
        match self {
            At::Now => now.with_timezone(&zone).fixed_offset(),
            At::Instant(t) => t,
        }
    }
}

/// `--at` as a clap value parser: `now`, or an RFC 3339 instant.
pub fn at_arg(text: &str) -> Result<At, String> {
    if text.trim().eq_ignore_ascii_case("now") {
        return Ok(At::Now);
    }
    parse_written(text)
        .map(At::Instant)
        .map_err(|problem| problem.replacen("expected an", "expected `now` or an", 1))
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
pub fn instant(flag: &str, text: &str) -> anyhow::Result<DateTime<Utc>> {
    written(flag, text).map(|t| t.with_timezone(&Utc))
}

/// Parses an RFC 3339 instant given with `flag`, keeping the offset it was written in.
pub fn written(flag: &str, text: &str) -> anyhow::Result<DateTime<FixedOffset>> {
    parse_written(text).map_err(|problem| {
        anyhow!(
            "invalid {flag} `{}`: {problem}",
            crate::render::echo::escape(text)
        )
    })
}

/// An RFC 3339 instant with the offset it was written in, or what is wrong with the text:
/// the one reading of every instant typed (`--at`, `--now`, `SUPPORT_ADVISOR_NOW`, a batch
/// ticket's `submitted`).
pub fn parse_written(text: &str) -> Result<DateTime<FixedOffset>, String> {
    // A batch reads one for every ticket; most are in the plain form.
    if let Some(t) = parse_plain(text) {
        return Ok(t);
    }
    let t = DateTime::parse_from_rfc3339(text.trim()).map_err(|e| {
        format!(
            "expected an RFC 3339 instant with an offset, such as 2026-11-27T16:30:00+01:00 \
                 or 2026-11-27T15:30:00Z ({e})"
        )
    })?;
    // chrono reads a 60th second as a leap second, and a due instant counted from it
    // comes out a second early; UTC as the tool counts it (like the system clock) has no
    // leap seconds, so the instant cannot be placed and is refused rather than guessed.
    if t.nanosecond() >= 1_000_000_000 {
        return Err(
            "a leap second (second 60) cannot be counted: give second 59 or the next minute's \
             second 00"
                .to_string(),
        );
    }
    year_in_range(t.year())?;
    // The clock counts whole seconds: a fraction of a second is dropped.
    Ok(t.trunc_subsecs(0))
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
pub fn date(flag: &str, text: &str) -> anyhow::Result<NaiveDate> {
    parse_date(text).map_err(|problem| {
        anyhow!(
            "invalid {flag} `{}`: {problem}",
            crate::render::echo::escape(text.trim())
        )
    })
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
pub fn zone(flag: &str, text: &str) -> anyhow::Result<Tz> {
    zone_arg(text).map_err(|problem| {
        anyhow!(
            "invalid {flag} `{}`: {problem}",
            crate::render::echo::escape(text)
        )
    })
}

/// What is wrong with a zone name: not an IANA zone, with the closest one if any.
fn zone_problem(text: &str) -> String {
    let names = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name());
    let hint =
        ids::suggest(text, names).map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
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
