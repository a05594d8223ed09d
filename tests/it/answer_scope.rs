//! The whole answer holds for the incident in hand: nothing borrowed from a neighbouring
//! product, plan, channel or document without a label, nothing more certain than the
//! documents' words, nothing assumed without saying so (decided readings 14a, 18-20).

use serde_json::Value;

use crate::common::{answer, refused, run, words};

/// A weekday noon in Paris and a Saturday night, both with `--now` at the same instant.
const MONDAY_NOON: &str = "--at 2026-12-07T12:00:00+01:00 --now 2026-12-07T11:00:00Z";
const SATURDAY_NIGHT: &str = "--at 2026-12-05T22:00:00+01:00 --now 2026-12-05T21:00:00Z";

/// The table of a command line that must succeed.
fn table(line: &str) -> String {
    let (code, out, err) = run(&words(line));
    assert_eq!(code, 0, "{line}\n{out}\n{err}");
    out
}

/// Every string anywhere in a JSON answer, joined: what a script could show a person.
fn all_text(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Array(items) => items.iter().map(all_text).collect::<Vec<_>>().join("\n"),
        Value::Object(map) => map.values().map(all_text).collect::<Vec<_>>().join("\n"),
        _ => String::new(),
    }
}

// ---------------------------------------------------------------------------------------
// Kind 1: no Microsoft target where the route is no Microsoft desk (reading 19)
// ---------------------------------------------------------------------------------------

#[test]
fn a_partner_route_carries_no_microsoft_target_desk_or_hours() {
    let line = format!(
        "advise --product licensing --channel csp --plan premier --sev A --region emea {MONDAY_NOON}"
    );
    let v = answer(&line);
    let response = &v["response"];
    assert!(response["target_minutes"].is_null(), "{response}");
    assert!(response["coverage"].is_null(), "{response}");
    assert!(response["due"].is_null(), "{response}");
    assert!(
        response["reason"]
            .as_str()
            .is_some_and(|r| r.contains("partner's terms")),
        "{response}"
    );
    assert_eq!(v["language"]["desk"], Value::Null);
    for choice in v["options"]["choices"].as_array().expect("choices") {
        assert!(choice["due"].is_null(), "{choice}");
        assert_ne!(choice["open"], Value::Bool(true), "{choice}");
    }
    let out = table(&line);
    assert!(!out.contains("less than 1 hour"), "{out}");
    assert!(!out.contains("24x7"), "{out}");
    assert!(!out.contains("someone is there"), "{out}");
    assert!(out.contains("Terms"), "{out}");
    assert!(out.contains("partner's terms apply"), "{out}");
}

#[test]
fn vlsc_and_community_forums_carry_no_target_either() {
    for line in [
        format!("advise --product licensing --channel volume-licensing --plan premier --sev A --region emea {SATURDAY_NIGHT}"),
        format!("advise --product power-bi --plan powerbi-community --sev A --region emea {SATURDAY_NIGHT}"),
        format!("advise --product office-365-germany --sev A --region emea {SATURDAY_NIGHT}"),
    ] {
        let v = answer(&line);
        assert!(v["response"]["due"].is_null(), "{line}: {}", v["response"]);
        let out = table(&line);
        // The forum is never "someone is there now".
        if line.contains("powerbi-community") {
            assert!(!out.contains("someone is there"), "{out}");
            assert!(out.to_lowercase().contains("best effort"), "{out}");
        }
    }
}

#[test]
fn sla_for_a_partners_only_product_gives_no_microsoft_target() {
    let line = "sla --plan subscription --sev A --product business-central";
    let v = answer(line);
    assert!(v["target_minutes"].is_null(), "{v}");
    assert!(v["coverage"].is_null(), "{v}");
    assert!(v["bound"].is_null(), "{v}");
    assert!(
        v["no_target_reason"]
            .as_str()
            .is_some_and(|r| r.contains("partner's terms")),
        "{v}"
    );
    let out = table(line);
    assert!(!out.contains("less than 1 hour"), "{out}");
    assert!(!out.contains("24x7"), "{out}");
    assert!(out.contains("none applies"), "{out}");
    // With --at, no due instant is counted.
    let v = answer(&format!("{line} --region emea {MONDAY_NOON}"));
    assert!(v["due"].is_null(), "{v}");
}

#[test]
fn batch_refuses_a_target_for_a_partners_only_product_by_line() {
    let input = r#"{"id":1,"plan":"subscription","severity":"A","product":"bc","submitted":"2026-12-07T10:00:00Z","region":"emea"}
{"id":2,"plan":"subscription","severity":"A","product":"dynamics-365","submitted":"2026-12-07T10:00:00Z","region":"emea"}
"#;
    let out = crate::common::cmd(&words("sla --batch"))
        .write_stdin(input)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let lines: Vec<Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert!(lines[0]["error"]
        .as_str()
        .is_some_and(|e| e.contains("partners only")));
    assert_eq!(lines[1]["due"], "2026-12-07T11:00:00Z");
}

// ---------------------------------------------------------------------------------------
// Kind 6: text that belongs to another plan or document
// ---------------------------------------------------------------------------------------

#[test]
fn the_premier_contract_note_is_for_premier_and_unified_only() {
    for (plan, shown) in [
        ("subscription", false),
        ("prodirect", false),
        ("premier", true),
        ("unified-core", true),
    ] {
        for product in ["dynamics-365", "finance"] {
            let where_ = answer(&format!("where --product {product} --plan {plan}"));
            let sev = if plan.starts_with("unified") {
                "critical"
            } else {
                "A"
            };
            let advise = answer(&format!(
                "advise --product {product} --plan {plan} --sev {sev} --region emea {MONDAY_NOON}"
            ));
            for v in [where_, advise] {
                assert_eq!(
                    all_text(&v).contains("link the contract once"),
                    shown,
                    "{product} {plan}"
                );
            }
        }
    }
    // `where` without a plan shows every note: the note names whom it is for.
    let v = answer("where --product dynamics-365");
    assert!(all_text(&v).contains("Premier and Unified customers: link the contract"));
}

#[test]
fn a_preview_keeps_no_target_in_json() {
    let v = answer("sla --plan premier --sev A --preview");
    assert!(v["target_minutes"].is_null(), "{v}");
    assert!(v["coverage"].is_null(), "{v}");
    assert!(v["no_target_reason"]
        .as_str()
        .is_some_and(|r| r.contains("preview")));
    let v = answer(&format!(
        "sla --plan premier --sev A --preview --region emea {MONDAY_NOON}"
    ));
    assert!(v["due"].is_null(), "{v}");
}

// ---------------------------------------------------------------------------------------
// Kind 7: ids as Dynamics 365 customers name their apps
// ---------------------------------------------------------------------------------------

#[test]
fn dynamics_365_apps_are_read_as_their_product_group() {
    for (typed, id) in [
        ("dynamics-365-sales", "customer-engagement"),
        ("dynamics-365-customer-service", "customer-engagement"),
        ("dynamics-365-field-service", "customer-engagement"),
        ("dynamics-365-marketing", "customer-engagement"),
        (
            "finance-and-operations-on-premises",
            "finance-and-operations",
        ),
        ("dynamics-365-business-central", "business-central"),
    ] {
        let v = answer(&format!("where --product {typed}"));
        assert_eq!(v["product"], id, "{typed}");
    }
    // The group is said, with the reading.
    let out = table("where --product dynamics-365-sales");
    assert!(out.contains("Customer engagement apps"), "{out}");
    assert!(out.contains("customer engagement apps"), "{out}");
    // Still refused: a name of no app the documents cover.
    let err = refused("where --product dynamics-365-project-operationz");
    assert!(err.contains("unknown product"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Kind 3: a guess is said where a person reads it
// ---------------------------------------------------------------------------------------

#[test]
fn advise_names_the_region_it_took_from_the_machine() {
    // A helpdesk in Amsterdam answering a customer who did not say where they are.
    let line = "advise --product dynamics-365 --plan prodirect --sev B --now 2026-12-07T11:00:00Z";
    let out = crate::common::cmd(&words(line))
        .env("TZ", "Europe/Amsterdam")
        .output()
        .expect("runs");
    let table = String::from_utf8(out.stdout).expect("UTF-8");
    // On the first screen: the summary's lines (issue 21: at most 8 after the title).
    let head: String = table
        .lines()
        .take(10)
        .collect::<Vec<_>>()
        .join(" ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        head.contains("Assumed") && head.contains("region `emea` from this machine's zone"),
        "{table}"
    );
    assert!(head.contains("submitted now (--at)"), "{head}");
    assert!(head.contains("English (--language)"), "{head}");
    let out = crate::common::cmd(&[&words(line)[..], &["--json"]].concat())
        .env("TZ", "Europe/Amsterdam")
        .output()
        .expect("runs");
    let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let assumed = v["assumed"].as_array().expect("assumed");
    let kinds: Vec<&str> = assumed.iter().filter_map(|a| a["what"].as_str()).collect();
    assert_eq!(kinds, ["region", "zone", "at", "language"], "{assumed:?}");
    assert_eq!(assumed[0]["value"], "emea");
    assert_eq!(assumed[1]["value"], "Europe/Amsterdam");
    assert_eq!(assumed[2]["value"], "2026-12-07T11:00:00Z");
    // Said in full, nothing is assumed.
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --region north-america \
         --tz America/Los_Angeles --language en {MONDAY_NOON}"
    ));
    assert_eq!(v["assumed"], serde_json::json!([]));
}

// ---------------------------------------------------------------------------------------
// Kind 4: no more certainty than the documents give (reading 18)
// ---------------------------------------------------------------------------------------

#[test]
fn a_language_desk_is_subject_to_availability_and_never_has_a_due_of_its_own() {
    let line = format!(
        "advise --product dynamics-365 --plan premier --sev A --region emea --language fr {MONDAY_NOON}"
    );
    let v = answer(&line);
    let summary = v["language"]["summary"].as_str().expect("summary");
    assert!(summary.contains("Subject to availability"), "{summary}");
    for choice in v["options"]["choices"].as_array().expect("choices") {
        assert!(choice.get("due").is_none(), "{choice}");
        if choice["language"] == "french" {
            assert_eq!(choice["subject_to_availability"], true);
            let text = choice["summary"].as_str().expect("summary");
            assert!(!text.contains("someone is there"), "{text}");
            assert!(text.contains("subject to availability"), "{text}");
        }
    }
    assert_eq!(v["options"]["due"], "2026-12-07T12:00:00Z");
    let out = table(&line);
    assert!(!out.contains("In French at Power Platform admin center: someone is there"));
    // German on a Saturday: its opening is information, not a due instant.
    let out = table(&format!(
        "advise --product dynamics-365 --plan premier --sev B --region emea --language de {SATURDAY_NIGHT}"
    ));
    assert!(!out.contains("due Mon"), "{out}");
    assert!(out.contains("whichever desk or language answers"), "{out}");
    // A phone desk that names German: no response time in German either.
    let v = answer(&format!(
        "advise --product office-365-germany --sev B --region emea --language de {MONDAY_NOON}"
    ));
    assert!(v["language"]["summary"]
        .as_str()
        .is_some_and(|s| s.contains("No response time is promised in German")));
}

// ---------------------------------------------------------------------------------------
// Kind 2: borrowed hours bring their rule (reading 14a), and the condition is said
// ---------------------------------------------------------------------------------------

#[test]
fn power_bi_severity_a_counts_around_the_clock_on_the_borrowed_calendar() {
    // A Saturday-22:00 production outage: due 23:00 the same night, not Monday 09:00.
    for plan in ["powerbi-admin", "powerbi-premium"] {
        let line = format!("sla --plan {plan} --sev A --region emea {SATURDAY_NIGHT}");
        let v = answer(&line);
        assert_eq!(v["target_minutes"], 60, "{plan}");
        assert_eq!(v["coverage"], "unspecified", "{plan}");
        assert_eq!(v["due"], "2026-12-05T22:00:00Z", "{plan}");
        assert_eq!(v["condition_met"], true);
        assert_eq!(v["condition_assumed"], true);
        assert!(v["cross_reference"]
            .as_str()
            .is_some_and(|c| c.contains("14a")));
        let out = table(&line);
        let headline = out
            .lines()
            .find(|l| l.starts_with("Initial response"))
            .expect("headline");
        assert!(headline.contains("if the immediate production"), "{out}");
        // advise says the same, and that it assumed the impact.
        let v = answer(&format!(
            "advise --product power-bi --plan {plan} --sev A --region emea {SATURDAY_NIGHT}"
        ));
        assert_eq!(v["response"]["due"], "2026-12-05T22:00:00Z");
        assert!(v["assumed"]
            .as_array()
            .expect("assumed")
            .iter()
            .any(|a| a["what"] == "production-impact"));
    }
    // Without demonstrated impact: one business day on the borrowed calendar's hours,
    // Monday 08:00-18:00 Paris = 17:00Z.
    let v = answer(&format!(
        "sla --plan powerbi-admin --sev A --region emea --production-impact not-demonstrated {SATURDAY_NIGHT}"
    ));
    assert!(v["target_minutes"].is_null());
    assert_eq!(v["target_business_days"], 1);
    assert_eq!(v["condition_met"], false);
    assert_eq!(v["condition_assumed"], false);
    assert_eq!(v["due"], "2026-12-07T17:00:00Z");
    let v = answer(&format!(
        "advise --product power-bi --plan powerbi-admin --sev A --region emea --production-impact not-demonstrated {SATURDAY_NIGHT}"
    ));
    assert_eq!(v["response"]["due"], "2026-12-07T17:00:00Z");
    // Severity B does not depend on it: said, not dropped.
    let err = refused("sla --plan powerbi-admin --sev B --production-impact demonstrated");
    assert!(err.contains("--production-impact applies only"), "{err}");
    // Batch counts the one hour around the clock too.
    let out = crate::common::cmd(&words("sla --batch"))
        .write_stdin(r#"{"id":1,"plan":"powerbi-admin","severity":"A","submitted":"2026-12-05T22:00:00+01:00","region":"emea"}"#)
        .output()
        .expect("runs");
    let line: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(line["due"], "2026-12-05T22:00:00Z", "{line}");
    assert_eq!(line["coverage"], "unspecified");
}

// ---------------------------------------------------------------------------------------
// Kind 5: what the documents allow is answered; what the request is about (reading 20)
// ---------------------------------------------------------------------------------------

#[test]
fn premier_covers_microsoft_365_with_a_route_and_no_target() {
    for plan in ["premier", "unified-core"] {
        let sev = if plan == "premier" { "A" } else { "critical" };
        let v = answer(&format!(
            "advise --product microsoft-365 --plan {plan} --sev {sev} --region emea {MONDAY_NOON}"
        ));
        assert!(v["response"]["target_minutes"].is_null(), "{plan}");
        assert!(v["response"]["due"].is_null(), "{plan}");
        assert!(v["response"]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("no response target for it")));
        assert_eq!(v["route"]["routes"][0]["route"], "m365-admin-center");
    }
    // sla has no target to give, and says why.
    let err = refused("sla --plan premier --sev A --product microsoft-365");
    assert!(
        err.contains("no response target for product `microsoft-365`"),
        "{err}"
    );
    // Another plan still does not cover it.
    let err = refused("advise --product microsoft-365 --plan prodirect --sev A");
    assert!(err.contains("does not cover"), "{err}");
}

#[test]
fn twenty_one_vianet_answers_in_its_own_region_and_by_what_the_request_is_about() {
    // Its own desk's region is no refusal. Fri 10:00 Beijing: 14 h to midnight, the 15th
    // from Saturday 09:00: due Saturday 10:00 (02:00Z).
    let v = answer(
        "advise --product office-365-21vianet --plan 21vianet --sev B --region china \
         --at 2026-12-04T10:00:00+08:00 --now 2026-12-04T02:00:00Z",
    );
    assert_eq!(v["response"]["due"], "2026-12-05T02:00:00Z");
    // Billing on a Saturday: the billing desk's days (Monday to Friday), a date, never
    // "someone is there now".
    let line = "advise --product office-365-21vianet --plan 21vianet --sev B --region china \
                --about billing --at 2026-12-05T10:00:00+08:00 --now 2026-12-05T02:00:00Z";
    let v = answer(line);
    assert_eq!(v["about"], "billing");
    assert!(v["response"]["due"].is_null(), "{}", v["response"]);
    assert_eq!(v["response"]["due_date"], "2026-12-07");
    let out = table(line);
    assert!(out.contains("by the end of Mon 7 Dec 2026"), "{out}");
    assert!(!out.contains("someone is there"), "{out}");
    // C: three business days after Friday 4 December: Wednesday 9 December.
    let v =
        answer("sla --plan 21vianet --sev C --about subscription --at 2026-12-04T10:00:00+08:00");
    assert_eq!(v["due_date"], "2026-12-09");
    assert!(v["due"].is_null());
    // Billing goes up to B (footnote 2).
    let err =
        refused("advise --product office-365-21vianet --plan 21vianet --sev A --about billing");
    assert!(
        err.contains("no severity `A`") && err.contains("`B`, `C`"),
        "{err}"
    );
}

#[test]
fn billing_requests_take_the_billing_route_and_desk_and_no_technical_target() {
    // Power Platform: the Microsoft 365 admin center's billing route, no target.
    let v = answer(&format!(
        "advise --product dynamics-365 --plan premier --sev A --region emea --about billing {MONDAY_NOON}"
    ));
    assert_eq!(v["route"]["routes"][0]["route"], "billing-admin-center");
    assert!(v["response"]["due"].is_null());
    assert!(v["response"]["reason"]
        .as_str()
        .is_some_and(|r| r.contains("reading 20")));
    let v = answer("where --product dynamics-365 --about billing");
    assert_eq!(v["product"], "billing");
    // Microsoft 365: the billing phone desk (Monday to Friday), closed on a Saturday.
    let v = answer(
        "advise --product microsoft-365 --sev B --about billing --tz Europe/London \
         --at 2026-12-05T10:00:00Z --now 2026-12-05T10:00:00Z",
    );
    let desk = &v["language"]["desk"];
    assert_eq!(desk["open"], false, "{desk}");
    assert!(desk["channel"]
        .as_str()
        .is_some_and(|c| c.contains("billing")));
    assert_eq!(desk["next_change"], "2026-12-07T09:00:00Z");
    // sla: no billing target under a plan whose documents give none.
    let err = refused("sla --plan prodirect --sev B --about billing");
    assert!(err.contains("technical-support promise"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Kind 6: text of another document is labelled
// ---------------------------------------------------------------------------------------

#[test]
fn another_documents_severity_definition_is_labelled() {
    for line in [
        format!("advise --product microsoft-365 --sev A --region emea {MONDAY_NOON}"),
        format!("advise --product power-bi --plan powerbi-pro --sev A --region emea {MONDAY_NOON}"),
    ] {
        let v = answer(&line);
        let severity = v["requirements"]["items"]
            .as_array()
            .expect("items")
            .iter()
            .find(|i| i["kind"] == "severity")
            .expect("severity");
        assert!(
            severity["text"]
                .as_str()
                .is_some_and(|t| t.contains("a cross-reference")),
            "{line}: {severity}"
        );
    }
    // Its own document's definitions are not labelled.
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev A --region emea {MONDAY_NOON}"
    ));
    assert!(!v["requirements"].to_string().contains("a cross-reference"));
}

// ---------------------------------------------------------------------------------------
// The sweep: every product × plan × channel × severity the rules list, at a weekday noon
// and a Saturday night, in every language of the region, technical and billing
// ---------------------------------------------------------------------------------------

/// The ids of one kind, from `ids --json`.
fn ids_of(all: &Value, kind: &str) -> Vec<String> {
    all["kinds"]
        .as_array()
        .expect("kinds")
        .iter()
        .find(|k| k["kind"] == kind)
        .and_then(|k| k["ids"].as_array())
        .unwrap_or_else(|| panic!("no kind {kind}"))
        .iter()
        .filter_map(|i| i["id"].as_str().map(str::to_string))
        .collect()
}

/// The seed files a `source` cites: one object, or a list of them.
fn files(source: &Value) -> Vec<&str> {
    match source {
        Value::Array(all) => all.iter().filter_map(|s| s["file"].as_str()).collect(),
        one => one["file"].as_str().into_iter().collect(),
    }
}

/// The invariants every advice holds (issue 20's "done when").
fn holds(line: &str, v: &Value) {
    let response = &v["response"];
    let main = v["route"]["routes"]
        .as_array()
        .and_then(|r| r.iter().find(|r| r["for_partners"] != true))
        .expect("a main route");
    // No due instant without a target that applies to that route.
    if !response["due"].is_null() || !response["due_date"].is_null() {
        assert!(main["terms"].is_null(), "{line}: due at a non-desk route");
        assert!(
            !response["target_minutes"].is_null() || !response["target_business_days"].is_null(),
            "{line}: due without a target"
        );
    }
    if !main["terms"].is_null() {
        assert!(response["due"].is_null(), "{line}");
        assert!(v["language"]["desk"].is_null(), "{line}");
    }
    for choice in v["options"]["choices"].as_array().expect("choices") {
        let summary = choice["summary"].as_str().expect("summary");
        // No "there now" without a desk, and never for a desk subject to availability.
        if summary.contains("someone is there") {
            assert_eq!(choice["open"], true, "{line}: {summary}");
            assert_eq!(
                choice["subject_to_availability"], false,
                "{line}: {summary}"
            );
        }
        // No option has a due instant of its own (reading 18).
        assert!(choice.get("due").is_none(), "{line}");
        // Every non-English desk shows its condition.
        if let Some(language) = choice["language"].as_str() {
            if language != "english" {
                assert!(choice["condition"].is_string(), "{line}: {choice}");
            }
        }
    }
    // Every non-English language desk said with its condition.
    if let Some(desk) = v["language"]["desk"].as_object() {
        if desk["language"] != "english" {
            let summary = v["language"]["summary"].as_str().unwrap_or_default();
            assert!(
                summary.contains("Subject to availability")
                    || summary.contains("No response time is promised"),
                "{line}: {summary}"
            );
        }
    }
    // Notes belong to the incident's plan and product, or are labelled.
    let plan = v["plan"].as_str().unwrap_or_default();
    let text = v["route"].to_string();
    if text.contains("link the contract once") {
        assert!(
            plan.is_empty() || plan == "premier" || plan.starts_with("unified"),
            "{line}: the Premier/Unified note for plan {plan}"
        );
    }
    let product = v["product"].as_str().unwrap_or_default();
    if !product.contains("on-premises") && text.contains("Customer Engagement on-premises") {
        panic!("{line}: the on-premises reading in an online answer");
    }
    for item in v["requirements"]["items"].as_array().expect("items") {
        if item["kind"] != "severity" {
            continue;
        }
        let cited = files(&item["source"]);
        let own = files(&response["source"]);
        let shared = cited.iter().any(|c| own.contains(c));
        if !own.is_empty() && !shared && response["target_minutes"].is_number() {
            assert!(
                item["text"]
                    .as_str()
                    .is_some_and(|t| t.contains("cross-reference")),
                "{line}: another document's severity unlabelled: {item}"
            );
        }
    }
}

/// The `advise` command lines of the sweep: every product under each plan that lists it
/// (and none), each severity, channel where it matters, two instants, and what it is about.
fn advise_lines() -> Vec<String> {
    let all = answer("ids");
    let products = ids_of(&all, "products");
    let listed = answer("plans");
    // Each plan with the products it lists and its severities (all five where it lists
    // none, so that a refusal is checked too).
    let plan_list: Vec<(String, Vec<String>, Vec<String>)> = listed["plans"]
        .as_array()
        .expect("plans")
        .iter()
        .map(|p| {
            let strings = |key: &str| -> Vec<String> {
                p[key]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|x| x.as_str().map(str::to_string))
                    .collect()
            };
            (
                p["plan"].as_str().expect("plan").to_string(),
                strings("products"),
                strings("severities"),
            )
        })
        .collect();
    let channels = ids_of(&all, "channels");
    let mut lines = Vec::new();
    for product in &products {
        // The plans that list the product, Premier and Unified Core (which cover every
        // Microsoft business technology), and no plan.
        let mut plans: Vec<(Option<String>, Vec<String>)> = plan_list
            .iter()
            .filter(|(id, products, _)| {
                products.is_empty()
                    || products.contains(product)
                    || id == "premier"
                    || id == "unified-core"
            })
            .map(|(id, _, severities)| (Some(id.clone()), severities.clone()))
            .collect();
        plans.push((None, vec!["A".into(), "B".into(), "C".into()]));
        let product_channels: Vec<Option<&str>> = if product == "licensing" {
            channels.iter().map(|c| Some(c.as_str())).collect()
        } else {
            vec![None]
        };
        for (plan, severities) in &plans {
            let severities: Vec<&str> = if severities.is_empty() {
                vec!["A", "B", "C"]
            } else {
                severities.iter().map(String::as_str).collect()
            };
            for channel in &product_channels {
                for &sev in &severities {
                    for at in [MONDAY_NOON, SATURDAY_NIGHT] {
                        for about in ["technical", "billing"] {
                            if about == "billing" && (sev != "B" || at == SATURDAY_NIGHT) {
                                continue;
                            }
                            let mut line =
                                format!("advise --product {product} --sev {sev} --about {about}");
                            if let Some(plan) = plan {
                                line.push_str(&format!(" --plan {plan}"));
                            }
                            if let Some(channel) = channel {
                                line.push_str(&format!(" --channel {channel}"));
                            }
                            let region = if product.contains("21vianet") {
                                "china"
                            } else {
                                "emea"
                            };
                            line.push_str(&format!(" --region {region} --tz Europe/Paris {at}"));
                            lines.push(line);
                        }
                    }
                }
            }
        }
    }
    lines
}

#[test]
fn every_advice_holds_for_the_incident_in_hand() {
    let lines = advise_lines();
    // Answered in two threads: a few thousand questions, each a process.
    let (answered, languages) = std::thread::scope(|scope| {
        let halves: Vec<_> = lines
            .chunks(lines.len().div_ceil(2))
            .map(|chunk| {
                scope.spawn(move || {
                    let mut answered = 0;
                    let mut languages = 0;
                    for line in chunk {
                        let mut args = words(line);
                        args.push("--json");
                        let (code, out, err) = run(&args);
                        if code == 2 {
                            // Refused: one line, nothing on stdout.
                            assert!(out.is_empty() && err.lines().count() == 1, "{line}: {err}");
                            continue;
                        }
                        assert_eq!(code, 0, "{line}: {err}");
                        let v: Value = serde_json::from_str(&out).expect("JSON");
                        holds(line, &v);
                        answered += 1;
                        // Each language served to this customer, once per product and plan.
                        if !line.contains("--sev B ") || !line.contains(MONDAY_NOON) {
                            continue;
                        }
                        for served in v["language"]["served"].as_array().into_iter().flatten() {
                            let served = served.as_str().expect("language id");
                            let with = format!("{line} --language {served}");
                            let mut args = words(&with);
                            args.push("--json");
                            let (code, out, err) = run(&args);
                            assert_eq!(code, 0, "{with}: {err}");
                            let v: Value = serde_json::from_str(&out).expect("JSON");
                            holds(&with, &v);
                            languages += 1;
                        }
                    }
                    (answered, languages)
                })
            })
            .collect();
        halves
            .into_iter()
            .map(|h| h.join().expect("thread"))
            .fold((0, 0), |(a, l), (b, m)| (a + b, l + m))
    });
    // The sweep reached the answers it is for.
    assert!(answered > 300, "only {answered} answered");
    assert!(languages > 20, "only {languages} languages");
}

#[test]
fn batch_says_when_the_machine_picked_the_region() {
    let input = "{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-12-07T10:00:00Z\"}\n\
                 {\"id\":2,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-12-07T10:00:00Z\",\"region\":\"emea\"}\n";
    let out = crate::common::cmd(&words("sla --batch --jobs 1"))
        .env("TZ", "Europe/Amsterdam")
        .write_stdin(input)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(
        err.contains("1 ticket named no region or time_zone") && err.contains("Europe/Amsterdam"),
        "{err}"
    );
    // Said by every ticket: nothing to say.
    let out = crate::common::cmd(&words("sla --batch --region emea"))
        .env("TZ", "Europe/Amsterdam")
        .write_stdin(input)
        .output()
        .expect("runs");
    assert!(out.stderr.is_empty());
}

// ---------------------------------------------------------------------------------------
// Found by a reviewer with the documents open (each a kind of the above)
// ---------------------------------------------------------------------------------------

#[test]
fn billing_and_licensing_products_carry_no_technical_target() {
    for product in ["billing", "licensing"] {
        let err = refused(&format!("sla --plan prodirect --sev A --product {product}"));
        assert!(err.contains("technical-support promise"), "{err}");
        let v = answer(&format!(
            "advise --product {product} --plan prodirect --sev A --region emea {SATURDAY_NIGHT}"
        ));
        assert!(v["response"]["due"].is_null(), "{product}");
        assert_eq!(v["about"], "billing");
        let out = table(&format!(
            "advise --product {product} --plan prodirect --sev A --region emea {SATURDAY_NIGHT}"
        ));
        assert!(!out.contains("someone is there"), "{out}");
    }
    // Billing about a Dynamics 365 app: no technical desk's hours either.
    let out = table(&format!(
        "advise --product dynamics-365 --plan premier --sev A --region emea --about billing {SATURDAY_NIGHT}"
    ));
    assert!(!out.contains("someone is there"), "{out}");
    assert!(out.contains("no desk hours for billing"), "{out}");
    // Licensing without --channel names the channel it took.
    let v = answer(&format!(
        "advise --product licensing --plan prodirect --sev B --region emea {MONDAY_NOON}"
    ));
    assert!(v["assumed"]
        .as_array()
        .expect("assumed")
        .iter()
        .any(|a| a["what"] == "channel" && a["value"] == "direct"));
}

#[test]
fn the_preview_rule_stays_with_its_document() {
    // 21Vianet's own target stands; the Dynamics 365 preview rule is said not to apply.
    let v = answer("sla --plan 21vianet --sev A --preview");
    assert_eq!(v["target_minutes"], 60);
    assert!(v["no_target_reason"].is_null());
    assert!(v["caveats"].to_string().contains("not applied"));
    let v = answer(
        "advise --product office-365-21vianet --plan 21vianet --sev A --region china --preview \
         --at 2026-12-05T23:00:00+08:00 --now 2026-12-05T15:00:00Z",
    );
    assert_eq!(v["response"]["due"], "2026-12-05T16:00:00Z");
    assert!(v["caveats"].to_string().contains("not applied"));
    // Dynamics 365 keeps it (reading 16).
    let v = answer(&format!(
        "advise --product dynamics-365 --plan premier --sev A --region emea --preview {MONDAY_NOON}"
    ));
    assert!(v["response"]["due"].is_null());
}

#[test]
fn a_desk_without_clock_times_is_never_open_or_closed_at_an_hour() {
    let err = refused("hours --region china-billing --at 2026-12-07T10:00:00Z");
    assert!(err.contains("no clock times"), "{err}");
    let out = table("hours --region china-billing");
    assert!(!out.contains("00:00"), "{out}");
    let v = answer("hours --region china-billing");
    let window = &v["regions"][0]["windows"][0];
    assert!(
        window["text"]
            .as_str()
            .is_some_and(|t| t.contains("no clock times given")),
        "{v}"
    );
    assert_eq!(window["open"], "-");
    let out = table("hours --at 2026-12-07T10:00:00Z");
    assert!(
        out.contains("`china-billing` has days but no clock times"),
        "{out}"
    );
    let out = table("hours --chart --now 2026-12-07T09:00:00Z --day 2026-12-07");
    assert!(!out.contains("china-billing"), "{out}");
}

#[test]
fn an_australian_caller_gets_australias_billing_hours() {
    // 17:30 in Sydney: the Australian billing desk (09:00-18:00) is open.
    let v = answer(
        "advise --product microsoft-365 --about billing --sev B --tz Australia/Sydney \
         --at 2026-12-07T17:30:00+11:00 --now 2026-12-07T06:30:00Z",
    );
    assert_eq!(v["language"]["desk"]["open"], true, "{}", v["language"]);
    assert_eq!(v["language"]["desk"]["region"], "m365-billing-australia");
    // A caller in London: the other countries' 09:00-17:00, closed at 17:30.
    let v = answer(
        "advise --product microsoft-365 --about billing --sev B --tz Europe/London \
         --at 2026-12-07T17:30:00Z --now 2026-12-07T17:30:00Z",
    );
    assert_eq!(v["language"]["desk"]["open"], false);
}

#[test]
fn every_condition_a_target_rests_on_is_said() {
    let out = table("sla --plan 21vianet --sev A");
    let headline: String = out
        .lines()
        .skip_while(|l| !l.starts_with("Initial response"))
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(headline.contains("extended online service"), "{out}");
    assert!(headline.contains("assumed"), "{out}");
    let v = answer("sla --plan 21vianet --sev A");
    assert_eq!(v["condition_assumed"], true);
    // Finance and operations: its hours may differ by function.
    let v = answer(&format!(
        "sla --plan prodirect --sev B --product finance --region emea {MONDAY_NOON}"
    ));
    assert!(v["caveats"].to_string().contains("may differ"), "{v}");
}

#[test]
fn advise_without_a_region_still_answers_where_and_who() {
    // The machine's zone is in no region's list: the route stands, the due waits.
    let (code, out, err) = run(&words(
        "advise --product dynamics-365 --plan prodirect --sev B --at 2026-12-07T10:00:00Z --json",
    ));
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(
        v["route"]["routes"][0]["route"],
        "power-platform-admin-center"
    );
    assert!(v["response"]["due"].is_null());
    assert!(v["caveats"].to_string().contains("No due instant"));
}

#[test]
fn a_second_reviewer_s_findings_hold() {
    // Another document's plan does not reach a route open to any plan.
    let err = refused("where --product billing --plan 21vianet");
    assert!(err.contains("does not cover product `billing`"), "{err}");
    // The last line keeps the headline's labels.
    let out = table(&format!(
        "advise --product power-bi --plan powerbi-admin --sev A --region emea {SATURDAY_NIGHT}"
    ));
    let last: String = out
        .split("In short:")
        .nth(1)
        .expect("a recap")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(last.contains("(cross-reference)"), "{last}");
    assert!(last.contains("assumed"), "{last}");
    // A level without a figure needs no calendar, and borrows none.
    for plan in ["powerbi-community", "premier --product power-bi"] {
        let v = answer(&format!("sla --plan {plan} --sev A {MONDAY_NOON}"));
        assert!(v["due"].is_null(), "{plan}: {v}");
        assert!(v["region"].is_null(), "{plan}: {v}");
    }
    let out = crate::common::cmd(&words("sla --batch"))
        .write_stdin(r#"{"id":1,"plan":"powerbi-community","severity":"A","submitted":"2026-12-07T10:00:00Z"}"#)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let line: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert!(line["due"].is_null(), "{line}");
    // The summary agrees with the parts: 21Vianet's desk that counts the target.
    let out = table(
        "advise --product office-365-21vianet --plan 21vianet --sev B --tz Asia/Shanghai \
         --at 2026-12-04T02:00:00+08:00 --now 2026-12-03T18:00:00Z",
    );
    let desks = out
        .lines()
        .find(|l| l.starts_with("Desks"))
        .expect("Desks line");
    assert!(desks.contains("the desk counting the target"), "{out}");
    assert!(
        !out.contains("online service request: online service request"),
        "{out}"
    );
    // A count of days is said as one.
    let out = table("sla --plan 21vianet --sev B --about billing --at 2026-12-04T10:00:00+08:00");
    assert!(out.contains("business days: the desk's days"), "{out}");
    // With --partner, the partners' route is the one named first.
    let out = table(&format!(
        "advise --product dynamics-365 --plan premier --sev A --region emea --partner {MONDAY_NOON}"
    ));
    let file_at = out
        .lines()
        .find(|l| l.starts_with("File at"))
        .expect("File at");
    assert!(file_at.contains("Partner Center"), "{out}");
}

#[test]
fn a_days_only_desk_is_closed_on_a_day_it_does_not_keep() {
    // Saturday in Beijing: the billing desk keeps Monday to Friday.
    let v = answer("hours --region china-billing --at 2026-12-05T10:00:00+08:00");
    assert_eq!(v["open"], false);
    assert!(v["next_change"].is_null(), "{v}");
    // A Monday: whether it is open at 10:00 cannot be told.
    let err = refused("hours --region china-billing --at 2026-12-07T10:00:00+08:00");
    assert!(err.contains("cannot be told"), "{err}");
}

#[test]
fn what_a_newcomer_s_review_found() {
    // Licensing through a partner needs no plan: no plan's target answers it.
    let v = answer(&format!(
        "advise --product licensing --sev B --channel csp --region emea {MONDAY_NOON}"
    ));
    assert!(v["plan"].is_null());
    assert!(v["response"]["due"].is_null());
    // With --partner, the due instant is said to be the customer's, at the customer's route.
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --partner --region emea {MONDAY_NOON}"
    ));
    assert!(v["response"]["due"].is_string());
    assert!(v["caveats"]
        .to_string()
        .contains("the documents give Partner Center no response target"));
}
