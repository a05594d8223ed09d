//! Issue 12: the everyday commands at the terminal — times in the user's zone, `--at now`,
//! a 24/7 target with no calendar.

use crate::common::{json, run, s, usage_error};

/// `--tz` shows every instant in the user's zone too: `due_tz` and `next_change_tz` carry
/// its offset; the tables show the same instant there.
#[test]
fn times_are_shown_in_the_users_zone() {
    // Fri 27 Nov 2026 16:30 Paris: 1 h 30 min to 18:00, 30 min Monday: due Mon 08:30 CET.
    let args = [
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        "2026-11-27T16:30:00+01:00",
        "--region",
        "emea",
        "--tz",
        "America/New_York",
    ];
    let v = json(&args);
    assert_eq!(s(&v, "due"), "2026-11-30T07:30:00Z");
    assert_eq!(s(&v, "due_local"), "2026-11-30T08:30:00+01:00");
    assert_eq!(s(&v, "due_tz"), "2026-11-30T02:30:00-05:00");
    let (code, table, _) = run(&args);
    assert_eq!(code, 0);
    assert!(table.contains("Mon 30 Nov 2026 08:30 +01:00"), "{table}");
    assert!(table.contains("= 02:30 -05:00 America/New_York"), "{table}");
    assert!(table.contains("= 10:30 -05:00 America/New_York"), "{table}");

    let mut explain = args.to_vec();
    explain.push("--explain");
    let (_, table, _) = run(&explain);
    assert!(
        table.contains("Fri 27 Nov 2026 18:00 +01:00 (= 12:00 -05:00)"),
        "{table}"
    );

    // Without --tz, the system's zone (TZ=UTC in the tests) is the user's: chrono writes
    // a zero offset as `Z`.
    let v = json(&args[..args.len() - 2]);
    assert_eq!(s(&v, "due_tz"), "2026-11-30T07:30:00Z");

    // hours --at: the next change in the user's zone, across a date line.
    let v = json(&[
        "hours",
        "--region",
        "emea",
        "--at",
        "2026-11-27T16:30:00+01:00",
        "--tz",
        "Pacific/Auckland",
    ]);
    assert_eq!(s(&v, "next_change"), "2026-11-27T17:00:00Z");
    assert_eq!(s(&v, "next_change_tz"), "2026-11-28T06:00:00+13:00");
    let (_, table, _) = run(&[
        "hours",
        "--region",
        "emea",
        "--at",
        "2026-11-27T16:30:00+01:00",
        "--tz",
        "Pacific/Auckland",
    ]);
    assert!(table.contains("06:00 +13:00"), "{table}");
}

/// The same offset in the user's zone is not repeated.
#[test]
fn the_same_offset_is_not_shown_twice() {
    let (_, table, _) = run(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        "2026-11-27T16:30:00+01:00",
        "--region",
        "emea",
        "--tz",
        "Europe/Amsterdam",
    ]);
    assert!(!table.contains("= "), "{table}");
}

/// `--at now` means `--now` (or the system clock), for `sla` and `hours`.
#[test]
fn at_now_means_now() {
    let now = "2026-11-27T16:30:00+01:00";
    let v = json(&["hours", "--region", "emea", "--at", "now", "--now", now]);
    assert_eq!(v["open"], true);
    assert_eq!(s(&v, "next_change"), "2026-11-27T17:00:00Z");
    let v = json(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        "NOW",
        "--now",
        now,
    ]);
    assert_eq!(s(&v, "submitted"), "2026-11-27T15:30:00Z");
    assert_eq!(s(&v, "due"), "2026-11-30T07:30:00Z");
    assert_eq!(v["minutes_left"], 3 * 24 * 60 - 8 * 60);
    // Without --now: the system clock (some instant, open or closed, always answered).
    let v = json(&["hours", "--region", "emea", "--at", "now"]);
    assert!(v["open"].is_boolean());
    let err = usage_error(&["hours", "--region", "emea", "--at", "nu"]);
    assert!(
        err.contains("expected `now` or an RFC 3339 instant"),
        "{err}"
    );
}

/// A 24/7 target needs no region: the due instant is the target after T, shown in the
/// offset T was written in when no region or zone is known (TZ=UTC is in no region's list).
#[test]
fn a_24x7_target_needs_no_calendar() {
    let v = json(&[
        "sla",
        "--plan",
        "premier",
        "--sev",
        "A",
        "--at",
        "2026-12-01T10:00:00+05:30",
    ]);
    assert_eq!(s(&v, "coverage"), "24x7");
    assert_eq!(s(&v, "due"), "2026-12-01T05:30:00Z");
    assert_eq!(s(&v, "due_local"), "2026-12-01T11:00:00+05:30");
    assert_eq!(s(&v, "due_tz"), "2026-12-01T05:30:00Z");
    assert!(v["region"].is_null() && v["time_zone"].is_null(), "{v}");
    // A business-hours target still needs the region.
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        "2026-12-01T10:00:00+05:30",
    ]);
    assert!(err.contains("cannot tell the customer's region"), "{err}");
    // An unknown region is still an error, 24/7 or not.
    let err = usage_error(&[
        "sla", "--plan", "premier", "--sev", "A", "--at", "now", "--region", "emae",
    ]);
    assert!(err.contains("did you mean `emea`?"), "{err}");

    // The same for batch lines.
    let out = crate::common::cmd(&["sla", "--batch"])
        .write_stdin(
            "{\"id\":1,\"plan\":\"premier\",\"severity\":\"A\",\"submitted\":\"2026-12-01T10:00:00+05:30\"}\n",
        )
        .output()
        .expect("runs");
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    assert_eq!(out.status.code(), Some(0), "{line}");
    assert_eq!(s(&line, "due"), "2026-12-01T05:30:00Z");
    assert_eq!(s(&line, "due_local"), "2026-12-01T11:00:00+05:30");
}
