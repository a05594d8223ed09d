//! `rules coverage --document FILE`: a newer copy of a document against the rules.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

/// A revision of the Power BI document: its second section renamed, a new one added.
const POWER_BI_REVISION: &str = r#"---
title: Ondersteuningsopties van Power BI Pro en Power BI Premium
ms.date: 03/01/2025
ms.contentlocale: nl-NL
---
# <a name="power-bi-pro-and-power-bi-premium-support-options"></a>Ondersteuningsopties van Power BI Pro en Power BI Premium

Tekst.

## <a name="power-bi-benefits-for-microsoft-unified-support"></a>Voordelen van Power BI voor *Microsoft Unified*-ondersteuning

- Accountbeheer

## Ondersteuning voor Copilot in Power BI

Tekst.
"#;

/// A plain-text revision of the Power Platform document, headings on lines of their own:
/// the response-time question renamed, a new question added, two sections as they were.
const POWER_PLATFORM_REVISION: &str = "Delen via


Ondersteuning voor Microsoft Power Platform en Dynamics 365-apps

Ondersteuning is beschikbaar op markten waar Microsoft Power Platform- of Dynamics 365-services worden aangeboden.

Krijg ik dag en nacht ondersteuning?

  • Microsoft biedt 24/7 ondersteuning in het Engels voor alle problemen met ernstgraad A.

Notitie

Wat is de initiële responstijd?

Ernst A: minder dan één uur.

Hoe krijg ik ondersteuning voor Copilot?

Via het Power Platform-beheercentrum.

Zie ook
";

const RESPONSE_TIME: &str = "Wat is de initiële responstijd en hoe snel kan ik verwachten dat ik iemand terug hoor nadat ik mijn ondersteuningsverzoek heb ingediend?";

fn write(name: &str, text: &str) -> String {
    let path = temp_dir("coverage").join(name);
    std::fs::write(&path, text).expect("write");
    path.to_str().expect("UTF-8 path").to_string()
}

fn missing(v: &Value) -> Vec<&str> {
    v["missing"]
        .as_array()
        .expect("missing")
        .iter()
        .map(|m| m["section"].as_str().expect("section"))
        .collect()
}

fn uncited<'a>(v: &'a Value, status: &str) -> Vec<&'a str> {
    v["uncited"]
        .as_array()
        .expect("uncited")
        .iter()
        .filter(|u| u["status"] == status)
        .map(|u| u["heading"].as_str().expect("heading"))
        .collect()
}

#[test]
fn a_markdown_revision_with_a_renamed_and_a_new_section() {
    let file = write("power-bi-2025.md", POWER_BI_REVISION);
    let v = json(&["rules", "coverage", "--document", &file]);
    assert_eq!(v["document"]["id"], "power-bi");
    assert_eq!(v["chosen_by"], "title");
    assert_eq!(v["format"], "markdown");
    assert_eq!(v["date"], "03/01/2025");
    assert_eq!(v["locale"], "nl-NL");
    assert_eq!(v["headings"], 3);
    // The renamed section is gone, with every rule that cites it.
    assert_eq!(
        missing(&v),
        ["Voordelen van Power BI voor Microsoft Premier-ondersteuning"]
    );
    let cited_by = &v["missing"][0]["cited_by"];
    assert!(
        cited_by
            .as_array()
            .is_some_and(|c| c.contains(&Value::from("plan premier"))),
        "{cited_by}"
    );
    // Its new name and the new section are reported as the file writes them (less the
    // anchor), with their lines; the title, compared without its anchor, is cited.
    assert_eq!(
        uncited(&v, "new"),
        [
            "Voordelen van Power BI voor *Microsoft Unified*-ondersteuning",
            "Ondersteuning voor Copilot in Power BI"
        ]
    );
    assert_eq!(v["uncited"][0]["line"], 10);
    assert_eq!(v["uncited"].as_array().map(Vec::len), Some(2));

    let (code, table, err) = run(&["rules", "coverage", "--document", &file]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert!(
        table.contains("Document  power-bi: Ondersteuningsopties"),
        "{table}"
    );
    assert!(
        table.contains("1 section(s) the rules cite that the file no longer has"),
        "{table}"
    );
    assert!(table.contains("Premier-ondersteuning"), "{table}");
    assert!(
        table.contains("NEW: no such section in the rules"),
        "{table}"
    );
    assert!(table.contains("Ondersteuning voor Copilot in"), "{table}");
}

#[test]
fn a_plain_text_revision_with_a_renamed_and_a_new_section() {
    let file = write("power-platform-2025.txt", POWER_PLATFORM_REVISION);
    let v = json(&["rules", "coverage", "--document", &file]);
    assert_eq!(v["document"]["id"], "power-platform");
    assert_eq!(v["chosen_by"], "title");
    assert_eq!(v["format"], "plain-text");
    let gone = missing(&v);
    assert!(gone.contains(&RESPONSE_TIME), "{gone:?}");
    assert!(
        !gone.contains(&"Krijg ik dag en nacht ondersteuning?"),
        "a section the file keeps: {gone:?}"
    );
    // "Delen via" and "Notitie" stand alone but are no headings.
    assert_eq!(
        uncited(&v, "new"),
        [
            "Wat is de initiële responstijd?",
            "Hoe krijg ik ondersteuning voor Copilot?"
        ]
    );
    assert_eq!(uncited(&v, "nothing-to-encode"), ["Zie ook"]);
}

#[test]
fn each_seed_file_has_every_section_its_rules_cite() {
    let Some(seeds) = seeds_dir() else { return };
    let mut files: Vec<_> = std::fs::read_dir(&seeds)
        .expect("seeds")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    let ids: Vec<String> = files
        .iter()
        .map(|file| {
            let v = json(&[
                "rules",
                "coverage",
                "--document",
                file.to_str().expect("UTF-8"),
            ]);
            assert_eq!(v["chosen_by"], "title", "{}", file.display());
            assert_eq!(
                v["document"]["file"].as_str(),
                file.file_name().and_then(|n| n.to_str()),
                "the seed's own document"
            );
            assert!(missing(&v).is_empty(), "{}: {v:#}", file.display());
            assert!(uncited(&v, "new").is_empty(), "{}: {v:#}", file.display());
            assert!(
                uncited(&v, "not-cited").is_empty(),
                "{}: {v:#}",
                file.display()
            );
            v["document"]["id"].as_str().expect("id").to_string()
        })
        .collect();
    assert_eq!(ids, ["power-bi", "power-platform", "mpn", "csp", "contact"]);
}

#[test]
fn doc_names_the_document_and_headings_choose_without_a_title() {
    // An English title no document has, and two of the Power Platform document's headings.
    let text = "# Support overview\n\n## Krijg ik dag en nacht ondersteuning?\n\n## Zie ook\n";
    let file = write("english.md", text);
    let v = json(&["rules", "coverage", "--document", &file]);
    assert_eq!(v["document"]["id"], "power-platform");
    assert_eq!(v["chosen_by"], "headings");
    assert!(
        v["chosen_because"]
            .as_str()
            .is_some_and(|w| w.contains("shares 2 of its 3 headings")),
        "{v}"
    );

    let v = json(&[
        "rules",
        "coverage",
        "--document",
        &file,
        "--doc",
        "power-bi",
    ]);
    assert_eq!(v["document"]["id"], "power-bi");
    assert_eq!(v["chosen_by"], "doc");
    assert_eq!(
        missing(&v).len(),
        2,
        "both cited Power BI sections are missing: {v}"
    );
    assert_eq!(uncited(&v, "new").len(), 3);
}

#[test]
fn errors_are_one_line_with_exit_2() {
    let dir = temp_dir("coverage-errors");
    let absent = dir.join("absent.md");
    let line = usage_error(&[
        "rules",
        "coverage",
        "--document",
        absent.to_str().expect("UTF-8"),
    ]);
    assert!(
        line.contains("cannot read document") && line.contains("absent.md"),
        "{line}"
    );

    let line = usage_error(&[
        "rules",
        "coverage",
        "--document",
        dir.to_str().expect("UTF-8"),
    ]);
    assert!(line.contains("is a directory"), "{line}");

    let unknown = write("unknown.md", "# Something else\n\n## Other\n");
    let line = usage_error(&["rules", "coverage", "--document", &unknown]);
    assert!(line.contains("no document of the rules matches"), "{line}");
    assert!(
        line.contains("--doc") && line.contains("`power-platform`"),
        "{line}"
    );

    let line = usage_error(&[
        "rules",
        "coverage",
        "--document",
        &unknown,
        "--doc",
        "powr-bi",
    ]);
    assert!(line.contains("did you mean `power-bi`?"), "{line}");

    let empty = write("empty.md", "no headings at all.\n");
    let line = usage_error(&["rules", "coverage", "--document", &empty]);
    assert!(line.contains("has no headings"), "{line}");

    let binary = dir.join("binary.md");
    std::fs::write(&binary, [0x23, 0x20, 0xff, 0xfe, 0x0a]).expect("write");
    let line = usage_error(&[
        "rules",
        "coverage",
        "--document",
        binary.to_str().expect("UTF-8"),
    ]);
    assert!(line.contains("not UTF-8"), "{line}");

    let line = refused("rules coverage --doc power-bi");
    assert!(line.contains("--document"), "{line}");
}

#[test]
fn the_2025_revision_example_against_the_seed_document() {
    let source = crate::common::manifest_dir().join("examples/rules-2025/source.md");
    let source = source.to_str().expect("UTF-8 path");
    // English headings, a Dutch seed document: no title and no heading in common.
    let line = usage_error(&["rules", "coverage", "--document", source]);
    assert!(line.contains("no document of the rules matches"), "{line}");

    let v = json(&[
        "rules",
        "coverage",
        "--document",
        source,
        "--doc",
        "power-platform",
    ]);
    assert_eq!(v["date"], "07/31/2025");
    assert_eq!(v["chosen_by"], "doc");
    assert_eq!(
        uncited(&v, "new"),
        [
            "Support for Microsoft Power Platform and Dynamics 365 apps",
            "Severity and responsiveness"
        ]
    );
    assert!(missing(&v).contains(&RESPONSE_TIME));
}

// ---------------------------------------------------------------------------------------
// rules coverage: every section of the five documents
// ---------------------------------------------------------------------------------------

/// The sections of documents 000, 002, 003 and 004 as written (their markdown headings).
const SECTIONS: &[(&str, &[&str])] = &[
    (
        PBI_FILE,
        &[
            "Ondersteuningsopties van Power BI Pro en Power BI Premium",
            "Voordelen van Power BI voor Microsoft Premier-ondersteuning",
        ],
    ),
    (
        MPN_FILE,
        &[
            MPN_TOP,
            MPN_OVERVIEW,
            MPN_STEPS,
            MPN_ACTIVATE,
            MPN_WORKSPACES,
            MPN_CURRENT,
            MPN_ENTITLEMENT,
            MPN_ON_PREMISES,
            MPN_REMAINING,
            MPN_SIGNATURE,
            MPN_ACCESS_ID,
            MPN_PLANS,
            NEXT_STEPS,
        ],
    ),
    (
        CSP_FILE,
        &[
            CSP_TOP,
            CSP_ADMIN_TASKS,
            CSP_GUIDANCE,
            CSP_REQUIREMENTS,
            NEXT_STEPS,
        ],
    ),
    (
        M365_FILE,
        &[
            M365_TOP,
            M365_ONLINE,
            M365_PHONE,
            VIANET_SELF_SERVICE,
            VIANET_PRE_SALES,
            VIANET_BILLING,
            VIANET_TECHNICAL,
            VIANET_CASES,
            VIANET_RESPONSE,
            VIANET_HOURS,
            VIANET_CONTACT,
            VIANET_ONLINE,
            VIANET_CALL,
            VIANET_SHARED,
            VIANET_ADMIN_ROLES,
            VIANET_SUPPORT_ROLE,
            VIANET_FEATURES,
            VIANET_WECHAT,
            GERMANY_ASSISTED,
            GERMANY_COMMUNITY,
        ],
    ),
];

fn coverage_document<'a>(v: &'a Value, file: &str) -> &'a Value {
    arr(v, "documents")
        .iter()
        .find(|d| s(d, "file") == file)
        .unwrap_or_else(|| panic!("coverage lists {file}: {v}"))
}

fn coverage_sections(doc: &Value) -> Vec<&str> {
    arr(doc, "sections")
        .iter()
        .map(|x| s(x, "section"))
        .collect()
}

#[test]
fn rules_coverage_lists_every_document_and_section() {
    let v = answer("rules coverage");
    let files: BTreeSet<&str> = arr(&v, "documents").iter().map(|d| s(d, "file")).collect();
    let expected: BTreeSet<&str> = DOCUMENTS.iter().map(|(f, _)| *f).collect();
    assert_eq!(files, expected, "the five documents");
    for (file, title) in DOCUMENTS {
        assert_eq!(s(coverage_document(&v, file), "document"), *title, "{file}");
    }
    for (file, sections) in SECTIONS {
        let listed = coverage_sections(coverage_document(&v, file));
        for section in *sections {
            assert!(
                listed.contains(section),
                "{file}: `{section}` in {listed:?}"
            );
        }
        assert_eq!(
            listed.len(),
            sections.len(),
            "{file}: no other sections: {listed:?}"
        );
    }
    // 001 has no markdown; its title line and questions are checked against the file in
    // `rules_coverage_matches_the_seed_files`.
    let listed = coverage_sections(coverage_document(&v, PP_FILE));
    assert!(listed.contains(&title_of(PP_FILE)), "{listed:?}");
    assert!(
        listed.contains(&"Kan een ondersteuningsincident worden heropend?"),
        "{listed:?}"
    );
}

#[test]
fn rules_coverage_nothing_uncovered_and_next_steps_unencoded() {
    let v = answer("rules coverage");
    assert_eq!(
        v["uncovered"],
        Value::Array(vec![]),
        "uncovered is empty: {v}"
    );
    for doc in arr(&v, "documents") {
        for section in arr(doc, "sections") {
            let cited = !arr(section, "cited_by").is_empty();
            let reason = section["unencoded"].as_str().unwrap_or("").trim();
            assert!(
                cited || !reason.is_empty(),
                "{}: section is cited or says why not: {section}",
                s(doc, "file")
            );
        }
    }
    // "Volgende stappen" of 002 and 003: links to other articles, nothing to encode.
    // Every other section of 002, 003 and 004 states something and must be encoded.
    for file in [MPN_FILE, CSP_FILE, M365_FILE] {
        for section in arr(coverage_document(&v, file), "sections") {
            let name = s(section, "section");
            let reason = section["unencoded"].as_str().unwrap_or("").trim();
            if name == NEXT_STEPS && file != M365_FILE {
                assert!(
                    !reason.is_empty(),
                    "{file}: `{name}` unencoded with a reason"
                );
                assert!(arr(section, "cited_by").is_empty(), "{file}: {section}");
            } else {
                assert!(
                    reason.is_empty(),
                    "{file}: `{name}` must be encoded: {section}"
                );
                assert!(!arr(section, "cited_by").is_empty(), "{file}: {section}");
            }
        }
    }
}

#[test]
fn rules_coverage_matches_the_seed_files() {
    let Some(seeds) = seeds_dir() else {
        return; // skipped, with a notice, under SUPPORT_ADVISOR_NO_SEEDS=1
    };
    let v = answer("rules coverage");
    for (file, title) in DOCUMENTS {
        let text = std::fs::read_to_string(seeds.join(file))
            .unwrap_or_else(|e| panic!("read {file}: {e}"));
        assert!(text.contains(title), "{file} carries its title `{title}`");
        let headings = document_headings(&text, title);
        assert!(!headings.is_empty(), "{file}: headings found");
        let listed = coverage_sections(coverage_document(&v, file));
        for heading in &headings {
            assert!(
                listed.contains(&heading.as_str()),
                "{file}: heading `{heading}` is listed by `rules coverage`"
            );
        }
        for section in &listed {
            assert!(
                is_section_of(&text, title, section),
                "{file}: listed section `{section}` occurs in the file"
            );
        }
    }
}

#[test]
fn a_revision_sharing_no_heading_says_why_every_section_shows_missing() {
    // The example revision is English, the seed Dutch: nothing matches by text.
    let answer =
        answer("rules coverage --document examples/rules-2025/source.md --doc power-platform");
    let note = answer["note"].as_str().unwrap_or_default();
    assert!(
        note.starts_with(
            "No heading of the file is one of document `power-platform`'s (the rules' is nl-NL)"
        ),
        "{answer:#}"
    );
    // The seed itself shares every heading: no note.
    let Some(seeds) = seeds_dir() else { return };
    let seed = seeds.join("001_71765d8511679954.txt");
    let answer = json(&[
        "rules",
        "coverage",
        "--document",
        seed.to_str().expect("UTF-8 path"),
    ]);
    assert_eq!(answer["note"], serde_json::Value::Null);
}
