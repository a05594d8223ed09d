//! Hostile input: each class gets one clear line on stderr, exit 2 and empty stdout.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::common::{cmd, temp_dir, usage_error, words};

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
    // A local time needs a zone (issue 22, item 1): the flag to add is named.
    assert!(at("2026-11-27T16:30:00").contains("no zone is given: add --tz"));
    assert!(at("2026-03-29T02:30").contains("no zone is given: add --tz"));
    assert!(at("2026-03-29T02:3").contains("invalid value `2026-03-29T02:3` for `--at <RFC3339>`"));
    assert!(at("yesterday").contains("for `--at <RFC3339>`: expected `now` or an RFC 3339 instant"));
    // The value as typed, escaped, not as clap renders it (without its escape sequences).
    let err = at("x\u{1b}[2Jy\nz");
    assert!(err.contains("invalid value `x\\u{1b}[2Jy\\nz`"), "{err}");
    let err = usage_error(&["--tz", "Europe/\u{1b}[2J", "plans"]);
    assert!(err.contains("`Europe/\\u{1b}[2J`"), "{err}");
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

/// Every class of character that could break an error's one line or rewrite the terminal:
/// C0 controls, C1 controls, bidirectional marks, overrides and isolates, and the line and
/// paragraph separators.
const HOSTILE: [char; 17] = [
    '\u{1b}', '\r', '\n', '\t', '\u{7f}', '\u{85}', '\u{9b}', '\u{202e}', '\u{2066}', '\u{2067}',
    '\u{2068}', '\u{2069}', '\u{200e}', '\u{200f}', '\u{61c}', '\u{2028}', '\u{2029}',
];

/// Exit 2, nothing on stdout, one line on stderr in which `c` is escaped.
fn one_escaped_line(what: &str, c: char, out: std::process::Output) -> String {
    let err = String::from_utf8(out.stderr).expect("stderr is UTF-8");
    assert_eq!(out.status.code(), Some(2), "{what} {c:?}: {err}");
    assert!(out.stdout.is_empty(), "{what} {c:?}: stdout not empty");
    let line = err
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("{what} {c:?}: {err:?}"));
    assert!(
        !line.contains(c),
        "{what} {c:?} reached stderr raw: {err:?}"
    );
    assert!(
        !line.contains(['\n', '\r', '\u{2028}', '\u{2029}', '\u{85}']),
        "{what} {c:?}: {err:?}"
    );
    err
}

/// A control or bidirectional character inside a real id is not read as a hyphen: the id
/// is refused, escaped, with the id it looks like suggested.
#[test]
fn a_hidden_character_in_an_id_is_refused_not_ignored() {
    for c in HOSTILE {
        let typed = format!("pro{c}direct");
        let out = cmd(&["sla", "--plan", &typed, "--sev", "B"])
            .output()
            .expect("runs");
        let err = one_escaped_line("id", c, out);
        assert!(err.contains("did you mean `prodirect`?"), "{c:?}: {err}");
    }
}

#[test]
fn echoed_values_are_escaped_whatever_their_way_in() {
    let dir = temp_dir("hostile-echo");
    for c in HOSTILE {
        let typed = format!("nope{c}x");
        // An argument: an id, an instant, a zone.
        for args in [
            vec!["sla", "--plan", &typed, "--sev", "B"],
            vec!["where", "--product", &typed],
            vec!["hours", "--region", "emea", "--at", &typed],
            vec!["--tz", &typed, "plans"],
            vec!["ids", &typed],
            vec![&typed],
            vec!["sla", &typed],
        ] {
            one_escaped_line("argument", c, cmd(&args).output().expect("runs"));
        }
        // An environment variable.
        let out = cmd(&["hours", "--region", "emea"])
            .env("SUPPORT_ADVISOR_NOW", &typed)
            .output()
            .expect("runs");
        let err = one_escaped_line("SUPPORT_ADVISOR_NOW", c, out);
        assert!(err.contains("invalid --now"), "{err}");
        let out = cmd(&["plans"])
            .env("SUPPORT_ADVISOR_RULES", dir.join(&typed))
            .output()
            .expect("runs");
        one_escaped_line("SUPPORT_ADVISOR_RULES", c, out);
        // A file's name, and a file's contents.
        let named = dir.join(format!("holidays{c}.txt"));
        let _ = std::fs::remove_file(&named);
        let holidays = |file: &std::path::Path| {
            cmd(&words(
                "sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00",
            ))
            .arg("--holidays")
            .arg(file)
            .output()
            .expect("runs")
        };
        one_escaped_line("a missing file's name", c, holidays(&named));
        std::fs::write(&named, format!("2026-12-25\n2026-12-2{c}6\n")).expect("write");
        one_escaped_line("a date line", c, holidays(&named));
        std::fs::remove_file(&named).expect("remove");
        let rules = dir.join("rules");
        std::fs::create_dir_all(&rules).expect("mkdir");
        let escaped: String = c.escape_unicode().collect();
        std::fs::write(
            rules.join("a.toml"),
            format!("[[severity]]\nid = \"x{escaped}\"\nname = \"n\"\nimpact = \"i\"\nsituation = \"s\"\nsource = []\n"),
        )
        .expect("write");
        let rules = rules.to_str().expect("UTF-8");
        one_escaped_line(
            "a rule value",
            c,
            cmd(&["--rules", rules, "plans"]).output().expect("runs"),
        );
    }
    // NUL cannot be in an argument or a variable, but can be in a file.
    let nul = dir.join("nul.txt");
    std::fs::write(&nul, "2026-12-25\n2026-12-\u{0}26\n").expect("write");
    let out = cmd(&["holidays"]).arg(&nul).output().expect("runs");
    one_escaped_line("NUL in a file", '\u{0}', out);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn leap_seconds_are_refused_everywhere_an_instant_is_read() {
    let leap = "2026-06-30T23:59:60Z";
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        leap,
    ]);
    assert!(err.contains("leap second"), "{err}");
    let err = usage_error(&["hours", "--region", "emea", "--at", leap]);
    assert!(err.contains("leap second"), "{err}");
    let err = usage_error(&["--now", leap, "can-reopen", "--closed", "2026-01-01"]);
    assert!(err.contains("leap second"), "{err}");
    let out = cmd(&["sla", "--batch"])
        .write_stdin(format!(
            "{{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"region\":\"emea\",\"submitted\":\"{leap}\"}}\n"
        ))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let line = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        line.contains("\"kind\":\"bad-time\"") && line.contains("leap second"),
        "{line}"
    );
}

/// A tab in rule text is refused at its place: a table cannot tell its width.
#[test]
fn a_tab_in_rule_text_is_refused() {
    let dir = temp_dir("rule-tab");
    std::fs::write(
        dir.join("a.toml"),
        "[[severity]]\nid = \"x\"\nname = \"with a\\ttab\"\nimpact = \"i\"\nsituation = \"s\"\nsource = []\n",
    )
    .expect("write");
    let (code, out, err) = crate::common::run(&["rules", "check", dir.to_str().expect("UTF-8")]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("U+0009"), "{err}");
    assert!(err.contains("a.toml:3:"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
