//! `can-reopen`: the four reopen rules of document 001.

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// can-reopen: document 001, "Kan een ondersteuningsincident worden heropend?"
// ---------------------------------------------------------------------------------------

/// The verdict and which of rules 1-4 hold, checking the shape of `rules`.
fn reopen(args: &[&str], code: i32) -> (String, [bool; 4]) {
    let mut all = vec!["can-reopen"];
    all.extend_from_slice(args);
    let v = json_code(&all, code);
    let rules = arr(&v, "rules");
    assert_eq!(rules.len(), 4, "{v}");
    let mut holds = [false; 4];
    for (i, r) in rules.iter().enumerate() {
        assert_eq!(r["rule"].as_u64(), Some(i as u64 + 1), "{r}");
        holds[i] = r["holds"].as_bool().expect("holds is a bool");
        assert!(!s(r, "reason").is_empty(), "{r}");
    }
    assert_eq!(s(&v["source"], "section"), PP_REOPEN);
    (s(&v, "verdict").to_string(), holds)
}

#[test]
fn can_reopen_each_rule_failing_alone() {
    let base = ["--closed", "2026-11-01", "--on", "2026-11-25"];
    assert_eq!(reopen(&base, 0), ("reopen".into(), [true; 4]));
    // 1: another build, security updates, patches or hotfixes → new incident
    let cases = [
        ("--build-changed", [false, true, true, true]),
        // 2: another machine, user or document → new incident
        ("--other-environment", [true, false, true, true]),
        // 3: a new error after a hotfix or the incident's suggestions → new incident
        ("--new-error", [true, true, false, true]),
    ];
    for (flag, holds) in cases {
        let mut args = base.to_vec();
        args.push(flag);
        assert_eq!(reopen(&args, 1), ("new-incident".into(), holds), "{flag}");
    }
}

#[test]
fn can_reopen_rule_4_boundaries() {
    // Reading 12: calendar months, end of month clamped, compared as ≥; a recommendation.
    // Closed 2026-11-30: three months on 2027-02-28.
    assert_eq!(
        reopen(&words("--closed 2026-11-30 --on 2027-02-27"), 0),
        ("reopen".into(), [true; 4])
    );
    assert_eq!(
        reopen(&words("--closed 2026-11-30 --on 2027-02-28"), 1),
        ("new-incident-recommended".into(), [true, true, true, false])
    );
    // Closed 2026-08-25: three months on 2026-11-25.
    assert_eq!(
        reopen(&words("--closed 2026-08-25 --on 2026-11-24"), 0),
        ("reopen".into(), [true; 4])
    );
    assert_eq!(
        reopen(&words("--closed 2026-08-25 --on 2026-11-25"), 1),
        ("new-incident-recommended".into(), [true, true, true, false])
    );
    // The same day is fine.
    assert_eq!(
        reopen(&words("--closed 2026-11-25 --on 2026-11-25"), 0).0,
        "reopen"
    );
}

#[test]
fn can_reopen_rule_4_and_rule_1_failing_is_a_new_incident() {
    assert_eq!(
        reopen(
            &words("--closed 2026-08-01 --on 2026-11-25 --build-changed"),
            1
        ),
        ("new-incident".into(), [false, true, true, false])
    );
}

#[test]
fn can_reopen_on_defaults_to_today_from_now() {
    let (verdict, holds) = reopen(&words("--closed 2026-08-25 --now 2026-11-25T10:00:00Z"), 1);
    assert_eq!(
        (verdict.as_str(), holds[3]),
        ("new-incident-recommended", false)
    );
    let (verdict, _) = reopen(&words("--closed 2026-08-25 --now 2026-11-24T10:00:00Z"), 0);
    assert_eq!(verdict, "reopen");
    // The env variable is the same as --now.
    let out = cmd(&words("can-reopen --closed 2026-08-25 --json"))
        .env("SUPPORT_ADVISOR_NOW", "2026-11-24T10:00:00Z")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(s(&v, "on"), "2026-11-24");
}

#[test]
fn can_reopen_errors() {
    let err = refused("can-reopen --closed 2026-11-25 --on 2026-11-24");
    assert!(
        err.contains("2026-11-24") && err.contains("2026-11-25"),
        "{err}"
    );
    let err = refused("can-reopen --closed 2026-02-30 --on 2026-11-24");
    assert!(err.contains("2026-02-30"), "{err}");
    let err = refused("can-reopen --closed 2026-11-01 --on 2026-02-30");
    assert!(err.contains("2026-02-30"), "{err}");
    let err = refused("can-reopen --on 2026-11-24");
    assert!(err.contains("--closed"), "{err}");
    refused("can-reopen --closed 25-11-2026");
    refused("can-reopen --closed 2026-11-25 --on 2026-11-24 --json");
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

#[test]
fn snapshot_can_reopen() {
    snapshot_pair(
        "can_reopen_closed_2026_08_01_on_2026_11_25",
        &words("can-reopen --closed 2026-08-01 --on 2026-11-25"),
        1,
    );
}
