//! `partner` against document 002's entitlement table: every cell, by membership and
//! competency, and the errors.

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// partner: document 002, "Rechten voor technische ondersteuning en ondersteunde producten"
// ---------------------------------------------------------------------------------------

#[derive(Clone, Copy, Debug, PartialEq)]
enum Benefit {
    /// Row "Microsoft-productondersteuning — Voor recente on-premises alleen producten"
    OnPremises,
    /// Row "Signature Cloud Support — Alleen voor cloudproducten"
    SignatureCloud,
}

#[derive(Clone, Copy, Debug)]
enum Count {
    Incidents(i64),
    Unlimited,
    /// An empty cell: no incidents.
    None,
}

struct Allowance {
    membership: &'static str,
    benefit: Benefit,
    /// `None` where the cell does not depend on the kind of competency.
    competency: Option<&'static str>,
    count: Count,
    /// The cell's text, `<br>` read as a space.
    cell: &'static str,
}

const fn allowance(
    membership: &'static str,
    benefit: Benefit,
    competency: Option<&'static str>,
    count: Count,
    cell: &'static str,
) -> Allowance {
    Allowance {
        membership,
        benefit,
        competency,
        count,
        cell,
    }
}

/// Every cell of the entitlement table.
const ENTITLEMENT: &[Allowance] = &[
    // | Microsoft-productondersteuning | 10 incidenten | 15 incidenten | 20 incidenten |
    allowance(
        "action-pack",
        Benefit::OnPremises,
        None,
        Count::Incidents(10),
        "10 incidenten",
    ),
    allowance(
        "silver",
        Benefit::OnPremises,
        None,
        Count::Incidents(15),
        "15 incidenten",
    ),
    allowance(
        "gold",
        Benefit::OnPremises,
        None,
        Count::Incidents(20),
        "20 incidenten",
    ),
    // | Signature Cloud Support | (empty) | ... | ... |
    allowance(
        "action-pack",
        Benefit::SignatureCloud,
        None,
        Count::None,
        "",
    ),
    // Silver: "Cloudcompetenties: Onbeperkt", "Andere competenties: 5 incidenten"
    allowance(
        "silver",
        Benefit::SignatureCloud,
        Some("cloud"),
        Count::Unlimited,
        "Onbeperkt",
    ),
    allowance(
        "silver",
        Benefit::SignatureCloud,
        Some("other"),
        Count::Incidents(5),
        "5 incidenten",
    ),
    // Gold: "Cloudcompetenties: Onbeperkt", "Andere competenties: 10 incidenten"
    allowance(
        "gold",
        Benefit::SignatureCloud,
        Some("cloud"),
        Count::Unlimited,
        "Onbeperkt",
    ),
    allowance(
        "gold",
        Benefit::SignatureCloud,
        Some("other"),
        Count::Incidents(10),
        "10 incidenten",
    ),
];

fn benefit_of(row: &Value) -> Benefit {
    let b = s(row, "benefit").to_lowercase();
    if b.contains("signature cloud support") {
        Benefit::SignatureCloud
    } else if b.contains("on-premises") && b.contains("product support") {
        Benefit::OnPremises
    } else {
        panic!("unknown benefit in {row}")
    }
}

fn is_row(row: &Value, a: &Allowance) -> bool {
    s(row, "membership") == a.membership
        && benefit_of(row) == a.benefit
        && a.competency.is_none_or(|c| s(row, "competency") == c)
}

fn assert_allowance(row: &Value, a: &Allowance, what: &str) {
    let incidents = &row["incidents"];
    let unlimited = row["unlimited"].as_bool();
    match a.count {
        Count::Incidents(n) => {
            assert_eq!(incidents.as_i64(), Some(n), "{what}: incidents in {row}");
            assert_eq!(unlimited, Some(false), "{what}: unlimited in {row}");
        }
        Count::Unlimited => {
            assert_eq!(unlimited, Some(true), "{what}: unlimited in {row}");
            assert!(
                incidents.is_null(),
                "{what}: no count when unlimited: {row}"
            );
        }
        Count::None => {
            assert_eq!(unlimited, Some(false), "{what}: unlimited in {row}");
            assert!(
                incidents.is_null() || incidents.as_i64() == Some(0),
                "{what}: an empty cell is no incidents: {row}"
            );
        }
    }
    let written = row["as_written"].as_str().unwrap_or("");
    if a.cell.is_empty() {
        assert!(
            written.trim().is_empty(),
            "{what}: the cell is empty: {row}"
        );
    } else {
        assert!(written.contains(a.cell), "{what}: as_written {written:?}");
    }
    assert_cites(row, MPN_FILE, MPN_ENTITLEMENT, what);
}

#[test]
fn partner_every_cell_of_the_entitlement_table() {
    let v = json(&["partner"]);
    let rows = arr(&v, "allowances");
    assert_eq!(rows.len(), ENTITLEMENT.len(), "one row per cell: {v}");
    for a in ENTITLEMENT {
        let what = format!("{} {:?} {:?}", a.membership, a.benefit, a.competency);
        let found: Vec<&Value> = rows.iter().filter(|r| is_row(r, a)).collect();
        assert_eq!(found.len(), 1, "{what}: exactly one row in {v}");
        assert_allowance(found[0], a, &what);
    }
}

#[test]
fn partner_by_membership_and_competency() {
    for membership in ["action-pack", "silver", "gold"] {
        for competency in ["cloud", "other"] {
            let v = json(&[
                "partner",
                "--membership",
                membership,
                "--competency",
                competency,
            ]);
            let what = format!("partner --membership {membership} --competency {competency}");
            let expected: Vec<&Allowance> = ENTITLEMENT
                .iter()
                .filter(|a| a.membership == membership)
                .filter(|a| a.competency.is_none_or(|c| c == competency))
                .collect();
            let rows = arr(&v, "allowances");
            assert_eq!(rows.len(), expected.len(), "{what}: {v}");
            for a in expected {
                let row = rows
                    .iter()
                    .find(|r| is_row(r, a))
                    .unwrap_or_else(|| panic!("{what}: no {:?} row in {v}", a.benefit));
                assert_allowance(row, a, &what);
            }
        }
        // Without --competency: both Signature Cloud Support cells of the column.
        let v = json(&["partner", "--membership", membership]);
        let expected = ENTITLEMENT
            .iter()
            .filter(|a| a.membership == membership)
            .count();
        assert_eq!(arr(&v, "allowances").len(), expected, "{membership}: {v}");
    }
    // Ids are case-insensitive.
    let v = answer("partner --membership GOLD --competency cloud");
    assert!(arr(&v, "allowances")
        .iter()
        .all(|r| s(r, "membership") == "gold"));
}

#[test]
fn partner_unknown_membership_is_a_usage_error_with_a_suggestion() {
    let err = refused("partner --membership silvr");
    assert!(err.contains("silvr"), "{err}");
    assert!(err.contains("did you mean `silver`"), "{err}");
    for valid in ["`action-pack`", "`silver`", "`gold`"] {
        assert!(err.contains(valid), "lists {valid}: {err}");
    }
    refused("partner --membership platinum --json");
}

#[test]
fn snapshot_partner_gold() {
    snapshot_pair("partner_gold", &words("partner --membership gold"), 0);
}
