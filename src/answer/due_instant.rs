//! The due instant of a target, on the calendar that counts it (`sla --at`).

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::holiday_report::FilesReport;
use super::hours::windows_text;
use super::in_zones::{Due, InZones};
use super::met::Elapsed;
use super::Sources;
use crate::clock::calendar::Calendar;
use crate::clock::calendar_choice::{self, Whereabouts};
use crate::clock::due::{self, Counting, Step};
use crate::holidays::Catalog;
use crate::render::style::{Paint, Style};
use crate::render::table;
use crate::render::text::{self, duration, Shown};
use crate::rules::model::Coverage;
use crate::rules::model::{Amount, Id, Region};
use crate::rules::RuleSet;

/// What the clock needs besides the target.
pub struct DueQuery<'a> {
    /// When the request was submitted, with the offset it was written in (the due
    /// instant of a 24/7 target is shown in it when no region or zone is known).
    pub submitted: DateTime<FixedOffset>,
    pub whereabouts: Whereabouts<'a>,
    /// The `--holidays` files (possibly none).
    pub holidays: &'a Catalog,
    pub explain: bool,
    /// When the response came (`--responded`): the time elapsed to it is counted on the
    /// same clock as the due instant. Never before `submitted` (refused before).
    pub responded: Option<DateTime<Utc>>,
    pub now: DateTime<Utc>,
    /// The zone instants are shown in besides the calendar's (`--tz`, else the system's).
    pub shown: Tz,
}

#[derive(Debug, Serialize)]
pub struct DueAnswer {
    /// When the request was submitted (RFC 3339 UTC in JSON).
    pub submitted: DateTime<Utc>,
    /// When the response is due: `due` (RFC 3339 UTC; null for a best-effort target, and
    /// for a count of business days on a desk whose document gives no clock times),
    /// `due_date` (the local date by the end of which it is due, where the document gives
    /// the desk's days but no clock times: 21Vianet billing, decided reading 20),
    /// `due_local` (with the calendar's offset, or the offset `--at` was written in when a
    /// 24/7 target was counted without a calendar) and `due_tz` (with the offset of the
    /// zone times are shown in: `--tz`, else the system's).
    #[serde(flatten)]
    pub due: Due,
    /// The region whose calendar counted the target; null when a 24/7 target needed none.
    pub region: Option<String>,
    /// The calendar's IANA zone; null when a 24/7 target needed no calendar.
    pub time_zone: Option<String>,
    /// Why this region's calendar counts the target (or why none was needed).
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
    /// The decided reading behind the calendar's hours, where one applies (readings 1-4).
    pub calendar_note: Option<String>,
    /// Where instants are shown: the calendar's zone (or the written offset), and the
    /// user's.
    #[serde(skip)]
    pub zones: Zones,
    /// How the target was counted: wall-clock time, or the calendar's open time.
    #[serde(skip)]
    pub counting: Counting,
    /// With `--responded`: the response, and what was counted to it on this clock (null
    /// where nothing is counted: a level with no figure). The answer's `met` comes of it.
    #[serde(skip)]
    pub responded: Option<DateTime<Utc>>,
    #[serde(skip)]
    pub elapsed: Option<Elapsed>,
}

/// The two places an instant is shown in: the calendar's (its IANA zone, or the offset
/// `--at` was written in when no calendar was needed) and the user's (`--tz`).
#[derive(Debug, Clone, Copy)]
pub struct Zones {
    pub calendar: Shown,
    pub user: Tz,
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

/// Counts `amount` from the query's submission on the right calendar. A 24/7 target needs
/// no calendar: when no region can be chosen for one (no `--region`, a zone in no region's
/// list), it is counted on the wall clock and shown in the offset `--at` was written in.
///
/// Errors: an unknown region, a region that needs `--tz`, or a calendar with no open time
/// within a year of the submission.
///
/// `coverage` is the target's as its document gives it; `counted_as` how it is counted
/// (the same, except for a level its document gives without hours, counted on another
/// document's calendar with that document's rule: decided readings 14 and 14a).
pub fn counted(
    rules: &RuleSet,
    coverage: Coverage,
    counted_as: Coverage,
    amount: Option<Amount>,
    target_calendar: Option<Id<Region>>,
    query: &DueQuery,
) -> Result<DueAnswer, super::Error> {
    let chosen =
        calendar_choice::choose(rules, target_calendar, &query.whereabouts, query.holidays);
    match chosen {
        Ok(chosen) => on_calendar(rules, coverage, counted_as, amount, &chosen, query),
        // Only when no region was asked for: a region given is answered for, or refused.
        Err(e)
            if counted_as == Coverage::AroundTheClock
                && query.whereabouts.region.is_none()
                && !is_unknown_id(&e) =>
        {
            let mut answer = wall_clock(amount, query);
            answer.cross_reference =
                (coverage == Coverage::Unspecified).then(|| cross_reference_text(None, counted_as));
            Ok(answer)
        }
        Err(e) => Err(super::Error::from(e)),
    }
}

/// Why a due instant is a cross-reference: counted on `region`'s hours (or around the
/// clock) from another document (decided readings 14 and 14a).
fn cross_reference_text(on: Option<(&str, &str)>, counted_as: Coverage) -> String {
    let calendar = match on {
        Some((region, document)) => {
            format!("on region `{region}`'s calendar from \"{document}\"")
        }
        None => "on the Power Platform / Dynamics 365 document's rules".to_string(),
    };
    let rule = if counted_as == Coverage::AroundTheClock {
        ", around the clock as that document counts every severity A problem (decided reading 14a, with reading 14)"
    } else {
        ", in its business hours (decided reading 14)"
    };
    format!(
        "Counted {calendar} as a cross-reference{rule}: the target's own document gives no hours, time zone or 24/7 rule, so this due instant is not its promise."
    )
}

fn is_unknown_id(e: &calendar_choice::Unchosen) -> bool {
    matches!(e, calendar_choice::Unchosen::UnknownRegion(_))
}

/// The clock's answer for a level with no figure (best effort, "Diverse"): nothing is
/// counted, so no calendar is chosen, borrowed or cited; `due` is null.
pub fn uncounted(query: &DueQuery) -> DueAnswer {
    let mut answer = wall_clock(None, query);
    answer.region_reason =
        "none needed: the level commits no time, so nothing is counted".to_string();
    answer.hours = "none: nothing is counted".to_string();
    answer.holidays.note = String::new();
    answer.counting = Counting::OpenTime;
    answer.elapsed = None;
    answer
}

/// A 24/7 target counted without a calendar (no region could be chosen).
fn wall_clock(amount: Option<Amount>, query: &DueQuery) -> DueAnswer {
    let submitted = query.submitted.with_timezone(&Utc);
    // Only minutes are ever 24/7 in the documents; a day would be 24 hours.
    let minutes = amount.map(|a| a.minutes(24 * 60));
    let due = minutes.and_then(|m| due::due_wall_clock(submitted, m));
    let written = Shown::Offset(*query.submitted.offset());
    DueAnswer {
        submitted,
        due: Due {
            at: due.map(|d| InZones::of(d, written, Some(query.shown))),
            date: None,
        },
        region: None,
        time_zone: None,
        region_reason: "none needed: a 24/7 target counts around the clock whatever the region; times are shown in the offset --at was written in".to_string(),
        hours: "24/7 (wall-clock time)".to_string(),
        counted_minutes: minutes,
        now: query.now,
        minutes_left: due.map(|d| minutes_left(d, query.now)),
        holidays: HolidayReport {
            files: FilesReport::of(&[]),
            skipped: Vec::new(),
            note: "A 24/7 target counts around the clock: holidays do not stop it.".to_string(),
        },
        explain: match (query.explain, due) {
            (true, Some(due)) => Some(due::explain_wall_clock(submitted, due)),
            _ => None,
        },
        region_source: Sources::default(),
        calendar_note: None,
        cross_reference: None,
        zones: Zones {
            calendar: written,
            user: query.shown,
        },
        counting: Counting::WallClock,
        responded: query.responded,
        elapsed: query
            .responded
            .filter(|_| minutes.is_some())
            .map(|responded| Elapsed::Seconds {
                seconds: due::elapsed_wall_clock(submitted, responded),
                business: false,
            }),
    }
}

/// Counts `amount` on the chosen region's calendar.
fn on_calendar(
    rules: &RuleSet,
    coverage: Coverage,
    counted_as: Coverage,
    amount: Option<Amount>,
    chosen: &calendar_choice::Chosen,
    query: &DueQuery,
) -> Result<DueAnswer, super::Error> {
    let submitted = query.submitted.with_timezone(&Utc);
    let calendar = &chosen.calendar;
    let zone = calendar.zone();
    let counting = match counted_as {
        Coverage::AroundTheClock => Counting::WallClock,
        _ => Counting::OpenTime,
    };
    let minutes = amount.map(|a| a.minutes(calendar.business_day_minutes()));
    let due_date = due_date(chosen, amount, submitted)?;
    let due = match (coverage, minutes) {
        _ if chosen.region.days_only => None,
        (Coverage::BestEffort, _) | (_, None) => None,
        (_, Some(m)) => Some(due::due(calendar, counting, submitted, m).ok_or_else(|| {
            super::Error::NoCalendar(format!(
                "region `{}` has no open time within a year of {}: no due instant",
                &chosen.region.id,
                text::utc(submitted)
            ))
        })?),
    };
    let files = FilesReport::of(if chosen.holidays_apply {
        calendar.holiday_files()
    } else {
        &[]
    });
    let skipped = match (due, counting) {
        (Some(due), Counting::OpenTime) => skipped_closures(calendar, submitted, due),
        _ => Vec::new(),
    };
    let note = holiday_note(chosen, query, counting, &files, due, submitted);

    let explain = match (query.explain, due) {
        (true, Some(due)) => Some(due::explain(calendar, counting, submitted, due)),
        _ => None,
    };
    // Counted as the due instant is: business days on a desk with days only, else the
    // clock's seconds (a target in business days is the calendar's minutes: reading 10).
    let elapsed = match (query.responded, minutes) {
        (Some(responded), Some(_)) if coverage != Coverage::BestEffort => {
            Some(if chosen.region.days_only {
                Elapsed::BusinessDays(calendar.business_days_between(submitted, responded))
            } else {
                Elapsed::Seconds {
                    seconds: due::elapsed(calendar, counting, submitted, responded),
                    business: counting == Counting::OpenTime,
                }
            })
        }
        _ => None,
    };
    Ok(DueAnswer {
        submitted,
        due: Due {
            at: due.map(|d| InZones::of(d, Shown::Zone(zone), Some(query.shown))),
            date: due_date,
        },
        region: Some(chosen.region.id.clone()),
        time_zone: Some(zone.name().to_string()),
        region_reason: chosen.why.clone(),
        hours: match counting {
            Counting::WallClock => "24/7 (wall-clock time)".to_string(),
            Counting::OpenTime => windows_text(chosen.region),
        },
        counted_minutes: minutes,
        now: query.now,
        minutes_left: due.map(|d| minutes_left(d, query.now)),
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
            cross_reference_text(Some((&chosen.region.id, document)), counted_as)
        }),
        region_source: Sources::of(rules, &chosen.region.source),
        calendar_note: chosen.region.note.clone(),
        zones: Zones {
            calendar: Shown::Zone(zone),
            user: query.shown,
        },
        counting,
        responded: query.responded,
        elapsed,
    })
}

/// The date a count of business days ends on, on a desk whose document gives days
/// without clock times; none elsewhere.
fn due_date(
    chosen: &calendar_choice::Chosen,
    amount: Option<Amount>,
    submitted: DateTime<Utc>,
) -> Result<Option<chrono::NaiveDate>, super::Error> {
    let calendar = &chosen.calendar;
    // Days without clock times: the count ends on a date, never an instant (reading 20).
    let due_date = match amount {
        Some(Amount::BusinessDays(n)) if chosen.region.days_only => Some(
            calendar
                .nth_business_day_after(submitted, n)
                .ok_or_else(|| {
                    super::Error::NoCalendar(format!(
                        "region `{}` has fewer than {n} business days after {}: no due date",
                        &chosen.region.id,
                        text::utc(submitted)
                    ))
                })?,
        ),
        _ => None,
    };
    Ok(due_date)
}

/// What the count made of holidays: which were taken into account, which not, and why.
fn holiday_note(
    chosen: &calendar_choice::Chosen,
    query: &DueQuery,
    counting: Counting,
    files: &FilesReport,
    due: Option<DateTime<Utc>>,
    submitted: DateTime<Utc>,
) -> String {
    let calendar = &chosen.calendar;
    let zone = calendar.zone();
    let own = match chosen.region.holidays.len() {
        0 => None,
        n => Some(format!(
            "the region's own {} in the rules",
            crate::render::text::count(n as i64, "holiday", "holidays")
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
        // Make-up working days (--working-days, --working-day-category).
        let working: Vec<&str> = calendar
            .working_files()
            .iter()
            .map(|f| f.file.as_str())
            .collect();
        if !working.is_empty() {
            note.push_str(&format!(
                " Working days from {} open days the week leaves closed, on the region's usual hours.",
                working.join(", ")
            ));
        }
    }
    if counting == Counting::OpenTime && chosen.holidays_apply {
        let last_day = due.unwrap_or(submitted).with_timezone(&zone).date_naive();
        for caveat in files.caveats(Some(last_day)) {
            note.push(' ');
            note.push_str(&caveat);
        }
    }
    note
}

impl DueAnswer {
    /// "by the end of Mon 7 Dec 2026 (Asia/Shanghai), a date: …" for a count of business
    /// days on a desk whose document gives no clock times (decided reading 20).
    pub fn date_text(&self, date: chrono::NaiveDate) -> String {
        format!(
            "by the end of {} ({}): a date, not an instant, as the document gives the desk's days but no clock times (decided reading 20)",
            date.format("%a %-d %b %Y"),
            self.time_zone.as_deref().unwrap_or_default()
        )
    }

    /// The clock's part of a table answer.
    pub fn table(&self, style: &Style) -> String {
        // "Now" as the user reads a clock: in their zone (`--tz`, else the system's).
        let now = text::readable(self.now, self.zones.user);
        let left = self.minutes_left.map_or(String::new(), |m| {
            if m >= 0 {
                format!("{} left (now {now})", duration(m))
            } else {
                style.paint(
                    &format!("missed {} ago (now {now})", duration(-m)),
                    Paint::Bad,
                )
            }
        });
        let calendar = match (&self.region, &self.time_zone) {
            (Some(region), Some(zone)) => {
                format!("{region} ({zone}), {}\n{}", self.hours, self.region_reason)
            }
            _ => self.region_reason.clone(),
        };
        let rows = [
            ("Submitted", self.instant(self.submitted)),
            ("Calendar", calendar),
            (
                "Counted",
                self.counted_minutes.map_or(String::new(), |m| {
                    // Open time is not days of the wall clock: 45 h, not "1 day 21 h".
                    let (hours, minutes) = (m / 60, m % 60);
                    let open = match (hours, minutes) {
                        (0, m) => format!("{m} min"),
                        (h, 0) => format!("{h} h"),
                        (h, m) => format!("{h} h {m} min"),
                    };
                    if self.counting == Counting::WallClock {
                        open
                    } else {
                        format!("{open} of open time")
                    }
                }),
            ),
            (
                if self.cross_reference.is_some() {
                    "Due (cross-reference)"
                } else {
                    "Due"
                },
                self.due.utc().map_or_else(
                    || match self.due.date {
                        Some(date) => self.date_text(date),
                        None => "no due instant: no time is committed".to_string(),
                    },
                    |due| self.instant(due),
                ),
            ),
            (
                "Time left",
                if self.responded.is_some() {
                    String::new()
                } else {
                    left
                },
            ),
            (
                "Responded",
                self.responded.map_or(String::new(), |t| self.instant(t)),
            ),
            ("Holidays skipped", self.holidays.skipped.join(", ")),
        ];
        let mut parts = vec![
            table::key_values(style, rows).to_string(),
            self.holidays.note.clone(),
        ];
        // The calendar's sources go with the answer's own, at its end (`region_source`).
        if let Some(cross_reference) = &self.cross_reference {
            parts.push(cross_reference.clone());
        }
        if let (Some(region), Some(note)) = (&self.region, &self.calendar_note) {
            parts.push(format!("Note: {region}: {note}"));
        }
        if let Some(steps) = &self.explain {
            parts.push(explain_table(style, steps, self.zones));
        }
        parts.retain(|p| !p.is_empty());
        parts.join("\n\n")
    }

    /// An instant as the table shows it: in the calendar's zone, in the user's where that
    /// reads differently, and in UTC.
    fn instant(&self, t: DateTime<Utc>) -> String {
        let shown = self.zones.calendar.fix(t);
        let mut lines = vec![text::readable_fixed(shown)];
        let user = self.zones.user;
        lines.extend(text::in_user_zone(t, shown, user).map(|u| format!("= {u} {}", user.name())));
        lines.push(text::utc(t));
        lines.join("\n")
    }
}

fn explain_table(style: &Style, steps: &[Step], zones: Zones) -> String {
    // Each instant in the calendar's zone, and in the user's where that reads differently.
    let shown_at = |t: DateTime<Utc>| {
        let shown = zones.calendar.fix(t);
        let readable = text::readable_fixed(shown);
        match text::in_user_zone(t, shown, zones.user) {
            Some(user) => format!("{readable} (= {user})"),
            None => readable,
        }
    };
    let mut out = table::with_header(
        style,
        ["How the due instant was reached", "Counted", "Left"],
    );
    for step in steps {
        let (what, minutes, left) = match step {
            Step::Submitted { at, open } => (
                format!(
                    "Submitted {} ({})",
                    shown_at(*at),
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
                format!("Counted {} to {}", shown_at(*from), shown_at(*to)),
                span(*seconds),
                span(*left_seconds),
            ),
            Step::Skipped { from, to, reason } => (
                format!("Skipped {} to {}: {reason}", shown_at(*from), shown_at(*to)),
                String::new(),
                String::new(),
            ),
            Step::OffsetChange { at, from, to } => (
                format!("Clocks change at {}: UTC{from} to UTC{to}", shown_at(*at)),
                String::new(),
                String::new(),
            ),
            Step::Due { at } => (
                format!("Due {}", shown_at(*at)),
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

/// Whole minutes from `now` until `due`, rounded down: negative as soon as the due
/// instant has passed (30 s late is "missed", not "0 min left").
pub fn minutes_left(due: DateTime<Utc>, now: DateTime<Utc>) -> i64 {
    (due - now).num_seconds().div_euclid(60)
}

/// A span of seconds as "2 h 30 min", or with its seconds when it has some.
fn span(seconds: i64) -> String {
    match seconds % 60 {
        0 => duration(seconds / 60),
        s if seconds < 60 => format!("{s} s"),
        s => format!("{} {s} s", duration(seconds / 60)),
    }
}
