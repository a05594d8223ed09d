//! Business calendars: weekly open windows in a time zone, turned into instants.
//!
//! Instants are UTC; a window's weekday and times are judged in the calendar's own zone.
//! A local time that does not exist (a daylight-saving gap) resolves to the first instant
//! after the gap; one that occurs twice (an overlap) resolves to the earlier instant.
//! A region's own holidays and the all-day events of holiday files close a whole local
//! day; timed events of holiday files close a stretch of time within it.

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;
use std::sync::Arc;

use rustc_hash::FxHashMap;

use chrono::{
    DateTime, Datelike, Days, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta,
    TimeZone, Timelike, Utc,
};
use chrono_tz::Tz;

use crate::holidays::{Closes, HolidayFile};
use crate::rules::model::Region;
use crate::rules::time_of_day::{ClockTime, Weekday};

/// How far ahead to look: an open stretch this long is taken as never closing, and a
/// closed one as never opening.
const HORIZON_DAYS: u64 = 366;

/// Touching windows are merged into one interval of at most this length; a longer open
/// stretch (a 24/7 desk) comes as several touching intervals.
const MAX_INTERVAL_DAYS: i64 = 7;

/// A weekly schedule of half-open `[open, close)` windows in one zone, less holidays.
#[derive(Debug, Clone)]
pub struct Calendar {
    zone: Tz,
    /// Per weekday (Monday first), the windows as minutes after midnight, sorted.
    week: [Vec<(u16, u16)>; 7],
    /// Local days on which the calendar is closed all day (the region's own holidays).
    holidays: BTreeSet<NaiveDate>,
    /// Holiday files that close this calendar.
    files: Vec<Arc<HolidayFile>>,
    /// Files whose all-day events open days the week leaves closed (make-up working days).
    working: Vec<Arc<HolidayFile>>,
    /// The hours such a day opens on: the windows most weekdays have (the first such
    /// weekday's on a tie).
    usual: Vec<(u16, u16)>,
    /// What the files close in each local year, in this calendar's zone, once worked out.
    closures: RefCell<FxHashMap<i32, Rc<YearClosures>>>,
    /// Each local day's windows as instants, once worked out: turning local times into
    /// instants is most of the cost of counting, and a batch meets the same days again
    /// and again. Bounded by [`DAY_CACHE_LIMIT`].
    days: RefCell<FxHashMap<NaiveDate, Rc<[Interval]>>>,
    /// The open time of stretches of [`CHUNK_SECONDS`], by their number since the Unix
    /// epoch, once worked out (`None`: not countable that way, see [`Chunk`]). Bounded by
    /// [`CHUNK_CACHE_LIMIT`].
    chunks: RefCell<FxHashMap<i64, Option<Rc<Chunk>>>>,
    /// The length of a business day in minutes: the most open time of any weekday.
    day_minutes: u32,
}

/// An open interval `[start, end)`.
type Interval = (DateTime<Utc>, DateTime<Utc>);

/// What holiday files close in one local year of a calendar.
#[derive(Debug, Default)]
struct YearClosures {
    /// Local days closed all day, with the file and event that close them.
    days: BTreeMap<NaiveDate, Vec<(usize, u32)>>,
    /// Stretches of time closed, sorted by start, with their file and event.
    spans: Vec<Closure>,
    /// Local days that working-day files open.
    opens: BTreeSet<NaiveDate>,
}

/// A stretch of time a holiday file's timed event closes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Closure {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
    /// The event's name (its `SUMMARY`), possibly empty.
    pub name: String,
    file: usize,
    event: u32,
}

impl Closure {
    /// The closure in `zone` as people read it: `2026-12-24 12:00–18:00 (Christmas Eve)`,
    /// or `2026-12-24 12:00 to 2026-12-25 09:00` when it runs past midnight.
    pub fn describe(&self, zone: Tz) -> String {
        let (start, end) = (
            self.start.with_timezone(&zone),
            self.end.with_timezone(&zone),
        );
        let hours = if start.date_naive() == end.date_naive() {
            format!("{}–{}", start.format("%Y-%m-%d %H:%M"), end.format("%H:%M"))
        } else {
            format!(
                "{} to {}",
                start.format("%Y-%m-%d %H:%M"),
                end.format("%Y-%m-%d %H:%M")
            )
        };
        match self.name.as_str() {
            "" => hours,
            name => format!("{hours} ({name})"),
        }
    }
}

/// The most days a calendar remembers (about 22 years); past that it starts afresh.
const DAY_CACHE_LIMIT: usize = 8192;

/// The length of a [`Chunk`]: 32 days.
const CHUNK_SECONDS: i64 = 32 * 86_400;

/// The most chunks a calendar remembers (about 45 years); past that it starts afresh.
const CHUNK_CACHE_LIMIT: usize = 512;

/// The longest closed stretch a count crosses by chunks. The walk over open intervals
/// gives up after a year of closed days ([`HORIZON_DAYS`]); a count that meets a stretch
/// anywhere near that long is left to it, so both give the same answer.
const MAX_CHUNK_GAP_SECONDS: i64 = 300 * 86_400;

/// The open time of one stretch `[n × CHUNK_SECONDS, (n + 1) × CHUNK_SECONDS)` of Unix
/// seconds: the open intervals that fall in it (clipped to it, in order), with running
/// totals of their open seconds, so that a count finds its end by binary search instead of
/// walking day by day (turning each local day into instants, one map lookup a day). It is
/// built from [`Calendar::open_intervals`] itself, so it holds the same open time.
#[derive(Debug, Default)]
struct Chunk {
    starts: Vec<i64>,
    ends: Vec<i64>,
    /// Open seconds of the chunk before each interval starts...
    before: Vec<i64>,
    /// ...and by its end.
    after: Vec<i64>,
    /// For each day of the chunk (counted from its start, in UTC), the first interval that
    /// ends after the day begins: where a count starting that day looks first.
    by_day: Vec<usize>,
}

/// The most years of holiday closures a calendar remembers.
const YEAR_CACHE_LIMIT: usize = 64;

/// The longest stretch a timed closure is looked at over, in days.
const MAX_SPAN_DAYS: usize = crate::holidays::MAX_EVENT_DAYS as usize + 2;

/// Whether a calendar is open at an instant, and when that next changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Status {
    pub open: bool,
    /// `None` when nothing changes within a year: open around the clock, or never open.
    pub next_change: Option<DateTime<Utc>>,
}

impl Calendar {
    /// The calendar of a region, in `zone` (the region's own, or the customer's for `local`).
    pub fn of_region(region: &Region, zone: Tz) -> Calendar {
        let mut week: [Vec<(u16, u16)>; 7] = Default::default();
        for window in &region.window {
            let open = window.open.minutes();
            let close = window.end().minutes();
            for day in &window.days {
                week[day.index()].push((open, close));
            }
        }
        for day in &mut week {
            day.sort_unstable();
        }
        let day_minutes = week
            .iter()
            .map(|day| {
                day.iter()
                    .map(|&(open, close)| u32::from(close - open))
                    .sum()
            })
            .max()
            .unwrap_or(0);
        let usual = week
            .iter()
            .filter(|day| !day.is_empty())
            .max_by_key(|day| {
                (
                    week.iter().filter(|other| other == day).count(),
                    std::cmp::Reverse(week.iter().position(|other| other == *day)),
                )
            })
            .cloned()
            .unwrap_or_default();
        Calendar {
            zone,
            week,
            holidays: BTreeSet::new(),
            files: Vec::new(),
            working: Vec::new(),
            usual,
            closures: RefCell::default(),
            days: RefCell::default(),
            chunks: RefCell::default(),
            day_minutes,
        }
    }

    /// The same calendar, closed all day on `holidays` (local days in its zone).
    pub fn with_holidays(mut self, holidays: impl IntoIterator<Item = NaiveDate>) -> Calendar {
        self.holidays.extend(holidays);
        self.days.get_mut().clear();
        self.chunks.get_mut().clear();
        self
    }

    /// The same calendar, closed by what `files` close: whole days for all-day events,
    /// stretches of time for timed ones.
    pub fn with_holiday_files(
        mut self,
        files: impl IntoIterator<Item = Arc<HolidayFile>>,
    ) -> Calendar {
        self.files.extend(files);
        self.closures.get_mut().clear();
        self.days.get_mut().clear();
        self.chunks.get_mut().clear();
        self
    }

    /// The same calendar, open on the region's usual hours on the local days that the
    /// all-day events of `files` name, where the week leaves them closed (make-up working
    /// days, 补班). A day a holiday closes stays closed.
    pub fn with_working_days(
        mut self,
        files: impl IntoIterator<Item = Arc<HolidayFile>>,
    ) -> Calendar {
        self.working.extend(files);
        self.closures.get_mut().clear();
        self.days.get_mut().clear();
        self.chunks.get_mut().clear();
        self
    }

    /// The files whose all-day events open days on this calendar (make-up working days).
    pub fn working_files(&self) -> &[Arc<HolidayFile>] {
        &self.working
    }

    /// Whether a working-day file opens local day `day`.
    fn is_opened(&self, day: NaiveDate) -> bool {
        !self.working.is_empty() && self.year_closures(day.year()).opens.contains(&day)
    }

    /// The holiday files that close this calendar.
    pub fn holiday_files(&self) -> &[Arc<HolidayFile>] {
        &self.files
    }

    /// What the files close in local year `year`, in this calendar's zone.
    fn year_closures(&self, year: i32) -> Rc<YearClosures> {
        if let Some(known) = self.closures.borrow().get(&year) {
            return Rc::clone(known);
        }
        let mut closures = YearClosures::default();
        let first = NaiveDate::from_ymd_opt(year, 1, 1);
        let last = NaiveDate::from_ymd_opt(year, 12, 31);
        for (f, file) in self.files.iter().enumerate() {
            for occurrence in file.year(year).iter() {
                match occurrence.closes {
                    Closes::Days { first: day, days } => {
                        for day in day.iter_days().take(days as usize) {
                            if Some(day) >= first && Some(day) <= last {
                                closures
                                    .days
                                    .entry(day)
                                    .or_default()
                                    .push((f, occurrence.event));
                            }
                        }
                    }
                    Closes::Time { start, end } => {
                        if let (Some(start), Some(end)) =
                            (start.instant(self.zone), end.instant(self.zone))
                        {
                            if start < end {
                                closures.spans.push(Closure {
                                    start,
                                    end,
                                    name: file
                                        .event(occurrence.event)
                                        .map(|e| e.display_name())
                                        .unwrap_or_default(),
                                    file: f,
                                    event: occurrence.event,
                                });
                            }
                        }
                    }
                }
            }
        }
        for file in &self.working {
            for occurrence in file.year(year).iter() {
                if let Closes::Days { first: day, days } = occurrence.closes {
                    closures.opens.extend(
                        day.iter_days()
                            .take(days as usize)
                            .filter(|d| Some(*d) >= first && Some(*d) <= last),
                    );
                }
            }
        }
        closures.spans.sort_by_key(|c| (c.start, c.end));
        closures.spans.dedup();
        let closures = Rc::new(closures);
        let mut cache = self.closures.borrow_mut();
        if cache.len() >= YEAR_CACHE_LIMIT {
            cache.clear();
        }
        cache.insert(year, Rc::clone(&closures));
        closures
    }

    /// The name of what closes local day `day` all day, if a holiday file closes it
    /// (several names joined); `None` for a day no file closes. A name may be empty.
    pub fn holiday_name(&self, day: NaiveDate) -> Option<String> {
        let closures = self.year_closures(day.year());
        let closing = closures.days.get(&day)?;
        let mut names: Vec<String> = closing
            .iter()
            .filter_map(|&(f, e)| self.files.get(f)?.event(e))
            .map(|e| e.display_name())
            .filter(|n| !n.is_empty())
            .collect();
        names.dedup();
        Some(names.join("; "))
    }

    /// The timed closures that take open time from the calendar between two instants.
    pub fn closures_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<Closure> {
        let zone = self.zone;
        let first = from.with_timezone(&zone).date_naive();
        let last = to.with_timezone(&zone).date_naive();
        let mut found: Vec<Closure> = Vec::new();
        for year in first.year()..=last.year() {
            for closure in &self.year_closures(year).spans {
                if closure.start < to
                    && closure.end > from
                    && self.overlaps_windows(closure)
                    && !found.contains(closure)
                {
                    found.push(closure.clone());
                }
            }
        }
        found
    }

    /// Whether a closure falls on some of the weekly windows (a closure at night closes nothing).
    fn overlaps_windows(&self, closure: &Closure) -> bool {
        let first = closure.start.with_timezone(&self.zone).date_naive();
        let last = closure.end.with_timezone(&self.zone).date_naive();
        first
            .iter_days()
            .take_while(|d| *d <= last)
            .take(MAX_SPAN_DAYS)
            .any(|day| {
                self.raw_day_intervals(day)
                    .iter()
                    .any(|&(start, end)| start < closure.end && end > closure.start)
            })
    }

    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// The length of a business day: the most open time of any weekday.
    pub fn business_day_minutes(&self) -> u32 {
        self.day_minutes
    }

    /// The instant at which `minutes` of open time have passed since `start`: the
    /// earliest such instant, so a target that ends at closing time is due at closing.
    /// `None` if the calendar has no open time within the horizon.
    pub fn add_open_minutes(&self, start: DateTime<Utc>, minutes: u32) -> Option<DateTime<Utc>> {
        if minutes == 0 {
            return Some(start);
        }
        self.add_open_seconds_by_chunks(start, i64::from(minutes) * 60)
            .or_else(|| self.add_open_minutes_by_walking(start, minutes))
    }

    /// [`Calendar::add_open_minutes`] interval by interval.
    fn add_open_minutes_by_walking(
        &self,
        start: DateTime<Utc>,
        minutes: u32,
    ) -> Option<DateTime<Utc>> {
        let mut left = TimeDelta::minutes(i64::from(minutes));
        for (open, close) in self.open_intervals(start) {
            let from = open.max(start);
            let available = close - from;
            if left <= available {
                return Some(from + left);
            }
            left -= available;
        }
        None
    }

    /// [`Calendar::add_open_minutes`] by chunks of open time, without walking the days:
    /// `None` when the count is not one they answer (a start with a fraction of a second,
    /// a long closed stretch on the way, a chunk not countable), to be walked instead.
    ///
    /// The answer is the walk's: a chunk holds the same open time, and the due instant is
    /// the earliest at which `seconds` of it have passed, however it is cut in intervals.
    fn add_open_seconds_by_chunks(
        &self,
        start: DateTime<Utc>,
        seconds: i64,
    ) -> Option<DateTime<Utc>> {
        if start.timestamp_subsec_nanos() != 0 {
            return None;
        }
        let mut at = start.timestamp();
        let mut left = seconds;
        // The end of the last open time met, or the start.
        let mut last_open = at;
        let mut index = at.div_euclid(CHUNK_SECONDS);
        loop {
            let chunk = self.chunk(index)?;
            // The first interval ending after `at`, from the day's: a step or two.
            let day = usize::try_from((at - index * CHUNK_SECONDS) / 86_400).ok()?;
            let mut first = *chunk.by_day.get(day)?;
            while chunk.ends.get(first).is_some_and(|&end| end <= at) {
                first += 1;
            }
            if let Some(&open) = chunk.starts.get(first) {
                let from = open.max(at);
                if from - last_open > MAX_CHUNK_GAP_SECONDS {
                    return None;
                }
                // The count in the chunk's open seconds: where it starts, where it ends.
                let target = chunk.before[first] + (from - open) + left;
                let total = *chunk.after.last()?;
                if target <= total {
                    // The first interval by whose end the target has passed: most targets
                    // end within a few intervals, so a forward scan beats a binary search.
                    let due = first + chunk.after[first..].iter().position(|&a| a >= target)?;
                    let due = chunk.starts[due] + (target - chunk.before[due]);
                    return DateTime::from_timestamp(due, 0);
                }
                left = target - total;
                last_open = *chunk.ends.last()?;
            }
            index += 1;
            at = index * CHUNK_SECONDS;
            if at - last_open > MAX_CHUNK_GAP_SECONDS {
                return None;
            }
        }
    }

    /// The chunk numbered `index`, worked out once.
    fn chunk(&self, index: i64) -> Option<Rc<Chunk>> {
        if let Some(known) = self.chunks.borrow().get(&index) {
            return known.clone();
        }
        let chunk = self.build_chunk(index).map(Rc::new);
        let mut chunks = self.chunks.borrow_mut();
        if chunks.len() >= CHUNK_CACHE_LIMIT {
            chunks.clear();
        }
        chunks.insert(index, chunk.clone());
        chunk
    }

    /// The open intervals of chunk `index`, from the walk; `None` when the walk ends before
    /// the chunk does (no open time for a year) or an instant has a fraction of a second.
    fn build_chunk(&self, index: i64) -> Option<Chunk> {
        let from = index.checked_mul(CHUNK_SECONDS)?;
        let until = from.checked_add(CHUNK_SECONDS)?;
        let mut chunk = Chunk::default();
        let mut total = 0;
        for (start, end) in self.open_intervals(DateTime::from_timestamp(from, 0)?) {
            if start.timestamp_subsec_nanos() != 0 || end.timestamp_subsec_nanos() != 0 {
                return None;
            }
            let (start, end) = (start.timestamp().max(from), end.timestamp().min(until));
            if start >= until {
                chunk.by_day = (0..CHUNK_SECONDS / 86_400)
                    .map(|day| {
                        chunk
                            .ends
                            .partition_point(|&end| end <= from + day * 86_400)
                    })
                    .collect();
                return Some(chunk);
            }
            chunk.starts.push(start);
            chunk.ends.push(end);
            chunk.before.push(total);
            total += end - start;
            chunk.after.push(total);
        }
        None
    }

    /// Whether local day `day` is closed all day: a holiday of the region or of a file.
    pub fn is_holiday(&self, day: NaiveDate) -> bool {
        self.holidays.contains(&day)
            || (!self.files.is_empty() && self.year_closures(day.year()).days.contains_key(&day))
    }

    /// The Nth business day after `start`'s local day: a day with windows that no holiday
    /// closes. For a desk the documents give days but no clock times (decided reading 20),
    /// where a count of business days ends on a date. `None` when fewer than N such days
    /// follow within a year and a half (`n` is at most a year of business days).
    pub fn nth_business_day_after(&self, start: DateTime<Utc>, n: u32) -> Option<NaiveDate> {
        let mut day = start.with_timezone(&self.zone).date_naive();
        let mut counted = 0;
        for _ in 0..550 {
            day = day.succ_opt()?;
            if self.has_windows_on(day) && !self.is_holiday(day) {
                counted += 1;
                if counted >= n {
                    return Some(day);
                }
            }
        }
        None
    }

    /// The business days after `from`'s local day up to `to`'s, both in the calendar's
    /// zone: days with windows that no holiday closes (0 for a response on the day of
    /// submission). How a desk with days but no clock times counts the time to a response
    /// (decided reading 20), as [`Calendar::nth_business_day_after`] counts to the due date.
    pub fn business_days_between(&self, from: DateTime<Utc>, to: DateTime<Utc>) -> u32 {
        let first = from.with_timezone(&self.zone).date_naive();
        let last = to.with_timezone(&self.zone).date_naive();
        first
            .iter_days()
            .skip(1)
            .take_while(|day| *day <= last)
            .filter(|day| self.has_windows_on(*day) && !self.is_holiday(*day))
            .fold(0u32, |n, _| n.saturating_add(1))
    }

    /// Whether the weekly schedule has any window on that day's weekday (or a working-day
    /// file opens it).
    pub fn has_windows_on(&self, day: NaiveDate) -> bool {
        !self.week[Weekday::from_chrono(chrono::Datelike::weekday(&day)).index()].is_empty()
            || (!self.usual.is_empty() && self.is_opened(day))
    }

    /// Open or closed at `at`, and the next instant at which that changes.
    pub fn status(&self, at: DateTime<Utc>) -> Status {
        let mut intervals = self.open_intervals(at);
        let Some((start, mut end)) = intervals.next() else {
            return Status {
                open: false,
                next_change: None,
            };
        };
        if start > at {
            return Status {
                open: false,
                next_change: Some(start),
            };
        }
        let horizon = at + TimeDelta::days(HORIZON_DAYS as i64);
        loop {
            match intervals.next() {
                Some((next_start, next_end)) if next_start == end => {
                    end = next_end;
                    if end > horizon {
                        return Status {
                            open: true,
                            next_change: None,
                        };
                    }
                }
                _ => {
                    return Status {
                        open: true,
                        next_change: Some(end),
                    }
                }
            }
        }
    }

    /// The open intervals that end after `from`, in order, touching ones merged (up to a
    /// week each); the first may have begun before `from`.
    pub fn open_intervals(&self, from: DateTime<Utc>) -> OpenIntervals<'_> {
        OpenIntervals {
            calendar: self,
            from,
            day: from.with_timezone(&self.zone).date_naive(),
            empty_days: 0,
            pending: None,
            queued: Rc::from([]),
            next_queued: 0,
            exhausted: self.week.iter().all(Vec::is_empty),
        }
    }

    /// The windows of one local day as UTC intervals; none on a holiday, less the
    /// stretches timed closures take out.
    fn day_intervals(&self, day: NaiveDate) -> Rc<[Interval]> {
        if let Some(known) = self.days.borrow().get(&day) {
            return Rc::clone(known);
        }
        let intervals: Rc<[Interval]> = if self.is_holiday(day) {
            Rc::from([])
        } else {
            let raw = self.raw_day_intervals(day);
            if self.files.is_empty() && self.working.is_empty() {
                raw.into()
            } else {
                self.less_closures(day, raw).into()
            }
        };
        let mut days = self.days.borrow_mut();
        if days.len() >= DAY_CACHE_LIMIT {
            days.clear();
        }
        days.insert(day, Rc::clone(&intervals));
        intervals
    }

    /// The weekly windows of a local day as UTC intervals, holidays aside.
    fn raw_day_intervals(&self, day: NaiveDate) -> Vec<Interval> {
        let weekday = Weekday::from_chrono(chrono::Datelike::weekday(&day));
        let mut windows = &self.week[weekday.index()];
        if windows.is_empty() && self.is_opened(day) {
            windows = &self.usual;
        }
        windows
            .iter()
            .filter_map(|&(open, close)| {
                let start = self.instant(day, open)?;
                let end = self.instant(day, close)?;
                (start < end).then_some((start, end))
            })
            .collect()
    }

    /// `intervals` less every timed closure of the files.
    fn less_closures(&self, day: NaiveDate, intervals: Vec<Interval>) -> Vec<Interval> {
        // The year's closures include those that began up to a year before and still run.
        let closures = self.year_closures(day.year());
        let mut out = Vec::with_capacity(intervals.len());
        for (start, end) in intervals {
            let mut pieces = vec![(start, end)];
            for (c_start, c_end) in closures
                .spans
                .iter()
                .map(|c| (c.start, c.end))
                .filter(|(s, e)| *s < end && *e > start)
            {
                pieces = pieces
                    .into_iter()
                    .flat_map(|(s, e)| {
                        [(s, e.min(c_start)), (s.max(c_end), e)]
                            .into_iter()
                            .filter(|(a, b)| a < b)
                    })
                    .collect();
            }
            out.extend(pieces);
        }
        out
    }

    /// The instant of a local day and minute (1440 is the next midnight).
    fn instant(&self, day: NaiveDate, minute: u16) -> Option<DateTime<Utc>> {
        let (day, minute) = if minute >= ClockTime::END_OF_DAY.minutes() {
            (day.checked_add_days(Days::new(1))?, 0)
        } else {
            (day, minute)
        };
        let local = day.and_time(NaiveTime::from_hms_opt(
            u32::from(minute / 60),
            u32::from(minute % 60),
            0,
        )?);
        resolve_local(self.zone, local)
    }
}

/// The instant of a wall-clock time in `zone`: a time in a daylight-saving gap resolves to
/// the first instant after the gap, one in an overlap to the earlier instant (windows are
/// half-open and judged in their own zone: decided reading 5).
pub fn resolve_local(zone: Tz, local: NaiveDateTime) -> Option<DateTime<Utc>> {
    let mut local = local;
    // A gap is never longer than a day; step through it a minute at a time, from the
    // minute the time falls in.
    let seconds = local.time().second();
    for step in 0..=24 * 60 {
        match zone.from_local_datetime(&local) {
            LocalResult::Single(t) => return Some(t.with_timezone(&Utc)),
            LocalResult::Ambiguous(earlier, _) => return Some(earlier.with_timezone(&Utc)),
            LocalResult::None => {
                if step == 0 && seconds != 0 {
                    local -= TimeDelta::seconds(i64::from(seconds));
                }
                local += TimeDelta::minutes(1);
            }
        }
    }
    None
}

/// Iterator over a calendar's open intervals; see [`Calendar::open_intervals`].
pub struct OpenIntervals<'a> {
    calendar: &'a Calendar,
    from: DateTime<Utc>,
    day: NaiveDate,
    empty_days: u64,
    pending: Option<(DateTime<Utc>, DateTime<Utc>)>,
    /// The current day's intervals, and the next one to take.
    queued: Rc<[Interval]>,
    next_queued: usize,
    exhausted: bool,
}

impl Iterator for OpenIntervals<'_> {
    type Item = (DateTime<Utc>, DateTime<Utc>);

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let Some(&(start, end)) = self.queued.get(self.next_queued) else {
                if self.exhausted || self.empty_days > HORIZON_DAYS {
                    self.exhausted = true;
                    return self.pending.take();
                }
                let from = self.from;
                self.queued = self.calendar.day_intervals(self.day);
                self.next_queued = self
                    .queued
                    .iter()
                    .take_while(|&&(_, end)| end <= from)
                    .count();
                self.empty_days = if self.next_queued == self.queued.len() {
                    self.empty_days + 1
                } else {
                    0
                };
                match self.day.checked_add_days(Days::new(1)) {
                    Some(next) => self.day = next,
                    None => self.exhausted = true,
                }
                continue;
            };
            self.next_queued += 1;
            let Some((p_start, p_end)) = self.pending else {
                self.pending = Some((start, end));
                continue;
            };
            if start > p_end {
                self.pending = Some((start, end));
                return Some((p_start, p_end));
            }
            if end <= p_end {
                continue;
            }
            if end - p_start <= TimeDelta::days(MAX_INTERVAL_DAYS) {
                self.pending = Some((p_start, end));
            } else {
                // Long open stretches come in touching pieces, never overlapping ones.
                self.pending = Some((p_end, end));
                return Some((p_start, p_end));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn region_calendar(id: &str, zone: Option<Tz>) -> Calendar {
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let region: &crate::rules::model::Region = rules.find(id).expect("region");
        let zone = zone.unwrap_or_else(|| match region.zone {
            crate::rules::model::RegionZone::Iana(zone) => zone,
            crate::rules::model::RegionZone::Local => panic!("region {id} keeps local hours"),
        });
        Calendar::of_region(region, zone)
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("instant")
            .with_timezone(&Utc)
    }

    #[test]
    fn emea_opens_at_eight_and_closes_at_eighteen_paris_time() {
        let emea = region_calendar("emea", None);
        // Friday 27 November 2026, winter time (UTC+1).
        let s = emea.status(utc("2026-11-27T07:00:00Z"));
        assert_eq!(
            s,
            Status {
                open: true,
                next_change: Some(utc("2026-11-27T17:00:00Z"))
            }
        );
        let s = emea.status(utc("2026-11-27T06:59:59Z"));
        assert_eq!(
            s,
            Status {
                open: false,
                next_change: Some(utc("2026-11-27T07:00:00Z"))
            }
        );
        // Closing time is closed (half-open windows); next opening is Monday.
        let s = emea.status(utc("2026-11-27T17:00:00Z"));
        assert_eq!(
            s,
            Status {
                open: false,
                next_change: Some(utc("2026-11-30T07:00:00Z"))
            }
        );
    }

    #[test]
    fn emea_follows_summer_time() {
        let emea = region_calendar("emea", None);
        // Monday 30 March 2026, the day after the change to summer time (UTC+2).
        let s = emea.status(utc("2026-03-30T06:30:00Z"));
        assert_eq!(
            s,
            Status {
                open: true,
                next_change: Some(utc("2026-03-30T16:00:00Z"))
            }
        );
    }

    #[test]
    fn apac_is_a_fixed_utc_plus_eight() {
        let apac = region_calendar("apac", None);
        // 07:00 at UTC+8 is 23:00 UTC the day before, winter or summer.
        let s = apac.status(utc("2026-07-05T23:00:00Z")); // Monday 6 July, 07:00 local
        assert_eq!(
            s,
            Status {
                open: true,
                next_change: Some(utc("2026-07-06T13:00:00Z"))
            }
        );
        let s = apac.status(utc("2026-01-04T22:59:00Z"));
        assert_eq!(
            s,
            Status {
                open: false,
                next_change: Some(utc("2026-01-04T23:00:00Z"))
            }
        );
    }

    #[test]
    fn the_weekday_is_judged_in_the_calendars_zone() {
        let japan = region_calendar("japan", None);
        // Sunday 22:00 UTC is Monday 07:00 in Tokyo: closed until 09:00 Tokyo.
        let s = japan.status(utc("2026-11-29T22:00:00Z"));
        assert_eq!(
            s,
            Status {
                open: false,
                next_change: Some(utc("2026-11-30T00:00:00Z"))
            }
        );
    }

    #[test]
    fn other_uses_the_given_zone() {
        let other = region_calendar("other", Some(chrono_tz::America::Sao_Paulo));
        let s = other.status(utc("2026-11-25T12:00:00Z")); // 09:00 in São Paulo
        assert_eq!(
            s,
            Status {
                open: true,
                next_change: Some(utc("2026-11-25T20:00:00Z"))
            }
        );
    }

    #[test]
    fn intervals_are_in_order_and_start_with_the_one_containing_the_instant() {
        let na = region_calendar("north-america", None);
        let from = utc("2026-11-25T20:00:00Z"); // Wednesday 12:00 Pacific
        let got: Vec<_> = na.open_intervals(from).take(3).collect();
        assert_eq!(
            got,
            vec![
                (utc("2026-11-25T14:00:00Z"), utc("2026-11-26T02:00:00Z")),
                (utc("2026-11-26T14:00:00Z"), utc("2026-11-27T02:00:00Z")),
                (utc("2026-11-27T14:00:00Z"), utc("2026-11-28T02:00:00Z")),
            ]
        );
    }

    #[test]
    fn counting_by_chunks_gives_the_walks_answer() {
        let closing = "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:1\nSUMMARY:Works\n\
            DTSTART:20260415T120000Z\nDTEND:20260416T093000Z\nEND:VEVENT\nBEGIN:VEVENT\n\
            UID:2\nSUMMARY:Closed\nDTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:20270104\n\
            END:VEVENT\nEND:VCALENDAR\n";
        let file = HolidayFile::parse("h.ics", closing.as_bytes(), &[]).expect("ics");
        assert!(file.ignored.is_empty(), "{:?}", file.ignored);
        let file = Arc::new(file);
        let calendars = [
            region_calendar("emea", None),
            region_calendar("north-america", None),
            region_calendar("japan", None),
            region_calendar("other", Some(chrono_tz::Australia::Lord_Howe)),
            region_calendar("other", Some(chrono_tz::America::Santiago)),
            region_calendar("emea", None).with_holiday_files([Arc::clone(&file)]),
            region_calendar("other", Some(chrono_tz::Asia::Tehran))
                .with_holidays([NaiveDate::from_ymd_opt(2026, 3, 23).expect("day")])
                .with_holiday_files([file]),
        ];
        let minutes = [
            1,
            15,
            59,
            60,
            61,
            240,
            599,
            600,
            601,
            1440,
            7 * 600,
            40 * 600,
        ];
        for calendar in &calendars {
            // Every 7 h 13 min 17 s over two years, across daylight-saving changes.
            let mut t = utc("2026-01-01T00:00:00Z");
            while t < utc("2028-01-01T00:00:00Z") {
                for (i, &m) in minutes.iter().enumerate() {
                    let start = t + TimeDelta::seconds(i as i64 * 601);
                    assert_eq!(
                        calendar.add_open_seconds_by_chunks(start, i64::from(m) * 60),
                        calendar.add_open_minutes_by_walking(start, m),
                        "{start} + {m} min in {}",
                        calendar.zone()
                    );
                }
                t += TimeDelta::seconds(7 * 3600 + 13 * 60 + 17);
            }
        }
    }

    #[test]
    fn a_desk_open_around_the_clock_never_changes() {
        let rules = RuleSet::from_texts(&[crate::rules::RuleText {
            name: "t.toml".into(),
            text: r#"
[[document]]
id = "d"
title = "t"
file = "f"
sections = ["S"]

[[region]]
id = "all-day"
name = "All day"
zone = "Asia/Shanghai"
closed-on-holidays = false
window = [{ days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], open = "00:00", close = "24:00" }]
as-written = { region = "", hours = "", days = "", exclusions = "" }
source = [{ doc = "d", section = "S" }]
"#
            .into(),
            user: false,
        }])
        .unwrap_or_else(|e| panic!("{e}"));
        let calendar = Calendar::of_region(&rules.regions()[0], chrono_tz::Asia::Shanghai);
        let s = calendar.status(utc("2026-11-25T12:00:00Z"));
        assert_eq!(
            s,
            Status {
                open: true,
                next_change: None
            }
        );
        let pieces: Vec<_> = calendar
            .open_intervals(utc("2026-11-25T12:00:00Z"))
            .take(3)
            .collect();
        assert_eq!(pieces[0].1, pieces[1].0, "pieces touch");
        assert_eq!(pieces[1].1, pieces[2].0, "pieces touch");
    }
}
