//! Hostile input: each class gets one clear line on stderr, exit 2 and empty stdout.

use std::ffi::OsStr;
use std::os::unix::ffi::OsStrExt;

use crate::common::{cmd, refused, temp_dir, usage_error, words};

#[test]
fn unknown_empty_and_very_long_ids() {
    assert!(refused("sla --plan nope --sev B").contains("unknown plan `nope`"));
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
    let out = cmd(&words("sla --sev B"))
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
    assert!(refused("can-reopen --closed 2026-02-30").contains("no such day"));
    assert!(refused("can-reopen --closed 9999-01-01").contains("years 1900 to 9000"));
    assert!(refused("--now soon plans").contains("invalid --now"));
    assert!(refused("--tz Mars/Olympus plans").contains("unknown time zone"));
}

#[test]
fn rules_and_holiday_files_that_cannot_be_used() {
    let empty = temp_dir("empty");
    let path = empty.to_str().expect("UTF-8");
    assert!(usage_error(&["--rules", path, "plans"]).contains("holds no `*.toml` rule files"));
    assert!(refused("--rules /nonexistent/rules plans").contains("cannot read rules directory"));
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
        let out = cmd(&words("hours --region emea --at now"))
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
    let out = cmd(&words("sla --batch"))
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

/// A tab in rule prose is allowed, as the README says, and read as a space (a table cannot
/// tell a tab's width); in an id, alias or key it is refused at its place.
#[test]
fn a_tab_in_rule_prose_is_a_space_and_in_an_id_refused() {
    let dir = temp_dir("rule-tab");
    let severity = |id: &str, name: &str| {
        format!(
            "[[severity]]\nid = \"{id}\"\nname = \"{name}\"\nimpact = \"i\"\nsituation = \"s\"\nsource = [{{ doc = \"power-platform\", section = \"Kan een ondersteuningsincident worden heropend?\" }}]\n"
        )
    };
    let rules = dir.to_str().expect("UTF-8");
    std::fs::write(dir.join("a.toml"), severity("x", "with a\\ttab")).expect("write");
    let (code, out, err) = crate::common::run(&["rules", "check", rules]);
    assert_eq!(code, 0, "{out}{err}");
    let shown = crate::common::json(&["--rules", rules, "ids", "severity"]);
    assert!(shown.to_string().contains("\"with a tab\""), "{shown}");
    let (code, table, _) = crate::common::run(&["--rules", rules, "ids", "severity"]);
    assert_eq!(code, 0);
    assert!(
        table.contains("with a tab") && !table.contains('\t'),
        "{table}"
    );

    std::fs::write(dir.join("a.toml"), severity("x\\ty", "n")).expect("write");
    let (code, out, err) = crate::common::run(&["rules", "check", rules]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("U+0009 is a tab"), "{err}");
    assert!(err.contains("a.toml:2:"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// The `sla` command line that reads one holiday file (issue 23).
fn sla_with_holidays(file: &std::path::Path) -> std::process::Output {
    cmd(&words(
        "sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00",
    ))
    .arg("--holidays")
    .arg(file)
    .output()
    .expect("runs")
}

/// A holiday "file" that never ends stops at the limit a regular file has (bounded time:
/// 16 MiB are read, never more), with one line.
#[test]
fn a_holiday_stream_that_never_ends_stops_at_the_limit() {
    let out = sla_with_holidays(std::path::Path::new("/dev/zero"));
    let err = one_escaped_line("/dev/zero", '\u{1b}', out);
    assert!(
        err.contains("more than 16 MiB") && err.contains("at most 16 MiB"),
        "{err}"
    );

    // A FIFO fed forever: the writer stops when the reader closes its end.
    let dir = temp_dir("fifo");
    let fifo = dir.join("holidays.ics");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let writer = {
        let fifo = fifo.clone();
        std::thread::spawn(move || {
            use std::io::Write;
            let mut pipe = std::fs::OpenOptions::new()
                .write(true)
                .open(&fifo)
                .expect("open fifo");
            let line = b"2026-12-25\n".repeat(4096);
            while pipe.write_all(&line).is_ok() {}
        })
    };
    let err = one_escaped_line("a FIFO", '\u{1b}', sla_with_holidays(&fifo));
    assert!(err.contains("more than 16 MiB"), "{err}");
    writer.join().expect("writer stops");
    let _ = std::fs::remove_dir_all(&dir);
}

/// An empty holiday file, or a calendar without events, closes nothing: refused, not
/// "taken into account".
#[test]
fn an_empty_holiday_file_is_refused() {
    let dir = temp_dir("empty-holidays");
    for (name, text, said) in [
        ("empty.txt", "", "is empty"),
        ("blank.txt", "\n \n", "is empty"),
        (
            "none.ics",
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n",
            "a calendar without events",
        ),
    ] {
        let file = dir.join(name);
        std::fs::write(&file, text).expect("write");
        let err = one_escaped_line(name, '\u{1b}', sla_with_holidays(&file));
        assert!(err.contains(said) && err.contains("close nothing"), "{err}");
        let out = cmd(&["holidays"]).arg(&file).output().expect("runs");
        one_escaped_line(name, '\u{1b}', out);
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A closed stdout (`>&-`) is an error for every command, batch and `advise --ics FILE`:
/// exit 2 and one line, as a full one is (`> /dev/full`); `> /dev/null` still answers.
#[test]
fn a_closed_stdout_is_an_error_for_every_command() {
    let bin = assert_cmd::cargo::cargo_bin("support-advisor");
    let dir = temp_dir("closed-stdout");
    let ics = dir.join("due.ics");
    let ticket = "{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"region\":\"emea\",\"submitted\":\"2026-11-27T16:30:00+01:00\"}\n";
    let runs: Vec<(Vec<String>, &str)> = vec![
        (vec!["plans".into()], ""),
        (vec!["ids".into()], ""),
        (
            words("sla --plan prodirect --sev B")
                .iter()
                .map(|w| w.to_string())
                .collect(),
            "",
        ),
        (vec!["sla".into(), "--batch".into()], ticket),
        (
            vec!["sla".into(), "--batch".into(), "--csv".into()],
            "id,plan,severity,submitted\n",
        ),
        (vec!["rules".into(), "check".into()], ""),
        (vec!["man".into()], ""),
        (
            words("advise --product power-platform --plan prodirect --sev B --region emea --ics")
                .iter()
                .map(|w| w.to_string())
                .chain([ics.to_str().expect("UTF-8").to_string()])
                .collect(),
            "",
        ),
    ];
    for (args, stdin) in &runs {
        for redirect in [">&-", "> /dev/null"] {
            let out = assert_cmd::Command::new("sh")
                .arg("-c")
                .arg(format!("exec \"$0\" \"$@\" {redirect}"))
                .arg(&bin)
                .args(args)
                .env("NO_COLOR", "1")
                .env_remove("SUPPORT_ADVISOR_RULES")
                .env_remove("SUPPORT_ADVISOR_NOW")
                .write_stdin(*stdin)
                .output()
                .expect("runs");
            let err = String::from_utf8_lossy(&out.stderr);
            if redirect == ">&-" {
                assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
                assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
                assert!(err.contains("standard output is closed"), "{args:?}: {err}");
            } else {
                assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// A path the user gave is escaped wherever it is shown: the `-->` line of `rules check`,
/// and the success messages of `advise --ics PATH` and `rules dump DIR` on stdout.
#[test]
fn paths_are_escaped_outside_one_line_errors_too() {
    let dir = temp_dir("raw-paths");
    for c in ['\u{1b}', '\n', '\r', '\u{202e}', '\u{7}'] {
        let escaped: String = c.escape_default().collect();
        let rules = dir.join(format!("rules{}", c as u32));
        std::fs::create_dir_all(&rules).expect("mkdir");
        let bad = rules.join(format!("bad{c}x.toml"));
        std::fs::write(&bad, "[[plan]]\nid = \"x\"\nnope = 1\n").expect("write");
        let out = cmd(&words("rules check"))
            .arg(&rules)
            .output()
            .expect("runs");
        let err = String::from_utf8(out.stderr).expect("UTF-8");
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(!err.contains(c) || c == '\n', "{c:?} raw in: {err:?}");
        let place = format!("bad{escaped}x.toml:3:1");
        let arrows: Vec<&str> = err.lines().filter(|l| l.contains("-->")).collect();
        assert!(arrows.iter().any(|l| l.ends_with(&place)), "{err}");

        let ics = dir.join(format!("x{c}]0;pwned\u{7}.ics"));
        let out = cmd(&words(
            "advise --product power-platform --plan prodirect --sev B --region emea --ics",
        ))
        .arg(&ics)
        .output()
        .expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert_eq!(out.status.code(), Some(0), "{text}");
        let said = text
            .lines()
            .find(|l| l.starts_with("Calendar event"))
            .unwrap_or_else(|| panic!("{text}"));
        assert!(
            said.contains(&format!("x{escaped}]0;pwned\\u{{7}}.ics")),
            "{said}"
        );
        assert!(!text.contains(c) || c == '\n', "{c:?} raw in: {text:?}");
        assert!(ics.exists());

        let dump = dir.join(format!("d{c}x"));
        let out = cmd(&words("rules dump")).arg(&dump).output().expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert_eq!(out.status.code(), Some(0), "{text}");
        assert_eq!(text.lines().count(), 1, "{text:?}");
        assert!(text.contains(&format!("d{escaped}x")), "{text}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// `SUPPORT_ADVISOR_NOW` is read only by the commands that use the time: a bad one stops
/// them, never the others; `--now` typed is checked by every command.
#[test]
fn a_bad_now_in_the_environment_stops_only_what_reads_the_time() {
    let with_env = |args: &[&str]| {
        cmd(args)
            .env("SUPPORT_ADVISOR_NOW", "garbage")
            .output()
            .expect("runs")
    };
    for line in [
        "plans",
        "ids",
        "where --product power-platform --plan prodirect",
        "policy",
        "contact",
        "partner",
        "rules coverage",
        "hours --region emea",
        "holidays examples/holidays.ics --from 2026-01-01",
        "can-reopen --closed 2026-01-01 --on 2026-02-01",
    ] {
        let out = with_env(&words(line));
        assert_eq!(
            out.status.code(),
            Some(0),
            "{line}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    for line in [
        "sla --plan prodirect --sev B --region emea --at now",
        "hours --region emea --at now",
        "hours --chart",
        "advise --product power-platform --plan prodirect --sev B --region emea",
        "holidays examples/holidays.ics",
        "can-reopen --closed 2026-01-01",
    ] {
        let err = one_escaped_line(line, '\u{1b}', with_env(&words(line)));
        assert!(err.contains("invalid --now `garbage`"), "{line}: {err}");
    }
    assert!(crate::common::refused("--now soon plans").contains("invalid --now"));
}

/// A user's reopen rule numbered outside the documents' four is refused at its place, so
/// `can-reopen` never lists a rule 5.
#[test]
fn a_reopen_rule_number_out_of_range_is_refused() {
    let dir = temp_dir("reopen-5");
    std::fs::write(
        dir.join("reopen.toml"),
        "[[reopen-rule]]\nnumber = 5\nfact = \"build-changed\"\notherwise = \"new-incident\"\ntext = \"t\"\nholds = \"h\"\nfails = \"f\"\nsource = [{ doc = \"power-platform\", section = \"Kan een ondersteuningsincident worden heropend?\" }]\n",
    )
    .expect("write");
    let rules = dir.to_str().expect("UTF-8");
    let (code, _, err) = crate::common::run(&["rules", "check", rules]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("reopen.toml:2:10"), "{err}");
    let err = usage_error(&[
        "--rules",
        rules,
        "can-reopen",
        "--closed",
        "2026-01-01",
        "--on",
        "2026-02-01",
    ]);
    assert!(
        err.contains("reopen rule number 5 is out of range"),
        "{err}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// Found by fuzzing `holiday_files` (issue 23): a character beyond ASCII in a rule's
/// weekday (`BYDAY=MϺO`) made the `rrule` crate panic; the event is now named in
/// `ignored`, in an RRULE and in an EXRULE alike.
#[test]
fn a_rule_beyond_ascii_is_named_not_a_panic() {
    let dir = temp_dir("rule-ascii");
    let file = dir.join("bad.ics");
    std::fs::write(
        &file,
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260105\r\nRRULE:FREQ=WEEKLY;BYDAY=M\u{3fa}O\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260105\r\nRRULE:FREQ=WEEKLY;BYDAY=MO\r\nEXRULE:FREQ=MONTHLY;BYDAY=M\u{3fa}O\r\nEND:VEVENT\r\n\
         BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    )
    .expect("write");
    let out = cmd(&words("holidays --json --from 2026-01-01"))
        .arg(&file)
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let reasons: Vec<&str> = v["ignored"]
        .as_array()
        .expect("ignored")
        .iter()
        .filter_map(|i| i["reason"].as_str())
        .collect();
    assert_eq!(reasons.len(), 2, "{v}");
    assert!(
        reasons[0].starts_with("recurrence `RRULE:") && reasons[0].contains("written in ASCII")
    );
    assert!(
        reasons[1].starts_with("recurrence `EXRULE:") && reasons[1].contains("written in ASCII")
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A rules directory's path is the user's too: the answers that cite a user's rule file
/// ("as your rules in FILE put it") show it escaped.
#[test]
fn a_rules_directory_path_is_escaped_where_answers_cite_it() {
    let dir = temp_dir("cite").join("r\u{1b}]0;x\u{7}");
    std::fs::create_dir_all(&dir).expect("mkdir");
    let out = cmd(&words("rules dump"))
        .arg(dir.join("all"))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    std::fs::copy(dir.join("all/targets.toml"), dir.join("targets.toml")).expect("copy");
    std::fs::remove_dir_all(dir.join("all")).expect("remove");
    let out = cmd(&words("sla --plan prodirect --sev B --rules"))
        .arg(&dir)
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("as your rules in"), "{text}");
    assert!(!text.contains(['\u{1b}', '\u{7}']), "{text:?}");
    assert!(text.contains("r\\u{1b}]0;x\\u{7}"), "{text}");
}
