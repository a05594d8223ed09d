//! Correctness tests of the SLA clock: the calendars of every region, `due` and `explain`.
//!
//! The property tests compare the calendar with a model written from the decided readings
//! alone (READINGS.md 1-5, 9-11): a calendar is open at an instant when the instant's wall
//! time in the calendar's zone falls in a half-open `[open, close)` window of that local
//! day's weekday, and that local day is not a holiday. Everything else (`open_intervals`,
//! `status`, `add_open_minutes`, `due`, `explain`) must agree with that definition.
//!
//! The hand-worked cases at the end give every expected instant with the arithmetic that
//! leads to it.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use chrono::{DateTime, Datelike, NaiveDate, Offset, TimeDelta, TimeZone, Timelike, Utc};
use chrono_tz::Tz;
use proptest::prelude::*;
use proptest::test_runner::Config;

use crate::clock::calendar::Calendar;
use crate::clock::calendar_choice::{self, Whereabouts};
use crate::clock::due::{self, Counting, Step};
use crate::holidays::{Catalog, HolidayFile};
use crate::rules::model::Named;
use crate::rules::model::{Region, RegionZone};
use crate::rules::{RuleSet, RuleText};

// ---------------------------------------------------------------------------------------
// The model: "open" by the decided readings, judged on wall time in the calendar's zone.
// ---------------------------------------------------------------------------------------

/// A region's weekly windows in one zone, read straight from its rule, as minutes after
/// local midnight; a close of `00:00` is the end of the day (reading 5).
#[derive(Clone, Debug)]
struct Model {
    zone: Tz,
    week: [Vec<(u32, u32)>; 7],
}

impl Model {
    fn of(region: &Region, zone: Tz) -> Model {
        let mut week: [Vec<(u32, u32)>; 7] = Default::default();
        for window in &region.window {
            let open = u32::from(window.open.minutes());
            let close = match u32::from(window.close.minutes()) {
                0 => 24 * 60,
                close => close,
            };
            for day in &window.days {
                week[day.index()].push((open, close));
            }
        }
        Model { zone, week }
    }

    fn is_open(&self, t: DateTime<Utc>, holidays: &BTreeSet<NaiveDate>) -> bool {
        let local = t.with_timezone(&self.zone);
        let day = local.date_naive();
        if holidays.contains(&day) {
            return false;
        }
        let second = local.num_seconds_from_midnight();
        self.week[day.weekday().num_days_from_monday() as usize]
            .iter()
            .any(|&(open, close)| open * 60 <= second && second < close * 60)
    }

    fn business_day_minutes(&self) -> u32 {
        self.week
            .iter()
            .map(|d| d.iter().map(|(o, c)| c - o).sum::<u32>())
            .max()
            .unwrap_or(0)
    }

    fn around_the_clock(&self) -> bool {
        self.week.iter().all(|d| d.contains(&(0, 24 * 60)))
    }
}

/// A calendar under test: a region in one zone.
#[derive(Clone, Debug)]
struct Subject {
    name: String,
    region: &'static Region,
    region_id: String,
    closed_on_holidays: bool,
    model: Model,
}

impl Subject {
    /// A fresh calendar (a calendar may cache, so none is shared between tests).
    fn calendar(&self) -> Calendar {
        Calendar::of_region(self.region, self.model.zone)
    }

    fn with_holidays(&self, holidays: &BTreeSet<NaiveDate>) -> Calendar {
        self.calendar().with_holidays(holidays.iter().copied())
    }
}

/// Zones for the regions that keep the customer's own hours (`other`, `m365-billing`):
/// daylight saving at 02:00 and at midnight, half- and quarter-hour offsets, half-hour
/// daylight saving, the extremes of the offsets, and no daylight saving at all.
const LOCAL_ZONES: &[&str] = &[
    "America/Sao_Paulo",
    "Europe/London",
    "America/Santiago",
    "America/Havana",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "Pacific/Chatham",
    "America/St_Johns",
    "Pacific/Kiritimati",
    "Pacific/Pago_Pago",
    "UTC",
];

/// Regions a `--rules` directory could define, to reach what the built-in ones do not:
/// a window ending at 24:00 where the clocks change at midnight, windows that touch
/// across a daylight-saving change at midnight, a split day, and a window around 02:00
/// when the clocks change.
const CUSTOM_REGIONS: &str = r#"
[[document]]
id = "d"
title = "t"
file = "f"
sections = ["S"]

[[region]]
id = "havana-late"
name = "Havana, late desk"
zone = "America/Havana"
closed-on-holidays = true
window = [{ days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], open = "09:00", close = "00:00" }]
as-written = { region = "", hours = "", days = "", exclusions = "" }
source = [{ doc = "d", section = "S" }]

[[region]]
id = "santiago-weekend"
name = "Santiago, weekend desk"
zone = "America/Santiago"
closed-on-holidays = true
window = [
  { days = ["mon", "tue", "wed", "thu", "fri"], open = "08:00", close = "17:00" },
  { days = ["sat"], open = "09:00", close = "24:00" },
  { days = ["sun"], open = "00:00", close = "12:00" },
]
as-written = { region = "", hours = "", days = "", exclusions = "" }
source = [{ doc = "d", section = "S" }]

[[region]]
id = "london-split"
name = "London, with lunch"
zone = "Europe/London"
closed-on-holidays = true
window = [
  { days = ["mon", "tue", "wed", "thu", "fri"], open = "08:00", close = "12:00" },
  { days = ["mon", "tue", "wed", "thu", "fri"], open = "13:00", close = "17:30" },
  { days = ["sat"], open = "10:00", close = "14:00" },
]
as-written = { region = "", hours = "", days = "", exclusions = "" }
source = [{ doc = "d", section = "S" }]

[[region]]
id = "paris-night"
name = "Paris, night desk"
zone = "Europe/Paris"
closed-on-holidays = true
window = [{ days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], open = "00:00", close = "06:00" }]
as-written = { region = "", hours = "", days = "", exclusions = "" }
source = [{ doc = "d", section = "S" }]
"#;

fn builtin() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().unwrap_or_else(|e| panic!("{e}")))
}

fn custom() -> &'static RuleSet {
    static RULES: OnceLock<RuleSet> = OnceLock::new();
    RULES.get_or_init(|| {
        RuleSet::from_texts(&[RuleText {
            name: "custom.toml".into(),
            text: CUSTOM_REGIONS.into(),
            user: false,
        }])
        .unwrap_or_else(|e| panic!("{e}"))
    })
}

fn zone(name: &str) -> Tz {
    name.parse().unwrap_or_else(|_| panic!("zone {name}"))
}

fn subject(region: &'static Region, zone: Tz) -> Subject {
    Subject {
        name: format!("{} in {}", region.id(), zone.name()),
        region,
        region_id: region.id.clone(),
        closed_on_holidays: region.closed_on_holidays,
        model: Model::of(region, zone),
    }
}

/// Every built-in region (those in the customer's zone once per zone of [`LOCAL_ZONES`]),
/// then the custom ones.
fn subjects() -> &'static [Subject] {
    static ALL: OnceLock<Vec<Subject>> = OnceLock::new();
    ALL.get_or_init(|| {
        let mut all = Vec::new();
        for region in builtin().regions().iter().chain(custom().regions()) {
            assert!(
                region.holidays.is_empty(),
                "the model has no region holidays: {}",
                region.id()
            );
            match region.zone {
                RegionZone::Local => {
                    for name in LOCAL_ZONES {
                        all.push(subject(region, zone(name)));
                    }
                }
                RegionZone::Iana(own) => all.push(subject(region, own)),
            }
        }
        all
    })
}

fn builtin_subject(id: &str, zone_name: Option<&str>) -> Subject {
    let region = builtin()
        .regions()
        .iter()
        .find(|r| r.id() == id)
        .unwrap_or_else(|| panic!("region {id}"));
    let zone = match (zone_name, region.zone) {
        (Some(name), _) => zone(name),
        (None, RegionZone::Iana(own)) => own,
        (None, RegionZone::Local) => panic!("region {id} keeps local hours: name a zone"),
    };
    subject(region, zone)
}

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .with_timezone(&Utc)
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn minutes(m: i64) -> TimeDelta {
    TimeDelta::minutes(m)
}

const SECOND: TimeDelta = TimeDelta::seconds(1);

/// Open time between two instants, summed over the calendar's own open intervals.
fn open_between(calendar: &Calendar, from: DateTime<Utc>, to: DateTime<Utc>) -> TimeDelta {
    let mut total = TimeDelta::zero();
    for (start, end) in calendar.open_intervals(from) {
        if start >= to {
            break;
        }
        let (a, b) = (start.max(from), end.min(to));
        if b > a {
            total += b - a;
        }
    }
    total
}

fn open_due(calendar: &Calendar, t: DateTime<Utc>, m: u32) -> DateTime<Utc> {
    due::due(calendar, Counting::OpenTime, t, m)
        .unwrap_or_else(|| panic!("no due instant for {m} min from {t}"))
}

fn local_days(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<NaiveDate> {
    let first = from.with_timezone(&zone).date_naive();
    let last = to.with_timezone(&zone).date_naive();
    first.iter_days().take_while(|d| *d <= last).collect()
}

/// Offset changes of `zone` in `(from, to]`, found by probing every quarter hour.
fn offset_changes(zone: Tz, from: DateTime<Utc>, to: DateTime<Utc>) -> usize {
    let offset = |t: DateTime<Utc>| t.with_timezone(&zone).offset().fix();
    let mut count = 0;
    let mut probe = from;
    while probe < to {
        let next = (probe + minutes(15)).min(to);
        if offset(probe) != offset(next) {
            count += 1;
        }
        probe = next;
    }
    count
}

fn step_times(step: &Step) -> (DateTime<Utc>, DateTime<Utc>) {
    match step {
        Step::Submitted { at, .. } | Step::Due { at } | Step::OffsetChange { at, .. } => (*at, *at),
        Step::Counted { from, to, .. } | Step::Skipped { from, to, .. } => (*from, *to),
    }
}

// ---------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------

/// 2025-01-01T00:00:00Z and 2029-01-01T00:00:00Z.
const FIRST: i64 = 1_735_689_600;
const LAST: i64 = 1_861_920_000;

/// Submissions from 2025 to 2028: any second, or on a quarter hour (where the windows'
/// edges and the offsets' steps fall, so that submissions at opening or closing time and
/// targets that end there come up often).
fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    let at = |s: i64| Utc.timestamp_opt(s, 0).single().expect("in range");
    prop_oneof![
        (FIRST..LAST).prop_map(at),
        (0..(LAST - FIRST) / 900).prop_map(move |q| at(FIRST + q * 900)),
    ]
}

/// Targets of 1 to 5000 minutes; half of them in quarter hours.
fn target() -> impl Strategy<Value = u32> {
    prop_oneof![1u32..5000, (1u32..333).prop_map(|q| q * 15)]
}

fn subject_index() -> impl Strategy<Value = usize> {
    0..subjects().len()
}

/// Holidays near the submission: local days from 3 before to 24 after it, possibly none.
fn holiday_offsets() -> impl Strategy<Value = Vec<i64>> {
    prop::collection::vec(-3i64..25, 0..6)
}

fn holidays_near(zone: Tz, t: DateTime<Utc>, offsets: &[i64]) -> BTreeSet<NaiveDate> {
    let base = t.with_timezone(&zone).date_naive();
    offsets.iter().map(|&o| base + TimeDelta::days(o)).collect()
}

fn config() -> Config {
    Config {
        cases: 256,
        failure_persistence: None,
        ..Config::default()
    }
}

// ---------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// The due instant is not before the submission, exactly the target's open time lies
    /// between them, and it is the earliest such instant: it is never strictly inside
    /// closed time, but inside an open interval or exactly at an interval's end.
    #[test]
    fn open_time_between_submission_and_due_is_the_target(
        index in subject_index(),
        t in instant(),
        m in target(),
        offsets in holiday_offsets(),
    ) {
        let s = &subjects()[index];
        let holidays = holidays_near(s.model.zone, t, &offsets);
        let calendar = s.with_holidays(&holidays);
        let d = open_due(&calendar, t, m);
        prop_assert!(d >= t, "{}: due {d} before submission {t}", s.name);
        prop_assert_eq!(
            open_between(&calendar, t, d),
            minutes(i64::from(m)),
            "{}: open time from {} to due {}", s.name, t, d
        );
        let holding = calendar
            .open_intervals(t)
            .take_while(|(start, _)| *start < d)
            .any(|(start, end)| start < d && d <= end);
        prop_assert!(holding, "{}: due {d} is not in (start, end] of an open interval", s.name);
        // The same, by the model: the second before the due instant is open time.
        prop_assert!(
            s.model.is_open(d - SECOND, &holidays),
            "{}: the second before due {} is closed by the model", s.name, d
        );
    }

    /// A later submission never gets an earlier due instant, and a longer target never an
    /// earlier one either.
    #[test]
    fn due_is_monotonic(
        index in subject_index(),
        t in instant(),
        later in 0i64..(10 * 86_400),
        m in target(),
        more in 0u32..3000,
        offsets in holiday_offsets(),
    ) {
        let s = &subjects()[index];
        let holidays = holidays_near(s.model.zone, t, &offsets);
        let calendar = s.with_holidays(&holidays);
        let t2 = t + TimeDelta::seconds(later);
        let (d1, d2) = (open_due(&calendar, t, m), open_due(&calendar, t2, m));
        prop_assert!(d1 <= d2, "{}: {m} min from {t} → {d1}, from later {t2} → {d2}", s.name);
        let d3 = open_due(&calendar, t, m + more);
        prop_assert!(d1 <= d3, "{}: {m} min → {d1}, {} min → {d3}", s.name, m + more);
        if more > 0 {
            prop_assert!(d1 < d3, "{}: more minutes, same due {d1}", s.name);
        }
    }

    /// Counting a minutes, then b more from there, ends where counting a + b does, also
    /// when the intermediate instant is exactly at a closing time.
    #[test]
    fn counting_is_additive(
        index in subject_index(),
        t in instant(),
        a in target(),
        b in target(),
        offsets in holiday_offsets(),
    ) {
        let s = &subjects()[index];
        let holidays = holidays_near(s.model.zone, t, &offsets);
        let calendar = s.with_holidays(&holidays);
        let middle = open_due(&calendar, t, a);
        prop_assert_eq!(
            open_due(&calendar, middle, b),
            open_due(&calendar, t, a + b),
            "{}: {} + {} min from {} (intermediate {})", s.name, a, b, t, middle
        );
    }

    /// The open intervals agree with the model: each is open throughout and at its edges,
    /// each gap between them is closed throughout, they are in order, they do not overlap,
    /// and the first ends after the instant asked for. Checked for two weeks.
    #[test]
    fn open_intervals_agree_with_the_wall_clock_model(
        index in subject_index(),
        t in instant(),
        offsets in holiday_offsets(),
    ) {
        let s = &subjects()[index];
        let holidays = holidays_near(s.model.zone, t, &offsets);
        let calendar = s.with_holidays(&holidays);
        let horizon = t + TimeDelta::days(14);
        let intervals: Vec<_> = {
            // Up to the horizon, and one more, to tell whether the last one touches it.
            let mut list = Vec::new();
            let mut beyond = 0;
            for (start, end) in calendar.open_intervals(t) {
                list.push((start, end));
                if end >= horizon {
                    beyond += 1;
                    if beyond == 2 {
                        break;
                    }
                }
            }
            list
        };
        prop_assert!(!intervals.is_empty(), "{}: no open interval", s.name);
        prop_assert!(intervals[0].1 > t, "{}: first interval ends by {t}", s.name);
        let open = |u| s.model.is_open(u, &holidays);
        for (i, &(start, end)) in intervals.iter().enumerate() {
            prop_assert!(start < end, "{}: empty interval {start}..{end}", s.name);
            prop_assert!(end - start <= TimeDelta::days(7), "{}: interval over a week", s.name);
            prop_assert!(open(start) && open(end - SECOND),
                "{}: interval {start}..{end} is not open at its edges", s.name);
            let mut u = start.max(t);
            while u < end {
                prop_assert!(open(u), "{}: {u} in interval {start}..{end} is closed", s.name);
                u += minutes(15);
            }
            let Some(next) = intervals.get(i + 1) else {
                break;
            };
            if next.0 != end {
                prop_assert!(!open(end), "{}: open at the end {end} of an interval", s.name);
            }
            if i > 0 {
                let previous_end = intervals[i - 1].1;
                prop_assert!(start >= previous_end,
                    "{}: intervals overlap or are out of order at {start}", s.name);
                if start > previous_end {
                    prop_assert!(!open(start - SECOND),
                        "{}: open just before the start {start} of an interval", s.name);
                    let mut u = previous_end;
                    while u < start {
                        prop_assert!(!open(u),
                            "{}: {u} between intervals {previous_end}..{start} is open", s.name);
                        u += minutes(15);
                    }
                }
            } else if start > t {
                let mut u = t;
                while u < start {
                    prop_assert!(!open(u), "{}: {u} before the first interval is open", s.name);
                    u += minutes(15);
                }
            }
        }
    }

    /// `status` says what the model says, and its next change is a real change.
    #[test]
    fn status_agrees_with_the_model(
        index in subject_index(),
        t in instant(),
        offsets in holiday_offsets(),
    ) {
        let s = &subjects()[index];
        let holidays = holidays_near(s.model.zone, t, &offsets);
        let calendar = s.with_holidays(&holidays);
        let open = |u| s.model.is_open(u, &holidays);
        let status = calendar.status(t);
        prop_assert_eq!(status.open, open(t), "{}: open at {}", s.name, t);
        match status.next_change {
            Some(change) => {
                prop_assert!(change > t, "{}: next change {change} not after {t}", s.name);
                prop_assert_eq!(open(change), !status.open, "{}: no change at {}", s.name, change);
                prop_assert_eq!(open(change - SECOND), status.open,
                    "{}: changed before {}", s.name, change);
                let mut u = t;
                while u < change {
                    prop_assert_eq!(open(u), status.open, "{}: changed at {} before {}", s.name, u, change);
                    u += minutes(15);
                }
            }
            None => {
                let today = t.with_timezone(&s.model.zone).date_naive();
                prop_assert!(
                    status.open
                        && s.model.around_the_clock()
                        && holidays.iter().all(|h| *h < today),
                    "{}: no next change after {t}, though the desk is not open around the clock",
                    s.name
                );
            }
        }
    }

    /// A 24x7 target counts wall-clock time whatever the calendar and its holidays: due is
    /// the submission plus the target, and its explanation is one counted stretch.
    #[test]
    fn wall_clock_targets_count_every_minute(
        index in subject_index(),
        t in instant(),
        a in target(),
        b in target(),
        offsets in holiday_offsets(),
    ) {
        let s = &subjects()[index];
        let holidays = holidays_near(s.model.zone, t, &offsets);
        let calendar = s.with_holidays(&holidays);
        let add = |from, m| due::due(&calendar, Counting::WallClock, from, m).expect("wall clock");
        let d = add(t, a);
        prop_assert_eq!(d, t + minutes(i64::from(a)));
        prop_assert_eq!(add(d, b), add(t, a + b));
        prop_assert!(add(t + SECOND, a) > d, "strictly monotonic");
        let steps = due::explain(&calendar, Counting::WallClock, t, d);
        let plain: Vec<_> = steps
            .iter()
            .filter(|s| !matches!(s, Step::OffsetChange { .. }))
            .cloned()
            .collect();
        prop_assert_eq!(plain, vec![
            Step::Submitted { at: t, open: true },
            Step::Counted { from: t, to: d, seconds: i64::from(a) * 60, left_seconds: 0 },
            Step::Due { at: d },
        ]);
        let changes = steps.iter().filter(|s| matches!(s, Step::OffsetChange { .. })).count();
        prop_assert_eq!(changes, offset_changes(s.model.zone, t, d), "{}", s.name);
    }

    /// The explanation of a business-hours due instant, for submissions on a whole minute:
    /// it starts with the submission (open or closed as the model says), ends with the due
    /// instant, counts stretches of open time that add up to the target, skips only closed
    /// stretches (naming the holidays and closed days in them), and shows every change of
    /// the zone's offset in between, at the instant it happens.
    #[test]
    fn explain_adds_up_to_the_target(
        index in subject_index(),
        t in (0..(LAST - FIRST) / 60).prop_map(|q| Utc.timestamp_opt(FIRST + q * 60, 0).single().expect("in range")),
        m in target(),
        offsets in holiday_offsets(),
    ) {
        let s = &subjects()[index];
        let holidays = holidays_near(s.model.zone, t, &offsets);
        let calendar = s.with_holidays(&holidays);
        let d = open_due(&calendar, t, m);
        let steps = due::explain(&calendar, Counting::OpenTime, t, d);
        check_explanation(s, &holidays, t, d, m, &steps)?;
    }

    /// The same for submissions at any second (RFC 3339 allows them, and `--at` takes
    /// them): the counted minutes must still add up to the target.
    #[test]
    fn explain_adds_up_to_the_target_for_any_second(
        index in subject_index(),
        t in (FIRST..LAST).prop_map(|s| Utc.timestamp_opt(s, 0).single().expect("in range")),
        m in target(),
    ) {
        let s = &subjects()[index];
        let holidays = BTreeSet::new();
        let calendar = s.calendar();
        let d = open_due(&calendar, t, m);
        let steps = due::explain(&calendar, Counting::OpenTime, t, d);
        check_explanation(s, &holidays, t, d, m, &steps)?;
    }

    /// An offset-change step is at the instant the zone's offset changes: the offset of
    /// the instant itself is the new one, that of the instant a nanosecond before is the
    /// old one (so the JSON shows `2026-03-29T01:00:00Z`, not a fraction of a second
    /// after it).
    #[test]
    fn offset_changes_are_shown_at_the_instant_they_happen(
        index in subject_index(),
        t in instant(),
        m in target(),
        counting in prop_oneof![Just(Counting::OpenTime), Just(Counting::WallClock)],
    ) {
        let s = &subjects()[index];
        let d = due::due(&s.calendar(), counting, t, m).expect("due");
        let zone = s.model.zone;
        for step in due::explain(&s.calendar(), counting, t, d) {
            if let Step::OffsetChange { at, .. } = step {
                let before = (at - TimeDelta::nanoseconds(1))
                    .with_timezone(&zone)
                    .offset()
                    .fix();
                let after = at.with_timezone(&zone).offset().fix();
                prop_assert!(
                    before != after,
                    "{}: the offset change shown at {} is not the instant of the change: \
                     the offset is already {} a nanosecond before (counting {} to {})",
                    s.name, at, after, t, d
                );
            }
        }
    }

    /// Through `calendar_choice::calendar_of` with a parsed holiday file: a region closed on
    /// holidays is closed on the file's days, one open on holidays (the 21Vianet desks, the
    /// phone lines) ignores them.
    #[test]
    fn holiday_files_close_only_regions_closed_on_holidays(
        index in 0..builtin_subjects(),
        t in instant(),
        m in target(),
        offsets in prop::collection::vec(-3i64..25, 1..6),
    ) {
        let s = &subjects()[index];
        let region = builtin()
            .regions()
            .iter()
            .find(|r| r.id() == s.region_id)
            .expect("region");
        let days = holidays_near(s.model.zone, t, &offsets);
        let text: String = days.iter().map(|d| format!("{d} Holiday {}\n", d.ordinal())).collect();
        let file = HolidayFile::parse("h.txt", text.as_bytes(), &[]).expect("holiday list");
        let (Some(first), Some(last)) = (days.first(), days.last()) else {
            return Ok(());
        };
        let listed: BTreeSet<NaiveDate> = file
            .between(*first, *last)
            .iter()
            .map(|o| o.first_day())
            .collect();
        prop_assert_eq!(listed, days.clone());
        let catalog = Catalog::single(file);
        let chosen = calendar_choice::calendar_of(region, s.model.zone, &catalog);
        let expected = if s.closed_on_holidays {
            s.with_holidays(&days)
        } else {
            s.calendar()
        };
        prop_assert_eq!(open_due(&chosen, t, m), open_due(&expected, t, m), "{}", s.name);
    }
}

proptest! {
    #![proptest_config(config())]

    /// The same days as an iCalendar file (in any of the all-day forms files use, with or
    /// without a BOM, CRLF or LF, some as one yearly event) and as date lines give the
    /// same due instants on every calendar.
    #[test]
    fn icalendar_and_date_lines_of_the_same_days_count_alike(
        index in subject_index(),
        t in instant(),
        m in target(),
        offsets in prop::collection::vec(-3i64..25, 1..6),
        forms in prop::collection::vec(0u8..5, 6),
        bom in any::<bool>(),
        crlf in any::<bool>(),
    ) {
        let s = &subjects()[index];
        let days = holidays_near(s.model.zone, t, &offsets);
        let lines: String = days.iter().map(|d| format!("{d} Holiday\n")).collect();
        let mut events = String::new();
        for (i, d) in days.iter().enumerate() {
            let start = d.format("%Y%m%d");
            let next = (*d + TimeDelta::days(1)).format("%Y%m%d");
            let form = match forms[i % forms.len()] {
                0 => format!("DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{next}"),
                1 => format!("DTSTART;VALUE=DATE:{start}\nDTEND;VALUE=DATE:{start}"),
                2 => format!("DTSTART;VALUE=DATE:{start}\nDURATION:P1D"),
                3 => format!("dtstart;value=date:{start}"),
                // The same day as a yearly event that began ten years earlier.
                _ => format!(
                    "DTSTART;VALUE=DATE:{}\nRRULE:FREQ=YEARLY;UNTIL={start}",
                    d.with_year(d.year() - 10).unwrap_or(*d).format("%Y%m%d")
                ),
            };
            events.push_str(&format!("BEGIN:VEVENT\nUID:{i}\nSUMMARY:Holiday\n{form}\nEND:VEVENT\n"));
        }
        // A yearly event ten years back lands on the same day only if that day exists.
        let yearly_ok = days.iter().all(|d| d.with_year(d.year() - 10).is_some());
        prop_assume!(yearly_ok);
        let mut ics = format!("BEGIN:VCALENDAR\nVERSION:2.0\n{events}END:VCALENDAR\n");
        if crlf {
            ics = ics.replace('\n', "\r\n");
        }
        let mut bytes = if bom { b"\xEF\xBB\xBF".to_vec() } else { Vec::new() };
        bytes.extend_from_slice(ics.as_bytes());
        let from_ics = HolidayFile::parse("h.ics", &bytes, &[]).expect("ics");
        prop_assert!(from_ics.ignored.is_empty(), "{:?}", from_ics.ignored);
        let from_lines = HolidayFile::parse("h.txt", lines.as_bytes(), &[]).expect("lines");
        let with = |file: HolidayFile| s.calendar().with_holiday_files([std::sync::Arc::new(file)]);
        let (a, b) = (with(from_ics), with(from_lines));
        prop_assert_eq!(open_due(&a, t, m), open_due(&b, t, m), "{}", s.name);
        prop_assert_eq!(open_due(&a, t, m), open_due(&s.with_holidays(&days), t, m), "{}", s.name);
    }
}

fn builtin_subjects() -> usize {
    subjects()
        .iter()
        .take_while(|s| builtin().regions().iter().any(|r| r.id == s.region_id))
        .count()
}

fn check_explanation(
    s: &Subject,
    holidays: &BTreeSet<NaiveDate>,
    t: DateTime<Utc>,
    d: DateTime<Utc>,
    m: u32,
    steps: &[Step],
) -> Result<(), TestCaseError> {
    let open = |u| s.model.is_open(u, holidays);
    prop_assert_eq!(
        steps.first(),
        Some(&Step::Submitted {
            at: t,
            open: open(t)
        }),
        "{}",
        s.name
    );
    prop_assert_eq!(steps.last(), Some(&Step::Due { at: d }), "{}", s.name);
    let mut counted = 0;
    let mut last_left = None;
    // The end of the last counted or skipped stretch: they tile [t, d] without gaps.
    let mut cursor = t;
    let mut previous_start = t;
    for step in steps {
        let (from, to) = step_times(step);
        prop_assert!(
            from >= previous_start && to >= from,
            "{}: steps out of order at {:?}",
            s.name,
            step
        );
        previous_start = from;
        if matches!(step, Step::Counted { .. } | Step::Skipped { .. }) {
            prop_assert_eq!(
                from,
                cursor,
                "{}: a gap or overlap before {:?}",
                s.name,
                step
            );
        }
        match step {
            Step::Counted {
                from,
                to,
                seconds: n,
                left_seconds: left,
            } => {
                prop_assert!(
                    open(*from) && open(*to - SECOND),
                    "{}: counted closed time {from}..{to}",
                    s.name
                );
                counted += n;
                prop_assert_eq!(
                    *left,
                    i64::from(m) * 60 - counted,
                    "{}: `left` after {:?}",
                    s.name,
                    step
                );
                last_left = Some(*left);
                cursor = *to;
            }
            Step::Skipped { from, to, reason } => {
                check_skipped(s, holidays, *from, *to, reason)?;
                cursor = *to;
            }
            Step::OffsetChange { at, from, to } => check_offset_change(s, t, d, *at, from, to)?,
            Step::Submitted { .. } | Step::Due { .. } => {}
        }
    }
    prop_assert_eq!(
        counted,
        i64::from(m) * 60,
        "{}: counted minutes of {:?}",
        s.name,
        steps
    );
    prop_assert_eq!(last_left, Some(0), "{}", s.name);
    prop_assert_eq!(
        cursor,
        d,
        "{}: the stretches end before the due instant",
        s.name
    );
    let changes = steps
        .iter()
        .filter(|s| matches!(s, Step::OffsetChange { .. }))
        .count();
    prop_assert_eq!(
        changes,
        offset_changes(s.model.zone, t, d),
        "{}: offset changes between {} and {}",
        s.name,
        t,
        d
    );
    Ok(())
}

/// A skipped stretch is closed throughout, and its reason names the holidays and closed
/// days inside it.
fn check_skipped(
    s: &Subject,
    holidays: &BTreeSet<NaiveDate>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
    reason: &str,
) -> Result<(), TestCaseError> {
    let open = |u| s.model.is_open(u, holidays);
    prop_assert!(
        !open(from) && !open(to - SECOND),
        "{}: skipped open time {from}..{to}",
        s.name
    );
    let mut u = from;
    while u < to {
        prop_assert!(!open(u), "{}: skipped open time at {u}", s.name);
        u += minutes(15);
    }
    // Whole local days inside the stretch: a holiday is named, a day without
    // windows is named as a closed day.
    for day in local_days(s.model.zone, from, to) {
        let weekday = day.weekday().num_days_from_monday() as usize;
        let has_windows = !s.model.week[weekday].is_empty();
        if holidays.contains(&day) && has_windows {
            prop_assert!(
                reason.contains(&day.to_string()) && reason.contains("holiday"),
                "{}: skipped {from}..{to} without naming holiday {day}: {reason}",
                s.name
            );
        } else if !has_windows && !holidays.contains(&day) {
            prop_assert!(
                reason.contains(&day.format("%a %Y-%m-%d").to_string()),
                "{}: skipped {from}..{to} without naming closed day {day}: {reason}",
                s.name
            );
        }
    }
    Ok(())
}

/// An offset change is one, between the submission and the due instant.
fn check_offset_change(
    s: &Subject,
    t: DateTime<Utc>,
    d: DateTime<Utc>,
    at: DateTime<Utc>,
    from: &String,
    to: &String,
) -> Result<(), TestCaseError> {
    // Within a second of the change here; exactly at it: see
    // `offset_changes_are_shown_at_the_instant_they_happen`.
    let zone = s.model.zone;
    let before = (at - SECOND).with_timezone(&zone).offset().fix();
    let after = at.with_timezone(&zone).offset().fix();
    prop_assert!(before != after, "{}: no offset change at {at}", s.name);
    prop_assert_eq!(from, &before.to_string());
    prop_assert_eq!(to, &after.to_string());
    prop_assert!(at > t && at <= d, "{}: offset change {at} outside", s.name);
    Ok(())
}

// ---------------------------------------------------------------------------------------
// The length of a business day (reading 10)
// ---------------------------------------------------------------------------------------

#[test]
fn business_day_lengths() {
    for s in subjects() {
        assert_eq!(
            s.calendar().business_day_minutes(),
            s.model.business_day_minutes(),
            "{}",
            s.name
        );
    }
    // Worked out from the windows: 18:00 - 08:00 = 10 h, 24:00 - 09:00 = 15 h, …
    for (id, minutes) in [
        ("emea", 600),
        ("apac", 840),
        ("japan", 510),
        ("north-america", 720),
        ("other", 480),
        ("china", 900),
        ("china-critical", 1440),
    ] {
        let zone = (id == "other").then_some("America/Sao_Paulo");
        assert_eq!(
            builtin_subject(id, zone).calendar().business_day_minutes(),
            minutes,
            "{id}"
        );
    }
}

// ---------------------------------------------------------------------------------------
// Hand-worked cases on the calendars
// ---------------------------------------------------------------------------------------

fn region_due(id: &str, zone: Option<&str>, at: &str, m: u32) -> DateTime<Utc> {
    open_due(&builtin_subject(id, zone).calendar(), utc(at), m)
}

#[test]
fn a_target_ending_at_closing_time_is_due_at_closing() {
    // Reading 9: 4 h filed at 14:00 EMEA (Wednesday 25 November 2026, UTC+1) → 18:00.
    assert_eq!(
        region_due("emea", None, "2026-11-25T14:00:00+01:00", 240),
        utc("2026-11-25T18:00:00+01:00")
    );
    // One minute more runs into the next morning: 08:01.
    assert_eq!(
        region_due("emea", None, "2026-11-25T14:00:00+01:00", 241),
        utc("2026-11-26T08:01:00+01:00")
    );
    // 21Vianet's desk closes at 24:00: 15 h from 09:00 is due at 24:00, which is 00:00
    // of the next day, not 09:00 of the next day.
    assert_eq!(
        region_due("china", None, "2026-11-28T09:00:00+08:00", 900),
        utc("2026-11-29T00:00:00+08:00")
    );
}

#[test]
fn windows_are_half_open() {
    // Reading 5: filed at 08:00 the clock runs at once; filed at 18:00 it waits for 08:00.
    assert_eq!(
        region_due("emea", None, "2026-11-25T08:00:00+01:00", 60),
        utc("2026-11-25T09:00:00+01:00")
    );
    assert_eq!(
        region_due("emea", None, "2026-11-25T18:00:00+01:00", 60),
        utc("2026-11-26T09:00:00+01:00")
    );
    // China at 24:00 (= 00:00) is closed, opens at 09:00.
    assert_eq!(
        region_due("china", None, "2026-11-29T00:00:00+08:00", 30),
        utc("2026-11-29T09:30:00+08:00")
    );
    // One second before closing: 1 minute = that second + 59 s the next opening day.
    assert_eq!(
        region_due("emea", None, "2026-11-27T17:59:59+01:00", 1),
        utc("2026-11-30T08:00:59+01:00")
    );
}

#[test]
fn apac_is_utc_plus_eight_all_year() {
    // Reading 2: Etc/GMT-8 is UTC+08:00 (inverted sign), winter and summer alike.
    let apac = builtin_subject("apac", None);
    for at in ["2026-01-15T12:00:00Z", "2026-07-15T12:00:00Z"] {
        let offset = utc(at).with_timezone(&apac.model.zone).offset().fix();
        assert_eq!(offset.local_minus_utc(), 8 * 3600, "{at}");
    }
    // Monday 6 July 2026 06:59 at UTC+8 (Sunday 22:59 UTC): 2 h from the 07:00 opening.
    assert_eq!(
        region_due("apac", None, "2026-07-05T22:59:00Z", 120),
        utc("2026-07-06T09:00:00+08:00")
    );
    // Friday 20:00 at UTC+8, 2 h: 1 h to 21:00, 1 h from Monday 07:00 → Monday 08:00.
    assert_eq!(
        region_due("apac", None, "2026-11-27T20:00:00+08:00", 120),
        utc("2026-11-30T08:00:00+08:00")
    );
}

#[test]
fn the_weekday_is_judged_in_the_calendars_zone() {
    // Friday 27 November 2026 16:30 at UTC+1 is Saturday 00:30 in Tokyo: closed until
    // Monday 09:00 Tokyo; 2 h → 11:00 Tokyo.
    assert_eq!(
        region_due("japan", None, "2026-11-27T16:30:00+01:00", 120),
        utc("2026-11-30T11:00:00+09:00")
    );
    // Sunday 29 November 2026 23:30 UTC is Monday 07:30 at UTC+8: APAC opens at 07:00, so
    // 30 min → Monday 08:00 at UTC+8.
    assert_eq!(
        region_due("apac", None, "2026-11-29T23:30:00Z", 30),
        utc("2026-11-30T08:00:00+08:00")
    );
}

#[test]
fn daylight_saving_weekends_in_paris_and_los_angeles() {
    // Paris, Friday 27 March 2026 16:00 (+01:00), 4 h: 2 h to 18:00, then Monday 30 March
    // 08:00 (+02:00) + 2 h = 10:00 +02:00 = 08:00Z.
    assert_eq!(
        region_due("emea", None, "2026-03-27T16:00:00+01:00", 240),
        utc("2026-03-30T08:00:00Z")
    );
    // Paris, Friday 23 October 2026 16:00 (+02:00), 4 h → Monday 26 October 10:00 +01:00.
    assert_eq!(
        region_due("emea", None, "2026-10-23T16:00:00+02:00", 240),
        utc("2026-10-26T09:00:00Z")
    );
    // Los Angeles, Friday 6 March 2026 16:00 (-08:00), 4 h: 2 h to 18:00, then Monday 9
    // March 06:00 (-07:00) + 2 h = 08:00 -07:00 = 15:00Z.
    assert_eq!(
        region_due("north-america", None, "2026-03-06T16:00:00-08:00", 240),
        utc("2026-03-09T15:00:00Z")
    );
    // Los Angeles, Friday 30 October 2026 17:00 (-07:00), 4 h: 1 h to 18:00, then Monday
    // 2 November 06:00 (-08:00) + 3 h = 09:00 -08:00 = 17:00Z.
    assert_eq!(
        region_due("north-america", None, "2026-10-30T17:00:00-07:00", 240),
        utc("2026-11-02T17:00:00Z")
    );
}

#[test]
fn a_window_ending_at_midnight_when_the_clocks_change_at_midnight() {
    // Havana, Saturday 7 March 2026: 24:00 does not exist (00:00 CST → 01:00 CDT, at
    // 05:00Z). The late desk (09:00-24:00) closes at 05:00Z; 16 h from Saturday 09:00 CST
    // (14:00Z) are 15 h on Saturday, then 1 h from Sunday 09:00 CDT (13:00Z) → 14:00Z.
    let havana = subjects()
        .iter()
        .find(|s| s.region_id == "havana-late")
        .expect("custom region");
    assert_eq!(
        open_due(&havana.calendar(), utc("2026-03-07T14:00:00Z"), 15 * 60),
        utc("2026-03-08T05:00:00Z")
    );
    assert_eq!(
        open_due(&havana.calendar(), utc("2026-03-07T14:00:00Z"), 16 * 60),
        utc("2026-03-08T14:00:00Z")
    );
    // Havana, Saturday 31 October 2026: 00:00-01:00 of Sunday occurs twice (01:00 CDT →
    // 00:00 CST at 05:00Z). The desk closes at the first 24:00 (04:00Z).
    assert_eq!(
        open_due(&havana.calendar(), utc("2026-10-31T13:00:00Z"), 15 * 60),
        utc("2026-11-01T04:00:00Z")
    );
}

#[test]
fn holidays_close_whole_local_days() {
    // Friday 25 December 2026 a holiday: 2 h from Thursday 17:00 EMEA → 1 h on Thursday,
    // then (Friday holiday, weekend) Monday 28 December 08:00 + 1 h = 09:00 +01:00.
    let emea = builtin_subject("emea", None);
    let calendar = emea.with_holidays(&BTreeSet::from([day("2026-12-25")]));
    assert_eq!(
        open_due(&calendar, utc("2026-12-24T17:00:00+01:00"), 120),
        utc("2026-12-28T09:00:00+01:00")
    );
    // Filed on the holiday itself, 10:00: Monday 08:00 + 2 h = 10:00.
    assert_eq!(
        open_due(&calendar, utc("2026-12-25T10:00:00+01:00"), 120),
        utc("2026-12-28T10:00:00+01:00")
    );
    // The holiday is a local day in the calendar's zone: for APAC (UTC+8), 2026-11-30 is
    // Sunday 16:00 UTC to Monday 16:00 UTC. Filed Friday 27 November 20:00 +08:00, 2 h:
    // 1 h to 21:00, Monday closed, Tuesday 1 December 07:00 + 1 h = 08:00 +08:00.
    let apac = builtin_subject("apac", None);
    let calendar = apac.with_holidays(&BTreeSet::from([day("2026-11-30")]));
    assert_eq!(
        open_due(&calendar, utc("2026-11-27T20:00:00+08:00"), 120),
        utc("2026-12-01T08:00:00+08:00")
    );
}

#[test]
fn yearly_ics_holiday_on_a_monday() {
    // King's Day, yearly from 27 April 2025: Monday 27 April 2026, Tuesday 27 April 2027.
    let ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n\
        DTSTART;VALUE=DATE:20250427\r\nRRULE:FREQ=YEARLY\r\nSUMMARY:King's Day\r\n\
        END:VEVENT\r\nEND:VCALENDAR\r\n";
    let file = HolidayFile::parse("h.ics", ics.as_bytes(), &[]).expect("ics");
    let days: Vec<NaiveDate> = file
        .between(day("2026-01-01"), day("2027-12-31"))
        .iter()
        .map(|o| o.first_day())
        .collect();
    assert_eq!(days, [day("2026-04-27"), day("2027-04-27")]);
    let catalog = Catalog::single(file);
    let emea = builtin()
        .regions()
        .iter()
        .find(|r| r.id() == "emea")
        .expect("emea");
    let calendar = calendar_choice::calendar_of(emea, zone("Europe/Paris"), &catalog);
    // Friday 24 April 2026 16:00 +02:00, 4 h: 2 h to 18:00; Saturday, Sunday, Monday
    // (holiday) closed; Tuesday 28 April 08:00 + 2 h = 10:00 +02:00.
    assert_eq!(
        open_due(&calendar, utc("2026-04-24T16:00:00+02:00"), 240),
        utc("2026-04-28T10:00:00+02:00")
    );
    let steps = due::explain(
        &calendar,
        Counting::OpenTime,
        utc("2026-04-24T16:00:00+02:00"),
        utc("2026-04-28T10:00:00+02:00"),
    );
    let reason = steps
        .iter()
        .find_map(|s| match s {
            Step::Skipped { reason, .. } => Some(reason.clone()),
            _ => None,
        })
        .expect("a skipped step");
    assert!(
        reason.contains("holiday 2026-04-27 (King's Day)"),
        "{reason}"
    );
    assert!(reason.contains("Sat 2026-04-25"), "{reason}");
    assert!(reason.contains("Sun 2026-04-26"), "{reason}");
    // The 21Vianet desk opens every day of the year: the same file changes nothing.
    let china = builtin()
        .regions()
        .iter()
        .find(|r| r.id() == "china")
        .expect("china");
    let calendar = calendar_choice::calendar_of(china, zone("Asia/Shanghai"), &catalog);
    assert_eq!(
        open_due(&calendar, utc("2026-04-27T09:00:00+08:00"), 60),
        utc("2026-04-27T10:00:00+08:00")
    );
}

#[test]
fn explain_shows_the_offset_change_across_a_daylight_saving_weekend() {
    // Paris, Friday 27 March 2026 16:00 +01:00, 4 h (see above): counted 16:00-18:00
    // (120), skipped the weekend, clocks change Sunday 29 March 01:00Z (+01:00 → +02:00),
    // counted Monday 08:00-10:00 +02:00 (120), due.
    let emea = builtin_subject("emea", None);
    let t = utc("2026-03-27T15:00:00Z");
    let d = utc("2026-03-30T08:00:00Z");
    let steps = due::explain(&emea.calendar(), Counting::OpenTime, t, d);
    assert_eq!(
        steps,
        vec![
            Step::Submitted { at: t, open: true },
            Step::Counted {
                from: t,
                to: utc("2026-03-27T17:00:00Z"),
                seconds: 120 * 60,
                left_seconds: 120 * 60
            },
            Step::Skipped {
                from: utc("2026-03-27T17:00:00Z"),
                to: utc("2026-03-30T06:00:00Z"),
                reason: "outside business hours; closed day Sat 2026-03-28, Sun 2026-03-29".into()
            },
            Step::OffsetChange {
                at: utc("2026-03-29T01:00:00Z"),
                from: "+01:00".into(),
                to: "+02:00".into()
            },
            Step::Counted {
                from: utc("2026-03-30T06:00:00Z"),
                to: d,
                seconds: 120 * 60,
                left_seconds: 0
            },
            Step::Due { at: d },
        ]
    );
}

#[test]
fn explain_minutes_add_up_when_submitted_between_whole_minutes() {
    // Friday 27 November 2026 17:59:30 +01:00, 1 min on EMEA: 30 s on Friday, 30 s on
    // Monday → due Monday 08:00:30. The explanation's counted minutes must add up to the
    // 1-minute target (30 s + 30 s), not to 0 + 0.
    let emea = builtin_subject("emea", None);
    let t = utc("2026-11-27T17:59:30+01:00");
    let d = open_due(&emea.calendar(), t, 1);
    assert_eq!(d, utc("2026-11-30T08:00:30+01:00"));
    let steps = due::explain(&emea.calendar(), Counting::OpenTime, t, d);
    let counted: i64 = steps
        .iter()
        .filter_map(|s| match s {
            Step::Counted { seconds, .. } => Some(*seconds),
            _ => None,
        })
        .sum();
    assert_eq!(counted, 60, "{steps:#?}");
}

// ---------------------------------------------------------------------------------------
// Which region's calendar counts (calendar_choice)
// ---------------------------------------------------------------------------------------

fn choose(
    target_calendar: Option<&str>,
    region: Option<&str>,
    customer_zone: Option<&str>,
) -> anyhow::Result<(String, String, String)> {
    let whereabouts = Whereabouts {
        region,
        customer_zone: customer_zone.map(zone),
        default_zone: Tz::UTC,
    };
    let target_calendar = target_calendar
        .map(|id| builtin().find::<Region>(id).map(|r| r.key))
        .transpose()?;
    let chosen = calendar_choice::choose(
        builtin(),
        target_calendar,
        &whereabouts,
        &Catalog::default(),
    )?;
    Ok((
        chosen.region.id.clone(),
        chosen.calendar.zone().name().to_string(),
        chosen.why,
    ))
}

#[test]
fn region_inferred_from_the_zone() {
    for (tz, region, calendar_zone) in [
        ("Europe/Amsterdam", "emea", "Europe/Paris"),
        ("Asia/Tokyo", "japan", "Asia/Tokyo"),
        ("Asia/Singapore", "apac", "Etc/GMT-8"),
        ("America/New_York", "north-america", "America/Los_Angeles"),
        // No region lists it: its own local hours, in the customer's zone (reading 4).
        ("America/Sao_Paulo", "other", "America/Sao_Paulo"),
    ] {
        let (id, zone_name, why) = choose(None, None, Some(tz)).expect("chosen");
        assert_eq!(
            (id.as_str(), zone_name.as_str()),
            (region, calendar_zone),
            "{tz}"
        );
        assert!(why.contains(tz), "{tz}: {why}");
    }
}

#[test]
fn region_other_needs_the_customers_zone() {
    let err = choose(None, Some("other"), None).expect_err("no zone for `other`");
    assert!(err.to_string().contains("--tz"), "{err}");
    let (id, zone_name, _) = choose(None, Some("other"), Some("Asia/Kolkata")).expect("chosen");
    assert_eq!((id.as_str(), zone_name.as_str()), ("other", "Asia/Kolkata"));
}

#[test]
fn the_plans_own_calendar_wins_over_the_region_asked_for() {
    // 21Vianet B and C count on the `china` desk, whatever --region or --tz say.
    let (id, zone_name, _) =
        choose(Some("china"), Some("emea"), Some("Europe/Amsterdam")).expect("chosen");
    assert_eq!(
        (id.as_str(), zone_name.as_str()),
        ("china", "Asia/Shanghai")
    );
}
