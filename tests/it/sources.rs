//! Every JSON answer is traceable to a section of a seed document.

use serde_json::Value;

use crate::common::*;

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
