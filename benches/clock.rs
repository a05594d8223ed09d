//! Benchmarks of the SLA clock (`cargo bench`): loading the built-in rules, the bare due
#![allow(unused)]
//! computation over generated tickets, and batch mode end to end in memory.
//!
//! The crate is a binary, so the modules the clock needs are compiled in here from `src/`
//! (the same files, the same `crate::` paths). The end-to-end figure for the real binary,
//! with pipes and peak memory, comes from `benches/batch.sh`.

#![allow(dead_code)]

#[path = "../src/answer/mod.rs"]
mod answer;
#[path = "../src/batch.rs"]
mod batch;
#[path = "../src/builtin_rules.rs"]
mod builtin_rules;
#[path = "../src/calendar.rs"]
mod calendar;
#[path = "../src/cli.rs"]
mod cli;
#[path = "../src/due.rs"]
mod due;
#[path = "../src/holidays.rs"]
mod holidays;
#[path = "../src/ids.rs"]
mod ids;
#[path = "../src/region_choice.rs"]
mod region_choice;
#[path = "../src/rules/mod.rs"]
mod rules;
#[path = "../src/style.rs"]
mod style;
#[path = "../src/time.rs"]
mod time;

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
    bare_computation(&rules);
    batch_in_memory(&rules);
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

/// `due::due` alone, over every calendar and every kind of target.
fn bare_computation(rules: &RuleSet) {
    let calendars: Vec<Calendar> = rules
        .regions
        .iter()
        .map(|r| {
            let zone = r
                .zone
                .get_ref()
                .parse()
                .unwrap_or(chrono_tz::America::Sao_Paulo);
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
fn batch_in_memory(rules: &RuleSet) {
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
    let whereabouts = region_choice::Whereabouts {
        region: None,
        customer_zone: None,
        default_zone: chrono_tz::Tz::UTC,
    };
    let mut batch = batch::Batch::new(rules, None, whereabouts);
    let start = Instant::now();
    let summary = batch
        .run(input.as_slice(), std::io::sink())
        .unwrap_or_else(|e| panic!("{e}"));
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
