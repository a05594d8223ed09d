//! `hours` against document 001's business-hours table: rows, languages, `--at`.

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::*;
use crate::contact::{assert_one_window, hours_region};
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
    let v = answer("hours --region other --tz America/Sao_Paulo");
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
    let err = refused("hours --region other --at 2026-11-27T10:00:00Z");
    assert!(err.contains("--tz"), "{err}");
    let err = refused("hours --region other --at 2026-11-27T10:00:00Z --json");
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
    let err = refused("hours --region emae");
    assert!(err.contains("did you mean `emea`"), "{err}");
}

// ---------------------------------------------------------------------------------------
// hours: document 004, "Kantooruren technische ondersteuning" and the phone desks
// ---------------------------------------------------------------------------------------

#[test]
fn hours_china_every_day_09_to_24_beijing_time() {
    // "Urgentieniveau B/C: 09:00 - 00:00 uur (lokale tijd Beijing), 365 dagen per jaar."
    let r = hours_region("china");
    assert_eq!(s(&r, "region"), "china");
    assert_eq!(s(&r, "time_zone"), "Asia/Shanghai");
    assert_one_window(&r, "Mon–Sun", "09:00", "24:00", "china");
    assert!(
        r["closed_days"].as_str().unwrap_or("").is_empty(),
        "no closed days: {r}"
    );
    assert_eq!(r["closed_on_holidays"], Value::Bool(false), "365 days: {r}");
    assert!(s(&r, "note").contains("reading 5"), "the 00:00 close: {r}");
    assert_cites(&r, M365_FILE, VIANET_HOURS, "hours china");
    let listed = json(&["hours"]);
    assert!(
        arr(&listed, "regions").iter().any(|x| x == &r),
        "`hours` lists china too"
    );
}

#[test]
fn hours_of_the_phone_desks() {
    // (region, days, open, close, zone if the document fixes one)
    let rows = [
        // "Urgentieniveau A: 24*7 continue service"
        ("china-critical", "Mon–Sun", "00:00", "24:00", None),
        // "09:00 tot 17:00 uur ... van maandag t/m vrijdag" (no zone: the caller's own)
        ("m365-billing", "Mon–Fri", "09:00", "17:00", None),
        // "(09:00 tot 18:00 uur in Australië)"
        ("m365-billing-australia", "Mon–Fri", "09:00", "18:00", None),
        // "24 uur per dag, 7 dagen per week"
        ("m365-technical", "Mon–Sun", "00:00", "24:00", None),
        // "ma-vr 9.00-17.00 Berlijn"
        (
            "germany-billing",
            "Mon–Fri",
            "09:00",
            "17:00",
            Some("Europe/Berlin"),
        ),
        // "24 uur per dag, 7 dagen per week"
        ("germany-technical", "Mon–Sun", "00:00", "24:00", None),
    ];
    for (region, days, open, close, zone) in rows {
        let r = hours_region(region);
        assert_eq!(s(&r, "region"), region);
        assert_one_window(&r, days, open, close, region);
        if let Some(zone) = zone {
            assert_eq!(s(&r, "time_zone"), zone, "{region}");
        }
        for src in sources(&r) {
            assert_eq!(s(src, "file"), M365_FILE, "{region}");
        }
    }
    // The billing desks without a zone in the document never guess one (reading 4).
    let r = hours_region("m365-billing");
    let tz = s(&r, "time_zone");
    assert!(
        tz != "UTC" && tz != "Etc/UTC",
        "m365-billing: no guessed zone: {tz}"
    );
}

#[test]
fn hours_of_the_phone_desks_name_the_languages_served() {
    // The contract: `hours` gives "the languages served there and when". The document
    // names them for these desks: English (Microsoft 365 worldwide); German and English
    // (Office 365 Germany).
    let rows: [(&str, &[&str]); 5] = [
        ("m365-billing", &["English"]),
        ("m365-billing-australia", &["English"]),
        ("m365-technical", &["English"]),
        ("germany-billing", &["German", "English"]),
        ("germany-technical", &["German", "English"]),
    ];
    let mut problems = Vec::new();
    for (region, languages) in rows {
        let r = hours_region(region);
        let got: BTreeSet<String> = arr(&r, "languages")
            .iter()
            .map(|l| match l {
                Value::String(name) => name.clone(),
                other => s(other, "name").to_string(),
            })
            .collect();
        let want: BTreeSet<String> = languages.iter().map(|l| l.to_string()).collect();
        if got != want {
            problems.push(format!(
                "hours --region {region}: languages {got:?}, expected {want:?}"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

struct DeskAt {
    region: &'static str,
    tz: Option<&'static str>,
    at: &'static str,
    open: bool,
    /// `None`: no change ever (around the clock).
    next_change: Option<&'static str>,
}

const fn desk_at(
    region: &'static str,
    at: &'static str,
    open: bool,
    next_change: Option<&'static str>,
) -> DeskAt {
    DeskAt {
        region,
        tz: None,
        at,
        open,
        next_change,
    }
}

/// Worked out by hand. 2026-11-25 is a Wednesday; Asia/Shanghai is UTC+08:00 all year;
/// Europe/Berlin is UTC+01:00 in winter and UTC+02:00 from 2026-03-29 to 2026-10-25.
const DESK_AT_CASES: &[DeskAt] = &[
    // china, 09:00-24:00 every day, half-open (reading 5).
    // 23:59 Beijing: open, closes at 24:00 = 16:00Z
    desk_at(
        "china",
        "2026-11-25T15:59:00Z",
        true,
        Some("2026-11-25T16:00:00Z"),
    ),
    // the same instant written in Beijing time and in New York time
    desk_at(
        "china",
        "2026-11-25T23:59:00+08:00",
        true,
        Some("2026-11-25T16:00:00Z"),
    ),
    desk_at(
        "china",
        "2026-11-25T10:59:00-05:00",
        true,
        Some("2026-11-25T16:00:00Z"),
    ),
    // 24:00 (00:00 of the 26th) is closed; opens 09:00 Beijing = 01:00Z
    desk_at(
        "china",
        "2026-11-25T16:00:00Z",
        false,
        Some("2026-11-26T01:00:00Z"),
    ),
    // 08:59:59 closed, 09:00 open
    desk_at(
        "china",
        "2026-11-26T00:59:59Z",
        false,
        Some("2026-11-26T01:00:00Z"),
    ),
    desk_at(
        "china",
        "2026-11-26T01:00:00Z",
        true,
        Some("2026-11-26T16:00:00Z"),
    ),
    // Saturday 08:30 Beijing: closed until 09:00 the same Saturday
    desk_at(
        "china",
        "2026-11-28T00:30:00Z",
        false,
        Some("2026-11-28T01:00:00Z"),
    ),
    // Sunday 13:00 Beijing: open (365 days a year), closes 24:00 = 16:00Z
    desk_at(
        "china",
        "2026-11-29T05:00:00Z",
        true,
        Some("2026-11-29T16:00:00Z"),
    ),
    // New Year's Day is a day like any other: opens 09:00 on 2027-01-01
    desk_at(
        "china",
        "2026-12-31T16:00:00Z",
        false,
        Some("2027-01-01T01:00:00Z"),
    ),
    desk_at(
        "china",
        "2027-01-01T03:00:00Z",
        true,
        Some("2027-01-01T16:00:00Z"),
    ),
    // china-critical, 24*7: open at any instant, never a change.
    desk_at("china-critical", "2026-11-25T16:00:00Z", true, None),
    desk_at("china-critical", "2026-11-29T05:00:00Z", true, None),
    // germany-billing, Mon-Fri 09:00-17:00 Europe/Berlin.
    // Summer, Wednesday 2026-07-01: 08:59 CEST closed, opens 09:00 CEST = 07:00Z
    desk_at(
        "germany-billing",
        "2026-07-01T06:59:00Z",
        false,
        Some("2026-07-01T07:00:00Z"),
    ),
    desk_at(
        "germany-billing",
        "2026-07-01T07:00:00Z",
        true,
        Some("2026-07-01T15:00:00Z"),
    ),
    // 16:59 CEST open; 17:00 CEST closed, next 09:00 CEST Thursday
    desk_at(
        "germany-billing",
        "2026-07-01T14:59:00Z",
        true,
        Some("2026-07-01T15:00:00Z"),
    ),
    desk_at(
        "germany-billing",
        "2026-07-01T15:00:00Z",
        false,
        Some("2026-07-02T07:00:00Z"),
    ),
    // Winter, Friday 2026-11-27: 16:59 CET open, closes 17:00 CET = 16:00Z
    desk_at(
        "germany-billing",
        "2026-11-27T15:59:00Z",
        true,
        Some("2026-11-27T16:00:00Z"),
    ),
    // 17:00 CET closed; Monday 09:00 CET = 08:00Z
    desk_at(
        "germany-billing",
        "2026-11-27T16:00:00Z",
        false,
        Some("2026-11-30T08:00:00Z"),
    ),
    // Saturday: closed until Monday
    desk_at(
        "germany-billing",
        "2026-11-28T10:00:00Z",
        false,
        Some("2026-11-30T08:00:00Z"),
    ),
    // Friday 17:00 CET before the spring change; Monday opens 09:00 CEST = 07:00Z
    desk_at(
        "germany-billing",
        "2026-03-27T16:00:00Z",
        false,
        Some("2026-03-30T07:00:00Z"),
    ),
    // Friday 17:00 CEST before the autumn change; Monday opens 09:00 CET = 08:00Z
    desk_at(
        "germany-billing",
        "2026-10-23T15:00:00Z",
        false,
        Some("2026-10-26T08:00:00Z"),
    ),
    // m365-billing in the caller's zone: Friday 11:00 in New York (EST), closes 17:00 EST
    DeskAt {
        region: "m365-billing",
        tz: Some("America/New_York"),
        at: "2026-11-27T16:00:00Z",
        open: true,
        next_change: Some("2026-11-27T22:00:00Z"),
    },
    // 17:00 EST closed; Monday 09:00 EST = 14:00Z
    DeskAt {
        region: "m365-billing",
        tz: Some("America/New_York"),
        at: "2026-11-27T22:00:00Z",
        open: false,
        next_change: Some("2026-11-30T14:00:00Z"),
    },
];

#[test]
fn hours_at_hand_worked_instants_of_document_004() {
    for case in DESK_AT_CASES {
        let mut args = vec!["hours", "--region", case.region, "--at", case.at];
        if let Some(tz) = case.tz {
            args.extend(["--tz", tz]);
        }
        let v = json(&args);
        assert_eq!(s(&v, "region"), case.region, "{args:?}");
        assert_eq!(v["open"].as_bool(), Some(case.open), "{args:?}: open");
        match case.next_change {
            Some(next) => assert_eq!(
                v["next_change"].as_str(),
                Some(next),
                "{args:?}: next_change"
            ),
            None => assert!(
                v.get("next_change").is_none_or(Value::is_null),
                "{args:?}: no next change around the clock: {v}"
            ),
        }
        let zone = match (case.region, case.tz) {
            (_, Some(tz)) => tz,
            ("germany-billing", None) => "Europe/Berlin",
            _ => "Asia/Shanghai",
        };
        if case.region != "china-critical" {
            assert_eq!(s(&v, "time_zone"), zone, "{args:?}");
        }
        for src in sources(&v) {
            assert_eq!(s(src, "file"), M365_FILE, "{args:?}");
        }
    }
}

#[test]
fn hours_china_critical_is_open_at_any_instant() {
    // "Urgentieniveau A: 24*7 continue service": every hour of a week, at odd minutes,
    // and the instants where the B/C desk opens and closes.
    let mut instants: Vec<String> = (0..7 * 24)
        .step_by(5)
        .map(|h| {
            format!(
                "2026-11-{:02}T{:02}:{:02}:00Z",
                23 + h / 24,
                h % 24,
                (h * 7) % 60
            )
        })
        .collect();
    instants.extend(
        [
            "2026-11-25T15:59:59Z",
            "2026-11-25T16:00:00Z",
            "2026-11-26T00:59:59Z",
            "2026-11-26T01:00:00Z",
            "2026-12-31T23:59:59Z",
            "2027-01-01T00:00:00+08:00",
        ]
        .map(str::to_string),
    );
    for instant in &instants {
        let v = json(&["hours", "--region", "china-critical", "--at", instant]);
        assert_eq!(v["open"].as_bool(), Some(true), "open at {instant}: {v}");
        assert!(
            v.get("next_change").is_none_or(Value::is_null),
            "no next change at {instant}: {v}"
        );
    }
}

#[test]
fn hours_m365_billing_needs_the_callers_zone() {
    // The worldwide billing hours carry no time zone: never guessed (reading 4).
    for json_flag in [false, true] {
        let mut args = vec![
            "hours",
            "--region",
            "m365-billing",
            "--at",
            "2026-11-27T16:00:00Z",
        ];
        if json_flag {
            args.push("--json");
        }
        let err = usage_error(&args);
        assert!(err.contains("--tz"), "{err}");
    }
}

// ---------------------------------------------------------------------------------------
// Snapshots
// ---------------------------------------------------------------------------------------

#[test]
fn snapshot_hours_emea_at() {
    snapshot_pair(
        "hours_emea_at",
        &words("hours --region emea --at 2026-11-27T16:30:00+01:00"),
        0,
    );
}

#[test]
fn snapshot_hours_china_at_midnight() {
    snapshot_pair(
        "hours_china_at_midnight",
        &words("hours --region china --at 2026-11-25T16:00:00Z"),
        0,
    );
}
