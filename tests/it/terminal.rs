//! Issue 12: the everyday commands at the terminal — times in the user's zone, `--at now`,
//! a 24/7 target with no calendar.

use crate::common::{answer, json, refused, run, s, usage_error, words};

/// `--tz` shows every instant in the user's zone too: `due_tz` and `next_change_tz` carry
/// its offset; the tables show the same instant there.
#[test]
fn times_are_shown_in_the_users_zone() {
    // Fri 27 Nov 2026 16:30 Paris: 1 h 30 min to 18:00, 30 min Monday: due Mon 08:30 CET.
    let args = [
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        "2026-11-27T16:30:00+01:00",
        "--region",
        "emea",
        "--tz",
        "America/New_York",
    ];
    let v = json(&args);
    assert_eq!(s(&v, "due"), "2026-11-30T07:30:00Z");
    assert_eq!(s(&v, "due_local"), "2026-11-30T08:30:00+01:00");
    assert_eq!(s(&v, "due_tz"), "2026-11-30T02:30:00-05:00");
    let (code, table, _) = run(&args);
    assert_eq!(code, 0);
    assert!(table.contains("Mon 30 Nov 2026 08:30 +01:00"), "{table}");
    assert!(table.contains("= 02:30 -05:00 America/New_York"), "{table}");
    assert!(table.contains("= 10:30 -05:00 America/New_York"), "{table}");

    let mut explain = args.to_vec();
    explain.push("--explain");
    let (_, table, _) = run(&explain);
    assert!(
        table.contains("Fri 27 Nov 2026 18:00 +01:00 (= 12:00 -05:00)"),
        "{table}"
    );

    // Without --tz, the system's zone (TZ=UTC in the tests) is the user's: chrono writes
    // a zero offset as `Z`.
    let v = json(&args[..args.len() - 2]);
    assert_eq!(s(&v, "due_tz"), "2026-11-30T07:30:00Z");

    // hours --at: the next change in the user's zone, across a date line.
    let v = answer("hours --region emea --at 2026-11-27T16:30:00+01:00 --tz Pacific/Auckland");
    assert_eq!(s(&v, "next_change"), "2026-11-27T17:00:00Z");
    assert_eq!(s(&v, "next_change_tz"), "2026-11-28T06:00:00+13:00");
    let (_, table, _) = run(&words(
        "hours --region emea --at 2026-11-27T16:30:00+01:00 --tz Pacific/Auckland",
    ));
    assert!(
        table.contains("06:00") && table.contains("+13:00"),
        "{table}"
    );
}

/// The same offset in the user's zone is not repeated.
#[test]
fn the_same_offset_is_not_shown_twice() {
    let (_, table, _) = run(&words("sla --plan prodirect --sev B --at 2026-11-27T16:30:00+01:00 --region emea --tz Europe/Amsterdam"));
    assert!(!table.contains("= "), "{table}");
}

/// `--at now` means `--now` (or the system clock), for `sla` and `hours`.
#[test]
fn at_now_means_now() {
    let now = "2026-11-27T16:30:00+01:00";
    let v = json(&["hours", "--region", "emea", "--at", "now", "--now", now]);
    assert_eq!(v["open"], true);
    assert_eq!(s(&v, "next_change"), "2026-11-27T17:00:00Z");
    let v = json(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--region",
        "emea",
        "--at",
        "NOW",
        "--now",
        now,
    ]);
    assert_eq!(s(&v, "submitted"), "2026-11-27T15:30:00Z");
    assert_eq!(s(&v, "due"), "2026-11-30T07:30:00Z");
    assert_eq!(v["minutes_left"], 3 * 24 * 60 - 8 * 60);
    // Without --now: the system clock (some instant, open or closed, always answered).
    let v = answer("hours --region emea --at now");
    assert!(v["open"].is_boolean());
    let err = refused("hours --region emea --at nu");
    assert!(
        err.contains("expected `now` or an RFC 3339 instant"),
        "{err}"
    );
}

/// A 24/7 target needs no region: the due instant is the target after T, shown in the
/// offset T was written in when no region or zone is known (TZ=UTC is in no region's list).
#[test]
fn a_24x7_target_needs_no_calendar() {
    let v = answer("sla --plan premier --sev A --at 2026-12-01T10:00:00+05:30");
    assert_eq!(s(&v, "coverage"), "24x7");
    assert_eq!(s(&v, "due"), "2026-12-01T05:30:00Z");
    assert_eq!(s(&v, "due_local"), "2026-12-01T11:00:00+05:30");
    assert_eq!(s(&v, "due_tz"), "2026-12-01T05:30:00Z");
    assert!(v["region"].is_null() && v["time_zone"].is_null(), "{v}");
    // A business-hours target still needs the region.
    let err = refused("sla --plan prodirect --sev B --at 2026-12-01T10:00:00+05:30");
    assert!(err.contains("cannot tell the customer's region"), "{err}");
    // An unknown region is still an error, 24/7 or not.
    let err = refused("sla --plan premier --sev A --at now --region emae");
    assert!(err.contains("did you mean `emea`?"), "{err}");

    // The same for batch lines.
    let out = crate::common::cmd(&words("sla --batch"))
        .write_stdin(
            "{\"id\":1,\"plan\":\"premier\",\"severity\":\"A\",\"submitted\":\"2026-12-01T10:00:00+05:30\"}\n",
        )
        .output()
        .expect("runs");
    let line: serde_json::Value = serde_json::from_slice(&out.stdout).expect("one JSON line");
    assert_eq!(out.status.code(), Some(0), "{line}");
    assert_eq!(s(&line, "due"), "2026-12-01T05:30:00Z");
    assert_eq!(s(&line, "due_local"), "2026-12-01T11:00:00+05:30");
}

/// The everyday questions, as people ask them (a fixed "now" and zone).
const EVERYDAY: &[&[&str]] = &[
    &["sla", "--plan", "prodirect", "--sev", "B"],
    &["sla", "--plan", "21vianet", "--sev", "A"],
    &[
        "sla",
        "--plan",
        "powerbi-premium",
        "--sev",
        "A",
        "--at",
        "now",
        "--region",
        "emea",
    ],
    &[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--at",
        "now",
        "--region",
        "emea",
        "--explain",
        "--tz",
        "America/New_York",
    ],
    &["sla", "--minutes", "90", "--region", "emea", "--at", "now"],
    &["where", "--product", "dynamics-365", "--plan", "premier"],
    &["where", "--product", "power-platform", "--partner"],
    &["where", "--product", "business-central"],
    &["hours"],
    &["hours", "--region", "emea"],
    &["hours", "--at", "now", "--tz", "Asia/Tokyo"],
    &["hours", "--chart", "--tz", "Europe/Amsterdam"],
    &["can-reopen", "--closed", "2026-10-01"],
    &["plans"],
    &["contact"],
    &["partner"],
    &["ids"],
    &["policy"],
    &["policy", "preview"],
    &["rules", "coverage"],
];

/// Runs `args` at `columns` (as `COLUMNS` says), with `--now` fixed; returns stdout.
fn at_width(args: &[&str], columns: usize) -> String {
    let out = crate::common::cmd(args)
        .arg("--now")
        .arg("2026-11-30T10:00:00+01:00")
        .env("COLUMNS", columns.to_string())
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// No line of any answer is wider than the terminal, in either form, at 80 columns and
/// at narrower and wider terminals.
#[test]
fn no_line_exceeds_the_width() {
    for columns in [80, 60, 40, 132] {
        for args in EVERYDAY {
            for details in [false, true] {
                let mut all = args.to_vec();
                if details {
                    all.push("--details");
                }
                let out = at_width(&all, columns);
                for line in out.lines() {
                    assert!(
                        line.chars().count() <= columns,
                        "{all:?} at {columns} columns: {line:?}\n{out}"
                    );
                }
            }
        }
    }
}

/// Every id and alias `ids --json` prints appears unbroken in the table of `ids`, and in
/// the tables of `hours` and `contact` the region and line ids do too.
#[test]
fn ids_are_never_broken_in_tables() {
    let words = |text: &str| -> std::collections::HashSet<String> {
        text.split(|c: char| c.is_whitespace() || "│┆,()`:;".contains(c))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let v = json(&["ids"]);
    for columns in [40, 60, 80, 100] {
        let table = words(&at_width(&["ids"], columns));
        for kind in v["kinds"].as_array().expect("kinds") {
            for id in kind["ids"].as_array().expect("ids") {
                let mut names = vec![s(id, "id").to_string()];
                for alias in id["aliases"].as_array().into_iter().flatten() {
                    names.push(alias.as_str().unwrap_or_default().to_string());
                }
                for name in names {
                    assert!(
                        table.contains(&name),
                        "`{name}` broken at {columns} columns"
                    );
                }
            }
        }
    }
    let hours = words(&at_width(&["hours"], 80));
    for region in ["north-america", "china-critical", "America/Los_Angeles"] {
        assert!(hours.contains(region), "{region}");
    }
    // Phone numbers: in their own column, and inside a prose cell.
    for columns in [60, 80, 120] {
        let contact = at_width(&["contact"], columns);
        for number in ["+49 69 380 789 305", "0800 589 2330"] {
            assert!(contact.contains(number), "{number}:\n{contact}");
        }
        let hours = at_width(&["hours"], columns);
        for number in ["1 800 865 9408", "+49 69 380 789 305"] {
            assert!(hours.contains(number), "{number}:\n{hours}");
        }
    }
    // Prose breaks at spaces only: a zone name or a URL stays whole.
    let hours = at_width(&["hours"], 80);
    assert!(hours.contains("Europe/Paris"), "{hours}");
    assert!(
        !hours.lines().any(|l| l.trim_end().ends_with('/')),
        "{hours}"
    );
}

/// `sla`: the answer in the first lines, the whole of it on one screen; the background
/// behind `--details`, every source named once in either form; JSON unchanged.
#[test]
fn the_answer_comes_first_and_the_background_on_request() {
    let args = ["sla", "--plan", "prodirect", "--sev", "B"];
    let short = at_width(&args, 80);
    let lines: Vec<&str> = short.lines().collect();
    assert!(lines.len() <= 14, "{} lines:\n{short}", lines.len());
    let first = lines[..5].join("\n");
    assert!(
        first.contains("Initial response  less than 2 hours"),
        "{short}"
    );
    assert!(
        first.contains("Coverage          business hours"),
        "{short}"
    );
    assert!(
        !short.contains("What initial response time means"),
        "{short}"
    );
    assert!(short.contains("More with --details"), "{short}");

    let mut with_details = args.to_vec();
    with_details.push("--details");
    let long = at_width(&with_details, 80);
    assert!(long.contains("What initial response time means:"), "{long}");
    assert!(long.contains("no resolution SLA"), "{long}");
    assert!(long.contains("Moderate business impact"), "{long}");
    assert!(!long.contains("More with --details"), "{long}");
    // The sections in full with --details only (issue 21: one line a document, with its
    // date); each named once there: the one behind the target and the topic both is not
    // repeated.
    let flat_short = short.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        flat_short
            .matches("\"Wat is de initiële responstijd")
            .count(),
        0,
        "{short}"
    );
    assert!(flat_short.contains("(undated)"), "{short}");
    for text in [&short, &long] {
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        if text == &long {
            assert_eq!(
                flat.matches("\"Wat is de initiële responstijd").count(),
                1,
                "{text}"
            );
        }
        assert_eq!(
            flat.matches("Ondersteuning voor Microsoft Power Platform")
                .count(),
            1,
            "{text}"
        );
    }
    // JSON carries everything, with or without --details.
    let mut json_details = with_details.clone();
    json_details.push("--json");
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&at_width(&json_details, 80)).expect("JSON"),
        json(&args)
    );
}

/// The default and `--details` tables of the everyday answers at 80 columns.
#[test]
fn snapshot_default_and_details_forms() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("snapshots");
    settings.set_prepend_module_to_snapshot(false);
    for args in EVERYDAY {
        let name = args
            .iter()
            .filter(|a| !a.starts_with("--") && **a != "now")
            .take(4)
            .map(|a| a.replace('/', "-"))
            .collect::<Vec<_>>()
            .join("_");
        let mut details = args.to_vec();
        details.push("--details");
        settings.bind(|| {
            insta::assert_snapshot!(format!("it__terminal__{name}"), at_width(args, 80));
            insta::assert_snapshot!(
                format!("it__terminal__{name}_details"),
                at_width(&details, 80)
            );
        });
    }
}

/// The trial's findings: whole seconds for `--at now`, a due instant 30 s ago is missed,
/// a region only with a due instant to count, `--tz` in any case, one line for no command.
#[test]
fn small_things_people_trip_over() {
    let v = answer("sla --plan premier --sev A --at now");
    for field in ["submitted", "due", "now"] {
        assert!(!s(&v, field).contains('.'), "{field}: {v}");
    }
    let v = answer(
        "sla --plan prodirect --sev B --region emea --at 2026-11-27T16:30:00+01:00 \
         --now 2026-11-30T07:30:30Z",
    );
    assert_eq!(v["minutes_left"], -1, "{v}");
    let err = refused("sla --plan premier --sev A --region bogus");
    assert!(err.contains("--at"), "{err}");
    // A region asked for is answered for, or refused: never passed over for the wall clock.
    let err = refused("sla --plan premier --sev A --region other --at now");
    assert!(err.contains("give the zone with --tz"), "{err}");
    let v = answer("--tz europe/paris sla --plan prodirect --sev B --at now");
    assert_eq!(s(&v, "time_zone"), "Europe/Paris");
    let err = usage_error(&[]);
    assert!(
        err.contains("needs a command: `advise`, `where`, `sla`"),
        "{err}"
    );
    let err = usage_error(&["rules"]);
    assert!(err.contains("`check`, `dump`, `coverage`"), "{err}");
}

/// A due instant names the calendar that counted it: its section among the sources (once)
/// and the reading behind its hours.
#[test]
fn the_calendar_of_a_due_instant_is_cited() {
    let table = at_width(
        &words("sla --plan prodirect --sev B --at now --region emea --details"),
        80,
    );
    let flat = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(
        flat.matches("\"Welke uren worden als lokale kantooruren voor ondersteuning beschouwd?\"")
            .count(),
        1,
        "{table}"
    );
    assert!(flat.contains("(decided reading 1)"), "{table}");
    let v = answer("sla --plan prodirect --sev B --at now --region emea");
    assert!(s(&v, "calendar_note").contains("reading 1"), "{v}");
}

/// Issue 23, item 12: ids, zones and offsets stay whole in narrow tables. A table whose
/// words cannot stand side by side is a list of labelled lines instead; only a URL, a word
/// longer than its column can ever be, is broken.
#[test]
fn narrow_tables_keep_ids_zones_and_offsets_whole() {
    let at = "2026-12-07T01:00:00Z";
    let lines = |text: &str| -> Vec<String> { text.lines().map(str::to_string).collect() };
    let emea = at_width(&["hours", "--region", "emea", "--at", at], 40);
    for word in ["Europe/Paris", "+01:00", "(emea)"] {
        assert!(
            lines(&emea).iter().any(|l| l.contains(word)),
            "`{word}` broken:\n{emea}"
        );
    }
    assert!(emea.lines().all(|l| l.chars().count() <= 40), "{emea}");
    let plans = at_width(&["plans"], 80);
    for id in [
        "21vianet-technical`).",
        "21vianet-self-service`).",
        "customer-engagement-on-premises",
    ] {
        assert!(plans.contains(id), "`{id}` broken:\n{plans}");
    }
    let billing = at_width(
        &["hours", "--region", "m365-billing-australia", "--at", at],
        80,
    );
    assert!(billing.contains("(m365-billing-australia)"), "{billing}");
    // Every region id of `hours --at`, at every width, on one line.
    for columns in [40, 60, 80, 100, 160] {
        let all = at_width(&["hours", "--at", at], columns);
        let statuses = json(&["hours", "--at", at]);
        for region in statuses.as_array().expect("statuses") {
            let id = format!("({})", s(region, "region"));
            assert!(all.contains(&id), "`{id}` broken at {columns}:\n{all}");
        }
        assert!(all.lines().all(|l| l.chars().count() <= columns), "{all}");
    }
}
