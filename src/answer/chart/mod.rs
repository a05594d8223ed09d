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
mod tests {
    use super::*;

    fn rules() -> RuleSet {
        RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"))
    }

    fn utc(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .expect("instant")
            .with_timezone(&Utc)
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("day")
    }

    fn query(day_text: &str, zone: Tz, now: &str, zone_given: bool) -> ChartQuery<'static> {
        ChartQuery {
            day: day(day_text),
            zone,
            zone_given,
            now: utc(now),
            holidays: Box::leak(Box::new(Catalog::default())),
            width: WIDTH,
        }
    }

    /// Wednesday 25 November 2026 in Amsterdam (UTC+1), now 10:15 local.
    fn amsterdam(zone_given: bool) -> Drawn {
        let q = query(
            "2026-11-25",
            chrono_tz::Europe::Amsterdam,
            "2026-11-25T10:15:00+01:00",
            zone_given,
        );
        chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"))
    }

    fn row<'c>(chart: &'c Chart, label: &str) -> &'c ChartRow {
        chart
            .rows
            .iter()
            .find(|r| r.label == label)
            .unwrap_or_else(|| panic!("no row `{label}`"))
    }

    /// The open cells of a row as ranges `start..end`.
    fn open_runs(chart: &Drawn, row: &ChartRow) -> Vec<std::ops::Range<usize>> {
        let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
        for (i, &open) in row.cells(&chart.drawing.cell_starts).iter().enumerate() {
            if !open {
                continue;
            }
            match runs.last_mut() {
                Some(run) if run.end == i => run.end = i + 1,
                _ => runs.push(i..i + 1),
            }
        }
        runs
    }

    /// A line without its ANSI escapes.
    fn visible(line: &str) -> String {
        let mut out = String::new();
        let mut chars = line.chars();
        while let Some(c) = chars.next() {
            if c == '\x1b' {
                for c in chars.by_ref() {
                    if c == 'm' {
                        break;
                    }
                }
            } else {
                out.push(c);
            }
        }
        out
    }

    fn assert_fits(text: &str) {
        for line in text.lines() {
            let width = visible(line).chars().count();
            assert!(width <= WIDTH, "{width} columns: {line:?}");
        }
    }

    /// The strip of a drawn row, found by its label.
    fn drawn_strip(text: &str, label: &str, label_width: usize, cells: usize) -> String {
        let line = text
            .lines()
            .map(visible)
            .find(|l| l.starts_with(&format!("{} ", pad(label, label_width))))
            .unwrap_or_else(|| panic!("no line for `{label}` in\n{text}"));
        line.chars().skip(label_width + 1).take(cells).collect()
    }

    #[test]
    fn an_ordinary_day_has_48_half_hour_cells() {
        let chart = amsterdam(false);
        assert_eq!(chart.cells, 48);
        assert_eq!(chart.cell_minutes, 30);
        assert_eq!(chart.day_minutes, 1440);
        assert_eq!(text::utc(chart.from), "2026-11-24T23:00:00Z");
        assert_eq!(text::utc(chart.to), "2026-11-25T23:00:00Z");
        assert_eq!(chart.now_cell, Some(20));
    }

    #[test]
    fn regions_are_drawn_in_the_users_zone() {
        let chart = amsterdam(false);
        assert_eq!(open_runs(&chart, row(&chart, "emea")), vec![16..36]);
        assert_eq!(open_runs(&chart, row(&chart, "apac")), vec![0..28]);
        assert_eq!(open_runs(&chart, row(&chart, "japan")), vec![2..19]);
        assert_eq!(
            open_runs(&chart, row(&chart, "north-america")),
            vec![0..6, 30..48]
        );
        assert_eq!(open_runs(&chart, row(&chart, "china")), vec![4..34]);
        assert_eq!(
            open_runs(&chart, row(&chart, "china-critical")),
            vec![0..48]
        );
        assert_eq!(
            open_runs(&chart, row(&chart, "m365-technical")),
            vec![0..48]
        );
        assert_eq!(
            open_runs(&chart, row(&chart, "germany-billing")),
            vec![18..34]
        );
        // Sydney is at UTC+11 in November: 09:00-18:00 there is 23:00-08:00 here.
        assert_eq!(
            open_runs(&chart, row(&chart, "m365-billing-au")),
            vec![0..16, 46..48]
        );
        assert_eq!(open_runs(&chart, row(&chart, "english 24x7")), vec![0..48]);
    }

    #[test]
    fn intervals_and_status_are_in_the_json() {
        let chart = amsterdam(false);
        let emea = row(&chart, "emea");
        let paris =
            |t: &str| DateTime::parse_from_rfc3339(t).unwrap_or_else(|e| panic!("{t}: {e}"));
        assert_eq!(
            emea.open_intervals,
            vec![OpenInterval {
                from: utc("2026-11-25T07:00:00Z"),
                to: utc("2026-11-25T17:00:00Z"),
                from_local: paris("2026-11-25T08:00:00+01:00"),
                to_local: paris("2026-11-25T18:00:00+01:00"),
            }]
        );
        assert!(emea.open_now);
        assert_eq!(
            emea.next_change.map(|n| n.utc),
            Some(utc("2026-11-25T17:00:00Z"))
        );
        let na = row(&chart, "north-america");
        assert_eq!(na.open_intervals.len(), 2);
        assert_eq!(na.open_intervals[0].from, utc("2026-11-24T23:00:00Z"));
        assert_eq!(na.open_intervals[0].to, utc("2026-11-25T02:00:00Z"));
        assert!(!na.open_now);
        assert_eq!(
            na.next_change.map(|n| n.utc),
            Some(utc("2026-11-25T14:00:00Z"))
        );
        let json = serde_json::to_value(&chart).expect("json");
        assert_eq!(json["cell_minutes"], 30);
        assert_eq!(json["time_zone"], "Europe/Amsterdam");
        assert_eq!(json["needs_tz"][0]["region"], "other");
        assert!(json.get("drawing").is_none());
        assert!(json["rows"][0].get("cells").is_none());
        assert!(!json.to_string().contains('█'));
    }

    #[test]
    fn local_hours_need_the_zone_given() {
        let chart = amsterdam(false);
        let missing: Vec<&str> = chart.needs_tz.iter().map(|n| n.region.as_str()).collect();
        assert_eq!(missing, vec!["other", "m365-billing"]);
        assert!(chart.rows.iter().all(|r| r.label != "other"));
        let text = chart.table(&Style::PLAIN);
        assert!(text.contains("other"), "{text}");
        assert!(text.contains("give --tz"), "{text}");

        let chart = amsterdam(true);
        assert!(chart.needs_tz.is_empty());
        assert_eq!(open_runs(&chart, row(&chart, "other")), vec![18..34]);
        assert_eq!(open_runs(&chart, row(&chart, "m365-billing")), vec![18..34]);
        assert_fits(&chart.table(&Style::PLAIN));
    }

    #[test]
    fn the_drawing_shows_the_strips_and_the_now_marker() {
        let chart = amsterdam(false);
        let text = chart.table(&Style::PLAIN);
        let label_width = MAX_LABEL;
        let emea = drawn_strip(&text, "emea", label_width, 48);
        let expected: String = (0..48)
            .map(|i| match i {
                20 => OPEN,
                16..36 => OPEN,
                _ => CLOSED,
            })
            .collect();
        assert_eq!(emea, expected, "\n{text}");
        // North America is closed now: the now column shows as a line through it.
        let na = drawn_strip(&text, "north-america", label_width, 48);
        assert_eq!(na.chars().nth(20), Some(NOW_CLOSED), "\n{text}");
        assert_eq!(na.chars().nth(19), Some(CLOSED));
        // The marker stands over cell 20 (10:00-10:30).
        let marker = text
            .lines()
            .find(|l| l.contains(NOW_MARK))
            .expect("marker line");
        assert_eq!(
            marker.chars().position(|c| c == NOW_MARK),
            Some(label_width + 1 + 20),
            "\n{text}"
        );
        assert!(marker.contains("now 10:15"));
        // What happens next, in the user's zone.
        let emea_line = text.lines().find(|l| l.starts_with("emea ")).expect("emea");
        assert!(emea_line.ends_with("until 18:00"), "{emea_line}");
        let na_line = text
            .lines()
            .find(|l| l.starts_with("north-america "))
            .expect("na");
        assert!(na_line.ends_with("opens 15:00"), "{na_line}");
        let critical = text
            .lines()
            .find(|l| l.starts_with("china-critical "))
            .expect("critical");
        assert!(critical.ends_with("always open"), "{critical}");
        // Ticks over the cells that start at those hours.
        let ticks = text.lines().nth(1).expect("ticks");
        let expected_ticks = format!(
            "{}00    03    06    09    12    15    18    21",
            " ".repeat(label_width + 1)
        );
        assert_eq!(ticks, expected_ticks);
        // The languages appear.
        assert!(text.contains("English*, Spanish, Portuguese, French, German, Italian"));
        assert!(text.contains("Japanese"));
    }

    #[test]
    fn plain_output_has_no_escapes_and_fits_80_columns() {
        let plain = amsterdam(false).table(&Style::PLAIN);
        assert!(!plain.contains('\x1b'));
        assert_fits(&plain);
        let coloured = amsterdam(true).table(&Style {
            colour: true,
            ..Style::PLAIN
        });
        assert!(coloured.contains(GREEN));
        assert!(coloured.contains(NOW_STYLE));
        assert_fits(&coloured);
        // Without its escapes the coloured drawing is the plain one (bar the --tz rows).
        let plain_given = amsterdam(true).table(&Style::PLAIN);
        let stripped: Vec<String> = coloured.lines().map(visible).collect();
        assert_eq!(stripped.join("\n") + "\n", plain_given);
    }

    /// The tick labels of a drawing, each with the cell it stands over.
    fn tick_cells(text: &str, label_width: usize) -> Vec<(usize, u32)> {
        let ticks: Vec<char> = text
            .lines()
            .nth(1)
            .expect("ticks")
            .chars()
            .skip(label_width + 1)
            .collect();
        let mut found = Vec::new();
        let mut i = 0;
        while i + 1 < ticks.len() {
            if ticks[i].is_ascii_digit() && ticks[i + 1].is_ascii_digit() {
                let hour: String = ticks[i..i + 2].iter().collect();
                found.push((i, hour.parse().expect("hour")));
                i += 2;
            } else {
                i += 1;
            }
        }
        found
    }

    fn assert_ticks_align(chart: &Drawn, label_width: usize) -> Vec<(usize, u32)> {
        let text = chart.table(&Style::PLAIN);
        let ticks = tick_cells(&text, label_width);
        assert!(!ticks.is_empty(), "\n{text}");
        for &(cell, hour) in &ticks {
            let local = chart.drawing.cell_starts[cell].with_timezone(&chart.drawing.zone);
            assert_eq!((local.hour(), local.minute()), (hour, 0), "\n{text}");
        }
        ticks
    }

    #[test]
    fn a_spring_forward_day_has_23_hours_and_ticks_follow_the_clock() {
        // Sunday 29 March 2026: Amsterdam goes from 02:00 CET to 03:00 CEST.
        let q = query(
            "2026-03-29",
            chrono_tz::Europe::Amsterdam,
            "2026-03-29T12:10:00+02:00",
            false,
        );
        let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(chart.cells, 46);
        assert_eq!(chart.day_minutes, 23 * 60);
        let ticks = assert_ticks_align(&chart, MAX_LABEL);
        assert_eq!(
            ticks,
            vec![
                (0, 0),
                (4, 3),
                (10, 6),
                (16, 9),
                (22, 12),
                (28, 15),
                (34, 18),
                (40, 21)
            ]
        );
        // 12:10 CEST is 10:10 UTC, 11 h 10 min after 00:00 CET (23:00 UTC): cell 22.
        assert_eq!(chart.now_cell, Some(22));
        let text = chart.table(&Style::PLAIN);
        assert_fits(&text);
        assert!(text.contains("UTC+01:00 → UTC+02:00"), "{text}");
        assert!(text.contains("23 hours"), "{text}");
        // A Sunday: EMEA closed all day; China (09:00-24:00 Beijing) is 03:00-18:00 CEST.
        assert_eq!(
            open_runs(&chart, row(&chart, "emea")),
            Vec::<std::ops::Range<usize>>::new()
        );
        assert_eq!(open_runs(&chart, row(&chart, "china")), vec![4..34]);
        let strip = drawn_strip(&text, "china", MAX_LABEL, 46);
        assert_eq!(strip.chars().count(), 46);
        assert_eq!(strip.chars().nth(4), Some(OPEN), "\n{text}");
        assert_eq!(strip.chars().nth(3), Some(CLOSED), "\n{text}");
    }

    #[test]
    fn a_fall_back_day_has_25_hours_and_still_fits() {
        // Sunday 25 October 2026: Amsterdam goes from 03:00 CEST back to 02:00 CET.
        let q = query(
            "2026-10-25",
            chrono_tz::Europe::Amsterdam,
            "2026-10-25T23:50:00+01:00",
            false,
        );
        let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(chart.cells, 50);
        assert_eq!(chart.now_cell, Some(49));
        let text = chart.table(&Style::PLAIN);
        assert_fits(&text);
        let ticks = tick_cells(&text, label_width_of(&text));
        assert_eq!(ticks[0..3], [(0, 0), (8, 3), (14, 6)]);
        assert_ticks_align(&chart, label_width_of(&text));
    }

    /// The label column's width, from the tick line's indentation.
    fn label_width_of(text: &str) -> usize {
        let ticks = text.lines().nth(1).expect("ticks");
        ticks.chars().take_while(|&c| c == ' ').count() - 1
    }

    #[test]
    fn a_weekend_shows_monday_openings() {
        let q = query(
            "2026-11-28",
            chrono_tz::America::New_York,
            "2026-11-28T09:00:00-05:00",
            true,
        );
        let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        let text = chart.table(&Style::PLAIN);
        assert_fits(&text);
        let emea = text.lines().find(|l| l.starts_with("emea ")).expect("emea");
        assert!(emea.ends_with("opens Mon 02:00"), "{emea}");
        assert!(!text.contains("give --tz"));
    }

    #[test]
    fn another_day_has_no_marker() {
        let q = query(
            "2026-11-26",
            chrono_tz::Europe::Amsterdam,
            "2026-11-25T10:15:00+01:00",
            false,
        );
        let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(chart.now_cell, None);
        let text = chart.table(&Style::PLAIN);
        assert!(!text.contains(NOW_MARK));
        assert!(!text.contains(NOW_CLOSED));
        assert!(text.contains("is not on this day"), "{text}");
        assert_fits(&text);
    }

    #[test]
    fn holidays_close_the_regions_that_close_on_them() {
        let holidays = Catalog::single(
            crate::holidays::HolidayFile::parse("h.txt", b"2026-11-25 A holiday\n", &[])
                .expect("holidays"),
        );
        let mut q = query(
            "2026-11-25",
            chrono_tz::Europe::Amsterdam,
            "2026-11-25T10:15:00+01:00",
            false,
        );
        q.holidays = &holidays;
        let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            open_runs(&chart, row(&chart, "emea")),
            Vec::<std::ops::Range<usize>>::new()
        );
        assert_eq!(open_runs(&chart, row(&chart, "china")), vec![4..34]);
        assert!(chart.table(&Style::PLAIN).contains("Holidays from h.txt"));
    }

    #[test]
    fn a_skipped_day_is_an_error_and_odd_days_still_draw() {
        // Samoa skipped 30 December 2011 when it crossed the date line.
        let q = query(
            "2011-12-30",
            chrono_tz::Pacific::Apia,
            "2011-12-31T12:00:00Z",
            false,
        );
        assert!(chart(&rules(), &q).is_err());
        let q = query(
            "2011-12-29",
            chrono_tz::Pacific::Apia,
            "2011-12-29T12:00:00Z",
            false,
        );
        let drawn = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        assert_fits(&drawn.table(&Style::PLAIN));
        // Sitka lived 18 October 1867 twice, moving from the Russian to the American date.
        let q = query(
            "1867-10-19",
            chrono_tz::America::Sitka,
            "1867-10-19T12:00:00Z",
            true,
        );
        let drawn = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        // Begun in the Russian date, the 19th comes back after the repeated afternoon of
        // the 18th: about two days long, drawn in hour cells.
        assert!(drawn.day_minutes > 26 * 60, "{}", drawn.day_minutes);
        assert_eq!(drawn.cell_minutes, 60);
        assert!(drawn.cells as i64 <= MAX_CELLS);
        assert_fits(&drawn.table(&Style::PLAIN));
        // Kathmandu's quarter-hour offset: cells start at :00 and :30 local.
        let q = query(
            "2026-11-25",
            chrono_tz::Asia::Kathmandu,
            "2026-11-25T06:00:00Z",
            true,
        );
        let drawn = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(drawn.cells, 48);
        assert_fits(&drawn.table(&Style::PLAIN));
        assert_ticks_align(&drawn, label_width_of(&drawn.table(&Style::PLAIN)));
    }

    #[test]
    fn wrapping_keeps_to_80_columns() {
        let long = "word ".repeat(40) + &"x".repeat(200);
        for line in wrap(WIDTH, "* ", 2, &long) {
            assert!(line.chars().count() <= WIDTH, "{line}");
        }
    }
}
