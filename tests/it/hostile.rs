//! Hostile input: each class gets one clear line on stderr, exit 2 and empty stdout.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::common::{cmd, temp_dir, usage_error};

#[test]
fn unknown_empty_and_very_long_ids() {
    assert!(usage_error(&["sla", "--plan", "nope", "--sev", "B"]).contains("unknown plan `nope`"));
    assert!(usage_error(&["sla", "--plan", "", "--sev", "B"]).contains("empty plan"));
    assert!(usage_error(&["where", "--product", "  "]).contains("empty product"));
    let long = "x".repeat(100_000);
    let err = usage_error(&["sla", "--plan", &long, "--sev", "B"]);
    assert!(
        err.starts_with("support-advisor: error: unknown plan"),
        "{}",
        &err[..80]
    );
}

#[test]
fn invalid_utf8_arguments() {
    let out = cmd(&["sla", "--sev", "B"])
        .arg("--plan")
        .arg(OsStr::from_bytes(b"pro\xffdirect"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("UTF-8"), "{err}");
}

#[test]
fn times_dates_and_years_out_of_reach() {
    let at = |t: &str| {
        usage_error(&[
            "sla", "--plan", "premier", "--sev", "A", "--region", "emea", "--at", t,
        ])
    };
    assert!(at("2026-11-27T16:30:00").contains("with an offset"));
    assert!(
        at("2026-03-29T02:30").contains("invalid value '2026-03-29T02:30' for '--at <RFC3339>'")
    );
    assert!(at("yesterday").contains("for '--at <RFC3339>': expected `now` or an RFC 3339 instant"));
    assert!(at("9999-12-31T23:59:59Z").contains("years 1900 to 9000"));
    assert!(at("1899-12-31T23:59:59Z").contains("years 1900 to 9000"));
    assert!(usage_error(&["can-reopen", "--closed", "2026-02-30"]).contains("no such day"));
    assert!(usage_error(&["can-reopen", "--closed", "9999-01-01"]).contains("years 1900 to 9000"));
    assert!(usage_error(&["--now", "soon", "plans"]).contains("invalid --now"));
    assert!(usage_error(&["--tz", "Mars/Olympus", "plans"]).contains("unknown time zone"));
}

#[test]
fn rules_and_holiday_files_that_cannot_be_used() {
    let empty = temp_dir("empty");
    let path = empty.to_str().expect("UTF-8");
    assert!(usage_error(&["--rules", path, "plans"]).contains("holds no `*.toml` rule files"));
    assert!(usage_error(&["--rules", "/nonexistent/rules", "plans"])
        .contains("cannot read rules directory"));
    let holidays = |file: &str| {
        usage_error(&[
            "sla",
            "--plan",
            "prodirect",
            "--sev",
            "B",
            "--region",
            "emea",
            "--at",
            "2026-11-27T16:30:00+01:00",
            "--holidays",
            file,
        ])
    };
    assert!(holidays(path).contains("is a directory"));
    assert!(holidays("/nonexistent/holidays.ics").contains("cannot read holiday file"));
    let bad = empty.join("bad.txt");
    std::fs::write(&bad, "2026-12-25\nnot a date\n").expect("write");
    let err = holidays(bad.to_str().expect("UTF-8"));
    assert!(err.contains("line 2"), "{err}");

    // Rules with a huge number are refused at their place.
    let huge = temp_dir("huge");
    std::fs::write(
        huge.join("huge.toml"),
        "[[target]]\nplan = \"prodirect\"\nseverity = \"B\"\nproduct = \"power-platform\"\nminutes = 4294967295\ncoverage = \"24x7\"\nas-written = \"x\"\nsource = [{ doc = \"power-platform\", section = \"Kan een ondersteuningsincident worden heropend?\" }]\n",
    )
    .expect("write");
    let err = usage_error(&["--rules", huge.to_str().expect("UTF-8"), "plans"]);
    assert!(
        err.contains("huge.toml:5:11") && err.contains("at most 525600"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&empty);
    let _ = std::fs::remove_dir_all(&huge);
}

#[test]
fn man_and_completions_work_whatever_the_environment_says() {
    for args in [&["man"][..], &["completions", "bash"]] {
        let out = cmd(args)
            .env("SUPPORT_ADVISOR_NOW", "not a time")
            .env("SUPPORT_ADVISOR_RULES", "/nonexistent/rules")
            .output()
            .expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(!out.stdout.is_empty());
    }
}
