//! `contact` against document 004: every phone number, its desks, languages and hours; by
//! id, by product, and the errors.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// contact: document 004, every phone number, its desks, languages and hours
// ---------------------------------------------------------------------------------------

struct Desk {
    /// Part of the desk's `kind`, lower-cased.
    kind: &'static str,
    /// Empty where the document names no language.
    languages: &'static [&'static str],
    days: &'static str,
    open: &'static str,
    close: &'static str,
    zone: Option<&'static str>,
}

pub(crate) struct PhoneLine {
    pub(crate) id: &'static str,
    product: &'static str,
    number: &'static str,
    /// Keywords the alternative number must carry, if the document gives one.
    alternative: Option<&'static [&'static str]>,
    section: &'static str,
    desks: &'static [Desk],
    /// Items the line's notes must carry.
    notes: &'static [&'static [&'static str]],
}

/// "Ondersteuning voor facturering is beschikbaar in het Engels van 09:00 tot 17:00 uur
/// (09:00 tot 18:00 uur in Australië), van maandag t/m vrijdag."
const M365_BILLING: Desk = Desk {
    kind: "billing",
    languages: &["English"],
    days: "Mon–Fri",
    open: "09:00",
    close: "17:00",
    zone: None,
};

const M365_BILLING_AUSTRALIA: Desk = Desk {
    close: "18:00",
    ..M365_BILLING
};

/// "Technische ondersteuning is beschikbaar in het Engels, 24 uur per dag, 7 dagen per week."
const M365_TECHNICAL: Desk = Desk {
    kind: "technical",
    languages: &["English"],
    days: "Mon–Sun",
    open: "00:00",
    close: "24:00",
    zone: None,
};

/// "Ondersteuning bij facturering: Duits: ma-vr 9.00-17.00 Berlijn; Engels: ma-vr
/// 9.00-17.00 Berlijn"
const GERMANY_BILLING: Desk = Desk {
    kind: "billing",
    languages: &["German", "English"],
    days: "Mon–Fri",
    open: "09:00",
    close: "17:00",
    zone: Some("Europe/Berlin"),
};

/// "Technische ondersteuning: Duits: 24 uur per dag, 7 dagen per week; Engels: idem"
const GERMANY_TECHNICAL: Desk = Desk {
    kind: "technical",
    languages: &["German", "English"],
    days: "Mon–Sun",
    open: "00:00",
    close: "24:00",
    zone: None,
};

/// "Urgentieniveau A: 24*7 continue service"
const VIANET_A: Desk = Desk {
    kind: "severity a",
    languages: &[],
    days: "Mon–Sun",
    open: "00:00",
    close: "24:00",
    zone: None,
};

/// "Urgentieniveau B/C: 09:00 - 00:00 uur (lokale tijd Beijing), 365 dagen per jaar."
const VIANET_BC: Desk = Desk {
    kind: "severity b",
    languages: &[],
    days: "Mon–Sun",
    open: "09:00",
    close: "24:00",
    zone: Some("Asia/Shanghai"),
};

/// The PIN verification note and "Beheerders: houd uw accountgegevens bij de hand".
const M365_NOTES: &[&[&str]] = &[
    &["pin", "verification code", "registered"],
    &["account details", "at hand"],
];

pub(crate) const PHONE_LINES: &[PhoneLine] = &[
    // "In de Verenigde Staten belt u 1 800 865 9408."
    PhoneLine {
        id: "m365-united-states",
        product: "microsoft-365",
        number: "1 800 865 9408",
        alternative: None,
        section: M365_PHONE,
        desks: &[M365_BILLING, M365_TECHNICAL],
        notes: M365_NOTES,
    },
    // "In Australië belt u 1 800 197 503."
    PhoneLine {
        id: "m365-australia",
        product: "microsoft-365",
        number: "1 800 197 503",
        alternative: None,
        section: M365_PHONE,
        desks: &[M365_BILLING_AUSTRALIA, M365_TECHNICAL],
        notes: M365_NOTES,
    },
    // "In Canada belt u 1 800 865 9408."
    PhoneLine {
        id: "m365-canada",
        product: "microsoft-365",
        number: "1 800 865 9408",
        alternative: None,
        section: M365_PHONE,
        desks: &[M365_BILLING, M365_TECHNICAL],
        notes: M365_NOTES,
    },
    // "In het Verenigd Koninkrijk belt u 0800 032 6417."
    PhoneLine {
        id: "m365-united-kingdom",
        product: "microsoft-365",
        number: "0800 032 6417",
        alternative: None,
        section: M365_PHONE,
        desks: &[M365_BILLING, M365_TECHNICAL],
        notes: M365_NOTES,
    },
    // "... kunt u telefonische ondersteuning krijgen via +86 400 089 0365."
    // Pre-sales and billing: "hetzelfde telefoonnummer" as technical support.
    PhoneLine {
        id: "21vianet-china",
        product: "office-365-21vianet",
        number: "+86 400 089 0365",
        alternative: None,
        section: VIANET_CALL,
        desks: &[VIANET_A, VIANET_BC],
        notes: &[&["pre-sales", "billing", "same number"]],
    },
    // | Duitsland | 0800 589 2330 | ... Alternatief telefoonnummer: 069 380 789 305
    // (Lokale gesprekskosten zijn van toepassing) |
    PhoneLine {
        id: "germany",
        product: "office-365-germany",
        number: "0800 589 2330",
        alternative: Some(&["069 380 789 305", "local"]),
        section: GERMANY_ASSISTED,
        desks: &[GERMANY_BILLING, GERMANY_TECHNICAL],
        notes: &[&["account details", "at hand"]],
    },
    // | Alle overige markten in de Europese Economische Ruimte | +49 69 380 789 305 | ...
    // Internationale gesprekskosten zijn van toepassing. |
    PhoneLine {
        id: "germany-eea",
        product: "office-365-germany",
        number: "+49 69 380 789 305",
        alternative: None,
        section: GERMANY_ASSISTED,
        desks: &[GERMANY_BILLING, GERMANY_TECHNICAL],
        notes: &[
            &["international", "charges"],
            &["account details", "at hand"],
        ],
    },
];

/// `hours --region R --json`: the region's one row.
pub(crate) fn hours_region(region: &str) -> Value {
    let v = json(&["hours", "--region", region]);
    let regions = arr(&v, "regions");
    assert_eq!(regions.len(), 1, "hours --region {region}: {v}");
    regions[0].clone()
}

pub(crate) fn assert_one_window(region: &Value, days: &str, open: &str, close: &str, what: &str) {
    let windows = arr(region, "windows");
    assert_eq!(windows.len(), 1, "{what}: one window in {region}");
    let w = &windows[0];
    assert_eq!(
        (s(w, "days"), s(w, "open"), s(w, "close")),
        (days, open, close),
        "{what}: {w}"
    );
}

fn assert_phone_line(line: &Value, expected: &PhoneLine) {
    let what = format!("contact {}", expected.id);
    assert_eq!(s(line, "line"), expected.id, "{what}");
    assert_eq!(s(line, "number"), expected.number, "{what}: number");
    assert_eq!(s(line, "product"), expected.product, "{what}: product");
    match expected.alternative {
        Some(keywords) => assert_mentions(s(line, "alternative"), keywords, &what),
        None => assert!(
            line["alternative"].is_null(),
            "{what}: the document gives no alternative number: {line}"
        ),
    }
    assert_items(&strings(line, "notes"), expected.notes, &what);
    assert_cites(line, M365_FILE, expected.section, &what);

    let desks = arr(line, "desks");
    assert_eq!(desks.len(), expected.desks.len(), "{what}: desks in {line}");
    for desk in expected.desks {
        let found: Vec<&Value> = desks
            .iter()
            .filter(|d| s(d, "kind").to_lowercase().contains(desk.kind))
            .collect();
        assert_eq!(found.len(), 1, "{what}: one `{}` desk in {line}", desk.kind);
        let d = found[0];
        let what = format!("{what}, {} desk", desk.kind);
        let languages: BTreeSet<&str> = arr(d, "languages")
            .iter()
            .map(|l| l.as_str().expect("language name"))
            .collect();
        let expected_languages: BTreeSet<&str> = desk.languages.iter().copied().collect();
        assert_eq!(languages, expected_languages, "{what}: languages");
        let hours = s(d, "hours");
        if desk.open == "00:00" && desk.close == "24:00" {
            assert!(hours.contains("24/7"), "{what}: hours {hours}");
        } else {
            assert!(
                hours.contains(desk.open)
                    && hours.contains(desk.close)
                    && hours.contains(desk.days),
                "{what}: hours {hours}"
            );
        }
        // The desk's calendar, through `hours`.
        let region = hours_region(s(d, "region"));
        assert_one_window(&region, desk.days, desk.open, desk.close, &what);
        if let Some(zone) = desk.zone {
            assert_eq!(s(d, "time_zone"), zone, "{what}: time zone");
            assert_eq!(s(&region, "time_zone"), zone, "{what}: region time zone");
        }
    }
}

#[test]
fn contact_every_phone_line_of_the_document() {
    let v = json(&["contact"]);
    let lines = arr(&v, "lines");
    let ids: Vec<&str> = lines.iter().map(|l| s(l, "line")).collect();
    let expected_ids: Vec<&str> = PHONE_LINES.iter().map(|l| l.id).collect();
    assert_eq!(
        ids.iter().copied().collect::<BTreeSet<_>>(),
        expected_ids.iter().copied().collect::<BTreeSet<_>>(),
        "exactly the document's numbers"
    );
    assert_eq!(ids.len(), expected_ids.len(), "no line twice: {ids:?}");
    for expected in PHONE_LINES {
        let line = lines.iter().find(|l| s(l, "line") == expected.id).unwrap();
        assert_phone_line(line, expected);
    }
}

#[test]
fn contact_one_line_by_id() {
    let all = json(&["contact"]);
    for expected in PHONE_LINES {
        let v = json(&["contact", expected.id]);
        let lines = arr(&v, "lines");
        assert_eq!(lines.len(), 1, "contact {}: {v}", expected.id);
        let in_all = arr(&all, "lines")
            .iter()
            .find(|l| s(l, "line") == expected.id)
            .unwrap();
        assert_eq!(
            &lines[0], in_all,
            "contact {} is its row of `contact`",
            expected.id
        );

        // The table shows the number.
        let (code, out, err) = run(&["contact", expected.id]);
        assert_eq!((code, err.as_str()), (0, ""), "contact {}", expected.id);
        assert!(
            out.contains(expected.number),
            "contact {}: {out}",
            expected.id
        );
    }
    // Ids are case-insensitive.
    let v = answer("contact GERMANY-EEA");
    assert_eq!(s(&arr(&v, "lines")[0], "number"), "+49 69 380 789 305");
}

#[test]
fn contact_by_product() {
    for (product, expected) in [
        (
            "microsoft-365",
            &[
                "m365-united-states",
                "m365-australia",
                "m365-canada",
                "m365-united-kingdom",
            ][..],
        ),
        ("office-365-21vianet", &["21vianet-china"][..]),
        ("office-365-germany", &["germany", "germany-eea"][..]),
    ] {
        let v = json(&["contact", "--product", product]);
        let got: BTreeSet<&str> = arr(&v, "lines").iter().map(|l| s(l, "line")).collect();
        let want: BTreeSet<&str> = expected.iter().copied().collect();
        assert_eq!(got, want, "contact --product {product}");
    }
}

#[test]
fn contact_errors() {
    let err = refused("contact germny");
    assert!(err.contains("germny"), "{err}");
    assert!(err.contains("did you mean `germany`"), "{err}");
    for expected in PHONE_LINES {
        assert!(
            err.contains(&format!("`{}`", expected.id)),
            "lists {}: {err}",
            expected.id
        );
    }
    refused("contact germny --json");

    // Document 000 names "Telefoon" as a Power BI channel but gives no number.
    let err = refused("contact --product power-bi");
    assert!(err.contains("power-bi"), "{err}");
    for product in ["microsoft-365", "office-365-21vianet", "office-365-germany"] {
        assert!(
            err.contains(&format!("`{product}`")),
            "names {product}: {err}"
        );
    }
    refused("contact --product power-bi --json");
}

#[test]
fn contact_power_bi_error_names_each_product_once() {
    let err = refused("contact --product power-bi");
    for product in ["microsoft-365", "office-365-21vianet", "office-365-germany"] {
        let named = err.matches(&format!("`{product}`")).count();
        assert_eq!(named, 1, "`{product}` named once, not {named} times: {err}");
    }
}

#[test]
fn snapshot_contact_germany() {
    snapshot_pair("contact_germany", &words("contact germany"), 0);
}
