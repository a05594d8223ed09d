//! Where each thing lives, as ARCHITECTURE.md draws it, checked on the sources: the rules
//! crate knows no answer; answers take no clap type; the clock knows no answer and no
//! command line; render knows no rule. A `use` across a line drawn there fails here, with
//! the file and line that crossed it.

use std::path::{Path, PathBuf};

use crate::common::manifest_dir;

/// Every `.rs` file under `dir`, in name order.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(at) = pending.pop() {
        let entries =
            std::fs::read_dir(&at).unwrap_or_else(|e| panic!("cannot read {}: {e}", at.display()));
        for entry in entries {
            let path = entry.expect("a directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The lines of the files under `dir` (relative to the repository) that name one of
/// `forbidden`, outside comments, except those naming one of `allowed`.
fn crossings(dir: &str, forbidden: &[&str], allowed: &[&str]) -> Vec<String> {
    crossings_in(&manifest_dir(), dir, forbidden, allowed)
}

/// [`crossings`] in another tree.
fn crossings_in(root: &Path, dir: &str, forbidden: &[&str], allowed: &[&str]) -> Vec<String> {
    let mut out = Vec::new();
    for file in sources(&root.join(dir)) {
        let text = std::fs::read_to_string(&file).expect("a source file");
        for (i, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            if forbidden.iter().any(|f| code.contains(f))
                && !allowed.iter().any(|a| code.contains(a))
            {
                let shown = file
                    .strip_prefix(root)
                    .unwrap_or(&file)
                    .display()
                    .to_string();
                out.push(format!("{shown}:{}: {}", i + 1, code));
            }
        }
    }
    out
}

#[test]
fn the_rules_crate_knows_no_answer() {
    let crossed = crossings(
        "crates/rules/src",
        &[
            "support_advisor::",
            "crate::answer",
            "crate::render",
            "clap",
        ],
        &[],
    );
    assert!(
        crossed.is_empty(),
        "the rules crate reaches up:\n{}",
        crossed.join("\n")
    );
    // Nor can it: its manifest depends on no crate of the tool.
    let manifest = std::fs::read_to_string(manifest_dir().join("crates/rules/Cargo.toml"))
        .expect("the rules crate's manifest");
    let dependencies = manifest.split("[dependencies]").nth(1).unwrap_or("");
    assert!(
        !dependencies
            .lines()
            .any(|l| l.trim_start().starts_with("support-advisor ")
                || l.trim_start().starts_with("support-advisor=")),
        "crates/rules depends on the tool"
    );
}

#[test]
fn answers_take_no_clap_type() {
    let crossed = crossings("src/answer", &["clap", "crate::cli"], &[]);
    assert!(
        crossed.is_empty(),
        "answers reach for the command line:\n{}",
        crossed.join("\n")
    );
}

#[test]
fn the_clock_knows_no_answer_and_no_command_line() {
    let crossed = crossings(
        "src/clock",
        &[
            "crate::answer",
            "crate::cli",
            "crate::run",
            "crate::batch",
            "clap",
        ],
        &[],
    );
    assert!(
        crossed.is_empty(),
        "the clock reaches up:\n{}",
        crossed.join("\n")
    );
}

#[test]
fn render_knows_no_rule() {
    // The one list of characters escaped is shared with the rules crate's messages
    // (`rules::suggest`); no rule, model or rule set is rendered by this layer.
    let crossed = crossings(
        "src/render",
        &["crate::rules", "support_advisor_rules"],
        &["crate::rules::suggest"],
    );
    assert!(
        crossed.is_empty(),
        "render reaches for the rules:\n{}",
        crossed.join("\n")
    );
}

#[test]
fn a_crossing_is_found() {
    // The check itself: a line naming the command line in the answers' layer is found,
    // with its file and line; one in a comment, or an allowed one, is not.
    let root = crate::common::temp_dir("layering");
    let answer = root.join("src/answer");
    std::fs::create_dir_all(&answer).expect("a directory");
    std::fs::write(
        answer.join("x.rs"),
        "// crate::cli is named in a comment\nuse crate::cli::Format;\nuse crate::cli::Allowed;\n",
    )
    .expect("a file");
    let found = crossings_in(&root, "src/answer", &["crate::cli"], &["Allowed"]);
    assert_eq!(found, ["src/answer/x.rs:2: use crate::cli::Format;"]);
    let _ = std::fs::remove_dir_all(&root);
}
