//! `sla` against document 001's response table and the Power BI options of document 000.

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// sla: document 001, "Wat is de initiële responstijd ...?" — every cell of the table
// ---------------------------------------------------------------------------------------

struct SlaCase {
    plan: &'static str,
    sev: &'static str,
    minutes: i64,
    coverage: &'static str,
}

const fn cell(
    plan: &'static str,
    sev: &'static str,
    minutes: i64,
    coverage: &'static str,
) -> SlaCase {
    SlaCase {
        plan,
        sev,
        minutes,
        coverage,
    }
}

/// Document 001's initial-response table, one entry per cell. "dag en nacht" → 24x7,
/// anything else → business hours (reading 6); Unified Advanced Standard < 4 h (reading 7).
const PP_TABLE: &[SlaCase] = &[
    // Kritisch: "Unified Core/Advanced: < 1 uur, dag en nacht"
    cell("unified-core", "critical", 60, "24x7"),
    cell("unified-advanced", "critical", 60, "24x7"),
    // Kritisch: "Unified Performance: < 30 minuten, dag en nacht"
    cell("unified-performance", "critical", 30, "24x7"),
    // Ernst A: "Abonnement / ProDirect / Premier: < 1 uur, dag en nacht"
    cell("subscription", "A", 60, "24x7"),
    cell("prodirect", "A", 60, "24x7"),
    cell("premier", "A", 60, "24x7"),
    // Ernst B: "Abonnement: < 4 uur", "ProDirect: < 2 uur", "Premier: < 2 uur, dag en nacht"
    cell("subscription", "B", 240, "business-hours"),
    cell("prodirect", "B", 120, "business-hours"),
    cell("premier", "B", 120, "24x7"),
    // Standaard: "Unified Core/Advanced: < 8 uur", "Unified Advanced/Performance: < 4 uur",
    // all "dag en nacht"; reading 7 puts Unified Advanced at < 4 uur.
    cell("unified-core", "standard", 480, "24x7"),
    cell("unified-advanced", "standard", 240, "24x7"),
    cell("unified-performance", "standard", 240, "24x7"),
    // Ernst C: "Abonnement: < 8 uur", "ProDirect: < 4 uur", "Premier: < 4 uur"
    cell("subscription", "C", 480, "business-hours"),
    cell("prodirect", "C", 240, "business-hours"),
    cell("premier", "C", 240, "business-hours"),
];

#[test]
fn sla_every_cell_of_the_power_platform_response_table() {
    for case in PP_TABLE {
        let v = json(&["sla", "--plan", case.plan, "--sev", case.sev]);
        let what = format!("sla --plan {} --sev {}", case.plan, case.sev);
        assert_eq!(s(&v, "plan"), case.plan, "{what}");
        assert_eq!(s(&v, "severity"), case.sev, "{what}");
        assert_eq!(
            v["target_minutes"].as_i64(),
            Some(case.minutes),
            "{what}: target_minutes"
        );
        assert!(
            v["target_business_days"].is_null(),
            "{what}: target_business_days"
        );
        assert_eq!(s(&v, "coverage"), case.coverage, "{what}: coverage");
        let src = &v["source"];
        assert!(src.is_object(), "{what}: one source object, got {src}");
        assert_eq!(s(src, "file"), PP_FILE, "{what}: source.file");
        assert_eq!(s(src, "section"), PP_RESPONSE, "{what}: source.section");
    }
}

#[test]
fn sla_notes_cite_the_decided_readings() {
    // Reading 6: ProDirect B and C count business hours although ProDirect's description
    // speaks of "24 uur per dag probleemoplossing".
    for sev in ["B", "C"] {
        let v = json(&["sla", "--plan", "prodirect", "--sev", sev]);
        let note = s(&v, "note");
        assert!(note.contains("reading 6"), "prodirect {sev} note: {note}");
        assert!(
            note.contains("24 uur"),
            "prodirect {sev} note names the description: {note}"
        );
    }
    // Reading 6 covers every business-hours cell, Premier C included.
    for (plan, sev) in [
        ("subscription", "B"),
        ("subscription", "C"),
        ("premier", "C"),
    ] {
        let v = json(&["sla", "--plan", plan, "--sev", sev]);
        assert!(s(&v, "note").contains("reading 6"), "{plan} {sev}: {v}");
    }
    // Reading 7: Unified Advanced at Standard severity is < 4 h.
    let v = answer("sla --plan unified-advanced --sev standard");
    assert!(s(&v, "note").contains("reading 7"), "{v}");
}

/// Document 000's table, column "Serviceniveau (tijd tot eerste interactie)".
#[test]
fn sla_every_power_bi_option() {
    for sev in ["A", "B", "C"] {
        // "Ondersteuning van de community": "Geen, interactie wordt op basis van 'best effort' geboden."
        let v = json(&["sla", "--plan", "powerbi-community", "--sev", sev]);
        assert_eq!(s(&v, "plan"), "powerbi-community");
        assert_eq!(s(&v, "coverage"), "best-effort", "community {sev}");
        assert!(v["target_minutes"].is_null(), "community {sev}: {v}");
        assert!(v["target_business_days"].is_null(), "community {sev}: {v}");

        // "Ondersteuning voor Power BI Pro-eindgebruikers": "Eén werkdag."
        let v = json(&["sla", "--plan", "powerbi-pro", "--sev", sev]);
        assert_eq!(
            v["target_business_days"].as_i64(),
            Some(1),
            "pro {sev}: {v}"
        );
        assert!(v["target_minutes"].is_null(), "pro {sev}: {v}");
        // No hours, zone or 24/7 rule in the Power BI document (reading 14); no bound either.
        assert_eq!(s(&v, "coverage"), "unspecified", "pro {sev}");
        assert!(v["bound"].is_null(), "pro {sev}: {v}");
    }

    // Premium administrators and Power BI administrators: "Eén werkdag of één uur,
    // afhankelijk van de ernst van het geval.*" — the footnote: one hour only for
    // severity A with demonstrated immediate, direct business impact.
    for plan in ["powerbi-premium", "powerbi-admin"] {
        let v = json(&["sla", "--plan", plan, "--sev", "A"]);
        assert_eq!(v["target_minutes"].as_i64(), Some(60), "{plan} A: {v}");
        assert!(v["target_business_days"].is_null(), "{plan} A: {v}");
        // the Power BI document's own level: no hours given (reading 14)
        assert_eq!(s(&v, "coverage"), "unspecified", "{plan} A");
        let condition = s(&v, "condition").to_lowercase();
        assert!(
            condition.contains("demonstrat") && condition.contains("business impact"),
            "{plan} A condition names the demonstrated business impact: {condition}"
        );
        for sev in ["B", "C"] {
            let v = json(&["sla", "--plan", plan, "--sev", sev]);
            assert_eq!(
                v["target_business_days"].as_i64(),
                Some(1),
                "{plan} {sev}: {v}"
            );
            assert!(v["target_minutes"].is_null(), "{plan} {sev}: {v}");
            assert_eq!(s(&v, "coverage"), "unspecified", "{plan} {sev}");
        }
    }

    // Every Power BI answer is sourced from document 000's options table.
    for plan in [
        "powerbi-community",
        "powerbi-pro",
        "powerbi-premium",
        "powerbi-admin",
    ] {
        let v = json(&["sla", "--plan", plan, "--sev", "B"]);
        assert_eq!(s(&v["source"], "file"), PBI_FILE, "{plan}");
        assert_eq!(s(&v["source"], "section"), PBI_OPTIONS, "{plan}");
    }
}

#[test]
fn sla_premier_for_power_bi_has_no_figure_and_says_why() {
    // Document 000, Microsoft Premier row: "Diverse, afhankelijk van aanbieding en ernst van geval."
    for sev in ["A", "B", "C"] {
        let v = json(&[
            "sla",
            "--plan",
            "premier",
            "--sev",
            sev,
            "--product",
            "power-bi",
        ]);
        assert!(v["target_minutes"].is_null(), "premier/power-bi {sev}: {v}");
        assert!(
            v["target_business_days"].is_null(),
            "premier/power-bi {sev}: {v}"
        );
        assert!(s(&v, "coverage") == "unspecified", "{v}");
        let note = s(&v, "note").to_lowercase();
        assert!(
            note.contains("offering") && note.contains("severity"),
            "the note explains that it varies by offering and severity: {note}"
        );
        assert_eq!(s(&v["source"], "file"), PBI_FILE);
        assert_eq!(s(&v["source"], "section"), PBI_OPTIONS);
    }
}

#[test]
fn sla_ids_are_case_insensitive_and_aliases_resolve() {
    let v = answer("sla --plan ProDirect --sev b");
    assert_eq!((s(&v, "plan"), s(&v, "severity")), ("prodirect", "B"));
    assert_eq!(v["target_minutes"].as_i64(), Some(120));

    let v = answer("sla --plan UNIFIED-ADVANCED --sev Standard");
    assert_eq!(
        (s(&v, "plan"), s(&v, "severity")),
        ("unified-advanced", "standard")
    );

    let v = answer("sla --plan PowerBI-Pro --sev a --product Power-BI");
    assert_eq!((s(&v, "plan"), s(&v, "severity")), ("powerbi-pro", "A"));

    // Every alias that `plans` lists resolves to its plan.
    let plans = json(&["plans"]);
    for p in arr(&plans, "plans") {
        let id = s(p, "plan");
        let Some(sev) = arr(p, "severities").first().and_then(Value::as_str) else {
            continue;
        };
        for alias in arr(p, "aliases") {
            let alias = alias.as_str().unwrap();
            let v = json(&["sla", "--plan", &alias.to_uppercase(), "--sev", sev]);
            assert_eq!(s(&v, "plan"), id, "alias `{alias}`");
        }
    }
}

#[test]
fn sla_unknown_plan_suggests_and_lists() {
    // Scripts get the same: nothing on stdout with --json either.
    refused("sla --plan prodirct --sev B --json");
    let err = refused("sla --plan prodirct --sev B");
    assert!(err.contains("prodirct"), "{err}");
    assert!(err.contains("did you mean `prodirect`"), "{err}");
    for valid in [
        "subscription",
        "prodirect",
        "premier",
        "unified-core",
        "unified-advanced",
        "unified-performance",
        "powerbi-community",
        "powerbi-admin",
    ] {
        assert!(
            err.contains(&format!("`{valid}`")),
            "lists `{valid}`: {err}"
        );
    }
}

#[test]
fn sla_unknown_severity_is_an_error() {
    let err = refused("sla --plan prodirect --sev D");
    assert!(err.contains("severit") && err.contains("`D`"), "{err}");
    for valid in ["critical", "A", "B", "standard", "C"] {
        assert!(
            err.contains(&format!("`{valid}`")),
            "lists `{valid}`: {err}"
        );
    }
}

#[test]
fn sla_pairs_not_in_the_documents_name_the_plans_severities() {
    // Reading 8: never fall back to another row.
    let err = refused("sla --plan unified-core --sev B");
    assert!(err.contains("unified-core") && err.contains("`B`"), "{err}");
    assert!(
        err.contains("`critical`") && err.contains("`standard`"),
        "{err}"
    );
    assert!(
        !err.contains("`A`") && !err.contains("`C`"),
        "names only its own: {err}"
    );

    let err = refused("sla --plan subscription --sev critical");
    assert!(
        err.contains("subscription") && err.contains("`critical`"),
        "{err}"
    );
    for own in ["`A`", "`B`", "`C`"] {
        assert!(err.contains(own), "names {own}: {err}");
    }

    let err = refused("sla --plan unified-performance --sev A");
    assert!(
        err.contains("`critical`") && err.contains("`standard`"),
        "{err}"
    );
}

#[test]
fn sla_power_bi_only_plan_with_another_product_is_an_error() {
    let err = refused("sla --plan powerbi-pro --sev A --product dynamics-365");
    assert!(
        err.contains("powerbi-pro") && err.contains("dynamics-365"),
        "{err}"
    );
    assert!(
        err.contains("power-bi"),
        "names the product it covers: {err}"
    );

    refused("sla --plan powerbi-community --sev B --product finance");
}

// ---------------------------------------------------------------------------------------
// sla: document 004, "Afhandelen van gevallen ..." and "Initiële reactietijden ..."
// ---------------------------------------------------------------------------------------

struct VianetRow {
    sev: &'static str,
    minutes: Option<i64>,
    business_days: Option<i64>,
    coverage: &'static str,
    /// Key words of "Bewerkingen en beschrijving van de ondersteuning".
    situation: &'static [&'static str],
    /// Key words of each item of "Voorbeelden".
    examples: &'static [&'static [&'static str]],
    /// Key words of "Verantwoordelijkheid van de klant".
    responsibility: &'static [&'static str],
}

const VIANET_ROWS: &[VianetRow] = &[
    // A (kritiek): "Initiële reactie: 1 uur of minder"; "24*7 continue service".
    VianetRow {
        sev: "A",
        minutes: Some(60),
        business_days: None,
        coverage: "24x7",
        // "Een of meer services zijn niet beschikbaar of niet te gebruiken. De deadlines ...
        // staan ernstig onder druk ... Er zijn meerdere gebruikers of services ..."
        situation: &[
            "unavailable|not available",
            "deadline",
            "multiple users|several users",
        ],
        examples: &[
            // "Grootschalig probleem bij het verzenden en ontvangen van e-mail."
            &["large-scale|large scale", "e-mail|email"],
            // "SharePoint-site buiten werking."
            &["sharepoint"],
            // "Alle gebruikers kunnen geen chatberichten verzenden, ... Skype ..."
            &["all users", "skype"],
        ],
        // "Aanleveren van een duidelijke verklaring over de bedrijfsimpact; toewijzen van
        // resource ...; aanleveren van accurate contactgegevens ..."
        responsibility: &[
            "business impact",
            "resource",
            "contact details",
            "communication",
        ],
    },
    // B (hoog): "Initiële reactie: 1 werkdag of minder."
    VianetRow {
        sev: "B",
        minutes: None,
        business_days: Some(1),
        coverage: "business-hours",
        // "De service is beperkt bruikbaar. ... gemiddelde impact ... tijdens kantooruren
        // worden opgelost. Er is één gebruiker, klant of service die hiervan ten dele last
        // heeft."
        situation: &["limited", "business hours|office hours", "one user"],
        examples: &[
            // "De Verzenden-knop in Outlook wordt niet goed weergegeven."
            &["send", "outlook"],
            // "De instelling is niet mogelijk vanuit het EAC, maar wel in Windows PowerShell."
            &["eac|exchange admin center", "powershell"],
        ],
        // "Aanleveren van accurate contactgegevens en zorgen voor betrouwbare communicatie"
        responsibility: &["contact details", "communication"],
    },
    // C (niet-kritiek / gemiddeld): "Initiële reactie: 3 werkdagen of minder."
    VianetRow {
        sev: "C",
        minutes: None,
        business_days: Some(3),
        coverage: "business-hours",
        // "minimale impact ... één gebruiker die een tijdelijke onderbreking ondervindt, maar
        // er is een acceptabele, tijdelijke oplossing beschikbaar."
        situation: &["minimal", "temporary", "workaround"],
        examples: &[
            // "Hoe wordt een wachtwoord ingesteld dat nooit verloopt?"
            &["password", "never expire"],
            // "Gebruiker kan de contactgegevens in Exchange Online niet verwijderen."
            &["contact", "exchange online", "delete|remove"],
        ],
        responsibility: &["contact details", "communication"],
    },
];

#[test]
fn sla_21vianet_every_row() {
    for row in VIANET_ROWS {
        let v = json(&["sla", "--plan", "21vianet", "--sev", row.sev]);
        let what = format!("sla --plan 21vianet --sev {}", row.sev);
        assert_eq!(s(&v, "plan"), "21vianet", "{what}");
        assert_eq!(s(&v, "severity"), row.sev, "{what}");
        assert_eq!(
            v["target_minutes"].as_i64(),
            row.minutes,
            "{what}: target_minutes"
        );
        assert!(
            row.minutes.is_some() || v["target_minutes"].is_null(),
            "{what}: target_minutes null"
        );
        assert_eq!(
            v["target_business_days"].as_i64(),
            row.business_days,
            "{what}: target_business_days"
        );
        assert!(
            row.business_days.is_some() || v["target_business_days"].is_null(),
            "{what}: target_business_days null"
        );
        assert_eq!(s(&v, "coverage"), row.coverage, "{what}: coverage");
        assert_mentions(
            s(&v, "situation"),
            row.situation,
            &format!("{what}: situation"),
        );
        let examples = strings(&v, "examples");
        assert_eq!(
            examples.len(),
            row.examples.len(),
            "{what}: examples {examples:?}"
        );
        assert_items(&examples, row.examples, &format!("{what}: examples"));
        let responsibility = s(&v, "customer_responsibility");
        assert_mentions(
            responsibility,
            row.responsibility,
            &format!("{what}: customer"),
        );
        if row.sev != "A" {
            assert!(
                !responsibility.to_lowercase().contains("business impact"),
                "{what}: only A asks for the business impact: {responsibility}"
            );
        }
        for section in [VIANET_CASES, VIANET_RESPONSE] {
            assert_cites(&v, M365_FILE, section, &what);
        }
    }
}

#[test]
fn sla_21vianet_a_carries_its_condition() {
    // Footnote 2: "Urgentieniveau A geldt alleen voor klanten die via een
    // salesaccountmanager een uitgebreide onlineserviceverklaring hebben ondertekend met
    // 21Vianet. Urgentieniveau A is alleen van toepassing op de technische ondersteuning.
    // Voor ondersteuning voor facturerings- en abonnementsbeheer is urgentieniveau B het
    // hoogste niveau."
    let v = answer("sla --plan 21vianet --sev A");
    assert_mentions(
        s(&v, "condition"),
        &[
            "extended online service",
            "sales account manager",
            "technical support only|only to technical support|technical only",
            "billing",
            "severity b",
        ],
        "21vianet A condition",
    );
}

#[test]
fn sla_21vianet_severities_not_in_the_document() {
    for sev in ["critical", "standard"] {
        let err = usage_error(&["sla", "--plan", "21vianet", "--sev", sev]);
        assert!(err.contains("21vianet") && err.contains(sev), "{err}");
        for own in ["`A`", "`B`", "`C`"] {
            assert!(err.contains(own), "names {own}: {err}");
        }
        usage_error(&["sla", "--plan", "21vianet", "--sev", sev, "--json"]);
    }
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

#[test]
fn snapshot_sla_prodirect_b() {
    snapshot_pair("sla_prodirect_b", &words("sla --plan prodirect --sev B"), 0);
}

#[test]
fn snapshot_sla_21vianet_a() {
    snapshot_pair("sla_21vianet_a", &words("sla --plan 21vianet --sev A"), 0);
}
