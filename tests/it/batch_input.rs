//! `sla --batch` input as helpdesk exports hold it — CSV, a zone per ticket, spreadsheet-made
//! files, answer fields replaced, bounded input, kinds and a summary, threads, chunks.

use serde_json::Value;

use crate::common::*;
use crate::due::batch;

/// Runs `sla --batch` with `args` on `input`; returns (status, stdout, stderr).
fn raw(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut all = vec!["sla", "--batch"];
    all.extend_from_slice(args);
    let out = cmd(&all)
        .write_stdin(input.to_vec())
        .output()
        .expect("runs");
    (
        out.status.code().expect("exited"),
        String::from_utf8(out.stdout).expect("UTF-8"),
        String::from_utf8(out.stderr).expect("UTF-8"),
    )
}

/// Parses CSV output into rows of (header name → value).
fn csv_rows(text: &str) -> Vec<std::collections::BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|r| {
            let r = r.expect("row");
            header
                .iter()
                .cloned()
                .zip(r.iter().map(str::to_string))
                .collect()
        })
        .collect()
}

const PRODIRECT_B: &str = "prodirect,B,2026-11-27T16:30:00+01:00";

/// CSV as a spreadsheet writes it: BOM, CRLF, headers in another case and order, a quoted
/// field with a comma, quotes and a line break, an unknown column kept, a blank line, an
/// answer column the input already had (replaced in place); the BOM and CRLF kept.
#[test]
fn csv_in_csv_out() {
    let input = format!(
        "\u{feff}Notes,ID,Plan,Severity,Submitted,Region,due\r\n\
         \"hello, \"\"world\"\"\nsecond line\",1,{PRODIRECT_B},emea,old\r\n\
         \r\n\
         x,2,nope,B,2026-11-27T16:30:00+01:00,emea,\r\n\
         y,3,{PRODIRECT_B},,\r\n"
    );
    let (code, out, err) = raw(&words("--csv --tz Europe/Amsterdam"), input.as_bytes());
    assert_eq!(code, 1, "{out}{err}");
    let header = out.lines().next().expect("header");
    // The byte-order mark and CRLF line ends are written back (issue 22, item 5).
    assert!(out.ends_with("\r\n"), "{out:?}");
    assert_eq!(
        header,
        "\u{feff}Notes,ID,Plan,Severity,Submitted,Region,due,target_minutes,target_business_days,coverage,due_local,error,error_kind"
    );
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 3, "the blank line is passed over: {out}");
    assert_eq!(rows[0]["Notes"], "hello, \"world\"\nsecond line");
    assert_eq!(rows[0]["due"], "2026-11-30T07:30:00Z");
    assert_eq!(rows[0]["due_local"], "2026-11-30T08:30:00+01:00");
    assert_eq!(rows[0]["target_minutes"], "120");
    assert_eq!(rows[0]["coverage"], "business-hours");
    assert_eq!(rows[0]["error"], "");
    assert_eq!(rows[1]["error_kind"], "unknown-id");
    assert!(
        rows[1]["error"].contains("unknown plan `nope`"),
        "{:?}",
        rows[1]
    );
    assert_eq!(rows[1]["due"], "");
    // No region: inferred from --tz, as for one question.
    assert_eq!(rows[2]["due"], "2026-11-30T07:30:00Z");
    // Rows numbered as a spreadsheet numbers them (the header is row 1).
    assert_eq!(
        err.trim_end(),
        "support-advisor: 1 of 3 tickets failed (first on row 3); each has its `error` and `error_kind` columns"
    );
}

/// A CSV header the tool cannot read tickets from is one line, exit 2, nothing on stdout.
#[test]
fn a_csv_header_without_the_fields_is_refused() {
    let (code, out, err) = raw(&["--csv"], b"ticket,when\n1,2026-11-27T16:30:00+01:00\n");
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("no `submitted` column"), "{err}");
    let (code, out, _) = raw(&["--csv"], b"");
    assert_eq!((code, out.as_str()), (0, ""));
}

/// A ticket's own `time_zone` is its customer's zone: region `other`, and the region
/// inferred, as `--tz` does for one question; `--tz` stays the default.
#[test]
fn a_zone_per_ticket() {
    let input = b"{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\",\"time_zone\":\"America/Sao_Paulo\"}\n\
{\"id\":2,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\",\"time_zone\":\"Asia/Tokyo\"}\n\
{\"id\":3,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\"}\n\
{\"id\":4,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\",\"time_zone\":\"Mars/Olympus\"}\n";
    let (code, lines, _) = batch(&words("--tz Europe/Amsterdam"), input);
    assert_eq!(code, 1);
    // São Paulo (region `other`, 09:00-17:00 local): 12:30 local + 2 h = 14:30 -03:00.
    assert_eq!(lines[0]["due_local"], "2026-11-27T14:30:00-03:00");
    // Tokyo (region `japan`, 09:00-17:30): submitted 00:30 Saturday; Monday 11:00.
    assert_eq!(lines[1]["due_local"], "2026-11-30T11:00:00+09:00");
    // --tz Europe/Amsterdam: EMEA.
    assert_eq!(lines[2]["due_local"], "2026-11-30T08:30:00+01:00");
    assert_eq!(lines[3]["kind"], "bad-zone");
    assert!(
        lines[3]["error"]
            .as_str()
            .is_some_and(|e| e.contains("Mars/Olympus")),
        "{}",
        lines[3]
    );
}

/// Spreadsheet-made JSON Lines: a BOM, CRLF, blank and whitespace-only lines passed over
/// (line numbers keep counting), JSON that is not an object named as such.
#[test]
fn spreadsheet_made_input() {
    let input = "\u{feff}{\"id\":1,\"plan\":\"premier\",\"severity\":\"A\",\"submitted\":\"2026-11-28T03:00:00+01:00\",\"region\":\"emea\"}\r\n\
\r\n   \t\n\
[1,\"premier\",\"A\"]\n\
\"a string\"\n\
42\n\
{\"id\":7,\"plan\":5}\n\n\n";
    let (code, out, err) = raw(&[], input.as_bytes());
    assert_eq!(code, 1);
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines.len(), 5, "{out}");
    assert_eq!(lines[0]["due"], "2026-11-28T03:00:00Z");
    for (line, number, found) in [
        (&lines[1], 4, "an array"),
        (&lines[2], 5, "a string"),
        (&lines[3], 6, "a number"),
    ] {
        assert_eq!(line["kind"], "not-an-object", "{line}");
        assert_eq!(line["line"], number, "{line}");
        assert_eq!(
            line["error"],
            format!("expected a JSON object (one ticket), found {found}")
        );
    }
    assert_eq!(lines[4]["kind"], "bad-field");
    assert_eq!(lines[4]["id"], 7);
    assert_eq!(lines[4]["line"], 7);
    for line in &lines[1..] {
        let message = line["error"].as_str().unwrap_or_default();
        assert!(
            !message.contains("struct"),
            "no internal type names: {message}"
        );
        assert!(
            !message.contains("Ticket"),
            "no internal type names: {message}"
        );
    }
    assert!(
        err.contains("4 of 5 tickets failed (first on line 4)"),
        "{err}"
    );
}

/// Answer fields the input already has, `null` included, are replaced: each key once.
#[test]
fn answer_fields_replaced_never_repeated() {
    let input = br#"{"id":1,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00+01:00","region":"emea","due":null,"due_local":"x","coverage":null,"target_minutes":null,"target_business_days":7}
{"id":2,"target_minutes":90,"region":"emea","submitted":"2026-11-27T16:30:00+01:00","due":null}
{"id":123456789012345678901234567890,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00+01:00","region":"emea","due":"old"}
"#;
    let (code, out, _) = raw(&[], input);
    assert_eq!(code, 0, "{out}");
    for line in out.lines() {
        for key in [
            "\"due\"",
            "\"due_local\"",
            "\"coverage\"",
            "\"target_minutes\"",
        ] {
            assert_eq!(line.matches(key).count(), 1, "{key} in {line}");
        }
    }
    // A key the input had comes back once, null when the target is not in days.
    assert_eq!(
        out.lines()
            .next()
            .map(|l| l.matches("\"target_business_days\":null").count()),
        Some(1)
    );
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(lines[0]["due"], "2026-11-30T07:30:00Z");
    assert_eq!(lines[0]["target_minutes"], 120);
    assert_eq!(lines[1]["target_minutes"], 90);
    assert_eq!(lines[1]["due"], "2026-11-27T17:00:00Z");
    // Ids of any size, byte for byte, on answer and error lines alike.
    assert!(
        out.contains("{\"id\":123456789012345678901234567890,"),
        "{out}"
    );
    let (_, out, _) = raw(&[], b"{\"id\":1e400,\"plan\":\"nope\"}\n{\"id\":1e400,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"x\"}\n");
    assert!(
        out.lines().all(|l| l.starts_with("{\"id\":1e400,")),
        "{out}"
    );
}

/// The line-length limit counts the line, not its line end.
#[test]
fn the_line_limit_counts_the_line_not_its_end() {
    let limit = 1 << 20;
    let ticket = "{\"id\":1,\"plan\":\"premier\",\"severity\":\"A\",\"submitted\":\"2026-11-28T03:00:00+01:00\",\"region\":\"emea\"";
    let padded = |length: usize| {
        let mut line = ticket.to_string();
        line.push_str(&" ".repeat(length - ticket.len() - 1));
        line.push('}');
        line
    };
    let input = format!(
        "{}\r\n{}\n{}\n",
        padded(limit),
        padded(limit),
        padded(limit + 1)
    );
    let (code, lines, _) = batch(&[], input.as_bytes());
    assert_eq!(code, 1);
    assert_eq!(lines[0]["due"], "2026-11-28T03:00:00Z");
    assert_eq!(lines[1]["due"], "2026-11-28T03:00:00Z");
    assert_eq!(lines[2]["kind"], "too-long");
    assert_eq!(lines[2]["line"], 3);
}

/// A full stdout is an error exit with one line, never a silent 0.
#[test]
fn a_full_stdout_is_an_error() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        return; // Not a Linux machine.
    };
    use std::io::Write;
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("support-advisor"))
        .args(["sla", "--batch", "--region", "emea"])
        .env("TZ", "UTC")
        .stdin(std::process::Stdio::piped())
        .stdout(full)
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(
            b"{\"id\":1,\"plan\":\"premier\",\"severity\":\"A\",\"submitted\":\"2026-11-28T03:00:00+01:00\"}\n",
        );
    }
    let out = child.wait_with_output().expect("waits");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot write the answer"), "{err}");
}

/// The same answers in the same order whatever `--jobs`, and the input split into chunks
/// (each with `--first-line`) and concatenated gives the output of the whole: why running
/// chunks on several machines is safe.
#[test]
fn jobs_and_chunks_give_the_same_output() {
    let mut input = String::new();
    let plans = [
        ("prodirect", "B"),
        ("premier", "A"),
        ("21vianet", "C"),
        ("nope", "B"),
        ("unified-core", "standard"),
    ];
    for i in 0..6000 {
        let (plan, sev) = plans[i % plans.len()];
        let day = 1 + i % 28;
        let hour = i % 24;
        if i % 97 == 0 {
            input.push('\n');
        }
        input.push_str(&format!(
            "{{\"id\":{i},\"plan\":\"{plan}\",\"severity\":\"{sev}\",\"submitted\":\"2026-02-{day:02}T{hour:02}:15:00+01:00\"}}\n"
        ));
    }
    let whole = |args: &[&str], text: &str| {
        let mut all = vec!["--region", "emea"];
        all.extend_from_slice(args);
        raw(&all, text.as_bytes())
    };
    let (code, one, _) = whole(&words("--jobs 1"), &input);
    assert_eq!(code, 1);
    for jobs in ["2", "3", "8"] {
        let (_, out, _) = whole(&["--jobs", jobs], &input);
        assert!(out == one, "--jobs {jobs} differs");
    }
    let lines: Vec<&str> = input.split_inclusive('\n').collect();
    let mut joined = String::new();
    for (k, chunk) in lines.chunks(1000).enumerate() {
        let first = (k * 1000 + 1).to_string();
        let (_, out, _) = whole(&["--first-line", &first], &chunk.concat());
        joined.push_str(&out);
    }
    assert!(joined == one, "chunks concatenated differ from the whole");
}

/// A CSV row longer than 1 MiB is a failed row (`too-long`), as a JSON line is, and the
/// run goes on: every row before and after it is answered (issue 23). Memory stays bounded:
/// the csv crate is never handed more than the limit of one row.
#[test]
fn a_csv_row_over_the_limit_is_a_failed_row_and_the_run_goes_on() {
    let good = "prodirect,B,2026-11-27T16:30:00+01:00\n";
    let mut input = String::from("id,plan,severity,submitted\n");
    for i in 0..20_000 {
        input.push_str(&format!("{i},{good}"));
    }
    // A quoted field of 2 MiB with line breaks and doubled quotes inside it.
    input.push_str("long,\"");
    input.push_str(&"ab\"\"c\nd".repeat(300_000));
    input.push_str("\",B,2026-11-27T16:30:00+01:00\n");
    for i in 0..1000 {
        input.push_str(&format!("after{i},{good}"));
    }
    let (code, out, err) = raw(&words("--csv --region emea"), input.as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("1 of 21001 tickets failed (first on row 20002)"),
        "{err}"
    );
    let mut reader = csv::ReaderBuilder::new().from_reader(out.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("CSV")).collect();
    assert_eq!(rows.len(), 21_001);
    let cut = &rows[20_000];
    assert_eq!(&cut[0], "", "nothing of the cut row is written back");
    assert_eq!(&cut[cut.len() - 1], "too-long");
    assert!(cut[cut.len() - 2].contains("longer than 1048576 bytes"));
    assert_eq!(&rows[20_001][0], "after0");
    assert!(
        rows[20_001][7].starts_with("2026-11-30"),
        "{:?}",
        rows[20_001]
    );
    assert_eq!(&rows[21_000][0], "after999");
}

/// A header longer than the row limit is refused with one line, as any unusable header.
#[test]
fn a_csv_header_over_the_limit_is_refused() {
    let input = format!(
        "id,\"{}\n1,prodirect,B,2026-11-27T16:30:00+01:00\n",
        "x".repeat(2 << 20)
    );
    let (code, out, err) = raw(&words("--csv --region emea"), input.as_bytes());
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.contains("the CSV header is longer than 1048576 bytes"),
        "{err}"
    );
}

/// A quote left open makes the rest of the input one row: that row fails, the rows before
/// it are answered, and the run ends with exit 1, not a stop.
#[test]
fn an_endless_csv_row_is_one_failed_row() {
    let mut input =
        String::from("id,plan,severity,submitted\n0,prodirect,B,2026-11-27T16:30:00+01:00\n1,\"prodirect,B,2026-11-27T16:30:00+01:00\n");
    for i in 0..30_000 {
        input.push_str(&format!("{i},prodirect,B,2026-11-27T16:30:00+01:00\n"));
    }
    let (code, out, err) = raw(&words("--csv --region emea"), input.as_bytes());
    assert_eq!(code, 1, "{err}");
    assert!(
        err.contains("1 of 2 tickets failed (first on row 3)"),
        "{err}"
    );
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(
        out.lines().nth(2).is_some_and(|l| l.ends_with(",too-long")),
        "{out}"
    );
}

/// A CSV header with a column the tool reads or writes twice (any letter case, spaces for
/// underscores) is refused, as JSON Lines refuses a key given twice; other columns repeat
/// freely.
#[test]
fn a_csv_column_given_twice_is_refused() {
    let row = "1,prodirect,B,2026-11-27T16:30:00+01:00,x\n";
    for (header, said) in [
        (
            "id,plan,severity,submitted,PLAN",
            "`plan` twice (`plan` in column 2, `PLAN` in column 5",
        ),
        (
            "id,plan,severity,submitted,Time Zone,time_zone",
            "`time_zone` twice",
        ),
        ("id,plan,severity,submitted,due", "no"),
        ("ID,plan,severity,submitted,id", "`id` twice"),
        ("id,plan,severity,submitted,Error\u{1b}", "no"),
    ] {
        let input = format!("{header}\n{row}");
        let (code, out, err) = raw(&words("--csv --region emea"), input.as_bytes());
        if said == "no" {
            assert!(code == 0 && err.is_empty(), "{header}: {err}");
            continue;
        }
        assert_eq!(code, 2, "{header}: {err}");
        assert!(out.is_empty(), "{header}: {out}");
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains(said), "{err}");
    }
    let (code, out, _) = raw(
        &words("--csv --region emea"),
        format!("id,plan,severity,submitted,notes,Notes\n{row}").as_bytes(),
    );
    assert_eq!(code, 0);
    assert!(
        out.starts_with("id,plan,severity,submitted,notes,Notes,"),
        "{out}"
    );
}

/// From a helpdesk engineer's trial: a run's output fed back in, quotes inside plain CSV
/// fields, Latin-1 bytes in a field passed through, UTF-16 (refused) and semicolon files, a
/// mistyped default region, files joined with their byte-order marks, bad fields named in
/// JSON's words.
#[test]
fn what_real_exports_hold() {
    // The output of a run, fed back in, gets the same answers.
    let input = b"{\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\",\"region\":\"emea\"}\n";
    let (_, first, _) = raw(&[], input);
    let (code, again, err) = raw(&[], first.as_bytes());
    assert_eq!((code, again.as_str()), (0, first.as_str()), "{err}");
    // An earlier answer that is wrong (or edited) is replaced, not kept.
    let stale = first.replace("\"target_minutes\":120", "\"target_minutes\":999");
    let (_, again, _) = raw(&[], stale.as_bytes());
    assert_eq!(
        again.matches("\"target_minutes\":120").count(),
        1,
        "{again}"
    );
    assert!(!again.contains("999"), "{again}");
    let csv = "id,plan,severity,submitted,region\n1,prodirect,B,2026-11-27T16:30:00+01:00,emea\n";
    let (_, first, _) = raw(&["--csv"], csv.as_bytes());
    let (code, again, err) = raw(&["--csv"], first.as_bytes());
    assert_eq!((code, again.as_str()), (0, first.as_str()), "{err}");

    // A quote inside a plain field is a character, as the csv crate reads it.
    let mut csv = String::from("id,plan,severity,submitted,notes\n0,prodirect,B,2026-11-27T16:30:00+01:00,Monitor 27\" broken\n");
    for i in 1..20_000 {
        csv.push_str(&format!("{i},prodirect,B,2026-11-27T16:30:00+01:00,ok\n"));
    }
    let (code, out, err) = raw(&words("--csv --region emea"), csv.as_bytes());
    assert_eq!(code, 0, "{err}");
    assert_eq!(csv_rows(&out).len(), 20_000);

    // Bytes that are not UTF-8 anywhere on a line: an error, never echoed raw.
    let (code, out, _) = raw(&[], b"{\"x\":\"\xe9t\xe9\",\"id\":1,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\",\"region\":\"emea\"}\n");
    assert_eq!(code, 1);
    assert!(out.contains("\"kind\":\"not-utf8\""), "{out}");

    // UTF-16 and semicolons: refused with what to do.
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("id,plan\n".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let (code, out, err) = raw(&["--csv"], &utf16);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(
        err.contains("UTF-16") && err.contains("save it as UTF-8"),
        "{err}"
    );
    // Semicolons: read, and said (issue 22, item 5).
    let (code, out, err) = raw(&["--csv"], b"id;plan;severity;submitted\n1;prodirect;B;x\n");
    assert_eq!(code, 1);
    assert!(err.contains("separated by `;`"), "{err}");
    assert!(out.contains(";bad-time"), "{out}");

    // A mistyped default region is refused before any ticket is read.
    let (code, out, err) = raw(&words("--region emae"), input);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("did you mean `emea`?"), "{err}");

    // Two files joined, each with its byte-order mark.
    let mut joined = b"\xEF\xBB\xBF".to_vec();
    joined.extend_from_slice(input);
    joined.extend_from_slice(b"\xEF\xBB\xBF");
    joined.extend_from_slice(input);
    let (code, lines, _) = batch(&[], &joined);
    assert_eq!(code, 0, "{lines:?}");
    assert_eq!(lines.len(), 2);

    // Fields of the wrong type, or given twice, in JSON's words, placed by column.
    let (_, lines, _) = batch(
        &[],
        b"{\"id\":2,\"region\":[\"emea\"]}\n{\"id\":3,\"due\":\"a\",\"due\":\"b\"}\n{\"id\":4,\"id\":5}\n",
    );
    assert_eq!(
        lines[0]["error"],
        "a field has the wrong type: invalid type: an array, expected a string at column 17"
    );
    assert_eq!(
        lines[1]["error"],
        "a field is given twice: `due` at column 23"
    );
    // The id too, though a ticket's id is only echoed.
    assert_eq!(
        lines[2]["error"],
        "a field is given twice: `id` at column 12"
    );
}

/// Rows of empty cells are passed over like blank lines; a zero offset is written as the
/// single question writes it; the batch options without `--batch` are refused.
#[test]
fn empty_rows_zero_offsets_and_options_without_batch() {
    let csv = "id,plan,severity,submitted\n,,,\n1,premier,A,2026-11-28T03:00:00Z\n";
    let (code, out, _) = raw(&["--csv"], csv.as_bytes());
    assert_eq!(code, 0, "{out}");
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 1, "{out}");
    // A 24/7 target with no region: the offset `submitted` was written in, `Z`.
    assert_eq!(rows[0]["due_local"], "2026-11-28T04:00:00Z");
    let single = answer("sla --plan premier --sev A --at 2026-11-28T03:00:00Z");
    assert_eq!(single["due_local"], "2026-11-28T04:00:00Z");
    for option in [&["--csv"][..], &["--jobs", "2"], &["--first-line", "5"]] {
        let mut args = vec!["sla", "--plan", "prodirect", "--sev", "B"];
        args.extend_from_slice(option);
        let err = usage_error(&args);
        assert!(err.contains("--batch"), "{option:?}: {err}");
    }
}
