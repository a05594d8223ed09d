//! `hours --chart`: a picture of one day. Every region's open hours on one local day of
//! the user's zone, one 24-hour strip a row, with the current instant marked, so that
//! helpdesk staff see at a glance who is open now and who opens next.
//!
//! Choices:
//! - The strips cover the day's real instants, from its first instant in the user's zone
//!   to the next day's first: 48 cells of 30 minutes on an ordinary day, 46 on a day that
//!   loses an hour to summer time, 50 on one that gains it. The hour ticks follow the local
//!   clock, so they sit over the cells that start at that clock time (on a 23-hour day `03`
//!   follows `00` after four cells). A day longer than 26 hours (zones that changed their
//!   date line or left local mean time) gets wider cells (60, 120 … minutes) so the strip
//!   stays narrow; a day that the zone skipped entirely is an error.
//! - A cell is drawn open when its desk is open at the cell's start instant, the same rule
//!   as `hours --at`: a desk is open at its opening time and closed at its closing time.
//! - Regions keeping the customer's own local hours (`other`, `m365-billing`) are drawn in
//!   the user's zone only when it was given with `--tz`; otherwise they are listed as
//!   needing it (decided reading 4: never guessed).
//! - Language desks that keep their region's hours get no row of their own (the strip
//!   would repeat the region's); they are listed per region under the chart. A language
//!   desk with other hours (English, 24x7 for severity A) gets its own row.
//! - The "now" column: `▼` above the strips, and `│` in each strip where the desk is
//!   closed at that instant (an open cell stays `█`, so the state always shows). Each row
//!   ends with what happens next: "until 18:00" (open now) or "opens 15:00" (closed now).
//!   Both are left out when the current instant is not on the day drawn.
//! - Colour (plain ANSI codes) only when the query says so: open cells green, closed cells
//!   dim, the now column bold yellow. Without colour the glyphs alone carry the meaning.
//! - Every line fits in 80 columns; the JSON form carries the intervals, not the drawing.

use chrono::{
    DateTime, Days, FixedOffset, LocalResult, NaiveDate, NaiveTime, TimeDelta, TimeZone, Timelike,
    Utc,
};
use chrono_tz::Tz;
use serde::Serialize;

use super::holiday_report::FilesReport;
use super::hours::region_zone;
use super::in_zones::{self, InZones};
use super::{Answer, Sources};
use crate::clock::calendar::Calendar;
use crate::clock::calendar_choice;
use crate::holidays::Catalog;
use crate::render::style::Style;
use crate::render::text::{self, Shown};
use crate::rules::model::Named;
use crate::rules::model::{Coverage, DeskHours, Region};
use crate::rules::RuleSet;

/// The widest line the drawing writes when not told otherwise (tests, a pipe).
pub const WIDTH: usize = 80;
/// The narrowest label the strips keep room for when the width is short.
const MIN_LABEL: usize = 8;
/// The length of a cell on an ordinary day.
pub const CELL_MINUTES: i64 = 30;
/// The most cells a strip has; a longer day gets wider cells.
const MAX_CELLS: i64 = 52;
/// The widest label; longer region ids use a short alias or are cut.
const MAX_LABEL: usize = 15;
/// The room kept for a row's next change in its shortest form, "→ Mon 08:00".
const STATUS_MIN: usize = 11;

const OPEN: char = '█';
const CLOSED: char = '·';
/// The now column where the desk is closed (where it is open the cell stays `OPEN`).
const NOW_CLOSED: char = '│';
const NOW_MARK: char = '▼';

const GREEN: &str = "\x1b[32m";
const DIM: &str = "\x1b[2m";
const BOLD: &str = "\x1b[1m";
const NOW_STYLE: &str = "\x1b[1;33m";
const RESET: &str = "\x1b[0m";

/// What to draw: the day, the user's zone and the current instant.
#[derive(Debug, Clone, Copy)]
pub struct ChartQuery<'a> {
    /// A local day in `zone`.
    pub day: NaiveDate,
    /// The user's zone: `--tz`, else the system's.
    pub zone: Tz,
    /// Whether `zone` was given with `--tz`, so that it may stand for the customer's own
    /// local zone (regions `other`, `m365-billing`).
    pub zone_given: bool,
    pub now: DateTime<Utc>,
    /// The `--holidays` files, closing the regions that close on public holidays.
    pub holidays: &'a Catalog,
    /// The columns the drawing fits in (the terminal's, `COLUMNS`, else 80): a narrow
    /// terminal gets wider cells.
    pub width: usize,
}

#[derive(Debug, Serialize)]
pub struct Chart {
    /// The local day drawn, `YYYY-MM-DD`.
    pub day: String,
    /// The user's zone, in which the day and the ticks are read.
    pub time_zone: String,
    /// The day's first instant and the next day's (RFC 3339 UTC): `[from, to)`.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// The day's length: 1440, or 1380 / 1500 on a daylight-saving change.
    pub day_minutes: i64,
    /// The length of a cell; a cell is open when the desk is open at its start.
    pub cell_minutes: i64,
    pub cells: usize,
    /// Also with the user's zone's offset.
    #[serde(flatten, serialize_with = "in_zones::now")]
    pub now: InZones,
    /// The cell holding the current instant, when it falls on this day (0-based).
    pub now_cell: Option<usize>,
    pub rows: Vec<ChartRow>,
    /// Regions keeping the customer's own local hours, not drawn for want of `--tz`.
    pub needs_tz: Vec<NeedsTz>,
    /// The holiday files taken into account, joined; `null` when none applies.
    pub holidays_file: Option<String>,
    /// What the holiday files say of this day: where they end, what they ignored.
    pub holiday_notes: Vec<String>,
    pub source: Sources,
}

/// `hours --chart`'s answer: the [`Chart`], which is all the JSON form carries, and the
/// state only the picture needs, kept apart from it.
#[derive(Debug)]
pub struct Drawn {
    /// What the JSON form carries.
    pub chart: Chart,
    drawing: Drawing,
}

/// A drawn chart reads as its chart.
impl std::ops::Deref for Drawn {
    type Target = Chart;

    fn deref(&self) -> &Chart {
        &self.chart
    }
}

impl Serialize for Drawn {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.chart.serialize(serializer)
    }
}

/// What the drawing needs besides the chart's fields.
#[derive(Debug)]
struct Drawing {
    zone: Tz,
    day: NaiveDate,
    start: DateTime<Utc>,
    end: DateTime<Utc>,
    now: DateTime<Utc>,
    /// The start instant of each cell.
    cell_starts: Vec<DateTime<Utc>>,
    /// Whether some drawn region closes on public holidays.
    holidays_matter: bool,
    /// The drawn desks that holidays do not close (open every day of the year).
    open_on_holidays: Vec<String>,
    /// The conditions of the language desks that keep business hours.
    conditions: Vec<String>,
    /// The columns the drawing fits in.
    width: usize,
    /// Per row of the chart, whether each cell is drawn open.
    strips: Vec<Vec<bool>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RowKind {
    /// A region's (or a phone desk's) calendar.
    Region,
    /// A language desk with hours other than its regions', e.g. English 24x7.
    LanguageDesk,
}

#[derive(Debug, Serialize)]
pub struct ChartRow {
    pub kind: RowKind,
    /// The region id, for a region row.
    pub region: Option<String>,
    /// The language id, for a language-desk row.
    pub language: Option<String>,
    /// The row's label in the drawing (the id, or a short alias of a long one).
    pub label: String,
    pub name: String,
    /// The desk keeping these hours, when not the general business hours.
    pub service: Option<String>,
    /// The zone the region's hours are kept in; none for a desk open around the clock.
    pub time_zone: Option<String>,
    /// For a region row: the languages served in these hours.
    pub languages: Vec<LanguageServed>,
    /// For a language-desk row: the regions whose customers it serves.
    pub regions: Vec<String>,
    /// For a language-desk row: when it applies, as the rules say.
    pub condition: Option<String>,
    /// The open time within the day, clipped to `[from, to)` of the chart.
    pub open_intervals: Vec<OpenInterval>,
    /// Open at `now`, and when that next changes (null: not within a year).
    pub open_now: bool,
    /// Also with the user's zone's offset.
    #[serde(flatten, serialize_with = "in_zones::next_change_here")]
    pub next_change: Option<InZones>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OpenInterval {
    /// RFC 3339 UTC.
    pub from: DateTime<Utc>,
    pub to: DateTime<Utc>,
    /// The same instants with the user's zone's offset.
    pub from_local: DateTime<FixedOffset>,
    pub to_local: DateTime<FixedOffset>,
}

#[derive(Debug, Serialize)]
pub struct LanguageServed {
    pub language: String,
    pub name: String,
    pub coverage: Coverage,
    /// Whether this language desk has a row of its own (its hours differ).
    pub own_row: bool,
}

#[derive(Debug, Serialize)]
pub struct NeedsTz {
    pub region: String,
    pub name: String,
    /// The row's label it would have in the drawing.
    pub label: String,
    /// The desk keeping these hours, when not the general business hours.
    pub service: Option<String>,
    /// The languages served in these hours.
    pub languages: Vec<LanguageServed>,
}

impl ChartRow {
    /// Whether the row is a service desk's (listed under "Service desks").
    fn service_desk(&self) -> bool {
        self.service.is_some()
    }
}

impl NeedsTz {
    /// Whether the region is a service desk's.
    fn service_desk(&self) -> bool {
        self.service.is_some()
    }
}

type Interval = (DateTime<Utc>, DateTime<Utc>);

/// The chart of `query.day` in `query.zone`, ready to draw.
pub fn chart(rules: &RuleSet, query: &ChartQuery) -> Result<Drawn, crate::answer::Error> {
    let zone = query.zone;
    let (start, end, length) = day_span(query)?;
    let cell_minutes = cell_minutes(query.width, length);
    let cell = TimeDelta::minutes(cell_minutes);
    let cell_starts: Vec<DateTime<Utc>> = (0..cell_count(length, cell_minutes))
        .map(|i| start + cell * i as i32)
        .collect();
    let now_cell = (start <= query.now && query.now < end)
        .then(|| ((query.now - start).num_seconds() / cell.num_seconds()) as usize);

    let customer_zone = query.zone_given.then_some(zone);
    let mut source = Sources::default();
    let mut general = Vec::new();
    let mut desks = Vec::new();
    let mut needs_tz = Vec::new();
    let mut holidays_matter = false;
    let mut open_on_holidays: Vec<String> = Vec::new();
    let mut holiday_files: Vec<String> = Vec::new();
    let mut holiday_notes: Vec<String> = Vec::new();
    // A desk with days but no clock times (decided reading 20) has no hours to draw.
    for region in rules.regions().iter().filter(|r| !r.days_only) {
        source.add(rules, &region.source);
        let languages = languages_of(rules, region, &mut source);
        let Some(region_zone) = region_zone(region, customer_zone) else {
            needs_tz.push(NeedsTz {
                region: region.id.clone(),
                name: region.name.clone(),
                label: label_of(region),
                service: region.service.clone(),
                languages,
            });
            continue;
        };
        holidays_matter |= region.closed_on_holidays;
        if !region.closed_on_holidays {
            open_on_holidays.push(region.id.clone());
        }
        let calendar = calendar_choice::calendar_of(region, region_zone, query.holidays);
        let files = FilesReport::of(calendar.holiday_files());
        for file in files.files.iter() {
            if !holiday_files.contains(file) {
                holiday_files.push(file.clone());
            }
        }
        for note in files.caveats(Some(query.day)) {
            if !holiday_notes.contains(&note) {
                holiday_notes.push(note);
            }
        }
        let row = region_row(
            region,
            region_zone,
            languages,
            calendar,
            query,
            (start, end),
        );
        if row.service_desk() {
            desks.push(row);
        } else {
            general.push(row);
        }
    }

    let conditions = around_the_clock_rows(rules, (start, end), zone, &mut source, &mut general);

    let mut rows = general;
    rows.append(&mut desks);
    let strips = rows.iter().map(|r| r.cells(&cell_starts)).collect();
    let chart = Chart {
        day: query.day.format("%Y-%m-%d").to_string(),
        time_zone: zone.name().to_string(),
        from: start,
        to: end,
        day_minutes: length.num_minutes(),
        cell_minutes,
        cells: cell_starts.len(),
        now: InZones::of(query.now, Shown::Zone(zone), None),
        now_cell,
        rows,
        needs_tz,
        holidays_file: (!holiday_files.is_empty()).then(|| holiday_files.join(", ")),
        holiday_notes,
        source,
    };
    Ok(Drawn {
        chart,
        drawing: Drawing {
            zone,
            day: query.day,
            start,
            end,
            now: query.now,
            cell_starts,
            holidays_matter,
            open_on_holidays,
            conditions,
            width: query.width,
            strips,
        },
    })
}

/// Where `query.day` starts and ends in `query.zone`, and its length: refused where the
/// day does not occur or has no time of its own.
fn day_span(
    query: &ChartQuery,
) -> Result<(DateTime<Utc>, DateTime<Utc>, TimeDelta), crate::answer::Error> {
    use crate::answer::Error::BadValue;
    let zone = query.zone;
    let start = first_instant(zone, query.day)
        .filter(|t| t.with_timezone(&zone).date_naive() == query.day)
        .ok_or_else(|| {
            BadValue(format!(
                "{} does not occur in {}: its clocks skipped that day",
                query.day,
                zone.name()
            ))
        })?;
    let end = query
        .day
        .checked_add_days(Days::new(1))
        .and_then(|next| first_instant(zone, next))
        .ok_or_else(|| {
            BadValue(format!(
                "cannot tell where {} ends in {}",
                query.day,
                zone.name()
            ))
        })?;
    let length = end - start;
    if length <= TimeDelta::zero() {
        return Err(BadValue(format!(
            "{} has no time of its own in {}",
            query.day,
            zone.name()
        )));
    }
    Ok((start, end, length))
}

/// The minutes of one cell: half an hour, doubled until the day's strip fits `width`.
fn cell_minutes(width: usize, length: TimeDelta) -> i64 {
    // A strip as long as the width allows besides a label and a next change.
    let fits = width.saturating_sub(MIN_LABEL + STATUS_MIN + 2);
    let max_cells = MAX_CELLS
        .min(i64::try_from(fits).unwrap_or(MAX_CELLS))
        .max(12);
    let mut cell_minutes = CELL_MINUTES;
    while cell_count(length, cell_minutes) > max_cells {
        cell_minutes *= 2;
    }
    cell_minutes
}

/// A region's row: its open intervals on the day, and whether it is open now.
fn region_row(
    region: &Region,
    region_zone: Tz,
    languages: Vec<LanguageServed>,
    calendar: Calendar,
    query: &ChartQuery,
    (start, end): Interval,
) -> ChartRow {
    let zone = query.zone;
    let status = calendar.status(query.now);
    ChartRow {
        kind: RowKind::Region,
        region: Some(region.id.clone()),
        language: None,
        label: label_of(region),
        name: region.name.clone(),
        service: region.service.clone(),
        time_zone: Some(region_zone.name().to_string()),
        languages,
        regions: Vec::new(),
        condition: None,
        open_intervals: Vec::new(),
        open_now: status.open,
        next_change: status
            .next_change
            .map(|t| InZones::of(t, Shown::Zone(zone), None)),
    }
    .with_intervals(&day_intervals(&calendar, start, end), zone)
}

/// The language desks open around the clock, one row each, added to `general`; the
/// conditions of the other desks, to be said under the chart.
fn around_the_clock_rows(
    rules: &RuleSet,
    (start, end): Interval,
    zone: Tz,
    source: &mut Sources,
    general: &mut Vec<ChartRow>,
) -> Vec<String> {
    let mut conditions: Vec<String> = Vec::new();
    for language in rules.languages() {
        for desk in &language.desk {
            match desk.hours {
                DeskHours::AroundTheClock { .. } => {
                    source.add(rules, &language.source);
                    let row = ChartRow {
                        kind: RowKind::LanguageDesk,
                        region: None,
                        language: Some(language.id.clone()),
                        label: fit(&format!("{} 24x7", language.id()), MAX_LABEL),
                        name: format!("{} (24x7)", language.name),
                        service: None,
                        time_zone: None,
                        languages: Vec::new(),
                        regions: desk
                            .regions
                            .iter()
                            .map(|r| rules.region(*r).id.clone())
                            .collect(),
                        condition: desk.condition.clone(),
                        open_intervals: Vec::new(),
                        open_now: true,
                        next_change: None,
                    }
                    .with_intervals(&[(start, end)], zone);
                    general.push(row);
                }
                DeskHours::BusinessHours | DeskHours::BestEffort | DeskHours::Unspecified => {
                    if let Some(condition) = &desk.condition {
                        if !conditions.contains(condition) {
                            conditions.push(condition.clone());
                        }
                    }
                }
            }
        }
    }
    conditions
}

impl ChartRow {
    /// Whether each cell (by its start instant) is open: in one of the open intervals.
    fn cells(&self, cell_starts: &[DateTime<Utc>]) -> Vec<bool> {
        cell_starts
            .iter()
            .map(|&t| self.open_intervals.iter().any(|i| i.from <= t && t < i.to))
            .collect()
    }

    /// Sets the open intervals (already clipped to the day).
    fn with_intervals(mut self, intervals: &[Interval], zone: Tz) -> Self {
        self.open_intervals = intervals
            .iter()
            .map(|&(from, to)| OpenInterval {
                from,
                to,
                from_local: from.with_timezone(&zone).fixed_offset(),
                to_local: to.with_timezone(&zone).fixed_offset(),
            })
            .collect();
        self
    }
}

fn cell_count(length: TimeDelta, cell_minutes: i64) -> i64 {
    let cell = cell_minutes * 60;
    (length.num_seconds() + cell - 1) / cell
}

/// The first instant of a local day: its midnight, or the first instant after a gap
/// (which may fall on a later day when the zone skipped the day); the earlier of two.
fn first_instant(zone: Tz, day: NaiveDate) -> Option<DateTime<Utc>> {
    let mut local = day.and_time(NaiveTime::MIN);
    // Gaps are at most a day long (a skipped date); step through them a minute at a time.
    for _ in 0..=2 * 24 * 60 {
        match zone.from_local_datetime(&local) {
            LocalResult::Single(t) => return Some(t.with_timezone(&Utc)),
            LocalResult::Ambiguous(earlier, _) => return Some(earlier.with_timezone(&Utc)),
            LocalResult::None => local += TimeDelta::minutes(1),
        }
    }
    None
}

/// A calendar's open time within `[start, end)`, touching intervals merged.
fn day_intervals(calendar: &Calendar, start: DateTime<Utc>, end: DateTime<Utc>) -> Vec<Interval> {
    let mut out: Vec<Interval> = Vec::new();
    for (open, close) in calendar
        .open_intervals(start)
        .take_while(|&(open, _)| open < end)
    {
        let (open, close) = (open.max(start), close.min(end));
        if open >= close {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.1 >= open => last.1 = last.1.max(close),
            _ => out.push((open, close)),
        }
    }
    out
}

/// The region's id, or its shortest alias when the id is too long for the label column.
fn label_of(region: &Region) -> String {
    let id = region.id();
    if id.chars().count() <= MAX_LABEL {
        return id.to_string();
    }
    region
        .aliases
        .iter()
        .filter(|a| a.chars().count() <= MAX_LABEL)
        .min_by_key(|a| a.chars().count())
        .cloned()
        .unwrap_or_else(|| fit(id, MAX_LABEL))
}

/// The languages served in a region's hours: its language desks, and for a phone desk
/// the languages of the lines keeping these hours.
fn languages_of(rules: &RuleSet, region: &Region, source: &mut Sources) -> Vec<LanguageServed> {
    let mut served: Vec<LanguageServed> = Vec::new();
    for desk in super::hours::languages_served(rules, region, source) {
        if !served.iter().any(|s| s.language == desk.language) {
            served.push(LanguageServed {
                own_row: desk.language_desk && desk.coverage == Coverage::AroundTheClock,
                language: desk.language,
                name: desk.name,
                coverage: desk.coverage,
            });
        }
    }
    served
}

/// `text` cut to `width` characters, with `…` where it was cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    if width > 0 {
        cut.push('…');
    }
    cut
}

mod draw;
#[cfg(test)]
use draw::{pad, wrap};

#[cfg(test)]
mod tests;
