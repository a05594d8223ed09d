//! `plans`, `ids` and `policy`: everything users may type, and the other answers.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// plans, ids, policy
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
    let err = usage_error(&["ids", "plnas"]);
    assert!(
        err.contains(
            "unknown kind `plnas` (did you mean `plans`?); valid kinds: `plans`, `severities`"
        ),
        "{err}"
    );
}

#[test]
fn values_of_closed_lists_are_read_however_typed() {
    for args in [
        &["--format", "JSON", "ids", "sev"][..],
        &["--format", " Json ", "ids", "sev"],
        &["--color", "NEVER", "--json", "ids", "sev"],
        &["--colour", "Never", "--json", "ids", "sev"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        assert!(out.starts_with('{'), "{args:?}: {out}");
    }
    let (code, out, _) = run(&[
        "partner",
        "--competency",
        "Cloud",
        "--membership",
        "Gold Competency",
        "--json",
    ]);
    assert_eq!(code, 0, "{out}");
    for shell in ["BASH", "Zsh", "PowerShell", "power_shell"] {
        let (code, out, err) = run(&["completions", shell]);
        if shell == "power_shell" {
            // `power-shell` is not how the shell is named; it is suggested.
            assert_eq!(code, 2);
            assert!(err.contains("did you mean `powershell`?"), "{err}");
        } else {
            assert_eq!((code, err.as_str()), (0, ""), "{shell}");
            assert!(!out.is_empty());
        }
    }
}

#[test]
fn misspelt_subcommands_flags_and_values_get_a_suggestion_of_their_kind() {
    for (args, expected) in [
        (&["sal", "--plan", "prodirect"][..], "unrecognized subcommand `sal` (did you mean `sla`?); valid subcommands: `advise`, `where`, `sla`,"),
        (&["rules", "chek"], "unrecognized subcommand `chek` (did you mean `check`?)"),
        (&["sla", "--plna", "prodirect", "--sev", "B"], "unexpected argument `--plna` (did you mean `--plan`?)"),
        (&["where", "--prodcut=x"], "unexpected argument `--prodcut` (did you mean `--product`?)"),
        (&["--format", "jsn", "plans"], "invalid value `jsn` for `--format <FORMAT>` (did you mean `json`?); valid values: `table`, `json`"),
        (&["sla", "--plan", "advanced", "--sev", "A"], "(did you mean `unified-advanced`?)"),
        (&["sla", "--plan", "prodirect", "--sev", "sev1"], "(did you mean `A`?)"),
        (&["sla", "--plan", "prodirect", "--sev", "Severity 1"], "(did you mean `A`?)"),
        (&["sla", "--plan", "prodirect", "--sev", "2"], "(did you mean `B`?)"),
        (&["where", "--product", "dynamics-365", "--plan", "unifed"], "(did you mean `unified`?)"),
    ] {
        let err = usage_error(args);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn display_names_are_read_as_ids() {
    let v = json(&["sla", "--plan", "Premier Support", "--sev", "Severity A"]);
    assert_eq!((s(&v, "plan"), s(&v, "severity")), ("premier", "A"));
    let v = json(&["sla", "--plan", "Professional Direct", "--sev", "b"]);
    assert_eq!(s(&v, "plan"), "prodirect");
}

#[test]
fn policy_list_one_topic_and_unknown_topic() {
    let v = json(&["policy"]);
    let topics: Vec<&str> = arr(&v, "topics").iter().map(|t| s(t, "topic")).collect();
    assert!(topics.contains(&"preview"), "{topics:?}");

    // "Ondersteunen de ondersteuningsplannen previewservices (bèta) of -functies?":
    // break-fix only, English only, no 24/7.
    let v = json(&["policy", "preview"]);
    assert_eq!(s(&v, "topic"), "preview");
    let points = text_of(&v, "points");
    assert!(
        points.contains("break-fix") && points.contains("english only"),
        "{points}"
    );
    assert!(points.contains("no 24/7"), "{points}");
    let sections: Vec<&str> = sources(&v).iter().map(|x| s(x, "section")).collect();
    assert!(
        sections.contains(&"Wat is een preview-service (bèta) of -functie?"),
        "{sections:?}"
    );

    // case-insensitive
    assert_eq!(s(&json(&["policy", "PREVIEW"]), "topic"), "preview");

    let err = usage_error(&["policy", "previw"]);
    assert!(err.contains("did you mean `preview`"), "{err}");
}
