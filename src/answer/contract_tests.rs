//! Property tests of the JSON contract (../shared/CONTRACT.md): every `sla` answer the
//! rules can give, at any instant on any region, serialises to JSON with the fields scripts
//! rely on, and its instants are RFC 3339 in UTC with a `Z`.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::Value;

use super::due_instant::DueQuery;
use super::sla::{self, SlaQuery};
use crate::clock::calendar_choice::Whereabouts;
use crate::rules::model::{Named, RegionZone};
use crate::rules::RuleSet;

fn rules() -> &'static RuleSet {
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().unwrap_or_else(|e| panic!("{e}")))
}

/// Every plan and severity pair the rules give a target for.
fn pairs() -> Vec<(String, String)> {
    let rules = rules();
    let mut pairs: Vec<(String, String)> = rules
        .targets()
        .iter()
        .filter(|t| t.product.is_none())
        .map(|t| {
            (
                rules.plan(t.plan).id.clone(),
                rules.severity(t.severity).id.clone(),
            )
        })
        .collect();
    pairs.sort();
    pairs.dedup();
    pairs
}

fn is_utc_rfc3339(v: &Value) -> bool {
    v.as_str()
        .is_some_and(|s| s.ends_with('Z') && DateTime::parse_from_rfc3339(s).is_ok())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn every_sla_answer_carries_the_contract_fields(
        pair in 0usize..64,
        region in 0usize..8,
        minutes in 0i64..(4 * 366 * 24 * 60),
    ) {
        let rules = rules();
        let pairs = pairs();
        let (plan, severity) = &pairs[pair % pairs.len()];
        let regions: Vec<&str> = rules
            .regions()
            .iter()
            // Customers' regions: a service desk's hours are refused for a plan's target.
            .filter(|r| r.zone != RegionZone::Local && r.service.is_none())
            .map(Named::id)
            .collect();
        let region = regions[region % regions.len()];
        let start = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single().unwrap_or_default();
        let submitted = start + TimeDelta::minutes(minutes);
        let query = SlaQuery { plan, severity, product: None, preview: false, condition_met: None, about: crate::rules::model::About::Technical };
        let clock = DueQuery {
            submitted: submitted.fixed_offset(),
            whereabouts: Whereabouts { region: Some(region), customer_zone: None, default_zone: chrono_tz::Tz::UTC },
            holidays: &crate::holidays::Catalog::default(),
            explain: true,
            responded: None,
            now: submitted,
            shown: chrono_tz::America::New_York,
        };
        let answer = sla::answer(rules, &query, Some(&clock)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let json = serde_json::to_value(&answer).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for field in ["plan", "severity", "target_minutes", "target_business_days", "bound", "coverage",
                      "source", "submitted", "due", "due_local", "region", "time_zone"] {
            prop_assert!(json.get(field).is_some(), "`{}` missing: {}", field, json);
        }
        prop_assert!(matches!(json["coverage"].as_str(), Some("24x7" | "business-hours" | "best-effort" | "unspecified")));
        prop_assert!(matches!(json["bound"].as_str(), None | Some("lt" | "le")));
        // A due instant the target's own document does not give is labelled as a cross-reference.
        prop_assert_eq!(json["coverage"] == "unspecified", json["cross_reference"].is_string());
        prop_assert!(is_utc_rfc3339(&json["submitted"]));
        match json["coverage"].as_str() {
            Some("best-effort") => prop_assert!(json["due"].is_null()),
            _ if json["target_minutes"].is_null() && json["target_business_days"].is_null() => {
                prop_assert!(json["due"].is_null())
            }
            _ => {
                prop_assert!(is_utc_rfc3339(&json["due"]), "{}", json["due"]);
                let local = json["due_local"].as_str().unwrap_or_default();
                let due = DateTime::parse_from_rfc3339(json["due"].as_str().unwrap_or_default());
                prop_assert_eq!(DateTime::parse_from_rfc3339(local).ok(), due.ok(), "due_local is the same instant");
            }
        }
        let source = &json["source"];
        let cites = match source { Value::Array(list) => list.clone(), other => vec![other.clone()] };
        for cite in cites {
            for field in ["document", "file", "section"] {
                prop_assert!(cite[field].as_str().is_some_and(|s| !s.is_empty()), "{}", cite);
            }
            prop_assert!(cite["date"].is_null() || cite["date"].as_str().is_some_and(|d| d.len() == 10), "{}", cite);
        }
    }
}

/// A random rule set: regions with random windows in random zones, and a plan whose
/// targets have random amounts and coverage, over the built-in documents.
fn random_rules() -> impl Strategy<Value = String> {
    let zone = prop::sample::select(vec![
        "Europe/Paris",
        "America/Los_Angeles",
        "Etc/GMT-8",
        "Asia/Tokyo",
        "Australia/Lord_Howe",
        "America/Santiago",
        "UTC",
    ]);
    // Open days, and half-hour points taken in pairs as windows: never overlapping.
    let windows = (
        prop::collection::btree_set(0usize..7, 1..=7),
        prop::collection::btree_set(0u16..=48, 2..=6),
    );
    let region = (zone, windows);
    let amount = prop_oneof![
        (1u32..=5000).prop_map(|m| format!("minutes = {m}")),
        (1u32..=5).prop_map(|d| format!("business-days = {d}")),
    ];
    let coverage = prop::sample::select(vec!["24x7", "business-hours"]);
    let target = (amount, coverage);
    (prop::collection::vec(region, 1..=3), prop::collection::vec(target, 3))
        .prop_map(|(regions, targets)| {
            const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
            const SOURCE: &str = r#"source = [{ doc = "power-platform", section = "Welke uren worden als lokale kantooruren voor ondersteuning beschouwd?" }]"#;
            let mut text = String::new();
            for (i, (zone, (days, points))) in regions.iter().enumerate() {
                text += &format!("[[region]]\nid = \"r{i}\"\nname = \"R{i}\"\nzone = \"{zone}\"\nclosed-on-holidays = true\n");
                text += "as-written = { region = \"\", hours = \"\", days = \"\", exclusions = \"\" }\n";
                text += SOURCE;
                text += "\nwindow = [\n";
                let days: Vec<String> = days.iter().map(|d| format!("\"{}\"", DAYS[*d])).collect();
                let time = |half: u16| format!("{:02}:{:02}", half / 2, half % 2 * 30);
                let points: Vec<u16> = points.iter().copied().collect();
                for pair in points.chunks_exact(2) {
                    text += &format!(
                        "  {{ days = [{}], open = \"{}\", close = \"{}\" }},\n",
                        days.join(", "),
                        time(pair[0]),
                        time(pair[1])
                    );
                }
                text += "]\n\n";
            }
            text += "[[plan]]\nid = \"p\"\nname = \"P\"\nincludes = []\n";
            text += SOURCE;
            text += "\n\n";
            for ((amount, coverage), severity) in targets.iter().zip(["A", "B", "C"]) {
                text += &format!(
                    "[[target]]\nplan = \"p\"\nseverity = \"{severity}\"\n{amount}\ncoverage = \"{coverage}\"\nas-written = \"\"\n{SOURCE}\n\n"
                );
            }
            text
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 128, failure_persistence: None, ..ProptestConfig::default() })]

    /// For random rule sets that pass the check, every answer is produced and carries the
    /// contract's fields.
    #[test]
    fn random_rule_sets_that_load_answer_with_the_contract_fields(
        text in random_rules(),
        minutes in 0i64..(2 * 366 * 24 * 60),
    ) {
        let mut files = RuleSet::builtin_texts();
        files.retain(|f| f.name.ends_with("documents.toml") || f.name.ends_with("severities.toml"));
        files.push(crate::rules::RuleText { name: "random.toml".into(), text, user: true });
        let Ok(rules) = RuleSet::from_texts(&files) else {
            return Ok(()); // the check refused it, with its reasons: nothing to answer
        };
        let submitted = Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).single().unwrap_or_default()
            + TimeDelta::minutes(minutes);
        for region in rules.regions() {
            for severity in ["A", "B", "C"] {
                let query = SlaQuery { plan: "p", severity, product: None, preview: false, condition_met: None, about: crate::rules::model::About::Technical };
                let clock = DueQuery {
                    submitted: submitted.fixed_offset(),
                    whereabouts: Whereabouts { region: Some(region.id()), customer_zone: None, default_zone: chrono_tz::Tz::UTC },
                    holidays: &crate::holidays::Catalog::default(),
                    explain: true,
                    responded: None,
                    now: submitted,
                    shown: chrono_tz::Asia::Kolkata,
                };
                let answer = sla::answer(&rules, &query, Some(&clock)).map_err(|e| TestCaseError::fail(e.to_string()))?;
                let json = serde_json::to_value(&answer).map_err(|e| TestCaseError::fail(e.to_string()))?;
                for field in ["plan", "severity", "target_minutes", "coverage", "source", "due", "due_local", "due_tz", "region", "time_zone"] {
                    prop_assert!(json.get(field).is_some(), "`{}` missing: {}", field, json);
                }
                prop_assert!(is_utc_rfc3339(&json["due"]), "{}", json["due"]);
                let _ = crate::answer::Answer::table(&answer, &crate::render::style::Style::PLAIN);
            }
            let at = crate::answer::hours::at(&rules, Some(region.id()), submitted, None, chrono_tz::Asia::Kolkata, &crate::holidays::Catalog::default())
                .map_err(|e| TestCaseError::fail(e.to_string()))?;
            let json = serde_json::to_value(&at).map_err(|e| TestCaseError::fail(e.to_string()))?;
            for field in ["region", "time_zone", "open", "next_change", "next_change_tz", "source"] {
                prop_assert!(json.get(field).is_some(), "`{}` missing: {}", field, json);
            }
            let _ = crate::answer::Answer::table(&at, &crate::render::style::Style::PLAIN);
        }
        let table = crate::answer::hours::table(&rules, None, None).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(serde_json::to_value(&table).is_ok());
        let _ = crate::answer::Answer::table(&table, &crate::render::style::Style::PLAIN);
        let _ = crate::answer::Answer::table(&crate::answer::plans::answer(&rules), &crate::render::style::Style::PLAIN);
        let _ = crate::answer::Answer::table(&crate::answer::ids::answer(&rules, None).expect("every kind"), &crate::render::style::Style::PLAIN);
    }
}
