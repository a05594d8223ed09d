//! Snapshots of what users and scripts see (tables and JSON).

use crate::common::*;

// ---------------------------------------------------------------------------------------
// Snapshots of what users and scripts see
// ---------------------------------------------------------------------------------------

#[test]
fn snapshot_sla_prodirect_b() {
    snapshot_pair(
        "sla_prodirect_b",
        &["sla", "--plan", "prodirect", "--sev", "B"],
        0,
    );
}

#[test]
fn snapshot_where_business_central() {
    snapshot_pair(
        "where_business_central",
        &["where", "--product", "business-central"],
        0,
    );
}

#[test]
fn snapshot_hours_emea_at() {
    snapshot_pair(
        "hours_emea_at",
        &[
            "hours",
            "--region",
            "emea",
            "--at",
            "2026-11-27T16:30:00+01:00",
        ],
        0,
    );
}

#[test]
fn snapshot_can_reopen() {
    snapshot_pair(
        "can_reopen_closed_2026_08_01_on_2026_11_25",
        &["can-reopen", "--closed", "2026-08-01", "--on", "2026-11-25"],
        1,
    );
}

#[test]
fn snapshot_policy_preview() {
    snapshot_pair("policy_preview", &["policy", "preview"], 0);
}
