//! Versions of a document side by side (issue 24): each answer by the rules in force on its
//! instant's UTC day, `--as-of` for a whole run, the version named in the sources, a day
//! before a document's date said, and `rules check` on the version fields.
//!
//! The layer is `examples/rules-2025`: a revision of `power-platform` in force from
//! 2025-07-31 that replaces its response-time section. Before that day the seed's table
//! answers ("ProDirect: < 2 uur"); from it, the revision's ("Less than two hours").

use serde_json::Value;

use crate::common::*;

const LAYER: &str = "examples/rules-2025";

/// `sla` by the example layer, as JSON.
fn sla(line: &str) -> Value {
    let mut args = vec!["--rules", LAYER];
    args.extend(words(line));
    json(&args)
}

fn refused_by_layer(line: &str) -> String {
    let mut args = vec!["--rules", LAYER];
    args.extend(words(line));
    usage_error(&args)
}

/// Every citation of an answer (one object, or a list).
fn cites(answer: &Value) -> Vec<&Value> {
    match &answer["source"] {
        Value::Array(all) => all.iter().collect(),
        one => vec![one],
    }
}

#[test]
fn the_version_in_force_answers_before_at_and_after_the_change_day() {
    // The last second before the revision: the seed's cell. ProDirect B is 120 business
    // minutes either way. 2025-07-30T23:59:59Z is Thursday 31 July 01:59:59 in Paris
    // (CEST, +02:00), before the desk opens at 08:00 (06:00Z): 120 open minutes from then
    // end at 10:00 CEST = 08:00Z.
    let before = sla("sla --plan prodirect --sev B --region emea --at 2025-07-30T23:59:59Z");
    assert_eq!(s(&before, "as_written"), "ProDirect: < 2 uur");
    assert_eq!(s(&before, "due"), "2025-07-31T08:00:00Z");
    let cite = cites(&before)[0];
    assert_eq!(
        cite["document"],
        "Ondersteuning voor Microsoft Power Platform en Dynamics 365-apps"
    );
    // The first version is undated; the section is replaced from 2025-07-31.
    assert_eq!(cite["in_force_from"], Value::Null);
    assert_eq!(cite["in_force_until"], "2025-07-31");
    assert_eq!(cite["language"], "nl-NL");

    // At 00:00Z of the change day, and after it: the revision's cell, with its own source.
    for at in ["2025-07-31T00:00:00Z", "2026-03-02T00:00:00Z"] {
        let after = sla(&format!(
            "sla --plan prodirect --sev B --region emea --at {at}"
        ));
        assert_eq!(
            s(&after, "as_written"),
            "ProDirect: Less than two hours; business hours access",
            "{at}"
        );
        assert_eq!(s(&after, "bound"), "lt");
        let cite = cites(&after)[0];
        assert_eq!(
            cite["document"],
            "Support for Microsoft Power Platform and Dynamics 365 apps"
        );
        assert_eq!(cite["in_force_from"], "2025-07-31");
        assert_eq!(cite["date"], "2025-07-31");
        assert_eq!(cite["language"], "en-US");
        // A version known by its address only has no seed file.
        assert_eq!(cite["file"], Value::Null);
        assert_eq!(
            cite["address"],
            "https://learn.microsoft.com/en-us/power-platform/admin/support-overview"
        );
    }
}

#[test]
fn a_renamed_plan_answers_by_its_new_name_only_from_the_change_day() {
    // Standard B: less than four hours in business hours. Monday 2026-01-05 10:00Z is
    // 11:00 in Paris (CET); 240 open minutes from 11:00 end at 15:00 CET = 14:00Z.
    let after = sla("sla --plan standard --sev B --region emea --at 2026-01-05T10:00:00Z");
    assert_eq!(after["target_minutes"], 240);
    assert_eq!(s(&after, "coverage"), "business-hours");
    assert_eq!(s(&after, "due"), "2026-01-05T14:00:00Z");
    assert_eq!(s(&after, "plan"), "subscription");

    // The day before, `standard` is no plan: the error names the version that knows it.
    let error =
        refused_by_layer("sla --plan standard --sev B --region emea --at 2025-07-30T10:00:00Z");
    assert!(error.contains("unknown plan `standard`"), "{error}");
    assert!(
        error.contains("(by the rules in force on 2025-07-30; the rules in force from 2025-07-31 answer it: give --as-of 2025-07-31)"),
        "{error}"
    );

    // Under its old name, before the change: the seed's cell (< 4 uur), 240 minutes.
    let before = sla("sla --plan subscription --sev B --region emea --at 2025-07-30T10:00:00Z");
    assert_eq!(s(&before, "as_written"), "Abonnement: < 4 uur");
}

#[test]
fn a_row_the_revision_dropped_has_no_target_from_the_change_day_and_says_where_one_is() {
    // Premier's Power Platform row is gone from the revision's table.
    let before = sla("sla --plan premier --sev A --region emea --at 2025-07-30T10:00:00Z");
    assert_eq!(before["target_minutes"], 60);
    let error =
        refused_by_layer("sla --plan premier --sev A --region emea --at 2025-07-31T10:00:00Z");
    assert!(
        error.contains("(by the rules in force on 2025-07-31; the rules in force before 2025-07-31 answer it: give --as-of 2025-07-30)"),
        "{error}"
    );
    // The same question with --as-of the day before: the earlier rules answer it.
    let as_of = sla(
        "--as-of 2025-07-30 sla --plan premier --sev A --region emea --at 2025-07-31T10:00:00Z",
    );
    assert_eq!(as_of["target_minutes"], 60);
    assert_eq!(s(&as_of, "as_written"), "Premier: < 1 uur, dag en nacht");
}

#[test]
fn as_of_overrides_the_instant_for_the_whole_run() {
    // Asked about 2026, judged by the terms of 2025-07-30: the seed's cell.
    let answer = sla(
        "--as-of 2025-07-30 sla --plan prodirect --sev B --region emea --at 2026-01-05T10:00:00Z",
    );
    assert_eq!(s(&answer, "as_written"), "ProDirect: < 2 uur");
    // Asked about 2024, judged by the revision.
    let answer = sla(
        "--as-of 2025-07-31 sla --plan prodirect --sev B --region emea --at 2024-01-05T10:00:00Z",
    );
    assert_eq!(
        s(&answer, "as_written"),
        "ProDirect: Less than two hours; business hours access"
    );
}

#[test]
fn advise_takes_the_rules_of_its_instant() {
    let mut args = vec!["--rules", LAYER];
    args.extend(words(
        "advise --product dynamics-365 --plan standard --sev B --region emea --language en --at 2026-01-05T10:00:00Z",
    ));
    let advice = json(&args);
    assert_eq!(
        advice["response"]["due"], "2026-01-05T14:00:00Z",
        "{advice:#}"
    );
    let error = refused_by_layer(
        "advise --product dynamics-365 --plan standard --sev B --region emea --language en --at 2025-01-05T10:00:00Z",
    );
    assert!(error.contains("give --as-of 2025-07-31"), "{error}");
}

#[test]
fn the_table_names_each_version_it_rests_on() {
    let (code, out, err) = run(&[
        "--rules",
        LAYER,
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        "2026-01-05T10:00:00Z",
    ]);
    assert_eq!(code, 0, "{err}");
    let flat = out.split_whitespace().collect::<Vec<_>>().join(" ");
    // The target from the revision; the calendar from the seed's section the revision keeps.
    assert!(
        flat.contains("Source: Support for Microsoft Power Platform and Dynamics 365 apps (2025-07-31; the version in force from 2025-07-31)"),
        "{out}"
    );
    assert!(
        flat.contains("Source: Ondersteuning voor Microsoft Power Platform en Dynamics 365-apps (undated; the section as the version in force from 2025-07-31 keeps it)"),
        "{out}"
    );
}

#[test]
fn built_in_sources_carry_language_and_address_and_no_version_fields() {
    let builtin = answer("sla --plan prodirect --sev B");
    let cite = cites(&builtin)[0];
    assert_eq!(cite["language"], "nl-NL");
    assert_eq!(
        cite["address"],
        "https://learn.microsoft.com/nl-nl/power-platform/admin/support-overview"
    );
    assert_eq!(cite["date"], Value::Null);
    // One version of each document: nothing to tell apart.
    for key in ["in_force_from", "in_force_until", "kept_by_version_from"] {
        assert!(cite.get(key).is_none(), "{key} in {cite}");
    }
    // The MPN page's address could not be confirmed: none rather than a guess.
    let partner = answer("partner");
    let mut all = Vec::new();
    all_sources(&partner, &mut all);
    let mpn = all
        .iter()
        .find(|c| c["file"] == "002_81080745457b09b7.txt")
        .expect("the MPN document is cited");
    assert_eq!(mpn["address"], Value::Null);
    assert_eq!(mpn["language"], "nl-NL");
}

#[test]
fn a_day_before_a_documents_date_is_said() {
    // The Power BI document is dated 2019-09-17.
    let early = answer("sla --plan powerbi-pro --sev B --region emea --at 2018-06-01T10:00:00Z");
    let caveats: Vec<&str> = arr(&early, "caveats")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        caveats.iter().any(|c| c.contains(
            "On 2018-06-01 the document \"Ondersteuningsopties van Power BI Pro en Power BI Premium\" (dated 2019-09-17) did not yet exist"
        )),
        "{caveats:?}"
    );
    // On its date, nothing is said.
    let on_its_date =
        answer("sla --plan powerbi-pro --sev B --region emea --at 2019-09-17T10:00:00Z");
    assert!(
        !arr(&on_its_date, "caveats")
            .iter()
            .any(|c| c.as_str().is_some_and(|c| c.contains("did not yet exist"))),
        "{on_its_date:#}"
    );
}

/// A rules directory holding `text` as `versions.toml`.
fn layer(name: &str, text: &str) -> std::path::PathBuf {
    let dir = temp_dir(name);
    std::fs::write(dir.join("versions.toml"), text).expect("write rule file");
    dir
}

#[test]
fn rules_check_places_each_problem_of_the_version_fields() {
    let dir = layer(
        "versions-check",
        "[[document]]\n\
         id = \"pp-a\"\n\
         title = \"A\"\n\
         date = 2025-04-16\n\
         revises = \"power-platform\"\n\
         replaces = [\"Wat is de initiele responstijd?\"]\n\
         sections = [\"X\"]\n\
         \n\
         [[document]]\n\
         id = \"pp-b\"\n\
         title = \"B\"\n\
         date = \"2025-04-16\"\n\
         revises = \"power-platform\"\n\
         sections = [\"Y\"]\n\
         \n\
         [[document]]\n\
         id = \"bi-early\"\n\
         title = \"C\"\n\
         in-force-from = 2019-01-01\n\
         revises = \"power-bi\"\n\
         sections = [\"Z\"]\n\
         \n\
         [[document]]\n\
         id = \"alone\"\n\
         title = \"D\"\n\
         in-force-from = 2020-01-01\n\
         sections = [\"Z\"]\n\
         \n\
         [[document]]\n\
         id = \"undated\"\n\
         title = \"E\"\n\
         revises = \"power-bi\"\n\
         sections = [\"Z\"]\n",
    );
    let path = dir.to_string_lossy().into_owned();
    let (code, out, err) = run(&["rules", "check", &path]);
    assert_eq!(code, 2, "{out}{err}");
    let file = format!("{path}/versions.toml");
    for (place, message) in [
        (
            format!("{file}:6:13"),
            "revision `pp-a` replaces section `Wat is de initiele responstijd?`, which document `power-platform` does not have",
        ),
        // Reported once, at the later of the two.
        (
            format!("{file}:13:11"),
            "revisions `pp-b` and `pp-a` of `power-platform` are both in force from 2025-04-16: give each its own first day",
        ),
        (
            format!("{file}:19:17"),
            "revision `bi-early` is in force from 2019-01-01, not after the document it revises (`power-bi`, dated 2019-09-17)",
        ),
        (
            format!("{file}:26:17"),
            "document `alone` has `in-force-from` but revises no document",
        ),
        (
            format!("{file}:32:11"),
            "revision `undated` has neither `in-force-from` nor `date`",
        ),
    ] {
        let at = err
            .find(&place)
            .unwrap_or_else(|| panic!("no problem at {place}:\n{err}"));
        // The message is the `error:` line above its place.
        let head = &err[..at];
        let line = head.lines().rev().find(|l| l.starts_with("error:")).unwrap_or("");
        assert!(line.contains(message), "{place}: {line}\n{err}");
    }
    assert_eq!(err.matches("are both in force from").count(), 1, "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_example_layer_passes_rules_check_and_cites_its_revision() {
    let (code, out, err) = run(&["--rules", LAYER, "rules", "check"]);
    assert_eq!(code, 0, "{out}{err}");
    // Every rule of the layer cites the revision's section, the plan keeping the seed's
    // sections for what the revision did not restate.
    for file in ["plans.toml", "targets.toml"] {
        let text = std::fs::read_to_string(manifest_dir().join(LAYER).join(file))
            .expect("read the example layer");
        for block in text.split("\n[[").skip(1) {
            assert!(
                block.contains(
                    "{ doc = \"power-platform-2025\", section = \"Severity and responsiveness\" }"
                ),
                "{file}: a rule without the revision's section:\n{block}"
            );
        }
    }
}

#[test]
fn a_row_the_layer_does_not_encode_is_not_said_to_be_missing_from_the_document() {
    // The example encodes Unified enterprise at A only: B was not read.
    let error = refused_by_layer(
        "sla --plan unified-enterprise --sev B --region emea --at 2026-01-05T10:00:00Z",
    );
    assert!(
        error.contains("the rules in use (with your rules directory) list no severity `B` for plan `unified-enterprise`; its severities: `A` (a row your rules leave out may still be in the document)"),
        "{error}"
    );
    // The built-in rules say it of the documents themselves.
    let error = refused("sla --plan prodirect --sev critical");
    assert!(
        error.contains("the documents list no severity `critical` for plan `prodirect`"),
        "{error}"
    );
}

#[test]
fn a_later_version_asked_for_an_earlier_day_says_as_of_is_why() {
    let answer = sla(
        "--as-of 2025-08-01 sla --plan prodirect --sev A --region emea --at 2025-07-01T10:00:00Z",
    );
    let caveats: Vec<&str> = arr(&answer, "caveats")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    assert!(
        caveats.iter().any(|c| c.ends_with(
            "(dated 2025-07-31) did not yet exist: its terms apply here because --as-of asks for the rules in force on a later day."
        )),
        "{caveats:?}"
    );
}

#[test]
fn a_revision_borrows_nothing_from_its_own_earlier_version() {
    // The revision's target with the seed's severity definitions and topics: one document
    // in two versions, not a cross-reference to another.
    let mut args = vec!["--rules", LAYER];
    args.extend(words(
        "advise --product power-apps --plan standard --sev A --region emea --language en --at 2025-08-04T10:00:00Z",
    ));
    let (code, out, err) = run(&args);
    assert_eq!(code, 0, "{err}");
    assert!(
        !out.contains("a cross-reference, this support's own document defines no severities"),
        "{out}"
    );
    // Its related topics are still the document's: what the resolution time is not.
    let mut args = vec!["--rules", LAYER];
    args.extend(words(
        "sla --plan prodirect --sev B --region emea --at 2026-01-05T10:00:00Z",
    ));
    let (_, out, _) = run(&args);
    assert!(out.contains("how quickly a support request is"), "{out}");
}

#[test]
fn plans_say_when_their_description_is_the_earlier_versions() {
    // ProDirect's description and note quote the seed's table; from the revision's day
    // they say so, and before it they do not.
    let after = json(&words(
        "--rules examples/rules-2025 --as-of 2025-08-01 plans",
    ));
    let prodirect = arr(&after, "plans")
        .iter()
        .find(|p| p["plan"] == "prodirect")
        .expect("prodirect is listed");
    assert!(
        s(prodirect, "note").starts_with("What it includes, and the note after this, is as the version of \"Ondersteuning voor Microsoft Power Platform en Dynamics 365-apps\" in force before 2025-07-31 describes it"),
        "{prodirect:#}"
    );
    let before = json(&words(
        "--rules examples/rules-2025 --as-of 2025-07-30 plans",
    ));
    let prodirect = arr(&before, "plans")
        .iter()
        .find(|p| p["plan"] == "prodirect")
        .expect("prodirect is listed");
    assert!(
        !s(prodirect, "note").contains("in force before"),
        "{prodirect:#}"
    );
}
