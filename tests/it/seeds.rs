//! The seed documents (000 to 004 in `../shared/seeds/`) as the tests read them: their
//! files, titles and section headings as written; helpers to check an answer against them;
//! and a copy of the built-in rules.
//!
//! Every expected value the tests take from here was read from the documents (or worked out
//! by hand from them and the decided readings in `../shared/READINGS.md`), never copied from
//! the tool's output. The documents are Dutch and the tool answers in English, so prose is
//! checked by the facts it must carry: numbers, URLs, product and role names, and the key
//! words of each list item. A keyword written `a|b` accepts either spelling.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

pub(crate) const PBI_FILE: &str = "000_1fc20d1e5ef65e46.txt";
pub(crate) const PP_FILE: &str = "001_71765d8511679954.txt";

pub(crate) const PBI_OPTIONS: &str = "Ondersteuningsopties van Power BI Pro en Power BI Premium";
pub(crate) const PP_RESPONSE: &str = "Wat is de initiële responstijd en hoe snel kan ik verwachten dat ik iemand terug hoor nadat ik mijn ondersteuningsverzoek heb ingediend?";
pub(crate) const PP_HOURS: &str =
    "Welke uren worden als lokale kantooruren voor ondersteuning beschouwd?";
pub(crate) const PP_REOPEN: &str = "Kan een ondersteuningsincident worden heropend?";

/// All strings in `v[key]` (an array of strings), joined and lower-cased, for
/// "does the answer say X" checks.
pub(crate) fn text_of(v: &Value, key: &str) -> String {
    arr(v, key)
        .iter()
        .map(|x| x.as_str().expect("string item"))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}

/// A copy of the built-in rule files (`rules/*.toml`) in a fresh temp dir.
pub(crate) fn copy_of_builtin_rules(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    for entry in std::fs::read_dir(manifest_dir().join("rules")).expect("rules/ exists") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).expect("copy rule file");
        }
    }
    dir
}

pub(crate) fn path_str(p: &Path) -> &str {
    p.to_str().expect("temp path is UTF-8")
}

// ---------------------------------------------------------------------------------------
// Documents 002, 003 and 004: files, titles and section headings as written
// ---------------------------------------------------------------------------------------

pub(crate) const MPN_FILE: &str = "002_81080745457b09b7.txt";
pub(crate) const CSP_FILE: &str = "003_d53a45af22bfbdf6.txt";
pub(crate) const M365_FILE: &str = "004_ad03a0d54b3488c9.txt";
/// (file, the document's title): the front-matter `title` of the markdown documents, the
/// title line of 001.
pub(crate) const DOCUMENTS: &[(&str, &str)] = &[
    (
        PBI_FILE,
        "Ondersteuningsopties van Power BI Pro en Power BI Premium",
    ),
    (
        PP_FILE,
        "Ondersteuning voor Microsoft Power Platform en Dynamics 365-apps",
    ),
    (
        MPN_FILE,
        "MPN-voordelen : technische ondersteuning voor on-premises of cloudproducten",
    ),
    (CSP_FILE, "Technische ondersteuning bieden aan klanten"),
    (
        M365_FILE,
        "Manieren om contact op te nemen met de ondersteuning voor zakelijke producten - Hulp voor beheerders",
    ),
];
// Section headings of document 002, as written.
pub(crate) const MPN_TOP: &str = "Technische ondersteuning voor on-premises of cloudproducten";
pub(crate) const MPN_OVERVIEW: &str = "Overzicht";
pub(crate) const MPN_STEPS: &str = "Stappen";
pub(crate) const MPN_ACTIVATE: &str =
    "Uw technische ondersteuningsvoordelen weergeven en activeren";
pub(crate) const MPN_WORKSPACES: &str = "Werkruimtenweergave";
pub(crate) const MPN_CURRENT: &str = "Huidige weergave";
pub(crate) const MPN_ENTITLEMENT: &str =
    "Rechten voor technische ondersteuning en ondersteunde producten";
pub(crate) const MPN_ON_PREMISES: &str = "Microsoft-productondersteuning (on-premises)";
pub(crate) const MPN_REMAINING: &str =
    "Hoeveel ondersteuningsincidenten van partners nog resterend zijn";
pub(crate) const MPN_SIGNATURE: &str = "Signature Cloud Support (alleen cloud)";
pub(crate) const MPN_ACCESS_ID: &str = "Azure Portal fout 'Toegangs-id is al gekoppeld...'";
pub(crate) const MPN_PLANS: &str = "Ondersteuningsplannen van partners";
pub(crate) const NEXT_STEPS: &str = "Volgende stappen";
// Section headings of document 003.
pub(crate) const CSP_TOP: &str = "Technische ondersteuning bieden om klanten te helpen hun abonnementen te configureren, beheren en gebruiken";
pub(crate) const CSP_ADMIN_TASKS: &str = "Beheertaken uitvoeren voor uw klanten";
pub(crate) const CSP_GUIDANCE: &str = "Ondersteuningshulp voor Microsoft-partners";
pub(crate) const CSP_REQUIREMENTS: &str =
    "Facturering, abonnementsbeheer en technische ondersteuning bieden";
// Section headings of document 004.
pub(crate) const M365_TOP: &str = "Manieren om contact op te nemen met de ondersteuning voor zakelijke producten - Hulp voor beheerders";
pub(crate) const M365_ONLINE: &str = "Online-ondersteuning";
pub(crate) const M365_PHONE: &str = "Telefonische ondersteuning";
pub(crate) const VIANET_SELF_SERVICE: &str =
    "Ondersteuningsopties voor de community en selfservice";
pub(crate) const VIANET_PRE_SALES: &str = "Pre-sales ondersteuning";
pub(crate) const VIANET_BILLING: &str = "Ondersteuning voor facturerings- en abonnementsbeheer";
pub(crate) const VIANET_TECHNICAL: &str = "Technische ondersteuning";
pub(crate) const VIANET_CASES: &str = "Afhandelen van gevallen door de technische ondersteuning";
pub(crate) const VIANET_RESPONSE: &str = "Initiële reactietijden van de technische ondersteuning";
pub(crate) const VIANET_HOURS: &str = "Kantooruren technische ondersteuning";
pub(crate) const VIANET_CONTACT: &str = "Contact opnemen met de ondersteuning";
pub(crate) const VIANET_ONLINE: &str = "Een onlineaanvraag openen";
pub(crate) const VIANET_CALL: &str = "Ondersteuning bellen";
pub(crate) const VIANET_SHARED: &str = "Gedeelde verantwoordelijkheden voor ondersteuning";
pub(crate) const VIANET_ADMIN_ROLES: &str = "Beheerdersrollen en -verantwoordelijkheden";
pub(crate) const VIANET_SUPPORT_ROLE: &str = "Ondersteuningsrol van 21Vianet";
pub(crate) const VIANET_FEATURES: &str = "Beschikbaarheid van functies";
pub(crate) const VIANET_WECHAT: &str = "Volg ons op WeChat";
pub(crate) const GERMANY_ASSISTED: &str = "Hulp bij ondersteuning vragen";
pub(crate) const GERMANY_COMMUNITY: &str = "Laat onze community helpen";

// ---------------------------------------------------------------------------------------
// Reading answers for what the documents say (a keyword written `a|b` accepts either)
// ---------------------------------------------------------------------------------------

/// The strings of `v[key]` (an array of strings), lower-cased.
pub(crate) fn strings(v: &Value, key: &str) -> Vec<String> {
    arr(v, key)
        .iter()
        .map(|x| x.as_str().expect("string item").to_lowercase())
        .collect()
}

/// The sections an answer cites in `file`.
pub(crate) fn sections_cited<'a>(v: &'a Value, file: &str) -> Vec<&'a str> {
    sources(v)
        .into_iter()
        .filter(|x| s(x, "file") == file)
        .map(|x| s(x, "section"))
        .collect()
}

pub(crate) fn assert_cites(v: &Value, file: &str, section: &str, what: &str) {
    let cited = sections_cited(v, file);
    assert!(
        cited.contains(&section),
        "{what} cites `{section}` of {file}; it cites {cited:?}"
    );
}

/// Does `text` (lower-cased) contain `keyword`, or one of its `|`-separated spellings?
pub(crate) fn has(text: &str, keyword: &str) -> bool {
    keyword
        .split('|')
        .any(|alt| text.contains(&alt.to_lowercase()))
}

pub(crate) fn has_all(text: &str, keywords: &[&str]) -> bool {
    keywords.iter().all(|k| has(text, k))
}

/// `text` mentions every keyword.
pub(crate) fn assert_mentions(text: &str, keywords: &[&str], what: &str) {
    let text = text.to_lowercase();
    let missing: Vec<&&str> = keywords.iter().filter(|k| !has(&text, k)).collect();
    assert!(
        missing.is_empty(),
        "{what}: missing {missing:?} in:\n{text}"
    );
}

/// Each item (a list of keywords) is carried by one of `lines` (lower-cased).
pub(crate) fn assert_items(lines: &[String], items: &[&[&str]], what: &str) {
    for item in items {
        assert!(
            lines.iter().any(|l| has_all(l, item)),
            "{what}: no line carries all of {item:?}; lines:\n{}",
            lines.join("\n")
        );
    }
}

/// Like `assert_items`, and the items come in the document's order.
pub(crate) fn assert_items_in_order(lines: &[String], items: &[&[&str]], what: &str) {
    let mut from = 0;
    for item in items {
        let found = lines[from..].iter().position(|l| has_all(l, item));
        let Some(i) = found else {
            panic!(
                "{what}: no line from #{from} on carries all of {item:?}; lines:\n{}",
                lines.join("\n")
            );
        };
        from += i + 1;
    }
}

/// `policy TOPIC --json`: checks the topic id and that it cites `sections` of `file`;
/// returns its points, lower-cased.
pub(crate) fn policy(topic: &str, file: &str, sections: &[&str]) -> Vec<String> {
    let v = json(&["policy", topic]);
    assert_eq!(s(&v, "topic"), topic);
    for section in sections {
        assert_cites(&v, file, section, &format!("policy {topic}"));
    }
    strings(&v, "points")
}

/// The text of a markdown heading line: `<a name=…></a>` anchors stripped and a tab
/// heading `[Text](#tab/…)` read as `Text`.
pub(crate) fn markdown_heading(line: &str) -> Option<String> {
    let line = line.trim();
    if !line.starts_with('#') {
        return None;
    }
    let mut rest = line.trim_start_matches('#').trim();
    if rest.starts_with("<a ") {
        let end = rest.find("</a>")?;
        rest = rest[end + "</a>".len()..].trim();
    }
    if let Some((text, link)) = rest.strip_prefix('[').and_then(|r| r.split_once("](")) {
        if link.starts_with("#tab/") {
            return Some(text.trim().to_string());
        }
    }
    Some(rest.to_string())
}

/// The headings of a seed document: its markdown `#` lines; for a document without
/// markdown (001), its title line and every non-indented line ending in `?`.
pub(crate) fn document_headings(text: &str, title: &str) -> Vec<String> {
    let markdown: Vec<String> = text.lines().filter_map(markdown_heading).collect();
    if !markdown.is_empty() {
        return markdown;
    }
    let mut headings = vec![title.to_string()];
    headings.extend(
        text.lines()
            .filter(|l| !l.is_empty() && !l.starts_with(char::is_whitespace))
            .map(str::trim_end)
            .filter(|l| l.ends_with('?'))
            .map(str::to_string),
    );
    headings
}

/// Is `section` a heading as written in `text`? For markdown documents one of its
/// headings; for the plain-text 001 a line of its own (group headings included).
pub(crate) fn is_section_of(text: &str, title: &str, section: &str) -> bool {
    let markdown = text.lines().any(|l| markdown_heading(l).is_some());
    if markdown {
        document_headings(text, title).iter().any(|h| h == section)
    } else {
        text.lines().any(|l| l.trim() == section)
    }
}

pub(crate) fn title_of(file: &str) -> &'static str {
    DOCUMENTS
        .iter()
        .find(|(f, _)| *f == file)
        .map(|(_, t)| *t)
        .unwrap_or_else(|| panic!("{file} is not one of the five seed documents"))
}
