//! `advise`: every product and plan of the where-table (document 001) at a weekday noon,
//! on a Saturday night and on a holiday, in table and JSON; the language cases; the order
//! of the options; `--ics` read back; the errors.
//!
//! Due instants are worked out by hand on EMEA's calendar (Mon–Fri 08:00–18:00
//! Europe/Paris, UTC+01:00 in December): a business-hours target filed while closed starts
//! counting at the next opening (decided reading 9); a 24/7 one counts the wall clock.

use std::str::FromStr;

use serde_json::Value;

use crate::common::*;

/// Wed 2 Dec 2026, 12:00 in Paris: the desk is open.
const WEEKDAY_NOON: &str = "2026-12-02T12:00:00+01:00";
/// Sat 5 Dec 2026, 23:00 in Paris: closed until Mon 7 Dec 08:00.
const SATURDAY_NIGHT: &str = "2026-12-05T23:00:00+01:00";
/// Fri 25 Dec 2026, 12:00 in Paris, closed by the holiday file: closed until Mon 28 Dec.
const HOLIDAY: &str = "2026-12-25T12:00:00+01:00";

/// The where-table of document 001: each product, the route it files at under each plan.
const DYNAMICS_PLANS: [&str; 6] = [
    "subscription",
    "prodirect",
    "premier",
    "unified-core",
    "unified-advanced",
    "unified-performance",
];

fn where_table() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut rows = Vec::new();
    for product in ["dynamics-365", "power-platform", "customer-engagement"] {
        for plan in DYNAMICS_PLANS {
            rows.push((product, plan, "power-platform-admin-center"));
        }
    }
    for product in [
        "finance",
        "supply-chain-management",
        "commerce",
        "finance-and-operations",
    ] {
        for plan in DYNAMICS_PLANS {
            rows.push((product, plan, "lifecycle-services"));
        }
    }
    for plan in DYNAMICS_PLANS {
        rows.push(("business-central", plan, "business-central-partners"));
    }
    for plan in ["software-assurance", "advantage"] {
        rows.push((
            "customer-engagement-on-premises",
            plan,
            "support-for-business",
        ));
    }
    for plan in [
        "premier",
        "unified-core",
        "unified-advanced",
        "unified-performance",
    ] {
        rows.push(("customer-engagement-on-premises", plan, "services-hub"));
    }
    rows
}

/// The severities asked for under each plan: every one the plan lists (A for the plans
/// the documents give no target).
fn severities(plan: &str) -> &'static [&'static str] {
    match plan {
        "unified-core" | "unified-advanced" | "unified-performance" => &["critical", "standard"],
        "software-assurance" | "advantage" => &["A"],
        _ => &["A", "B", "C"],
    }
}

/// The due instant (UTC) worked out by hand, or `None` where no target applies.
fn expected_due(plan: &str, severity: &str, at: &str) -> Option<&'static str> {
    // 24/7 targets: the wall clock from the instant.
    let around_the_clock = |minutes: i64| -> &'static str {
        let t = chrono::DateTime::parse_from_rfc3339(at).expect("instant")
            + chrono::TimeDelta::minutes(minutes);
        let text = t
            .with_timezone(&chrono::Utc)
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        Box::leak(text.into_boxed_str())
    };
    let business = |noon: &'static str, saturday: &'static str, holiday: &'static str| match at {
        WEEKDAY_NOON => noon,
        SATURDAY_NIGHT => saturday,
        _ => holiday,
    };
    Some(match (plan, severity) {
        ("software-assurance" | "advantage", _) => return None,
        ("subscription" | "prodirect" | "premier", "A") => around_the_clock(60),
        ("premier", "B") => around_the_clock(120),
        // 4 h: noon → 16:00; from Monday's opening 08:00 → 12:00.
        ("subscription", "B") => business(
            "2026-12-02T15:00:00Z",
            "2026-12-07T11:00:00Z",
            "2026-12-28T11:00:00Z",
        ),
        // 8 h: 6 h to 18:00, 2 h from Thursday 08:00 → 10:00; from Monday 08:00 → 16:00.
        ("subscription", "C") => business(
            "2026-12-03T09:00:00Z",
            "2026-12-07T15:00:00Z",
            "2026-12-28T15:00:00Z",
        ),
        // 2 h: → 14:00; from Monday 08:00 → 10:00.
        ("prodirect", "B") => business(
            "2026-12-02T13:00:00Z",
            "2026-12-07T09:00:00Z",
            "2026-12-28T09:00:00Z",
        ),
        // 4 h: → 16:00; from Monday 08:00 → 12:00.
        ("prodirect" | "premier", "C") => business(
            "2026-12-02T15:00:00Z",
            "2026-12-07T11:00:00Z",
            "2026-12-28T11:00:00Z",
        ),
        ("unified-core", "critical") | ("unified-advanced", "critical") => around_the_clock(60),
        ("unified-performance", "critical") => around_the_clock(30),
        ("unified-core", "standard") => around_the_clock(480),
        ("unified-advanced" | "unified-performance", "standard") => around_the_clock(240),
        other => panic!("no hand-worked due for {other:?}"),
    })
}

/// A holiday file closing 25 December 2026.
fn christmas() -> String {
    let dir = temp_dir("advise-holidays");
    let path = dir.join("christmas.txt");
    std::fs::write(&path, "2026-12-25\n").expect("write holiday file");
    path.to_string_lossy().into_owned()
}

const HEADINGS: [&str; 6] = [
    "File here",
    "Expect a response",
    "Who is there now, in your language",
    "Fastest way to a first response",
    "What the documents ask of you",
    "Caveats",
];

fn parts_cite_their_sources(v: &Value, args: &[&str]) {
    for part in [
        "route",
        "response",
        "language",
        "options",
        "requirements",
        "caveats",
    ] {
        assert!(
            !sources(&v[part]).is_empty(),
            "{args:?}: part `{part}` has no source: {}",
            v[part]
        );
    }
}

#[test]
fn every_product_and_plan_of_the_where_table_at_noon_on_saturday_night_and_on_a_holiday() {
    let holidays = christmas();
    for (product, plan, route) in where_table() {
        for severity in severities(plan) {
            for at in [WEEKDAY_NOON, SATURDAY_NIGHT, HOLIDAY] {
                let mut line = format!(
                    "advise --product {product} --plan {plan} --sev {severity} --at {at} \
                     --region emea --now 2026-12-01T00:00:00Z"
                );
                if at == HOLIDAY {
                    line.push_str(&format!(" --holidays {holidays}"));
                }
                let args = words(&line);
                let v = json(&args);
                assert_eq!(s(&v, "product"), product, "{args:?}");
                assert_eq!(s(&v["route"]["routes"][0], "route"), route, "{args:?}");
                parts_cite_their_sources(&v, &args);
                let due = v["response"]["due"].as_str();
                // Business Central is supported through partners only: Microsoft's targets
                // are not its partner's, so none is counted, and no desk is named.
                let expected = match product {
                    "business-central" => None,
                    _ => expected_due(plan, severity, at),
                };
                assert_eq!(due, expected, "{args:?}");
                // The options carry the response's due once, whichever desk answers
                // (decided reading 18).
                let first = &v["options"]["choices"][0];
                assert_eq!(first["rank"], 1, "{args:?}");
                assert_eq!(v["options"]["due"].as_str(), due, "{args:?}");
                assert!(first.get("due").is_none(), "{args:?}");
                if product == "business-central" {
                    assert!(v["route"]["routes"][0]["url"].is_null(), "{args:?}");
                    let caveats = v["caveats"].to_string();
                    assert!(caveats.contains("partners only"), "{args:?}: {caveats}");
                    assert!(v["language"]["offered"].is_null(), "{args:?}");
                }
                let (code, table, err) = run(&args);
                assert_eq!(code, 0, "{args:?}: {err}");
                let mut from = 0;
                for heading in HEADINGS {
                    let found = table[from..].find(&format!("\n{heading}\n"));
                    let found = found.unwrap_or_else(|| {
                        panic!("{args:?}: `{heading}` missing or out of order:\n{table}")
                    });
                    from += found + heading.len();
                }
                if let Some(local) = v["response"]["due_local"].as_str() {
                    let local = chrono::DateTime::parse_from_rfc3339(local).expect("due_local");
                    let shown = local.format("%a %-d %b %Y %H:%M %:z").to_string();
                    assert!(
                        table.contains(&shown),
                        "{args:?}: `{shown}` not in:\n{table}"
                    );
                }
            }
        }
    }
}

#[test]
fn the_holiday_is_skipped_and_said() {
    let holidays = christmas();
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --at {HOLIDAY} --region emea \
         --holidays {holidays}"
    ));
    assert_eq!(s(&v["response"], "due"), "2026-12-28T09:00:00Z");
    let skipped = arr(&v["response"]["holidays"], "skipped");
    assert_eq!(skipped.len(), 1, "{skipped:?}");
    assert!(skipped[0]
        .as_str()
        .unwrap_or_default()
        .starts_with("2026-12-25"));
    // Without the file the documents' silence on holidays is a caveat (reading 11).
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --at {HOLIDAY} --region emea"
    ));
    assert_eq!(s(&v["response"], "due"), "2026-12-25T13:00:00Z");
    let caveats = v["caveats"].to_string();
    assert!(
        caveats.contains("Holidays were not taken into account"),
        "{caveats}"
    );
}

#[test]
fn a_language_offered_and_open() {
    let v = answer(&format!(
        "advise --product power-platform --plan prodirect --sev B --at {WEEKDAY_NOON} \
         --region emea --language fr"
    ));
    let language = &v["language"];
    assert_eq!(s(language, "language"), "french");
    assert_eq!(s(language, "code"), "fr");
    assert_eq!(language["offered"], true);
    assert_eq!(language["desk"]["open"], true);
    // Open until 18:00 Paris time.
    assert_eq!(s(&language["desk"], "next_change"), "2026-12-02T17:00:00Z");
    // Both desks are there: the language asked for comes first, and the response is due
    // once, as the plan counts it.
    let choices = arr(&v["options"], "choices");
    assert_eq!(s(&choices[0], "language"), "french");
    assert_eq!(s(&choices[1], "language"), "english");
    assert_eq!(s(&v["options"], "due"), "2026-12-02T13:00:00Z");
}

#[test]
fn a_language_offered_but_closed_is_information_not_a_due_instant() {
    let line = format!(
        "advise --product dynamics-365 --plan premier --sev A --at {SATURDAY_NIGHT} \
         --region emea --language Spanish"
    );
    let v = answer(&line);
    let language = &v["language"];
    assert_eq!(language["offered"], true);
    assert_eq!(language["desk"]["open"], false);
    assert_eq!(s(&language["desk"], "next_change"), "2026-12-07T07:00:00Z");
    // English is there around the clock for every severity A problem.
    assert_eq!(language["english"]["open"], true);
    assert_eq!(s(&language["english"], "coverage"), "24x7");
    // In English now; the Spanish desk's hours begin Monday 08:00, subject to
    // availability. The response is due Sun 00:00 whichever answers (decided reading 18):
    // no option has a due instant of its own.
    assert_eq!(s(&v["options"], "due"), "2026-12-05T23:00:00Z");
    let choices = arr(&v["options"], "choices");
    assert_eq!(s(&choices[0], "language"), "english");
    assert!(choices[0].get("due").is_none(), "{}", choices[0]);
    assert_eq!(s(&choices[1], "language"), "spanish");
    assert_eq!(s(&choices[1], "opens"), "2026-12-07T07:00:00Z");
    assert_eq!(choices[1]["subject_to_availability"], true);
    assert!(choices[1].get("due").is_none(), "{}", choices[1]);
    let (_, table, _) = run(&words(&line));
    let english = table.find("1.  In English").expect("English first");
    let spanish = table.find("2.  In Spanish").expect("Spanish second");
    assert!(english < spanish, "{table}");
    assert!(table.contains("hours begin Mon 7 Dec 2026"), "{table}");
    assert!(table.contains("subject to availability"), "{table}");
    assert!(!table.contains("due Mon"), "{table}");
}

#[test]
fn a_language_the_documents_do_not_offer() {
    for typed in ["nl", "NL", "Dutch", "nld", "nl-BE", "Nederlands"] {
        let v = answer(&format!(
            "advise --product dynamics-365 --plan prodirect --sev B --at {WEEKDAY_NOON} \
             --region emea --language {typed}"
        ));
        let language = &v["language"];
        assert_eq!(s(language, "asked"), typed);
        assert_eq!(s(language, "language"), "dutch", "{typed}");
        assert_eq!(s(language, "code"), "nl");
        assert_eq!(language["offered"], false);
        let summary = s(language, "summary");
        assert!(
            summary.contains("not offered") && summary.contains("English is"),
            "{summary}"
        );
        // Only English is offered as a way in.
        let choices = arr(&v["options"], "choices");
        assert_eq!(choices.len(), 1);
        assert_eq!(s(&choices[0], "language"), "english");
    }
    // Japanese is offered in Japan only (decided reading 13), not to an EMEA customer.
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --at {WEEKDAY_NOON} \
         --region emea --language ja"
    ));
    assert_eq!(v["language"]["offered"], false);
    assert!(s(&v["language"], "summary").contains("Japan region"));
    // A BCP 47 tag with a region the documents do not distinguish: Portuguese, for a
    // customer in São Paulo (region `other`, the customer's own 09:00–17:00).
    let v = answer(
        "advise --product dynamics-365 --plan prodirect --sev B --at 2026-12-02T10:00:00-03:00 \
         --tz America/Sao_Paulo --language pt-BR",
    );
    assert_eq!(s(&v["language"], "language"), "portuguese");
    assert_eq!(s(&v["language"], "region"), "other");
    assert_eq!(v["language"]["offered"], true);
    assert_eq!(v["language"]["desk"]["open"], true);
    // The reading behind South America's desk is a caveat there, not for EMEA.
    assert!(v["caveats"].to_string().contains("South America"));
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --at {WEEKDAY_NOON} \
         --region emea --language es"
    ));
    assert!(!v["caveats"].to_string().contains("South America"));
    // Other ways of writing a language: its own name, a locale, a tag with a script.
    for (typed, id) in [
        ("Español", "spanish"),
        ("en_US", "english"),
        ("zh-Hant-TW", "traditional-chinese"),
        ("zh_CN", "simplified-chinese"),
    ] {
        let v = answer(&format!(
            "advise --product dynamics-365 --plan prodirect --sev B --at {WEEKDAY_NOON} \
             --region emea --language {typed}"
        ));
        assert_eq!(s(&v["language"], "language"), id, "{typed}");
    }
    // Without the customer's region, whether a language other than English is offered
    // cannot be told (TZ=UTC is in no region's list).
    let v = answer(
        "advise --product dynamics-365 --plan premier --sev A --at 2026-11-28T10:00:00+09:00 \
         --language ja",
    );
    assert!(v["language"]["offered"].is_null());
    assert!(s(&v["language"], "summary").contains("cannot be told"));
    assert_eq!(v["language"]["english"]["open"], true);
}

#[test]
fn a_preview_feature_has_no_target_and_english_only() {
    // Decided reading 16: English only, no 24/7, no target: no due instant in any part.
    let line = format!(
        "advise --product dynamics-365 --plan prodirect --sev A --at {SATURDAY_NIGHT} \
         --region emea --language de --preview"
    );
    let v = answer(&line);
    assert_eq!(v["language"]["offered"], false);
    assert!(s(&v["language"], "summary").contains("English only"));
    assert!(v["response"]["due"].is_null());
    assert_eq!(v["language"]["english"]["coverage"], "business-hours");
    for choice in arr(&v["options"], "choices") {
        assert!(choice["due"].is_null(), "{choice}");
    }
    let (_, table, _) = run(&words(&line));
    assert!(
        table.contains("public preview feature: no response target applies"),
        "{table}"
    );
    assert!(v["response"]["coverage"].is_null() && v["response"]["reason"].is_string());
    let kinds: Vec<&str> = arr(&v["caveats"], "items")
        .iter()
        .map(|c| s(c, "kind"))
        .collect();
    assert!(
        kinds.contains(&"preview") && !kinds.contains(&"no-target"),
        "{kinds:?}"
    );
    assert!(!table.contains("24x7: counted around the clock"), "{table}");
}

#[test]
fn english_is_there_around_the_clock_for_every_severity_a_problem() {
    // Software Assurance gives no target, but the document gives English 24/7 for every
    // severity A problem: on a Saturday afternoon, English is there.
    let v = answer(
        "advise --product dynamics-on-premises --plan software-assurance --sev A --region emea \
         --at 2026-11-28T16:30:00+01:00",
    );
    assert_eq!(v["language"]["desk"]["open"], true);
    assert_eq!(s(&v["language"]["desk"], "coverage"), "24x7");
    // Severity B under the same plan: business hours, closed on Saturday.
    let v = answer(
        "advise --product dynamics-on-premises --plan software-assurance --sev B --region emea \
         --at 2026-11-28T16:30:00+01:00",
    );
    assert_eq!(v["language"]["desk"]["open"], false);
    // A severity of the Unified tiers only is not asked under Software Assurance.
    let err = refused(
        "advise --product dynamics-on-premises --plan software-assurance --sev critical \
         --region emea",
    );
    assert!(err.contains("give one of `A`, `B`, `C`"), "{err}");
}

#[test]
fn an_instant_other_than_now_is_said_to_be_then() {
    let line =
        "advise --product dynamics-365 --plan prodirect --sev B --region emea --language fr \
                --at 2026-11-27T10:00:00+01:00 --now 2026-11-28T20:00:00Z";
    let (code, table, _) = run(&words(line));
    assert_eq!(code, 0);
    let table = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(table.contains("missed"), "{table}");
    assert!(
        table.contains("open then, until Fri 27 Nov 2026"),
        "{table}"
    );
    assert!(!table.contains("someone is there now"), "{table}");
}

#[test]
fn phone_desks_speak_for_the_products_without_a_plan() {
    // Microsoft 365 worldwide: no plan gives it targets, so --plan may be left out.
    let v = answer(&format!(
        "advise --product microsoft-365 --sev A --at {SATURDAY_NIGHT}"
    ));
    assert!(v["plan"].is_null());
    assert!(v["response"]["due"].is_null());
    assert_eq!(v["language"]["offered"], true);
    assert_eq!(v["language"]["desk"]["open"], true);
    let requirements = v["requirements"].to_string();
    assert!(requirements.contains("PIN check"), "{requirements}");
    assert!(requirements.contains("Only admins of a business subscription"));
    // Its language answer cites its own document, not the Power Platform one's languages.
    let cited = v["language"]["source"].to_string();
    assert!(!cited.contains("Voor welke talen"), "{cited}");
    // Office 365 Germany: German and English, technical desk around the clock.
    let v = answer(&format!(
        "advise --product office-365-germany --sev A --language de --at {SATURDAY_NIGHT}"
    ));
    assert_eq!(v["language"]["offered"], true);
    assert_eq!(v["language"]["desk"]["open"], true);
    // The documents name no language for 21Vianet: offered is unknown, not false.
    let v = answer(&format!(
        "advise --product office-365-21vianet --plan 21vianet --sev A --at {SATURDAY_NIGHT}"
    ));
    assert!(v["language"]["offered"].is_null());
    assert_eq!(s(&v["response"], "due"), "2026-12-05T23:00:00Z");
}

#[test]
fn what_the_documents_ask() {
    // Power BI's one-hour level only with demonstrated production impact.
    let v = answer(&format!(
        "advise --product power-bi --plan powerbi-premium --sev A --at {WEEKDAY_NOON} \
         --region emea"
    ));
    let items = arr(&v["requirements"], "items");
    assert!(items.iter().any(|i| i["kind"] == "condition"
        && s(i, "text").contains("existing production reporting demonstrates")));
    // 21Vianet severity A: a signed extended agreement, the customer's resources assigned.
    let v = answer(&format!(
        "advise --product office-365-21vianet --plan 21vianet --sev A --at {WEEKDAY_NOON}"
    ));
    let text = v["requirements"].to_string();
    assert!(text.contains("extended online service agreement"), "{text}");
    assert!(text.contains("assign resources"), "{text}");
    // Power Platform: the admin role.
    let v = answer(&format!(
        "advise --product power-platform --plan subscription --sev C --at {WEEKDAY_NOON} \
         --region emea"
    ));
    let items = arr(&v["requirements"], "items");
    assert_eq!(items[0]["kind"], "severity");
    assert!(s(&items[0], "text").contains("Minimal business impact"));
    assert!(items
        .iter()
        .any(|i| i["kind"] == "who" && s(i, "text").contains("admin role")));
    // The caveats: no resolution SLA, with the topic whole.
    let caveats = arr(&v["caveats"], "items");
    assert!(caveats
        .iter()
        .any(|c| c["kind"] == "topic" && c["topic"]["topic"] == "resolution"));
}

#[test]
fn ics_reads_back_as_one_event_with_a_reminder() {
    let dir = temp_dir("advise-ics");
    let path = dir.join("due.ics");
    let line = format!(
        "advise --product dynamics-365 --plan prodirect --sev B --at {SATURDAY_NIGHT} \
         --region emea --now 2026-12-05T22:00:00Z --ics"
    );
    let mut args = words(&line);
    let path_text = path.to_string_lossy().into_owned();
    args.push(&path_text);
    let (code, table, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(
        table.contains("Calendar event for the due instant written to"),
        "{table}"
    );
    let text = std::fs::read_to_string(&path).expect("the event was written");
    assert!(text.contains("\r\n"), "RFC 5545 lines end in CRLF");
    let calendar = icalendar::Calendar::from_str(&text).expect("the crate reads it back");
    use icalendar::Component;
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect();
    assert_eq!(events.len(), 1);
    let event = events[0];
    let summary = event.get_summary().expect("SUMMARY");
    for part in ["Dynamics 365", "prodirect", "severity B"] {
        assert!(summary.contains(part), "{summary}");
    }
    // Due Monday 10:00 Paris time = 09:00 UTC (2 business hours from Monday's opening).
    assert_eq!(event.property_value("DTSTART"), Some("20261207T090000Z"));
    // An instant: no DTEND (RFC 5545 requires a DTEND later than DTSTART).
    assert_eq!(event.property_value("DTEND"), None);
    assert_eq!(event.property_value("DTSTAMP"), Some("20261205T220000Z"));
    assert!(
        text.contains("BEGIN:VALARM") && text.contains("ACTION:DISPLAY"),
        "{text}"
    );
    // Filed Saturday 23:00, due Monday 10:00: the reminder an hour before (at most an hour).
    assert!(text.contains("TRIGGER;RELATED=START:-PT3600S"), "{text}");
    // The same question gives the same event (a second import updates it).
    let mut again = words(&line);
    again.push("-");
    let (_, again, _) = run(&again);
    assert_eq!(
        again, text,
        "--ics - writes the same event on stdout, and only it"
    );
    // No due instant, no event: one line, exit 2, nothing on stdout, and why.
    let err = refused(
        "advise --product customer-engagement-on-premises --plan software-assurance --sev A \
         --region emea --ics -",
    );
    assert!(err.contains("--ics needs a due instant"), "{err}");
    assert!(err.contains("no response target for plan"), "{err}");
    let err =
        refused("advise --product power-bi --plan powerbi-community --sev A --region emea --ics -");
    assert!(err.to_lowercase().contains("best effort"), "{err}");
}

#[test]
fn errors_are_one_line_with_exit_2() {
    let d365 = "advise --product dynamics-365";
    for (line, expected) in [
        (
            "advise --product dynamcis-365 --plan premier --sev A",
            "did you mean `dynamics-365`?",
        ),
        (
            &format!("{d365} --plan premeir --sev A"),
            "did you mean `premier`?",
        ),
        (
            &format!("{d365} --plan premier --sev D"),
            "unknown severity",
        ),
        (
            &format!("{d365} --plan unified-core --sev B"),
            "its severities: `critical`, `standard`",
        ),
        (
            &format!("{d365} --plan unified --sev critical"),
            "give one of `unified-core`",
        ),
        (
            "advise --product power-bi --plan subscription --sev A",
            "does not cover product `power-bi`",
        ),
        (&format!("{d365} --sev A"), "give --plan"),
        (
            &format!("{d365} --plan premier --sev A --language klingonx"),
            "unknown language `klingonx`",
        ),
        (
            &format!("{d365} --plan premier --sev A --language spansh"),
            "did you mean `spanish`?",
        ),
        (
            &format!("{d365} --plan premier --sev A --language zh"),
            "give one of `traditional-chinese`, `simplified-chinese`",
        ),
        (
            &format!("{d365} --plan premier --sev A --language es;fr"),
            "one language",
        ),
        (
            &format!("{d365} --plan premier --sev A --tz Mars/Olympus"),
            "Mars/Olympus",
        ),
        (
            &format!("{d365} --plan premier --sev C --region other"),
            "give the zone with --tz",
        ),
        (
            &format!("{d365} --plan premier --sev A --at tomorrow"),
            "--at",
        ),
        (&format!("{d365} --plan premier --language es"), "--sev"),
        (
            &format!("{d365} --plan psfp --sev A --region emea"),
            "add --partner",
        ),
    ] {
        let err = refused(line);
        assert!(err.contains(expected), "{line}: {err}");
    }
    // Values echoed back have control characters escaped; an empty value is named.
    for (value, expected) in [("es\u{1b}[31m", "\\u{1b}"), ("", "")] {
        let err = usage_error(&[
            "advise",
            "--product",
            "dynamics-365",
            "--plan",
            "premier",
            "--sev",
            "A",
            "--language",
            value,
        ]);
        assert!(err.contains(expected), "{err}");
    }
    let err = usage_error(&[
        "advise",
        "--product",
        "dynamics-365",
        "--plan",
        "premier",
        "--sev",
        "A",
        "--ics",
        "",
    ]);
    assert!(err.contains("a value is needed"), "{err}");
}

#[test]
fn service_desk_hours_are_not_a_customers_region() {
    for command in [
        "advise --product dynamics-365 --plan prodirect --sev C",
        "sla --plan prodirect --sev C --at 2026-12-02T12:00:00+01:00",
    ] {
        for region in ["germany-technical", "china", "m365-billing"] {
            let err = refused(&format!("{command} --region {region}"));
            assert!(
                err.contains("keeps the hours of one service desk")
                    && err.contains("`emea`, `north-america`, `other`"),
                "{command} --region {region}: {err}"
            );
        }
    }
    // 21Vianet's targets keep their own calendar whatever the region given.
    let v = answer(&format!(
        "advise --product office-365-21vianet --plan 21vianet --sev B --at {WEEKDAY_NOON}"
    ));
    assert_eq!(s(&v["response"], "region"), "china");
    // South America's customers are `other`, in their own zone (never `north-america`).
    let err =
        refused("advise --product dynamics-365 --plan prodirect --sev C --region south-america");
    assert!(
        err.contains("region `other`") && err.contains("--tz"),
        "{err}"
    );
}

#[test]
fn partner_plans_and_licensing_channels() {
    let v = answer(&format!(
        "advise --product dynamics-365 --plan psfp --sev A --region emea --partner \
         --at {WEEKDAY_NOON}"
    ));
    assert_eq!(v["route"]["routes"][0]["for_partners"], true);
    let v = answer(&format!(
        "advise --product licensing --plan prodirect --sev B --region emea --channel csp \
         --at {WEEKDAY_NOON}"
    ));
    assert_eq!(s(&v["route"], "channel"), "csp");
    assert_eq!(arr(&v["route"], "routes").len(), 1);
}

#[test]
fn tables_fit_80_columns_and_keep_phone_numbers_whole() {
    let lines = [
        format!(
            "advise --product dynamics-365 --plan premier --sev A --at {SATURDAY_NIGHT} \
             --region emea --language es --tz America/New_York"
        ),
        format!("advise --product microsoft-365 --sev A --at {SATURDAY_NIGHT} --details"),
        format!("advise --product office-365-germany --sev A --at {SATURDAY_NIGHT} --details"),
        format!(
            "advise --product office-365-21vianet --plan 21vianet --sev A --at {SATURDAY_NIGHT} \
             --details"
        ),
    ];
    for width in ["60", "70", "80", "90", "100", "120"] {
        for line in &lines {
            let out = cmd(&words(line))
                .env("COLUMNS", width)
                .output()
                .expect("runs");
            assert!(out.status.success(), "{line}");
            let text = String::from_utf8(out.stdout).expect("UTF-8");
            let max: usize = width.parse().expect("a number");
            for row in text.lines() {
                assert!(row.chars().count() <= max, "{line} at {width}: {row:?}");
            }
            assert!(
                !text.contains('\u{a0}'),
                "no-break spaces are written as spaces"
            );
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            for number in [
                "1 800 865 9408",
                "0800 032 6417",
                "1 800 197 503",
                "0800 589 2330",
                "069 380 789 305",
                "+49 69 380 789 305",
                "+86 400 089 0365",
            ] {
                if flat.contains(number) {
                    assert!(
                        text.contains(number),
                        "{line} at {width}: `{number}` broken"
                    );
                }
            }
        }
    }
}

#[test]
fn snapshot_advise_saturday_night_in_spanish() {
    snapshot_pair(
        "advise_saturday_night_in_spanish",
        &words(&format!(
            "advise --product dynamics-365 --plan premier --sev A --region emea --language es \
             --at {SATURDAY_NIGHT} --now 2026-12-05T22:00:00Z"
        )),
        0,
    );
}

#[test]
fn an_event_for_a_missed_due_instant_is_written_with_a_note() {
    let (code, out, err) = run(&words(
        "advise --product dynamics-365 --plan premier --sev A --region emea \
         --at 2026-11-01T10:00:00+01:00 --now 2026-11-30T09:00:00Z --ics -",
    ));
    assert_eq!(code, 0);
    assert!(out.starts_with("BEGIN:VCALENDAR"), "{out}");
    assert!(err.contains("a due instant that has passed"), "{err}");
}

#[test]
fn summer_time_changes_are_counted_in_the_calendars_zone() {
    // Fri 27 Mar 17:00 CET: one hour before closing, the second after Monday's opening,
    // by then in summer time (29 Mar): due Mon 30 Mar 09:00 +02:00 = 07:00 UTC; in New
    // York (summer time since 8 Mar) 03:00 -04:00.
    let v = answer(
        "advise --product dynamics-365 --plan prodirect --sev B --region emea \
         --at 2026-03-27T17:00:00+01:00 --tz America/New_York",
    );
    assert_eq!(s(&v["response"], "due"), "2026-03-30T07:00:00Z");
    assert_eq!(s(&v["response"], "due_local"), "2026-03-30T09:00:00+02:00");
    assert_eq!(s(&v["response"], "due_tz"), "2026-03-30T03:00:00-04:00");
    // Sat 24 Oct 23:30 CEST, severity A in Spanish: due an hour later on the wall clock;
    // the Spanish desk's hours begin Monday 08:00, by then CET again.
    let v = answer(
        "advise --product dynamics-365 --plan premier --sev A --region emea --language es \
         --at 2026-10-24T23:30:00+02:00",
    );
    let choices = arr(&v["options"], "choices");
    assert_eq!(s(&v["options"], "due"), "2026-10-24T22:30:00Z");
    assert_eq!(s(&choices[1], "opens_local"), "2026-10-26T08:00:00+01:00");
}

#[test]
fn what_the_review_found() {
    // A severity the plan does not list is refused for a partner-only product too.
    for line in [
        "advise --product business-central --plan unified-core --sev A --region emea",
        "advise --product business-central --plan prodirect --sev critical --region emea",
    ] {
        let err = refused(line);
        assert!(err.contains("its severities"), "{line}: {err}");
    }
    // Power BI with Premier: a level without a figure is not "best effort".
    let line = format!(
        "advise --product power-bi --plan premier --sev A --region emea --at {WEEKDAY_NOON}"
    );
    let (_, table, _) = run(&words(&line));
    assert!(table.contains("no figure"), "{table}");
    assert!(!table.contains("best effort"), "{table}");
    let err = refused(&format!("{line} --ics -"));
    assert!(err.contains("no figure"), "{err}");
    // Power BI's one hour is a cross-reference everywhere it is shown (reading 14).
    let line = format!(
        "advise --product power-bi --plan powerbi-premium --sev A --region emea --at {WEEKDAY_NOON}"
    );
    let v = answer(&line);
    assert!(
        v["response"]["cross_reference"].is_string(),
        "{}",
        v["response"]
    );
    let (_, event, _) = run(&words(&format!("{line} --ics -")));
    assert!(event.contains("(cross-reference)"), "{event}");
    // A language's reading stays with its document: not for Microsoft 365.
    let v = answer(&format!(
        "advise --product microsoft-365 --sev A --language ja --at {SATURDAY_NIGHT}"
    ));
    let kinds: Vec<&str> = arr(&v["caveats"], "items")
        .iter()
        .map(|c| s(c, "kind"))
        .collect();
    assert!(!kinds.contains(&"language"), "{kinds:?}");
    // Phone desks name no country's number as if it were the customer's.
    let v = answer(&format!(
        "advise --product microsoft-365 --sev A --tz Australia/Sydney --at {SATURDAY_NIGHT}"
    ));
    assert!(!v["language"]["desk"].to_string().contains("United States"));
    // A preview: only English is served.
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev A --region emea --preview \
         --at {WEEKDAY_NOON}"
    ));
    assert_eq!(arr(&v["language"], "served").len(), 1);
    // --ics - and --json both want stdout.
    let err = refused(&format!(
        "advise --product dynamics-365 --plan prodirect --sev A --region emea --ics - --json \
         --at {WEEKDAY_NOON}"
    ));
    assert!(err.contains("--ics FILE"), "{err}");
    // The header shows the instant in --tz, with or without a target.
    let (_, table, _) = run(&words(
        "advise --product microsoft-365 --sev A --tz Europe/Amsterdam \
         --at 2026-12-05T23:00:00+01:00",
    ));
    assert!(table.contains("Sat 5 Dec 2026 23:00 +01:00"), "{table}");
}

#[test]
fn what_the_second_trial_found() {
    // South America's Pacific islands keep their own hours (region `other`), and Spanish
    // is offered there; Central America is `other` too, but the Spanish desk is South
    // America's only.
    let at = "--at 2026-12-02T15:00:00Z";
    let v = answer(&format!(
        "advise --product dynamics-365 --plan subscription --sev B --tz Pacific/Easter \
         --language es {at}"
    ));
    assert_eq!(s(&v["response"], "region"), "other");
    assert_eq!(v["language"]["offered"], true);
    let v = answer(&format!(
        "advise --product dynamics-365 --plan subscription --sev B --tz America/Panama \
         --language es {at}"
    ));
    assert_eq!(s(&v["response"], "region"), "other");
    assert_eq!(v["language"]["offered"], false);
    // --partner: the plan's due is counted where the customer files; the partner routes'
    // conditions are asked of the partner.
    let v = answer(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --region emea --partner {at}"
    ));
    assert_eq!(
        s(&v["options"]["choices"][0], "route"),
        "power-platform-admin-center"
    );
    assert!(v["requirements"].to_string().contains("delegated admin"));
    // --tz shows in every part: the options carry opens_tz, and the table says it.
    let line = "advise --product dynamics-365 --plan subscription --sev B --region north-america \
                --tz America/Toronto --at 2026-12-02T10:00:00Z --now 2026-12-02T10:00:00Z";
    let v = answer(line);
    assert_eq!(
        s(&v["options"]["choices"][0], "opens_tz"),
        "2026-12-02T09:00:00-05:00"
    );
    let (_, table, _) = run(&words(line));
    let table = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        table.contains("opens Wed 2 Dec 2026 06:00 -08:00 (= 09:00 -05:00 America/Toronto)"),
        "{table}"
    );
    // English's desk is always there for scripts, English asked for or not.
    for language in ["", "--language en"] {
        let v = answer(&format!(
            "advise --product dynamics-365 --plan prodirect --sev B --region emea {language} {at}"
        ));
        assert_eq!(v["language"]["english"]["open"], true, "{language}");
    }
    // Business Central needs no plan: none of Microsoft's targets answers for it.
    let v = answer(&format!(
        "advise --product business-central --sev A --region emea {at}"
    ));
    assert!(v["plan"].is_null() && v["response"]["due"].is_null());
    // The phone numbers are in the steps of the phone route, without --details.
    let (_, table, _) = run(&words(&format!(
        "advise --product office-365-germany --sev A {at}"
    )));
    assert!(table.contains("0800 589 2330"), "{table}");
    // A reminder in whole minutes: a 30-minute target reminds 7 minutes before.
    let (_, event, _) = run(&words(&format!(
        "advise --product dynamics-365 --plan unified-performance --sev critical --region emea \
         {at} --ics -"
    )));
    assert!(event.contains("TRIGGER;RELATED=START:-PT420S"), "{event}");
    // --details: every point of a topic its own bullet, wrapped with its indent.
    let out = cmd(&words(&format!(
        "advise --product dynamics-365 --plan prodirect --sev B --region emea {at} --details"
    )))
    .env("COLUMNS", "80")
    .output()
    .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let caveats = &text[text.find("\nCaveats\n").expect("caveats")..];
    for row in caveats.lines().skip(2) {
        if row.is_empty() || row.starts_with("Sources") {
            break;
        }
        assert!(row.starts_with("• ") || row.starts_with("  "), "{row:?}");
    }
}

#[test]
fn the_desk_that_counts_the_target_is_said_to_be_closed_when_it_is() {
    // 21Vianet names no language, but its B and C desk keeps 09:00-24:00 Beijing time:
    // at 02:00 it is closed until 09:00, and one business day (15 h) is due at midnight.
    let v = answer(
        "advise --product office-365-21vianet --plan 21vianet --sev B --tz Asia/Shanghai \
         --at 2026-12-04T02:00:00+08:00",
    );
    let choice = &v["options"]["choices"][0];
    assert_eq!(choice["open"], false);
    assert_eq!(s(choice, "opens_local"), "2026-12-04T09:00:00+08:00");
    assert_eq!(s(&v["response"], "due_local"), "2026-12-05T00:00:00+08:00");
    // Power BI's calendar is a cross-reference: no desk is said to be open or closed.
    let v = answer(&format!(
        "advise --product power-bi --plan powerbi-premium --sev A --region emea --at {SATURDAY_NIGHT}"
    ));
    assert!(v["options"]["choices"][0]["open"].is_null());
}

#[test]
fn a_partner_flag_with_no_partner_route_is_said() {
    let v = answer(&format!(
        "advise --product power-bi --plan powerbi-premium --sev A --region emea --partner \
         --at {WEEKDAY_NOON}"
    ));
    assert!(s(&v["route"], "partner_note").contains("no route of their own"));
    let v = answer("where --product microsoft-365 --partner");
    assert!(s(&v, "partner_note").contains("no route of their own"));
    let v = answer("where --product dynamics-365 --partner");
    assert!(v["partner_note"].is_null());
}

/// Issue 21: the first screen answers. At 80 columns the summary under the title (where to
/// file, the due instant and time left, the desks now, the first thing to try, what was
/// assumed) takes at most 8 lines, and where and when are on the first 10 of a 24-line
/// screen, for every kind of incident.
#[test]
fn the_first_screen_answers() {
    for line in [
        "advise --product dynamics-365 --plan prodirect --sev B --region emea",
        "advise --product dynamics-365 --plan premier --sev A --region emea --language es --tz Europe/Madrid",
        "advise --product power-bi --plan powerbi-admin --sev A --region north-america",
        "advise --product microsoft-365 --sev B --tz Australia/Sydney --about billing",
        "advise --product office-365-21vianet --plan 21vianet --sev B --region china --about billing",
        "advise --product licensing --plan prodirect --sev A --region emea",
        "advise --product business-central --plan prodirect --sev A --region emea",
    ] {
        let out = crate::common::cmd(&words(line))
            .args(["--now", "2026-12-05T22:00:00Z"])
            .env("COLUMNS", "80")
            .env("TZ", "Europe/Amsterdam")
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{line}");
        let table = String::from_utf8(out.stdout).expect("UTF-8");
        let lines: Vec<&str> = table.lines().collect();
        let title_end = lines.iter().position(|l| l.is_empty()).expect("a title");
        let summary: Vec<&str> = lines[title_end + 1..]
            .iter()
            .take_while(|l| !l.is_empty())
            .copied()
            .collect();
        assert!(summary.len() <= 8, "{line}: {} lines\n{table}", summary.len());
        let screen = lines[..10.min(lines.len())].join("\n");
        assert!(screen.contains("File at"), "{line}\n{table}");
        assert!(screen.contains("Due "), "{line}\n{table}");
        assert!(lines.iter().all(|l| l.chars().count() <= 80), "{line}");
    }
}
