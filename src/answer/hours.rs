//! `hours`: the regions' local business hours and languages; open or closed at an instant.

use super::error::fail;
use crate::answer::presence::Presence;
use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::holiday_report::FilesReport;
use super::in_zones::{self, InZones};
use super::policy::{self, TopicAnswer};
use super::{Answer, Sources};
use crate::clock::calendar_choice;
use crate::holidays::Catalog;
use crate::render::style::{Paint, Style};
use crate::render::table;
use crate::render::text::{self, Shown};
use crate::rules::model::Named;
use crate::rules::model::{AnswerKind, Coverage, Region, RegionZone, Source, Window, LOCAL_ZONE};
use crate::rules::time_of_day::{ClockTime, Weekday};
use crate::rules::RuleSet;
use comfy_table::Cell;

/// The zone a region's hours are kept in: its own, or for `local` the customer's zone if
/// given with `--tz` (never guessed, decided reading 4).
pub fn region_zone(region: &Region, customer_zone: Option<Tz>) -> Option<Tz> {
    match region.zone {
        RegionZone::Local => customer_zone,
        RegionZone::Iana(zone) => Some(zone),
    }
}

fn zone_missing(region: &Region) -> super::Error {
    super::Error::NoCalendar(format!(
        "region `{}` keeps the customer's own local hours: give the zone with --tz, e.g. --tz America/Sao_Paulo",
        region.id()
    ))
}

/// The regions asked for: one by id, or all of them.
fn regions<'r>(rules: &'r RuleSet, region: Option<&str>) -> Result<Vec<&'r Region>, super::Error> {
    Ok(match region {
        Some(id) => vec![rules.find(id)?],
        None => rules.regions().iter().collect(),
    })
}

#[derive(Debug, Serialize)]
pub struct HoursTable {
    pub regions: Vec<RegionHours>,
    /// Topics that qualify the hours (24/7 support, translation services).
    pub related: Vec<TopicAnswer>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct RegionHours {
    pub region: String,
    pub name: String,
    /// The desk keeping these hours, when not the general business hours.
    pub service: Option<String>,
    /// An IANA zone, or `local` when the customer's zone applies and none was given.
    pub time_zone: String,
    pub windows: Vec<WindowHours>,
    /// The weekdays with no window at all.
    pub closed_days: String,
    pub closed_on_holidays: bool,
    pub as_written: AsWritten,
    pub languages: Vec<LanguageDesk>,
    pub note: Option<String>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct WindowHours {
    pub days: String,
    pub open: String,
    pub close: String,
    /// The window as people read it: "Mon–Fri 08:00–18:00" or "24/7".
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct AsWritten {
    pub region: String,
    pub hours: String,
    pub days: String,
    pub exclusions: String,
}

#[derive(Debug, Serialize)]
pub struct LanguageDesk {
    pub language: String,
    pub name: String,
    pub customers: String,
    pub coverage: Coverage,
    pub condition: Option<String>,
    pub note: Option<String>,
    /// Whether a language desk of the rules serves it (else a phone line's desk names it).
    #[serde(skip)]
    pub language_desk: bool,
    /// The phone number in `customers`, which a table keeps on one line.
    #[serde(skip)]
    pub number: Option<String>,
}

/// The languages served in `region`'s hours, in the rules' order: those of language desks,
/// then those phone desks keeping these hours name; their sources added to `source`.
pub fn languages_served(
    rules: &RuleSet,
    region: &Region,
    source: &mut Sources,
) -> Vec<LanguageDesk> {
    let mut languages = Vec::new();
    for (language, desk) in rules.languages_served(region.key) {
        languages.push(LanguageDesk {
            language: language.id.clone(),
            name: language.name.clone(),
            customers: desk.customers.clone(),
            coverage: desk.hours.coverage(),
            condition: desk.condition.clone(),
            // A desk's own reading, else the language's.
            note: desk.note.clone().or_else(|| language.note.clone()),
            language_desk: true,
            number: None,
        });
        source.add(rules, &language.source);
    }
    // Phone desks name their languages on the line that keeps these hours.
    let around_the_clock = is_around_the_clock(region);
    for (line, desk) in rules.phone_desks_of(region.key) {
        for language in &desk.languages {
            let language = rules.language(*language);
            languages.push(LanguageDesk {
                language: language.id.clone(),
                name: language.name.clone(),
                customers: format!("{} {} line, {}", line.name, desk.label(rules), line.number),
                coverage: if around_the_clock {
                    Coverage::AroundTheClock
                } else {
                    Coverage::BusinessHours
                },
                condition: None,
                note: None,
                language_desk: false,
                number: Some(line.number.clone()),
            });
        }
        source.add(rules, &line.source);
    }
    languages
}

pub fn table(
    rules: &RuleSet,
    region: Option<&str>,
    customer_zone: Option<Tz>,
) -> Result<HoursTable, super::Error> {
    let asked = regions(rules, region)?;
    let sources: Vec<&Source> = asked.iter().flat_map(|r| &r.source).collect();
    let regions: Vec<RegionHours> = asked
        .iter()
        .map(|r| region_hours(rules, r, customer_zone))
        .collect();
    let mut source = Sources::default();
    for region in &regions {
        source.merge(&region.source);
    }
    Ok(HoursTable {
        regions,
        related: policy::related(rules, AnswerKind::Hours, Some(&sources)),
        source,
    })
}

fn region_hours(rules: &RuleSet, region: &Region, customer_zone: Option<Tz>) -> RegionHours {
    let mut source = Sources::of(rules, &region.source);
    let languages = languages_served(rules, region, &mut source);
    RegionHours {
        region: region.id.clone(),
        name: region.name.clone(),
        service: region.service.clone(),
        time_zone: region_zone(region, customer_zone)
            .map_or_else(|| LOCAL_ZONE.to_string(), |z| z.name().to_string()),
        windows: region
            .window
            .iter()
            .map(|w| match region.days_only {
                // The document gives the days only: no opening or closing time to show.
                true => WindowHours {
                    days: day_ranges(&w.days),
                    open: "-".to_string(),
                    close: "-".to_string(),
                    text: windows_text(region),
                },
                false => WindowHours {
                    days: day_ranges(&w.days),
                    open: w.open.to_string(),
                    close: w.end().to_string(),
                    text: window_text(w),
                },
            })
            .collect(),
        closed_days: day_ranges(
            &Weekday::ALL
                .into_iter()
                .filter(|d| region.window.iter().all(|w| !w.days.contains(d)))
                .collect::<Vec<_>>(),
        ),
        closed_on_holidays: region.closed_on_holidays,
        as_written: AsWritten {
            region: region.as_written.region.clone(),
            hours: region.as_written.hours.clone(),
            days: region.as_written.days.clone(),
            exclusions: region.as_written.exclusions.clone(),
        },
        languages,
        note: region.note.clone(),
        source,
    }
}

/// Whether a region's hours have a window covering the whole week (a 24/7 desk).
pub fn is_around_the_clock(region: &Region) -> bool {
    region.window.iter().any(|w| window_text(w) == "24/7")
}

/// A region's windows in one line: "Mon–Fri 08:00–18:00".
pub fn windows_text(region: &Region) -> String {
    // Days without clock times (21Vianet's billing desk): no hours are invented.
    if region.days_only {
        let days: Vec<Weekday> = Weekday::ALL
            .into_iter()
            .filter(|d| region.window.iter().any(|w| w.days.contains(d)))
            .collect();
        return format!("{}, no clock times given", day_ranges(&days));
    }
    region
        .window
        .iter()
        .map(window_text)
        .collect::<Vec<_>>()
        .join(", ")
}

/// "Mon–Fri 08:00–18:00", or "24/7" for a window covering the whole week.
fn window_text(window: &Window) -> String {
    let whole_day = window.open == ClockTime::MIDNIGHT && window.end() == ClockTime::END_OF_DAY;
    if whole_day && Weekday::ALL.iter().all(|d| window.days.contains(d)) {
        "24/7".to_string()
    } else {
        format!(
            "{} {}–{}",
            day_ranges(&window.days),
            window.open,
            window.end()
        )
    }
}

/// "Mon–Fri", "Mon–Sun", "Mon, Wed".
fn day_ranges(days: &[Weekday]) -> String {
    let mut days = days.to_vec();
    days.sort_unstable();
    days.dedup();
    let mut runs: Vec<(Weekday, Weekday)> = Vec::new();
    for day in days {
        match runs.last_mut() {
            Some((_, last)) if last.index() + 1 == day.index() => *last = day,
            _ => runs.push((day, day)),
        }
    }
    runs.iter()
        .map(|(a, b)| {
            if a == b {
                a.short_name().to_string()
            } else {
                format!("{}–{}", a.short_name(), b.short_name())
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// Notes written `subject: text`, those with the same text joined under their subjects
/// (`Spanish, Portuguese: …`), in their first order.
fn merge_subjects(notes: Vec<String>) -> Vec<String> {
    let mut merged: Vec<(String, String)> = Vec::new();
    for note in notes {
        let (subject, text) = note.split_once(": ").unwrap_or(("", note.as_str()));
        match merged.iter_mut().find(|(_, t)| t == text) {
            Some((subjects, _)) if !subject.is_empty() => {
                subjects.push_str(", ");
                subjects.push_str(subject);
            }
            Some(_) => {}
            None => merged.push((subject.to_string(), text.to_string())),
        }
    }
    merged
        .into_iter()
        .map(|(subject, text)| match subject.is_empty() {
            true => text,
            false => format!("{subject}: {text}"),
        })
        .collect()
}

impl Answer for HoursTable {
    fn table(&self, style: &Style) -> String {
        let mut hours = table::with_header(style, ["Region", "Time zone", "Open", "Closed"]);
        let mut languages = table::with_header(style, ["Region", "Language", "Customers", "When"]);
        let mut notes: Vec<String> = Vec::new();
        for region in &self.regions {
            let open = region
                .windows
                .iter()
                .map(|w| w.text.clone())
                .collect::<Vec<_>>()
                .join("\n");
            let zone = if region.time_zone == LOCAL_ZONE {
                "customer's own zone (give --tz)".to_string()
            } else {
                region.time_zone.clone()
            };
            let closed = match (region.closed_days.as_str(), region.closed_on_holidays) {
                ("", true) => "public holidays".to_string(),
                (days, true) => format!("{days}, public holidays"),
                (days, false) => days.to_string(),
            };
            let name = match &region.service {
                Some(service) => format!("{}\n{service}\n({})", region.name, region.region),
                None => format!("{}\n({})", region.name, region.region),
            };
            hours.add_row(vec![name, zone, open, closed]);
            for desk in &region.languages {
                let when = match (desk.coverage, desk.condition.is_some()) {
                    (Coverage::AroundTheClock, true) => "24x7 *",
                    (Coverage::AroundTheClock, false) => "24x7",
                    (Coverage::BusinessHours, true) => "business hours **",
                    (Coverage::BusinessHours, false) => "business hours",
                    (Coverage::BestEffort, _) => "best effort",
                    (Coverage::Unspecified, _) => "not specified",
                };
                let customers = match &desk.number {
                    Some(number) => desk
                        .customers
                        .replace(number.as_str(), &table::unbroken(number)),
                    None => desk.customers.clone(),
                };
                languages.add_row(vec![
                    region.region.clone(),
                    desk.name.clone(),
                    customers,
                    when.to_string(),
                ]);
                if let Some(note) = &desk.note {
                    let line = format!("{}: {note}", desk.name);
                    if !notes.contains(&line) {
                        notes.push(line);
                    }
                }
            }
            if let Some(note) = &region.note {
                notes.insert(0, format!("{}: {note}", region.region));
            }
        }
        // Desks with the same note (Spanish, Portuguese) share one line.
        let notes = merge_subjects(notes);
        let mut footnotes: Vec<String> = Vec::new();
        for desk in self.regions.iter().flat_map(|r| &r.languages) {
            let mark = match desk.coverage {
                Coverage::AroundTheClock => "*",
                _ => "**",
            };
            if let Some(condition) = &desk.condition {
                let line = format!("{mark} {}", condition);
                if !footnotes.contains(&line) {
                    footnotes.push(line);
                }
            }
        }
        table::blocks(
            style,
            [
                hours.to_string(),
                languages.to_string(),
                footnotes.join("\n"),
                policy::shown_blocks(style, &self.related),
                notes
                    .iter()
                    .map(|n| format!("Note: {n}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                policy::ending(style, &self.source, None, &self.related),
            ],
        )
    }
}

#[derive(Debug, Serialize)]
pub struct RegionStatus {
    pub region: String,
    pub name: String,
    pub time_zone: String,
    /// The instant asked about (RFC 3339 UTC in JSON), and the same with the desk's offset.
    #[serde(flatten, serialize_with = "in_zones::at")]
    pub at: InZones,
    pub open: bool,
    /// When the desk next opens or closes; null when nothing changes within a year. Also
    /// with the offset of the zone times are shown in (`--tz`, else the system's).
    #[serde(flatten, serialize_with = "in_zones::next_change")]
    pub next_change: Option<InZones>,
    /// Whether public holidays close this desk.
    pub closed_on_holidays: bool,
    /// The holiday files taken into account, where holidays close the desk (joined).
    pub holidays_file: Option<String>,
    /// What closes the desk at that instant besides its hours: a holiday of a file
    /// (`2026-12-25 (Christmas)`), or the hours of a timed closure.
    pub holiday: Option<String>,
    /// Set for a desk the document gives days but no clock times (decided reading 20):
    /// closed on a day it does not keep, with no hour to open at.
    #[serde(skip)]
    pub days_only: bool,
    /// The holiday files behind this desk's calendar, where they end, what they ignored.
    pub holidays: FilesReport,
    pub note: Option<String>,
    pub source: Sources,
    /// The zone times are shown in besides the desk's.
    #[serde(skip)]
    pub shown: Tz,
}

impl RegionStatus {
    /// An instant in the desk's zone, and in the user's where that reads differently.
    fn instant(&self, local: DateTime<FixedOffset>) -> String {
        let t = local.with_timezone(&Utc);
        match text::in_user_zone(t, local, self.shown) {
            Some(user) => format!(
                "{}\n= {user} {}",
                text::readable_fixed(local),
                self.shown.name()
            ),
            None => text::readable_fixed(local),
        }
    }
}

/// `hours --at`: in JSON, one region's status when one was asked for, else a list.
#[derive(Debug)]
pub struct HoursAt {
    pub statuses: Vec<RegionStatus>,
    pub one_region: bool,
    /// Regions left out because their hours need the customer's zone (`--tz`).
    pub skipped: Vec<String>,
    /// Regions left out because the document gives their days but no clock times.
    pub no_clock_times: Vec<String>,
}

impl Serialize for HoursAt {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match (self.one_region, self.statuses.as_slice()) {
            (true, [one]) => one.serialize(serializer),
            (_, all) => all.serialize(serializer),
        }
    }
}

pub fn at(
    rules: &RuleSet,
    region: Option<&str>,
    at: DateTime<Utc>,
    customer_zone: Option<Tz>,
    shown: Tz,
    holidays: &Catalog,
) -> Result<HoursAt, super::Error> {
    let asked = regions(rules, region)?;
    let mut statuses = Vec::new();
    let mut skipped = Vec::new();
    let mut no_clock_times = Vec::new();
    for region in &asked {
        // Days without clock times: closed on a day it does not keep; on one it keeps,
        // whether it is open at the hour cannot be told.
        let open_day = region_zone(region, customer_zone).map(|zone| {
            let calendar = calendar_choice::calendar_of(region, zone, holidays);
            let day = at.with_timezone(&zone).date_naive();
            calendar.has_windows_on(day) && !calendar.is_holiday(day)
        });
        if region.days_only && open_day != Some(false) {
            if asked.len() == 1 {
                fail!(
                    NotAnswered,
                    "region `{}` has days but no clock times in the document ({}): whether it is open at an instant cannot be told (decided reading 20)",
                    region.id,
                    windows_text(region)
                );
            }
            no_clock_times.push(region.id.clone());
            continue;
        }
        let Some(zone) = region_zone(region, customer_zone) else {
            if asked.len() == 1 {
                return Err(zone_missing(region));
            }
            skipped.push(region.id.clone());
            continue;
        };
        let calendar = calendar_choice::calendar_of(region, zone, holidays);
        // A day a days-only desk does not keep: closed, with no hour to open at.
        let presence = if region.days_only {
            Presence::Closed { opens: None }
        } else {
            Presence::on(&calendar, at)
        };
        let files = FilesReport::of(calendar.holiday_files());
        let note = match (region.closed_on_holidays, holidays.left_aside(region)) {
            (true, Some(aside)) => Some(match &region.note {
                Some(note) => format!("{note} {aside}"),
                None => aside,
            }),
            _ => region.note.clone(),
        };
        let day = at.with_timezone(&zone).date_naive();
        let holiday = if calendar.is_holiday(day) {
            Some(match calendar.holiday_name(day).filter(|n| !n.is_empty()) {
                Some(name) => format!("{day} ({name})"),
                None => day.to_string(),
            })
        } else {
            calendar
                .closures_between(at, at + chrono::TimeDelta::seconds(1))
                .first()
                .map(|c| c.describe(zone))
        };
        statuses.push(RegionStatus {
            days_only: region.days_only,
            region: region.id.clone(),
            name: region.name.clone(),
            time_zone: zone.name().to_string(),
            at: InZones::of(at, Shown::Zone(zone), None),
            open: presence.open() == Some(true),
            next_change: presence
                .next_change()
                .map(|t| InZones::of(t, Shown::Zone(zone), Some(shown))),
            shown,
            closed_on_holidays: region.closed_on_holidays,
            holidays_file: files.file.clone(),
            holiday,
            holidays: files,
            note,
            source: Sources::of(rules, &region.source),
        });
    }
    if statuses.is_empty() {
        fail!(NoCalendar, "no region can be judged at that instant");
    }
    Ok(HoursAt {
        statuses,
        one_region: region.is_some(),
        skipped,
        no_clock_times,
    })
}

impl Answer for HoursAt {
    fn table(&self, style: &Style) -> String {
        let statuses = &self.statuses;
        let mut out = table::with_header(
            style,
            ["Region", "Time zone", "Local time", "Now", "Next change"],
        );
        let mut source = Sources::default();
        let mut notes = Vec::new();
        for s in statuses {
            let next = match (s.next_change.map(|n| n.local), s.open) {
                (Some(t), true) => format!("closes {}", s.instant(t)),
                (Some(t), false) => format!("opens {}", s.instant(t)),
                (None, true) => "open around the clock".to_string(),
                (None, false) if s.days_only => {
                    "not today: the document gives its days, no hours".to_string()
                }
                (None, false) => "no opening within a year".to_string(),
            };
            out.add_row(vec![
                Cell::new(format!("{}\n({})", s.name, s.region)),
                Cell::new(&s.time_zone),
                Cell::new(s.instant(s.at.local)),
                if s.open {
                    table::painted("open", Paint::Good)
                } else {
                    table::painted("closed", Paint::Bad)
                },
                Cell::new(next),
            ]);
            source.merge(&s.source);
            if let Some(holiday) = &s.holiday {
                notes.push(format!(
                    "{}: closed by the holiday file: {holiday}.",
                    s.region
                ));
            }
            if let Some(note) = &s.note {
                notes.push(format!("Note: {}: {note}", s.region));
            }
        }
        let mut caveats: Vec<String> = Vec::new();
        for s in statuses {
            // The last local day the answer looks at: the next change, else the instant.
            let last_day = Some(s.next_change.map_or(s.at.local, |n| n.local).date_naive());
            for caveat in s.holidays.caveats(last_day) {
                if !caveats.contains(&caveat) {
                    caveats.push(caveat);
                }
            }
        }
        let skipped = self
            .skipped
            .iter()
            .map(|r| {
                format!(
                    "Region `{r}` keeps the customer's own local hours: add --tz to include it."
                )
            })
            .chain(self.no_clock_times.iter().map(|r| {
                format!("Region `{r}` has days but no clock times in the document: left out (decided reading 20).")
            }))
            .collect::<Vec<_>>();
        table::blocks(
            style,
            [
                out.to_string(),
                skipped.join("\n"),
                match statuses.iter().find_map(|s| s.holidays_file.as_deref()) {
                    Some(file) => format!("Holidays from {file} were taken into account."),
                    None if statuses.iter().any(|s| s.closed_on_holidays) => {
                        "Public holidays are not taken into account (give --holidays FILE)."
                            .to_string()
                    }
                    None => String::new(),
                },
                caveats.join("\n"),
                notes.join("\n"),
                source.lines(style),
            ],
        )
    }
}
