//! What `rules check` shows, as snapshots: a change in what users read shows up in review.

use std::path::{Path, PathBuf};

use support_advisor_rules::{RuleSet, RuleText};

/// Rules the cases build on: a document, a plan and a severity, without a problem.
const BASE: &str = r#"[[document]]
id = "doc"
title = "T"
file = "f"
sections = ["S"]

[[plan]]
id = "pro"
name = "Pro"
includes = []
source = [{ doc = "doc", section = "S" }]

[[severity]]
id = "a"
name = "A"
impact = "i"
situation = "s"
source = [{ doc = "doc", section = "S" }]
"#;

/// The problems of `BASE` and `text` (as `user.toml`), rendered as plain text.
fn check(text: &str) -> String {
    let files = [
        RuleText {
            name: "base.toml".into(),
            text: BASE.into(),
            user: false,
        },
        RuleText {
            name: "user.toml".into(),
            text: text.into(),
            user: false,
        },
    ];
    RuleSet::check_texts(&files).render(&files)
}

#[test]
fn every_schema_error_of_a_file_is_reported() {
    let shown = check(
        r#"[[plan]]
id = "basic"
name = "Basic"
includes = []
colour = "blue"
source = [{ doc = "doc", section = "S" }]

[[product]]
id = "app"
source = [{ doc = "doc", section = "S" }]

[[plans]]
id = "x"

[[target]]
plan = "basic"
severity = "a"
minutes = "sixty"
coverage = "24x7"
as-written = "w"
source = [{ doc = "doc", section = "S" }]

[[target]]
plan = "pro"
severity = "z"
minutes = 60
coverage = "24x7"
as-written = "w"
source = [{ doc = "doc", section = "S" }]
"#,
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn overlapping_windows_point_at_both() {
    let shown = check(
        r#"[[region]]
id = "r"
name = "R"
zone = "UTC"
closed-on-holidays = true
window = [
  { days = ["mon", "tue"], open = "08:00", close = "12:00" },
  { days = ["tue", "wed"], open = "11:00", close = "18:00" },
]
as-written = { region = "r", hours = "h", days = "d", exclusions = "" }
source = [{ doc = "doc", section = "S" }]
"#,
    );
    insta::assert_snapshot!(shown);
}

#[test]
fn a_duplicate_id_points_at_both_definitions() {
    let shown = check(
        r#"[[severity]]
id = "b"
name = "B"
impact = "i"
situation = "s"
source = [{ doc = "doc", section = "S" }]

[[severity]]
id = "B"
name = "B again"
impact = "i"
situation = "s"
source = [{ doc = "doc", section = "S" }]
"#,
    );
    insta::assert_snapshot!(shown);
}

/// A fresh, empty directory for one test.
fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "support-advisor-rules-{name}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The problems of reading `dir`, rendered, with the directory shown as `DIR`.
fn read_problems(dir: &Path) -> String {
    let problems = match RuleSet::read_dir(dir) {
        Ok(_) => panic!("{} should not be read", dir.display()),
        Err(problems) => problems,
    };
    problems
        .render(&[])
        .replace(&dir.display().to_string(), "DIR")
}

#[test]
fn a_file_that_is_not_utf8_is_named() {
    let dir = temp_dir("utf8");
    std::fs::write(dir.join("good.toml"), BASE).expect("write");
    std::fs::write(dir.join("latin1.toml"), b"[[plan]]\nname = \"caf\xe9\"\n").expect("write");
    insta::assert_snapshot!(read_problems(&dir));
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn dangling_and_looping_symbolic_links_are_named_every_one() {
    use std::os::unix::fs::symlink;
    let dir = temp_dir("links");
    std::fs::write(dir.join("good.toml"), BASE).expect("write");
    symlink(dir.join("gone.toml"), dir.join("dangling.toml")).expect("symlink");
    symlink(dir.join("loop-b.toml"), dir.join("loop-a.toml")).expect("symlink");
    symlink(dir.join("loop-a.toml"), dir.join("loop-b.toml")).expect("symlink");
    std::fs::create_dir(dir.join("folder.toml")).expect("mkdir");
    insta::assert_snapshot!(read_problems(&dir));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_directory_that_cannot_be_read_or_is_empty_is_named() {
    let dir = temp_dir("empty");
    insta::assert_snapshot!(read_problems(&dir));
    let gone = dir.join("gone");
    let shown = read_problems(&gone);
    assert!(
        shown.starts_with("error: cannot read rules directory: "),
        "{shown}"
    );
    let _ = std::fs::remove_dir_all(&dir);
}
