//! Issue 24, item 5, "Was it met?": a response's instant (`sla --responded`, a batch
//! ticket's `responded`) against the target, through the real binary. Every expected value
//! is worked out by hand beside its case, from the documents' cells (rules/targets.toml,
//! rules/m365.toml) and the regions' hours (rules/regions.toml):
//!
//! - EMEA: Monday to Friday 08:00-18:00 Europe/Paris (+01:00 in November and December).
//! - 21Vianet's desk (`china`): 09:00-24:00 Asia/Shanghai (+08:00) every day, so one
//!   business day is 15 h = 900 business minutes (reading 10).
//! - ProDirect B "< 2 uur" (lt, 120 business minutes); Premier A "< 1 uur, dag en nacht"
//!   (lt, 60 minutes around the clock); 21Vianet A "1 uur of minder" (le, 60 minutes
//!   around the clock); 21Vianet B "1 werkdag of minder" (le, 1 business day).
//!
//! 2026-11-27 is a Friday, 2026-12-24 a Thursday, 2026-12-25 (Christmas) a Friday.

use serde_json::Value;

use crate::common::*;
use crate::due::{batch, holiday_list};

/// `sla … --at AT --responded RESPONDED --json` with the rest of `args`.
fn single(args: &[&str], at: &str, responded: &str) -> Value {
    let mut all = vec!["sla"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--at", at, "--responded", responded]);
    json(&all)
}

/// (`elapsed_minutes`, `met`) of an answer.
fn verdict(v: &Value) -> (Value, Value) {
    (v["elapsed_minutes"].clone(), v["met"].clone())
}

const PRODIRECT_B: [&str; 6] = ["--plan", "prodirect", "--sev", "B", "--region", "emea"];
const PREMIER_A: [&str; 6] = ["--plan", "premier", "--sev", "A", "--region", "emea"];
const VIANET_A: [&str; 4] = ["--plan", "21vianet", "--sev", "A"];
const VIANET_B: [&str; 4] = ["--plan", "21vianet", "--sev", "B"];

// ---------------------------------------------------------------------------------------
// sla --responded
// ---------------------------------------------------------------------------------------

#[test]
fn business_hours_lt_before_at_and_after_the_due_instant_across_a_weekend() {
    // Submitted Friday 27 November 16:30 +01:00: 16:30-18:00 counts 90 minutes; Saturday
    // and Sunday are closed; Monday 30 November 08:00-08:30 counts the last 30. Due Monday
    // 08:30 +01:00 = 07:30Z.
    let at = "2026-11-27T16:30:00+01:00";
    // Monday 08:15: 90 + 15 = 105 business minutes, below 120.
    let v = single(&PRODIRECT_B, at, "2026-11-30T08:15:00+01:00");
    assert_eq!(v["due"], "2026-11-30T07:30:00Z");
    assert_eq!(v["responded"], "2026-11-30T07:15:00Z");
    assert_eq!(verdict(&v), (105.into(), true.into()));
    assert_eq!(v["met_reason"], Value::Null);
    assert_eq!(v["bound"], "lt");
    // Monday 08:30, the due instant: 90 + 30 = 120, not below "< 2 uur".
    let v = single(&PRODIRECT_B, at, "2026-11-30T08:30:00+01:00");
    assert_eq!(verdict(&v), (120.into(), false.into()));
    // Monday 09:00: 90 + 60 = 150.
    let v = single(&PRODIRECT_B, at, "2026-11-30T09:00:00+01:00");
    assert_eq!(verdict(&v), (150.into(), false.into()));
    // Saturday 28 November 12:00, closed: only Friday's 90 minutes counted.
    let v = single(&PRODIRECT_B, at, "2026-11-28T12:00:00+01:00");
    assert_eq!(verdict(&v), (90.into(), true.into()));
    // At the submission itself: nothing elapsed.
    let v = single(&PRODIRECT_B, at, at);
    assert_eq!(verdict(&v), (0.into(), true.into()));
}

#[test]
fn business_hours_across_a_holiday_from_a_holidays_file() {
    let list = holiday_list();
    let with_holidays = [&PRODIRECT_B[..], &["--holidays", &list]].concat();
    // Submitted Thursday 24 December 17:00 +01:00: 17:00-18:00 counts 60; Friday 25
    // December is Christmas in the file, then the weekend; Monday 28 December 08:00-09:00
    // counts the last 60. Due Monday 09:00 +01:00 = 08:00Z.
    let at = "2026-12-24T17:00:00+01:00";
    // Monday 08:59: 60 + 59 = 119, below 120.
    let v = single(&with_holidays, at, "2026-12-28T08:59:00+01:00");
    assert_eq!(v["due"], "2026-12-28T08:00:00Z");
    assert_eq!(verdict(&v), (119.into(), true.into()));
    // Monday 09:00, the due instant: 120, not below.
    let v = single(&with_holidays, at, "2026-12-28T09:00:00+01:00");
    assert_eq!(verdict(&v), (120.into(), false.into()));
    // Without the file Friday 25 December is a business day: 60 + 600 + 59 = 719.
    let v = single(&PRODIRECT_B, at, "2026-12-28T08:59:00+01:00");
    assert_eq!(verdict(&v), (719.into(), false.into()));
}

#[test]
fn around_the_clock_lt_counts_wall_clock_minutes_holidays_and_all() {
    // Premier A, Saturday 28 November 03:00 +01:00: due 04:00 +01:00 = 03:00Z.
    let at = "2026-11-28T03:00:00+01:00";
    // 03:59:30: 59 min 30 s, below 60 (to the second; 59 whole minutes).
    let v = single(&PREMIER_A, at, "2026-11-28T03:59:30+01:00");
    assert_eq!(v["due"], "2026-11-28T03:00:00Z");
    assert_eq!(verdict(&v), (59.into(), true.into()));
    // 04:00, the due instant: 60, not below "< 1 uur".
    let v = single(&PREMIER_A, at, "2026-11-28T04:00:00+01:00");
    assert_eq!(verdict(&v), (60.into(), false.into()));
    // 05:30: 150 minutes.
    let v = single(&PREMIER_A, at, "2026-11-28T05:30:00+01:00");
    assert_eq!(verdict(&v), (150.into(), false.into()));
    // Christmas in the file does not stop a 24/7 clock: Friday 25 December 10:00 to
    // 10:45 is 45 minutes.
    let list = holiday_list();
    let with_holidays = [&PREMIER_A[..], &["--holidays", &list]].concat();
    let v = single(
        &with_holidays,
        "2026-12-25T10:00:00+01:00",
        "2026-12-25T10:45:00+01:00",
    );
    assert_eq!(verdict(&v), (45.into(), true.into()));
}

#[test]
fn around_the_clock_le_allows_the_due_instant_itself() {
    // 21Vianet A "1 uur of minder", 24/7: submitted Wednesday 25 November 10:00 +08:00,
    // due 11:00 +08:00 = 03:00Z.
    let at = "2026-11-25T10:00:00+08:00";
    // 10:30: 30 minutes.
    let v = single(&VIANET_A, at, "2026-11-25T10:30:00+08:00");
    assert_eq!(v["bound"], "le");
    assert_eq!(v["due"], "2026-11-25T03:00:00Z");
    assert_eq!(verdict(&v), (30.into(), true.into()));
    // 11:00, the due instant: 60, at most 60.
    let v = single(&VIANET_A, at, "2026-11-25T11:00:00+08:00");
    assert_eq!(verdict(&v), (60.into(), true.into()));
    // 11:00:01: 60 min 1 s, more than 60 (60 whole minutes, compared to the second).
    let v = single(&VIANET_A, at, "2026-11-25T11:00:01+08:00");
    assert_eq!(verdict(&v), (60.into(), false.into()));
}

#[test]
fn business_days_le_count_the_calendars_business_minutes() {
    // 21Vianet B "1 werkdag of minder" on its desk, 09:00-24:00 +08:00 every day: 900
    // business minutes. Submitted Wednesday 25 November 10:00 +08:00: 10:00-24:00 counts
    // 840; Thursday 09:00-10:00 the last 60. Due Thursday 10:00 +08:00 = 02:00Z.
    let at = "2026-11-25T10:00:00+08:00";
    let v = single(&VIANET_B, at, "2026-11-26T10:00:00+08:00");
    assert_eq!(v["due"], "2026-11-26T02:00:00Z");
    assert_eq!(v["target_business_days"], 1);
    // Thursday 10:00, the due instant: 900, at most 900.
    assert_eq!(verdict(&v), (900.into(), true.into()));
    // Thursday 02:00, the desk closed: 840.
    let v = single(&VIANET_B, at, "2026-11-26T02:00:00+08:00");
    assert_eq!(verdict(&v), (840.into(), true.into()));
    // Thursday 10:01: 901.
    let v = single(&VIANET_B, at, "2026-11-26T10:01:00+08:00");
    assert_eq!(verdict(&v), (901.into(), false.into()));
    // Submitted Wednesday 09:00: the 900 minutes end at 24:00, due Thursday 00:00 +08:00.
    // A response Thursday 08:00, after the due instant but before the desk reopens, has
    // 900 business minutes elapsed: at most the target, so met (business time, as counted).
    let v = single(
        &VIANET_B,
        "2026-11-25T09:00:00+08:00",
        "2026-11-26T08:00:00+08:00",
    );
    assert_eq!(v["due"], "2026-11-25T16:00:00Z");
    assert_eq!(verdict(&v), (900.into(), true.into()));
}

#[test]
fn business_days_on_a_desk_without_clock_times_count_days() {
    // 21Vianet billing B: 1 business day on the billing desk's days (Monday-Friday in
    // China, no clock times: reading 20). Submitted Wednesday 25 November: due by the end
    // of Thursday 26 November.
    let billing = [&VIANET_B[..], &["--about", "billing"]].concat();
    let at = "2026-11-25T10:00:00+08:00";
    // Thursday 20:00: 1 business day after the day of submission, at most 1.
    let v = single(&billing, at, "2026-11-26T20:00:00+08:00");
    assert_eq!(v["due_date"], "2026-11-26");
    assert_eq!(v["elapsed_minutes"], Value::Null);
    assert_eq!(v["elapsed_business_days"], 1);
    assert_eq!(v["met"], true);
    // Friday 27 November: 2 business days.
    let v = single(&billing, at, "2026-11-27T09:00:00+08:00");
    assert_eq!(v["elapsed_business_days"], 2);
    assert_eq!(v["met"], false);
}

#[test]
fn no_target_means_met_null_and_why() {
    // Best effort (Power BI community): nothing committed.
    let v = single(
        &words("--plan powerbi-community --sev B --region emea"),
        "2026-11-27T16:30:00+01:00",
        "2026-11-30T08:15:00+01:00",
    );
    assert_eq!(verdict(&v), (Value::Null, Value::Null));
    assert!(s(&v, "met_reason").starts_with("best effort"), "{v}");
    // A product supported through partners only: no Microsoft target (reading 19).
    let v = single(
        &[&PRODIRECT_B[..], &["--product", "business-central"]].concat(),
        "2026-11-27T16:30:00+01:00",
        "2026-11-30T08:15:00+01:00",
    );
    assert_eq!(verdict(&v), (Value::Null, Value::Null));
    assert!(s(&v, "met_reason").contains("partners only"), "{v}");
}

#[test]
fn without_responded_the_answer_has_none_of_its_fields() {
    let v = answer("sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00");
    for key in [
        "responded",
        "elapsed_minutes",
        "elapsed_business_days",
        "met",
        "met_reason",
    ] {
        assert!(v.get(key).is_none(), "{key} in {v}");
    }
}

#[test]
fn the_table_says_met_under_the_target() {
    // As in the first case: Monday 08:15, 105 business minutes of 120.
    let (code, out, err) = run(&words("sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00 --responded 2026-11-30T08:15:00+01:00"));
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[2], "Initial response  less than 2 hours");
    assert_eq!(
        lines[3],
        "Met               yes — responded after 105 business minutes of 120; the cell"
    );
    assert_eq!(lines[4].trim(), "asks less than 120 business minutes");
    assert!(
        out.contains("Responded  Mon 30 Nov 2026 08:15 +01:00"),
        "{out}"
    );
    // 21Vianet A at the due instant: the "or less" cell allows it.
    let (_, out, _) = run(&words("sla --plan 21vianet --sev A --at 2026-11-25T10:00:00+08:00 --responded 2026-11-25T11:00:00+08:00"));
    assert!(
        out.contains("Met               yes — responded after 60 minutes of 60; the cell allows 60\n                  minutes or less"),
        "{out}"
    );
}

#[test]
fn a_response_before_the_submission_is_an_error() {
    let err = refused("sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00 --responded 2026-11-27T16:29:59+01:00");
    assert_eq!(
        err.trim_end(),
        "support-advisor: error: --responded 2026-11-27T15:29:59Z is before the submission, --at 2026-11-27T15:30:00Z: a response cannot come before its request"
    );
    // --responded needs --at.
    let err = refused("sla --plan prodirect --sev B --responded 2026-11-27T16:29:59+01:00");
    assert!(err.contains("--at"), "{err}");
}

// ---------------------------------------------------------------------------------------
// Batch
// ---------------------------------------------------------------------------------------

/// The same cases as the single questions above, one ticket a line.
#[test]
fn batch_json_lines_carry_elapsed_minutes_and_met() {
    let list = holiday_list();
    let input = concat!(
        // 1-3: ProDirect B from Friday 16:30 (due Monday 08:30): 105 met, 120 not, 150 not.
        r#"{"id":1,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","responded":"2026-11-30T08:15:00+01:00"}"#,
        "\n",
        r#"{"id":2,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","responded":"2026-11-30T08:30:00+01:00"}"#,
        "\n",
        r#"{"id":3,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","responded":"2026-11-30T09:00:00+01:00"}"#,
        "\n",
        // 4: across Christmas (in the file): Thursday 17:00 to Monday 08:59, 60 + 59 = 119.
        r#"{"id":4,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-12-24T17:00:00+01:00","responded":"2026-12-28T08:59:00+01:00"}"#,
        "\n",
        // 5: Premier A 24/7, 03:00 to 04:00: 60, not below "< 1 uur".
        r#"{"id":5,"plan":"premier","severity":"A","region":"emea","submitted":"2026-11-28T03:00:00+01:00","responded":"2026-11-28T04:00:00+01:00"}"#,
        "\n",
        // 6: 21Vianet A "1 uur of minder": 10:00 to 11:00 +08:00, 60, at most 60.
        r#"{"id":6,"plan":"21vianet","severity":"A","submitted":"2026-11-25T10:00:00+08:00","responded":"2026-11-25T11:00:00+08:00"}"#,
        "\n",
        // 7: 21Vianet B "1 werkdag of minder": 840 + 60 = 900 business minutes, at most 900.
        r#"{"id":7,"plan":"21vianet","severity":"B","submitted":"2026-11-25T10:00:00+08:00","responded":"2026-11-26T10:00:00+08:00"}"#,
        "\n",
        // 8: no responded field: the line as without the feature.
        r#"{"id":8,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00"}"#,
        "\n",
        // 9: responded null: not yet answered.
        r#"{"id":9,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","responded":null}"#,
        "\n",
        // 10: best effort: nothing to meet.
        r#"{"id":10,"plan":"powerbi-community","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","responded":"2026-11-30T08:15:00+01:00"}"#,
        "\n",
        // 11: a response a second before the submission.
        r#"{"id":11,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","responded":"2026-11-27T16:29:59+01:00"}"#,
        "\n",
        // 12: an earlier answer fed back in: its elapsed_minutes and met are replaced.
        r#"{"id":12,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","responded":"2026-11-30T08:15:00+01:00","elapsed_minutes":1,"met":false}"#,
        "\n",
    );
    let (code, lines, err) = batch(&["--holidays", &list], input.as_bytes());
    assert_eq!(code, 1, "{lines:?}\n{err}");
    assert_eq!(lines.len(), 12);
    let expected: [(i64, bool); 7] = [
        (105, true),
        (120, false),
        (150, false),
        (119, true),
        (60, false),
        (60, true),
        (900, true),
    ];
    for (line, (minutes, met)) in lines.iter().zip(expected) {
        assert_eq!(verdict(line), (minutes.into(), met.into()), "{line}");
        assert!(line.get("met_reason").is_none(), "{line}");
    }
    for key in ["elapsed_minutes", "met", "met_reason"] {
        assert!(lines[7].get(key).is_none(), "{key} in {}", lines[7]);
    }
    assert_eq!(verdict(&lines[8]), (Value::Null, Value::Null));
    assert!(s(&lines[8], "met_reason").starts_with("no response given"));
    assert_eq!(verdict(&lines[9]), (Value::Null, Value::Null));
    assert!(s(&lines[9], "met_reason").starts_with("best effort"));
    assert_eq!(lines[10]["kind"], "responded-before-submitted");
    assert_eq!(lines[10]["line"], 11);
    assert_eq!(verdict(&lines[11]), (105.into(), true.into()));
    let text = lines[11].to_string();
    assert_eq!(text.matches("\"met\"").count(), 1, "{text}");
}

#[test]
fn batch_lines_without_responded_are_byte_for_byte_as_before() {
    let line = r#"{"id":1,"plan":"prodirect","severity":"B","region":"emea","submitted":"2026-11-27T16:30:00+01:00","met":"kept","elapsed_minutes":"kept"}"#;
    let out = cmd(&words("sla --batch"))
        .write_stdin(format!("{line}\n"))
        .output()
        .expect("runs");
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        format!(
            "{},\"target_minutes\":120,\"coverage\":\"business-hours\",\"due\":\"2026-11-30T07:30:00Z\",\"due_local\":\"2026-11-30T08:30:00+01:00\"}}\n",
            line.trim_end_matches('}')
        )
    );
}

/// CSV in, stdout and the exit code out.
fn csv_batch(args: &[&str], input: &str) -> (i32, String) {
    let mut all = vec!["sla", "--batch"];
    all.extend_from_slice(args);
    let out = cmd(&all).write_stdin(input).output().expect("runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("UTF-8"),
    )
}

#[test]
fn batch_csv_gets_the_columns_only_with_a_responded_column() {
    // The first single case's instants: 105 business minutes, met; at the due instant,
    // 120, not met; empty, not yet answered; before the submission, an error row.
    let (code, out) = csv_batch(
        &words("--csv --region emea"),
        "id,plan,severity,submitted,responded\n\
         1,prodirect,B,2026-11-27T16:30:00+01:00,2026-11-30T08:15:00+01:00\n\
         2,prodirect,B,2026-11-27T16:30:00+01:00,2026-11-30T08:30:00+01:00\n\
         3,prodirect,B,2026-11-27T16:30:00+01:00,\n\
         4,prodirect,B,2026-11-27T16:30:00+01:00,2026-11-27T16:00:00+01:00\n",
    );
    assert_eq!(code, 1, "{out}");
    let rows: Vec<&str> = out.lines().collect();
    assert_eq!(rows[0], "id,plan,severity,submitted,responded,target_minutes,target_business_days,coverage,due,due_local,elapsed_minutes,met,met_reason,error,error_kind");
    assert_eq!(rows[1], "1,prodirect,B,2026-11-27T16:30:00+01:00,2026-11-30T08:15:00+01:00,120,,business-hours,2026-11-30T07:30:00Z,2026-11-30T08:30:00+01:00,105,true,,,");
    assert_eq!(rows[2], "2,prodirect,B,2026-11-27T16:30:00+01:00,2026-11-30T08:30:00+01:00,120,,business-hours,2026-11-30T07:30:00Z,2026-11-30T08:30:00+01:00,120,false,,,");
    assert_eq!(rows[3], "3,prodirect,B,2026-11-27T16:30:00+01:00,,120,,business-hours,2026-11-30T07:30:00Z,2026-11-30T08:30:00+01:00,,,no response given: `responded` is empty,,");
    assert!(
        rows[4].ends_with(",responded-before-submitted"),
        "{}",
        rows[4]
    );
    // Without the column, the header and rows of before.
    let (code, out) = csv_batch(
        &words("--csv --region emea"),
        "id,plan,severity,submitted\n1,prodirect,B,2026-11-27T16:30:00+01:00\n",
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(
        out,
        "id,plan,severity,submitted,target_minutes,target_business_days,coverage,due,due_local,error,error_kind\n\
         1,prodirect,B,2026-11-27T16:30:00+01:00,120,,business-hours,2026-11-30T07:30:00Z,2026-11-30T08:30:00+01:00,,\n"
    );
}

#[test]
fn batch_csv_le_and_24x7_and_a_holiday() {
    let list = holiday_list();
    // As the single cases: Premier A 24/7 03:00 to 03:59:30, 59 whole minutes, met;
    // 21Vianet A 10:00 to 11:00:01 +08:00, more than "1 uur of minder"; ProDirect B across
    // Christmas, 60 + 60 = 120 at Monday 09:00, not below 120.
    let (code, out) = csv_batch(
        &["--csv", "--holidays", &list],
        "id,plan,severity,region,submitted,responded\n\
         a,premier,A,emea,2026-11-28T03:00:00+01:00,2026-11-28T03:59:30+01:00\n\
         b,21vianet,A,,2026-11-25T10:00:00+08:00,2026-11-25T11:00:01+08:00\n\
         c,prodirect,B,emea,2026-12-24T17:00:00+01:00,2026-12-28T09:00:00+01:00\n",
    );
    assert_eq!(code, 0, "{out}");
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split(',').collect()).collect();
    let (elapsed, met) = (rows[0].len() - 5, rows[0].len() - 4);
    assert_eq!(rows[0][elapsed], "elapsed_minutes");
    assert_eq!(rows[0][met], "met");
    assert_eq!((rows[1][elapsed], rows[1][met]), ("59", "true"));
    assert_eq!((rows[2][elapsed], rows[2][met]), ("60", "false"));
    assert_eq!((rows[3][elapsed], rows[3][met]), ("120", "false"));
}

#[test]
fn batch_profile_reads_responded_as_it_reads_submitted() {
    // Zendesk's profile with a column for the first reply, in the account's zone (Pacific,
    // -08:00 in February 2020), without an offset.
    let dir = temp_dir("met-profile");
    let profile = dir.join("zendesk-replies.toml");
    let base = std::fs::read_to_string(manifest_dir().join("examples/profiles/zendesk.toml"))
        .expect("profile");
    std::fs::write(
        &profile,
        base.replace(
            "severity = \"Priority\"",
            "severity = \"Priority\"\nresponded = \"First reply at\"",
        ),
    )
    .expect("write");
    let profile = profile.to_str().expect("UTF-8 path");
    let (code, out) = csv_batch(
        &["--profile", profile, "--region", "north-america"],
        "Id,Subject,Priority,Created at,First reply at\n\
         4711,Teams calls drop,Urgent,2020-02-19 01:54:52,2020-02-19 02:50:00\n\
         4712,Mailbox quota,Normal,2020-02-20 16:30:00,2020-02-21 07:00:00\n",
    );
    assert_eq!(code, 0, "{out}");
    let rows: Vec<Vec<&str>> = out.lines().map(|l| l.split(',').collect()).collect();
    let at = |name: &str| rows[0].iter().position(|c| *c == name).expect(name);
    // 4711: Urgent = A, ProDirect A "< 1 uur, dag en nacht": 01:54:52 to 02:50:00 is
    // 55 min 8 s, 55 whole minutes, met.
    assert_eq!(rows[1][at("elapsed_minutes")], "55");
    assert_eq!(rows[1][at("met")], "true");
    // 4712: Normal = C, ProDirect C "< 4 uur" in north-america's 06:00-18:00 Pacific:
    // Thursday 16:30-18:00 counts 90, Friday 06:00-07:00 60: 150 of 240, met.
    assert_eq!(rows[2][at("elapsed_minutes")], "150");
    assert_eq!(rows[2][at("met")], "true");
}

#[test]
fn a_response_more_than_ten_years_on_is_refused_not_counted() {
    // Open time is counted a day at a time: a typo's year is refused, not walked.
    let (code, lines, _) = batch(
        &[],
        br#"{"id":1,"plan":"prodirect","severity":"B","region":"emea","submitted":"1900-01-01T10:00:00Z","responded":"9000-12-31T10:00:00Z"}"#,
    );
    assert_eq!(code, 1);
    assert_eq!(lines[0]["kind"], "bad-time");
    assert!(
        s(&lines[0], "error").contains("more than ten years"),
        "{}",
        lines[0]
    );
}

#[test]
fn a_response_more_than_ten_years_later_is_refused_to_the_minute() {
    // 2026-11-27 + 3,653 days (ten years, three of them leap years) is 2036-11-27: at the
    // same instant the response is counted, a minute later it is refused.
    let (code, out, err) = run(&words("sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00 --responded 2036-11-27T16:30:00+01:00 --json"));
    assert_eq!(code, 0, "{err}");
    let answer: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(answer["met"], false, "{answer}");
    let err = refused("sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00 --responded 2036-11-27T16:31:00+01:00");
    assert!(err.contains("more than ten years after"), "{err}");
}
