//! Every JSON answer is traceable to a section of a seed document.

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// Every JSON answer is traceable to a document
// ---------------------------------------------------------------------------------------

#[test]
fn every_json_answer_carries_a_source_in_the_seed_documents() {
    let answers: &[&[&str]] = &[
        &["ids"],
        &["plans"],
        &["sla", "--plan", "prodirect", "--sev", "B"],
        &["sla", "--plan", "powerbi-premium", "--sev", "A"],
        &[
            "sla",
            "--plan",
            "premier",
            "--sev",
            "C",
            "--product",
            "power-bi",
        ],
        &["where", "--product", "dynamics-365", "--partner"],
        &["where", "--product", "power-bi"],
        &["where", "--product", "licensing"],
        &["where", "--product", "billing"],
        &["hours"],
        &["hours", "--region", "japan"],
        &[
            "hours",
            "--region",
            "emea",
            "--at",
            "2026-11-27T16:30:00+01:00",
        ],
        &["can-reopen", "--closed", "2026-11-01", "--on", "2026-11-25"],
        &["policy"],
        &["policy", "preview"],
    ];
    let seeds = seeds_dir();
    let mut problems = Vec::new();
    for args in answers {
        let mut all = args.to_vec();
        all.push("--json");
        let (_code, out, err) = run(&all);
        let v: Value = match serde_json::from_str(&out) {
            Ok(v) => v,
            Err(e) => {
                problems.push(format!("{args:?}: not JSON ({e}); stderr {err}"));
                continue;
            }
        };
        match &v["source"] {
            Value::Object(_) => {}
            Value::Array(list) if !list.is_empty() && list.iter().all(Value::is_object) => {}
            other => problems.push(format!(
                "{args:?}: top-level `source` missing or malformed: {other}"
            )),
        }
        let mut found = Vec::new();
        all_sources(&v, &mut found);
        if found.is_empty() {
            problems.push(format!("{args:?}: no source anywhere"));
        }
        for src in found {
            let (Some(document), Some(file), Some(section)) = (
                src["document"].as_str(),
                src["file"].as_str(),
                src["section"].as_str(),
            ) else {
                problems.push(format!("{args:?}: source fields are not strings: {src}"));
                continue;
            };
            let Some(seeds) = &seeds else { continue }; // skipped under SUPPORT_ADVISOR_NO_SEEDS=1
            let Ok(text) = std::fs::read_to_string(seeds.join(file)) else {
                problems.push(format!(
                    "{args:?}: source.file `{file}` is not in {}",
                    seeds.display()
                ));
                continue;
            };
            if !text.contains(document) {
                problems.push(format!(
                    "{args:?}: `{file}` does not carry the title `{document}`"
                ));
            }
            // The heading as written: a line of its own, after a markdown anchor, or the
            // text of a tab heading's link (`[Werkruimtenweergave](#tab/…)`).
            let is_heading = text.lines().map(str::trim).any(|l| {
                l == section
                    || l.ends_with(&format!("</a>{section}"))
                    || l.contains(&format!("</a>[{section}](#tab/"))
            });
            if !is_heading {
                problems.push(format!(
                    "{args:?}: `{section}` is not a heading of `{file}`"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------
// Every answer is traceable to a heading of its document
// ---------------------------------------------------------------------------------------

#[test]
fn every_answer_cites_a_heading_of_its_document() {
    let mut answers: Vec<Vec<&str>> = vec![
        vec!["partner"],
        vec!["partner", "--membership", "gold", "--competency", "other"],
        vec!["contact"],
        vec!["contact", "germany"],
        vec!["sla", "--plan", "21vianet", "--sev", "A"],
        vec!["sla", "--plan", "21vianet", "--sev", "C"],
        vec!["hours", "--region", "china"],
        vec!["hours", "--region", "china", "--at", "2026-11-25T16:00:00Z"],
        vec![
            "hours",
            "--region",
            "germany-billing",
            "--at",
            "2026-07-01T07:00:00Z",
        ],
        vec!["where", "--product", "microsoft-365"],
        vec!["where", "--product", "office-365-21vianet"],
        vec!["where", "--product", "office-365-germany"],
        vec!["where", "--product", "mpn-product-support", "--partner"],
        vec!["where", "--product", "signature-cloud-support", "--partner"],
        vec!["where", "--product", "csp-customer-support", "--partner"],
        vec!["plans"],
    ];
    let topics = [
        "mpn-roles",
        "mpn-overview",
        "mpn-steps",
        "mpn-activate",
        "mpn-entitlement",
        "cloud-competencies",
        "on-premises-support",
        "remaining-incidents",
        "signature-cloud-support",
        "access-id-already-associated",
        "partner-support-plans",
        "csp-admin-tasks",
        "csp-support-ownership",
        "csp-escalation",
        "csp-service-requirements",
        "m365-admin-only",
        "m365-service-health",
        "m365-phone-support",
        "21vianet-scope",
        "21vianet-self-service",
        "21vianet-pre-sales",
        "21vianet-billing",
        "21vianet-technical",
        "21vianet-severity",
        "21vianet-admin-role",
        "21vianet-support-role",
        "21vianet-feature-availability",
        "21vianet-wechat",
        "germany-support",
        "germany-community",
    ];
    answers.extend(topics.iter().map(|t| vec!["policy", t]));

    let seeds = seeds_dir();
    let mut problems = Vec::new();
    for args in &answers {
        let v = json(args);
        if !matches!(&v["source"], Value::Object(_) | Value::Array(_)) {
            problems.push(format!("{args:?}: no top-level `source`"));
        }
        let mut found = Vec::new();
        all_sources(&v, &mut found);
        if found.is_empty() {
            problems.push(format!("{args:?}: no source anywhere"));
        }
        for src in found {
            let (Some(document), Some(file), Some(section)) = (
                src["document"].as_str(),
                src["file"].as_str(),
                src["section"].as_str(),
            ) else {
                problems.push(format!("{args:?}: source fields are not strings: {src}"));
                continue;
            };
            let Some((_, title)) = DOCUMENTS.iter().find(|(f, _)| *f == file) else {
                problems.push(format!("{args:?}: `{file}` is not a seed document"));
                continue;
            };
            if document != *title {
                problems.push(format!(
                    "{args:?}: `{file}` is titled `{title}`, not `{document}`"
                ));
            }
            let Some(seeds) = &seeds else { continue }; // skipped under SUPPORT_ADVISOR_NO_SEEDS=1
            let text = std::fs::read_to_string(seeds.join(file)).expect("read seed");
            if !is_section_of(&text, title, section) {
                problems.push(format!(
                    "{args:?}: `{section}` is not a heading of `{file}`"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
