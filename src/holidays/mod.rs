//! Holiday files: what closes a business-hours calendar besides its weekly schedule.
//!
//! Three forms are read: iCalendar (RFC 5545, `.ics`: all-day and timed events, with any
//! recurrence; see [`ical`]), one `YYYY-MM-DD` a line with an optional name, and a CSV of
//! `name,start_date,end_date` ranges as helpdesks keep them (see [`ranges`]). A file is
//! read once into [`Event`]s; what they close is expanded lazily, a year at a time, only
//! for the years a query reaches ([`HolidayFile::year`]).
//!
//! Policy, on top of the parser and the recurrence engine (decided reading 11: the
//! documents exclude holidays but list none, so the user's file is the only source):
//! - an all-day event closes whole local days of every calendar it applies to; a timed
//!   event closes that stretch of time (in its `TZID`, in UTC, or, when floating, in each
//!   calendar's own zone);
//! - `--holiday-category` keeps only events with one of the given `CATEGORIES`;
//! - an event that closes nothing is reported ([`Ignored`]) with its line and reason;
//! - a file whose events end somewhere says where ([`HolidayFile::known_until`]).

mod catalog;
mod error;
mod ical;
mod ranges;
mod recur;
mod structure;
mod text;
mod vtimezone;
mod zone;
pub use zone::typed as typed_zone;

pub use catalog::{known_until, Catalog, HolidaySpec};
pub use error::{Error, Problem};
pub use ical::CalendarZone;

use std::fs;
use std::io::Read as _;
use std::path::Path;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, Utc};
use chrono_tz::Tz;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;

use crate::time::YEARS;

/// No event closes more days than this: a longer one is a mistake, not a holiday.
pub const MAX_EVENT_DAYS: i64 = 366;

/// The largest holiday file read, in bytes (national calendars for decades are under 1 MB).
pub const MAX_FILE_BYTES: u64 = 16 << 20;

/// The most events a holiday file may have.
pub const MAX_EVENTS: usize = 200_000;

/// The most occurrences of counted rules (`COUNT`) and `RDATE`s a file may list.
pub const COUNT_BUDGET: usize = 100_000;

/// The most days (all-day events) and stretches of time (timed events) an iCalendar file's
/// events may close in one year, all events together: a national calendar closes a few
/// dozen; more is a schedule, and would cost memory and time for every year looked at.
pub const YEARLY_BUDGET: usize = 50_000;

/// A holiday file, read and filtered, with what each year of it closes.
#[derive(Debug)]
pub struct HolidayFile {
    /// The path as the user gave it.
    pub file: String,
    /// The path it was read from, to read a file named twice once.
    pub path: Option<std::path::PathBuf>,
    events: Vec<Event>,
    /// Events that close nothing, with their line and the reason.
    pub ignored: Vec<Ignored>,
    /// Events left out because none of their `CATEGORIES` was asked for.
    pub left_out: usize,
    /// The categories asked for (`--holiday-category`), lower-cased; empty for all.
    pub categories: Vec<String>,
    /// Categories asked for that no event of the file has (a typo keeps nothing).
    pub absent_categories: Vec<String>,
    /// Every category the file's events have, lower-cased, to show when one is absent.
    pub present_categories: Vec<String>,
    /// Whether the file is a date list or range list (which have no categories and are
    /// never filtered).
    pub date_lines: bool,
    /// The last day an event that ends closes; `None` when every event recurs without end.
    pub known_until: Option<NaiveDate>,
    /// Whether some event recurs without end (and so still closes days after `known_until`).
    pub recurs_without_end: bool,
    /// The zones the file defines in `VTIMEZONE`s whose names are not known
    /// ([`TimeRef::Own`] indexes them).
    zones: Vec<vtimezone::FileZone>,
    /// Each calendar's `X-WR-TIMEZONE`, where floating times are read (Google, Apple).
    pub calendar_zones: Vec<CalendarZone>,
    /// What each year closes, once worked out; shared by the threads of `--jobs`.
    years: Mutex<FxHashMap<i32, Arc<[Occurrence]>>>,
}

/// An event that closes nothing: where it is in the file, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Ignored {
    /// The line of its `BEGIN:VEVENT` (1-based).
    pub line: usize,
    pub reason: String,
}

/// What the user sees of an event.
#[derive(Debug, Clone)]
pub struct EventInfo {
    /// The line it starts on (1-based).
    pub line: usize,
    /// Its `SUMMARY`, or the name after a date line; may be empty.
    pub summary: String,
    pub categories: Vec<String>,
}

/// The most characters of an event's name shown in prose and tables.
const SHOWN_NAME: usize = 100;

impl EventInfo {
    /// The name as shown to people: control characters escaped, cut to a readable length.
    pub fn display_name(&self) -> String {
        crate::render::echo::shorten(&self.summary, SHOWN_NAME)
    }
}

/// One event of a file: its first occurrence, length and recurrence.
#[derive(Debug)]
pub struct Event {
    pub info: EventInfo,
    uid: String,
    start: Start,
    length: Length,
    rules: Vec<recur::Recurrence>,
    /// `EXRULE`s (RFC 2445, dropped by RFC 5545 but still written): starts they give are
    /// removed, as `EXDATE`'s are.
    exclusion_rules: Vec<recur::Recurrence>,
    /// `RDATE`s and the occurrences of counted rules, with a length of their own where
    /// a period gave one.
    extra: Vec<(NaiveDateTime, Option<Length>)>,
    /// Starts removed by `EXDATE` or replaced by a `RECURRENCE-ID` override.
    excluded: FxHashSet<NaiveDateTime>,
    /// Days on which a timed event's occurrences are removed (`EXDATE` as a date).
    excluded_days: FxHashSet<NaiveDate>,
    /// Whether it overrides one occurrence of an event that recurs without end (its date
    /// then says nothing of where the file ends).
    of_endless_series: bool,
}

/// How a timed start is anchored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimeRef {
    Utc,
    Zone(Tz),
    /// A zone the file defines in a `VTIMEZONE` no name of which is known: its index
    /// among the file's own zones.
    Own(u16),
    /// No zone: each calendar's own (RFC 5545 "floating" time).
    Floating,
}

impl TimeRef {
    /// The instant of a wall-clock time in this reference; `None` for floating times
    /// (and for an index no zone of `zones` has).
    fn instant(self, t: NaiveDateTime, zones: &[vtimezone::FileZone]) -> Option<DateTime<Utc>> {
        match self {
            TimeRef::Utc => Some(t.and_utc()),
            TimeRef::Zone(zone) => event_instant(zone, t),
            TimeRef::Own(index) => zones.get(usize::from(index))?.instant(t),
            TimeRef::Floating => None,
        }
    }

    /// The wall-clock time of an instant in this reference; `None` for floating times.
    fn local(self, t: DateTime<Utc>, zones: &[vtimezone::FileZone]) -> Option<NaiveDateTime> {
        match self {
            TimeRef::Utc => Some(t.naive_utc()),
            TimeRef::Zone(zone) => Some(t.with_timezone(&zone).naive_local()),
            TimeRef::Own(index) => Some(zones.get(usize::from(index))?.local(t)?.naive_local()),
            TimeRef::Floating => None,
        }
    }
}

/// An event's first start.
#[derive(Debug, Clone, Copy)]
pub enum Start {
    AllDay(NaiveDate),
    /// Wall-clock time in the reference's zone (naive UTC for [`TimeRef::Utc`]).
    Timed(NaiveDateTime, TimeRef),
}

impl Start {
    /// The start as the naive date-time recurrences are counted on.
    fn naive(&self) -> NaiveDateTime {
        match *self {
            Start::AllDay(day) => day.and_time(NaiveTime::MIN),
            Start::Timed(t, _) => t,
        }
    }
}

/// How long one occurrence closes.
#[derive(Debug, Clone, Copy)]
pub enum Length {
    /// Whole days (all-day events).
    Days(i64),
    /// An exact duration (timed events and `RDATE` periods).
    Exact(TimeDelta),
    /// A timed event's `DURATION` with days or weeks: those are calendar days (the same
    /// wall-clock time that many days later, RFC 5545 §3.3.6), then the exact time.
    Nominal { days: i64, time: TimeDelta },
}

impl Length {
    /// About how long an occurrence closes (a nominal day counted as 24 hours).
    fn span(self) -> TimeDelta {
        match self {
            Length::Days(days) => TimeDelta::days(days),
            Length::Exact(delta) => delta,
            Length::Nominal { days, time } => TimeDelta::days(days) + time,
        }
    }
}

/// One occurrence of an event: what it closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Occurrence {
    /// The event's index, for [`HolidayFile::event`].
    pub event: u32,
    pub closes: Closes,
}

/// What an occurrence closes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Closes {
    /// Whole local days, from `first`, in every calendar's own zone.
    Days { first: NaiveDate, days: u32 },
    /// A stretch of time `[start, end)`.
    Time { start: Moment, end: Moment },
}

/// A point in time: an instant, or a floating wall-clock time read in each calendar's zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Moment {
    Utc(DateTime<Utc>),
    Floating(NaiveDateTime),
}

/// The instant of an event's wall-clock time in `zone`, as RFC 5545 §3.3.5 reads it: a
/// time that a daylight-saving gap skips takes the offset from before the gap (02:30 on
/// the night Paris moves to summer time is 03:30 +02:00); a time that occurs twice is the
/// first. (Business-hours windows resolve a gap differently, to its end: decided reading 5.)
pub fn event_instant(zone: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    use chrono::{LocalResult, Offset, TimeZone};
    match zone.from_local_datetime(&local) {
        LocalResult::Single(t) => Some(t.with_timezone(&Utc)),
        LocalResult::Ambiguous(first, _) => Some(first.with_timezone(&Utc)),
        LocalResult::None => {
            // Gaps are never as long as a day: a day earlier the old offset applies.
            let before = local.checked_sub_signed(TimeDelta::days(1))?;
            let offset = match zone.from_local_datetime(&before) {
                LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => t.offset().fix(),
                LocalResult::None => return None,
            };
            let utc = local
                .checked_sub_signed(TimeDelta::seconds(i64::from(offset.local_minus_utc())))?;
            Some(utc.and_utc())
        }
    }
}

impl Moment {
    /// The instant in a calendar's zone (see [`event_instant`] for gaps and overlaps).
    pub fn instant(self, zone: Tz) -> Option<DateTime<Utc>> {
        match self {
            Moment::Utc(t) => Some(t),
            Moment::Floating(t) => event_instant(zone, t),
        }
    }
}

impl HolidayFile {
    /// Reads `path`, keeping only events with one of `categories` (all when empty).
    ///
    /// Errors: a file that cannot be read, is not UTF-8, or is neither iCalendar nor
    /// date lines; a date line that is not a date. Events that close nothing are not
    /// errors: they are listed in [`HolidayFile::ignored`].
    pub fn load(path: &Path, categories: &[String]) -> Result<HolidayFile, Error> {
        Self::load_kept(path, categories, &[])
    }

    /// [`HolidayFile::load`], also leaving out events with one of `dropped` (the working
    /// days' categories, which open days rather than close them).
    pub fn load_kept(
        path: &Path,
        categories: &[String],
        dropped: &[String],
    ) -> Result<HolidayFile, Error> {
        let shown = crate::render::echo::escape(&path.display().to_string()).into_owned();
        if path.is_dir() {
            return Err(Error::Refused(format!(
                "holiday file `{shown}` is a directory: give a .ics file or one YYYY-MM-DD a line"
            )));
        }
        let too_big = |size: String| {
            Error::Refused(format!(
                "holiday file `{shown}` is {size}: at most {} MiB is read",
                MAX_FILE_BYTES >> 20
            ))
        };
        let unreadable = |e: std::io::Error| Error::Unreadable {
            file: shown.clone(),
            reason: e.to_string(),
        };
        let size = fs::metadata(path).map_err(unreadable)?.len();
        if size > MAX_FILE_BYTES {
            return Err(too_big(format!("{} MiB", size >> 20)));
        }
        // A device or a pipe (`/dev/zero`, a FIFO fed forever) says nothing of its size:
        // at most one byte over the limit is read, in `read_to_end`'s bounded chunks.
        let mut bytes = Vec::new();
        fs::File::open(path)
            .and_then(|f| f.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes))
            .map_err(unreadable)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(too_big(format!(
                "more than {} MiB (a stream that does not end?)",
                MAX_FILE_BYTES >> 20
            )));
        }
        Self::parse_kept(&shown, &bytes, categories, dropped)
    }

    /// Reads a holiday file's bytes; `file` names it in answers and errors.
    pub fn parse(file: &str, bytes: &[u8], categories: &[String]) -> Result<HolidayFile, Error> {
        Self::parse_kept(file, bytes, categories, &[])
    }

    /// [`HolidayFile::parse`], also leaving out events with one of `dropped`.
    pub fn parse_kept(
        file: &str,
        bytes: &[u8],
        categories: &[String],
        dropped: &[String],
    ) -> Result<HolidayFile, Error> {
        let in_file = |problem| Error::Content {
            file: file.to_string(),
            problem,
        };
        let bytes = text::decode(bytes).map_err(in_file)?;
        let is_icalendar = begins_vcalendar(&bytes);
        let mut zones = Vec::new();
        let mut calendar_zones = Vec::new();
        let (events, mut ignored) = if is_icalendar {
            let lines = text::unfold(&bytes).map_err(in_file)?;
            let contents = ical::read(&lines).map_err(in_file)?;
            zones = contents.zones;
            calendar_zones = contents.calendar_zones;
            (contents.events, contents.ignored)
        } else if let Some(sep) = ranges::header(&bytes) {
            (ranges::read(&bytes, sep).map_err(in_file)?, Vec::new())
        } else {
            (read_date_lines(&bytes).map_err(in_file)?, Vec::new())
        };
        refuse_empty_or_large(file, is_icalendar, &events, &ignored)?;
        let categories: Vec<String> = categories.iter().map(|c| c.trim().to_lowercase()).collect();
        let dropped: Vec<String> = dropped.iter().map(|c| c.trim().to_lowercase()).collect();
        let wanted = |event: &Event| {
            let has = |wanted: &[String]| {
                event
                    .info
                    .categories
                    .iter()
                    .any(|c| wanted.contains(&c.to_lowercase()))
            };
            if is_icalendar && has(&dropped) {
                return false;
            }
            categories.is_empty()
                || !is_icalendar
                || event
                    .info
                    .categories
                    .iter()
                    .any(|c| categories.contains(&c.to_lowercase()))
        };
        let total = events.len();
        let present: std::collections::BTreeSet<String> = events
            .iter()
            .flat_map(|e| e.info.categories.iter().map(|c| c.to_lowercase()))
            .collect();
        // A date list has no categories: every category asked for is absent from it (and
        // its dates are kept whole, which the answers say).
        let absent_categories: Vec<String> = categories
            .iter()
            .filter(|c| !is_icalendar || !present.contains(*c))
            .cloned()
            .collect();
        let kept: Vec<Event> = events.into_iter().filter(wanted).collect();
        let left_out = total - kept.len();
        // Each event's last day, worked out once: it decides reach and `known_until`.
        let mut lasts = Vec::with_capacity(kept.len());
        let mut within = Vec::with_capacity(kept.len());
        for event in kept {
            let last = event.last_day();
            match event.reach(last) {
                Reach::Within => {
                    lasts.push(last);
                    within.push(event);
                }
                Reach::Outside(reason) => ignored.push(Ignored {
                    line: event.info.line,
                    reason,
                }),
            }
        }
        let kept = within;
        ignored.sort_by_key(|i| i.line);
        // Recurrences without end say nothing of where the file stops, nor do overrides of
        // their occurrences; dated events do (within the years queries reach).
        let known_until = lasts
            .iter()
            .zip(&kept)
            .filter(|(_, e)| !e.of_endless_series)
            .filter_map(|(last, _)| *last)
            .max()
            .map(|day| day.min(NaiveDate::from_ymd_opt(*YEARS.end(), 12, 31).unwrap_or(day)));
        let recurs_without_end = lasts.iter().any(Option::is_none);
        Ok(HolidayFile {
            file: file.to_string(),
            path: None,
            events: kept,
            ignored,
            left_out,
            categories,
            absent_categories,
            present_categories: present.into_iter().collect(),
            date_lines: !is_icalendar,
            known_until,
            recurs_without_end,
            zones,
            calendar_zones,
            years: Mutex::default(),
        })
    }

    /// The event an occurrence belongs to.
    pub fn event(&self, index: u32) -> Option<&EventInfo> {
        self.events.get(index as usize).map(|e| &e.info)
    }

    /// How an event's timed occurrences are anchored (`None` for all-day events).
    pub fn time_ref(&self, index: u32) -> Option<TimeRef> {
        match self.events.get(index as usize)?.start {
            Start::AllDay(_) => None,
            Start::Timed(_, reference) => Some(reference),
        }
    }

    /// The zone an event's times are written in, as the listing names it: an IANA name,
    /// `UTC`, the `TZID` of a zone the file defines, or `None` for floating times.
    pub fn zone_name(&self, reference: TimeRef) -> Option<String> {
        match reference {
            TimeRef::Utc => Some("UTC".to_string()),
            TimeRef::Zone(zone) => Some(zone.name().to_string()),
            TimeRef::Own(index) => {
                let id = self.zones.get(usize::from(index)).map(|z| z.id.as_str())?;
                Some(if id.is_empty() {
                    "the file's VTIMEZONE with an empty TZID".to_string()
                } else {
                    crate::render::echo::escape(id).into_owned()
                })
            }
            TimeRef::Floating => None,
        }
    }

    /// An instant as wall-clock time with offset in an event's zone (`None` for floating
    /// times).
    pub fn local(
        &self,
        reference: TimeRef,
        t: DateTime<Utc>,
    ) -> Option<DateTime<chrono::FixedOffset>> {
        use chrono::Offset;
        match reference {
            TimeRef::Utc => Some(t.fixed_offset()),
            TimeRef::Zone(zone) => {
                let local = t.with_timezone(&zone);
                Some(local.with_timezone(&local.offset().fix()))
            }
            TimeRef::Own(index) => self.zones.get(usize::from(index))?.local(t),
            TimeRef::Floating => None,
        }
    }

    /// Every occurrence that closes some time in local year `year` (with two days to
    /// spare on each side, for calendars in any zone), worked out once. Years outside
    /// [`YEARS`] close nothing.
    pub fn year(&self, year: i32) -> Arc<[Occurrence]> {
        // A worker that panicked while holding the lock left a complete map or none of
        // this year: the map is still right to read.
        let years = || self.years.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(known) = years().get(&year) {
            return Arc::clone(known);
        }
        let window = NaiveDate::from_ymd_opt(year, 1, 1)
            .zip(NaiveDate::from_ymd_opt(year.saturating_add(1), 1, 1))
            .filter(|_| YEARS.contains(&year));
        let occurrences: Arc<[Occurrence]> = match window {
            Some((first, next)) => {
                let from = first.and_time(NaiveTime::MIN) - TimeDelta::days(2);
                let to = next.and_time(NaiveTime::MIN) + TimeDelta::days(2);
                let mut out = Vec::new();
                for (index, event) in self.events.iter().enumerate() {
                    event.occurrences(index as u32, from, to, &self.zones, &mut out);
                }
                out.into()
            }
            None => Arc::from([]),
        };
        years().insert(year, Arc::clone(&occurrences));
        occurrences
    }

    /// Every occurrence touching the local days `from..=to`, in order, each once.
    pub fn between(&self, from: NaiveDate, to: NaiveDate) -> Vec<Occurrence> {
        let mut seen = FxHashSet::default();
        let mut all: Vec<Occurrence> = (from.year()..=to.year())
            .flat_map(|y| self.year(y).iter().copied().collect::<Vec<_>>())
            .filter(|o| seen.insert(*o))
            .filter(|o| o.touches(from, to))
            .collect();
        all.sort_by_key(|o| (o.sort_key(), o.event));
        all
    }
}

/// Whether the file's first line that is not blank is `BEGIN:VCALENDAR`.
fn begins_vcalendar(bytes: &[u8]) -> bool {
    text::physical_lines(bytes)
        .find(|l| !l.iter().all(u8::is_ascii_whitespace))
        .and_then(|l| std::str::from_utf8(l).ok())
        .and_then(|l| l.split_once(':'))
        .is_some_and(|(n, v)| {
            n.trim().eq_ignore_ascii_case("BEGIN") && v.trim().eq_ignore_ascii_case("VCALENDAR")
        })
}

/// Refuses a file that would close nothing, or has more than [`MAX_EVENTS`] events.
fn refuse_empty_or_large(
    file: &str,
    is_icalendar: bool,
    events: &[Event],
    ignored: &[Ignored],
) -> Result<(), Error> {
    // An empty file (or a calendar without events) would otherwise be "taken into
    // account" while it closes nothing: a wrong file given by mistake, said plainly.
    if events.is_empty() && ignored.is_empty() {
        let what = if is_icalendar {
            "a calendar without events"
        } else {
            "empty"
        };
        return Err(Error::Refused(format!(
            "holiday file `{file}` is {what}: it would close nothing; give a .ics file \
             with VEVENTs or one YYYY-MM-DD a line"
        )));
    }
    if events.len() + ignored.len() > MAX_EVENTS {
        return Err(Error::Refused(format!(
            "holiday file `{file}` has {} events: at most {MAX_EVENTS} are read",
            events.len() + ignored.len()
        )));
    }
    Ok(())
}

impl Occurrence {
    /// The local day it starts on (a floating or UTC time by its own date).
    #[cfg(test)]
    pub fn first_day(&self) -> NaiveDate {
        match self.closes {
            Closes::Days { first, .. } => first,
            Closes::Time {
                start: Moment::Utc(t),
                ..
            } => t.date_naive(),
            Closes::Time {
                start: Moment::Floating(t),
                ..
            } => t.date(),
        }
    }

    fn sort_key(&self) -> NaiveDateTime {
        match self.closes {
            Closes::Days { first, .. } => first.and_time(NaiveTime::MIN),
            Closes::Time {
                start: Moment::Utc(t),
                ..
            } => t.naive_utc(),
            Closes::Time {
                start: Moment::Floating(t),
                ..
            } => t,
        }
    }

    /// Whether it closes some of the days `from..=to` (judged with a day to spare for zones).
    fn touches(&self, from: NaiveDate, to: NaiveDate) -> bool {
        match self.closes {
            Closes::Days { first, days } => {
                let last = first + TimeDelta::days(i64::from(days) - 1);
                first <= to && last >= from
            }
            Closes::Time { start, end } => {
                let day = |m: Moment| match m {
                    Moment::Utc(t) => t.date_naive(),
                    Moment::Floating(t) => t.date(),
                };
                day(start) <= to && day(end) >= from
            }
        }
    }
}

/// Whether any occurrence of an event falls in the years queries reach.
enum Reach {
    Within,
    Outside(String),
}

impl Event {
    /// A plain all-day closure of `days` days from `first`, on line `line` of a file of
    /// dates or ranges (no recurrence, no categories).
    pub(crate) fn all_day(line: usize, summary: String, first: NaiveDate, days: i64) -> Event {
        Event {
            info: EventInfo {
                line,
                summary,
                categories: Vec::new(),
            },
            uid: String::new(),
            start: Start::AllDay(first),
            length: Length::Days(days),
            rules: Vec::new(),
            exclusion_rules: Vec::new(),
            extra: Vec::new(),
            excluded: FxHashSet::default(),
            excluded_days: FxHashSet::default(),
            of_endless_series: false,
        }
    }

    /// Whether the event closes anything in the years queries reach, given its last day.
    fn reach(&self, last_day: Option<NaiveDate>) -> Reach {
        let first =
            NaiveDate::from_ymd_opt(*YEARS.start(), 1, 1).map(|d| d.and_time(NaiveTime::MIN));
        let last =
            NaiveDate::from_ymd_opt(*YEARS.end(), 12, 31).map(|d| d.and_time(NaiveTime::MIN));
        let (Some(first), Some(last)) = (first, last) else {
            return Reach::Within;
        };
        let starts = self.start.naive();
        let ends = last_day.map(|d| d.and_time(NaiveTime::MIN));
        if starts.date() > last.date() || ends.is_some_and(|end| end < first) {
            return Reach::Outside(format!(
                "outside the years {}–{} that queries reach",
                YEARS.start(),
                YEARS.end()
            ));
        }
        Reach::Within
    }

    /// Whether an occurrence starting at `t` is removed.
    fn is_excluded(&self, t: NaiveDateTime) -> bool {
        self.excluded.contains(&t) || self.excluded_days.contains(&t.date())
    }

    /// The longest an occurrence closes, so a window can look back far enough.
    fn longest(&self) -> TimeDelta {
        self.extra
            .iter()
            .filter_map(|(_, l)| l.map(Length::span))
            .fold(self.length.span(), TimeDelta::max)
    }

    /// The last day the event closes, or `None` when it recurs without end. A rule with
    /// `UNTIL` ends at its last occurrence, which may fall well before `UNTIL`.
    fn last_day(&self) -> Option<NaiveDate> {
        let dtstart = self.start.naive();
        let mut last = dtstart;
        for rule in &self.rules {
            let until = rule.until()?;
            // Look back from UNTIL over widening windows; a rule that occurs at all does
            // so within one Gregorian cycle.
            let mut found = None;
            for years in [2, 50, 400] {
                let mut starts = Vec::new();
                let from = until
                    .checked_sub_signed(TimeDelta::days(366 * years))
                    .unwrap_or(dtstart)
                    .max(dtstart);
                rule.starts_in(dtstart, from, until + TimeDelta::seconds(1), &mut starts);
                found = starts
                    .into_iter()
                    .filter(|t| !self.excluded.contains(t))
                    .max();
                if found.is_some() || from == dtstart {
                    break;
                }
            }
            last = last.max(found.unwrap_or(dtstart));
        }
        for (start, _) in self.extra.iter().filter(|(t, _)| !self.is_excluded(*t)) {
            last = last.max(*start);
        }
        let end = last + self.longest() - TimeDelta::seconds(1);
        Some(end.date())
    }

    /// The occurrences that close some time in `[from, to)`, appended to `out`.
    fn occurrences(
        &self,
        index: u32,
        from: NaiveDateTime,
        to: NaiveDateTime,
        zones: &[vtimezone::FileZone],
        out: &mut Vec<Occurrence>,
    ) {
        let low = from - self.longest() - TimeDelta::days(1);
        let dtstart = self.start.naive();
        let mut starts: Vec<(NaiveDateTime, Option<Length>)> = Vec::new();
        if dtstart >= low && dtstart < to {
            starts.push((dtstart, None));
        }
        starts.extend(
            self.extra
                .iter()
                .copied()
                .filter(|(t, _)| *t >= low && *t < to),
        );
        let mut ruled = Vec::new();
        for rule in &self.rules {
            rule.starts_in(dtstart, low, to, &mut ruled);
        }
        starts.extend(ruled.into_iter().map(|t| (t, None)));
        let mut exruled = Vec::new();
        for rule in &self.exclusion_rules {
            rule.starts_in(dtstart, low, to, &mut exruled);
        }
        let exruled: FxHashSet<NaiveDateTime> = exruled.into_iter().collect();
        starts.retain(|(t, _)| !self.is_excluded(*t) && !exruled.contains(t));
        starts.sort_by_key(|(t, _)| *t);
        starts.dedup_by_key(|(t, _)| *t);
        for (start, own) in starts {
            let length = own.unwrap_or(self.length);
            let closes = match self.start {
                Start::AllDay(_) => {
                    let days = match length {
                        Length::Days(d) => d,
                        other => (other.span().num_seconds() + 86_399) / 86_400,
                    };
                    if start + TimeDelta::days(days) <= from {
                        continue;
                    }
                    Closes::Days {
                        first: start.date(),
                        days: u32::try_from(days.clamp(1, MAX_EVENT_DAYS)).unwrap_or(1),
                    }
                }
                Start::Timed(_, reference) => {
                    let span = length.span();
                    if start + span <= from {
                        continue;
                    }
                    // The end is the start plus the exact length, not a wall-clock time;
                    // nominal days first move the wall-clock time.
                    let (days, exact) = match length {
                        Length::Nominal { days, time } => (days, time),
                        other => (0, other.span()),
                    };
                    let moment = |t: NaiveDateTime| match reference {
                        TimeRef::Floating => Some(Moment::Floating(t)),
                        other => other.instant(t, zones).map(Moment::Utc),
                    };
                    let (Some(start), Some(end)) =
                        (moment(start), moment(start + TimeDelta::days(days)))
                    else {
                        continue;
                    };
                    let end = match end {
                        Moment::Floating(t) => Moment::Floating(t + exact),
                        Moment::Utc(t) => Moment::Utc(t + exact),
                    };
                    Closes::Time { start, end }
                }
            };
            out.push(Occurrence {
                event: index,
                closes,
            });
        }
    }
}

/// One `YYYY-MM-DD` a line, optionally followed by a name. The date and the name may be
/// separated by spaces, a tab, a comma or a semicolon, and either may be in double quotes
/// (as spreadsheets save CSV); a first line whose first field is `date` is a header. `#`
/// at the start of a line or after a space starts a comment. Line ends may be LF, CRLF or
/// CR. A line whose first field is not a date is an error naming it.
fn read_date_lines(bytes: &[u8]) -> Result<Vec<Event>, Problem> {
    let mut events = Vec::new();
    let mut first = true;
    for (index, raw) in text::physical_lines(bytes).enumerate() {
        let number = index + 1;
        let Ok(line) = std::str::from_utf8(raw) else {
            return Err(Problem::line_is(
                number,
                "is not UTF-8 text (save the file as UTF-8)",
            ));
        };
        let comment = line
            .match_indices('#')
            .map(|(at, _)| at)
            .find(|&at| at == 0 || line[..at].ends_with(char::is_whitespace));
        let line = line[..comment.unwrap_or(line.len())].trim();
        // Blank, or a spreadsheet's empty row (`,,`).
        if line
            .chars()
            .all(|c| c.is_whitespace() || c == ',' || c == ';')
        {
            continue;
        }
        let split = line
            .find(|c: char| c.is_whitespace() || c == ',' || c == ';')
            .unwrap_or(line.len());
        // CSV quoting: "…" around a field, "" for a quote inside it; a spreadsheet's empty
        // trailing columns are nothing.
        let unquote = |s: &str| {
            let s = s.trim().trim_end_matches([',', ';']).trim();
            let inner = s
                .strip_prefix('"')
                .and_then(|t| t.strip_suffix('"'))
                .unwrap_or(s);
            inner.replace("\"\"", "\"").trim().to_string()
        };
        let date = unquote(&line[..split]);
        let name = unquote(
            line[split..].trim_start_matches(|c: char| c.is_whitespace() || c == ',' || c == ';'),
        );
        if std::mem::take(&mut first) && date.eq_ignore_ascii_case("date") {
            continue;
        }
        let day = crate::time::date("holiday", &date).map_err(|e| Problem::line(number, e))?;
        events.push(Event::all_day(number, name, day, 1));
        if events.len() > MAX_EVENTS {
            return Err(Problem::Text(format!(
                "more than {MAX_EVENTS} dates: not a holiday calendar"
            )));
        }
    }
    Ok(events)
}

#[cfg(test)]
mod tests;
