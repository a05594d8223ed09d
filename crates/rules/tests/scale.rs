//! Large rule files are checked in time that grows with their size, not its square
//! (issue 23). Correctness at a size where the quadratic checks took seconds; the time
//! itself is a figure of `cargo bench` (`rules check, N plans…`), never asserted here.

use support_advisor_rules::{RuleSet, RuleText};

const SOURCE: &str = "source = [{ doc = \"power-platform\", section = \"Kan een ondersteuningsincident worden heropend?\" }]";

/// `n` plans, severities (each with an alias) and targets pairing them.
fn many_rules(n: usize) -> String {
    let mut text = String::new();
    for i in 0..n {
        text.push_str(&format!(
            "[[plan]]\nid = \"p{i}\"\nname = \"P{i}\"\nincludes = []\n{SOURCE}\n\n\
             [[severity]]\nid = \"s{i}\"\nname = \"S{i}\"\naliases = [\"sev{i}\"]\nimpact = \"i\"\nsituation = \"s\"\n{SOURCE}\n\n\
             [[target]]\nplan = \"p{i}\"\nseverity = \"s{i}\"\nminutes = 60\ncoverage = \"24x7\"\nas-written = \"x\"\n{SOURCE}\n\n"
        ));
    }
    text
}

fn with_builtin(name: &str, text: String) -> Vec<RuleText> {
    RuleSet::builtin_texts()
        .into_iter()
        .chain([RuleText {
            name: name.into(),
            text,
            user: true,
        }])
        .collect()
}

#[test]
fn ten_thousand_rules_of_each_kind_are_checked_and_layered() {
    let n = 10_000;
    let texts = with_builtin("many.toml", many_rules(n));
    let problems = RuleSet::check_texts(&texts);
    assert!(!problems.has_errors(), "{}", problems.render(&texts));
    let rules = RuleSet::from_texts(&texts).unwrap_or_else(|e| panic!("{e}"));
    let builtin = RuleSet::from_texts(&RuleSet::builtin_texts()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(rules.plans().len(), builtin.plans().len() + n);
}

#[test]
fn a_duplicate_and_an_alias_at_the_end_of_a_large_file_are_found() {
    let n = 10_000;
    let mut text = many_rules(n);
    // The last rules repeat the first plan's id and the first severity's alias.
    text.push_str(&format!(
        "[[plan]]\nid = \"P0\"\nname = \"again\"\nincludes = []\n{SOURCE}\n\n\
         [[severity]]\nid = \"late\"\nname = \"L\"\naliases = [\"SEV0\"]\nimpact = \"i\"\nsituation = \"s\"\n{SOURCE}\n"
    ));
    let texts = with_builtin("many.toml", text);
    let shown: Vec<String> = RuleSet::check_texts(&texts)
        .0
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(shown.len(), 2, "{shown:#?}");
    assert!(shown[0].contains("duplicate plan id `P0`"), "{shown:#?}");
    assert!(
        shown[1].contains("duplicate severity alias `SEV0`"),
        "{shown:#?}"
    );
}

/// Many problems in a large file are each reported at their own line, and drawn from
/// their own lines only: 5,000 unknown keys of one rule and 5,000 rules with one each.
#[test]
fn many_problems_of_a_large_file_are_each_located_and_drawn() {
    let n = 5_000;
    let mut text = format!(
        "[[severity]]\nid = \"x\"\nname = \"X\"\nimpact = \"i\"\nsituation = \"s\"\n{SOURCE}\n"
    );
    for i in 0..n {
        text.push_str(&format!("k{i} = {i}\n"));
    }
    for i in 0..n {
        text.push_str(&format!(
            "\n[[severity]]\nid = \"s{i}\"\nname = \"S\"\nbogus = 1\nimpact = \"i\"\nsituation = \"s\"\n{SOURCE}\n"
        ));
    }
    let texts = with_builtin("many.toml", text);
    let problems = RuleSet::check_texts(&texts);
    assert_eq!(problems.0.len(), 2 * n);
    let lines: Vec<usize> = problems
        .0
        .iter()
        .filter_map(|d| d.location.as_ref().map(|l| l.line))
        .collect();
    assert_eq!(lines[0], 7, "the first unknown key");
    assert_eq!(lines[n - 1], 7 + n - 1, "the last unknown key");
    assert_eq!(lines[n], 7 + n + 4, "the first rule's `bogus`");
    assert_eq!(
        lines[2 * n - 1],
        7 + n + 4 + 8 * (n - 1),
        "the last rule's `bogus`"
    );
    let drawn = problems.render(&texts);
    assert_eq!(drawn.matches("error: unknown field").count(), 2 * n);
    assert!(drawn.contains(&format!("--> many.toml:{}:1", 7 + n + 4 + 8 * (n - 1))));
}
