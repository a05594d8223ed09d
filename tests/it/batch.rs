//! `sla --batch` through the real binary: every line answered or reported in order, the
//! same due instants as single questions, error kinds and suggestions, holiday files.

use serde_json::Value;

use crate::common::*;
use crate::due::*;

// ---------------------------------------------------------------------------------------
// Batch
// ---------------------------------------------------------------------------------------

fn mixed_input() -> Vec<u8> {
    let mut input = Vec::new();
    // 1: ProDirect B on EMEA: due 2026-11-30T07:30:00Z (see above).
    input.extend_from_slice(br#"{"id":1,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00+01:00","region":"emea"}"#);
    input.push(b'\n');
    // 2: an organisation's own 90 min on EMEA: due 18:00 the same day = 17:00Z.
    input.extend_from_slice(br#"{"id":"own","target_minutes":90,"region":"emea","submitted":"2026-11-27T16:30:00+01:00"}"#);
    input.push(b'\n');
    // 3: malformed JSON.
    input.extend_from_slice(br#"{"id":3,"plan":"#);
    input.push(b'\n');
    // 4: unknown plan.
    input.extend_from_slice(br#"{"id":4,"plan":"gold-plated","severity":"B","submitted":"2026-11-27T16:30:00+01:00","region":"emea"}"#);
    input.push(b'\n');
    // 5: no `submitted`.
    input.extend_from_slice(br#"{"id":5,"plan":"prodirect","severity":"B","region":"emea"}"#);
    input.push(b'\n');
    // 6: not UTF-8.
    input.extend_from_slice(b"{\"id\":6,\"plan\":\"\xff\xfe\"}\n");
    // 7: blank.
    input.push(b'\n');
    // 8: 21Vianet C on its own desk: due 2026-11-30T15:30:00Z (see above).
    input.extend_from_slice(
        br#"{"id":8,"plan":"21vianet","severity":"C","submitted":"2026-11-27T16:30:00+01:00"}"#,
    );
    input.push(b'\n');
    // 9: Premier A (24/7), Saturday 28 November 2026 03:00 +01:00 → 04:00 +01:00 = 03:00Z.
    input.extend_from_slice(br#"{"id":9,"plan":"premier","severity":"A","submitted":"2026-11-28T03:00:00+01:00","region":"emea"}"#);
    input.push(b'\n');
    input
}

fn error_keys(v: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = v
        .as_object()
        .expect("object")
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

#[test]
fn batch_answers_every_line_in_order() {
    let (code, lines, err) = batch(&[], &mixed_input());
    assert_eq!(code, 1, "some lines failed: {lines:?}\n{err}");
    // One output line per input line, but for the blank line 7.
    assert_eq!(lines.len(), 8, "one output line per ticket: {lines:?}");

    assert_eq!(lines[0]["id"], 1);
    assert_eq!(lines[0]["plan"], "prodirect");
    assert_eq!(lines[0]["target_minutes"], 120);
    assert_eq!(lines[0]["coverage"], "business-hours");
    assert_eq!(lines[0]["due"], "2026-11-30T07:30:00Z");
    assert_eq!(lines[0]["due_local"], "2026-11-30T08:30:00+01:00");

    assert_eq!(lines[1]["id"], "own");
    assert_eq!(lines[1]["target_minutes"], 90);
    assert_eq!(lines[1]["coverage"], "business-hours");
    assert_eq!(lines[1]["due"], "2026-11-27T17:00:00Z");
    assert_eq!(lines[1]["due_local"], "2026-11-27T18:00:00+01:00");

    for (index, id, kind) in [
        (2, Value::Null, "not-json"),
        (3, 4.into(), "unknown-id"),
        (4, 5.into(), "missing-field"),
    ] {
        let line = &lines[index];
        assert_eq!(line["line"], index + 1, "{line}");
        assert_eq!(line["id"], id, "{line}");
        assert_eq!(line["kind"], kind, "{line}");
    }
    assert_eq!(error_keys(&lines[2]), vec!["error", "id", "kind", "line"]);
    // "gold-plated" is close to no plan: no suggestion, so no key.
    assert_eq!(error_keys(&lines[3]), vec!["error", "id", "kind", "line"]);
    assert!(
        s(&lines[3], "error").contains("gold-plated"),
        "{}",
        lines[3]
    );
    assert!(s(&lines[4], "error").contains("submitted"), "{}", lines[4]);
    let line = &lines[5];
    assert_eq!(
        error_keys(line),
        vec!["error", "id", "kind", "line"],
        "{line}"
    );
    assert_eq!(line["line"], 6, "{line}");
    assert_eq!(line["kind"], "not-utf8", "{line}");
    assert!(s(&lines[5], "error").contains("UTF-8"), "{}", lines[5]);

    // Line 7 is blank: passed over, the next line keeps its number.
    assert_eq!(lines[6]["id"], 8);
    assert_eq!(lines[6]["target_business_days"], 3);
    assert_eq!(lines[6]["coverage"], "business-hours");
    assert_eq!(lines[6]["due"], "2026-11-30T15:30:00Z");
    assert_eq!(lines[6]["due_local"], "2026-11-30T23:30:00+08:00");

    assert_eq!(lines[7]["id"], 9);
    assert_eq!(lines[7]["coverage"], "24x7");
    assert_eq!(lines[7]["target_minutes"], 60);
    assert_eq!(lines[7]["due"], "2026-11-28T03:00:00Z");
    assert_eq!(lines[7]["due_local"], "2026-11-28T04:00:00+01:00");
}

#[test]
fn batch_errors_carry_a_kind_and_a_suggestion() {
    let input = b"{\"id\":1,\"plan\":\"prodirekt\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\",\"region\":\"emea\"}\n\
{\"id\":2,\"plan\":\"prodirect\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00\",\"region\":\"emea\"}\n\
{\"id\":3,\"plan\":\"unified-core\",\"severity\":\"B\",\"submitted\":\"2026-11-27T16:30:00+01:00\",\"region\":\"emea\"}\n\
{\"id\":4,\"target_minutes\":60,\"submitted\":\"2026-11-27T16:30:00+01:00\",\"region\":\"emae\"}\n";
    let (code, lines, _) = batch(&[], input);
    assert_eq!(code, 1);
    assert_eq!(lines[0]["kind"], "unknown-id");
    assert_eq!(lines[0]["suggestion"], "prodirect");
    assert_eq!(lines[1]["kind"], "bad-time");
    assert_eq!(lines[2]["kind"], "no-such-target");
    assert_eq!(lines[3]["kind"], "unknown-id");
    assert_eq!(lines[3]["suggestion"], "emea");
}

#[test]
fn batch_due_equals_the_single_query() {
    let (_, lines, _) = batch(&[], &mixed_input());
    let singles = [
        (
            0,
            sla(&words(
                "--plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00",
            )),
        ),
        (
            1,
            sla(&words(
                "--minutes 90 --region emea --at 2026-11-27T16:30:00+01:00",
            )),
        ),
        (
            6,
            sla(&words(
                "--plan 21vianet --sev C --at 2026-11-27T16:30:00+01:00",
            )),
        ),
        (
            7,
            sla(&words(
                "--plan premier --sev A --region emea --at 2026-11-28T03:00:00+01:00",
            )),
        ),
    ];
    for (index, single) in singles {
        assert_eq!(
            (&lines[index]["due"], &lines[index]["due_local"]),
            (&single["due"], &single["due_local"]),
            "output line {}",
            index + 1
        );
        assert_eq!(lines[index]["coverage"], single["coverage"]);
    }
}

#[test]
fn batch_all_good_exits_zero_and_honours_holidays() {
    let list = holiday_list();
    let input = concat!(
        // Thursday 24 December 2026 17:00 +01:00, ProDirect B, Christmas in the file:
        // Monday 28 December 09:00 +01:00 (see `a_holiday_on_a_friday_from_a_date_list`).
        r#"{"id":"a","plan":"prodirect","severity":"B","submitted":"2026-12-24T17:00:00+01:00","region":"emea"}"#,
        "\n",
        // Thanksgiving on north-america: Friday 27 November 08:00 -08:00.
        r#"{"id":"b","plan":"subscription","severity":"B","submitted":"2026-11-25T16:00:00-08:00","region":"north-america"}"#,
        "\n",
        // Best effort: no due instant.
        r#"{"id":"c","plan":"powerbi-community","severity":"B","submitted":"2026-11-25T16:00:00-08:00","region":"emea"}"#,
        "\n",
    );
    let (code, lines, err) = batch(&["--holidays", &list], input.as_bytes());
    assert_eq!(code, 0, "{lines:?}\n{err}");
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["due"], "2026-12-28T08:00:00Z");
    assert_eq!(lines[0]["due_local"], "2026-12-28T09:00:00+01:00");
    assert_eq!(lines[1]["due"], "2026-11-27T16:00:00Z");
    assert_eq!(lines[1]["due_local"], "2026-11-27T08:00:00-08:00");
    assert_eq!(lines[2]["coverage"], "best-effort");
    assert_eq!(lines[2]["due"], Value::Null);
    assert_eq!(lines[2]["due_local"], Value::Null);
}
