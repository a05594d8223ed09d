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
    let out = table(&words("sla --plan prodirect --sev B"));
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
    let out = table(&words("sla --plan 21vianet --sev A"));
    assert!(out.contains("1 hour or less"), "{out}");
    let out = table(&words("sla --plan 21vianet --sev C"));
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
    let v = answer("sla --plan powerbi-pro --sev A");
    assert_eq!(sources(&v)[0]["date"], "2019-09-17", "{v}");
    let v = answer("partner --membership gold");
    assert!(sources(&v).iter().any(|c| c["date"] == "2021-09-27"), "{v}");
    let v = answer("sla --plan prodirect --sev B");
    let cite = sources(&v)[0];
    assert!(cite.get("date").is_some_and(|d| d.is_null()), "{v}");

    let out = table(&words("sla --plan powerbi-pro --sev A"));
    assert!(out.contains("2019-09-17"), "{out}");
    let out = table(&words("sla --plan prodirect --sev B"));
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
    let v = answer("sla --plan prodirect --sev A --product dynamics-365");
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
    let v = answer("sla --plan prodirect --sev B --region emea --at 2026-11-26T14:00:00+01:00");
    assert!(v["cross_reference"].is_null(), "{v}");
}

// ---------------------------------------------------------------------------------------
// Products as people name them (item 1)
// ---------------------------------------------------------------------------------------

#[test]
fn full_and_partial_product_names_resolve_to_the_right_product() {
    for (typed, id) in [
        ("Dynamics 365 Business Central", "business-central"),
        ("dynamics-365-business-central", "business-central"),
        ("d365-finance", "finance"),
        ("Supply Chain Management", "supply-chain-management"),
        ("Commerce", "commerce"),
        (
            "Customer Engagement on-premises",
            "customer-engagement-on-premises",
        ),
        ("Power Apps", "power-platform"),
        ("Power Automate", "power-platform"),
        ("Power BI", "power-bi"),
        ("power_bi", "power-bi"),
    ] {
        let v = json(&["where", "--product", typed]);
        assert_eq!(s(&v, "product"), id, "{typed}");
    }
}

#[test]
fn a_suggestion_never_drops_what_made_the_name_specific() {
    // "dynamics-365" would route a Business Central question to the Power Platform admin
    // center: never offered for a longer, more specific name. (Field Service is a customer
    // engagement app, an alias of `customer-engagement`: see `where_to.rs`.)
    for typed in [
        "dynamics-365-business-centrall-app",
        "dynamics-365-project-operationz",
    ] {
        let line = usage_error(&["where", "--product", typed]);
        assert!(!line.contains("did you mean"), "{line}");
    }
    // A typo is still caught, and the suggestion is the product's id.
    let line = refused("where --product busines-central");
    assert!(line.contains("did you mean `business-central`?"), "{line}");
    let line = refused("sla --plan prodirekt --sev A");
    assert!(line.contains("did you mean `prodirect`?"), "{line}");
}

// ---------------------------------------------------------------------------------------
// Ambiguous names ask, never guess (item 2, reading 15)
// ---------------------------------------------------------------------------------------

#[test]
fn unified_without_a_tier_is_an_error_for_a_target_and_fine_for_where() {
    for sev in ["critical", "standard"] {
        let line = usage_error(&["sla", "--plan", "unified", "--sev", sev]);
        for tier in ["unified-core", "unified-advanced", "unified-performance"] {
            assert!(line.contains(tier), "{line}");
        }
        assert!(
            line.contains("less than 30 minutes") && line.contains("less than 8 hours"),
            "{line}"
        );
    }
    let line = refused("sla --plan Unified --sev critical --at 2026-11-27T10:00:00Z");
    assert!(line.contains("ambiguous"), "{line}");
    // Batch: the line fails with a kind a script can act on.
    let (code, lines, err) = crate::due::batch(
        &[],
        b"{\"id\":1,\"plan\":\"unified\",\"severity\":\"critical\",\"submitted\":\"2026-11-27T10:00:00Z\"}\n",
    );
    assert_eq!(code, 1, "{lines:?} {err}");
    assert_eq!(lines[0]["kind"], "ambiguous-id", "{lines:?}");

    let v = answer("where --product customer-engagement-on-premises --plan unified");
    assert_eq!(s(&v, "plan"), "unified");
    assert_eq!(arr(&v, "routes")[0]["channel"], "Services Hub");
    let v = answer("where --product dynamics-365 --plan unified");
    assert_eq!(arr(&v, "routes")[0]["route"], "power-platform-admin-center");
    // Each tier by itself still answers.
    let v = json(&["sla", "--plan", "Unified Support Core", "--sev", "critical"]);
    assert_eq!(s(&v, "plan"), "unified-core");
}

// ---------------------------------------------------------------------------------------
// Alternatives the documents give are shown (item 3, reading 17)
// ---------------------------------------------------------------------------------------

#[test]
fn ce_on_premises_with_premier_files_at_services_hub_with_premier_online_as_alternative() {
    let v = answer("where --product customer-engagement-on-premises --plan premier");
    let routes = arr(&v, "routes");
    assert_eq!(routes[0]["channel"], "Services Hub", "{v}");
    assert_eq!(routes[0]["alternative"], false);
    assert_eq!(routes[1]["route"], "premier-online-ce-on-premises", "{v}");
    assert_eq!(routes[1]["alternative"], true);
    let out = table(&words(
        "where --product customer-engagement-on-premises --plan premier",
    ));
    assert!(
        out.contains("Alternative") && out.contains("reading 17"),
        "{out}"
    );
    // Unified customers: Services Hub only (the Premier Online portal is Premier's).
    let v = answer("where --product customer-engagement-on-premises --plan unified-core");
    assert_eq!(arr(&v, "routes").len(), 1, "{v}");
    // For Dynamics 365 the Premier Online portal is also an alternative, after the admin center.
    let v = answer("where --product dynamics-365 --plan premier");
    let routes = arr(&v, "routes");
    assert_eq!(routes[0]["route"], "power-platform-admin-center");
    assert_eq!(
        routes.last().map(|r| &r["route"]),
        Some(&serde_json::json!("premier-online"))
    );
    // The on-premises reading is not shown to online customers.
    let out = table(&words("where --product dynamics-365 --plan premier"));
    assert!(!out.contains("on-premises"), "{out}");
}

// ---------------------------------------------------------------------------------------
// Preview features (item 4, reading 16)
// ---------------------------------------------------------------------------------------

#[test]
fn preview_features_get_the_preview_rule_and_no_target() {
    for (plan, sev) in [("prodirect", "A"), ("premier", "A"), ("subscription", "B")] {
        let v = json(&[
            "sla",
            "--plan",
            plan,
            "--sev",
            sev,
            "--preview",
            "--at",
            "2026-11-27T10:00:00Z",
        ]);
        assert!(v.get("due").is_none(), "no due instant for a preview: {v}");
        let points = arr(&v["preview"], "points");
        let text = serde_json::to_string(points).unwrap_or_default();
        for said in [
            "break-fix",
            "English only",
            "no 24/7",
            "excluded from the service SLAs",
        ] {
            assert!(text.contains(said), "{said}: {text}");
        }
        assert!(s(&v["preview"], "note").contains("reading 16"));
    }
    let v = answer("where --product dynamics-365 --preview");
    assert!(v["preview"]["points"].is_array(), "{v}");
    let v = answer("where --product dynamics-365");
    assert!(v["preview"].is_null(), "{v}");
    let v = answer("policy 24x7");
    let text = serde_json::to_string(&v["points"]).unwrap_or_default();
    assert!(
        text.contains("preview") && text.contains("no 24/7"),
        "{text}"
    );
}

// ---------------------------------------------------------------------------------------
// Every fact reachable (item 8)
// ---------------------------------------------------------------------------------------

#[test]
fn the_power_bi_premier_option_and_the_filing_opening_are_reachable() {
    let v = json(&["plans"]);
    let text = v.to_string();
    assert!(
        text.contains("data-model performance optimisation"),
        "premier's Power BI description"
    );
    let v = answer("where --product dynamics-365");
    let text = v.to_string();
    assert!(
        text.contains("support plans included with Dynamics 365 apps")
            && text.contains("premium support plans"),
        "{text}"
    );
    let v = answer("where --product finance");
    assert!(v.to_string().contains("premium support plans"), "{v}");
}
