//! The due instant of a target, on the calendar that counts it (`sla --at`).

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::holiday_report::FilesReport;
use super::hours::windows_text;
use super::{table, Sources};
use crate::calendar::Calendar;
use crate::due::{self, Counting, Step};
use crate::holidays::Catalog;
use crate::region_choice::{self, Whereabouts};
use crate::rules::model::Coverage;
use crate::rules::model::{Amount, Id, Region};
use crate::rules::RuleSet;
use crate::style::{Paint, Style};
use crate::text::{self, duration};

/// What the clock needs besides the target.
pub struct ClockQuery<'a> {
    pub submitted: DateTime<Utc>,
    pub whereabouts: Whereabouts<'a>,
    /// The `--holidays` files (possibly none).
    pub holidays: &'a Catalog,
    pub explain: bool,
    pub now: DateTime<Utc>,
}

#[derive(Debug, Serialize)]
pub struct ClockAnswer {
    /// When the request was submitted (RFC 3339 UTC in JSON).
    pub submitted: DateTime<Utc>,
    /// When the response is due (RFC 3339 UTC); null for a best-effort target.
    pub due: Option<DateTime<Utc>>,
    /// The same instant with the calendar's offset.
    pub due_local: Option<DateTime<FixedOffset>>,
    pub region: String,
    pub time_zone: String,
    /// Why this region's calendar counts the target.
    pub region_reason: String,
    /// The region's open windows, as counted.
    pub hours: String,
    /// Minutes counted toward the target (business days times the calendar's day).
    pub counted_minutes: Option<u32>,
    pub now: DateTime<Utc>,
    /// Minutes from now until due; negative when the target was missed that long ago.
    pub minutes_left: Option<i64>,
    pub holidays: HolidayReport,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explain: Option<Vec<Step>>,
    /// Where the calendar's hours come from (a user's rule file, if it overrides them).
    #[serde(rename = "calendar_source")]
    pub region_source: Sources,
    /// Set when the target's own document gives no hours (Power BI, decided reading 14):
    /// the due instant is then a cross-reference to another document's calendar, and this
    /// says so.
    pub cross_reference: Option<String>,
    /// The calendar's zone, for showing instants.
    #[serde(skip)]
    pub zone: Tz,
}

#[derive(Debug, Serialize)]
pub struct HolidayReport {
    /// The files that closed this calendar, where they end, and what they ignored.
    #[serde(flatten)]
    pub files: FilesReport,
    /// Holidays that fell between submission and due and closed the calendar: whole
    /// days, and the hours of timed closures.
    pub skipped: Vec<String>,
    pub note: String,
}

/// Counts `amount` from the query's submission on the right calendar.
pub fn clock(
    rules: &RuleSet,
    coverage: Coverage,
    amount: Option<Amount>,
    target_calendar: Option<Id<Region>>,
    query: &ClockQuery,
) -> anyhow::Result<ClockAnswer> {
    let chosen = region_choice::choose(rules, target_calendar, &query.whereabouts, query.holidays)?;
    let calendar = &chosen.calendar;
    let zone = calendar.zone();
    let counting = match coverage {
        Coverage::AroundTheClock => Counting::WallClock,
        _ => Counting::OpenTime,
    };
    let minutes = amount.map(|a| match a {
        Amount::Minutes(m) => m,
        // "N werkdagen": N times the calendar's business day (decided reading 10).
        Amount::BusinessDays(d) => d.saturating_mul(calendar.business_day_minutes()),
    });
    let due = match (coverage, minutes) {
        (Coverage::BestEffort, _) | (_, None) => None,
        (_, Some(m)) => Some(due::due(calendar, counting, query.submitted, m).ok_or_else(
            || {
                anyhow::anyhow!(
                    "region `{}` has no open time within a year of {}: no due instant",
                    &chosen.region.id,
                    text::utc(query.submitted)
                )
            },
        )?),
    };
    let files = FilesReport::of(if chosen.holidays_apply {
        calendar.holiday_files()
    } else {
        &[]
    });
    let skipped = match (due, counting) {
        (Some(due), Counting::OpenTime) => skipped_closures(calendar, query.submitted, due),
        _ => Vec::new(),
    };
    let own = match chosen.region.holidays.len() {
        0 => None,
        n => Some(format!(
            "the region's own {} in the rules",
            crate::text::count(n as i64, "holiday", "holidays")
        )),
    };
    let mut note = match (counting, &files.file, chosen.holidays_apply) {
        (Counting::WallClock, _, _) => {
            "A 24/7 target counts around the clock: holidays do not stop it.".to_string()
        }
        (_, _, false) => format!(
            "Region `{}` is open on holidays, so holidays do not stop the clock.",
            &chosen.region.id
        ),
        (_, Some(file), true) => match own {
            Some(own) => format!("Holidays from {file} and {own} were taken into account."),
            None => format!("Holidays from {file} were taken into account."),
        },
        (_, None, true) if own.is_some() => format!(
            "Only {} were taken into account as holidays (give --holidays FILE for more).",
            own.unwrap_or_default()
        ),
        // The documents exclude holidays but list none (decided reading 11).
        (_, None, true) => {
            "Holidays were not taken into account: the documents list none (give --holidays FILE)."
                .to_string()
        }
    };
    if counting == Counting::OpenTime && chosen.holidays_apply {
        if let Some(aside) = query.holidays.left_aside(chosen.region) {
            note.push(' ');
            note.push_str(&aside);
        }
    }
    if counting == Counting::OpenTime && chosen.holidays_apply {
        let last_day = due
            .unwrap_or(query.submitted)
            .with_timezone(&zone)
            .date_naive();
        for caveat in files.caveats(Some(last_day)) {
            note.push(' ');
            note.push_str(&caveat);
        }
    }

    let explain = match (query.explain, due) {
        (true, Some(due)) => Some(due::explain(calendar, counting, query.submitted, due)),
        _ => None,
    };
    Ok(ClockAnswer {
        submitted: query.submitted,
        due,
        due_local: due.map(|d| d.with_timezone(&zone).fixed_offset()),
        region: chosen.region.id.clone(),
        time_zone: zone.name().to_string(),
        region_reason: chosen.why,
        hours: match counting {
            Counting::WallClock => "24/7 (wall-clock time)".to_string(),
            Counting::OpenTime => windows_text(chosen.region),
        },
        counted_minutes: minutes,
        now: query.now,
        minutes_left: due.map(|d| (d - query.now).num_minutes()),
        holidays: HolidayReport {
            files,
            skipped,
            note,
        },
        explain,
        cross_reference: (coverage == Coverage::Unspecified).then(|| {
            let document = chosen
                .region
                .source
                .first()
                .map_or("", |s| rules.document(s.doc).title.as_str());
            format!(
                "Counted on region `{}`'s business hours from \"{document}\" as a cross-reference: the target's own document gives no hours, time zone or 24/7 rule, so this due instant is not its promise (decided reading 14).",
                chosen.region.id
            )
        }),
        region_source: Sources::of(rules, &chosen.region.source),
        zone,
    })
}

impl ClockAnswer {
    /// The clock's part of a table answer.
    pub fn table(&self, style: &Style) -> String {
        let left = self.minutes_left.map_or(String::new(), |m| {
            if m >= 0 {
                format!("{} left (now {})", duration(m), text::utc(self.now))
            } else {
                style.paint(
                    &format!("missed {} ago (now {})", duration(-m), text::utc(self.now)),
                    Paint::Bad,
                )
            }
        });
        let rows = [
            (
                "Submitted",
                format!(
                    "{}\n{}",
                    text::readable(self.submitted, self.zone),
                    text::utc(self.submitted)
                ),
            ),
            (
                "Calendar",
                format!(
                    "{} ({}), {}\n{}",
                    self.region, self.time_zone, self.hours, self.region_reason
                ),
            ),
            (
                "Counted",
                self.counted_minutes
                    .map_or(String::new(), |m| duration(i64::from(m))),
            ),
            (
                if self.cross_reference.is_some() {
                    "Due (cross-reference)"
                } else {
                    "Due"
                },
                match (self.due_local, self.due) {
                    (Some(local), Some(utc)) => format!(
                        "{}\n{}",
                        local.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
                        text::utc(utc)
                    ),
                    _ => "no due instant (best effort)".to_string(),
                },
            ),
            ("Time left", left),
            ("Holidays skipped", self.holidays.skipped.join(", ")),
        ];
        let mut parts = vec![
            table::key_values(style, rows).to_string(),
            self.holidays.note.clone(),
        ];
        if let Some(cross_reference) = &self.cross_reference {
            parts.push(cross_reference.clone());
            parts.push(format!("Calendar: {}", self.region_source.lines()));
        } else if self.region_source.0.iter().any(|c| c.rules_file.is_some()) {
            parts.push(format!("Calendar: {}", self.region_source.lines()));
        }
        if let Some(steps) = &self.explain {
            parts.push(explain_table(style, steps, self.zone));
        }
        parts.join("\n\n")
    }
}

fn explain_table(style: &Style, steps: &[Step], zone: Tz) -> String {
    let mut out = table::with_header(
        style,
        ["How the due instant was reached", "Counted", "Left"],
    );
    for step in steps {
        let (what, minutes, left) = match step {
            Step::Submitted { at, open } => (
                format!(
                    "Submitted {} ({})",
                    text::readable(*at, zone),
                    if *open {
                        "open: the clock starts at once"
                    } else {
                        "closed: the clock starts at the next opening"
                    }
                ),
                String::new(),
                String::new(),
            ),
            Step::Counted {
                from,
                to,
                seconds,
                left_seconds,
            } => (
                format!(
                    "Counted {} to {}",
                    text::readable(*from, zone),
                    text::readable(*to, zone)
                ),
                span(*seconds),
                span(*left_seconds),
            ),
            Step::Skipped { from, to, reason } => (
                format!(
                    "Skipped {} to {}: {reason}",
                    text::readable(*from, zone),
                    text::readable(*to, zone)
                ),
                String::new(),
                String::new(),
            ),
            Step::OffsetChange { at, from, to } => (
                format!(
                    "Clocks change at {}: UTC{from} to UTC{to}",
                    text::readable(*at, zone)
                ),
                String::new(),
                String::new(),
            ),
            Step::Due { at } => (
                format!("Due {}", text::readable(*at, zone)),
                String::new(),
                String::new(),
            ),
        };
        out.add_row(vec![what, minutes, left]);
    }
    out.to_string()
}

/// The whole days and timed closures that stopped the clock between two instants, in
/// the calendar's zone: `2026-12-25 (Christmas)`, `2026-12-24 12:00–18:00 (Christmas Eve)`.
fn skipped_closures(calendar: &Calendar, from: DateTime<Utc>, to: DateTime<Utc>) -> Vec<String> {
    let zone = calendar.zone();
    let first = from.with_timezone(&zone).date_naive();
    let last = to.with_timezone(&zone).date_naive();
    let mut out: Vec<(String, String)> = first
        .iter_days()
        .take_while(|d| *d <= last)
        .filter(|d| calendar.is_holiday(*d) && calendar.has_windows_on(*d))
        .map(|d| {
            let text = match calendar.holiday_name(d).filter(|n| !n.is_empty()) {
                Some(name) => format!("{d} ({name})"),
                None => d.to_string(),
            };
            (d.to_string(), text)
        })
        .collect();
    for closure in calendar.closures_between(from, to) {
        out.push((
            closure
                .start
                .with_timezone(&zone)
                .format("%Y-%m-%d %H:%M")
                .to_string(),
            closure.describe(zone),
        ));
    }
    out.sort();
    out.into_iter().map(|(_, text)| text).collect()
}

/// A span of seconds as "2 h 30 min", or with its seconds when it has some.
fn span(seconds: i64) -> String {
    match seconds % 60 {
        0 => duration(seconds / 60),
        s if seconds < 60 => format!("{s} s"),
        s => format!("{} {s} s", duration(seconds / 60)),
    }
}
