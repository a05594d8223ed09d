//! Due instants: `sla … --at T` through the real binary (and `--minutes`, `--explain`,
//! `--batch`), checked against instants worked out by hand from the documents' hours and
//! the decided readings (`../shared/READINGS.md`, readings 1-5 and 9-11).
//!
//! A new `sla --at` test goes here. Whether a response met its target (`--responded`) is
//! `met.rs`; which version of the rules answers on a day is `versions.rs`.
//!
//! The hours, as decided:
//! - emea: Mon-Fri 08:00-18:00 Europe/Paris (UTC+1 in winter, UTC+2 in summer).
//! - apac: Mon-Fri 07:00-21:00 at a fixed UTC+8 (Etc/GMT-8, inverted sign).
//! - japan: Mon-Fri 09:00-17:30 Asia/Tokyo (UTC+9).
//! - north-america: Mon-Fri 06:00-18:00 America/Los_Angeles (UTC-8, summer UTC-7).
//! - other: Mon-Fri 09:00-17:00 in the customer's zone (--tz).
//! - china (21Vianet B/C): every day 09:00-24:00 Asia/Shanghai (UTC+8); china-critical
//!   (21Vianet A): 24/7.
//!
//! Targets: ProDirect B 2 h, C 4 h; Subscription B 4 h, C 8 h (business hours); Premier
//! A 1 h, B 2 h (24/7); Unified Core standard 8 h (24/7); Power BI Pro 1 business day
//! (EMEA: 10 h); 21Vianet A 1 h (24/7), B 1 business day (15 h), C 3 (45 h).
//!
//! Daylight saving in 2026/2027 (all on Sundays): Europe/Paris 2026-03-29 and 2027-03-28
//! at 01:00Z (+01:00 → +02:00), 2026-10-25 and 2027-10-31 at 01:00Z (+02:00 → +01:00);
//! America/Los_Angeles 2026-03-08 and 2027-03-14 at 10:00Z (-08:00 → -07:00), 2026-11-01
//! and 2027-11-07 at 09:00Z (-07:00 → -08:00).

use serde_json::Value;

use crate::common::*;

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

/// Runs `sla --batch` with `input` on stdin; returns (exit code, output lines, stderr).
pub(crate) fn batch(extra: &[&str], input: &[u8]) -> (i32, Vec<Value>, String) {
    let mut args = vec!["sla", "--batch"];
    args.extend_from_slice(extra);
    let out = cmd(&args)
        .write_stdin(input.to_vec())
        .output()
        .expect("binary runs");
    let stdout = String::from_utf8(out.stdout).expect("stdout is UTF-8");
    let lines = stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    (
        out.status.code().expect("exited"),
        lines,
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// Writes a holiday file into a fresh temp dir; returns its path.
pub(crate) fn holiday_file(name: &str, text: &str) -> String {
    let path = temp_dir(name).join(name);
    std::fs::write(&path, text).expect("holiday file");
    path.to_str().expect("UTF-8 path").to_string()
}

/// A list file: Christmas (Friday 25 December 2026), Thanksgiving (Thursday 26 November
/// 2026) and Easter Monday 2027 (Monday 29 March 2027, the day after the change to
/// summer time in Paris).
pub(crate) fn holiday_list() -> String {
    holiday_file(
        "holidays.txt",
        "# company holidays\n2026-11-26 Thanksgiving\n2026-12-25 Christmas\n\n2027-03-29\n",
    )
}

/// An iCalendar file: Christmas as an all-day event of two days (25-26 December 2026,
/// DTEND exclusive), King's Day every year from 27 April 2025 (Monday 27 April 2026,
/// Tuesday 27 April 2027), and a timed meeting that is not a holiday.
pub(crate) fn holiday_ics() -> String {
    holiday_file(
        "holidays.ics",
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n\
         BEGIN:VEVENT\r\nUID:1\r\nDTSTART;VALUE=DATE:20261225\r\nDTEND;VALUE=DATE:20261227\r\n\
         SUMMARY:Christmas\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:2\r\nDTSTART;VALUE=DATE:20250427\r\nRRULE:FREQ=YEARLY\r\n\
         SUMMARY:King's Day\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nUID:3\r\nDTSTART:20261130T090000Z\r\nDTEND:20261130T100000Z\r\n\
         SUMMARY:Meeting\r\nEND:VEVENT\r\n\
         END:VCALENDAR\r\n",
    )
}

/// `sla` with the given arguments (which include `--at`), as JSON.
pub(crate) fn sla(args: &[&str]) -> Value {
    let mut all = vec!["sla"];
    all.extend_from_slice(args);
    json(&all)
}

/// Asserts the clock fields of an `sla --at` answer.
pub(crate) fn assert_due(v: &Value, due: &str, due_local: &str, region: &str, time_zone: &str) {
    assert_eq!(
        (s(v, "due"), s(v, "due_local")),
        (due, due_local),
        "due of {}",
        compact(v)
    );
    assert_eq!(s(v, "region"), region, "region of {}", compact(v));
    assert_eq!(s(v, "time_zone"), time_zone, "time_zone of {}", compact(v));
}

/// An answer without its long text fields, for messages.
fn compact(v: &Value) -> String {
    let mut v = v.clone();
    if let Some(o) = v.as_object_mut() {
        for key in [
            "related",
            "impact",
            "situation",
            "examples",
            "note",
            "source",
        ] {
            o.remove(key);
        }
    }
    v.to_string()
}

fn explain(v: &Value) -> &Vec<Value> {
    v["explain"]
        .as_array()
        .unwrap_or_else(|| panic!("no `explain` array in {}", compact(v)))
}

fn steps<'a>(v: &'a Value, kind: &str) -> Vec<&'a Value> {
    explain(v).iter().filter(|s| s["step"] == kind).collect()
}

/// The counted minutes of an explanation (steps count seconds).
fn counted_sum(v: &Value) -> i64 {
    steps(v, "counted")
        .iter()
        .map(|s| s["seconds"].as_i64().expect("seconds"))
        .sum::<i64>()
        / 60
}

// ---------------------------------------------------------------------------------------
// Every region
// ---------------------------------------------------------------------------------------

#[test]
fn emea_counts_paris_business_hours() {
    // ProDirect B (2 h), Friday 27 November 2026 16:30 +01:00: 1 h 30 to 18:00, weekend
    // closed, Monday 30 November 08:00 + 30 min = 08:30 +01:00 = 07:30Z.
    let v = sla(&words(
        "--plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-30T07:30:00Z",
        "2026-11-30T08:30:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(v["target_minutes"], 120);
    assert_eq!(v["coverage"], "business-hours");
    assert_eq!(v["submitted"], "2026-11-27T15:30:00Z");
    assert_eq!(v["region_reason"], "given with --region");
    // No --holidays: the answer says holidays were not taken into account (reading 11).
    assert!(
        s(&v["holidays"], "note").contains("not taken into account"),
        "{}",
        v["holidays"]
    );
}

#[test]
fn apac_is_a_fixed_utc_plus_eight() {
    // ProDirect B (2 h), Friday 27 November 2026 20:00 +08:00: 1 h to 21:00, then Monday
    // 30 November 07:00 +08:00 (Sunday 23:00Z) + 1 h = 08:00 +08:00 = 00:00Z.
    let v = sla(&words(
        "--plan prodirect --sev B --region apac --at 2026-11-27T20:00:00+08:00",
    ));
    assert_due(
        &v,
        "2026-11-30T00:00:00Z",
        "2026-11-30T08:00:00+08:00",
        "apac",
        "Etc/GMT-8",
    );
    // In summer still UTC+8 (no daylight saving): Sunday 5 July 2026 22:59Z is Monday
    // 06:59 +08:00; opens 07:00, + 2 h = 09:00 +08:00 = 01:00Z.
    let v = sla(&words(
        "--plan prodirect --sev B --region apac --at 2026-07-05T22:59:00Z",
    ));
    assert_due(
        &v,
        "2026-07-06T01:00:00Z",
        "2026-07-06T09:00:00+08:00",
        "apac",
        "Etc/GMT-8",
    );
}

#[test]
fn japan_counts_tokyo_hours_and_judges_the_weekday_in_tokyo() {
    // Subscription B (4 h), Friday 27 November 2026 16:00 +09:00: 1 h 30 to 17:30, then
    // Monday 30 November 09:00 + 2 h 30 = 11:30 +09:00 = 02:30Z.
    let v = sla(&words(
        "--plan subscription --sev B --region japan --at 2026-11-27T16:00:00+09:00",
    ));
    assert_due(
        &v,
        "2026-11-30T02:30:00Z",
        "2026-11-30T11:30:00+09:00",
        "japan",
        "Asia/Tokyo",
    );
    // Friday 16:30 +01:00 (15:30Z) is Saturday 00:30 in Tokyo (reading 5: the weekday is
    // judged in the window's zone): closed until Monday 09:00, + 2 h = 11:00 +09:00.
    let v = sla(&words(
        "--plan prodirect --sev B --region japan --at 2026-11-27T16:30:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-30T02:00:00Z",
        "2026-11-30T11:00:00+09:00",
        "japan",
        "Asia/Tokyo",
    );
}

#[test]
fn north_america_counts_pacific_hours() {
    // Subscription C (8 h), Wednesday 25 November 2026 10:00 -08:00: 8 h end exactly at
    // 18:00 -08:00, which is Thursday 02:00Z (due at closing, reading 9).
    let v = sla(&words(
        "--plan subscription --sev C --region north-america --at 2026-11-25T10:00:00-08:00",
    ));
    assert_due(
        &v,
        "2026-11-26T02:00:00Z",
        "2026-11-25T18:00:00-08:00",
        "north-america",
        "America/Los_Angeles",
    );
    assert_eq!(v["target_minutes"], 480);
}

#[test]
fn other_counts_the_customers_own_zone() {
    // ProDirect C (4 h), --tz America/Sao_Paulo (UTC-3, no daylight saving since 2019),
    // Friday 27 November 2026 15:00 -03:00: 2 h to 17:00, then Monday 30 November 09:00 +
    // 2 h = 11:00 -03:00 = 14:00Z.
    let v = answer("--tz America/Sao_Paulo sla --plan prodirect --sev C --region other --at 2026-11-27T15:00:00-03:00");
    assert_due(
        &v,
        "2026-11-30T14:00:00Z",
        "2026-11-30T11:00:00-03:00",
        "other",
        "America/Sao_Paulo",
    );
}

#[test]
fn china_counts_every_day_until_midnight() {
    // 21Vianet B (1 business day = 15 h), Saturday 28 November 2026 20:00 +08:00: 4 h to
    // 24:00 on Saturday (a business day on this desk), then Sunday 09:00 + 11 h = 20:00.
    let v = sla(&words(
        "--plan 21vianet --sev B --at 2026-11-28T20:00:00+08:00",
    ));
    assert_due(
        &v,
        "2026-11-29T12:00:00Z",
        "2026-11-29T20:00:00+08:00",
        "china",
        "Asia/Shanghai",
    );
    assert_eq!(v["target_business_days"], 1);
    assert_eq!(v["target_minutes"], Value::Null);
    assert_eq!(v["counted_minutes"], 900);
    assert_eq!(v["coverage"], "business-hours");
}

#[test]
fn china_due_at_the_24_00_close() {
    // 21Vianet B (15 h) filed Friday 27 November 2026 09:00 +08:00: 09:00-24:00 is exactly
    // 15 h, so it is due at 24:00 that day = Saturday 00:00 +08:00 = Friday 16:00Z, not at
    // Saturday 09:00.
    let v = sla(&words(
        "--plan 21vianet --sev B --at 2026-11-27T09:00:00+08:00",
    ));
    assert_due(
        &v,
        "2026-11-27T16:00:00Z",
        "2026-11-28T00:00:00+08:00",
        "china",
        "Asia/Shanghai",
    );
    // Filed at night, 02:00 +08:00 Saturday: closed until 09:00, + 15 h = 24:00.
    let v = sla(&words(
        "--plan 21vianet --sev B --at 2026-11-28T02:00:00+08:00",
    ));
    assert_due(
        &v,
        "2026-11-28T16:00:00Z",
        "2026-11-29T00:00:00+08:00",
        "china",
        "Asia/Shanghai",
    );
}

#[test]
fn china_three_business_days_ignore_holidays() {
    // 21Vianet C (3 business days = 45 h), Thursday 31 December 2026 10:00 +08:00: 14 h
    // on Thursday, 15 h on 1 January (the desk opens 365 days a year), 15 h on 2 January,
    // 1 h on 3 January from 09:00 → 10:00 +08:00 = 02:00Z.
    let args = [
        "--plan",
        "21vianet",
        "--sev",
        "C",
        "--at",
        "2026-12-31T10:00:00+08:00",
    ];
    let v = sla(&args);
    assert_due(
        &v,
        "2027-01-03T02:00:00Z",
        "2027-01-03T10:00:00+08:00",
        "china",
        "Asia/Shanghai",
    );
    assert_eq!(v["target_business_days"], 3);
    assert_eq!(v["counted_minutes"], 2700);
    // A holiday file naming 1 January changes nothing: the desk is open on holidays.
    let file = holiday_file("newyear.txt", "2027-01-01 New Year\n");
    let mut with = args.to_vec();
    with.extend(["--holidays", &file]);
    let v = sla(&with);
    assert_due(
        &v,
        "2027-01-03T02:00:00Z",
        "2027-01-03T10:00:00+08:00",
        "china",
        "Asia/Shanghai",
    );
    assert_eq!(v["holidays"]["skipped"], serde_json::json!([]));
    // Friday 27 November 2026 23:30 +08:00: 30 min, then 15 h on Saturday and on Sunday
    // (44 h 30 counted), 14 h 30 on Monday from 09:00 → 23:30 +08:00 = 15:30Z.
    let v = sla(&words(
        "--plan 21vianet --sev C --at 2026-11-27T16:30:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-30T15:30:00Z",
        "2026-11-30T23:30:00+08:00",
        "china",
        "Asia/Shanghai",
    );
}

#[test]
fn china_severity_a_is_around_the_clock() {
    // 21Vianet A (1 h, 24*7), Saturday 28 November 2026 03:00 +08:00 → 04:00 +08:00.
    let v = sla(&words(
        "--plan 21vianet --sev A --at 2026-11-28T03:00:00+08:00",
    ));
    assert_due(
        &v,
        "2026-11-27T20:00:00Z",
        "2026-11-28T04:00:00+08:00",
        "china-critical",
        "Asia/Shanghai",
    );
    assert_eq!(v["coverage"], "24x7");
    assert_eq!(v["target_minutes"], 60);
}

#[test]
fn the_plans_own_calendar_wins_over_region() {
    // 21Vianet B counts on the `china` desk even when --region emea is given.
    let v = sla(&words(
        "--plan 21vianet --sev B --region emea --at 2026-11-27T09:00:00+08:00",
    ));
    assert_due(
        &v,
        "2026-11-27T16:00:00Z",
        "2026-11-28T00:00:00+08:00",
        "china",
        "Asia/Shanghai",
    );
}

// ---------------------------------------------------------------------------------------
// Daylight saving weekends: submitted Friday afternoon, due Monday, offset changed
// ---------------------------------------------------------------------------------------

fn prodirect_or_subscription(plan: &str, sev: &str, region: &str, at: &str) -> Value {
    sla(&["--plan", plan, "--sev", sev, "--region", region, "--at", at])
}

#[test]
fn paris_spring_2026() {
    // ProDirect C (4 h), Friday 27 March 2026 16:00 +01:00: 2 h to 18:00; Sunday 29 March
    // clocks go to +02:00; Monday 30 March 08:00 +02:00 (06:00Z) + 2 h = 10:00 +02:00.
    let v = prodirect_or_subscription("prodirect", "C", "emea", "2026-03-27T16:00:00+01:00");
    assert_due(
        &v,
        "2026-03-30T08:00:00Z",
        "2026-03-30T10:00:00+02:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn paris_autumn_2026() {
    // ProDirect C (4 h), Friday 23 October 2026 16:00 +02:00: 2 h to 18:00; Sunday 25
    // October back to +01:00; Monday 26 October 08:00 +01:00 (07:00Z) + 2 h = 10:00.
    let v = prodirect_or_subscription("prodirect", "C", "emea", "2026-10-23T16:00:00+02:00");
    assert_due(
        &v,
        "2026-10-26T09:00:00Z",
        "2026-10-26T10:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn paris_spring_2027() {
    // Subscription C (8 h), Friday 26 March 2027 14:00 +01:00: 4 h to 18:00; Sunday 28
    // March to +02:00; Monday 29 March 08:00 +02:00 (06:00Z) + 4 h = 12:00 +02:00.
    let v = prodirect_or_subscription("subscription", "C", "emea", "2027-03-26T14:00:00+01:00");
    assert_due(
        &v,
        "2027-03-29T10:00:00Z",
        "2027-03-29T12:00:00+02:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn paris_autumn_2027() {
    // Subscription B (4 h), Friday 29 October 2027 17:00 +02:00: 1 h to 18:00; Sunday 31
    // October to +01:00; Monday 1 November 08:00 +01:00 (07:00Z) + 3 h = 11:00 +01:00.
    let v = prodirect_or_subscription("subscription", "B", "emea", "2027-10-29T17:00:00+02:00");
    assert_due(
        &v,
        "2027-11-01T10:00:00Z",
        "2027-11-01T11:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn los_angeles_spring_2026() {
    // ProDirect C (4 h), Friday 6 March 2026 16:00 -08:00: 2 h to 18:00; Sunday 8 March to
    // -07:00; Monday 9 March 06:00 -07:00 (13:00Z) + 2 h = 08:00 -07:00 = 15:00Z.
    let v = prodirect_or_subscription(
        "prodirect",
        "C",
        "north-america",
        "2026-03-06T16:00:00-08:00",
    );
    assert_due(
        &v,
        "2026-03-09T15:00:00Z",
        "2026-03-09T08:00:00-07:00",
        "north-america",
        "America/Los_Angeles",
    );
}

#[test]
fn los_angeles_autumn_2026() {
    // ProDirect C (4 h), Friday 30 October 2026 17:00 -07:00: 1 h to 18:00; Sunday 1
    // November to -08:00; Monday 2 November 06:00 -08:00 (14:00Z) + 3 h = 09:00 -08:00.
    let v = prodirect_or_subscription(
        "prodirect",
        "C",
        "north-america",
        "2026-10-30T17:00:00-07:00",
    );
    assert_due(
        &v,
        "2026-11-02T17:00:00Z",
        "2026-11-02T09:00:00-08:00",
        "north-america",
        "America/Los_Angeles",
    );
}

#[test]
fn los_angeles_spring_2027() {
    // Subscription C (8 h), Friday 12 March 2027 12:00 -08:00: 6 h to 18:00; Sunday 14
    // March to -07:00; Monday 15 March 06:00 -07:00 (13:00Z) + 2 h = 08:00 -07:00.
    let v = prodirect_or_subscription(
        "subscription",
        "C",
        "north-america",
        "2027-03-12T12:00:00-08:00",
    );
    assert_due(
        &v,
        "2027-03-15T15:00:00Z",
        "2027-03-15T08:00:00-07:00",
        "north-america",
        "America/Los_Angeles",
    );
}

#[test]
fn los_angeles_autumn_2027() {
    // Subscription B (4 h), Friday 5 November 2027 15:30 -07:00: 2 h 30 to 18:00; Sunday
    // 7 November to -08:00; Monday 8 November 06:00 -08:00 (14:00Z) + 1 h 30 = 07:30.
    let v = prodirect_or_subscription(
        "subscription",
        "B",
        "north-america",
        "2027-11-05T15:30:00-07:00",
    );
    assert_due(
        &v,
        "2027-11-08T15:30:00Z",
        "2027-11-08T07:30:00-08:00",
        "north-america",
        "America/Los_Angeles",
    );
}

// ---------------------------------------------------------------------------------------
// Closing time, nights, weekends
// ---------------------------------------------------------------------------------------

#[test]
fn a_target_ending_at_closing_time_is_due_at_closing() {
    // Reading 9: 4 h filed at 14:00 EMEA (Wednesday 25 November 2026) → 18:00 that day.
    let v = prodirect_or_subscription("subscription", "B", "emea", "2026-11-25T14:00:00+01:00");
    assert_due(
        &v,
        "2026-11-25T17:00:00Z",
        "2026-11-25T18:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    let v = sla(&words(
        "--minutes 240 --region emea --at 2026-11-25T14:00:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-25T17:00:00Z",
        "2026-11-25T18:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn filed_at_night_or_at_closing_time_starts_at_the_next_opening() {
    // ProDirect B (2 h), Wednesday 25 November 2026 03:00 +01:00: opens 08:00 → 10:00.
    let v = prodirect_or_subscription("prodirect", "B", "emea", "2026-11-25T03:00:00+01:00");
    assert_due(
        &v,
        "2026-11-25T09:00:00Z",
        "2026-11-25T10:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    // Filed at 18:00 exactly (closed, reading 5): Thursday 08:00 + 2 h = 10:00.
    let v = prodirect_or_subscription("prodirect", "B", "emea", "2026-11-25T18:00:00+01:00");
    assert_due(
        &v,
        "2026-11-26T09:00:00Z",
        "2026-11-26T10:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    // Filed at 08:00 exactly (open): 10:00 the same day.
    let v = prodirect_or_subscription("prodirect", "B", "emea", "2026-11-25T08:00:00+01:00");
    assert_due(
        &v,
        "2026-11-25T09:00:00Z",
        "2026-11-25T10:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn filed_on_a_weekend_starts_on_monday() {
    // ProDirect B (2 h), Saturday 28 November 2026 12:00 +01:00 → Monday 08:00 + 2 h.
    let v = prodirect_or_subscription("prodirect", "B", "emea", "2026-11-28T12:00:00+01:00");
    assert_due(
        &v,
        "2026-11-30T09:00:00Z",
        "2026-11-30T10:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    // Power BI Premium A without demonstrated production impact (1 business day on the
    // borrowed calendar's hours), Saturday 10:00 → Monday 18:00. With it, the one hour is
    // counted around the clock as the borrowed document counts severity A (reading 14a).
    let at = [
        "--plan",
        "powerbi-premium",
        "--sev",
        "A",
        "--region",
        "emea",
        "--at",
        "2026-11-28T10:00:00+01:00",
    ];
    let v = sla(&[&at[..], &["--production-impact", "not-demonstrated"]].concat());
    assert_due(
        &v,
        "2026-11-30T17:00:00Z",
        "2026-11-30T18:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(v["coverage"], "unspecified");
    let v = sla(&at);
    assert_due(
        &v,
        "2026-11-28T10:00:00Z",
        "2026-11-28T11:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn business_days_are_ten_hours_on_emea() {
    // Power BI Pro (1 business day = 10 h on EMEA), Thursday 26 November 2026 14:00
    // +01:00: 4 h to 18:00, then Friday 08:00 + 6 h = 14:00 +01:00.
    let v = sla(&words(
        "--plan powerbi-pro --sev A --region emea --at 2026-11-26T14:00:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-27T13:00:00Z",
        "2026-11-27T14:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(v["target_business_days"], 1);
    assert_eq!(v["target_minutes"], Value::Null);
    assert_eq!(v["counted_minutes"], 600);
    // Power BI gives no hours: counted on EMEA's as a labelled cross-reference (reading 14).
    assert_eq!(v["coverage"], "unspecified");
    let label = v["cross_reference"].as_str().unwrap_or_default();
    assert!(
        label.contains("cross-reference") && label.contains("emea") && label.contains("reading 14"),
        "{v}"
    );
    // Friday 27 November 14:00: 4 h on Friday, weekend, Monday 08:00 + 6 h = 14:00.
    let v = sla(&words(
        "--plan powerbi-pro --sev B --region emea --at 2026-11-27T14:00:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-30T13:00:00Z",
        "2026-11-30T14:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

// ---------------------------------------------------------------------------------------
// 24x7 and best effort
// ---------------------------------------------------------------------------------------

#[test]
fn around_the_clock_targets_count_wall_clock_time() {
    // Premier A (1 h, 24/7), Sunday 29 November 2026 03:00 +01:00 → 04:00 +01:00.
    let v = prodirect_or_subscription("premier", "A", "emea", "2026-11-29T03:00:00+01:00");
    assert_due(
        &v,
        "2026-11-29T03:00:00Z",
        "2026-11-29T04:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(v["coverage"], "24x7");
    assert_eq!(v["target_minutes"], 60);
    // Across the change to summer time: Sunday 29 March 2026 01:30 +01:00 (00:30Z) + 1 h
    // = 01:30Z, which is 03:30 +02:00 (the clocks jumped from 02:00 to 03:00).
    let v = prodirect_or_subscription("premier", "A", "emea", "2026-03-29T01:30:00+01:00");
    assert_due(
        &v,
        "2026-03-29T01:30:00Z",
        "2026-03-29T03:30:00+02:00",
        "emea",
        "Europe/Paris",
    );
    // Premier B (2 h, "dag en nacht"), Saturday 28 November 2026 23:00 Tokyo → Sunday 01:00.
    let v = prodirect_or_subscription("premier", "B", "japan", "2026-11-28T23:00:00+09:00");
    assert_due(
        &v,
        "2026-11-28T16:00:00Z",
        "2026-11-29T01:00:00+09:00",
        "japan",
        "Asia/Tokyo",
    );
    assert_eq!(v["coverage"], "24x7");
    // Unified Core standard (8 h, 24/7), Sunday 1 November 2026 00:00 -07:00 (07:00Z):
    // 15:00Z, which is 07:00 -08:00 (the clocks went back an hour at 09:00Z).
    let v = sla(&words(
        "--plan unified-core --sev standard --region north-america --at 2026-11-01T00:00:00-07:00",
    ));
    assert_due(
        &v,
        "2026-11-01T15:00:00Z",
        "2026-11-01T07:00:00-08:00",
        "north-america",
        "America/Los_Angeles",
    );
    // A holiday does not stop a 24/7 target: Premier A on Christmas 10:00 → 11:00.
    let list = holiday_list();
    let v = sla(&[
        "--plan",
        "premier",
        "--sev",
        "A",
        "--region",
        "emea",
        "--holidays",
        &list,
        "--at",
        "2026-12-25T10:00:00+01:00",
    ]);
    assert_due(
        &v,
        "2026-12-25T10:00:00Z",
        "2026-12-25T11:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn best_effort_has_no_due_instant() {
    let v = sla(&words(
        "--plan powerbi-community --sev A --region emea --at 2026-11-27T16:30:00+01:00",
    ));
    assert_eq!(v["coverage"], "best-effort");
    assert_eq!(v["due"], Value::Null);
    assert_eq!(v["due_local"], Value::Null);
    assert_eq!(v["target_minutes"], Value::Null);
    assert_eq!(v["minutes_left"], Value::Null);
    // Nothing is counted, so no calendar is chosen, borrowed or cited (reading 19).
    assert_eq!(v["region"], Value::Null);
    assert_eq!(v["time_zone"], Value::Null);
    // Nor is one needed: no --region, no refusal.
    let v = sla(&words(
        "--plan powerbi-community --sev A --at 2026-11-27T16:30:00+01:00",
    ));
    assert_eq!(v["due"], Value::Null);
}

// ---------------------------------------------------------------------------------------
// Holidays
// ---------------------------------------------------------------------------------------

#[test]
fn a_holiday_on_a_friday_from_a_date_list() {
    // ProDirect B (2 h), Thursday 24 December 2026 17:00 +01:00: 1 h to 18:00; Friday 25
    // (Christmas), Saturday, Sunday closed; Monday 28 December 08:00 + 1 h = 09:00.
    let list = holiday_list();
    let args = [
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        "2026-12-24T17:00:00+01:00",
    ];
    let mut with = args.to_vec();
    with.extend(["--holidays", &list, "--explain"]);
    let v = sla(&with);
    assert_due(
        &v,
        "2026-12-28T08:00:00Z",
        "2026-12-28T09:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(
        v["holidays"]["skipped"],
        serde_json::json!(["2026-12-25 (Christmas)"])
    );
    assert!(
        s(&v["holidays"], "note").contains(&list),
        "{}",
        v["holidays"]
    );
    let skipped = steps(&v, "skipped");
    assert_eq!(skipped.len(), 1, "{:?}", explain(&v));
    let reason = s(skipped[0], "reason");
    assert!(
        reason.contains("holiday 2026-12-25 (Christmas)"),
        "{reason}"
    );
    assert!(reason.contains("Sat 2026-12-26"), "{reason}");
    assert_eq!(counted_sum(&v), 120);
    // Without the file, Friday 25 December counts: 08:00 + 1 h = 09:00 on Friday.
    let v = sla(&args);
    assert_due(
        &v,
        "2026-12-25T08:00:00Z",
        "2026-12-25T09:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn a_holiday_on_a_monday_after_the_change_to_summer_time() {
    // Subscription C (8 h), Friday 26 March 2027 14:00 +01:00: 4 h to 18:00; weekend
    // (clocks to +02:00 on Sunday); Monday 29 March (Easter Monday, in the list) closed;
    // Tuesday 30 March 08:00 +02:00 (06:00Z) + 4 h = 12:00 +02:00.
    let list = holiday_list();
    let v = sla(&[
        "--plan",
        "subscription",
        "--sev",
        "C",
        "--region",
        "emea",
        "--holidays",
        &list,
        "--at",
        "2027-03-26T14:00:00+01:00",
    ]);
    assert_due(
        &v,
        "2027-03-30T10:00:00Z",
        "2027-03-30T12:00:00+02:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(v["holidays"]["skipped"], serde_json::json!(["2027-03-29"]));
}

#[test]
fn a_yearly_ics_holiday_on_a_monday() {
    // ProDirect C (4 h), Friday 24 April 2026 16:00 +02:00: 2 h to 18:00; Saturday,
    // Sunday, Monday 27 April (King's Day, RRULE:FREQ=YEARLY from 2025) closed; Tuesday 28
    // April 08:00 + 2 h = 10:00 +02:00 = 08:00Z.
    let ics = holiday_ics();
    let v = sla(&[
        "--plan",
        "prodirect",
        "--sev",
        "C",
        "--region",
        "emea",
        "--holidays",
        &ics,
        "--at",
        "2026-04-24T16:00:00+02:00",
    ]);
    assert_due(
        &v,
        "2026-04-28T08:00:00Z",
        "2026-04-28T10:00:00+02:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(
        v["holidays"]["skipped"],
        serde_json::json!(["2026-04-27 (King's Day)"])
    );
    // The 2027 occurrence, Tuesday 27 April 2027: 1 h from Monday 26 April 17:30 +02:00 →
    // 30 min on Monday, Tuesday closed, Wednesday 08:00 + 30 min = 08:30 +02:00.
    let v = sla(&[
        "--minutes",
        "60",
        "--region",
        "emea",
        "--holidays",
        &ics,
        "--at",
        "2027-04-26T17:30:00+02:00",
    ]);
    assert_due(
        &v,
        "2027-04-28T06:30:00Z",
        "2027-04-28T08:30:00+02:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn filed_on_a_holiday_from_an_ics_all_day_event() {
    // ProDirect B (2 h), Friday 25 December 2026 10:00 +01:00, with Christmas 25-26
    // December: closed until Monday 28 December 08:00, + 2 h = 10:00 +01:00.
    let ics = holiday_ics();
    let v = sla(&[
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--holidays",
        &ics,
        "--at",
        "2026-12-25T10:00:00+01:00",
    ]);
    assert_due(
        &v,
        "2026-12-28T09:00:00Z",
        "2026-12-28T10:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    // A timed event closes its stretch of time: the meeting on Monday 30 November 2026,
    // 09:00–10:00 UTC (10:00–11:00 +01:00). ProDirect B filed 09:00 +01:00: 1 h to 10:00,
    // closed to 11:00, 1 h more → 12:00 +01:00.
    let v = sla(&[
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--holidays",
        &ics,
        "--at",
        "2026-11-30T09:00:00+01:00",
    ]);
    assert_due(
        &v,
        "2026-11-30T11:00:00Z",
        "2026-11-30T12:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(
        v["holidays"]["skipped"],
        serde_json::json!(["2026-11-30 10:00–11:00 (Meeting)"])
    );
}

#[test]
fn a_holiday_in_north_america() {
    // Subscription B (4 h), Wednesday 25 November 2026 16:00 -08:00: 2 h to 18:00;
    // Thursday 26 November (Thanksgiving, in the list) closed; Friday 27 November 06:00
    // -08:00 (14:00Z) + 2 h = 08:00 -08:00 = 16:00Z.
    let list = holiday_list();
    let v = sla(&[
        "--plan",
        "subscription",
        "--sev",
        "B",
        "--region",
        "north-america",
        "--holidays",
        &list,
        "--at",
        "2026-11-25T16:00:00-08:00",
    ]);
    assert_due(
        &v,
        "2026-11-27T16:00:00Z",
        "2026-11-27T08:00:00-08:00",
        "north-america",
        "America/Los_Angeles",
    );
}

#[test]
fn hours_at_an_instant_on_a_holiday() {
    // Friday 25 December 2026 10:00 +01:00 with Christmas in the file: EMEA closed, next
    // opening Monday 28 December 08:00 +01:00 = 07:00Z.
    let list = holiday_list();
    let v = json(&[
        "hours",
        "--region",
        "emea",
        "--at",
        "2026-12-25T10:00:00+01:00",
        "--holidays",
        &list,
    ]);
    assert_eq!(v["open"], false, "{v}");
    assert_eq!(v["next_change"], "2026-12-28T07:00:00Z", "{v}");
    assert_eq!(v["time_zone"], "Europe/Paris");
    // Without the file it is an ordinary Friday: open, closing at 18:00 = 17:00Z.
    let v = answer("hours --region emea --at 2026-12-25T10:00:00+01:00");
    assert_eq!(v["open"], true, "{v}");
    assert_eq!(v["next_change"], "2026-12-25T17:00:00Z", "{v}");
}

// ---------------------------------------------------------------------------------------
// Region inferred from --tz
// ---------------------------------------------------------------------------------------

#[test]
fn region_inferred_from_the_customers_zone() {
    // ProDirect B, Friday 27 November 2026 16:30 +01:00 (15:30Z).
    let at = "2026-11-27T16:30:00+01:00";
    // Europe/Amsterdam → emea: 1 h 30 on Friday, Monday 08:00 + 30 min = 08:30 +01:00.
    let v = json(&[
        "--tz",
        "Europe/Amsterdam",
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        at,
    ]);
    assert_due(
        &v,
        "2026-11-30T07:30:00Z",
        "2026-11-30T08:30:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert!(
        s(&v, "region_reason").contains("Europe/Amsterdam"),
        "{}",
        v["region_reason"]
    );
    // Asia/Tokyo → japan: Saturday 00:30 Tokyo, Monday 09:00 + 2 h = 11:00 +09:00.
    let v = json(&[
        "--tz",
        "Asia/Tokyo",
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        at,
    ]);
    assert_due(
        &v,
        "2026-11-30T02:00:00Z",
        "2026-11-30T11:00:00+09:00",
        "japan",
        "Asia/Tokyo",
    );
    assert!(
        s(&v, "region_reason").contains("Asia/Tokyo"),
        "{}",
        v["region_reason"]
    );
    // America/Sao_Paulo → other in that zone: Friday 12:30 -03:00 + 2 h = 14:30 -03:00.
    let v = json(&[
        "--tz",
        "America/Sao_Paulo",
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        at,
    ]);
    assert_due(
        &v,
        "2026-11-27T17:30:00Z",
        "2026-11-27T14:30:00-03:00",
        "other",
        "America/Sao_Paulo",
    );
    assert!(
        s(&v, "region_reason").contains("America/Sao_Paulo"),
        "{}",
        v["region_reason"]
    );
}

// ---------------------------------------------------------------------------------------
// --explain
// ---------------------------------------------------------------------------------------

fn explained_paris_spring() -> Value {
    // See `paris_spring_2026`: counted Friday 15:00Z-17:00Z (120), skipped the weekend,
    // clocks change Sunday 29 March 01:00Z, counted Monday 06:00Z-08:00Z (120).
    sla(&words(
        "--plan prodirect --sev C --region emea --at 2026-03-27T16:00:00+01:00 --explain",
    ))
}

#[test]
fn explain_steps_add_up_and_skip_the_weekend() {
    let v = explained_paris_spring();
    assert_eq!(s(&v, "due"), "2026-03-30T08:00:00Z");
    let all = explain(&v);
    assert_eq!(all.first().map(|s| &s["step"]), Some(&"submitted".into()));
    assert_eq!(all[0]["open"], true);
    assert_eq!(all.last().map(|s| &s["step"]), Some(&"due".into()));
    assert_eq!(
        all.last().map(|s| &s["at"]),
        Some(&"2026-03-30T08:00:00Z".into())
    );
    assert_eq!(counted_sum(&v), 240);
    let counted = steps(&v, "counted");
    assert_eq!(
        counted
            .iter()
            .map(|c| (
                s(c, "from"),
                s(c, "to"),
                c["seconds"].as_i64().map(|s| s / 60),
                c["left_seconds"].as_i64().map(|s| s / 60)
            ))
            .collect::<Vec<_>>(),
        vec![
            (
                "2026-03-27T15:00:00Z",
                "2026-03-27T17:00:00Z",
                Some(120),
                Some(120)
            ),
            (
                "2026-03-30T06:00:00Z",
                "2026-03-30T08:00:00Z",
                Some(120),
                Some(0)
            ),
        ]
    );
    let skipped = steps(&v, "skipped");
    assert_eq!(skipped.len(), 1);
    assert_eq!(
        (s(skipped[0], "from"), s(skipped[0], "to")),
        ("2026-03-27T17:00:00Z", "2026-03-30T06:00:00Z")
    );
    let reason = s(skipped[0], "reason");
    assert!(
        reason.contains("Sat 2026-03-28") && reason.contains("Sun 2026-03-29"),
        "{reason}"
    );
    let changes = steps(&v, "offset-change");
    assert_eq!(changes.len(), 1, "{all:?}");
    assert_eq!(
        (s(changes[0], "from"), s(changes[0], "to")),
        ("+01:00", "+02:00")
    );
}

#[test]
fn explain_offset_change_is_at_the_instant_of_the_change() {
    // Paris went from +01:00 to +02:00 at 2026-03-29T01:00:00Z exactly.
    let v = explained_paris_spring();
    let changes = steps(&v, "offset-change");
    assert_eq!(changes.len(), 1, "{:?}", explain(&v));
    assert_eq!(s(changes[0], "at"), "2026-03-29T01:00:00Z");
}

#[test]
fn explain_in_los_angeles_across_the_change_to_summer_time() {
    // See `los_angeles_spring_2026`: 120 + 120 minutes; clocks -08:00 → -07:00.
    let v = sla(&words(
        "--plan prodirect --sev C --region north-america --at 2026-03-06T16:00:00-08:00 --explain",
    ));
    assert_eq!(counted_sum(&v), 240);
    let changes = steps(&v, "offset-change");
    assert_eq!(changes.len(), 1, "{:?}", explain(&v));
    assert_eq!(
        (s(changes[0], "from"), s(changes[0], "to")),
        ("-08:00", "-07:00")
    );
    assert!(
        s(changes[0], "at").starts_with("2026-03-08T10:00:00"),
        "{}",
        changes[0]
    );
    let reason = s(steps(&v, "skipped")[0], "reason");
    assert!(reason.contains("Sat 2026-03-07"), "{reason}");
}

#[test]
fn explain_business_days_on_china() {
    // See `china_three_business_days_ignore_holidays`: 840 + 900 + 900 + 60 = 2700.
    let v = sla(&words(
        "--plan 21vianet --sev C --at 2026-12-31T10:00:00+08:00 --explain",
    ));
    assert_eq!(counted_sum(&v), 2700);
    let minutes: Vec<_> = steps(&v, "counted")
        .iter()
        .map(|c| c["seconds"].as_i64().expect("seconds") / 60)
        .collect();
    assert_eq!(minutes, vec![840, 900, 900, 60]);
    // Closed only at night: 24:00-09:00, no closed days.
    for skipped in steps(&v, "skipped") {
        assert_eq!(s(skipped, "reason"), "outside business hours", "{skipped}");
    }
    assert!(steps(&v, "offset-change").is_empty());
}

#[test]
fn explain_needs_at() {
    let err = refused("sla --plan prodirect --sev B --explain");
    assert!(err.contains("--at"), "{err}");
}

// ---------------------------------------------------------------------------------------
// --minutes, --now
// ---------------------------------------------------------------------------------------

#[test]
fn own_target_in_minutes() {
    // 90 business minutes on EMEA from Friday 27 November 2026 16:30 +01:00: exactly to
    // the 18:00 close.
    let v = sla(&words(
        "--minutes 90 --region emea --at 2026-11-27T16:30:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-27T17:00:00Z",
        "2026-11-27T18:00:00+01:00",
        "emea",
        "Europe/Paris",
    );
    assert_eq!(v["target_minutes"], 90);
    assert_eq!(v["coverage"], "business-hours");
    assert_eq!(v["plan"], Value::Null);
    // 91 minutes: one more on Monday from 08:00.
    let v = sla(&words(
        "--minutes 91 --region emea --at 2026-11-27T16:30:00+01:00",
    ));
    assert_due(
        &v,
        "2026-11-30T07:01:00Z",
        "2026-11-30T08:01:00+01:00",
        "emea",
        "Europe/Paris",
    );
}

#[test]
fn minutes_left_before_and_after_due() {
    // Due 2026-11-30T07:30:00Z (see `emea_counts_paris_business_hours`).
    let args = |now: &'static str| {
        vec![
            "--now",
            now,
            "sla",
            "--plan",
            "prodirect",
            "--sev",
            "B",
            "--region",
            "emea",
            "--at",
            "2026-11-27T16:30:00+01:00",
        ]
    };
    let v = json(&args("2026-11-30T07:00:00Z"));
    assert_eq!(v["minutes_left"], 30, "{}", compact(&v));
    let v = json(&args("2026-11-30T09:00:00Z"));
    assert_eq!(v["minutes_left"], -90, "{}", compact(&v));
    let v = json(&args("2026-11-30T07:30:00Z"));
    assert_eq!(v["minutes_left"], 0, "{}", compact(&v));
}

// ---------------------------------------------------------------------------------------
// Errors: exit 2, one line on stderr, nothing on stdout
// ---------------------------------------------------------------------------------------

const AT: &str = "2026-11-27T16:30:00+01:00";

#[test]
fn region_other_needs_tz() {
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "other",
        "--at",
        AT,
    ]);
    assert!(err.contains("--tz"), "{err}");
}

#[test]
fn unknown_region() {
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emae",
        "--at",
        AT,
    ]);
    assert!(err.contains("emae"), "{err}");
    assert!(err.contains("`emea`"), "{err}");
}

#[test]
fn holiday_file_that_does_not_exist() {
    let dir = temp_dir("missing");
    let path = dir.join("no-such-holidays.txt");
    let path = path.to_str().expect("UTF-8");
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        AT,
        "--holidays",
        path,
    ]);
    assert!(err.contains(path), "{err}");
}

#[test]
fn holiday_file_that_is_a_directory() {
    let dir = temp_dir("a-directory");
    let path = dir.to_str().expect("UTF-8");
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        AT,
        "--holidays",
        path,
    ]);
    assert!(err.contains(path), "{err}");
    assert!(err.contains("directory"), "{err}");
}

#[test]
fn holiday_file_with_a_bad_date() {
    let path = holiday_file("bad.txt", "# list\n2026-12-25\n2026-02-30 no such day\n");
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        AT,
        "--holidays",
        &path,
    ]);
    assert!(err.contains(&path), "{err}");
    assert!(err.contains("line 3"), "{err}");
    assert!(err.contains("2026-02-30"), "{err}");
    // In an iCalendar file a bad date loses that event only, and the answer says which
    // (its BEGIN:VEVENT is on line 3) and why.
    let path = holiday_file(
        "bad.ics",
        "BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261332\nEND:VEVENT\nEND:VCALENDAR\n",
    );
    let v = sla(&[
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        AT,
        "--holidays",
        &path,
    ]);
    assert_eq!(v["holidays"]["ignored"][0]["line"], 3, "{v}");
    let reason = s(&v["holidays"]["ignored"][0], "reason");
    assert!(
        reason.contains("DTSTART `20261332` is not a date"),
        "{reason}"
    );
    assert!(s(&v["holidays"], "note").contains("line 3"), "{v}");
}

// ---------------------------------------------------------------------------------------
// The system's zone (TZ) without --tz
// ---------------------------------------------------------------------------------------

#[test]
fn the_system_zone_picks_a_listed_region_but_never_stands_for_a_customers_local_zone() {
    let args = [
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        "2026-11-27T16:30:00+01:00",
        "--json",
    ];
    // TZ=Europe/Paris: a zone emea lists, so emea counts (2 h from Friday 16:30 Paris:
    // 1 h 30 min on Friday, 30 min from Monday 08:00 → Monday 08:30 +01:00).
    let out = cmd(&args)
        .env("TZ", "Europe/Paris")
        .output()
        .expect("binary runs");
    assert_eq!(out.status.code(), Some(0));
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["region"], "emea");
    assert_eq!(v["due"], "2026-11-30T07:30:00Z");
    let reason = v["region_reason"].as_str().expect("reason");
    assert!(reason.contains("system's zone Europe/Paris"), "{reason}");

    // TZ=America/Sao_Paulo: no region lists it; the customer's local hours would need the
    // customer's zone, which is never guessed from the system's (reading 4).
    let out = cmd(&args)
        .env("TZ", "America/Sao_Paulo")
        .output()
        .expect("binary runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("--region") && err.contains("--tz"), "{err}");
}

#[test]
fn targets_longer_than_a_year_are_refused() {
    let err = refused("sla --minutes 525601 --region emea --at 2026-11-27T16:30:00+01:00");
    assert!(err.contains("1..=525600"), "{err}");
    let (code, lines, _) = batch(
        &[],
        br#"{"id":1,"target_minutes":4294967295,"region":"emea","submitted":"2026-11-27T16:30:00+01:00"}"#,
    );
    assert_eq!(code, 1);
    assert_eq!(lines[0]["line"], 1);
    assert!(
        s(&lines[0], "error").contains("from 1 to 525600"),
        "{}",
        lines[0]
    );
}
