//! The SLA clock: when a response target falls due, and how that instant was reached.
//!
//! A 24/7 target counts wall-clock time; a business-hours target counts only open time on
//! its calendar, starting at the next opening when filed while closed (decided reading 9).
//! The due instant is the earliest at which the target has elapsed.

use chrono::{DateTime, Offset, TimeDelta, Utc};
use serde::Serialize;

use crate::clock::calendar::Calendar;

/// How a target's minutes count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    WallClock,
    OpenTime,
}

/// One step of an explanation, in time order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "step", rename_all = "kebab-case")]
pub enum Step {
    /// The request was filed; whether the clock runs at once.
    Submitted { at: DateTime<Utc>, open: bool },
    /// A stretch of time that counts toward the target.
    Counted {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        seconds: i64,
        /// Seconds still to count after this stretch.
        left_seconds: i64,
    },
    /// A stretch skipped because support was closed, and why.
    Skipped {
        from: DateTime<Utc>,
        to: DateTime<Utc>,
        reason: String,
    },
    /// The calendar's zone changed its offset (daylight saving time).
    OffsetChange {
        at: DateTime<Utc>,
        from: String,
        to: String,
    },
    /// The target has elapsed.
    Due { at: DateTime<Utc> },
}

/// When `minutes` counted on `calendar` from `submitted` have elapsed; `None` when the
/// calendar has no open time to count within its horizon.
pub fn due(
    calendar: &Calendar,
    counting: Counting,
    submitted: DateTime<Utc>,
    minutes: u32,
) -> Option<DateTime<Utc>> {
    match counting {
        Counting::WallClock => due_wall_clock(submitted, minutes),
        Counting::OpenTime => calendar.add_open_minutes(submitted, minutes),
    }
}

/// `minutes` after `submitted` on the wall clock (a 24/7 target needs no calendar);
/// `None` past the end of chrono's range.
pub fn due_wall_clock(submitted: DateTime<Utc>, minutes: u32) -> Option<DateTime<Utc>> {
    submitted.checked_add_signed(TimeDelta::minutes(i64::from(minutes)))
}

/// The steps of a count on the wall clock: submitted, one stretch counted, due.
pub fn explain_wall_clock(submitted: DateTime<Utc>, due: DateTime<Utc>) -> Vec<Step> {
    vec![
        Step::Submitted {
            at: submitted,
            open: true,
        },
        Step::Counted {
            from: submitted,
            to: due,
            seconds: (due - submitted).num_seconds(),
            left_seconds: 0,
        },
        Step::Due { at: due },
    ]
}

/// The steps from `submitted` to `due`: each stretch counted, each closure skipped with
/// its reason (night, weekend, holiday), each offset change crossed.
pub fn explain(
    calendar: &Calendar,
    counting: Counting,
    submitted: DateTime<Utc>,
    due: DateTime<Utc>,
) -> Vec<Step> {
    let mut steps = Vec::new();
    match counting {
        Counting::WallClock => steps = explain_wall_clock(submitted, due),
        Counting::OpenTime => {
            let open = calendar.status(submitted).open;
            steps.push(Step::Submitted {
                at: submitted,
                open,
            });
            let mut cursor = submitted;
            let mut left = count_between(calendar, submitted, due);
            for (start, end) in calendar.open_intervals(submitted) {
                let from = start.max(submitted);
                if from >= due {
                    break;
                }
                if from > cursor {
                    steps.push(Step::Skipped {
                        from: cursor,
                        to: from,
                        reason: closure_reason(calendar, cursor, from),
                    });
                }
                let to = end.min(due);
                let seconds = (to - from).num_seconds();
                left -= seconds;
                steps.push(Step::Counted {
                    from,
                    to,
                    seconds,
                    left_seconds: left,
                });
                cursor = to;
            }
            steps.push(Step::Due { at: due });
        }
    }
    insert_offset_changes(calendar, &mut steps, submitted, due);
    steps
}

/// The time that counted toward a target between `submitted` and `responded` (not before
/// it), in seconds: wall-clock time for a 24/7 target, the calendar's open time otherwise
/// (its windows less holidays and weekends), as [`due`] counts it. So the elapsed time
/// reaches the target exactly at the due instant; after it, it grows only while open.
pub fn elapsed(
    calendar: &Calendar,
    counting: Counting,
    submitted: DateTime<Utc>,
    responded: DateTime<Utc>,
) -> i64 {
    match counting {
        Counting::WallClock => elapsed_wall_clock(submitted, responded),
        Counting::OpenTime => count_between(calendar, submitted, responded),
    }
}

/// Wall-clock seconds from `submitted` to `responded` (a 24/7 target needs no calendar).
pub fn elapsed_wall_clock(submitted: DateTime<Utc>, responded: DateTime<Utc>) -> i64 {
    (responded - submitted).num_seconds().max(0)
}

/// Open seconds between two instants.
fn count_between(calendar: &Calendar, from: DateTime<Utc>, to: DateTime<Utc>) -> i64 {
    calendar
        .open_intervals(from)
        .take_while(|(start, _)| *start < to)
        .map(|(start, end)| (end.min(to) - start.max(from)).num_seconds())
        .sum()
}

/// Why the calendar is closed from `from` to `to`: the holidays, weekend days and nights
/// in between, judged on local days in the calendar's zone, and the timed closures of
/// holiday files that took open time.
fn closure_reason(calendar: &Calendar, from: DateTime<Utc>, to: DateTime<Utc>) -> String {
    let zone = calendar.zone();
    let first = from.with_timezone(&zone).date_naive();
    let last = to.with_timezone(&zone).date_naive();
    let mut holidays = Vec::new();
    let mut closed_days = Vec::new();
    for day in first.iter_days().take_while(|d| *d <= last) {
        if calendar.is_holiday(day) {
            holidays.push(match calendar.holiday_name(day).filter(|n| !n.is_empty()) {
                Some(name) => format!("{day} ({name})"),
                None => day.to_string(),
            });
        } else if !calendar.has_windows_on(day) {
            closed_days.push(day.format("%a %Y-%m-%d").to_string());
        }
    }
    let mut parts = Vec::new();
    if !holidays.is_empty() {
        parts.push(format!("holiday {}", holidays.join(", ")));
    }
    let closures: Vec<String> = calendar
        .closures_between(from, to)
        .iter()
        .map(|c| c.describe(zone))
        .collect();
    if !closures.is_empty() {
        parts.push(format!(
            "closed by the holiday file {}",
            closures.join(", ")
        ));
    }
    if !closed_days.is_empty() {
        parts.push(format!("closed day {}", closed_days.join(", ")));
    }
    if parts.is_empty() {
        "outside business hours".to_string()
    } else {
        format!("outside business hours; {}", parts.join("; "))
    }
}

/// Adds a step for every change of the zone's UTC offset between `from` and `to`.
fn insert_offset_changes(
    calendar: &Calendar,
    steps: &mut Vec<Step>,
    from: DateTime<Utc>,
    to: DateTime<Utc>,
) {
    let zone = calendar.zone();
    let offset = |t: DateTime<Utc>| t.with_timezone(&zone).offset().fix();
    let mut changes = Vec::new();
    // Offsets change at most a few times a year, and on a whole second: probe every
    // twelve hours, then narrow to the second.
    let mut probe = from.timestamp();
    let end = to.timestamp();
    let at = |seconds: i64| DateTime::from_timestamp(seconds, 0).unwrap_or(to);
    while probe < end {
        let next = (probe + 12 * 3600).min(end);
        if offset(at(probe)) != offset(at(next)) {
            let (mut lo, mut hi) = (probe, next);
            while hi - lo > 1 {
                let mid = lo + (hi - lo) / 2;
                if offset(at(mid)) == offset(at(lo)) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            changes.push(Step::OffsetChange {
                at: at(hi),
                from: offset(at(lo)).to_string(),
                to: offset(at(hi)).to_string(),
            });
        }
        probe = next;
    }
    for change in changes {
        let Step::OffsetChange { at, .. } = &change else {
            continue;
        };
        let index = steps
            .iter()
            .position(|s| step_time(s) > *at)
            .unwrap_or(steps.len());
        steps.insert(index, change);
    }
}

fn step_time(step: &Step) -> DateTime<Utc> {
    match step {
        Step::Submitted { at, .. } | Step::Due { at } | Step::OffsetChange { at, .. } => *at,
        Step::Counted { from, .. } | Step::Skipped { from, .. } => *from,
    }
}
