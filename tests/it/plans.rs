//! `plans`: every plan and option of documents 000 and 001, and the partner plans of 002.

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// plans
// ---------------------------------------------------------------------------------------

#[test]
fn plans_lists_every_plan_and_option_of_both_documents() {
    let v = json(&["plans"]);
    let plans = arr(&v, "plans");
    let find = |id: &str| {
        plans
            .iter()
            .find(|p| s(p, "plan") == id)
            .unwrap_or_else(|| panic!("plan {id} in {v}"))
    };
    let sevs = |p: &Value| -> Vec<String> {
        arr(p, "severities")
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    // Document 001's response table: A/B/C for Abonnement, ProDirect, Premier;
    // Kritisch/Standaard for the Unified plans.
    for id in ["subscription", "prodirect", "premier"] {
        assert_eq!(sevs(find(id)), ["A", "B", "C"], "{id}");
    }
    for id in ["unified-core", "unified-advanced", "unified-performance"] {
        assert_eq!(sevs(find(id)), ["critical", "standard"], "{id}");
    }
    // Document 001's second where-to-file table header: Software Assurance, Advantage/Advantage+.
    find("software-assurance");
    find("advantage");
    // Document 000's options.
    for id in [
        "powerbi-community",
        "powerbi-pro",
        "powerbi-premium",
        "powerbi-admin",
    ] {
        let p = find(id);
        assert!(arr(p, "products").iter().any(|x| x == "power-bi"), "{p}");
    }
    for p in plans {
        assert!(!arr(p, "includes").is_empty(), "what it includes: {p}");
        assert!(!sources(p).is_empty(), "{p}");
    }
    // "Ondersteuning voor Power BI-beheerders": technical and billing support.
    assert!(text_of(find("powerbi-admin"), "includes").contains("billing support: yes"));
    // ProDirect's "24 uur per dag probleemoplossing" carries reading 6.
    assert!(s(find("prodirect"), "note").contains("reading 6"));
}

#[test]
fn plans_lists_the_partner_plans() {
    let v = json(&["plans"]);
    let plans = arr(&v, "plans");
    let find = |name: &str| {
        plans
            .iter()
            .find(|p| s(p, "name").contains(name))
            .unwrap_or_else(|| panic!("a plan named `{name}` in {v}"))
    };
    // "Premier Support voor partners: het hoogste niveau van technische ondersteuning"
    let p = find("Premier Support for Partners");
    assert_mentions(
        &text_of(p, "includes"),
        &[
            "paid",
            "highest",
            "https://partner.microsoft.com/support/microsoft-services-premier-support",
        ],
        "plan Premier Support for Partners",
    );
    assert_cites(p, MPN_FILE, MPN_PLANS, "plan Premier Support for Partners");
    // "Geavanceerde ondersteuning voor partners - alleen cloudproducten"
    let p = find("Advanced Support for Partners");
    assert_mentions(
        &text_of(p, "includes"),
        &[
            "paid",
            "cloud products only",
            "https://partner.microsoft.com/support/advanced-cloud-support",
        ],
        "plan Advanced Support for Partners",
    );
    assert_cites(p, MPN_FILE, MPN_PLANS, "plan Advanced Support for Partners");
}
