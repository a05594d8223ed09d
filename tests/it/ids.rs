//! `ids`: everything users may type, by kind, and the ids of documents 002 to 004.

use std::collections::BTreeSet;

use crate::common::*;
use crate::contact::PHONE_LINES;

// ---------------------------------------------------------------------------------------
// ids
// ---------------------------------------------------------------------------------------

#[test]
fn ids_lists_every_kind_users_type() {
    let v = json(&["ids"]);
    let kind = |k: &str| -> BTreeSet<String> {
        arr(&v, "kinds")
            .iter()
            .find(|x| s(x, "kind") == k)
            .map(|x| {
                arr(x, "ids")
                    .iter()
                    .map(|i| s(i, "id").to_string())
                    .collect()
            })
            .unwrap_or_else(|| panic!("kind {k} in {v}"))
    };
    let set = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<BTreeSet<_>>();
    assert_eq!(
        kind("severities"),
        set(&["A", "B", "C", "critical", "standard"])
    );
    let plans = kind("plans");
    for p in [
        "subscription",
        "prodirect",
        "premier",
        "unified-core",
        "unified-advanced",
        "unified-performance",
        "powerbi-community",
        "powerbi-pro",
        "powerbi-premium",
        "powerbi-admin",
    ] {
        assert!(plans.contains(p), "plan {p}: {plans:?}");
    }
    let regions = kind("regions");
    for r in ["apac", "japan", "emea", "north-america", "other"] {
        assert!(regions.contains(r), "region {r}: {regions:?}");
    }
    let products = kind("products");
    for p in [
        "dynamics-365",
        "power-platform",
        "business-central",
        "customer-engagement-on-premises",
        "finance",
        "supply-chain-management",
        "commerce",
        "power-bi",
    ] {
        assert!(products.contains(p), "product {p}: {products:?}");
    }
    assert!(kind("topics").contains("preview"));

    let (code, out, err) = run(&["ids"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        out.contains("prodirect") && out.contains("north-america"),
        "{out}"
    );
}

#[test]
fn ids_of_one_kind_are_the_full_answer_restricted_to_it() {
    let all = json(&["ids"]);
    for (typed, kind) in [
        ("plans", "plans"),
        ("Plan", "plans"),
        ("SEVERITIES", "severities"),
        ("sev", "severities"),
        ("product", "products"),
        ("regions", "regions"),
        ("Phone Lines", "phone lines"),
        ("line", "phone lines"),
        ("memberships", "memberships"),
        ("topic", "topics"),
        ("channels", "channels"),
    ] {
        let one = json(&["ids", typed]);
        let kinds = arr(&one, "kinds");
        assert_eq!(kinds.len(), 1, "{typed}: {one}");
        let full = arr(&all, "kinds")
            .iter()
            .find(|k| s(k, "kind") == kind)
            .unwrap_or_else(|| panic!("{kind} in {all}"));
        assert_eq!(&kinds[0], full, "{typed}");
        assert!(!sources(&one).is_empty(), "{typed}: {one}");
    }
    let err = refused("ids plnas");
    assert!(
        err.contains(
            "unknown kind `plnas` (did you mean `plans`?); valid kinds: `plans`, `severities`"
        ),
        "{err}"
    );
}

#[test]
fn ids_lists_memberships_phone_lines_and_the_new_ids() {
    let v = json(&["ids"]);
    let kind = |k: &str| -> BTreeSet<String> {
        arr(&v, "kinds")
            .iter()
            .find(|x| s(x, "kind") == k)
            .map(|x| {
                arr(x, "ids")
                    .iter()
                    .map(|i| s(i, "id").to_string())
                    .collect()
            })
            .unwrap_or_else(|| panic!("kind {k} in {v}"))
    };
    let set = |xs: &[&str]| xs.iter().map(|x| x.to_string()).collect::<BTreeSet<_>>();
    // Document 002's table columns: Action Pack, Silver, Gold.
    assert_eq!(kind("memberships"), set(&["action-pack", "silver", "gold"]));
    // Document 004's numbers.
    let lines: Vec<&str> = PHONE_LINES.iter().map(|l| l.id).collect();
    assert_eq!(kind("phone lines"), set(&lines));
    let products = kind("products");
    for p in [
        "microsoft-365",
        "office-365-21vianet",
        "office-365-germany",
        "mpn-product-support",
        "signature-cloud-support",
        "csp-customer-support",
    ] {
        assert!(products.contains(p), "product {p}: {products:?}");
    }
    let plans = kind("plans");
    for p in [
        "21vianet",
        "premier-support-for-partners",
        "advanced-support-for-partners",
        "signature-cloud-support",
    ] {
        assert!(plans.contains(p), "plan {p}: {plans:?}");
    }
    let regions = kind("regions");
    for r in ["china", "china-critical", "m365-billing", "germany-billing"] {
        assert!(regions.contains(r), "region {r}: {regions:?}");
    }
    let topics = kind("topics");
    for t in [
        "cloud-competencies",
        "access-id-already-associated",
        "csp-escalation",
        "21vianet-billing",
        "germany-support",
    ] {
        assert!(topics.contains(t), "topic {t}: {topics:?}");
    }
}
