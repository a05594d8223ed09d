//! `holidays FILE`: what a holiday file closes between two days, so a user can check a
//! file before trusting an answer to it.

use super::error::fail;
use chrono::{DateTime, NaiveDate, SecondsFormat, TimeDelta};
use serde::Serialize;

use super::holiday_report::AbsentCategory;
use super::Answer;
use super::Sources;
use crate::holidays::{Closes, HolidayFile, Ignored, Moment, TimeRef};
use crate::render::style::Style;
use crate::render::table;
use crate::rules::RuleSet;

/// The most characters of a name or category list a table cell shows (JSON has all).
const SHOWN: usize = 100;

/// The most closures one listing shows.
pub const MAX_LISTED: usize = 100_000;

/// The longest range listed, in days (about a century).
pub const MAX_RANGE_DAYS: i64 = 36_525;

/// What a file closes in a range.
#[derive(Debug, Serialize)]
pub struct HolidayList {
    pub file: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// `--holiday-category` values asked for, lower-cased; empty for every event.
    pub categories: Vec<String>,
    /// One entry per closed day (all-day events) or stretch of hours (timed events).
    pub closures: Vec<Listed>,
    /// The last day an event that ends closes; `null` when every event recurs without end.
    pub known_until: Option<NaiveDate>,
    /// Events that close nothing, with line and reason.
    pub ignored: Vec<Ignored>,
    /// Events left out by `--holiday-category`.
    pub left_out: usize,
    /// Whether some event recurs without end, closing days after `known_until` too.
    pub recurs_without_end: bool,
    /// Categories asked for that no event has, with the categories the file has.
    pub absent_categories: Vec<AbsentCategory>,
    /// What floating times (no `TZID`, no `Z`) are read in, when a calendar names its
    /// zone in `X-WR-TIMEZONE` (Google, Apple): one sentence each.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub floating_times: Vec<String>,
    /// Why holidays come from a file at all (decided reading 11).
    pub note: String,
    /// The sections that exclude holidays from business hours.
    pub source: Sources,
}

/// Decided reading 11, as the listing states it.
const HOLIDAY_NOTE: &str = "The documents exclude public holidays from business hours but list \
    none (decided reading 11): the holidays counted are those of your files.";

/// One day, or one stretch of hours, that the file closes.
#[derive(Debug, Serialize)]
pub struct Listed {
    /// The local day closed, or on which the stretch starts.
    pub date: NaiveDate,
    pub name: String,
    pub categories: Vec<String>,
    pub all_day: bool,
    /// For timed closures: the start and end, RFC 3339 with the event's own offset (UTC
    /// for UTC times), or without offset for floating times read in each calendar's zone.
    pub start: Option<String>,
    pub end: Option<String>,
    /// The zone of a timed closure: an IANA name, `UTC`, or `null` for floating times.
    pub time_zone: Option<String>,
    /// The line of the event in the file.
    pub line: usize,
}

/// Lists what `file` closes on the days `from..=to`.
///
/// Errors: `to` before `from`, or a range longer than [`MAX_RANGE_DAYS`].
pub fn list(
    rules: &RuleSet,
    file: &HolidayFile,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<HolidayList, super::Error> {
    if to < from {
        fail!(
            BadValue,
            "--to {to} is before --from {from}: give a range that runs forward"
        );
    }
    if (to - from).num_days() >= MAX_RANGE_DAYS {
        fail!(BadValue, "--from {from} to --to {to} is more than a century: list at most {MAX_RANGE_DAYS} days at a time");
    }
    let closures = closures(file, from, to)?;
    let absent_categories = file
        .absent_categories
        .iter()
        .map(|c| AbsentCategory {
            file: file.file.clone(),
            category: c.clone(),
            file_categories: file.present_categories.clone(),
            date_list: file.date_lines,
        })
        .collect();
    Ok(HolidayList {
        file: file.file.clone(),
        from,
        to,
        categories: file.categories.clone(),
        closures,
        known_until: file.known_until,
        ignored: file.ignored.clone(),
        left_out: file.left_out,
        recurs_without_end: file.recurs_without_end,
        absent_categories,
        floating_times: file
            .calendar_zones
            .iter()
            .map(|z| {
                let name = crate::render::echo::shorten(&z.name, 80);
                match z.reference.and_then(|r| file.zone_name(r)) {
                    Some(zone) => format!(
                        "Times without a zone are read in {zone}, the calendar's X-WR-TIMEZONE `{name}`."
                    ),
                    None => format!(
                        "The calendar's X-WR-TIMEZONE `{name}` names no known zone: times without a zone are read in each calendar's own zone."
                    ),
                }
            })
            .collect(),
        note: HOLIDAY_NOTE.to_string(),
        // The regions whose hours holidays close cite where the documents say so.
        source: rules
            .regions()
            .iter()
            .filter(|r| r.closed_on_holidays)
            .fold(Sources::default(), |mut all, region| {
                all.add(rules, &region.source);
                all
            }),
    })
}

/// What `file` closes on the days `from..=to`, by day: whole days, and timed closures
/// under the day they begin. Errors: more than [`MAX_LISTED`] of them.
fn closures(
    file: &HolidayFile,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<Listed>, super::Error> {
    let mut closures = Vec::new();
    for occurrence in file.between(from, to) {
        if closures.len() > MAX_LISTED {
            fail!(
                BadValue,
                "{} closes more than {MAX_LISTED} days and hours from {from} to {to}: list a shorter range",
                file.file
            );
        }
        let Some(event) = file.event(occurrence.event) else {
            continue;
        };
        match occurrence.closes {
            Closes::Days { first, days } => {
                for day in first.iter_days().take(days as usize) {
                    if day >= from && day <= to {
                        closures.push(Listed {
                            date: day,
                            name: event.summary.clone(),
                            categories: event.categories.clone(),
                            all_day: true,
                            start: None,
                            end: None,
                            time_zone: None,
                            line: event.line,
                        });
                    }
                }
            }
            Closes::Time { start, end } => {
                let reference = file.time_ref(occurrence.event).unwrap_or(TimeRef::Floating);
                let (start_text, date) = written(file, start, reference);
                let (end_text, _) = written(file, end, reference);
                // A stretch that began before `from` and runs into the range is listed too,
                // under the day it began.
                if date > to {
                    continue;
                }
                closures.push(Listed {
                    date,
                    name: event.summary.clone(),
                    categories: event.categories.clone(),
                    all_day: false,
                    start: Some(start_text),
                    end: Some(end_text),
                    time_zone: file.zone_name(reference),
                    line: event.line,
                });
            }
        }
    }
    closures.sort_by(|a, b| (a.date, &a.start, a.line).cmp(&(b.date, &b.start, b.line)));
    Ok(closures)
}

/// A moment as the file wrote it: in the event's zone, in UTC, or floating.
fn written(file: &HolidayFile, moment: Moment, reference: TimeRef) -> (String, NaiveDate) {
    match (moment, reference) {
        (Moment::Utc(t), TimeRef::Zone(_) | TimeRef::Own(_)) => match file.local(reference, t) {
            Some(local) => (
                local.to_rfc3339_opts(SecondsFormat::Secs, false),
                local.date_naive(),
            ),
            None => (t.to_rfc3339_opts(SecondsFormat::Secs, true), t.date_naive()),
        },
        (Moment::Utc(t), _) => (t.to_rfc3339_opts(SecondsFormat::Secs, true), t.date_naive()),
        (Moment::Floating(t), _) => (t.format("%Y-%m-%dT%H:%M:%S").to_string(), t.date()),
    }
}

/// "12:00–13:00 Europe/Paris" from RFC 3339 texts, or the floating form.
fn hours(listed: &Listed) -> String {
    let time = |text: &Option<String>| -> (String, Option<NaiveDate>) {
        let Some(text) = text else {
            return (String::new(), None);
        };
        match DateTime::parse_from_rfc3339(text) {
            Ok(t) => (t.format("%H:%M").to_string(), Some(t.date_naive())),
            Err(_) => match chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S") {
                Ok(t) => (t.format("%H:%M").to_string(), Some(t.date())),
                Err(_) => (text.clone(), None),
            },
        }
    };
    let (start, _) = time(&listed.start);
    let (end, end_day) = time(&listed.end);
    let end = match end_day {
        Some(day) if day != listed.date => format!("{end} on {day}"),
        _ => end,
    };
    let zone = listed
        .time_zone
        .clone()
        .unwrap_or_else(|| "each calendar's local time".to_string());
    format!("{start}–{end} {zone}")
}

impl Answer for HolidayList {
    fn table(&self, style: &Style) -> String {
        let mut out = table::with_header(style, ["Date", "Name", "Categories", "Closes", "Line"]);
        for listed in &self.closures {
            out.add_row(vec![
                listed.date.format("%a %Y-%m-%d").to_string(),
                crate::render::echo::shorten(&listed.name, SHOWN),
                crate::render::echo::shorten(&listed.categories.join(", "), SHOWN),
                if listed.all_day {
                    "all day".to_string()
                } else {
                    hours(listed)
                },
                listed.line.to_string(),
            ]);
        }
        let days = self.closures.iter().filter(|l| l.all_day).count();
        let timed = self.closures.len() - days;
        let mut summary = format!(
            "{} closes {} and {} from {} to {}.",
            self.file,
            crate::render::text::count(days as i64, "day", "days"),
            crate::render::text::count(timed as i64, "stretch of hours", "stretches of hours"),
            self.from,
            self.to
        );
        let date_list = self.absent_categories.iter().any(|a| a.date_list);
        if !self.categories.is_empty() && !date_list {
            summary.push_str(&format!(
                " Only events with the categories {} are kept; {} left out.",
                self.categories.join(", "),
                crate::render::text::count(self.left_out as i64, "event was", "events were")
            ));
        }
        let until = match self.known_until {
            Some(day) if day < self.to => {
                super::holiday_report::until_caveat(day, self.recurs_without_end)
                    .replace("were counted", "count")
            }
            Some(day) => format!("Holidays known until {day}."),
            None => String::new(),
        };
        let ignored = if self.ignored.is_empty() {
            String::new()
        } else {
            let lines: Vec<String> = self
                .ignored
                .iter()
                .map(|i| {
                    format!(
                        "line {}: {}",
                        i.line,
                        crate::render::echo::shorten(&i.reason, 300)
                    )
                })
                .collect();
            format!(
                "{} close{} nothing:\n{}",
                crate::render::text::count(self.ignored.len() as i64, "event", "events"),
                if self.ignored.len() == 1 { "s" } else { "" },
                table::bullets(&lines)
            )
        };
        let body = if self.closures.is_empty() {
            String::new()
        } else {
            out.to_string()
        };
        let absent: Vec<String> = self
            .absent_categories
            .iter()
            .map(super::holiday_report::absent_caveat)
            .collect();
        table::blocks(
            style,
            [
                body,
                summary,
                self.floating_times.join("\n"),
                absent.join("\n"),
                until,
                ignored,
                table::note(Some(&self.note)),
                self.source.lines(style),
            ],
        )
    }
}

/// The default range: a year from `from`, less a day.
pub fn default_to(from: NaiveDate) -> NaiveDate {
    from.checked_add_months(chrono::Months::new(12))
        .map_or(from, |d| d - TimeDelta::days(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stretch_that_began_before_the_range_is_listed() {
        let bytes =
            b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Europe/Paris:20261223T120000\r\n\
DTEND;TZID=Europe/Paris:20261228T120000\r\nSUMMARY:Closed\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        let file = HolidayFile::parse("t.ics", bytes, &[]).unwrap_or_else(|e| panic!("{e:#}"));
        let day = |t: &str| NaiveDate::parse_from_str(t, "%Y-%m-%d").unwrap_or_default();
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let list = list(&rules, &file, day("2026-12-24"), day("2026-12-31"))
            .unwrap_or_else(|e| panic!("{e:#}"));
        assert_eq!(list.closures.len(), 1);
        assert_eq!(
            list.closures[0].start.as_deref(),
            Some("2026-12-23T12:00:00+01:00")
        );
    }
}
