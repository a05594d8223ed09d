//! A user's rules directory layered over the built-in rules, `rules dump`, and `rules
//! check` with carets.

use serde_json::Value;

use crate::common::{cmd, temp_dir};

const COMPANY: &str = r#"
# The EMEA desk as the built-in rules have it, closed on two company days too.
[[region]]
id = "emea"
name = "EMEA (Europe, Middle East and Africa)"
aliases = ["europe", "eu"]
zone = "Europe/Paris"
zones = ["Europe/*"]
closed-on-holidays = true
holidays = ["2026-12-24", "2026-12-31"]
window = [{ days = ["mon", "tue", "wed", "thu", "fri"], open = "08:00", close = "18:00" }]
as-written = { region = "EMEA", hours = "8 uur tot 6 uur CET (UTC +1)", days = "Maandag t/m vrijdag", exclusions = "Weekends en feestdagen" }
source = [{ doc = "power-platform", section = "Welke uren worden als lokale kantooruren voor ondersteuning beschouwd?" }]

# A plan alias our staff type.
[[plan]]
id = "prodirect"
name = "Professional Direct (ProDirect)"
aliases = ["professional-direct", "pro-direct", "pd", "our-plan"]
products = ["dynamics-365", "power-platform", "customer-engagement", "business-central", "finance", "supply-chain-management", "commerce", "finance-and-operations", "billing", "licensing"]
includes = ["Our contract: ProDirect."]
source = [{ doc = "power-platform", section = "Hoe verhoudt de ondersteuning van Professional Direct zich tot Premier-/Unified-ondersteuning?" }]
"#;

#[test]
fn a_users_rules_add_to_and_override_the_builtin_ones() {
    let dir = temp_dir("company");
    std::fs::write(dir.join("company.toml"), COMPANY).expect("write");
    let rules = dir.to_str().expect("UTF-8 path");

    let check = cmd(&["rules", "check", rules]).output().expect("runs");
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );

    // Wednesday 23 December 2026 17:00 Paris, ProDirect B (2 h): 1 h on Wednesday; the 24th
    // is a company holiday; Christmas is not one of ours, so the second hour is on Friday
    // the 25th, 08:00-09:00.
    let out = cmd(&[
        "--rules",
        rules,
        "sla",
        "--plan",
        "our-plan",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        "2026-12-23T17:00:00+01:00",
        "--json",
    ])
    .output()
    .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(v["plan"], "prodirect", "the alias from the user's rules");
    assert_eq!(v["due"], "2026-12-25T08:00:00Z");
    assert_eq!(v["holidays"]["skipped"], serde_json::json!(["2026-12-24"]));
    let calendar = &v["calendar_source"];
    assert!(
        calendar["rules_file"]
            .as_str()
            .is_some_and(|f| f.ends_with("company.toml")),
        "{calendar}"
    );
    // Rules the user left alone still come from the built-in ones.
    assert!(v["source"].get("rules_file").is_none(), "{}", v["source"]);

    // The table says which file changed the calendar.
    let table = cmd(&[
        "--rules",
        rules,
        "sla",
        "--plan",
        "pd",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        "2026-12-23T17:00:00+01:00",
    ])
    .output()
    .expect("runs");
    assert!(
        String::from_utf8_lossy(&table.stdout).contains("as your rules in"),
        "the override is visible"
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn rules_dump_writes_the_builtin_files_and_never_overwrites() {
    let dir = temp_dir("dump");
    let target = dir.join("mine");
    let target_str = target.to_str().expect("UTF-8 path");
    let out = cmd(&["rules", "dump", target_str]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let written = std::fs::read_dir(&target).expect("written").count();
    assert!(written >= 10, "{written} files");
    // The dump is a valid rules directory that answers as the built-in rules do.
    let check = cmd(&["rules", "check", target_str]).output().expect("runs");
    assert_eq!(
        check.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let again = cmd(&["rules", "dump", target_str]).output().expect("runs");
    assert_eq!(again.status.code(), Some(2));
    assert!(again.stdout.is_empty());
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwrites"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn rules_check_shows_each_problem_with_a_caret_and_warnings_do_not_fail() {
    let dir = temp_dir("check");
    std::fs::write(
        dir.join("bad.toml"),
        "[[target]]\nplan = \"prodirekt\"\nseverity = \"B\"\nminutes = 60\ncoverage = \"24x7\"\nas-written = \"x\"\nsource = [{ doc = \"power-platform\", section = \"Kan een ondersteuningsincident worden heropend?\" }]\n",
    )
    .expect("write");
    let out = cmd(&["rules", "check", dir.to_str().expect("UTF-8")])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("error: unknown plan `prodirekt` (did you mean `prodirect`?)"),
        "{err}"
    );
    assert!(err.contains("bad.toml:2:8"), "{err}");
    assert!(err.contains("2 | plan = \"prodirekt\""), "{err}");
    assert!(err.contains("^^^^^^^^^^^"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
