//! Benchmarks of the library in memory (`cargo bench`): loading the built-in rules, the bare due
//! computation over generated tickets, batch mode end to end in memory, and reading
//! holiday files (a 2 MB file, and yearly events from year 1).
//!
//! They use the library the binary runs. The end-to-end figure for the real binary, with
//! pipes and peak memory, comes from `benches/batch.sh`.

use support_advisor::clock::{calendar, due};
use support_advisor::{batch, builtin_rules, holidays, rules};

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeDelta, TimeZone, Utc};

use calendar::Calendar;
use due::Counting;
use rules::RuleSet;

const TICKETS: usize = 1_000_000;

fn main() {
    // `cargo bench` passes `--bench`; a name filter is not supported.
    let rules = builtin_rules::load().unwrap_or_else(|e| panic!("{e:#}"));
    rules_load();
    rules_check_scaling();
    bare_computation(&rules);
    batch_in_memory();
    holiday_files(&rules);
}

/// Reading a holiday file and answering a due instant over it, from the bytes: a 2 MB
/// file of dated and recurring events, and 10 kB of yearly 365-day events from year 1.
fn holiday_files(rules: &RuleSet) {
    let emea: &rules::model::Region = rules.find("emea").unwrap_or_else(|e| panic!("{e}"));
    let submitted = Utc
        .with_ymd_and_hms(2026, 12, 23, 15, 0, 0)
        .single()
        .unwrap_or_default();
    let cases = [
        ("2 MB of dated and recurring events", big_file()),
        (
            "10 kB of yearly 365-day events from year 1",
            year_one_file(),
        ),
        (
            "4,000 events whose rules never occur (30 February, 31 April, …)",
            never_file(),
        ),
    ];
    for (what, bytes) in cases {
        let runs = 5;
        let start = Instant::now();
        for _ in 0..runs {
            let file = holidays::HolidayFile::parse("bench.ics", &bytes, &[])
                .unwrap_or_else(|e| panic!("{e:#}"));
            let calendar = Calendar::of_region(emea, chrono_tz::Europe::Paris)
                .with_holiday_files([std::sync::Arc::new(file)]);
            black_box(due::due(&calendar, Counting::OpenTime, submitted, 600));
        }
        let each = (start.elapsed() / runs).as_secs_f64() * 1e3;
        println!(
            "holiday file, {what} ({} bytes): read and a due instant counted over it in {each:.1} ms",
            bytes.len()
        );
    }
}

/// About 2 MB: a dated all-day event for every day of 1990-2040 that is a weekday
/// divisible by 7 in its ordinal, yearly rules, and timed closures.
fn big_file() -> Vec<u8> {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n");
    let mut uid = 0;
    let mut day = chrono::NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default();
    while text.len() < 2_000_000 {
        uid += 1;
        let event = match uid % 4 {
            0 => format!(
                "DTSTART;VALUE=DATE:{}\r\nRRULE:FREQ=YEARLY;BYMONTH={};BYDAY={}MO\r\n",
                day.format("%Y%m%d"),
                uid % 12 + 1,
                uid % 4 + 1
            ),
            1 => format!(
                "DTSTART;TZID=Europe/Amsterdam:{}T120000\r\nDTEND;TZID=Europe/Amsterdam:{}T130000\r\n",
                day.format("%Y%m%d"),
                day.format("%Y%m%d")
            ),
            _ => format!(
                "DTSTART;VALUE=DATE:{}\r\nDTEND;VALUE=DATE:{}\r\n",
                day.format("%Y%m%d"),
                day.succ_opt().unwrap_or(day).format("%Y%m%d")
            ),
        };
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}@bench\r\nSUMMARY:Closure {uid}\r\n{event}CATEGORIES:Holidays\r\nEND:VEVENT\r\n"
        ));
        day += TimeDelta::days(3);
    }
    text.push_str("END:VCALENDAR\r\n");
    text.into_bytes()
}

/// 4,000 events whose rules can never occur, in several forms (issue 23: 28 s before
/// they were recognised from their text).
fn never_file() -> Vec<u8> {
    let rules = [
        "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
        "FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31",
        "FREQ=MONTHLY;BYMONTH=2,4,6,9,11;BYMONTHDAY=31",
    ];
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    for uid in 0..4_000 {
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:{}\r\nEND:VEVENT\r\n",
            rules[uid % rules.len()]
        ));
    }
    text.push_str("BEGIN:VEVENT\r\nUID:real\r\nDTSTART;VALUE=DATE:20261225\r\nEND:VEVENT\r\n");
    text.push_str("END:VCALENDAR\r\n");
    text.into_bytes()
}

/// About 10 kB of yearly events lasting 365 days, each starting in year 1.
fn year_one_file() -> Vec<u8> {
    let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
    let mut uid = 0;
    while text.len() < 10_000 {
        uid += 1;
        text.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTART;VALUE=DATE:0001{:02}{:02}\r\nDURATION:P365D\r\n\
             RRULE:FREQ=YEARLY;BYMONTH={};BYDAY=1MO\r\nEND:VEVENT\r\n",
            uid % 12 + 1,
            uid % 28 + 1,
            uid % 12 + 1
        ));
    }
    text.push_str("END:VCALENDAR\r\n");
    text.into_bytes()
}

/// Loading the built-in rules as each query does once (the snapshot), and for comparison
/// parsing and checking their TOML, as `rules check` and `--rules DIR` do.
fn rules_load() {
    let runs = 200;
    let start = Instant::now();
    for _ in 0..runs {
        black_box(builtin_rules::load().unwrap_or_else(|e| panic!("{e:#}")));
    }
    let each = (start.elapsed() / runs).as_secs_f64() * 1e3;
    println!("rules load, snapshot (as a query loads them): {each:.3} ms");
    let texts = RuleSet::builtin_texts();
    let start = Instant::now();
    for _ in 0..runs {
        black_box(RuleSet::from_texts(&texts).unwrap_or_else(|e| panic!("{e}")));
    }
    let each = (start.elapsed() / runs).as_secs_f64() * 1e3;
    println!("rules load, TOML parsed and checked (rules check, --rules DIR): {each:.3} ms");
}

/// `rules check` of a user's file of N plans, N severities with an alias each and N
/// targets over the built-in rules, for two N: the time grows as N does, not as its square
/// (issue 23: 20,000 plans took 25 s).
fn rules_check_scaling() {
    for n in [5_000, 20_000] {
        let texts: Vec<rules::RuleText> = RuleSet::builtin_texts()
            .into_iter()
            .chain([rules::RuleText {
                name: "many.toml".into(),
                text: many_rules(n),
                user: true,
            }])
            .collect();
        let start = Instant::now();
        let problems = RuleSet::check_texts(&texts);
        let each = start.elapsed().as_secs_f64() * 1e3;
        assert!(!problems.has_errors(), "{}", problems.render(&texts));
        println!("rules check, {n} plans, severities and targets in one file: {each:.0} ms");
    }
}

/// `n` plans, severities (each with an alias) and targets pairing them, as TOML.
fn many_rules(n: usize) -> String {
    let source = "source = [{ doc = \"power-platform\", section = \"Kan een ondersteuningsincident worden heropend?\" }]";
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "[[plan]]\nid = \"p{i}\"\nname = \"P{i}\"\nincludes = []\n{source}\n\n\
             [[severity]]\nid = \"s{i}\"\nname = \"S{i}\"\naliases = [\"sev{i}\"]\nimpact = \"i\"\nsituation = \"s\"\n{source}\n\n\
             [[target]]\nplan = \"p{i}\"\nseverity = \"s{i}\"\nminutes = 60\ncoverage = \"24x7\"\nas-written = \"x\"\n{source}\n\n"
        ));
    }
    text
}

/// `due::due` alone, over every calendar and every kind of target.
fn bare_computation(rules: &RuleSet) {
    let calendars: Vec<Calendar> = rules
        .regions()
        .iter()
        .map(|r| {
            let zone = match r.zone {
                rules::model::RegionZone::Iana(zone) => zone,
                rules::model::RegionZone::Local => chrono_tz::America::Sao_Paulo,
            };
            Calendar::of_region(r, zone)
        })
        .collect();
    let targets = [
        (30, Counting::OpenTime),
        (120, Counting::OpenTime),
        (600, Counting::OpenTime),
        (2700, Counting::OpenTime),
        (60, Counting::WallClock),
    ];
    let tickets = generate(TICKETS);
    let start = Instant::now();
    let mut checksum = 0i64;
    for (i, submitted) in tickets.iter().enumerate() {
        let calendar = &calendars[i % calendars.len()];
        let (minutes, counting) = targets[i % targets.len()];
        if let Some(due) = due::due(calendar, counting, *submitted, minutes) {
            checksum = checksum.wrapping_add(due.timestamp());
        }
    }
    report("bare computation", TICKETS, start.elapsed());
    black_box(checksum);
}

/// The batch reader and writer end to end, JSON Lines in and out, in memory.
fn batch_in_memory() {
    let plans = [
        ("prodirect", "B"),
        ("premier", "A"),
        ("subscription", "C"),
        ("unified-core", "critical"),
        ("powerbi-pro", "A"),
        ("21vianet", "C"),
        ("powerbi-community", "B"),
    ];
    let regions = ["apac", "japan", "emea", "north-america"];
    let mut input = Vec::with_capacity(TICKETS * 110);
    for (i, submitted) in generate(TICKETS).iter().enumerate() {
        let submitted = submitted.to_rfc3339();
        let region = regions[i % regions.len()];
        let line = if i % 5 == 0 {
            format!(
                r#"{{"id":{i},"target_minutes":{},"region":"{region}","submitted":"{submitted}"}}"#,
                30 + i % 600
            )
        } else {
            let (plan, severity) = plans[i % plans.len()];
            format!(
                r#"{{"id":{i},"plan":"{plan}","severity":"{severity}","submitted":"{submitted}","region":"{region}"}}"#
            )
        };
        input.extend_from_slice(line.as_bytes());
        input.push(b'\n');
    }
    let no_holidays = holidays::Catalog::default();
    let options = batch::Options {
        format: batch::Format::JsonLines,
        jobs: 1,
        first_line: 1,
        defaults: batch::Defaults {
            region: None,
            customer_zone: None,
            default_zone: chrono_tz::Tz::UTC,
            input_zone: None,
            time_format: None,
            severities: None,
            plan: None,
        },
        delimiter: None,
        profile: None,
        as_of: None,
    };
    // The built-in rules: one version of each document.
    let versions = support_advisor::rules::Versions::single(
        builtin_rules::load().unwrap_or_else(|e| panic!("{e:#}")),
    );
    let start = Instant::now();
    let summary = batch::run(
        &versions,
        &no_holidays,
        &options,
        input.as_slice(),
        std::io::sink(),
    )
    .unwrap_or_else(|e| panic!("{e:?}"));
    report(
        "batch in memory (JSON Lines in and out)",
        TICKETS,
        start.elapsed(),
    );
    assert_eq!(summary.failed, 0, "every generated ticket is valid");
}

/// Submission instants spread over 2026-2027, every minute of the day and week.
fn generate(n: usize) -> Vec<DateTime<Utc>> {
    let start = Utc
        .with_ymd_and_hms(2026, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or_default();
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..n)
        .map(|_| {
            // xorshift: reproducible without a dependency.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            start + TimeDelta::minutes((state % (2 * 365 * 24 * 60)) as i64)
        })
        .collect()
}

fn report(what: &str, n: usize, elapsed: Duration) {
    let per_second = n as f64 / elapsed.as_secs_f64();
    println!(
        "{what}: {n} tickets in {:.3} s = {:.0} tickets/s",
        elapsed.as_secs_f64(),
        per_second
    );
}
