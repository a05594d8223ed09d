//! Holiday files: iCalendar (`.ics`) all-day events, or one `YYYY-MM-DD` a line.
//!
//! Only what a holiday calendar needs is read from iCalendar: `VEVENT`s with an all-day
//! `DTSTART` (and `DTEND`, exclusive, for several days), their `SUMMARY`, `EXDATE`s, and
//! yearly recurrence (`RRULE:FREQ=YEARLY`, with `COUNT` or `UNTIL`). Timed events are not
//! holidays and are counted as skipped; any other recurrence is an error, never ignored.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use anyhow::{anyhow, bail, Context as _};
use chrono::{Datelike, Days, NaiveDate};

/// Yearly holidays are expanded up to this year.
const LAST_YEAR: i32 = 2100;
/// No holiday spans more days than this (a longer `DTEND` is a mistake, not a holiday).
const MAX_EVENT_DAYS: u64 = 366;

/// The holidays of one file: each day with its name, if it has one.
#[derive(Debug, Clone, Default)]
pub struct Holidays {
    pub file: String,
    pub days: BTreeMap<NaiveDate, String>,
    /// Events with a time of day, which are not holidays.
    pub timed_events_skipped: usize,
}

impl Holidays {
    pub fn load(path: &Path) -> anyhow::Result<Holidays> {
        if path.is_dir() {
            bail!("holiday file `{}` is a directory", path.display());
        }
        let text = fs::read_to_string(path)
            .with_context(|| format!("cannot read holiday file `{}`", path.display()))?;
        let file = path.display().to_string();
        Self::parse(&file, &text).with_context(|| format!("holiday file `{file}`"))
    }

    pub fn parse(file: &str, text: &str) -> anyhow::Result<Holidays> {
        let mut holidays = Holidays {
            file: file.to_string(),
            ..Holidays::default()
        };
        if text.trim_start().starts_with("BEGIN:VCALENDAR") {
            holidays.read_icalendar(text)?;
        } else {
            holidays.read_date_lines(text)?;
        }
        Ok(holidays)
    }

    /// One `YYYY-MM-DD` a line, optionally followed by a name; `#` starts a comment.
    fn read_date_lines(&mut self, text: &str) -> anyhow::Result<()> {
        for (number, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (date, name) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
            let day = crate::time::date("holiday", date)
                .with_context(|| format!("line {}", number + 1))?;
            self.days.insert(day, name.trim().to_string());
        }
        Ok(())
    }

    fn read_icalendar(&mut self, text: &str) -> anyhow::Result<()> {
        let mut event: Option<Event> = None;
        for (number, line) in unfold(text) {
            let (name, params, value) = split_property(&line)
                .ok_or_else(|| anyhow!("line {number}: not an iCalendar property: `{line}`"))?;
            let at_line = |e: anyhow::Error| e.context(format!("line {number}"));
            match (name.as_str(), event.as_mut()) {
                ("BEGIN", None) if value.eq_ignore_ascii_case("VEVENT") => {
                    event = Some(Event::default())
                }
                ("END", Some(_)) if value.eq_ignore_ascii_case("VEVENT") => {
                    if let Some(done) = event.take() {
                        self.add_event(done).map_err(at_line)?;
                    }
                }
                ("DTSTART", Some(e)) => e.start = Some(ical_day(&params, &value).map_err(at_line)?),
                ("DTEND", Some(e)) => e.end = Some(ical_day(&params, &value).map_err(at_line)?),
                ("SUMMARY", Some(e)) => e.summary = unescape(&value),
                ("RRULE", Some(e)) => e.yearly = Some(yearly_rule(&value).map_err(at_line)?),
                ("EXDATE", Some(e)) => {
                    for part in value.split(',') {
                        if let IcalDay::Date(day) = ical_day(&params, part).map_err(at_line)? {
                            e.excluded.push(day);
                        }
                    }
                }
                _ => {}
            }
        }
        if event.is_some() {
            bail!("a VEVENT has no END:VEVENT");
        }
        Ok(())
    }

    fn add_event(&mut self, event: Event) -> anyhow::Result<()> {
        let start = match event.start {
            Some(IcalDay::Date(day)) => day,
            Some(IcalDay::Timed) => {
                self.timed_events_skipped += 1;
                return Ok(());
            }
            None => bail!("a VEVENT has no DTSTART"),
        };
        let days = match event.end {
            Some(IcalDay::Date(end)) if end > start => (end - start).num_days() as u64,
            Some(IcalDay::Date(_)) => bail!("DTEND is not after DTSTART"),
            _ => 1,
        };
        if days > MAX_EVENT_DAYS {
            bail!("an all-day event of {days} days is not a holiday");
        }
        let occurrences: Vec<NaiveDate> = match event.yearly {
            None => vec![start],
            Some(rule) => {
                let mut all = Vec::new();
                for (n, year) in (start.year()..=LAST_YEAR).enumerate() {
                    if rule.count.is_some_and(|c| n >= c) {
                        break;
                    }
                    // A 29 February holiday recurs only in leap years.
                    let Some(day) = NaiveDate::from_ymd_opt(year, start.month(), start.day())
                    else {
                        continue;
                    };
                    if rule.until.is_some_and(|u| day > u) {
                        break;
                    }
                    all.push(day);
                }
                all
            }
        };
        for first in occurrences
            .into_iter()
            .filter(|d| !event.excluded.contains(d))
        {
            for offset in 0..days {
                if let Some(day) = first.checked_add_days(Days::new(offset)) {
                    self.days.insert(day, event.summary.clone());
                }
            }
        }
        Ok(())
    }
}

#[derive(Default)]
struct Event {
    start: Option<IcalDay>,
    end: Option<IcalDay>,
    summary: String,
    yearly: Option<Yearly>,
    excluded: Vec<NaiveDate>,
}

#[derive(Clone, Copy)]
enum IcalDay {
    Date(NaiveDate),
    Timed,
}

#[derive(Clone, Copy)]
struct Yearly {
    count: Option<usize>,
    until: Option<NaiveDate>,
}

/// Joins folded lines (a line starting with a space or tab continues the previous one),
/// keeping each logical line's first line number.
fn unfold(text: &str) -> Vec<(usize, String)> {
    let mut lines: Vec<(usize, String)> = Vec::new();
    for (number, raw) in text.lines().enumerate() {
        let raw = raw.trim_end_matches('\r');
        match (raw.strip_prefix([' ', '\t']), lines.last_mut()) {
            (Some(rest), Some((_, last))) => last.push_str(rest),
            _ if raw.trim().is_empty() => {}
            _ => lines.push((number + 1, raw.to_string())),
        }
    }
    lines
}

/// `NAME;PARAM=V;…:VALUE` → (upper-cased name, upper-cased params, value).
fn split_property(line: &str) -> Option<(String, String, String)> {
    let (head, value) = line.split_once(':')?;
    let (name, params) = head.split_once(';').unwrap_or((head, ""));
    Some((
        name.trim().to_ascii_uppercase(),
        params.to_ascii_uppercase(),
        value.trim().to_string(),
    ))
}

/// A `DTSTART`/`DTEND`/`EXDATE` value: an all-day date, or a timed one.
fn ical_day(params: &str, value: &str) -> anyhow::Result<IcalDay> {
    let value = value.trim();
    let date_only = params.contains("VALUE=DATE") && !params.contains("VALUE=DATE-TIME");
    if value.len() == 8 || date_only {
        let day = NaiveDate::parse_from_str(value.get(..8).unwrap_or(value), "%Y%m%d")
            .map_err(|_| anyhow!("invalid date `{value}`: expected YYYYMMDD"))?;
        return Ok(IcalDay::Date(day));
    }
    if value.len() >= 15 && value.as_bytes().get(8) == Some(&b'T') {
        return Ok(IcalDay::Timed);
    }
    bail!("invalid date `{value}`: expected YYYYMMDD or YYYYMMDDTHHMMSS")
}

fn yearly_rule(value: &str) -> anyhow::Result<Yearly> {
    let mut rule = Yearly {
        count: None,
        until: None,
    };
    let mut yearly = false;
    for part in value.split(';') {
        let (key, v) = part.split_once('=').unwrap_or((part, ""));
        match key.trim().to_ascii_uppercase().as_str() {
            "FREQ" if v.eq_ignore_ascii_case("YEARLY") => yearly = true,
            "FREQ" => bail!("unsupported recurrence `FREQ={v}`: holidays recur yearly"),
            "COUNT" => rule.count = Some(v.parse().map_err(|_| anyhow!("invalid COUNT `{v}`"))?),
            "UNTIL" => {
                let day = NaiveDate::parse_from_str(v.get(..8).unwrap_or(v), "%Y%m%d")
                    .map_err(|_| anyhow!("invalid UNTIL `{v}`"))?;
                rule.until = Some(day);
            }
            "INTERVAL" if v == "1" => {}
            // The month and day of a plain yearly holiday are those of DTSTART.
            "BYMONTH" | "BYMONTHDAY" | "WKST" => {}
            other => bail!("unsupported recurrence part `{other}` in `RRULE:{value}`"),
        }
    }
    if !yearly {
        bail!("unsupported recurrence `RRULE:{value}`: only FREQ=YEARLY is supported");
    }
    Ok(rule)
}

fn unescape(value: &str) -> String {
    value
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\n", " ")
        .replace("\\\\", "\\")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn reads_one_date_a_line_with_comments_and_names() {
        let h = Holidays::parse(
            "h.txt",
            "# company days\n2026-12-25 Christmas\n\n2026-12-26\n",
        )
        .unwrap();
        assert_eq!(h.days.len(), 2);
        assert_eq!(h.days[&day("2026-12-25")], "Christmas");
        let err = Holidays::parse("h.txt", "2026-12-25\n2026-02-30\n").unwrap_err();
        assert!(format!("{err:#}").contains("line 2"), "{err:#}");
    }

    #[test]
    fn reads_icalendar_all_day_and_yearly_events() {
        let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n\
            BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261227\r\nSUMMARY:Christmas\r\nEND:VEVENT\r\n\
            BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20250427\r\nRRULE:FREQ=YEARLY;COUNT=3\r\nSUMMARY:King's\r\n  Day\r\nEND:VEVENT\r\n\
            BEGIN:VEVENT\r\nDTSTART:20261201T090000Z\r\nSUMMARY:Meeting\r\nEND:VEVENT\r\n\
            END:VCALENDAR\r\n";
        let h = Holidays::parse("h.ics", ics).unwrap();
        assert_eq!(h.days[&day("2026-12-25")], "Christmas");
        assert_eq!(h.days[&day("2026-12-26")], "Christmas");
        assert!(
            !h.days.contains_key(&day("2026-12-27")),
            "DTEND is exclusive"
        );
        assert_eq!(h.days[&day("2027-04-27")], "King's Day");
        assert!(
            !h.days.contains_key(&day("2028-04-27")),
            "COUNT=3 ends in 2027"
        );
        assert_eq!(h.timed_events_skipped, 1);
    }

    #[test]
    fn refuses_recurrences_it_cannot_expand() {
        let ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260105\nRRULE:FREQ=WEEKLY\nEND:VEVENT\nEND:VCALENDAR\n";
        let err = Holidays::parse("h.ics", ics).unwrap_err();
        assert!(format!("{err:#}").contains("FREQ=WEEKLY"), "{err:#}");
    }
}
