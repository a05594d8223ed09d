//! Property tests of the JSON contract (../shared/CONTRACT.md): every `sla` answer the
//! rules can give, at any instant on any region, serialises to JSON with the fields scripts
//! rely on, and its instants are RFC 3339 in UTC with a `Z`.

use chrono::{DateTime, TimeDelta, TimeZone, Utc};
use proptest::prelude::*;
use serde_json::Value;

use super::clock::ClockQuery;
use super::sla::{self, SlaQuery};
use crate::region_choice::Whereabouts;
use crate::rules::{Identified, RuleSet};

fn rules() -> &'static RuleSet {
    static RULES: std::sync::OnceLock<RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(|| RuleSet::builtin().unwrap_or_else(|e| panic!("{e}")))
}

/// Every plan and severity pair the rules give a target for.
fn pairs() -> Vec<(String, String)> {
    let rules = rules();
    let mut pairs: Vec<(String, String)> = rules
        .targets
        .iter()
        .filter(|t| t.product.is_none())
        .map(|t| (t.plan.get_ref().clone(), t.severity.get_ref().clone()))
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
            .regions
            .iter()
            .filter(|r| r.zone.get_ref() != "local")
            .map(Identified::id)
            .collect();
        let region = regions[region % regions.len()];
        let start = Utc.with_ymd_and_hms(2025, 1, 1, 0, 0, 0).single().unwrap_or_default();
        let submitted = start + TimeDelta::minutes(minutes);
        let query = SlaQuery { plan, severity, product: None };
        let clock = ClockQuery {
            submitted,
            whereabouts: Whereabouts { region: Some(region), customer_zone: None, default_zone: chrono_tz::Tz::UTC },
            holidays: None,
            explain: true,
            now: submitted,
        };
        let answer = sla::answer(rules, &query, Some(&clock)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let json = serde_json::to_value(&answer).map_err(|e| TestCaseError::fail(e.to_string()))?;
        for field in ["plan", "severity", "target_minutes", "target_business_days", "coverage", "source",
                      "submitted", "due", "due_local", "region", "time_zone"] {
            prop_assert!(json.get(field).is_some(), "`{}` missing: {}", field, json);
        }
        prop_assert!(matches!(json["coverage"].as_str(), Some("24x7" | "business-hours" | "best-effort")));
        prop_assert!(is_utc_rfc3339(&json["submitted"]));
        match json["coverage"].as_str() {
            Some("best-effort") => prop_assert!(json["due"].is_null()),
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
        }
    }
}
