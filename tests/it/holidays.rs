//! Holiday files through the binary: `holidays FILE`, `--holidays [REGION=]FILE`,
//! `--holiday-category`, and real files as other programs write them
//! (`tests/fixtures/holidays/`, see its README for where each comes from).

use serde_json::Value;

use crate::common::*;

fn fixture(name: &str) -> String {
    manifest_dir()
        .join("tests/fixtures/holidays")
        .join(name)
        .to_str()
        .expect("UTF-8 path")
        .to_string()
}

/// Writes a holiday file into a fresh temp dir; returns its path.
fn file(name: &str, bytes: &[u8]) -> String {
    let path = temp_dir(name).join(name);
    std::fs::write(&path, bytes).expect("holiday file");
    path.to_str().expect("UTF-8 path").to_string()
}

fn ics(events: &str) -> Vec<u8> {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n{events}END:VCALENDAR\r\n").into_bytes()
}

/// The dates `holidays FILE --from --to` lists, all-day ones only.
fn listed_days(v: &Value) -> Vec<String> {
    arr(v, "closures")
        .iter()
        .filter(|c| c["all_day"] == true)
        .map(|c| s(c, "date").to_string())
        .collect()
}

#[test]
fn every_real_file_loads_and_closes_something() {
    for (name, from, to) in [
        ("thunderbird-uk.ics", "2022-01-01", "2022-12-31"),
        ("thunderbird-us.ics", "2026-01-01", "2026-12-31"),
        ("thunderbird-nl.ics", "2010-01-01", "2014-12-31"),
        ("python-holidays-cn.ics", "2025-01-01", "2025-12-31"),
        ("community-nl-burakkp.ics", "2025-01-01", "2025-12-31"),
        ("google-holidays-de-en-2018.ics", "2018-01-01", "2019-12-31"),
        (
            "govuk-bank-holidays-2023-lf.ics",
            "2023-01-01",
            "2023-12-31",
        ),
    ] {
        let v = json(&["holidays", &fixture(name), "--from", from, "--to", to]);
        assert!(!arr(&v, "closures").is_empty(), "{name}: {v}");
        assert_eq!(arr(&v, "ignored").len(), 0, "{name}: {v}");
    }
}

#[test]
fn overrides_move_a_day_and_until_bounds_a_yearly_event() {
    // Thunderbird's UK file: New Year's Day yearly until 2030, its 2022 occurrence moved
    // to Monday 3 January by a RECURRENCE-ID override.
    let v = json(&[
        "holidays",
        &fixture("thunderbird-uk.ics"),
        "--from",
        "2022-01-01",
        "--to",
        "2022-01-31",
    ]);
    assert_eq!(listed_days(&v), ["2022-01-02", "2022-01-03"]);
    assert_eq!(
        s(&arr(&v, "closures")[1], "name"),
        "New Year's Day (substitute)"
    );
    let v = json(&[
        "holidays",
        &fixture("thunderbird-uk.ics"),
        "--from",
        "2031-01-01",
        "--to",
        "2031-12-31",
    ]);
    assert_eq!(listed_days(&v), Vec::<String>::new());
    // The last day an event closes: Spring Bank Holiday, last Monday of May 2030 (its
    // rule says UNTIL=20300531).
    assert_eq!(s(&v, "known_until"), "2030-05-27");
}

#[test]
fn counted_rules_and_date_time_ends_on_all_day_events() {
    // EssentialPIM's US file: Thanksgiving is FREQ=YEARLY;BYMONTH=11;COUNT=10;BYDAY=4TH,
    // and DTEND is a UTC date-time 1 s past local midnight: the start's day only.
    let v = json(&[
        "holidays",
        &fixture("thunderbird-us.ics"),
        "--from",
        "2026-11-01",
        "--to",
        "2027-11-30",
    ]);
    let thanksgiving: Vec<String> = arr(&v, "closures")
        .iter()
        .filter(|c| s(c, "name") == "Thanksgiving Day")
        .map(|c| s(c, "date").to_string())
        .collect();
    assert_eq!(thanksgiving, ["2026-11-26", "2027-11-25"]);
}

#[test]
fn the_table_names_days_categories_and_hours_within_80_columns() {
    let path = file(
        "mixed.ics",
        &ics(
            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260217\r\nDURATION:P2D\r\nSUMMARY:Carnival\r\n\
             CATEGORIES:Regional,Observance\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nDTSTART;TZID=W. Europe Standard Time:20260218T120000\r\n\
             DTEND;TZID=W. Europe Standard Time:20260218T130000\r\nSUMMARY:Lunch\r\nEND:VEVENT\r\n",
        ),
    );
    let (code, out, err) = run(&[
        "holidays",
        &path,
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
    ]);
    assert_eq!(code, 0, "{err}");
    // Every line fits 80 columns: the table, and the prose wrapped below it.
    assert!(out.lines().all(|l| l.chars().count() <= 80), "{out}");
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Tue 2026-02-17",
        "Wed 2026-02-18",
        "Carnival",
        "Regional,",
        "Observance",
        "all day",
        "12:00–13:00",
        "Europe/Berlin",
        "closes 2 days and 1 stretch of hours",
    ] {
        assert!(out.contains(expected), "{expected}: {out}");
    }
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-02-01",
        "--to",
        "2026-02-28",
    ]);
    let lunch = &arr(&v, "closures")[2];
    assert_eq!(lunch["all_day"], false);
    assert_eq!(s(lunch, "start"), "2026-02-18T12:00:00+01:00");
    assert_eq!(s(lunch, "end"), "2026-02-18T13:00:00+01:00");
    assert_eq!(s(lunch, "time_zone"), "Europe/Berlin");
    assert_eq!(lunch["line"], 9);
}

#[test]
fn categories_keep_days_off_and_drop_observances() {
    // Thunderbird's Dutch file mixes days off with Mother's Day and the summer-time change.
    let all = json(&[
        "holidays",
        &fixture("thunderbird-nl.ics"),
        "--from",
        "2010-01-01",
        "--to",
        "2010-12-31",
    ]);
    assert!(arr(&all, "closures")
        .iter()
        .any(|c| s(c, "name") == "Moederdag"));
    let kept = json(&[
        "holidays",
        &fixture("thunderbird-nl.ics"),
        "--from",
        "2010-01-01",
        "--to",
        "2010-12-31",
        "--holiday-category",
        "algemeen erkende FEESTDAG",
        "--holiday-category",
        "Nationale Feestdag",
    ]);
    let names: Vec<&str> = arr(&kept, "closures")
        .iter()
        .map(|c| s(c, "name"))
        .collect();
    assert_eq!(names, ["Goede Vrijdag", "Koninginnedag"]);
    assert_eq!(kept["left_out"], 2);
    // The same filter on a due instant: 11 h from Thursday 1 April 2010 08:00: 10 h that
    // day; Good Friday (2 April) closed, then the weekend; 1 h on Monday 5 April.
    let v = json(&[
        "sla",
        "--minutes",
        "660",
        "--region",
        "emea",
        "--at",
        "2010-04-01T08:00:00+02:00",
        "--holidays",
        &fixture("thunderbird-nl.ics"),
        "--holiday-category",
        "Algemeen Erkende Feestdag",
    ]);
    assert_eq!(s(&v, "due_local"), "2010-04-05T09:00:00+02:00");
    assert_eq!(v["holidays"]["skipped"][0], "2010-04-02 (Goede Vrijdag)");
    assert_eq!(v["holidays"]["left_out"], 4);
    assert!(
        s(&v["holidays"], "note").contains("4 events without the categories"),
        "{v}"
    );
}

#[test]
fn each_region_counts_on_its_own_file_and_a_bare_file_on_the_others() {
    let nl = file("nl.txt", b"2026-12-24 Kerstavond (company)\n");
    let us = fixture("thunderbird-us.ics");
    let both = [
        "--holidays",
        &*format!("emea={nl}"),
        "--holidays",
        &*format!("north-america={us}"),
    ];
    // Thanksgiving closes North America, not EMEA.
    let mut args = vec![
        "sla",
        "--minutes",
        "60",
        "--at",
        "2026-11-26T09:00:00-08:00",
        "--region",
        "north-america",
    ];
    args.extend_from_slice(&both);
    let v = json(&args);
    assert_eq!(s(&v, "due_local"), "2026-11-27T07:00:00-08:00");
    assert_eq!(v["holidays"]["skipped"][0], "2026-11-26 (Thanksgiving Day)");
    let mut args = vec![
        "sla",
        "--minutes",
        "60",
        "--at",
        "2026-11-26T09:00:00+01:00",
        "--region",
        "emea",
    ];
    args.extend_from_slice(&both);
    let v = json(&args);
    assert_eq!(s(&v, "due_local"), "2026-11-26T10:00:00+01:00");
    assert_eq!(s(&v["holidays"], "file"), nl);
    // A bare file closes every calendar without its own: APAC here (opening at 07:00).
    let mut args = vec![
        "sla",
        "--minutes",
        "60",
        "--at",
        "2026-12-24T09:00:00+08:00",
        "--region",
        "apac",
    ];
    args.extend_from_slice(&both);
    let bare = file("all.txt", b"2026-12-24\n");
    args.extend_from_slice(&["--holidays", &bare]);
    let v = json(&args);
    assert_eq!(s(&v, "due_local"), "2026-12-25T08:00:00+08:00");
    assert_eq!(s(&v["holidays"], "file"), bare);
}

#[test]
fn batch_tickets_use_their_region_s_file() {
    let us = fixture("thunderbird-us.ics");
    let nl = file("nl.txt", b"2026-11-26 Company day\n");
    let input = b"{\"id\":1,\"target_minutes\":60,\"region\":\"north-america\",\"submitted\":\"2026-11-26T09:00:00-08:00\"}\n\
{\"id\":2,\"target_minutes\":60,\"region\":\"emea\",\"submitted\":\"2026-11-26T09:00:00+01:00\"}\n\
{\"id\":3,\"target_minutes\":60,\"region\":\"apac\",\"submitted\":\"2026-11-26T09:00:00+08:00\"}\n";
    let out = cmd(&[
        "sla",
        "--batch",
        "--holidays",
        &format!("north-america={us}"),
        "--holidays",
        &format!("EMEA={nl}"),
    ])
    .write_stdin(input.to_vec())
    .output()
    .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<Value> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(s(&lines[0], "due_local"), "2026-11-27T07:00:00-08:00");
    assert_eq!(s(&lines[1], "due_local"), "2026-11-27T09:00:00+01:00");
    // APAC has no file of its own and there is no bare file: nothing closes it.
    assert_eq!(s(&lines[2], "due_local"), "2026-11-26T10:00:00+08:00");
}

#[test]
fn a_timed_closure_takes_its_hour_and_hours_at_says_so() {
    let path = file(
        "lunch.ics",
        &ics(
            "BEGIN:VEVENT\r\nDTSTART;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\":20160308T120000\r\n\
             DTEND;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\":20160308T130000\r\n\
             SUMMARY:Lunch closure\r\nEND:VEVENT\r\n",
        ),
    );
    // 60 min from 11:30: 30 min to 12:00, closed to 13:00, 30 min more.
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2016-03-08T11:30:00+01:00",
        "--holidays",
        &path,
        "--explain",
    ]);
    assert_eq!(s(&v, "due_local"), "2016-03-08T13:30:00+01:00");
    assert_eq!(
        v["holidays"]["skipped"][0],
        "2016-03-08 12:00–13:00 (Lunch closure)"
    );
    let skipped: Vec<&Value> = arr(&v, "explain")
        .iter()
        .filter(|s| s["step"] == "skipped")
        .collect();
    assert!(
        s(skipped[0], "reason").contains("12:00–13:00 (Lunch closure)"),
        "{v}"
    );
    let v = json(&[
        "hours",
        "--region",
        "emea",
        "--at",
        "2016-03-08T12:30:00+01:00",
        "--holidays",
        &path,
    ]);
    assert_eq!(v["open"], false);
    assert_eq!(s(&v, "next_change_local"), "2016-03-08T13:00:00+01:00");
    assert!(s(&v, "holiday").contains("Lunch closure"), "{v}");
}

#[test]
fn a_file_that_ends_says_so_when_the_count_runs_past_it() {
    let path = file(
        "2026.txt",
        b"2026-12-25 Christmas\n2026-12-31 New Year's Eve\n",
    );
    let v = json(&[
        "sla",
        "--minutes",
        "600",
        "--region",
        "emea",
        "--at",
        "2027-01-05T09:00:00+01:00",
        "--holidays",
        &path,
    ]);
    assert_eq!(s(&v["holidays"], "known_until"), "2026-12-31");
    assert!(
        s(&v["holidays"], "note").contains("Holidays known until 2026-12-31"),
        "{v}"
    );
    // Within the file's years there is no such warning.
    let v = json(&[
        "sla",
        "--minutes",
        "600",
        "--region",
        "emea",
        "--at",
        "2026-12-01T09:00:00+01:00",
        "--holidays",
        &path,
    ]);
    assert!(!s(&v["holidays"], "note").contains("known until"), "{v}");
}

#[test]
fn ignored_events_are_named_in_the_table_and_listed_by_holidays() {
    let path = file(
        "odd.ics",
        &ics(
            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:Christmas\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\nEND:VEVENT\r\n",
        ),
    );
    let (code, out, _) = run(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-12-24T09:00:00+01:00",
        "--holidays",
        &path,
    ]);
    assert_eq!(code, 0);
    // Prose wraps at the width wherever the temporary path's length puts the breaks.
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        out.contains("1 event in the holiday file closes nothing"),
        "{out}"
    );
    assert!(out.contains("odd.ics line 7: recurrence"), "{out}");
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    ]);
    assert_eq!(arr(&v, "ignored")[0]["line"], 7);
    assert!(s(&arr(&v, "ignored")[0], "reason").contains("never occurs"));
}

#[test]
fn bad_holiday_arguments_are_one_line_and_exit_2() {
    let list = file("h.txt", b"2026-12-25\n");
    let err = usage_error(&[
        "sla",
        "--minutes",
        "60",
        "--at",
        "2026-12-24T09:00:00+01:00",
        "--holidays",
        &format!("emae={list}"),
    ]);
    assert!(
        err.contains("unknown region `emae`") && err.contains("did you mean `emea`"),
        "{err}"
    );
    let err = usage_error(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--holidays",
        &list,
    ]);
    assert!(
        err.contains("required arguments were not provided: <--at <RFC3339>|--batch>"),
        "{err}"
    );
    // The usage error comes from the command line, before any file is read.
    let err = refused("hours --holidays /nonexistent/h.ics");
    assert!(
        err.contains("required arguments were not provided: <--at <RFC3339>|--chart>"),
        "{err}"
    );
    let err = refused("sla --plan prodirect --sev B --holiday-category x");
    assert!(err.contains("--holidays"), "{err}");
    let err = refused("holidays /nonexistent/h.ics");
    assert!(
        err.contains("cannot read holiday file `/nonexistent/h.ics`"),
        "{err}"
    );
    let err = usage_error(&[
        "holidays",
        &list,
        "--from",
        "2026-12-31",
        "--to",
        "2026-01-01",
    ]);
    assert!(
        err.contains("--to 2026-01-01 is before --from 2026-12-31"),
        "{err}"
    );
    let err = usage_error(&[
        "holidays",
        &list,
        "--from",
        "1900-01-01",
        "--to",
        "2100-01-01",
    ]);
    assert!(err.contains("more than a century"), "{err}");
    let dir = temp_dir("dir");
    let err = usage_error(&["holidays", dir.to_str().expect("path")]);
    assert!(err.contains("is a directory"), "{err}");
    let not_utf8 = file(
        "latin1.ics",
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nSUMMARY:F\xeate\nEND:VEVENT\nEND:VCALENDAR\n",
    );
    let err = usage_error(&["holidays", &not_utf8]);
    assert!(err.contains("line 3 is not UTF-8"), "{err}");
    let garbage = file("x.ics", b"BEGIN:VCALENDAR\nthis is not a property\n");
    let err = usage_error(&["holidays", &garbage]);
    assert!(
        err.contains("line 2 is not an iCalendar property: `this is not a property`"),
        "{err}"
    );
}

#[test]
fn the_chart_closes_a_holiday_and_says_which_files_counted() {
    let path = file("h.txt", b"2026-12-25 Christmas\n");
    let v = json(&[
        "hours",
        "--chart",
        "--day",
        "2026-12-25",
        "--tz",
        "Europe/Paris",
        "--holidays",
        &format!("emea={path}"),
    ]);
    assert_eq!(s(&v, "holidays_file"), path);
}

#[test]
fn broken_structure_is_one_line_naming_where() {
    let nested = format!(
        "BEGIN:VCALENDAR\n{}{}END:VCALENDAR\n",
        "BEGIN:X\n".repeat(1000),
        "END:X\n".repeat(1000)
    );
    let path = file("nested.ics", nested.as_bytes());
    let err = usage_error(&["holidays", &path]);
    assert!(
        err.contains("line 17: components nest more than 16 deep"),
        "{err}"
    );
    let path = file(
        "glued.ics",
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nEND:VEVENTBEGIN:VEVENT\nEND:VCALENDAR\n",
    );
    let err = usage_error(&["holidays", &path]);
    assert!(
        err.contains("line 4: `END:VEVENTBEGIN:VEVENT` does not close `BEGIN:VEVENT` of line 2"),
        "{err}"
    );
    let path = file(
        "cut.ics",
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\n",
    );
    let err = usage_error(&["holidays", &path]);
    assert!(
        err.contains("the file ends inside `BEGIN:VEVENT` of line 2"),
        "{err}"
    );
    let path = file("nul.txt", b"2026-12-25\n\x002026-12-26\n");
    let err = usage_error(&["holidays", &path]);
    assert!(err.contains("line 2 holds a NUL byte"), "{err}");
}

#[test]
fn a_bad_line_costs_its_event_only_and_concatenated_calendars_all_count() {
    let path = file(
        "two.ics",
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261225\r\nthis line has no colon\r\nEND:VEVENT\r\n\
BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261226\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n\
BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20261231\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
    ]);
    assert_eq!(listed_days(&v), ["2026-12-26", "2026-12-31"]);
    assert_eq!(arr(&v, "ignored")[0]["line"], 2);
    assert_eq!(
        s(&arr(&v, "ignored")[0], "reason"),
        "line 4 is not an iCalendar property: `this line has no colon`"
    );
}

#[test]
fn date_lists_as_spreadsheets_and_notepad_save_them() {
    let csv = file(
        "days.csv",
        b"Date,Name\r\n2026-12-25,Christmas\r\n\"2026-12-26\";\"Boxing Day\"\r\n2026-12-31\tC# release party # ours\r\n",
    );
    let v = json(&[
        "holidays",
        &csv,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
    ]);
    let names: Vec<&str> = arr(&v, "closures").iter().map(|c| s(c, "name")).collect();
    assert_eq!(names, ["Christmas", "Boxing Day", "C# release party"]);
    // Notepad's "Unicode": UTF-16 little-endian with a byte-order mark.
    let mut utf16 = vec![0xFF, 0xFE];
    for unit in "2026-12-25 Kerst\r\n".encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let path = file("utf16.txt", &utf16);
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
    ]);
    assert_eq!(s(&arr(&v, "closures")[0], "name"), "Kerst");
}

#[test]
fn answers_say_which_files_do_not_apply_and_which_categories_are_missing() {
    let apac = file("apac.txt", b"2026-12-01\n");
    let all = file("all.txt", b"2026-12-02\n");
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-12-01T09:00:00+01:00",
        "--holidays",
        &format!("apac={apac}"),
    ]);
    assert!(
        s(&v["holidays"], "note").contains("are for apac only, not for region `emea`"),
        "{v}"
    );
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "apac",
        "--at",
        "2026-12-02T09:00:00+08:00",
        "--holidays",
        &format!("apac={apac}"),
        "--holidays",
        &all,
        "--holidays",
        &all,
    ]);
    assert!(
        s(&v["holidays"], "note").contains("does not apply: region `apac` has its own"),
        "{v}"
    );
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2010-04-01T08:00:00+02:00",
        "--holidays",
        &fixture("thunderbird-nl.ics"),
        "--holiday-category",
        "Nationale Feestdagen",
    ]);
    assert_eq!(
        s(&v["holidays"]["absent_categories"][0], "category"),
        "nationale feestdagen"
    );
    assert!(
        s(&v["holidays"], "note").contains("No event in")
            && s(&v["holidays"], "note").contains("its categories: algemeen erkende feestdag"),
        "{v}"
    );
    // The same file given twice counts once.
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-12-02T09:00:00+01:00",
        "--holidays",
        &all,
        "--holidays",
        &all,
    ]);
    assert_eq!(s(&v["holidays"], "file"), all);
    let err = usage_error(&["holidays", &all, "--holiday-category", ""]);
    assert!(err.contains("--holiday-category"), "{err}");
}

#[test]
fn batch_notes_what_the_files_ignored_and_where_they_end_on_stderr() {
    let odd = file(
        "odd.ics",
        b"BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\n\
BEGIN:VEVENT\nDTSTART;TZID=Mars/Olympus:20261201T120000\nDURATION:PT1H\nEND:VEVENT\nEND:VCALENDAR\n",
    );
    let input = b"{\"id\":1,\"target_minutes\":60,\"region\":\"emea\",\"submitted\":\"2027-01-05T09:00:00+01:00\"}\n";
    let out = cmd(&["sla", "--batch", "--holidays", &format!("emea={odd}")])
        .write_stdin(input.to_vec())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 2, "{err}");
    assert!(lines[0].contains("line 5: unknown time zone"), "{err}");
    assert!(
        lines[1].contains("1 ticket was counted past 2026-12-25") && lines[1].contains("line 1"),
        "{err}"
    );
}

#[test]
fn the_listing_cites_where_the_documents_exclude_holidays() {
    let v = json(&[
        "holidays",
        &fixture("thunderbird-uk.ics"),
        "--from",
        "2022-01-01",
        "--to",
        "2022-01-31",
    ]);
    let sources = sources(&v);
    assert!(
        sources
            .iter()
            .any(|s| s["file"] == "001_71765d8511679954.txt"
                && s["section"]
                    == "Welke uren worden als lokale kantooruren voor ondersteuning beschouwd?"),
        "{v}"
    );
    assert!(s(&v, "note").contains("decided reading 11"), "{v}");
}

#[test]
fn a_category_given_for_a_date_list_is_named_as_not_applying() {
    let list = file("days.txt", b"2026-12-25 Kerst\n");
    let (code, out, _) = run(&[
        "holidays",
        &list,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
        "--holiday-category",
        "Feestdag",
    ]);
    assert_eq!(code, 0);
    let out = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(out.contains("is a date list, which has no categories: --holiday-category `feestdag` does not apply to it"), "{out}");
    assert!(!out.contains("are kept"), "{out}");
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-12-25T09:00:00+01:00",
        "--holidays",
        &list,
        "--holiday-category",
        "Feestdag",
    ]);
    assert_eq!(
        v["holidays"]["absent_categories"][0]["date_list"], true,
        "{v}"
    );
}

#[test]
fn spreadsheet_quirks_and_desks_holidays_never_close() {
    let csv = file(
        "x.csv",
        b"Date,Name,\r\n2026-12-24,Kerstavond,\r\n,,\r\n2026-12-28,\"Extra \"\"brug\"\"dag\"\r\n",
    );
    let v = json(&[
        "holidays",
        &csv,
        "--from",
        "2026-12-01",
        "--to",
        "2026-12-31",
    ]);
    let names: Vec<&str> = arr(&v, "closures").iter().map(|c| s(c, "name")).collect();
    assert_eq!(names, ["Kerstavond", "Extra \"brug\"dag"]);
    let err = usage_error(&["hours", "--chart", "--holidays", &format!("china={csv}")]);
    assert!(err.contains("region `china` is open on holidays"), "{err}");
}

#[test]
fn wrapped_prose_never_breaks_a_date_or_an_id_at_its_hyphen() {
    let (_, out, _) = run(&[
        "holidays",
        &fixture("thunderbird-uk.ics"),
        "--from",
        "2022-01-01",
        "--to",
        "2022-12-31",
    ]);
    for line in out.lines().filter(|l| !l.starts_with(['┌', '│', '╞', '└'])) {
        assert!(!line.trim_end().ends_with('-'), "{line}");
    }
}

/// Rules that can never occur (30 February, 31 April, the 31st in short months only, in
/// any FREQ) are recognised from their text and named in `ignored`, never searched for:
/// 4,000 of them are read in bounded time (issue 23: 28 s before; the figure is
/// `cargo bench`'s "never-occurring rules"), and the file's one real event still closes.
#[test]
fn rules_that_can_never_occur_are_named_not_searched_for() {
    let rules = [
        (
            "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30",
            "February has no day 30",
        ),
        ("FREQ=YEARLY;BYMONTH=4;BYMONTHDAY=31", "April has no day 31"),
        (
            "FREQ=MONTHLY;BYMONTH=2,4,6,9,11;BYMONTHDAY=31",
            "February, April, June, September, November have no day 31",
        ),
        (
            "FREQ=WEEKLY;BYMONTH=2;BYMONTHDAY=-30",
            "February has no day -30",
        ),
        ("FREQ=MONTHLY;BYMONTH=6", "June has no day 31"),
    ];
    let mut events = String::from(
        "BEGIN:VEVENT\r\nUID:real\r\nDTSTART;VALUE=DATE:20261225\r\nSUMMARY:Christmas\r\nEND:VEVENT\r\n",
    );
    for i in 0..4_000 {
        let (rule, _) = rules[i % rules.len()];
        events.push_str(&format!(
            "BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART;VALUE=DATE:20260131\r\nRRULE:{rule}\r\nSUMMARY:never {i}\r\nEND:VEVENT\r\n"
        ));
    }
    let path = file("never.ics", &ics(&events));
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-01-01",
        "--to",
        "2027-12-31",
    ]);
    assert_eq!(listed_days(&v), ["2026-12-25"], "{v}");
    let ignored = arr(&v, "ignored");
    assert_eq!(ignored.len(), 4_000);
    for (i, (rule, said)) in rules.iter().enumerate() {
        let reason = s(&ignored[i], "reason");
        assert!(
            reason.contains("never occurs") && reason.contains(said),
            "{rule}: {reason}"
        );
    }
}

/// EXRULE (RFC 2445, still written by some programs) is honoured: the days it excludes
/// stay open, counted or not, and a rule it cannot read costs the event, named.
#[test]
fn exrule_excludes_what_it_names() {
    let events = "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20260105\r\n\
                  RRULE:FREQ=WEEKLY;BYDAY=MO\r\nEXRULE:FREQ=MONTHLY;BYDAY=1MO\r\n\
                  SUMMARY:Mondays but the first\r\nEND:VEVENT\r\n\
                  BEGIN:VEVENT\r\nUID:b\r\nDTSTART;VALUE=DATE:20260301\r\n\
                  RRULE:FREQ=DAILY;COUNT=5\r\nEXRULE:FREQ=DAILY;COUNT=2;INTERVAL=2\r\n\
                  SUMMARY:counted\r\nEND:VEVENT\r\n\
                  BEGIN:VEVENT\r\nUID:c\r\nDTSTART;VALUE=DATE:20260401\r\n\
                  RRULE:FREQ=DAILY\r\nEXRULE:FREQ=FORTNIGHTLY\r\n\
                  SUMMARY:bad\r\nEND:VEVENT\r\n";
    let path = file("exrule.ics", &ics(events));
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-01-01",
        "--to",
        "2026-03-31",
    ]);
    assert_eq!(
        listed_days(&v),
        [
            "2026-01-12",
            "2026-01-19",
            "2026-01-26",
            "2026-02-09",
            "2026-02-16",
            "2026-02-23",
            "2026-03-02",
            "2026-03-04",
            "2026-03-05",
            "2026-03-09",
            "2026-03-16",
            "2026-03-23",
            "2026-03-30",
        ],
        "{v}"
    );
    let ignored = arr(&v, "ignored");
    assert_eq!(ignored.len(), 1, "{v}");
    assert!(
        s(&ignored[0], "reason").contains("`EXRULE:FREQ=FORTNIGHTLY` cannot be read"),
        "{v}"
    );
}

#[test]
fn a_helpdesk_s_range_list_closes_each_range_both_ends_included() {
    // Zendesk's schedule holidays: name,start_date,end_date, both days included.
    let path = file(
        "zendesk.csv",
        b"\xEF\xBB\xBFname,start_date,end_date\r\nChristmas,2026-12-24,2026-12-26\r\n\"New Year, observed\",2027-01-01,2027-01-01\r\n",
    );
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-12-01",
        "--to",
        "2027-01-31",
    ]);
    assert_eq!(
        listed_days(&v),
        ["2026-12-24", "2026-12-25", "2026-12-26", "2027-01-01"],
        "{v}"
    );
    assert_eq!(s(&arr(&v, "closures")[3], "name"), "New Year, observed");
    // Each closure names the file's own line, the header being line 1.
    assert_eq!(arr(&v, "closures")[0]["line"], 2, "{v}");
    assert_eq!(arr(&v, "closures")[3]["line"], 3, "{v}");
    // 60 minutes from Wednesday 23 December 17:30 Paris: 30 that day, then 24-26 and
    // Sunday 27 are closed, 30 more on Monday 28 from 08:00.
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-12-23T17:30:00+01:00",
        "--holidays",
        &path,
    ]);
    assert_eq!(s(&v, "due_local"), "2026-12-28T08:30:00+01:00", "{v}");
    // Columns in any order, separated by semicolons.
    let path = file(
        "ranges.csv",
        b"start_date;end_date;name\n2026-05-01;2026-05-01;Labour Day\n",
    );
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-05-01",
        "--to",
        "2026-05-31",
    ]);
    assert_eq!(listed_days(&v), ["2026-05-01"]);
    // A range that ends before it starts, or a day that is not one: the line and what is valid.
    let path = file(
        "backwards.csv",
        b"name,start_date,end_date\nX,2026-05-02,2026-05-01\n",
    );
    let err = usage_error(&["holidays", &path]);
    assert!(
        err.contains("line 2") && err.contains("before start_date"),
        "{err}"
    );
    let path = file(
        "bad.csv",
        b"name,start_date,end_date\nX,2026-13-02,2026-05-01\n",
    );
    let err = usage_error(&["holidays", &path]);
    assert!(
        err.contains("line 2") && err.contains("2026-13-02"),
        "{err}"
    );
}

#[test]
fn a_zone_defined_only_in_the_file_is_read_from_its_vtimezone() {
    let path = file(
        "outlook.ics",
        &ics(&format!(
            "{CUSTOMIZED_ZONE}BEGIN:VEVENT\r\nDTSTART;TZID=\"Customized Time Zone\":20210611T110000\r\n\
             DTEND;TZID=\"Customized Time Zone\":20210611T113000\r\nSUMMARY:Closed\r\nEND:VEVENT\r\n"
        )),
    );
    // 11:00-11:30 in June is standard time, +10:00: 01:00-01:30Z. From 00:50Z: 10 minutes,
    // closed 30, 20 more.
    let v = json(&[
        "sla",
        "--minutes",
        "30",
        "--region",
        "apac",
        "--at",
        "2021-06-11T08:50:00+08:00",
        "--holidays",
        &path,
    ]);
    assert_eq!(s(&v, "due"), "2021-06-11T01:50:00Z", "{v}");
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2021-06-01",
        "--to",
        "2021-06-30",
    ]);
    let closure = &arr(&v, "closures")[0];
    assert_eq!(s(closure, "start"), "2021-06-11T11:00:00+10:00", "{v}");
    assert_eq!(s(closure, "time_zone"), "Customized Time Zone");
    assert_eq!(arr(&v, "ignored").len(), 0, "{v}");
    // The same zone in the southern summer is +11:00; a name the file does not define
    // is still unknown.
    let path = file(
        "summer.ics",
        &ics(&format!(
            "{CUSTOMIZED_ZONE}BEGIN:VEVENT\r\nDTSTART;TZID=GMT Standard Time 1:20211224T120000\r\n\
             DURATION:PT1H\r\nSUMMARY:Elsewhere\r\nEND:VEVENT\r\n\
             BEGIN:VEVENT\r\nDTSTART;TZID=Customized Time Zone:20211224T120000\r\n\
             DURATION:PT1H\r\nSUMMARY:Summer\r\nEND:VEVENT\r\n"
        )),
    );
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2021-12-01",
        "--to",
        "2021-12-31",
    ]);
    assert_eq!(
        s(&arr(&v, "closures")[0], "start"),
        "2021-12-24T12:00:00+11:00"
    );
    assert!(
        s(&arr(&v, "ignored")[0], "reason")
            .contains("unknown time zone TZID=\"GMT Standard Time 1\""),
        "{v}"
    );
}

#[test]
fn an_empty_tzid_is_read_by_its_vtimezone_or_refused_by_name() {
    let zone = "BEGIN:VTIMEZONE\r\nTZID:\r\nBEGIN:STANDARD\r\nDTSTART:16010101T000000\r\n\
        TZOFFSETFROM:+0000\r\nTZOFFSETTO:+0000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n";
    let event = "BEGIN:VEVENT\r\nDTSTART;TZID=:20150826T090000\r\nDTEND;TZID=:20150826T100000\r\n\
        SUMMARY:Closed\r\nEND:VEVENT\r\n";
    let path = file("empty-tzid.ics", &ics(&format!("{zone}{event}")));
    // 60 minutes from 08:30Z: 30 to 09:00Z, closed to 10:00Z (+0000), 30 more.
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2015-08-26T10:30:00+02:00",
        "--holidays",
        &path,
    ]);
    assert_eq!(s(&v, "due"), "2015-08-26T10:30:00Z", "{v}");
    // Without the VTIMEZONE the event is refused by name, never read as floating.
    let path = file("empty-tzid-alone.ics", &ics(event));
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2015-08-01",
        "--to",
        "2015-08-31",
    ]);
    assert!(arr(&v, "closures").is_empty(), "{v}");
    assert!(
        s(&arr(&v, "ignored")[0], "reason").contains("TZID= is empty and no VTIMEZONE"),
        "{v}"
    );
}

#[test]
fn x_wr_timezone_places_floating_times_and_the_listing_says_so() {
    // Google's export: floating times, the calendar's zone in X-WR-TIMEZONE.
    let path = file(
        "google.ics",
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-CALNAME:Office\r\nX-WR-TIMEZONE:Asia/Tokyo\r\n\
          BEGIN:VEVENT\r\nDTSTART:20260310T120000\r\nDTEND:20260310T130000\r\nSUMMARY:Lunch\r\n\
          END:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
    ]);
    let closure = &arr(&v, "closures")[0];
    assert_eq!(s(closure, "start"), "2026-03-10T12:00:00+09:00", "{v}");
    assert_eq!(s(closure, "time_zone"), "Asia/Tokyo");
    assert!(
        v["floating_times"][0]
            .as_str()
            .is_some_and(|t| t.contains("read in Asia/Tokyo")),
        "{v}"
    );
    let (code, out, _) = run(&[
        "holidays",
        &path,
        "--from",
        "2026-03-01",
        "--to",
        "2026-03-31",
    ]);
    assert_eq!(code, 0);
    let prose = out.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(prose.contains("X-WR-TIMEZONE `Asia/Tokyo`"), "{out}");
    // 12:00-13:00 Tokyo is 04:00-05:00Z: 60 EMEA minutes from 11:30 Paris (10:30Z) do not
    // meet it.
    let v = json(&[
        "sla",
        "--minutes",
        "60",
        "--region",
        "emea",
        "--at",
        "2026-03-10T11:30:00+01:00",
        "--holidays",
        &path,
    ]);
    assert_eq!(s(&v, "due_local"), "2026-03-10T12:30:00+01:00", "{v}");
}

#[test]
fn make_up_working_days_open_a_weekend_on_the_usual_hours() {
    let dir = temp_dir("shanghai-rules");
    std::fs::write(dir.join("office.toml"), SHANGHAI_OFFICE).expect("rules");
    let rules = dir.to_str().expect("UTF-8 path");
    // Spring Festival 2026: 16-20 and 23 February off; Saturday 14 February worked (补班).
    let day = |date: &str, name: &str, category: &str| {
        format!(
            "BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:{date}\r\nSUMMARY:{name}\r\nCATEGORIES:{category}\r\nEND:VEVENT\r\n"
        )
    };
    let off = "DTSTART;VALUE=DATE:20260216\r\nDTEND;VALUE=DATE:20260221\r\n";
    let calendar = ics(&format!(
        "BEGIN:VEVENT\r\n{off}SUMMARY:春节\r\nCATEGORIES:休息日\r\nEND:VEVENT\r\n{}{}",
        day("20260223", "春节", "休息日"),
        day("20260214", "春节 补班", "补班"),
    ));
    let path = file("cn.ics", &calendar);
    let due = |extra: &[&str]| {
        let mut args = vec![
            "--rules",
            rules,
            "sla",
            "--minutes",
            "120",
            "--region",
            "shanghai-office",
            "--at",
            "2026-02-13T17:00:00+08:00",
            "--json",
        ];
        args.extend_from_slice(extra);
        let out = cmd(&args).output().expect("runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let v: Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["due"].as_str().unwrap_or_default().to_string()
    };
    // Without the working day: Friday's last hour, then the 24th from 09:00.
    let only_holidays = file(
        "cn-off.ics",
        &ics(&format!(
            "BEGIN:VEVENT\r\n{off}SUMMARY:春节\r\nEND:VEVENT\r\n{}",
            day("20260223", "春节", "休息日")
        )),
    );
    assert_eq!(due(&["--holidays", &only_holidays]), "2026-02-24T02:00:00Z");
    // By category: Friday 17:00-18:00, then Saturday 09:00-10:00 +08:00.
    assert_eq!(
        due(&["--holidays", &path, "--working-day-category", "补班"]),
        "2026-02-14T02:00:00Z"
    );
    // By a second file (a date list will do).
    let working = file("cn-work.txt", b"2026-02-14 Spring Festival make-up day\n");
    assert_eq!(
        due(&["--holidays", &only_holidays, "--working-days", &working]),
        "2026-02-14T02:00:00Z"
    );
    let v = json(&[
        "--rules",
        rules,
        "sla",
        "--minutes",
        "120",
        "--region",
        "shanghai-office",
        "--at",
        "2026-02-13T17:00:00+08:00",
        "--holidays",
        &only_holidays,
        "--working-days",
        &working,
    ]);
    assert!(
        s(&v["holidays"], "note").contains(&format!("Working days from {working} open days")),
        "{v}"
    );
    // A working-day category no event has is one line naming the file's categories.
    let out = cmd(&[
        "--rules",
        rules,
        "sla",
        "--minutes",
        "120",
        "--region",
        "shanghai-office",
        "--at",
        "2026-02-13T17:00:00+08:00",
        "--holidays",
        &path,
        "--working-day-category",
        "make-up",
    ])
    .output()
    .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("`make-up`") && err.contains("补班") && err.lines().count() == 1,
        "{err}"
    );
}

#[test]
fn a_rule_in_the_file_s_own_zone_ends_at_its_utc_until() {
    // UNTIL=20210611T010000Z is 11:00 +10:00 on 11 June: that occurrence is the last.
    let path = file(
        "weekly.ics",
        &ics(&format!(
            "{CUSTOMIZED_ZONE}BEGIN:VEVENT\r\nDTSTART;TZID=Customized Time Zone:20210604T110000\r\n\
             DURATION:PT30M\r\nRRULE:FREQ=WEEKLY;UNTIL=20210611T010000Z\r\nSUMMARY:Weekly\r\nEND:VEVENT\r\n"
        )),
    );
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2021-06-01",
        "--to",
        "2021-06-30",
    ]);
    let starts: Vec<&str> = arr(&v, "closures").iter().map(|c| s(c, "start")).collect();
    assert_eq!(
        starts,
        ["2021-06-04T11:00:00+10:00", "2021-06-11T11:00:00+10:00"],
        "{v}"
    );
}

#[test]
fn a_rule_with_characters_outside_ascii_costs_its_event_only() {
    // Found by the vtimezones fuzz target: the rrule engine slices BYDAY by bytes.
    let path = file(
        "bad-rule.ics",
        &ics("BEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260101\r\nRRULE:FREQ=YEARLY;BYDAY=-\u{4ac}U;BYMONTH=10\r\n\
              SUMMARY:Bad\r\nEND:VEVENT\r\n"),
    );
    let v = json(&[
        "holidays",
        &path,
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
    ]);
    assert!(s(&arr(&v, "ignored")[0], "reason").contains("ASCII"), "{v}");
}

/// Outlook's zone of its own: +10:00 standard from the first Sunday of April, +11:00
/// daylight from the first Sunday of October (southern summer), under a name no zone has.
const CUSTOMIZED_ZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n\
    BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+1100\r\nTZOFFSETTO:+1000\r\n\
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=4\r\nEND:STANDARD\r\n\
    BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+1000\r\nTZOFFSETTO:+1100\r\n\
    RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=10\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n";

/// A user's region: Mon–Fri 09:00–18:00 Asia/Shanghai.
const SHANGHAI_OFFICE: &str = r#"[[region]]
id = "shanghai-office"
name = "Shanghai office"
zone = "Asia/Shanghai"
zones = []
closed-on-holidays = true
window = [{ days = ["mon", "tue", "wed", "thu", "fri"], open = "09:00", close = "18:00" }]
as-written = { region = "Shanghai office", hours = "09:00 - 18:00", days = "Monday to Friday", exclusions = "Weekends and holidays" }
source = [{ doc = "power-platform", section = "Welke uren worden als lokale kantooruren voor ondersteuning beschouwd?" }]
"#;
