//! Issue 24: `sla --batch` says which version of the rules judged each ticket, through the
//! real binary, with the worked example layer `examples/rules-2025` (a revision of
//! `power-platform` in force from 2025-07-31: from that UTC day Premier's Power Platform
//! row is gone from the table, and `subscription` is named "Standard", with `standard` as
//! an alias; before it `standard` is no plan).
//!
//! Every due instant is worked out by hand on the emea calendar: Monday to Friday
//! 08:00-18:00 Europe/Paris, +02:00 (summer time) on every day here, no holiday file.
//! 2025-07-30 is a Wednesday, 2025-07-31 a Thursday, 2025-08-01 a Friday, 2025-08-04 a
//! Monday. The cells: ProDirect B "< 2 uur" in both versions (120 business minutes);
//! Premier A "< 1 uur, dag en nacht" in the first (60 minutes around the clock);
//! standard B "Less than four hours; business hours access" in the revision (240 business
//! minutes).

use serde_json::Value;

use crate::common::*;
use crate::due::batch;

const RULES: [&str; 2] = ["--rules", "examples/rules-2025"];

/// The tickets, one a line, spanning the change day.
fn tickets() -> Vec<u8> {
    [
        // 1. ProDirect B, Wednesday 30 July 17:00 +02:00 (earlier version): 17:00-18:00
        //    counts 60 minutes, Thursday 08:00-09:00 the last 60: due 09:00 +02:00 = 07:00Z.
        r#"{"id":1,"plan":"prodirect","severity":"B","region":"emea","submitted":"2025-07-30T15:00:00Z"}"#,
        // 2. The last second of 30 July UTC (01:59:59 on the 31st in Paris): still the
        //    earlier version, the day being the UTC date. Closed until Thursday 08:00, then
        //    120 minutes: due 10:00 +02:00 = 08:00Z.
        r#"{"id":2,"plan":"prodirect","severity":"B","region":"emea","submitted":"2025-07-30T23:59:59Z"}"#,
        // 3. 00:00Z of 31 July, the revision's first day: the same count, due 08:00Z.
        r#"{"id":3,"plan":"prodirect","severity":"B","region":"emea","submitted":"2025-07-31T00:00:00Z"}"#,
        // 4. Friday 1 August 16:30 +02:00: 16:30-18:00 counts 90, Monday 4 August
        //    08:00-08:30 the last 30: due 08:30 +02:00 = 06:30Z.
        r#"{"id":4,"plan":"prodirect","severity":"B","region":"emea","submitted":"2025-08-01T16:30:00+02:00"}"#,
        // 5. Subscription A before the change: 60 minutes around the clock, 12:00Z →
        //    13:00Z, 15:00 +02:00 on the emea calendar's clock.
        r#"{"id":5,"plan":"premier","severity":"A","region":"emea","submitted":"2025-07-30T12:00:00Z"}"#,
        // 6. Subscription A after it: the revision gives the plan no target.
        r#"{"id":6,"plan":"premier","severity":"A","region":"emea","submitted":"2025-08-01T12:00:00Z"}"#,
        // 7. Standard B before the change: no such plan yet.
        r#"{"id":7,"plan":"standard","severity":"B","region":"emea","submitted":"2025-07-30T12:00:00Z"}"#,
        // 8. Standard B after it, Friday 1 August 14:00Z = 16:00 +02:00: 16:00-18:00 counts
        //    120 of the 240 business minutes; Saturday and Sunday are closed; Monday
        //    4 August 08:00-10:00 counts the other 120: due 10:00 +02:00 = 08:00Z.
        r#"{"id":8,"plan":"standard","severity":"B","region":"emea","submitted":"2025-08-01T14:00:00Z"}"#,
    ]
    .join("\n")
    .into_bytes()
}

/// The line of ticket `id`.
fn line(lines: &[Value], id: u64) -> &Value {
    lines
        .iter()
        .find(|l| l["id"] == id)
        .unwrap_or_else(|| panic!("no line for id {id}: {lines:?}"))
}

/// (`due`, `due_local`, `in_force_from`) of an answered line.
fn judged(v: &Value) -> (&str, &str, &Value) {
    assert!(v.get("error").is_none(), "answered: {v}");
    (s(v, "due"), s(v, "due_local"), &v["in_force_from"])
}

#[test]
fn json_lines_say_which_version_judged_each_ticket() {
    let (code, lines, err) = batch(&RULES, &tickets());
    assert_eq!(code, 1, "two tickets fail: {lines:?}\n{err}");
    assert_eq!(lines.len(), 8);
    let null = Value::Null;
    let revision = Value::from("2025-07-31");
    for (id, due, due_local, from) in [
        (
            1,
            "2025-07-31T07:00:00Z",
            "2025-07-31T09:00:00+02:00",
            &null,
        ),
        (
            2,
            "2025-07-31T08:00:00Z",
            "2025-07-31T10:00:00+02:00",
            &null,
        ),
        (
            3,
            "2025-07-31T08:00:00Z",
            "2025-07-31T10:00:00+02:00",
            &revision,
        ),
        (
            4,
            "2025-08-04T06:30:00Z",
            "2025-08-04T08:30:00+02:00",
            &revision,
        ),
        (
            5,
            "2025-07-30T13:00:00Z",
            "2025-07-30T15:00:00+02:00",
            &null,
        ),
        (
            8,
            "2025-08-04T08:00:00Z",
            "2025-08-04T10:00:00+02:00",
            &revision,
        ),
    ] {
        let v = line(&lines, id);
        assert_eq!(judged(v), (due, due_local, from), "ticket {id}: {v}");
        // The key is there, null included.
        assert!(v
            .as_object()
            .is_some_and(|o| o.contains_key("in_force_from")));
    }
    for id in [1, 2, 3, 4] {
        assert_eq!(line(&lines, id)["target_minutes"], 120);
    }
    assert_eq!(line(&lines, 5)["target_minutes"], 60);
    assert_eq!(line(&lines, 5)["coverage"], "24x7");
    assert_eq!(line(&lines, 8)["target_minutes"], 240);
    assert_eq!(line(&lines, 8)["coverage"], "business-hours");

    // The errors name the rules of the ticket's day; error lines carry no in_force_from.
    let v = line(&lines, 6);
    assert_eq!(v["kind"], "no-such-target", "{v}");
    assert!(
        s(v, "error").ends_with(" (by the rules in force from 2025-07-31; the rules in force before 2025-07-31 answer it: give --as-of 2025-07-30)"),
        "{v}"
    );
    assert!(v.get("in_force_from").is_none());
    let v = line(&lines, 7);
    assert_eq!(v["kind"], "unknown-id", "{v}");
    assert!(s(v, "error").starts_with("unknown plan `standard`"), "{v}");
    assert!(
        s(v, "error").ends_with(" (by the rules in force before 2025-07-31; the rules in force from 2025-07-31 answer it: give --as-of 2025-07-31)"),
        "{v}"
    );
    assert!(v.get("in_force_from").is_none());
    assert!(
        err.contains("2 of 8 tickets failed (first on line 6)"),
        "{err}"
    );
}

#[test]
fn in_force_from_comes_after_due_local_and_before_the_response() {
    let input = br#"{"id":1,"plan":"prodirect","severity":"B","region":"emea","submitted":"2025-07-30T15:00:00Z","responded":"2025-07-31T07:00:00Z"}"#;
    let (code, stdout, err) =
        run_stdin(&["sla", "--batch", "--rules", "examples/rules-2025"], input);
    assert_eq!(code, 0, "{err}");
    // 60 minutes on Wednesday and 60 on Thursday: responded at the due instant, not below
    // "< 2 uur".
    assert_eq!(
        stdout,
        "{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"region\":\"emea\",\"submitted\":\"2025-07-30T15:00:00Z\",\"responded\":\"2025-07-31T07:00:00Z\",\"target_minutes\":120,\"coverage\":\"business-hours\",\"due\":\"2025-07-31T07:00:00Z\",\"due_local\":\"2025-07-31T09:00:00+02:00\",\"in_force_from\":null,\"elapsed_minutes\":120,\"met\":false}\n"
    );
}

#[test]
fn as_of_judges_every_ticket_by_that_days_rules() {
    let (code, lines, err) = batch(
        &["--rules", "examples/rules-2025", "--as-of", "2025-07-30"],
        &tickets(),
    );
    assert_eq!(code, 1, "{lines:?}\n{err}");
    assert_eq!(lines.len(), 8);
    // Every answer by the earlier version: the same dues for ProDirect, Premier A
    // answered after the change day too (60 minutes around the clock: 12:00Z → 13:00Z).
    for id in [1, 2, 3, 4, 5, 6] {
        assert_eq!(
            line(&lines, id)["in_force_from"],
            Value::Null,
            "ticket {id}"
        );
    }
    assert_eq!(s(line(&lines, 3), "due"), "2025-07-31T08:00:00Z");
    assert_eq!(s(line(&lines, 4), "due"), "2025-08-04T06:30:00Z");
    let v = line(&lines, 6);
    assert_eq!(
        judged(v),
        (
            "2025-08-01T13:00:00Z",
            "2025-08-01T15:00:00+02:00",
            &Value::Null
        )
    );
    // Standard exists in neither ticket's version here.
    for id in [7, 8] {
        let v = line(&lines, id);
        assert_eq!(v["kind"], "unknown-id", "{v}");
        assert!(
            s(v, "error").ends_with(" (by the rules in force before 2025-07-31; the rules in force from 2025-07-31 answer it: give --as-of 2025-07-31)"),
            "{v}"
        );
    }
}

#[test]
fn the_built_in_rules_alone_write_no_in_force_from() {
    let (code, stdout, err) = run_stdin(&["sla", "--batch"], &tickets());
    assert_eq!(code, 1, "standard is unknown: {err}");
    assert!(!stdout.contains("in_force_from"), "{stdout}");
    assert!(!stdout.contains("by the rules in force"), "{stdout}");
    // Byte for byte as before versions existed.
    assert_eq!(
        stdout.lines().next(),
        Some("{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"region\":\"emea\",\"submitted\":\"2025-07-30T15:00:00Z\",\"target_minutes\":120,\"coverage\":\"business-hours\",\"due\":\"2025-07-31T07:00:00Z\",\"due_local\":\"2025-07-31T09:00:00+02:00\"}")
    );
    // An in_force_from in the input is not the tool's here: passed through untouched.
    let fed = br#"{"id":1,"plan":"prodirect","severity":"B","region":"emea","submitted":"2025-07-30T15:00:00Z","in_force_from":"2025-07-31"}"#;
    let (code, stdout, _) = run_stdin(&["sla", "--batch"], fed);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"region\":\"emea\",\"submitted\":\"2025-07-30T15:00:00Z\",\"in_force_from\":\"2025-07-31\",\"target_minutes\":120,\"coverage\":\"business-hours\",\"due\":\"2025-07-31T07:00:00Z\",\"due_local\":\"2025-07-31T09:00:00+02:00\"}\n"
    );
    // CSV: no in_force_from column.
    let csv = b"id,plan,severity,region,submitted\n1,prodirect,B,emea,2025-07-30T15:00:00Z\n";
    let (code, stdout, _) = run_stdin(&["sla", "--batch", "--csv"], csv);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "id,plan,severity,region,submitted,target_minutes,target_business_days,coverage,due,due_local,error,error_kind\n\
         1,prodirect,B,emea,2025-07-30T15:00:00Z,120,,business-hours,2025-07-31T07:00:00Z,2025-07-31T09:00:00+02:00,,\n"
    );
}

#[test]
fn a_fed_back_in_force_from_is_replaced_once() {
    // A run's own output fed back, its in_force_from wrong (and alone: no other answer
    // field), then with every answer field.
    let input = [
        r#"{"id":1,"plan":"prodirect","severity":"B","region":"emea","submitted":"2025-08-01T16:30:00+02:00","in_force_from":null}"#,
        r#"{"id":2,"in_force_from":"1999-01-01","plan":"premier","severity":"A","region":"emea","submitted":"2025-07-30T12:00:00Z","target_minutes":1,"coverage":"x","due":"x","due_local":"x"}"#,
    ]
    .join("\n");
    let (code, stdout, err) = run_stdin(
        &["sla", "--batch", "--rules", "examples/rules-2025"],
        input.as_bytes(),
    );
    assert_eq!(code, 0, "{err}");
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        lines,
        [
            "{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"region\":\"emea\",\"submitted\":\"2025-08-01T16:30:00+02:00\",\"target_minutes\":120,\"coverage\":\"business-hours\",\"due\":\"2025-08-04T06:30:00Z\",\"due_local\":\"2025-08-04T08:30:00+02:00\",\"in_force_from\":\"2025-07-31\"}",
            "{\"id\":2,\"plan\":\"premier\",\"severity\":\"A\",\"region\":\"emea\",\"submitted\":\"2025-07-30T12:00:00Z\",\"target_minutes\":60,\"coverage\":\"24x7\",\"due\":\"2025-07-30T13:00:00Z\",\"due_local\":\"2025-07-30T15:00:00+02:00\",\"in_force_from\":null}",
        ]
    );
    // Fed back again: the same bytes.
    let (_, again, _) = run_stdin(
        &["sla", "--batch", "--rules", "examples/rules-2025"],
        stdout.as_bytes(),
    );
    assert_eq!(again, stdout);
}

#[test]
fn csv_rows_get_an_in_force_from_column() {
    let csv = "ID,Plan,Severity,Region,Submitted\n\
               1,prodirect,B,emea,2025-07-30T15:00:00Z\n\
               3,prodirect,B,emea,2025-07-31T00:00:00Z\n\
               5,premier,A,emea,2025-07-30T12:00:00Z\n\
               6,premier,A,emea,2025-08-01T12:00:00Z\n\
               7,standard,B,emea,2025-07-30T12:00:00Z\n\
               8,standard,B,emea,2025-08-01T14:00:00Z\n";
    let (code, stdout, err) = run_stdin(
        &["sla", "--batch", "--csv", "--rules", "examples/rules-2025"],
        csv.as_bytes(),
    );
    assert_eq!(code, 1, "{err}");
    let rows = csv_rows(&stdout);
    assert_eq!(
        rows[0],
        "ID,Plan,Severity,Region,Submitted,target_minutes,target_business_days,coverage,due,due_local,in_force_from,error,error_kind"
            .split(',')
            .collect::<Vec<_>>()
    );
    let at = |row: &[String], name: &str| {
        let i = rows[0].iter().position(|c| c == name).expect("column");
        row[i].clone()
    };
    // (id, due, due_local, in_force_from): the cases of the JSON Lines test, an empty
    // cell for the span before the revision.
    for (row, (due, due_local, from)) in rows[1..].iter().zip([
        ("2025-07-31T07:00:00Z", "2025-07-31T09:00:00+02:00", ""),
        (
            "2025-07-31T08:00:00Z",
            "2025-07-31T10:00:00+02:00",
            "2025-07-31",
        ),
        ("2025-07-30T13:00:00Z", "2025-07-30T15:00:00+02:00", ""),
        ("", "", ""),
        ("", "", ""),
        (
            "2025-08-04T08:00:00Z",
            "2025-08-04T10:00:00+02:00",
            "2025-07-31",
        ),
    ]) {
        assert_eq!(
            (
                at(row, "due"),
                at(row, "due_local"),
                at(row, "in_force_from")
            ),
            (due.to_string(), due_local.to_string(), from.to_string()),
            "{row:?}"
        );
    }
    assert_eq!(at(&rows[4], "error_kind"), "no-such-target");
    assert!(at(&rows[4], "error").ends_with(" (by the rules in force from 2025-07-31; the rules in force before 2025-07-31 answer it: give --as-of 2025-07-30)"));
    assert_eq!(at(&rows[5], "error_kind"), "unknown-id");
    assert!(at(&rows[5], "error").ends_with(" (by the rules in force before 2025-07-31; the rules in force from 2025-07-31 answer it: give --as-of 2025-07-31)"));

    // The column fed back is replaced where it stands, not repeated.
    let fed = "id,in_force_from,plan,severity,region,submitted\n1,1999-01-01,prodirect,B,emea,2025-08-01T16:30:00+02:00\n";
    let (code, stdout, _) = run_stdin(
        &["sla", "--batch", "--csv", "--rules", "examples/rules-2025"],
        fed.as_bytes(),
    );
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        "id,in_force_from,plan,severity,region,submitted,target_minutes,target_business_days,coverage,due,due_local,error,error_kind\n\
         1,2025-07-31,prodirect,B,emea,2025-08-01T16:30:00+02:00,120,,business-hours,2025-08-04T06:30:00Z,2025-08-04T08:30:00+02:00,,\n"
    );
}

/// Runs the binary with `input` on stdin; (exit code, stdout, stderr).
fn run_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let out = cmd(args)
        .write_stdin(input.to_vec())
        .output()
        .expect("binary runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// CSV text as rows of cells.
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(text.as_bytes())
        .records()
        .map(|r| r.expect("CSV").iter().map(str::to_string).collect())
        .collect()
}
