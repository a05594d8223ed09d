//! Issue 22 (items 1-5): times, zone names, columns and separators as helpdesk exports
//! write them, through the real binary, with the values worked out by hand.

use serde_json::Value;

use crate::common::*;

/// Runs `sla --batch` with `args` on `input`; returns (exit code, stdout bytes, stderr).
fn batch_bytes(args: &[&str], input: &[u8]) -> (i32, Vec<u8>, String) {
    let mut all = vec!["sla", "--batch"];
    all.extend_from_slice(args);
    let out = cmd(&all).write_stdin(input).output().expect("binary runs");
    (
        out.status.code().expect("exited"),
        out.stdout,
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    )
}

/// JSON Lines in, the answer lines out.
fn batch_lines(args: &[&str], input: &str) -> (i32, Vec<Value>, String) {
    let (code, out, err) = batch_bytes(args, input.as_bytes());
    let lines = String::from_utf8(out)
        .expect("UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect();
    (code, lines, err)
}

/// CSV in, the rows out as (header → cell) maps, read with `delimiter`.
fn csv_rows(out: &[u8], delimiter: u8) -> Vec<std::collections::HashMap<String, String>> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .from_reader(out.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(out));
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|row| {
            let row = row.expect("a row");
            header
                .iter()
                .cloned()
                .zip(row.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

fn due_of(args: &[&str]) -> String {
    let v = json(args);
    s(&v, "due").to_string()
}

// --- 1. Local times with a zone --------------------------------------------------------

#[test]
fn a_local_at_is_read_in_tz() {
    // Saturday 5 December 2026 14:30 in Madrid: EMEA opens Monday 08:00 Paris, 60
    // business minutes later is 09:00 +01:00 = 08:00Z.
    assert_eq!(
        due_of(&[
            "sla",
            "--minutes",
            "60",
            "--region",
            "emea",
            "--at",
            "2026-12-05 14:30",
            "--tz",
            "Europe/Madrid"
        ]),
        "2026-12-07T08:00:00Z"
    );
    // The same instant written with its offset.
    assert_eq!(
        due_of(&words(
            "sla --minutes 60 --region emea --at 2026-12-05T14:30:00+01:00"
        )),
        "2026-12-07T08:00:00Z"
    );
}

#[test]
fn a_local_at_without_a_zone_names_the_flag() {
    let err = usage_error(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-12-05 14:30",
    ]);
    assert!(err.contains("no zone is given: add --tz ZONE"), "{err}");
}

#[test]
fn a_local_time_daylight_saving_skips_or_repeats_is_refused_with_both_instants() {
    // Madrid, 29 March 2026: 02:00 → 03:00, so 02:30 is never on a clock.
    let err = usage_error(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-03-29 02:30",
        "--tz",
        "Europe/Madrid",
    ]);
    assert!(
        err.contains("2026-03-29T02:30:00+01:00") && err.contains("2026-03-29T02:30:00+02:00"),
        "{err}"
    );
    // 25 October 2026: 03:00 → 02:00, so 02:30 happens twice.
    let err = usage_error(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-10-25 02:30",
        "--tz",
        "Europe/Madrid",
    ]);
    assert!(
        err.contains("2026-10-25T02:30:00+02:00") && err.contains("2026-10-25T02:30:00+01:00"),
        "{err}"
    );
}

#[test]
fn batch_local_times_take_the_row_zone_then_input_tz_then_tz() {
    let input = concat!(
        r#"{"id":1,"target_minutes":60,"region":"emea","submitted":"2026-12-05 14:30","time_zone":"Europe/Madrid"}"#,
        "\n",
        r#"{"id":2,"target_minutes":60,"region":"emea","submitted":"2026-12-04 17:30"}"#,
        "\n",
        r#"{"id":3,"target_minutes":60,"region":"north-america","submitted":"2026-03-08 02:30","time_zone":"America/Los_Angeles"}"#,
        "\n",
    );
    let (code, lines, err) = batch_lines(&[], input);
    assert_eq!(code, 1, "{err}");
    assert_eq!(s(&lines[0], "due"), "2026-12-07T08:00:00Z");
    assert_eq!(s(&lines[1], "kind"), "bad-time");
    assert!(
        s(&lines[1], "error").contains("add --input-tz ZONE"),
        "{}",
        lines[1]
    );
    // Los Angeles, 8 March 2026: 02:00 → 03:00.
    assert_eq!(s(&lines[2], "kind"), "bad-time");
    let error = s(&lines[2], "error");
    assert!(
        error.contains("2026-03-08T02:30:00-08:00") && error.contains("2026-03-08T02:30:00-07:00"),
        "{error}"
    );
    // Friday 4 December 17:30 in Madrid: 30 minutes to 18:00, 30 on Monday: 08:30 +01:00.
    // --input-tz is the zone the whole export writes its times in: it comes first, so
    // line 3's 02:30 is Madrid's (there on the clock: 01:30Z, Sunday), not Los Angeles'.
    let (code, lines, err) = batch_lines(&words("--input-tz Europe/Madrid"), input);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s(&lines[1], "due"), "2026-12-07T07:30:00Z");
    // Monday 9 March 06:00 -07:00 + 60 minutes = 14:00Z.
    assert_eq!(s(&lines[2], "due"), "2026-03-09T14:00:00Z");
    let (_, lines, _) = batch_lines(&words("--tz Europe/Madrid"), input);
    assert_eq!(s(&lines[1], "due"), "2026-12-07T07:30:00Z");
}

// --- 2. The forms exports use ----------------------------------------------------------

#[test]
fn the_forms_exports_write_are_read() {
    // Jira: fractional seconds and an offset without a colon; 60 business minutes from
    // 08:41:23Z (09:41:23 Paris, open) is 09:41:23Z.
    let jira =
        r#"{"target_minutes":60,"region":"emea","submitted":"2024-03-12T09:41:23.000+0100"}"#;
    let (code, lines, err) = batch_lines(&[], jira);
    assert_eq!(code, 0, "{err}");
    assert_eq!(s(&lines[0], "due"), "2024-03-12T09:41:23Z");
    // The same instant in every other form.
    for at in [
        "2024-03-12 08:41:23Z",
        "2024-03-12T08:41:23.5Z",
        "2024-03-12 08:41:23 UTC",
        "2024-03-12T09:41:23+01",
        "2024-03-12 09:41:23.000 +01:00",
    ] {
        assert_eq!(
            due_of(&["sla", "--minutes", "60", "--region", "emea", "--at", at]),
            "2024-03-12T09:41:23Z",
            "{at}"
        );
    }
    // Zendesk: a space for `T`, no offset, in the zone given.
    assert_eq!(
        due_of(&[
            "sla",
            "--minutes",
            "60",
            "--region",
            "north-america",
            "--at",
            "2020-02-19 08:54:52",
            "--tz",
            "America/Los_Angeles"
        ]),
        "2020-02-19T17:54:52Z"
    );
}

#[test]
fn day_first_dates_need_a_time_format() {
    // `08/01/2025` is 8 January or 1 August: never guessed.
    let err = usage_error(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "08/01/2025 15:00",
    ]);
    assert!(
        err.contains("never guessed") && err.contains("--time-format"),
        "{err}"
    );
    let input = r#"{"target_minutes":60,"region":"emea","submitted":"08/01/2025 15:00"}"#;
    let (code, lines, _) = batch_lines(&words("--input-tz Europe/Amsterdam"), input);
    assert_eq!(code, 1);
    assert_eq!(s(&lines[0], "kind"), "bad-time");
    // Day first: Wednesday 8 January 15:00 +01:00 = 14:00Z, due an hour later.
    let (code, lines, err) = batch_lines(
        &[
            "--input-tz",
            "Europe/Amsterdam",
            "--time-format",
            "%d/%m/%Y %H:%M",
        ],
        input,
    );
    assert_eq!(code, 0, "{err}");
    assert_eq!(s(&lines[0], "due"), "2025-01-08T15:00:00Z");
    // Month first: Friday 1 August 15:00 +02:00 = 13:00Z.
    let (_, lines, _) = batch_lines(
        &[
            "--input-tz",
            "Europe/Amsterdam",
            "--time-format",
            "%m/%d/%Y %H:%M",
        ],
        input,
    );
    assert_eq!(s(&lines[0], "due"), "2025-08-01T14:00:00Z");
    let err = refused("sla --batch --time-format %Q");
    assert!(err.contains("not a strftime format"), "{err}");
}

// --- 3. Zone names as helpdesks export them ---------------------------------------------

#[test]
fn helpdesk_zone_names_in_tz_and_time_zone() {
    // W. Europe Standard Time is Europe/Berlin: Friday 4 December 2026 17:30 +01:00.
    // Pacific Time (US & Canada) is America/Los_Angeles: 17:30 -08:00, 30 minutes to
    // 18:00, then Monday 06:00 + 30 = 06:30 -08:00 = 14:30Z.
    for (zone, region, due) in [
        ("W. Europe Standard Time", "emea", "2026-12-07T07:30:00Z"),
        (
            "Pacific Time (US & Canada)",
            "north-america",
            "2026-12-07T14:30:00Z",
        ),
        (
            "(GMT-08:00) Pacific Time (US & Canada)",
            "north-america",
            "2026-12-07T14:30:00Z",
        ),
    ] {
        assert_eq!(
            due_of(&[
                "sla",
                "--minutes",
                "60",
                "--region",
                region,
                "--at",
                "2026-12-04 17:30",
                "--tz",
                zone
            ]),
            due,
            "--tz {zone}"
        );
        let line = serde_json::json!({
            "target_minutes": 60, "region": region, "submitted": "2026-12-04 17:30",
            "time_zone": zone,
        });
        let (code, lines, err) = batch_lines(&[], &line.to_string());
        assert_eq!(code, 0, "{err}");
        assert_eq!(s(&lines[0], "due"), due, "time_zone {zone}");
    }
}

// --- 4. Export profiles ---------------------------------------------------------------

/// Answers a fixture export with its profile in examples/profiles/.
fn profiled(helpdesk: &str, region: &str) -> (i32, Vec<u8>, String) {
    let root = manifest_dir();
    let profile = root.join(format!("examples/profiles/{helpdesk}.toml"));
    let input = std::fs::read(root.join(format!("tests/fixtures/exports/{helpdesk}.csv")))
        .expect("fixture");
    batch_bytes(
        &[
            "--profile",
            profile.to_str().expect("UTF-8 path"),
            "--region",
            region,
        ],
        &input,
    )
}

#[test]
fn zendesk_profile() {
    let (code, out, err) = profiled("zendesk", "north-america");
    assert_eq!(code, 1, "{err}");
    let rows = csv_rows(&out, b',');
    // 2020-02-19 01:54:52 Pacific (-08:00) = 09:54:52Z; Urgent → A, 24/7, one hour.
    assert_eq!(rows[0]["Id"], "4711");
    assert_eq!(rows[0]["due"], "2020-02-19T10:54:52Z");
    // Thursday 16:30 -08:00, Normal → C, 240 minutes: 90 to 18:00, 150 from Friday 06:00.
    assert_eq!(rows[1]["due"], "2020-02-21T16:30:00Z");
    // A priority the profile does not map is not guessed.
    assert_eq!(rows[2]["error_kind"], "unmapped-priority");
    assert!(
        rows[2]["error"].contains("`Critical`"),
        "{}",
        rows[2]["error"]
    );
}

#[test]
fn freshdesk_profile_with_semicolons_bom_and_crlf_kept() {
    let (code, out, err) = profiled("freshdesk", "emea");
    assert_eq!(code, 0, "{err}");
    // The profile names the separator: nothing detected, nothing said.
    assert!(err.is_empty(), "{err}");
    assert!(out.starts_with(b"\xEF\xBB\xBFTicket ID;"), "{out:?}");
    assert!(out.ends_with(b"\r\n"));
    let rows = csv_rows(&out, b';');
    // 08/01/2025 15:00 Amsterdam = 14:00Z; Urgent → A, one hour.
    assert_eq!(rows[0]["due"], "2025-01-08T15:00:00Z");
    // 09/01/2025 17:45 +01:00, Low → C: 15 minutes to 18:00, 225 from Friday 08:00.
    assert_eq!(rows[1]["due"], "2025-01-10T10:45:00Z");
    // The export's own `Product` column is not read as the contract's product.
    assert_eq!(rows[1]["error"], "");
}

#[test]
fn jira_service_management_profile() {
    let (code, out, err) = profiled("jira-service-management", "north-america");
    assert_eq!(code, 1, "{err}");
    let rows = csv_rows(&out, b',');
    // 12/Mar/24 9:41 AM Berlin (+01:00) = 08:41Z; Highest → A, one hour.
    assert_eq!(rows[0]["Issue key"], "ITSM-42");
    assert_eq!(rows[0]["due"], "2024-03-12T09:41:00Z");
    // 5:30 PM Berlin = 16:30Z = 09:30 PDT; Medium → C, 240 minutes: 13:30 PDT = 20:30Z.
    assert_eq!(rows[1]["due"], "2024-03-12T20:30:00Z");
    assert_eq!(rows[2]["error_kind"], "unmapped-priority");
}

#[test]
fn servicenow_profile_with_tabs() {
    let (code, out, err) = profiled("servicenow", "north-america");
    assert_eq!(code, 0, "{err}");
    // Detected and said, and the output written with tabs.
    assert!(err.contains("separated by `tab`"), "{err}");
    let rows = csv_rows(&out, b'\t');
    // 09:41:23 EDT (-04:00) = 13:41:23Z; 1 - Critical → A, one hour.
    assert_eq!(rows[0]["number"], "INC0010001");
    assert_eq!(rows[0]["due"], "2024-03-12T14:41:23Z");
    // 16:10 EDT = 13:10 PDT; 3 - Moderate → C, 240 minutes: 17:10 PDT = 00:10Z.
    assert_eq!(rows[1]["due"], "2024-03-13T00:10:00Z");
}

#[test]
fn a_bad_profile_is_one_line() {
    let dir = temp_dir("profile");
    let bad_toml = dir.join("bad.toml");
    std::fs::write(&bad_toml, "[columns]\nsubmited = \"Created at\"\n").expect("write");
    let err = usage_error(&[
        "sla",
        "--batch",
        "--profile",
        bad_toml.to_str().expect("UTF-8"),
    ]);
    assert!(err.contains("line 2") && err.contains("submited"), "{err}");
    let missing = dir.join("missing.toml");
    std::fs::write(&missing, "[columns]\nsubmitted = \"Opened\"\n").expect("write");
    let mut c = cmd(&[
        "sla",
        "--batch",
        "--profile",
        missing.to_str().expect("UTF-8"),
    ]);
    let out = c
        .write_stdin("Id,Created at,Priority\n1,2020-02-19 01:54:52,Urgent\n")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("column `Opened`, which the CSV header lacks"),
        "{err}"
    );
}

// --- 5. Separators ----------------------------------------------------------------------

#[test]
fn semicolons_are_read_and_written_back_with_bom_and_crlf() {
    let input =
        "\u{feff}id;target_minutes;region;submitted\r\n1;60;emea;2026-12-04T17:30:00+01:00\r\n";
    let (code, out, err) = batch_bytes(&["--csv"], input.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("separated by `;`"), "{err}");
    let text = String::from_utf8(out).expect("UTF-8");
    assert!(
        text.starts_with("\u{feff}id;target_minutes;region;submitted;"),
        "{text}"
    );
    assert!(
        text.ends_with("\r\n") && !text.replace("\r\n", "").contains('\n'),
        "{text}"
    );
    assert!(text.contains(";2026-12-07T07:30:00Z;"), "{text}");
    // Said: nothing is noted.
    let (code, _, err) = batch_bytes(&words("--csv --delimiter ;"), input.as_bytes());
    assert_eq!(code, 0);
    assert!(err.is_empty(), "{err}");
    // Without BOM and CRLF, none is added.
    let (_, out, _) = batch_bytes(
        &words("--csv --delimiter tab"),
        b"id\ttarget_minutes\tregion\tsubmitted\n1\t60\temea\t2026-12-04T17:30:00+01:00\n",
    );
    assert!(out.starts_with(b"id\t") && !out.contains(&b'\r'), "{out:?}");
}

#[test]
fn separators_and_profiles_refused_by_name() {
    let err = refused("sla --batch --csv --delimiter x");
    assert!(err.contains("give `,`, `;`, `|` or `tab`"), "{err}");
    let err = refused("sla --batch --delimiter ;");
    assert!(err.contains("--delimiter is for CSV"), "{err}");
    let dir = temp_dir("profile-values");
    let zone = dir.join("zone.toml");
    std::fs::write(&zone, "time_zone = \"Mars/Base\"\n").expect("write");
    let err = usage_error(&["sla", "--batch", "--profile", zone.to_str().expect("UTF-8")]);
    assert!(err.contains("invalid time_zone `Mars/Base`"), "{err}");
    let severity = dir.join("severity.toml");
    std::fs::write(&severity, "[severity]\nUrgent = 1\n").expect("write");
    let err = usage_error(&[
        "sla",
        "--batch",
        "--profile",
        severity.to_str().expect("UTF-8"),
    ]);
    assert!(err.contains("line 2, column 10"), "{err}");
}
