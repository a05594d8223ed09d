//! Zones a file defines for itself (RFC 5545 §3.6.5): a `VTIMEZONE` whose `TZID` names no
//! zone anyone knows (Outlook's `Customized Time Zone`, `GMT Standard Time 1`, an empty
//! `TZID`) is read from its own `STANDARD` and `DAYLIGHT` observances: each starts at its
//! `DTSTART` (a local time in its `TZOFFSETFROM`) and again at every `RRULE` and `RDATE`
//! occurrence, from when on `TZOFFSETTO` applies. Rules are expanded by the same bounded
//! engine as events' ([`Recurrence`]), only around the instant asked about.

use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use rustc_hash::FxHashMap;

use crate::time::YEARS;
use icalendar::parser::Component;

use super::recur::{Prepared, Recurrence, StartKind};

/// The most observances (`STANDARD`/`DAYLIGHT`) a zone may have.
pub const MAX_OBSERVANCES: usize = 100;

/// A zone defined by the file's own `VTIMEZONE`.
#[derive(Debug)]
pub struct FileZone {
    /// Its `TZID`, as written (trimmed); may be empty.
    pub id: String,
    observances: Vec<Observance>,
    /// The offset before the first onset: the earliest `DTSTART`'s `TZOFFSETFROM`.
    before_first: i32,
    /// The onsets deciding each year's offsets, once worked out.
    cache: Mutex<FxHashMap<i32, Onsets>>,
}

/// Onsets, sorted: each instant (naive UTC) and the offset from then on.
type Onsets = Arc<[(NaiveDateTime, i32)]>;

/// The most years whose onsets a zone keeps worked out.
const YEARS_CACHED: usize = 64;

/// One `STANDARD` or `DAYLIGHT` part: when it starts and the offset it brings.
#[derive(Debug)]
struct Observance {
    /// `DTSTART`, local time in `from`.
    start: NaiveDateTime,
    /// `TZOFFSETFROM` and `TZOFFSETTO`, in seconds east of UTC.
    from: i32,
    to: i32,
    rules: Vec<Recurrence>,
    /// `RDATE`s and the onsets of counted rules, local times in `from`.
    dates: Vec<NaiveDateTime>,
}

impl FileZone {
    /// Reads a parsed `VTIMEZONE`; `budget` is how many counted onsets and `RDATE`s the
    /// file may still list, and is spent.
    ///
    /// Errors are why the zone cannot be used, for the events that name it.
    pub fn read(component: &Component, budget: &mut usize) -> Result<FileZone, String> {
        let id = prop(component, "TZID").unwrap_or_default();
        let mut observances = Vec::new();
        for part in component.components.iter().filter(|c| {
            let name = c.name.as_str();
            name.eq_ignore_ascii_case("STANDARD") || name.eq_ignore_ascii_case("DAYLIGHT")
        }) {
            if observances.len() >= MAX_OBSERVANCES {
                return Err(format!(
                    "its VTIMEZONE has more than {MAX_OBSERVANCES} STANDARD and DAYLIGHT parts"
                ));
            }
            observances.push(Observance::read(part, budget)?);
        }
        if observances.is_empty() {
            return Err("its VTIMEZONE has no STANDARD or DAYLIGHT part giving an offset".into());
        }
        let before_first = observances
            .iter()
            .min_by_key(|o| o.start - TimeDelta::seconds(i64::from(o.from)))
            .map_or(0, |o| o.from);
        Ok(FileZone {
            id,
            observances,
            before_first,
            cache: Mutex::default(),
        })
    }

    /// The offset, in seconds east of UTC, at the instant `utc` (naive UTC): that of the
    /// latest onset at or before it; before the first onset, the offset that onset leaves.
    pub fn offset_at(&self, utc: NaiveDateTime) -> i32 {
        let onsets = self.onsets(utc.year());
        match onsets.partition_point(|(t, _)| *t <= utc) {
            0 => self.before_first,
            n => onsets[n - 1].1,
        }
    }

    /// The onsets (instant, offset from then on) that decide offsets in year `year`,
    /// sorted: those from the start of the year before to the end of the year, and the
    /// last one before them. Worked out once a year (several threads may ask).
    fn onsets(&self, year: i32) -> Onsets {
        let cache = || self.cache.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(known) = cache().get(&year) {
            return Arc::clone(known);
        }
        let bound = |y: i32| {
            NaiveDate::from_ymd_opt(y.clamp(*YEARS.start() - 1, *YEARS.end() + 1), 1, 1)
                .map(|d| d.and_time(NaiveTime::MIN))
        };
        let (Some(low), Some(high)) =
            (bound(year.saturating_sub(1)), bound(year.saturating_add(1)))
        else {
            return Arc::from([]);
        };
        let mut inside: Vec<(NaiveDateTime, i32)> = Vec::new();
        let mut before: Option<(NaiveDateTime, i32)> = None;
        for o in &self.observances {
            let onset = |local: NaiveDateTime| local - TimeDelta::seconds(i64::from(o.from));
            let mut consider = |local: NaiveDateTime| {
                let at = onset(local);
                if at >= low && at < high {
                    inside.push((at, o.to));
                } else if at < low && before.is_none_or(|(t, _)| at > t) {
                    before = Some((at, o.to));
                }
            };
            consider(o.start);
            o.dates.iter().copied().for_each(&mut consider);
            // The window in this observance's local time, a day to spare each side.
            let local = |t: NaiveDateTime| t + TimeDelta::seconds(i64::from(o.from));
            let (from, to) = (
                local(low) - TimeDelta::days(1),
                local(high) + TimeDelta::days(1),
            );
            for rule in &o.rules {
                let mut starts = Vec::new();
                rule.starts_in(o.start, from, to, &mut starts);
                starts.iter().copied().for_each(&mut consider);
                // The last onset before the window: zones' rules are yearly; a rarer one
                // is looked for further back.
                for days in [400, 50 * 366, 400 * 366] {
                    let mut earlier = Vec::new();
                    let back = from
                        .checked_sub_signed(TimeDelta::days(days))
                        .unwrap_or(o.start)
                        .max(o.start);
                    rule.starts_in(o.start, back, from, &mut earlier);
                    let found = earlier.iter().copied().max();
                    if let Some(found) = found {
                        consider(found);
                    }
                    if found.is_some() || back == o.start {
                        break;
                    }
                }
            }
        }
        inside.extend(before);
        inside.sort_unstable();
        let onsets: Onsets = inside.into();
        let mut cache = cache();
        if cache.len() >= YEARS_CACHED {
            cache.clear();
        }
        cache.insert(year, Arc::clone(&onsets));
        onsets
    }

    /// The instant of a wall-clock time in this zone, read as RFC 5545 §3.3.5 reads
    /// event times (as [`super::event_instant`] does for named zones): a time a change
    /// skips takes the offset from before it; a time that occurs twice is the first.
    pub fn instant(&self, local: NaiveDateTime) -> Option<DateTime<Utc>> {
        let mut offsets: Vec<i32> = self
            .observances
            .iter()
            .flat_map(|o| [o.from, o.to])
            .collect();
        offsets.sort_unstable();
        offsets.dedup();
        let candidates: Vec<NaiveDateTime> = offsets
            .iter()
            .filter_map(|&o| {
                let utc = local.checked_sub_signed(TimeDelta::seconds(i64::from(o)))?;
                (self.offset_at(utc) == o).then_some(utc)
            })
            .collect();
        let utc = match candidates.iter().min() {
            Some(first) => *first,
            None => {
                // In a gap: the offset a day before, which no gap is as long as.
                let before = local.checked_sub_signed(TimeDelta::days(1))?;
                let offset = self.offset_at(before);
                local.checked_sub_signed(TimeDelta::seconds(i64::from(offset)))?
            }
        };
        Some(utc.and_utc())
    }

    /// The wall-clock time in this zone of an instant.
    pub fn local(&self, utc: DateTime<Utc>) -> Option<DateTime<chrono::FixedOffset>> {
        let offset = chrono::FixedOffset::east_opt(self.offset_at(utc.naive_utc()))?;
        Some(utc.with_timezone(&offset))
    }
}

impl Observance {
    fn read(part: &Component, budget: &mut usize) -> Result<Observance, String> {
        let kind = part.name.as_str().to_ascii_uppercase();
        let offset = |name: &str| -> Result<i32, String> {
            let text = prop(part, name).ok_or_else(|| format!("its {kind} part has no {name}"))?;
            read_offset(&text).ok_or_else(|| {
                format!(
                    "{name}:{} in its {kind} part is not an offset such as +1000 or -0500",
                    crate::render::echo::shorten(&text, 40)
                )
            })
        };
        let from = offset("TZOFFSETFROM")?;
        let to = offset("TZOFFSETTO")?;
        let start_text =
            prop(part, "DTSTART").ok_or_else(|| format!("its {kind} part has no DTSTART"))?;
        let start = local_time(&start_text).ok_or_else(|| {
            format!(
                "DTSTART:{} in its {kind} part is not a local date-time (YYYYMMDDTHHMMSS)",
                crate::render::echo::shorten(&start_text, 40)
            )
        })?;
        let mut rules = Vec::new();
        let mut dates = Vec::new();
        for rrule in properties(part, "RRULE") {
            match Recurrence::prepare(rrule.trim(), start, StartKind::Utc, *budget)? {
                Prepared::Rule(rule) => rules.push(*rule),
                Prepared::Starts(starts) => {
                    *budget = budget.saturating_sub(starts.len());
                    dates.extend(starts);
                }
            }
        }
        for rdate in properties(part, "RDATE") {
            for text in rdate.split(',') {
                if *budget == 0 {
                    return Err(format!(
                        "the file's RDATEs and counted recurrences exceed {} in all",
                        super::COUNT_BUDGET
                    ));
                }
                *budget -= 1;
                // A period's start is the onset.
                let text = text.split('/').next().unwrap_or(text);
                dates.push(local_time(text).ok_or_else(|| {
                    format!(
                        "RDATE:{} in its {kind} part is not a local date-time",
                        crate::render::echo::shorten(text, 40)
                    )
                })?);
            }
        }
        Ok(Observance {
            start,
            from,
            to,
            rules,
            dates,
        })
    }
}

/// A property's value, trimmed.
fn prop(component: &Component, name: &str) -> Option<String> {
    properties(component, name).next()
}

fn properties<'c>(component: &'c Component, name: &'c str) -> impl Iterator<Item = String> + 'c {
    component
        .properties
        .iter()
        .filter(move |p| p.name.as_str().eq_ignore_ascii_case(name))
        .map(|p| p.val.as_str().trim().to_string())
}

/// `YYYYMMDDTHHMMSS` (a trailing `Z`, which RFC 5545 forbids here, read as local).
fn local_time(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    let text = text.strip_suffix(['Z', 'z']).unwrap_or(text);
    if text.len() == 8 {
        return chrono::NaiveDate::parse_from_str(text, "%Y%m%d")
            .ok()
            .map(|d| d.and_time(chrono::NaiveTime::MIN));
    }
    NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").ok()
}

/// A UTC offset (`+1000`, `-0500`, `+053000`) in seconds, less than a day either way.
fn read_offset(text: &str) -> Option<i32> {
    let (sign, digits) = match text.trim().split_at_checked(1)? {
        ("+", d) => (1, d),
        ("-", d) => (-1, d),
        _ => return None,
    };
    if !(digits.len() == 4 || digits.len() == 6) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| digits.get(range)?.parse::<i32>().ok();
    let (hours, minutes) = (number(0..2)?, number(2..4)?);
    let seconds = if digits.len() == 6 { number(4..6)? } else { 0 };
    if hours > 23 || minutes > 59 || seconds > 59 {
        return None;
    }
    Some(sign * (hours * 3600 + minutes * 60 + seconds))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(text: &str) -> FileZone {
        let components = icalendar::parser::read_calendar_simple(text).expect("parses");
        FileZone::read(&components[0], &mut 1000).expect("a zone")
    }

    fn utc(text: &str) -> NaiveDateTime {
        DateTime::parse_from_rfc3339(text)
            .expect("instant")
            .naive_utc()
    }

    const SYDNEY_LIKE: &str = "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n\
        BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000\r\n\
        RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=4\r\nEND:STANDARD\r\n\
        BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100\r\n\
        RRULE:FREQ=YEARLY;BYDAY=1SU;BYMONTH=10\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";

    #[test]
    fn offsets_follow_the_zone_s_own_rules() {
        let z = zone(SYDNEY_LIKE);
        assert_eq!(z.id, "Customized Time Zone");
        assert_eq!(z.offset_at(utc("2021-06-11T01:00:00Z")), 36_000);
        assert_eq!(z.offset_at(utc("2021-12-25T01:00:00Z")), 39_600);
        // Sunday 4 April 2021, 03:00 +11:00 = 16:00Z on the 3rd: standard from then on.
        assert_eq!(z.offset_at(utc("2021-04-03T15:59:59Z")), 39_600);
        assert_eq!(z.offset_at(utc("2021-04-03T16:00:00Z")), 36_000);
        let local = |t: &str| NaiveDateTime::parse_from_str(t, "%Y-%m-%dT%H:%M").expect("t");
        assert_eq!(
            z.instant(local("2021-06-11T11:00")),
            Some(utc("2021-06-11T01:00:00Z").and_utc())
        );
        // 02:30 on 3 October 2021 is skipped: read with the offset before (+10:00).
        assert_eq!(
            z.instant(local("2021-10-03T02:30")),
            Some(utc("2021-10-02T16:30:00Z").and_utc())
        );
        // 02:30 on 4 April 2021 happens twice: the first.
        assert_eq!(
            z.instant(local("2021-04-04T02:30")),
            Some(utc("2021-04-03T15:30:00Z").and_utc())
        );
    }

    #[test]
    fn offsets_as_written_and_broken_zones() {
        assert_eq!(read_offset("+0000"), Some(0));
        assert_eq!(read_offset("-0530"), Some(-19_800));
        assert_eq!(read_offset("+053045"), Some(19_845));
        for bad in ["", "0100", "+1", "+2400", "+01:00", "+0160", "-"] {
            assert_eq!(read_offset(bad), None, "{bad}");
        }
        let components = icalendar::parser::read_calendar_simple(
            "BEGIN:VTIMEZONE\r\nTZID:X\r\nEND:VTIMEZONE\r\n",
        )
        .expect("parses");
        assert!(FileZone::read(&components[0], &mut 10).is_err());
    }
}
