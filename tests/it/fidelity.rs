//! Fidelity to the documents where answers used to stray (issue 11): each kind with the
//! example it was found by and more of the same kind, in table and JSON.

use crate::common::*;

fn table(args: &[&str]) -> String {
    let (code, out, err) = run(args);
    assert_eq!(code, 0, "{args:?}\nstdout: {out}\nstderr: {err}");
    out
}

// ---------------------------------------------------------------------------------------
// Strict or inclusive: `bound` (issue 11, item 7)
// ---------------------------------------------------------------------------------------

#[test]
fn strict_targets_are_lt_where_the_cell_writes_less_than() {
    // "ProDirect: < 1 uur, dag en nacht", "Abonnement: < 4 uur", "Unified Performance: < 30 minuten, dag en nacht"
    for (plan, sev, minutes) in [
        ("prodirect", "A", 60),
        ("subscription", "B", 240),
        ("unified-performance", "critical", 30),
    ] {
        let v = json(&["sla", "--plan", plan, "--sev", sev]);
        assert_eq!(v["bound"], "lt", "{plan} {sev}: {v}");
        assert_eq!(v["target_minutes"], minutes, "{plan} {sev}: {v}");
    }
    let out = table(&["sla", "--plan", "prodirect", "--sev", "B"]);
    assert!(out.contains("less than 2 hours"), "{out}");
}

#[test]
fn inclusive_targets_are_le_where_the_cell_writes_or_less() {
    // 21Vianet: "1 uur of minder", "1 werkdag of minder", "3 werkdagen of minder".
    for (sev, minutes, days) in [
        ("A", Some(60), None),
        ("B", None, Some(1)),
        ("C", None, Some(3)),
    ] {
        let v = json(&["sla", "--plan", "21vianet", "--sev", sev]);
        assert_eq!(v["bound"], "le", "21vianet {sev}: {v}");
        assert_eq!(v["target_minutes"].as_u64(), minutes, "{v}");
        assert_eq!(v["target_business_days"].as_u64(), days, "{v}");
    }
    let out = table(&["sla", "--plan", "21vianet", "--sev", "A"]);
    assert!(out.contains("1 hour or less"), "{out}");
    let out = table(&["sla", "--plan", "21vianet", "--sev", "C"]);
    assert!(out.contains("3 business days or less"), "{out}");
}

#[test]
fn cells_that_write_no_bound_have_none() {
    // Power BI "Eén werkdag." and the community's best effort.
    for (plan, sev) in [
        ("powerbi-pro", "B"),
        ("powerbi-community", "A"),
        ("powerbi-admin", "C"),
    ] {
        let v = json(&["sla", "--plan", plan, "--sev", sev]);
        assert!(v["bound"].is_null(), "{plan} {sev}: {v}");
    }
}

// ---------------------------------------------------------------------------------------
// Answers say their date (item 9)
// ---------------------------------------------------------------------------------------

#[test]
fn sources_carry_the_documents_own_date() {
    // 000 (Power BI): ms.date 09/17/2019; 002 (MPN): 09/27/2021; 001 gives none.
    let v = json(&["sla", "--plan", "powerbi-pro", "--sev", "A"]);
    assert_eq!(sources(&v)[0]["date"], "2019-09-17", "{v}");
    let v = json(&["partner", "--membership", "gold"]);
    assert!(sources(&v).iter().any(|c| c["date"] == "2021-09-27"), "{v}");
    let v = json(&["sla", "--plan", "prodirect", "--sev", "B"]);
    let cite = sources(&v)[0];
    assert!(cite.get("date").is_some_and(|d| d.is_null()), "{v}");

    let out = table(&["sla", "--plan", "powerbi-pro", "--sev", "A"]);
    assert!(out.contains("2019-09-17"), "{out}");
    let out = table(&["sla", "--plan", "prodirect", "--sev", "B"]);
    assert!(out.contains("undated"), "{out}");
}

// ---------------------------------------------------------------------------------------
// Caveats travel with every answer they affect (item 6)
// ---------------------------------------------------------------------------------------

#[test]
fn sla_for_business_central_says_it_is_supported_through_partners_only() {
    for plan in ["subscription", "prodirect", "premier"] {
        let v = json(&[
            "sla",
            "--plan",
            plan,
            "--sev",
            "A",
            "--product",
            "business-central",
        ]);
        let caveats = arr(&v, "caveats");
        assert!(
            caveats
                .iter()
                .any(|c| c.as_str().is_some_and(|c| c.contains("partners only"))),
            "{plan}: {v}"
        );
        let out = table(&[
            "sla",
            "--plan",
            plan,
            "--sev",
            "A",
            "--product",
            "business-central",
        ]);
        assert!(out.contains("partners only"), "{out}");
    }
    // Products sold and supported by Microsoft carry no such caveat.
    let v = json(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "A",
        "--product",
        "finance",
    ]);
    assert!(arr(&v, "caveats").is_empty(), "{v}");
}

// ---------------------------------------------------------------------------------------
// Power BI's own words (item 5, reading 14)
// ---------------------------------------------------------------------------------------

#[test]
fn power_bi_levels_are_unspecified_and_a_due_instant_is_a_labelled_cross_reference() {
    for (plan, sev) in [
        ("powerbi-pro", "A"),
        ("powerbi-premium", "A"),
        ("powerbi-admin", "B"),
    ] {
        let v = json(&["sla", "--plan", plan, "--sev", sev]);
        assert_eq!(v["coverage"], "unspecified", "{plan} {sev}: {v}");
        let v = json(&[
            "sla",
            "--plan",
            plan,
            "--sev",
            sev,
            "--region",
            "emea",
            "--at",
            "2026-11-26T14:00:00+01:00",
        ]);
        assert!(v["due"].is_string(), "{v}");
        let label = s(&v, "cross_reference");
        assert!(
            label.contains("reading 14") && label.contains("emea"),
            "{label}"
        );
        let out = table(&[
            "sla",
            "--plan",
            plan,
            "--sev",
            sev,
            "--region",
            "emea",
            "--at",
            "2026-11-26T14:00:00+01:00",
        ]);
        assert!(out.contains("Due (cross-reference)"), "{out}");
    }
    // A plan whose own document gives hours carries no such label.
    let v = json(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        "2026-11-26T14:00:00+01:00",
    ]);
    assert!(v["cross_reference"].is_null(), "{v}");
}
