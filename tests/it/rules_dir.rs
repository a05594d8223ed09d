//! `rules check` and `--rules DIR`: every problem located; a copy answers the same.

use std::path::Path;

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// rules check and --rules
// ---------------------------------------------------------------------------------------

#[test]
fn rules_check_builtin_is_ok() {
    let (code, out, err) = run(&words("rules check"));
    assert_eq!(code, 0, "{out}{err}");
    let dir = copy_of_builtin_rules("check-ok");
    let (code, out, err) = run(&["rules", "check", path_str(&dir)]);
    assert_eq!(code, 0, "{out}{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

/// Replaces the first line of `file` that satisfies `pick` with `edit(line)`; returns the
/// 1-based line number.
fn edit_line(file: &Path, pick: impl Fn(&str) -> bool, edit: impl Fn(&str) -> String) -> usize {
    let text = std::fs::read_to_string(file).expect("read rule file");
    let mut lines: Vec<String> = text.lines().map(str::to_string).collect();
    let i = lines
        .iter()
        .position(|l| pick(l))
        .unwrap_or_else(|| panic!("no line to edit in {}", file.display()));
    lines[i] = edit(&lines[i]);
    std::fs::write(file, lines.join("\n") + "\n").expect("write rule file");
    i + 1
}

/// The column and message of the problem `rules check` reports at `file_name:line:`: the
/// ` --> path:LINE:COL` line and the `error: …` line above it.
fn reported(stderr: &str, file_name: &str, line: usize) -> Option<(usize, String)> {
    let lines: Vec<&str> = stderr.lines().collect();
    let needle = format!("{file_name}:{line}:");
    lines.iter().enumerate().find_map(|(i, l)| {
        let at = l.trim_start().strip_prefix("--> ")?;
        let column = at[at.find(&needle)? + needle.len()..].parse().ok()?;
        Some((column, lines.get(i.checked_sub(1)?)?.to_string()))
    })
}

#[test]
fn rules_check_reports_every_problem_with_file_line_column() {
    let dir = copy_of_builtin_rules("check-broken");
    // An unknown key: a typo that must not be a silent default.
    let key_line = edit_line(
        &dir.join("topics.toml"),
        |l| l.starts_with("[[topic]]"),
        |l| format!("{l}\nsumary = \"typo\""),
    ) + 1;
    // A reference to an unknown plan.
    let plan_line = edit_line(
        &dir.join("targets.toml"),
        |l| l.starts_with("plan = \""),
        |_| "plan = \"no-such-plan\"".to_string(),
    );
    // An unknown time zone.
    let zone_line = edit_line(
        &dir.join("regions.toml"),
        |l| l.starts_with("zone = \""),
        |_| "zone = \"Mars/Olympus_Mons\"".to_string(),
    );

    let (code, _out, err) = run(&["rules", "check", path_str(&dir)]);
    assert_eq!(code, 2, "{err}");
    for (file, line, what) in [
        ("topics.toml", key_line, "sumary"),
        ("targets.toml", plan_line, "no-such-plan"),
        ("regions.toml", zone_line, "Mars/Olympus_Mons"),
    ] {
        let (col, problem) = reported(&err, file, line)
            .unwrap_or_else(|| panic!("stderr names {file}:{line}:COLUMN: {err}"));
        assert!(col >= 1, "{file}:{line}:{col}");
        assert!(problem.starts_with("error: "), "{problem}");
        assert!(
            problem.contains(what),
            "the problem names `{what}`: {problem}"
        );
    }
    // Exactly those three problems: no cascade, no duplicates; each shown with a caret.
    let located = err
        .lines()
        .filter(|l| l.trim_start().starts_with("--> "))
        .count();
    assert_eq!(located, 3, "{err}");
    assert!(err.contains('^'), "{err}");
    assert!(err.trim_end().ends_with("3 errors"), "{err}");

    // The broken directory is refused by answers too.
    let (code, out, _) = run(&[
        "--rules",
        path_str(&dir),
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
    ]);
    assert_eq!((code, out.as_str()), (2, ""));
    let _ = std::fs::remove_dir_all(&dir);
}

/// The answer with the `rules_file` of its sources removed.
fn without_rules_file(mut value: Value) -> Value {
    match &mut value {
        Value::Object(map) => {
            map.remove("rules_file");
            for v in map.values_mut() {
                *v = without_rules_file(v.take());
            }
        }
        Value::Array(items) => {
            for v in items.iter_mut() {
                *v = without_rules_file(v.take());
            }
        }
        _ => {}
    }
    value
}

#[test]
fn rules_dir_copy_of_builtin_gives_the_same_answers() {
    let dir = copy_of_builtin_rules("copy");
    for args in [
        &["sla", "--plan", "prodirect", "--sev", "B"][..],
        &["where", "--product", "business-central"][..],
        &[
            "hours",
            "--region",
            "emea",
            "--at",
            "2026-11-27T16:30:00+01:00",
        ][..],
    ] {
        let builtin = json(args);
        let mut with = vec!["--rules", path_str(&dir)];
        with.extend_from_slice(args);
        // The same answers; only their sources say which of the user's files said it.
        assert_eq!(without_rules_file(json(&with)), builtin, "{args:?}");
        // and through the environment
        let mut all = args.to_vec();
        all.push("--json");
        let out = cmd(&all)
            .env("SUPPORT_ADVISOR_RULES", &dir)
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0));
        assert_eq!(
            without_rules_file(serde_json::from_slice::<Value>(&out.stdout).unwrap()),
            builtin
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn rules_dir_missing_is_an_error() {
    let parent = temp_dir("missing");
    let missing = parent.join("nope");
    let err = usage_error(&[
        "--rules",
        path_str(&missing),
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
    ]);
    assert!(err.contains("nope"), "{err}");
    usage_error(&["--rules", path_str(&missing), "plans", "--json"]);
    let _ = std::fs::remove_dir_all(&parent);
}

#[test]
fn rules_check_refuses_a_language_code_answers_cannot_read() {
    let dir = copy_of_builtin_rules("check-language-code");
    let file = dir.join("languages.toml");
    edit_line(
        &file,
        |l| l == "code = \"en\"",
        |_| "code = \"EN\"".to_string(),
    );
    edit_line(
        &file,
        |l| l.contains("around-the-clock-for"),
        |l| {
            l.replace(
                "around-the-clock-for = [\"A\"]",
                "around-the-clock-for = [\"Z\"]",
            )
        },
    );
    let (code, out, err) = run(&["rules", "check", path_str(&dir)]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("has code `EN`"), "{err}");
    assert!(err.contains("`Z`"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_phone_desk_names_languages_and_severities_the_rules_define() {
    // Issue 20, kind 8: a misspelt language on a phone desk is a located error, never a
    // desk that silently serves no known language.
    let dir = copy_of_builtin_rules("check-phone-desk");
    let line = edit_line(
        &dir.join("m365.toml"),
        |l| l.contains("languages = [\"german\", \"english\"]"),
        |l| l.replace("\"german\"", "\"Germna\""),
    );
    let severity_line = edit_line(
        &dir.join("m365.toml"),
        |l| l.contains("severities = [\"A\"]"),
        |l| l.replace("severities = [\"A\"]", "severities = [\"Z\"]"),
    );
    let kind_line = edit_line(
        &dir.join("m365.toml"),
        |l| l.contains("{ kind = \"billing\"") && l.contains("m365-billing-australia"),
        |l| l.replace("kind = \"billing\"", "kind = \"bililng\""),
    );
    let (code, _out, err) = run(&["rules", "check", path_str(&dir)]);
    assert_eq!(code, 2, "{err}");
    for (line, what) in [
        (line, "Germna"),
        (severity_line, "Z"),
        (kind_line, "bililng"),
    ] {
        let (col, problem) = reported(&err, "m365.toml", line)
            .unwrap_or_else(|| panic!("stderr names m365.toml:{line}:COLUMN: {err}"));
        assert!(col >= 1);
        assert!(problem.contains(what), "{problem}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
