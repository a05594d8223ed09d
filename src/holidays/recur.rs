//! Recurrence (`RRULE`, RFC 5545 §3.3.10 and §3.8.5.3), expanded by the `rrule` crate and
//! bounded here to the stretch of time a query looks at.
//!
//! Every start is a naive local date-time: an all-day event's midnight, or a timed event's
//! wall-clock time in its own zone (converted by the caller). The engine works on them as
//! if they were UTC, which keeps its arithmetic free of daylight-saving changes: RFC 5545
//! repeats daily and longer rules on local wall-clock time.
//!
//! What keeps any rule cheap:
//! - **Skipping ahead.** Before expanding `[from, to)`, `DTSTART` is moved forward by whole
//!   periods of the rule (`INTERVAL` years, months, weeks, days …), which leaves the set of
//!   later occurrences unchanged: each period's occurrences depend only on that period's
//!   own calendar, its phase and the defaults `DTSTART` gives (month, day, weekday, time).
//!   A rule starting in year 1 thus costs no more than one starting last year.
//! - **Checking once that a rule occurs at all.** A rule that never matches (the 30th of
//!   February) makes the engine search until its year limit. Each rule is tried once, at
//!   load, over a whole Gregorian cycle (400 years, after which dates and weekdays repeat
//!   exactly); one that yields nothing there never occurs and is reported, not expanded.
//! - **Bounding `COUNT`.** A counted rule cannot be skipped ahead (its occurrences are
//!   numbered from `DTSTART`), so it is expanded once, at load, up to [`MAX_COUNT`].

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta, TimeZone};
use rrule::{Frequency, RRule, Unvalidated};

/// The most occurrences a `COUNT` may ask for.
pub const MAX_COUNT: u32 = 10_000;
/// The most occurrences a rule may have in a year: more is a schedule, not holidays.
pub const MAX_PER_YEAR: usize = 1_000;
/// The engine's own year limit is 10000; the far probe must end before it.
const ENGINE_LAST_YEAR: i32 = 9_999;

/// Months and days in one Gregorian cycle of 400 years.
const CYCLE_MONTHS: i64 = 4_800;
const CYCLE_DAYS: i64 = 146_097;

/// One `RRULE` of an event, ready to expand.
#[derive(Debug, Clone)]
pub struct Recurrence {
    /// The rule with neither `UNTIL` nor `COUNT`, which are applied here.
    rule: RRule<Unvalidated>,
    freq: Frequency,
    interval: u32,
    /// The last start allowed, inclusive, as a naive local date-time.
    until: Option<NaiveDateTime>,
    /// How many times it occurs in a year (from the probe), for the file's budget.
    per_year: usize,
}

/// What an `RRULE` turned out to be.
#[derive(Debug)]
pub enum Prepared {
    /// A rule to expand on demand.
    Rule(Box<Recurrence>),
    /// A counted rule, already expanded: its starts (`DTSTART` is added by the caller).
    Starts(Vec<NaiveDateTime>),
}

/// How `DTSTART` is written, which decides how `UNTIL` is read.
#[derive(Debug, Clone, Copy)]
pub enum StartKind {
    AllDay,
    /// In UTC (`Z`); `UNTIL` in UTC is then taken as written.
    Utc,
    /// In a zone; `UNTIL` in UTC is converted to that zone's wall-clock time.
    Zoned(chrono_tz::Tz),
    /// In a zone the file defines; `UNTIL` in UTC is moved by this offset (seconds east
    /// of UTC, the zone's at `UNTIL`).
    Fixed(i32),
    Floating,
}

impl Recurrence {
    /// Reads an `RRULE` value for an event whose first start is `start`.
    ///
    /// `UNTIL` is read in the form `DTSTART` has, as files in the wild mix them: on an
    /// all-day event a date-time `UNTIL` counts by its UTC date (decided in the README);
    /// a date `UNTIL` on a timed event includes that whole day. `RSCALE=GREGORIAN` and
    /// `SKIP=OMIT` (RFC 7529) are the defaults and are passed over.
    ///
    /// Errors are the reason the rule is not used, for the file's report.
    ///
    /// `count_budget` is how many counted occurrences the file may still expand.
    pub fn prepare(
        value: &str,
        start: NaiveDateTime,
        kind: StartKind,
        count_budget: usize,
    ) -> Result<Prepared, String> {
        // RFC 5545 writes rules in ASCII; the `rrule` crate slices a weekday such as
        // `BYDAY=MϺO` by bytes and panics inside a character (found by fuzzing).
        if !value.is_ascii() {
            return Err(format!(
                "recurrence `RRULE:{}` cannot be read: a rule is written in ASCII letters, digits and `=;,+-`",
                shown(value)
            ));
        }
        let mut parts = Vec::new();
        let mut until = None;
        let mut count = None;
        for part in value.split(';').map(str::trim).filter(|p| !p.is_empty()) {
            let (key, v) = part.split_once('=').unwrap_or((part, ""));
            match key.trim().to_ascii_uppercase().as_str() {
                "UNTIL" => until = Some(read_until(v.trim(), kind)?),
                "COUNT" => {
                    count = Some(
                        v.trim()
                            .parse::<u32>()
                            .map_err(|_| format!("COUNT={} is not a whole number", shown(v)))?,
                    )
                }
                "RSCALE" if v.trim().eq_ignore_ascii_case("GREGORIAN") => {}
                "SKIP" if v.trim().eq_ignore_ascii_case("OMIT") => {}
                _ => parts.push(part.to_ascii_uppercase()),
            }
        }
        let rule: RRule<Unvalidated> =
            parts.join(";").parse().map_err(|e: rrule::RRuleError| {
                format!(
                    "recurrence `RRULE:{}` cannot be read: {}",
                    shown(value),
                    shown(&e.to_string())
                )
            })?;
        let validated = rule.clone().validate(carrier(start)).map_err(|e| {
            format!(
                "recurrence `RRULE:{}` is not valid: {}",
                shown(value),
                shown(&e.to_string())
            )
        })?;
        let freq = validated.get_freq();
        if let Some(why) = impossible_day(&parts, freq, start) {
            return Err(format!(
                "recurrence `RRULE:{}` never occurs: {why}",
                shown(value)
            ));
        }
        refuse_too_sparse(&parts, freq, value)?;
        let mut recurrence = Recurrence {
            freq,
            interval: u32::from(validated.get_interval()).max(1),
            rule,
            until,
            per_year: 1,
        };
        if validated.get_interval() == 0 {
            return Err(format!(
                "recurrence `RRULE:{}` has INTERVAL=0",
                shown(value)
            ));
        }
        if until.is_some_and(|u| u < start) {
            // UNTIL before DTSTART: DTSTART alone (RFC 5545: it is always the first).
            return Ok(Prepared::Starts(Vec::new()));
        }
        // A counted rule is bounded by its COUNT; an endless one must not be too dense.
        recurrence.per_year = recurrence.probe(start, value, count.is_none())?;
        match count {
            None => Ok(Prepared::Rule(Box::new(recurrence))),
            Some(n) if n > MAX_COUNT => Err(format!(
                "COUNT={n} asks for more occurrences than a holiday calendar needs (at most {MAX_COUNT})"
            )),
            Some(n) if n as usize > count_budget => Err(format!(
                "COUNT={n} is more than the file's counted occurrences may still add ({count_budget} of {})",
                crate::holidays::COUNT_BUDGET
            )),
            Some(n) => {
                let rule = recurrence.rule.clone().count(n);
                let rule = match recurrence.until {
                    Some(u) => rule.until(carrier(u)),
                    None => rule,
                };
                let set = rule
                    .build(carrier(start))
                    .map_err(|e| format!("recurrence `RRULE:{}` is not valid: {}", shown(value), shown(&e.to_string())))?
                    .limit();
                Ok(Prepared::Starts(
                    set.into_iter().map(|t| t.naive_utc()).collect(),
                ))
            }
        }
    }

    /// The last start the rule allows (`UNTIL`), or `None` when it recurs without end.
    pub fn until(&self) -> Option<NaiveDateTime> {
        self.until
    }

    /// How many times the rule occurs in a year, at most ([`MAX_PER_YEAR`]).
    pub fn per_year(&self) -> usize {
        self.per_year
    }

    /// Tries the rule once over a whole cycle, far from any query: an error if it never
    /// occurs or (when `dense_is_error`) occurs too often to be holidays; else how often it
    /// occurs in a year.
    fn probe(
        &self,
        start: NaiveDateTime,
        value: &str,
        dense_is_error: bool,
    ) -> Result<usize, String> {
        let cycle = self.cycle();
        let last = NaiveDate::from_ymd_opt(ENGINE_LAST_YEAR, 1, 1)
            .map(|d| d.and_time(NaiveTime::MIN))
            .unwrap_or(start);
        // The latest whole number of cycles that leaves one cycle before the engine's limit.
        let anchor = cycle
            .back(last)
            .and_then(|limit| cycle.skip(start, limit))
            .unwrap_or(start);
        let set = self
            .rule
            .clone()
            .build(carrier(anchor))
            .map_err(|e| {
                format!(
                    "recurrence `RRULE:{}` is not valid: {}",
                    shown(value),
                    shown(&e.to_string())
                )
            })?
            .limit();
        let mut starts = set.into_iter().map(|t| t.naive_utc());
        let Some(first) = starts.next() else {
            return Err(format!("recurrence `RRULE:{}` never occurs", shown(value)));
        };
        let year_later = first + TimeDelta::days(366);
        let more = starts
            .take(MAX_PER_YEAR)
            .take_while(|t| *t < year_later)
            .count();
        if more >= MAX_PER_YEAR && dense_is_error {
            return Err(format!(
                "recurrence `RRULE:{}` occurs more than {MAX_PER_YEAR} times a year: a schedule, not holidays",
                shown(value)
            ));
        }
        Ok(more + 1)
    }

    /// The starts of the rule from `dtstart` that fall in `[from, to)`, appended to `out`.
    pub fn starts_in(
        &self,
        dtstart: NaiveDateTime,
        from: NaiveDateTime,
        to: NaiveDateTime,
        out: &mut Vec<NaiveDateTime>,
    ) {
        if self.until.is_some_and(|u| u < from) || dtstart >= to {
            return;
        }
        let anchor = self.period().skip(dtstart, from).unwrap_or(dtstart);
        let rule = match self.until {
            Some(u) => self.rule.clone().until(carrier(u)),
            None => self.rule.clone(),
        };
        // Validated at load with DTSTART; a skipped-ahead start keeps it valid.
        let Ok(set) = rule.build(carrier(anchor)) else {
            return;
        };
        out.extend(
            set.limit()
                .into_iter()
                .map(|t| t.naive_utc())
                .take_while(|t| *t < to)
                .filter(|t| *t >= from),
        );
    }

    /// One period of the rule, by which `DTSTART` may move without changing later starts.
    fn period(&self) -> Step {
        let n = i64::from(self.interval);
        match self.freq {
            Frequency::Yearly => Step::Months(12 * n),
            Frequency::Monthly => Step::Months(n),
            Frequency::Weekly => Step::Seconds(7 * 86_400 * n),
            Frequency::Daily => Step::Seconds(86_400 * n),
            Frequency::Hourly => Step::Seconds(3_600 * n),
            Frequency::Minutely => Step::Seconds(60 * n),
            Frequency::Secondly => Step::Seconds(n),
        }
    }

    /// Whole periods that are also whole Gregorian cycles: after it, dates, weekdays and
    /// the rule's phase all repeat.
    fn cycle(&self) -> Step {
        match self.period() {
            Step::Months(m) => Step::Months(lcm(m, CYCLE_MONTHS)),
            Step::Seconds(s) => Step::Seconds(lcm(s, CYCLE_DAYS * 86_400)),
        }
    }
}

/// Refuses a rule repeating within a day but only on some days.
fn refuse_too_sparse(parts: &[String], freq: Frequency, value: &str) -> Result<(), String> {
    // A sub-daily rule filtered to some days searches through many empty periods
    // between matches, more than the engine tries before giving up silently.
    let day_filters = ["BYMONTH", "BYMONTHDAY", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"];
    let filtered = |keys: &[&str]| {
        parts
            .iter()
            .any(|p| keys.iter().any(|k| p.starts_with(&format!("{k}="))))
    };
    let too_sparse = match freq {
        Frequency::Minutely | Frequency::Secondly => {
            filtered(&[day_filters.as_slice(), &["BYDAY"]].concat())
        }
        Frequency::Hourly => filtered(&day_filters),
        _ => false,
    };
    if too_sparse {
        return Err(format!(
            "recurrence `RRULE:{}` repeats within a day but only on some days: write it as a DAILY (or longer) rule with BYHOUR and BYMINUTE",
            shown(value)
        ));
    }
    Ok(())
}

/// The most days each month has in any year (February's 29th in leap years).
const MONTH_DAYS: [u32; 12] = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Why a rule can never occur because the days of the month it allows exist in none of
/// the months it allows (30 February, 31 April, `BYMONTHDAY=31` with `BYMONTH=4,6,9,11`),
/// in any `FREQ`; `None` when some month has one of its days, or when that cannot be told
/// from the rule's text (then the probe decides). Cheap: at most 12 × 31 pairs, where the
/// engine would search every day of four centuries for a match that never comes.
///
/// Every occurrence has a month in `BYMONTH` and a day in `BYMONTHDAY`; without
/// `BYMONTHDAY`, a yearly or monthly rule with no other day filter repeats `DTSTART`'s
/// day of the month (and a yearly one without `BYMONTH` its month).
fn impossible_day(parts: &[String], freq: Frequency, start: NaiveDateTime) -> Option<String> {
    let list = |key: &str| -> Option<Option<Vec<i64>>> {
        let value = parts
            .iter()
            .find_map(|p| p.strip_prefix(&format!("{key}=")))?;
        Some(value.split(',').map(|n| n.trim().parse().ok()).collect())
    };
    let given = |key: &str| parts.iter().any(|p| p.starts_with(&format!("{key}=")));
    let months: Vec<u32> = match list("BYMONTH") {
        Some(months) => months?
            .into_iter()
            .filter_map(|m| u32::try_from(m).ok().filter(|m| (1..=12).contains(m)))
            .collect(),
        None if freq == Frequency::Yearly
            && !given("BYMONTHDAY")
            && !given("BYYEARDAY")
            && !given("BYWEEKNO")
            && !given("BYDAY") =>
        {
            vec![start.month()]
        }
        None => (1..=12).collect(),
    };
    let days: Vec<i64> = match list("BYMONTHDAY") {
        Some(days) => days?,
        None if matches!(freq, Frequency::Yearly | Frequency::Monthly)
            && !given("BYYEARDAY")
            && !given("BYWEEKNO")
            && !given("BYDAY") =>
        {
            vec![i64::from(start.day())]
        }
        None => return None,
    };
    if months.is_empty() || days.is_empty() {
        return None;
    }
    let exists = |month: u32, day: i64| {
        let most = u64::from(MONTH_DAYS[month as usize - 1]);
        (1..=most).contains(&day.unsigned_abs())
    };
    if months.iter().any(|&m| days.iter().any(|&d| exists(m, d))) {
        return None;
    }
    let mut months = months;
    months.sort_unstable();
    months.dedup();
    let mut days = days;
    days.dedup();
    let named: Vec<&str> = months
        .iter()
        .map(|&m| MONTH_NAMES[m as usize - 1])
        .collect();
    let days: Vec<String> = days.iter().map(i64::to_string).collect();
    Some(format!(
        "{} {} no day {} of the month",
        named.join(", "),
        if named.len() == 1 { "has" } else { "have" },
        shown(&days.join(" or "))
    ))
}

/// A shift of `DTSTART`: whole months (keeping the day of the month), or exact seconds.
#[derive(Debug, Clone, Copy)]
enum Step {
    Months(i64),
    Seconds(i64),
}

impl Step {
    /// `start` moved forward by the most whole steps that keep it at or before `limit`,
    /// landing on a real date (the 31st or 29 February may need one step fewer).
    fn skip(self, start: NaiveDateTime, limit: NaiveDateTime) -> Option<NaiveDateTime> {
        if limit <= start {
            return None;
        }
        match self {
            Step::Seconds(s) => {
                let steps = (limit - start).num_seconds() / s;
                start.checked_add_signed(TimeDelta::seconds(steps.checked_mul(s)?))
            }
            Step::Months(m) => {
                let months = i64::from(limit.year() - start.year()) * 12 + i64::from(limit.month())
                    - i64::from(start.month());
                let most = months / m;
                (0..=most.min(48)).find_map(|fewer| {
                    let shifted = add_months_exact(start, (most - fewer) * m)?;
                    (shifted <= limit).then_some(shifted)
                })
            }
        }
    }

    /// `limit` moved back by one step.
    fn back(self, limit: NaiveDateTime) -> Option<NaiveDateTime> {
        match self {
            Step::Seconds(s) => limit.checked_sub_signed(TimeDelta::seconds(s)),
            Step::Months(m) => limit.checked_sub_months(Months::new(u32::try_from(m).ok()?)),
        }
    }
}

/// `t` plus whole months with the same day of the month, or `None` if that day does not
/// exist (chrono's own month arithmetic would clamp it).
fn add_months_exact(t: NaiveDateTime, months: i64) -> Option<NaiveDateTime> {
    let index = i64::from(t.year()) * 12 + i64::from(t.month0()) + months;
    let year = i32::try_from(index.div_euclid(12)).ok()?;
    let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
    NaiveDate::from_ymd_opt(year, month, t.day()).map(|d| d.and_time(t.time()))
}

fn gcd(a: i64, b: i64) -> i64 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

fn lcm(a: i64, b: i64) -> i64 {
    a / gcd(a, b) * b
}

/// A value from the file as echoed in a reason: escaped, and cut when long.
fn shown(value: &str) -> String {
    crate::render::echo::shorten(value, 80)
}

/// A naive date-time as the engine's UTC value.
fn carrier(t: NaiveDateTime) -> chrono::DateTime<rrule::Tz> {
    rrule::Tz::UTC.from_utc_datetime(&t)
}

/// `UNTIL` as a naive local date-time comparable with the event's starts.
fn read_until(value: &str, kind: StartKind) -> Result<NaiveDateTime, String> {
    let bad = || format!("UNTIL={} is not a date or date-time", shown(value));
    let (text, utc) = match value.strip_suffix(['Z', 'z']) {
        Some(text) => (text, true),
        None => (value, false),
    };
    if text.len() == 8 {
        let day = NaiveDate::parse_from_str(text, "%Y%m%d").map_err(|_| bad())?;
        return Ok(match kind {
            StartKind::AllDay => day.and_time(NaiveTime::MIN),
            // A date bound on timed starts takes in that whole day.
            _ => day.and_hms_opt(23, 59, 59).ok_or_else(bad)?,
        });
    }
    let t = NaiveDateTime::parse_from_str(text, "%Y%m%dT%H%M%S").map_err(|_| bad())?;
    Ok(match (kind, utc) {
        (StartKind::AllDay, _) => t.date().and_time(NaiveTime::MIN),
        (StartKind::Zoned(zone), true) => zone.from_utc_datetime(&t).naive_local(),
        (StartKind::Fixed(offset), true) => t + TimeDelta::seconds(i64::from(offset)),
        _ => t,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDateTime {
        NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .map(|d| d.and_time(NaiveTime::MIN))
            .unwrap_or_else(|e| panic!("{text}: {e}"))
    }

    fn expand(rule: &str, start: &str, from: &str, to: &str) -> Vec<String> {
        let start = day(start);
        let mut out = match Recurrence::prepare(rule, start, StartKind::AllDay, 100_000) {
            Ok(Prepared::Rule(r)) => {
                let mut out = Vec::new();
                r.starts_in(start, day(from), day(to), &mut out);
                out
            }
            Ok(Prepared::Starts(s)) => s
                .into_iter()
                .filter(|t| *t >= day(from) && *t < day(to))
                .collect(),
            Err(e) => panic!("{rule}: {e}"),
        };
        out.sort();
        out.iter().map(|t| t.date().to_string()).collect()
    }

    #[test]
    fn skipping_ahead_keeps_every_start() {
        // Thanksgiving from year 1: the same dates as from a recent start.
        assert_eq!(
            expand(
                "FREQ=YEARLY;BYMONTH=11;BYDAY=4TH",
                "0001-11-22",
                "2026-01-01",
                "2028-01-01"
            ),
            ["2026-11-26", "2027-11-25"]
        );
        // Every other year keeps its phase: from 2001, odd years only.
        assert_eq!(
            expand(
                "FREQ=YEARLY;INTERVAL=2",
                "2001-05-05",
                "2026-01-01",
                "2030-01-01"
            ),
            ["2027-05-05", "2029-05-05"]
        );
        // 29 February recurs in leap years only, also after a skip past 2100.
        assert_eq!(
            expand("FREQ=YEARLY", "1904-02-29", "2096-01-01", "2105-01-01"),
            ["2096-02-29", "2104-02-29"]
        );
        // The 31st of the months that have one.
        assert_eq!(
            expand("FREQ=MONTHLY", "1950-01-31", "2026-01-01", "2026-06-01"),
            ["2026-01-31", "2026-03-31", "2026-05-31"]
        );
        // Every third week from a Friday, phase kept across centuries.
        let near = expand(
            "FREQ=WEEKLY;INTERVAL=3",
            "2026-01-02",
            "2026-03-01",
            "2026-05-01",
        );
        let far = (day("2026-01-02") - TimeDelta::weeks(3 * 5_218))
            .date()
            .to_string();
        assert_eq!(far, "1725-12-28");
        let far = expand("FREQ=WEEKLY;INTERVAL=3", &far, "2026-03-01", "2026-05-01");
        assert_eq!(near, ["2026-03-06", "2026-03-27", "2026-04-17"]);
        assert_eq!(near, far);
    }

    #[test]
    fn until_in_the_forms_files_write() {
        assert_eq!(
            expand(
                "FREQ=YEARLY;UNTIL=20261231T230000Z",
                "2026-01-01",
                "2025-01-01",
                "2030-01-01"
            ),
            ["2026-01-01"]
        );
        assert_eq!(
            expand(
                "FREQ=YEARLY;UNTIL=20130430;BYMONTHDAY=30;BYMONTH=4",
                "2011-04-30",
                "2010-01-01",
                "2030-01-01"
            ),
            ["2011-04-30", "2012-04-30", "2013-04-30"]
        );
        assert_eq!(
            expand(
                "freq=yearly;count=2;bymonth=5;byday=-1mo",
                "2026-05-25",
                "2020-01-01",
                "2030-01-01"
            ),
            ["2026-05-25", "2027-05-31"]
        );
    }

    #[test]
    fn rules_that_cannot_be_holidays_say_why() {
        let err = |rule: &str| match Recurrence::prepare(
            rule,
            day("2026-01-01"),
            StartKind::AllDay,
            100_000,
        ) {
            Err(e) => e,
            Ok(_) => panic!("{rule} was accepted"),
        };
        assert!(err("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30").contains("never occurs"));
        // Recognised from the text in every FREQ, not searched for.
        for (rule, said) in [
            (
                "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
                "February has no day 30",
            ),
            (
                "FREQ=MONTHLY;BYMONTH=4,6;BYMONTHDAY=31,-31",
                "April, June have no day 31 or -31",
            ),
            (
                "FREQ=DAILY;BYMONTH=11;BYMONTHDAY=31;BYDAY=MO",
                "November has no day 31",
            ),
            (
                "FREQ=YEARLY;INTERVAL=3;BYMONTH=9;BYMONTHDAY=31",
                "September has no day 31",
            ),
        ] {
            assert!(
                err(rule).contains(&format!("never occurs: {said}")),
                "{rule}: {}",
                err(rule)
            );
        }
        let from_31 =
            |rule: &str| Recurrence::prepare(rule, day("2026-01-31"), StartKind::AllDay, 100_000);
        // DTSTART's day in months that lack it (a monthly rule kept to short months).
        assert!(matches!(from_31("FREQ=MONTHLY;BYMONTH=2,4"), Err(e) if e.contains("no day 31")));
        // Days that exist in some month, or rules whose days the text does not give.
        for possible in [
            "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29",
            "FREQ=MONTHLY;BYMONTHDAY=31",
            "FREQ=YEARLY;BYMONTHDAY=31",
            "FREQ=MONTHLY;BYMONTH=2;BYDAY=1MO",
            "FREQ=MONTHLY",
            "FREQ=YEARLY",
        ] {
            assert!(from_31(possible).is_ok(), "{possible}");
        }
        assert!(err("FREQ=DAILY;COUNT=20000").contains("at most 10000"));
        assert!(err("FREQ=MINUTELY").contains("a schedule, not holidays"));
        // Sub-daily rules filtered to some days (the engine would give up silently).
        assert!(
            err("FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=9;BYMINUTE=0")
                .contains("repeats within a day but only on some days")
        );
        // A counted rule may be dense: COUNT bounds it.
        assert!(Recurrence::prepare(
            "FREQ=HOURLY;INTERVAL=8;COUNT=3",
            day("2026-01-01"),
            StartKind::Floating,
            100_000
        )
        .is_ok());
        assert!(err("FREQ=FORTNIGHTLY").contains("cannot be read"));
        // A character beyond ASCII in a weekday panicked inside the engine (fuzzing).
        assert!(err("FREQ=WEEKLY;BYDAY=M\u{3fa}O").contains("written in ASCII"));
        assert!(err("FREQ=MONTHLY;BYDAY=1\u{e9}MO").contains("written in ASCII"));
    }
}
