//! `hours` against document 001's business-hours table: rows, languages, `--at`.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::*;
use crate::seeds::*;

// ---------------------------------------------------------------------------------------
// hours: document 001, "Welke uren worden als lokale kantooruren ...?" and
// "Voor welke talen biedt Microsoft ondersteuning?"
// ---------------------------------------------------------------------------------------

#[test]
fn hours_every_row_of_the_business_hours_table() {
    // (region, zone by readings 1-4, open, close)
    let rows = [
        ("apac", "Etc/GMT-8", "07:00", "21:00"),
        ("japan", "Asia/Tokyo", "09:00", "17:30"),
        ("emea", "Europe/Paris", "08:00", "18:00"),
        ("north-america", "America/Los_Angeles", "06:00", "18:00"),
        ("other", "", "09:00", "17:00"),
    ];
    let all = json(&["hours"]);
    for (region, zone, open, close) in rows {
        let r = arr(&all, "regions")
            .iter()
            .find(|r| s(r, "region") == region)
            .unwrap_or_else(|| panic!("region {region} in {all}"));
        let one = json(&["hours", "--region", region]);
        let v = &arr(&one, "regions")[0];
        assert_eq!(
            v, r,
            "`hours --region {region}` is the same row as in `hours`"
        );
        if region == "other" {
            // Reading 4: the customer's own zone, never guessed (TZ=UTC here).
            let tz = s(r, "time_zone");
            assert!(
                tz != "UTC" && tz != "Etc/UTC",
                "other: no guessed zone, got {tz}"
            );
        } else {
            assert_eq!(s(r, "time_zone"), zone, "{region}");
        }
        let windows = arr(r, "windows");
        assert_eq!(windows.len(), 1, "{region}");
        assert_eq!(
            s(&windows[0], "days"),
            "Mon–Fri",
            "Maandag t/m vrijdag ({region})"
        );
        assert_eq!(s(&windows[0], "open"), open, "{region}");
        assert_eq!(s(&windows[0], "close"), close, "{region}");
        // "Weekends en feestdagen"
        assert_eq!(s(r, "closed_days"), "Sat–Sun", "{region}");
        assert_eq!(r["closed_on_holidays"], Value::Bool(true), "{region}");
    }
    let v = json(&["hours", "--region", "other", "--tz", "America/Sao_Paulo"]);
    assert_eq!(s(&arr(&v, "regions")[0], "time_zone"), "America/Sao_Paulo");
}

#[test]
fn hours_languages_by_region() {
    // "Engels: wereldwijd de hele dag, elke dag"; Japans: regio Japan; Spaans, Frans,
    // Duits, Italiaans, Portugees: EMEA; Spaans/Portugees: Zuid-Amerika (no row of its
    // own, so "Alle andere"); Traditioneel en Vereenvoudigd Chinees: Azië/Pacific.
    let expected: &[(&str, &[&str])] = &[
        (
            "apac",
            &["English", "Traditional Chinese", "Simplified Chinese"],
        ),
        ("japan", &["English", "Japanese"]),
        (
            "emea",
            &[
                "English",
                "Spanish",
                "French",
                "German",
                "Italian",
                "Portuguese",
            ],
        ),
        ("north-america", &["English"]),
        ("other", &["English", "Spanish", "Portuguese"]),
    ];
    let all = json(&["hours"]);
    for (region, languages) in expected {
        let r = arr(&all, "regions")
            .iter()
            .find(|r| s(r, "region") == *region)
            .unwrap();
        let got: BTreeSet<&str> = arr(r, "languages").iter().map(|l| s(l, "name")).collect();
        let want: BTreeSet<&str> = languages.iter().copied().collect();
        assert_eq!(got, want, "languages in {region}");
        for l in arr(r, "languages") {
            let coverage = if s(l, "name") == "English" {
                "24x7"
            } else {
                "business-hours"
            };
            assert_eq!(s(l, "coverage"), coverage, "{region}: {l}");
            if *region == "other" && s(l, "name") != "English" {
                assert!(s(l, "customers").contains("South America"), "{l}");
            }
            if s(l, "name") == "Japanese" {
                // Reading 13: Japan business hours only, noted.
                assert!(s(l, "note").contains("reading 13"), "{l}");
            }
        }
    }
}

struct At {
    region: &'static str,
    tz: Option<&'static str>,
    at: &'static str,
    open: bool,
    next_change: &'static str,
}

const fn at(region: &'static str, at: &'static str, open: bool, next_change: &'static str) -> At {
    At {
        region,
        tz: None,
        at,
        open,
        next_change,
    }
}

/// Worked out by hand from the table and readings 1-5.
const AT_CASES: &[At] = &[
    // EMEA, Europe/Paris, 08:00-18:00 half-open (readings 1, 5). 2026-11-27 is a Friday.
    at(
        "emea",
        "2026-11-27T16:30:00+01:00",
        true,
        "2026-11-27T17:00:00Z",
    ),
    at(
        "emea",
        "2026-11-27T17:59:59+01:00",
        true,
        "2026-11-27T17:00:00Z",
    ),
    // 18:00 is closed; next opening Monday 2026-11-30 08:00 CET = 07:00Z
    at(
        "emea",
        "2026-11-27T18:00:00+01:00",
        false,
        "2026-11-30T07:00:00Z",
    ),
    at(
        "emea",
        "2026-11-28T12:00:00+01:00",
        false,
        "2026-11-30T07:00:00Z",
    ),
    // 08:00 is open
    at(
        "emea",
        "2026-11-30T08:00:00+01:00",
        true,
        "2026-11-30T17:00:00Z",
    ),
    // Summer time: Wednesday 2026-07-01 09:30 CEST is open, closes 18:00 CEST = 16:00Z
    at("emea", "2026-07-01T07:30:00Z", true, "2026-07-01T16:00:00Z"),
    // ... but 07:30 CEST is before opening: opens 08:00 CEST = 06:00Z
    at(
        "emea",
        "2026-07-01T07:30:00+02:00",
        false,
        "2026-07-01T06:00:00Z",
    ),
    // Friday close before the EU change (2026-03-29); Monday opens 08:00 CEST = 06:00Z
    at(
        "emea",
        "2026-03-27T18:00:00+01:00",
        false,
        "2026-03-30T06:00:00Z",
    ),
    // APAC, fixed UTC+08:00 (reading 2): Monday 07:00 +08 = Sunday 23:00Z
    at("apac", "2026-11-29T23:00:00Z", true, "2026-11-30T13:00:00Z"),
    at(
        "apac",
        "2026-11-29T22:59:00Z",
        false,
        "2026-11-29T23:00:00Z",
    ),
    // Friday 21:00 +08 closed, next Monday 07:00 +08 = Sunday 23:00Z
    at(
        "apac",
        "2026-11-27T13:00:00Z",
        false,
        "2026-11-29T23:00:00Z",
    ),
    // Northern summer: still 23:00Z the day before (no DST)
    at(
        "apac",
        "2026-06-30T22:30:00Z",
        false,
        "2026-06-30T23:00:00Z",
    ),
    at(
        "apac",
        "2026-07-01T07:00:00+08:00",
        true,
        "2026-07-01T13:00:00Z",
    ),
    // Japan, Asia/Tokyo, weekday judged in Tokyo (reading 5):
    // Sunday 22:00Z = Monday 07:00 Tokyo: closed, opens 09:00 Tokyo = 00:00Z
    at(
        "japan",
        "2026-11-29T22:00:00Z",
        false,
        "2026-11-30T00:00:00Z",
    ),
    // Friday 20:00 in New York = Saturday 10:00 in Tokyo: closed until Monday
    at(
        "japan",
        "2026-11-27T20:00:00-05:00",
        false,
        "2026-11-30T00:00:00Z",
    ),
    // Friday 17:29 Tokyo, closes 17:30 Tokyo = 08:30Z
    at(
        "japan",
        "2026-11-27T08:29:00Z",
        true,
        "2026-11-27T08:30:00Z",
    ),
    at(
        "japan",
        "2026-11-30T00:00:00Z",
        true,
        "2026-11-30T08:30:00Z",
    ),
    // North America, America/Los_Angeles (reading 3); US change on Sunday 2026-03-08.
    // Friday 06:00 PST = 14:00Z, closes 18:00 PST = Saturday 02:00Z
    at(
        "north-america",
        "2026-03-06T14:00:00Z",
        true,
        "2026-03-07T02:00:00Z",
    ),
    // Friday 18:00 PST: closed; Monday 06:00 PDT = 13:00Z (not 14:00Z)
    at(
        "north-america",
        "2026-03-07T02:00:00Z",
        false,
        "2026-03-09T13:00:00Z",
    ),
    at(
        "north-america",
        "2026-03-09T13:00:00Z",
        true,
        "2026-03-10T01:00:00Z",
    ),
    // Around the EU change (2026-03-29), written in Paris offsets; LA is on PDT throughout.
    // Friday 13:30 CET = 12:30Z = 05:30 PDT: closed, opens 06:00 PDT = 13:00Z
    at(
        "north-america",
        "2026-03-27T13:30:00+01:00",
        false,
        "2026-03-27T13:00:00Z",
    ),
    // Monday 15:00 CEST = 13:00Z = 06:00 PDT: open, closes 18:00 PDT = 01:00Z
    at(
        "north-america",
        "2026-03-30T15:00:00+02:00",
        true,
        "2026-03-31T01:00:00Z",
    ),
    // Other, in the customer's zone (reading 4): São Paulo is UTC-03:00, no DST.
    At {
        region: "other",
        tz: Some("America/Sao_Paulo"),
        at: "2026-11-27T11:59:00Z",
        open: false,
        next_change: "2026-11-27T12:00:00Z",
    },
    At {
        region: "other",
        tz: Some("America/Sao_Paulo"),
        at: "2026-11-27T19:59:00Z",
        open: true,
        next_change: "2026-11-27T20:00:00Z",
    },
];

#[test]
fn hours_at_hand_worked_instants() {
    let zones = [
        ("apac", "Etc/GMT-8"),
        ("japan", "Asia/Tokyo"),
        ("emea", "Europe/Paris"),
        ("north-america", "America/Los_Angeles"),
        ("other", "America/Sao_Paulo"),
    ];
    for case in AT_CASES {
        let mut args = vec!["hours", "--region", case.region, "--at", case.at];
        if let Some(tz) = case.tz {
            args.extend(["--tz", tz]);
        }
        let v = json(&args);
        assert_eq!(s(&v, "region"), case.region, "{args:?}");
        let zone = zones.iter().find(|(r, _)| *r == case.region).unwrap().1;
        assert_eq!(s(&v, "time_zone"), zone, "{args:?}");
        assert_eq!(v["open"].as_bool(), Some(case.open), "{args:?}: open");
        assert_eq!(
            s(&v, "next_change"),
            case.next_change,
            "{args:?}: next_change"
        );
        assert_eq!(s(&v["source"], "section"), PP_HOURS, "{args:?}");
    }
}

#[test]
fn hours_other_needs_tz() {
    let err = usage_error(&["hours", "--region", "other", "--at", "2026-11-27T10:00:00Z"]);
    assert!(err.contains("--tz"), "{err}");
    let err = usage_error(&[
        "hours",
        "--region",
        "other",
        "--at",
        "2026-11-27T10:00:00Z",
        "--json",
    ]);
    assert!(err.contains("--tz"), "{err}");
}

#[test]
fn hours_bad_at_is_an_input_error() {
    for bad in [
        "2026-11-27T16:30:00",
        "garbage",
        "2026-02-30T10:00:00Z",
        "2026-11-27",
    ] {
        usage_error(&["hours", "--region", "emea", "--at", bad]);
        usage_error(&["hours", "--region", "emea", "--at", bad, "--json"]);
    }
    let err = usage_error(&["hours", "--region", "emae"]);
    assert!(err.contains("did you mean `emea`"), "{err}");
}
