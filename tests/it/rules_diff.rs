//! `rules diff [--rules A] --against B`: each kind of answer changed by one rule of a layered
//! directory, the table and JSON, the exit status (0 nothing changes, 1 something does, 2
//! an error).

use std::path::PathBuf;

use serde_json::Value;

use crate::common::{arr, json_code, manifest_dir, refused, run, s, temp_dir, usage_error};

/// The built-in rule of `file` (under `rules/`) whose block holds the line `marker`, from
/// its `[[kind]]` line to the next rule: a user's file starts from it.
fn builtin_rule(file: &str, marker: &str) -> String {
    let text = std::fs::read_to_string(manifest_dir().join("rules").join(file)).expect("read");
    let mut block = String::new();
    let mut found = false;
    for line in text.lines() {
        if line.starts_with("[[") {
            if found {
                break;
            }
            block.clear();
        }
        found |= line == marker;
        block.push_str(line);
        block.push('\n');
    }
    assert!(found, "no `{marker}` in rules/{file}");
    block
}

/// The built-in rule holding `marker`, with `from` replaced by `to` (which must occur).
fn edited(file: &str, marker: &str, from: &str, to: &str) -> String {
    let rule = builtin_rule(file, marker);
    assert!(rule.contains(from), "`{from}` not in {rule}");
    rule.replacen(from, to, 1)
}

/// A rules directory holding `text` as `mine.toml`.
fn rules_dir(name: &str, text: &str) -> (PathBuf, String) {
    let dir = temp_dir(name);
    std::fs::write(dir.join("mine.toml"), text).expect("write");
    let path = dir.to_str().expect("UTF-8 path").to_string();
    (dir, path)
}

/// `rules diff --against DIR --json` for a directory holding `text`, exit 1: its changes.
fn changes(name: &str, text: &str) -> Vec<Value> {
    let (dir, path) = rules_dir(name, text);
    let v = json_code(&["rules", "diff", "--against", &path], 1);
    assert_eq!(v["against"], path.as_str());
    assert_eq!(v["from"], Value::Null);
    let list = arr(&v, "changes").clone();
    assert_eq!(v["count"], list.len());
    let _ = std::fs::remove_dir_all(dir);
    list
}

/// The only change of a directory holding `text`.
fn only_change(name: &str, text: &str) -> Value {
    let list = changes(name, text);
    assert_eq!(list.len(), 1, "{list:#?}");
    list.into_iter().next().expect("one")
}

const TARGETS: &str = "targets.toml";
const PRODIRECT_B: &str = "minutes = 120";

fn prodirect_b(from: &str, to: &str) -> String {
    // The ProDirect severity B cell is the one target with two hours.
    edited(TARGETS, PRODIRECT_B, from, to)
}

#[test]
fn a_targets_minutes() {
    let c = only_change("minutes", &prodirect_b("minutes = 120", "minutes = 60"));
    assert_eq!(s(&c, "kind"), "target");
    assert_eq!(s(&c, "change"), "changed");
    assert_eq!(s(&c, "key"), "prodirect × B");
    assert_eq!(c["differs"], serde_json::json!(["response"]));
    assert_eq!(c["before"]["response"], "less than 2 hours");
    assert_eq!(c["after"]["response"], "less than 1 hour");
    assert_eq!(c["before"]["counts"], "business hours");
    assert_eq!(c["after"]["as written"], "ProDirect: < 2 uur");
    let before = &c["before_source"][0];
    assert_eq!(before["document_id"], "power-platform");
    assert_eq!(before["date"], Value::Null);
    assert!(
        s(before, "section").starts_with("Wat is de initiële responstijd"),
        "{before}"
    );
    assert!(before.get("rules_file").is_none(), "{before}");
    let after = &c["after_source"][0];
    assert!(s(after, "rules_file").ends_with("mine.toml"), "{after}");
}

#[test]
fn a_targets_coverage() {
    let c = only_change(
        "coverage",
        &prodirect_b("coverage = \"business-hours\"", "coverage = \"24x7\""),
    );
    assert_eq!(s(&c, "key"), "prodirect × B");
    assert_eq!(c["differs"], serde_json::json!(["counts"]));
    assert_eq!(c["before"]["counts"], "business hours");
    assert_eq!(c["after"]["counts"], "24x7 (around the clock)");
}

#[test]
fn a_regions_hours() {
    let c = only_change(
        "hours",
        &edited(
            "regions.toml",
            "id = \"emea\"",
            "close = \"18:00\"",
            "close = \"17:00\"",
        ),
    );
    assert_eq!(s(&c, "kind"), "region");
    assert_eq!(s(&c, "key"), "emea");
    assert_eq!(c["differs"], serde_json::json!(["hours"]));
    assert_eq!(c["before"]["hours"], "Mon–Fri 08:00–18:00");
    assert_eq!(c["after"]["hours"], "Mon–Fri 08:00–17:00");
    assert_eq!(c["after"]["zone"], "Europe/Paris");
}

#[test]
fn a_language_desk_added_to_a_region() {
    let c = only_change(
        "desk",
        &edited(
            "languages.toml",
            "id = \"french\"",
            "regions = [\"emea\"]",
            "regions = [\"emea\", \"north-america\"]",
        ),
    );
    assert_eq!(s(&c, "kind"), "language-desk");
    assert_eq!(s(&c, "change"), "added");
    assert_eq!(s(&c, "key"), "french × north-america");
    assert_eq!(c["before"], Value::Null);
    assert_eq!(c["before_source"], Value::Null);
    assert_eq!(c["after"]["coverage"], "business hours");
    assert_eq!(c["after_source"][0]["document_id"], "power-platform");
}

#[test]
fn a_route_changed_for_every_product_it_serves_is_one_change() {
    let c = only_change(
        "route",
        &edited(
            "routes.toml",
            "id = \"premier-online\"",
            "channel = \"Microsoft Premier Online portal, or Premier phone channels\"",
            "channel = \"Services Hub\"",
        ),
    );
    assert_eq!(s(&c, "kind"), "route");
    assert_eq!(
        s(&c, "key"),
        "premier-online × dynamics-365, power-platform, customer-engagement, finance, \
         supply-chain-management, commerce, finance-and-operations, dynamics-on-premises × any plan"
    );
    assert_eq!(arr(&c, "keys").len(), 8);
    assert_eq!(c["keys"][0], "premier-online × dynamics-365 × any plan");
    assert_eq!(c["differs"], serde_json::json!(["file at"]));
    assert_eq!(
        c["before"]["file at"],
        "Microsoft Premier Online portal, or Premier phone channels (an alternative)"
    );
    assert_eq!(c["after"]["file at"], "Services Hub (an alternative)");
}

#[test]
fn a_route_no_longer_given_for_a_product_is_removed() {
    let c = only_change(
        "removed",
        &edited(
            "routes.toml",
            "id = \"premier-online\"",
            ", \"dynamics-on-premises\"]",
            "]",
        ),
    );
    assert_eq!(s(&c, "change"), "removed");
    assert_eq!(
        s(&c, "key"),
        "premier-online × dynamics-on-premises × any plan"
    );
    assert_eq!(c["after"], Value::Null);
    assert_eq!(c["after_source"], Value::Null);
    assert_eq!(
        c["before"]["file at"],
        "Microsoft Premier Online portal, or Premier phone channels (an alternative)"
    );
}

#[test]
fn a_phone_number() {
    let c = only_change(
        "phone",
        &edited(
            "m365.toml",
            "id = \"m365-united-states\"",
            "number = \"1 800 865 9408\"",
            "number = \"1 800 865 0000\"",
        ),
    );
    assert_eq!(s(&c, "kind"), "phone-line");
    assert_eq!(s(&c, "key"), "m365-united-states");
    assert_eq!(c["differs"], serde_json::json!(["number"]));
    assert_eq!(c["before"]["number"], "1 800 865 9408");
    assert_eq!(c["after"]["number"], "1 800 865 0000");
}

#[test]
fn a_reopen_rule() {
    let c = only_change(
        "reopen",
        &edited("reopen.toml", "number = 4", "months = 3", "months = 6"),
    );
    assert_eq!(s(&c, "kind"), "reopen-rule");
    assert_eq!(s(&c, "key"), "rule 4");
    assert_eq!(c["differs"], serde_json::json!(["months"]));
    assert_eq!(c["before"]["months"], "3");
    assert_eq!(c["after"]["months"], "6");
    assert_eq!(c["after"]["otherwise"], "new-incident-recommended");
}

#[test]
fn a_partner_allowance() {
    let c = only_change(
        "allowance",
        &edited(
            "partners.toml",
            "membership = \"silver\"",
            "incidents = 15",
            "incidents = 25",
        ),
    );
    assert_eq!(s(&c, "kind"), "allowance");
    assert_eq!(
        s(&c, "key"),
        "silver × any competency × Microsoft product support (recent on-premises products only)"
    );
    assert_eq!(c["before"]["incidents"], "15");
    assert_eq!(c["after"]["incidents"], "25");
}

#[test]
fn an_added_region() {
    let region = edited(
        "regions.toml",
        "id = \"japan\"",
        "id = \"japan\"",
        "id = \"okinawa\"",
    )
    .replace("name = \"Japan\"", "name = \"Okinawa\"")
    .replace("aliases = [\"jp\"]", "aliases = []")
    .replace("zones = [\"Asia/Tokyo\", \"Japan\"]", "zones = []");
    let c = only_change("added", &region);
    assert_eq!(s(&c, "kind"), "region");
    assert_eq!(s(&c, "change"), "added");
    assert_eq!(s(&c, "key"), "okinawa");
    assert_eq!(c["after"]["hours"], "Mon–Fri 09:00–17:30");
    assert_eq!(c["after"]["zone"], "Asia/Tokyo");
}

#[test]
fn the_table_says_before_and_after_with_their_sources() {
    let (dir, path) = rules_dir("table", &prodirect_b("minutes = 120", "minutes = 60"));
    let (code, out, err) = run(&["rules", "diff", "--against", &path]);
    assert_eq!(code, 1, "{err}");
    assert!(err.is_empty(), "{err}");
    assert!(
        out.starts_with("1 answer changes between the built-in rules (before) and the"),
        "{out}"
    );
    for line in [
        "Target  prodirect × B",
        "Change  changed: response",
        "Before  response: less than 2 hours",
        "        Source: power-platform (undated), \"Wat is de initiële responstijd en hoe",
        "After   response: less than 1 hour",
    ] {
        assert!(
            out.lines().any(|l| l == line),
            "no line `{line}` in:\n{out}"
        );
    }
    assert!(out.contains("as your rules in"), "{out}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn nothing_changed_exits_0() {
    // The built-in EMEA region restated as it is: the same answer, from the same section.
    let (dir, path) = rules_dir("same", &builtin_rule("regions.toml", "id = \"emea\""));
    let (code, out, err) = run(&["rules", "diff", "--against", &path]);
    assert_eq!(code, 0, "{err}");
    assert!(err.is_empty(), "{err}");
    assert!(
        out.starts_with("No answer changes: the built-in rules and the built-in rules with"),
        "{out}"
    );
    let v = json_code(&["rules", "diff", "--against", &path], 0);
    assert_eq!(v["count"], 0);
    assert_eq!(v["changes"], serde_json::json!([]));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn before_is_the_global_rules() {
    let (a_dir, a) = rules_dir("before-a", &prodirect_b("minutes = 120", "minutes = 60"));
    let (b_dir, b) = rules_dir("before-b", &prodirect_b("minutes = 120", "minutes = 60"));
    // The same change on both sides: nothing differs.
    let v = json_code(&["--rules", &a, "rules", "diff", "--against", &b], 0);
    assert_eq!(v["from"], a.as_str());
    assert_eq!(v["count"], 0);
    // Back to the built-in hours: A's target is the "before".
    let (c_dir, c) = rules_dir("before-c", &builtin_rule("regions.toml", "id = \"emea\""));
    let v = json_code(&["--rules", &a, "rules", "diff", "--against", &c], 1);
    let change = &v["changes"][0];
    assert_eq!(change["before"]["response"], "less than 1 hour");
    assert_eq!(change["after"]["response"], "less than 2 hours");
    assert!(s(&change["before_source"][0], "rules_file").ends_with("mine.toml"));
    assert!(change["after_source"][0].get("rules_file").is_none());
    for dir in [a_dir, b_dir, c_dir] {
        let _ = std::fs::remove_dir_all(dir);
    }
}

#[test]
fn a_bad_against_directory_is_one_line_and_exit_2() {
    let line = refused("rules diff --against /nonexistent/rules");
    assert!(
        line.contains("/nonexistent/rules: cannot read rules directory"),
        "{line}"
    );
    let (dir, path) = rules_dir("invalid", "[[plan]]\nid = 3\n");
    let line = usage_error(&["rules", "diff", "--against", &path, "--json"]);
    assert!(line.contains("mine.toml:2:6"), "{line}");
    let _ = std::fs::remove_dir_all(dir);
    let line = refused("rules diff");
    assert!(line.contains("--against"), "{line}");
}
