//! iCalendar (RFC 5545) holiday files, parsed by the `icalendar` crate, turned into
//! [`Event`]s: what each `VEVENT` closes, when, and how often.
//!
//! Read as files in the wild write them: names in any letter case, unknown components
//! and `X-` properties passed over, `DTEND` exclusive, equal to `DTSTART` (one day) or
//! given as `DURATION`, a date `DTSTART` with a date-time `DTEND` (the start's day),
//! several `RRULE`s, `RDATE` (dates, date-times or periods), `EXDATE`, and
//! `RECURRENCE-ID` overrides of one occurrence. An event that closes nothing is never
//! dropped quietly: it becomes an [`Ignored`] with its line and the reason.

use std::collections::HashMap;

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use icalendar::parser::{Component, Property};

use super::recur::{Prepared, Recurrence, StartKind};
use super::structure::{self, Block};
use super::text::Lines;
use super::vtimezone::FileZone;
use super::{Event, EventInfo, Ignored, Length, Start, TimeRef, MAX_EVENT_DAYS};

/// What an iCalendar text holds: its events, those that close nothing, the zones it
/// defines for itself, and the zones its calendars name for floating times.
pub struct Contents {
    pub events: Vec<Event>,
    pub ignored: Vec<Ignored>,
    pub zones: Vec<FileZone>,
    pub calendar_zones: Vec<CalendarZone>,
}

/// The events of an iCalendar text, and those that close nothing.
///
/// Errors: what [`structure::outline`] refuses (the file's structure, not one event's).
pub fn read(lines: &Lines) -> Result<Contents, super::error::Problem> {
    let calendars = structure::outline(lines)?;
    let blocks = blocks_of(&calendars);
    // Zones first: an event may name a VTIMEZONE defined after it.
    let (locations, zones, zone_errors) = read_zones(&blocks);
    // What each of the file's own zones' TZID names, worked out once: a name no zone has
    // is looked for among every Windows and city name, too slow to repeat at every time.
    let named: HashMap<String, Option<chrono_tz::Tz>> = zones
        .iter()
        .map(|z| (z.id.clone(), super::zone::resolve(&z.id, &locations)))
        .collect();
    // Each calendar's X-WR-TIMEZONE (Google, Apple): the zone of its floating times.
    let calendar_zones: Vec<CalendarZone> = calendars
        .iter()
        .map(|c| {
            let name = calendar_property(c, "X-WR-TIMEZONE")?;
            let reference = super::zone::resolve(&name, &locations)
                .map(TimeRef::Zone)
                .or_else(|| {
                    zones
                        .iter()
                        .position(|z| z.id == name)
                        .and_then(|i| u16::try_from(i).ok())
                        .map(TimeRef::Own)
                });
            Some(CalendarZone { name, reference })
        })
        .map(|z| {
            z.unwrap_or(CalendarZone {
                name: String::new(),
                reference: None,
            })
        })
        .collect();
    let mut events = Vec::new();
    let mut ignored = Vec::new();
    let mut overrides: Vec<(String, Value, Event)> = Vec::new();
    let mut cancelled: Vec<(String, Value, usize)> = Vec::new();
    let mut budget = Budget::default();
    for (calendar, block) in blocks.iter().filter(|(_, b)| b.name == "VEVENT") {
        let line = block.line;
        if let Some((number, text)) = bad_line(block) {
            ignored.push(Ignored {
                line,
                reason: format!(
                    "line {number} is not an iCalendar property: `{}`",
                    crate::render::echo::shorten(text, 60)
                ),
            });
            continue;
        }
        let parsed = icalendar::parser::read_calendar_simple(&block.text);
        let Some(vevent) = parsed.as_ref().ok().and_then(|c| c.first()) else {
            ignored.push(Ignored {
                line,
                reason: "the event cannot be read as iCalendar".to_string(),
            });
            continue;
        };
        let reader = Reader {
            component: vevent,
            locations: &locations,
            zones: &zones,
            named: &named,
            zone_errors: &zone_errors,
            floating: calendar_zones
                .get(*calendar)
                .and_then(|z| z.reference)
                .unwrap_or(TimeRef::Floating),
            line,
        };
        match reader.event(&mut budget) {
            Ok(Read::Event(event)) => match reader.recurrence_id() {
                Some(Ok(id)) => overrides.push((reader.uid(), id, *event)),
                Some(Err(reason)) => ignored.push(Ignored { line, reason }),
                None => events.push(*event),
            },
            Ok(Read::Cancelled) => match reader.recurrence_id() {
                Some(Ok(id)) => cancelled.push((reader.uid(), id, line)),
                _ => ignored.push(Ignored {
                    line,
                    reason: "cancelled (STATUS:CANCELLED)".to_string(),
                }),
            },
            Err(reason) => ignored.push(Ignored { line, reason }),
        }
    }
    apply_overrides(&mut events, &mut ignored, overrides, cancelled, &zones);
    // Calendars without X-WR-TIMEZONE are not worth a word.
    let calendar_zones = calendar_zones
        .into_iter()
        .filter(|z| !z.name.is_empty())
        .collect();
    Ok(Contents {
        events,
        ignored,
        zones,
        calendar_zones,
    })
}

/// Events and zones wherever they are, each with the index of its calendar.
fn blocks_of(calendars: &[Block]) -> Vec<(usize, &Block)> {
    // Events and zones wherever they are (some writers group events in X- components);
    // an event's own children (alarms) are part of it. Each with its calendar.
    let mut blocks: Vec<(usize, &Block)> = Vec::new();
    let mut pending: Vec<(usize, &Block)> = calendars
        .iter()
        .enumerate()
        .flat_map(|(i, c)| c.children.iter().map(move |b| (i, b)))
        .rev()
        .collect();
    while let Some((calendar, block)) = pending.pop() {
        blocks.push((calendar, block));
        if block.name != "VEVENT" {
            pending.extend(block.children.iter().rev().map(|b| (calendar, b)));
        }
    }
    blocks
}

/// The file's own zones (VTIMEZONE), read once: each TZID's X-LIC-LOCATION, the zones
/// read, and why the others could not be.
fn read_zones(
    blocks: &[(usize, &Block)],
) -> (
    HashMap<String, String>,
    Vec<FileZone>,
    HashMap<String, String>,
) {
    let mut locations = HashMap::new();
    let mut zones: Vec<FileZone> = Vec::new();
    let mut zone_errors: HashMap<String, String> = HashMap::new();
    let mut zone_budget = FILE_COUNT_BUDGET;
    for (_, block) in blocks.iter().filter(|(_, b)| b.name == "VTIMEZONE") {
        if let Ok(components) = icalendar::parser::read_calendar_simple(&block.text) {
            for component in &components {
                let id = property(component, "TZID")
                    .map(|p| p.val.as_str().trim().to_string())
                    .unwrap_or_default();
                if let Some(location) = property(component, "X-LIC-LOCATION") {
                    locations.insert(id.clone(), location.val.as_str().trim().to_string());
                }
                if zones.iter().any(|z| z.id == id) {
                    continue;
                }
                match FileZone::read(component, &mut zone_budget) {
                    Ok(zone) => zones.push(zone),
                    Err(reason) => {
                        zone_errors.insert(id, reason);
                    }
                }
            }
        }
    }
    (locations, zones, zone_errors)
}

/// Applies the overrides (`RECURRENCE-ID`) and cancelled occurrences to the events they
/// name.
fn apply_overrides(
    events: &mut Vec<Event>,
    ignored: &mut Vec<Ignored>,
    overrides: Vec<(String, Value, Event)>,
    cancelled: Vec<(String, Value, usize)>,
    zones: &[FileZone],
) {
    // An override replaces one occurrence of the event with its UID; a cancelled one
    // removes it. Without such an event, an override stands on its own.
    let mut by_uid: HashMap<String, usize> = HashMap::new();
    for (index, event) in events.iter().enumerate() {
        if !event.uid.is_empty() {
            by_uid.entry(event.uid.clone()).or_insert(index);
        }
    }
    // The override names the occurrence in its own form; it is matched in the master's.
    for (uid, id, line) in cancelled {
        match by_uid.get(&uid) {
            Some(&master) => {
                let id = on_start(id, &events[master].start, zones);
                events[master].excluded.insert(id);
                ignored.push(Ignored {
                    line,
                    reason: format!("cancels the occurrence of {} (STATUS:CANCELLED)", id.date()),
                });
            }
            None => ignored.push(Ignored {
                line,
                reason: "cancels an occurrence of an event the file does not have".to_string(),
            }),
        }
    }
    for (uid, id, mut event) in overrides {
        if let Some(&master) = by_uid.get(&uid) {
            let id = on_start(id, &events[master].start, zones);
            events[master].excluded.insert(id);
            event.of_endless_series = events[master].rules.iter().any(|r| r.until().is_none());
        }
        events.push(event);
    }
}

/// A calendar's `X-WR-TIMEZONE`: the name, and the zone it was read as (`None` when no
/// zone is known by that name, and floating times stay in each calendar's own zone).
#[derive(Debug, Clone)]
pub struct CalendarZone {
    pub name: String,
    pub reference: Option<TimeRef>,
}

/// A calendar-level property's value (not one of its components'), trimmed.
fn calendar_property(calendar: &Block, name: &str) -> Option<String> {
    let mut depth = 0usize;
    for line in calendar.text.split_terminator("\r\n") {
        let upper = line
            .get(..line.len().min(6))
            .unwrap_or("")
            .to_ascii_uppercase();
        if upper.starts_with("BEGIN:") || upper.starts_with("BEGIN;") {
            depth += 1;
        } else if upper.starts_with("END:") || upper.starts_with("END;") {
            depth = depth.saturating_sub(1);
        } else if depth == 1 {
            let Some(rest) = line.get(name.len()..) else {
                continue;
            };
            if line
                .get(..name.len())
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
                && rest.starts_with([':', ';'])
            {
                let value = rest.split_once(':').map_or("", |(_, v)| v).trim();
                return (!value.is_empty()).then(|| value.to_string());
            }
        }
    }
    None
}

/// The first line of a component or its children that is not a property.
fn bad_line(block: &Block) -> Option<&(usize, String)> {
    block
        .bad_lines
        .first()
        .or_else(|| block.children.iter().find_map(bad_line))
}

fn property<'c>(component: &'c Component<'c>, name: &'static str) -> Option<&'c Property<'c>> {
    properties(component, name).next()
}

fn properties<'c>(
    component: &'c Component<'c>,
    name: &'static str,
) -> impl Iterator<Item = &'c Property<'c>> + 'c {
    component
        .properties
        .iter()
        .filter(move |p| p.name.as_str().eq_ignore_ascii_case(name))
}

fn param<'p>(property: &'p Property<'p>, name: &str) -> Option<&'p str> {
    property
        .params
        .iter()
        .find(|p| p.key.as_str().eq_ignore_ascii_case(name))
        .and_then(|p| p.val.as_ref())
        .map(|v| v.as_str().trim().trim_matches('"'))
}

use super::{COUNT_BUDGET as FILE_COUNT_BUDGET, YEARLY_BUDGET};

/// What a file has spent of its limits so far.
#[derive(Default)]
struct Budget {
    /// Occurrences of counted rules and `RDATE`s listed.
    expanded: usize,
    /// Days and stretches the recurring events close in any year, at most.
    recurring: usize,
    /// Days and stretches the dated occurrences close, by year.
    dated: HashMap<i32, usize>,
}

enum Read {
    Event(Box<Event>),
    Cancelled,
}

struct Reader<'c> {
    component: &'c Component<'c>,
    locations: &'c HashMap<String, String>,
    /// The zones the file defines in its VTIMEZONEs, and why others cannot be used.
    zones: &'c [FileZone],
    /// The zone each of `zones`' TZIDs names, if any.
    named: &'c HashMap<String, Option<chrono_tz::Tz>>,
    zone_errors: &'c HashMap<String, String>,
    /// What a time without TZID or Z is read in: its calendar's X-WR-TIMEZONE, or floating.
    floating: TimeRef,
    line: usize,
}

/// Charges what an event closes in a year to the file's budget; refused past it.
fn charge_year(
    budget: &mut Budget,
    start: Start,
    length: Length,
    rules: &[Recurrence],
    extra: &[(NaiveDateTime, Option<Length>)],
) -> Result<(), String> {
    // What the event closes in a year, at most: each occurrence's days (or one stretch),
    // every year for its rules, in their own years for its dates. A file may not close
    // more than a budget in any year, all events together.
    let days = match (start, length) {
        (Start::AllDay(_), Length::Days(d)) => usize::try_from(d).unwrap_or(1),
        _ => 1,
    };
    let recurring = rules
        .iter()
        .map(|r: &Recurrence| r.per_year().saturating_mul(days))
        .sum::<usize>();
    let mut dated: HashMap<i32, usize> = HashMap::new();
    for t in std::iter::once(start.naive()).chain(extra.iter().map(|(t, _)| *t)) {
        *dated.entry(t.year()).or_default() += days;
    }
    let worst = dated
        .iter()
        .map(|(year, n)| n + budget.dated.get(year).copied().unwrap_or(0))
        .chain(budget.dated.values().copied())
        .max()
        .unwrap_or(0);
    if budget
        .recurring
        .saturating_add(recurring)
        .saturating_add(worst)
        > YEARLY_BUDGET
    {
        return Err(format!(
            "the file's events close more than {YEARLY_BUDGET} days or stretches of time in a year: a schedule, not holidays"
        ));
    }
    budget.recurring += recurring;
    for (year, n) in dated {
        *budget.dated.entry(year).or_default() += n;
    }
    Ok(())
}

/// A date or date-time value as written.
#[derive(Debug, Clone, Copy)]
enum Value {
    Date(NaiveDate),
    Time(NaiveDateTime, TimeRef),
}

impl Reader<'_> {
    fn uid(&self) -> String {
        property(self.component, "UID")
            .map(|p| p.val.as_str().trim().to_string())
            .unwrap_or_default()
    }

    /// The event's EXRULEs, each a rule or (counted) the starts it excludes.
    fn exclusion_rules(
        &self,
        start: Start,
        kind: StartKind,
        budget: &mut Budget,
    ) -> Result<(Vec<Recurrence>, Vec<NaiveDateTime>), String> {
        // EXRULE (RFC 2445; RFC 5545 dropped it, some programs still write it): honoured,
        // its starts removed as EXDATE's are. A rule that cannot be read costs the event,
        // named, rather than closing days it was meant to exclude.
        let mut exclusion_rules = Vec::new();
        let mut exruled = Vec::new();
        for exrule in properties(self.component, "EXRULE") {
            let left = FILE_COUNT_BUDGET.saturating_sub(budget.expanded);
            let prepared =
                Recurrence::prepare(exrule.val.as_str().trim(), start.naive(), kind, left)
                    .map_err(|e| e.replace("`RRULE:", "`EXRULE:"))?;
            match prepared {
                Prepared::Rule(rule) => exclusion_rules.push(*rule),
                Prepared::Starts(starts) => {
                    budget.expanded += starts.len();
                    if budget.expanded > FILE_COUNT_BUDGET {
                        return Err(format!(
                            "the file's RDATEs and counted recurrences exceed {FILE_COUNT_BUDGET} occurrences in all"
                        ));
                    }
                    exruled.extend(starts);
                }
            }
        }
        Ok((exclusion_rules, exruled))
    }

    /// The starts the event's EXDATEs (and EXRULEs, `exruled`) exclude, and the days a date
    /// excludes a timed event's occurrences on.
    fn excluded(
        &self,
        start: Start,
        exruled: Vec<NaiveDateTime>,
    ) -> Result<
        (
            rustc_hash::FxHashSet<NaiveDateTime>,
            rustc_hash::FxHashSet<NaiveDate>,
        ),
        String,
    > {
        let mut excluded: rustc_hash::FxHashSet<NaiveDateTime> = exruled.into_iter().collect();
        let mut excluded_days = rustc_hash::FxHashSet::default();
        for exdate in properties(self.component, "EXDATE") {
            for part in exdate.val.as_str().split(',').map(str::trim) {
                match (self.value(exdate, part)?, start) {
                    // A date excludes a timed event's occurrences on that day.
                    (Value::Date(day), Start::Timed(..)) => {
                        excluded_days.insert(day);
                    }
                    (value, _) => {
                        excluded.insert(on_start(value, &start, self.zones));
                    }
                }
            }
        }
        Ok((excluded, excluded_days))
    }

    fn event(&self, budget: &mut Budget) -> Result<Read, String> {
        if property(self.component, "STATUS")
            .is_some_and(|s| s.val.as_str().trim().eq_ignore_ascii_case("CANCELLED"))
        {
            return Ok(Read::Cancelled);
        }
        let start = property(self.component, "DTSTART").ok_or("no DTSTART")?;
        let start = match self.value(start, start.val.as_str().trim())? {
            Value::Date(day) => Start::AllDay(day),
            Value::Time(t, r) => Start::Timed(t, r),
        };
        let length = self.length(&start)?;
        let summary = property(self.component, "SUMMARY")
            .map(|p| text(p.val.as_str()))
            .unwrap_or_default();
        let categories = properties(self.component, "CATEGORIES")
            .flat_map(|p| text_list(p.val.as_str()))
            .filter(|c| !c.is_empty())
            .collect();
        let kind = match start {
            Start::AllDay(_) => StartKind::AllDay,
            Start::Timed(_, TimeRef::Utc) => StartKind::Utc,
            Start::Timed(_, TimeRef::Zone(zone)) => StartKind::Zoned(zone),
            Start::Timed(_, TimeRef::Floating) => StartKind::Floating,
            // The file's own zone: a UTC UNTIL is moved by the offset in force then.
            Start::Timed(_, TimeRef::Own(_)) => StartKind::Floating,
        };
        let mut rules = Vec::new();
        let mut extra = Vec::new();
        for rrule in properties(self.component, "RRULE") {
            let left = FILE_COUNT_BUDGET.saturating_sub(budget.expanded);
            let kind = match start {
                Start::Timed(_, TimeRef::Own(index)) => StartKind::Fixed(
                    utc_until(rrule.val.as_str())
                        .and_then(|u| self.zones.get(usize::from(index)).map(|z| z.offset_at(u)))
                        .unwrap_or(0),
                ),
                _ => kind,
            };
            match Recurrence::prepare(rrule.val.as_str().trim(), start.naive(), kind, left)? {
                Prepared::Rule(rule) => rules.push(*rule),
                Prepared::Starts(starts) => {
                    budget.expanded += starts.len();
                    if budget.expanded > FILE_COUNT_BUDGET {
                        return Err(format!(
                            "the file's RDATEs and counted recurrences exceed {FILE_COUNT_BUDGET} occurrences in all"
                        ));
                    }
                    extra.extend(starts.into_iter().map(|t| (t, None)));
                }
            }
        }
        let (exclusion_rules, exruled) = self.exclusion_rules(start, kind, budget)?;
        for rdate in properties(self.component, "RDATE") {
            for part in rdate.val.as_str().split(',').map(str::trim) {
                budget.expanded += 1;
                if budget.expanded > FILE_COUNT_BUDGET {
                    return Err(format!(
                        "the file's RDATEs and counted recurrences exceed {FILE_COUNT_BUDGET} occurrences in all"
                    ));
                }
                extra.push(self.rdate(rdate, part, &start)?);
            }
        }
        let (excluded, excluded_days) = self.excluded(start, exruled)?;
        // An event every occurrence of which is excluded closes nothing.
        if rules.is_empty()
            && exclusion_rules.is_empty()
            && std::iter::once(start.naive())
                .chain(extra.iter().map(|(t, _)| *t))
                .all(|t| excluded.contains(&t) || excluded_days.contains(&t.date()))
        {
            return Err("every occurrence is excluded by EXDATE or EXRULE".to_string());
        }
        charge_year(budget, start, length, &rules, &extra)?;
        Ok(Read::Event(Box::new(Event {
            info: EventInfo {
                line: self.line,
                summary,
                categories,
            },
            uid: self.uid(),
            start,
            length,
            rules,
            exclusion_rules,
            extra,
            excluded,
            excluded_days,
            of_endless_series: false,
        })))
    }

    /// How long each occurrence closes, from `DTEND` or `DURATION`.
    fn length(&self, start: &Start) -> Result<Length, String> {
        let end = property(self.component, "DTEND");
        let duration = property(self.component, "DURATION");
        let length = match (start, end, duration) {
            (_, Some(end), _) => {
                let end = self.value(end, end.val.as_str().trim())?;
                match (start, end) {
                    (Start::AllDay(first), Value::Date(last)) if last > *first => {
                        Length::Days((last - *first).num_days())
                    }
                    // DTEND equal to DTSTART, as some writers put it: that one day.
                    (Start::AllDay(first), Value::Date(last)) if last == *first => Length::Days(1),
                    (Start::AllDay(_), Value::Date(_)) => {
                        return Err("DTEND is before DTSTART: the event closes nothing".into())
                    }
                    // A date-time end on an all-day event: the start's day.
                    (Start::AllDay(_), Value::Time(..)) => Length::Days(1),
                    (Start::Timed(..), Value::Date(last)) => {
                        let end = last.and_time(NaiveTime::MIN);
                        Length::Exact(end - start.naive())
                    }
                    (Start::Timed(t, r), Value::Time(u, s)) => {
                        Length::Exact(exact_between((*t, *r), (u, s), self.zones))
                    }
                }
            }
            (_, None, Some(duration)) => {
                let (days, time) = read_duration(duration.val.as_str().trim())?;
                match start {
                    Start::AllDay(_) => {
                        // Whole days; a part day still closes the day it falls on.
                        let seconds = days * 86_400 + time.num_seconds();
                        Length::Days(((seconds + 86_399) / 86_400).max(1))
                    }
                    Start::Timed(..) if days == 0 => Length::Exact(time),
                    Start::Timed(..) => Length::Nominal { days, time },
                }
            }
            (Start::AllDay(_), None, None) => Length::Days(1),
            (Start::Timed(..), None, None) => {
                return Err("a timed event without DTEND or DURATION lasts no time".into())
            }
        };
        match length {
            Length::Days(days) if days > MAX_EVENT_DAYS => Err(format!(
                "an all-day event of {days} days is not a holiday (at most {MAX_EVENT_DAYS})"
            )),
            Length::Exact(delta) if delta < TimeDelta::zero() => {
                Err("DTEND is before DTSTART: the event closes nothing".into())
            }
            Length::Exact(delta) if delta == TimeDelta::zero() => {
                Err("the event ends when it starts: it closes nothing".into())
            }
            Length::Nominal { days, time } if days * 86_400 + time.num_seconds() <= 0 => {
                Err("the event ends when it starts: it closes nothing".into())
            }
            Length::Nominal { days, .. } if days > MAX_EVENT_DAYS => Err(format!(
                "an event of more than {MAX_EVENT_DAYS} days is not a holiday"
            )),
            Length::Exact(delta) if delta > TimeDelta::days(MAX_EVENT_DAYS) => Err(format!(
                "an event of more than {MAX_EVENT_DAYS} days is not a holiday"
            )),
            length => Ok(length),
        }
    }

    /// A `DATE` or `DATE-TIME` value with its `TZID`.
    fn value(&self, property: &Property, text: &str) -> Result<Value, String> {
        let name = property.name.as_str().to_ascii_uppercase();
        let bad = || {
            format!(
                "{name} `{}` is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)",
                crate::render::echo::shorten(text, 80)
            )
        };
        let date_only = param(property, "VALUE").is_some_and(|v| v.eq_ignore_ascii_case("DATE"));
        if text.len() == 8 || date_only {
            let day = NaiveDate::parse_from_str(text.get(..8).unwrap_or(text), "%Y%m%d")
                .map_err(|_| bad())?;
            return Ok(Value::Date(day));
        }
        let (bare, utc) = match text.strip_suffix(['Z', 'z']) {
            Some(bare) => (bare, true),
            None => (text, false),
        };
        let t = NaiveDateTime::parse_from_str(bare, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
        let reference = match (utc, tzid(property)) {
            (true, _) => TimeRef::Utc,
            (false, Some(tzid)) => self.zone(tzid)?,
            (false, None) => self.floating,
        };
        Ok(Value::Time(t, reference))
    }

    /// The zone a `TZID` names: a zone known by name, else one the file defines.
    fn zone(&self, tzid: &str) -> Result<TimeRef, String> {
        let shown = crate::render::echo::shorten(tzid, 80);
        let known = match self.named.get(tzid) {
            Some(known) => *known,
            None if tzid.is_empty() => None,
            None => super::zone::resolve(tzid, self.locations),
        };
        if let Some(zone) = known.filter(|_| !tzid.is_empty()) {
            return Ok(TimeRef::Zone(zone));
        }
        if let Some(index) = self.zones.iter().position(|z| z.id == tzid) {
            return u16::try_from(index).map(TimeRef::Own).map_err(|_| {
                format!("TZID=\"{shown}\" is one of too many zones the file defines")
            });
        }
        Err(match self.zone_errors.get(tzid) {
            Some(reason) if tzid.is_empty() => format!(
                "TZID= is empty and the file's VTIMEZONE for it cannot be read: {reason}"
            ),
            Some(reason) => format!(
                "time zone TZID=\"{shown}\" is the file's own, but {reason}"
            ),
            None if tzid.is_empty() => "TZID= is empty and no VTIMEZONE of the file defines it: name the zone (an IANA name such as Europe/London, or a VTIMEZONE's TZID)".to_string(),
            None => format!("unknown time zone TZID=\"{shown}\""),
        })
    }

    /// One `RDATE`: a start, or a `PERIOD` (start/end or start/duration).
    fn rdate(
        &self,
        property: &Property,
        part: &str,
        start: &Start,
    ) -> Result<(NaiveDateTime, Option<Length>), String> {
        let Some((first, rest)) = part.split_once('/') else {
            return Ok((
                on_start(self.value(property, part)?, start, self.zones),
                None,
            ));
        };
        let from = on_start(self.value(property, first)?, start, self.zones);
        let length = if rest.trim_start().starts_with(['P', 'p', '+', '-']) {
            let (days, time) = read_duration(rest.trim())?;
            TimeDelta::days(days) + time
        } else {
            on_start(self.value(property, rest)?, start, self.zones) - from
        };
        if length <= TimeDelta::zero() || length > TimeDelta::days(MAX_EVENT_DAYS) {
            return Err(format!(
                "RDATE period `{}` is not a holiday's length",
                crate::render::echo::shorten(part, 80)
            ));
        }
        Ok((from, Some(Length::Exact(length))))
    }

    /// The occurrence an override replaces, if the event is one, as written.
    fn recurrence_id(&self) -> Option<Result<Value, String>> {
        let id = property(self.component, "RECURRENCE-ID")?;
        if param(id, "RANGE").is_some_and(|r| r.eq_ignore_ascii_case("THISANDFUTURE")) {
            return Some(Err(
                "RECURRENCE-ID;RANGE=THISANDFUTURE (changing every later occurrence) is not supported"
                    .to_string(),
            ));
        }
        Some(self.value(id, id.val.as_str().trim()))
    }
}

/// An `EXDATE`/`RDATE`/`RECURRENCE-ID` value as the naive start it names in an event
/// starting at `start`.
fn on_start(value: Value, start: &Start, zones: &[FileZone]) -> NaiveDateTime {
    match (value, start) {
        (Value::Date(day), _) => day.and_time(NaiveTime::MIN),
        (Value::Time(t, _), Start::AllDay(_)) => t.date().and_time(NaiveTime::MIN),
        (Value::Time(t, from), Start::Timed(_, to)) => convert(t, from, *to, zones),
    }
}

/// A wall-clock time moved from one reference to another (a floating time stays put).
fn convert(t: NaiveDateTime, from: TimeRef, to: TimeRef, zones: &[FileZone]) -> NaiveDateTime {
    match from.instant(t, zones) {
        Some(i) => to.local(i, zones).unwrap_or(t),
        None => t,
    }
}

/// The exact time between two written times; a floating one is read in the other's zone.
fn exact_between(
    start: (NaiveDateTime, TimeRef),
    end: (NaiveDateTime, TimeRef),
    zones: &[FileZone],
) -> TimeDelta {
    let instant = |(t, r): (NaiveDateTime, TimeRef), other: TimeRef| -> Option<DateTime<Utc>> {
        match (r, other) {
            (TimeRef::Floating, TimeRef::Floating) => Some(t.and_utc()),
            (TimeRef::Floating, other) => other.instant(t, zones),
            (r, _) => r.instant(t, zones),
        }
    };
    match (instant(start, end.1), instant(end, start.1)) {
        (Some(a), Some(b)) => b - a,
        _ => end.0 - start.0,
    }
}

/// An `RRULE`'s `UNTIL` when written in UTC.
fn utc_until(rule: &str) -> Option<NaiveDateTime> {
    rule.split(';')
        .filter_map(|part| part.trim().split_once('='))
        .find(|(key, _)| key.trim().eq_ignore_ascii_case("UNTIL"))
        .and_then(|(_, value)| value.trim().strip_suffix(['Z', 'z']).map(str::to_string))
        .and_then(|value| NaiveDateTime::parse_from_str(&value, "%Y%m%dT%H%M%S").ok())
}

/// A `TZID` parameter's value; an empty one (`TZID=`) is `""`, not absent.
fn tzid<'p>(property: &'p Property<'p>) -> Option<&'p str> {
    property
        .params
        .iter()
        .find(|p| p.key.as_str().eq_ignore_ascii_case("TZID"))
        .map(|p| {
            p.val
                .as_ref()
                .map_or("", |v| v.as_str().trim().trim_matches('"').trim())
        })
}

/// An RFC 5545 duration (`P2D`, `PT1H30M`, `P1W`, `P1DT12H`), by the `iso8601` crate: its
/// days (weeks counted as seven) and the exact time after them.
fn read_duration(text: &str) -> Result<(i64, TimeDelta), String> {
    let bad = || {
        format!(
            "DURATION `{}` is not a duration such as P1D or PT4H",
            crate::render::echo::shorten(text, 80)
        )
    };
    let positive = text.strip_prefix('+').unwrap_or(text);
    if positive.starts_with('-') {
        return Err(format!(
            "DURATION `{}` is negative",
            crate::render::echo::shorten(text, 80)
        ));
    }
    match iso8601::duration(positive).map_err(|_| bad())? {
        iso8601::Duration::Weeks(weeks) => Ok((i64::from(weeks) * 7, TimeDelta::zero())),
        // RFC 5545 durations have no years or months.
        iso8601::Duration::YMDHMS { year, month, .. } if year > 0 || month > 0 => Err(bad()),
        iso8601::Duration::YMDHMS {
            day,
            hour,
            minute,
            second,
            millisecond,
            ..
        } => Ok((
            i64::from(day),
            TimeDelta::hours(i64::from(hour))
                + TimeDelta::minutes(i64::from(minute))
                + TimeDelta::seconds(i64::from(second))
                + TimeDelta::milliseconds(i64::from(millisecond)),
        )),
    }
}

/// A TEXT list (`CATEGORIES`): split at commas that are not escaped, each item unescaped.
fn text_list(value: &str) -> Vec<String> {
    let mut items = Vec::new();
    let mut current = String::new();
    let mut chars = value.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('n' | 'N') => current.push(' '),
                Some(next) => current.push(next),
                None => current.push('\\'),
            },
            ',' => items.push(std::mem::take(&mut current).trim().to_string()),
            c => current.push(c),
        }
    }
    items.push(current.trim().to_string());
    items
}

/// Text as shown: escapes the parser leaves (`\:` from some writers, `\n`) undone, spaces
/// trimmed.
fn text(value: &str) -> String {
    value
        .replace("\\:", ":")
        .replace("\\,", ",")
        .replace("\\;", ";")
        .replace("\\n", " ")
        .replace("\\N", " ")
        .trim()
        .to_string()
}
