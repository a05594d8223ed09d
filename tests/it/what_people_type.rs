//! What people who know what they want type gets a way forward, not a dead end: a region
//! as a word, a country, a city, a plan for a product, values of closed lists however
//! typed, misspellings with a suggestion of their kind, display names for ids; and what the
//! README says of the tool is what it does.

use crate::common::{answer, cmd, json, refused, run, s, usage_error, words};

/// stdout of `args` with `env` set (colour off unless the environment says otherwise).
fn stdout_with(args: &[&str], env: &[(&str, &str)]) -> String {
    let out = cmd(args)
        .envs(env.iter().copied())
        .output()
        .expect("binary runs");
    assert_eq!(out.status.code(), Some(0), "{args:?} {env:?}: {out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn force_color_and_clicolor_force_are_honoured_as_color_always() {
    let args = words("hours --region japan --at 2026-12-07T01:00:00Z");
    let always = stdout_with(&[&args[..], &["--color", "always"]].concat(), &[]);
    // The Now cell in green, although the tests' environment sets NO_COLOR.
    assert!(always.contains("\x1b[38;5;10mopen"), "{always:?}");
    for (name, value) in [
        ("FORCE_COLOR", "1"),
        ("FORCE_COLOR", "true"),
        ("CLICOLOR_FORCE", "1"),
    ] {
        // NO_COLOR=1 is set by the tests' environment: forcing is the more specific ask.
        let forced = stdout_with(&args, &[(name, value)]);
        assert_eq!(forced, always, "{name}={value}");
    }
    for (name, value) in [
        ("FORCE_COLOR", "0"),
        ("FORCE_COLOR", ""),
        ("CLICOLOR_FORCE", "0"),
    ] {
        let plain = stdout_with(&args, &[(name, value)]);
        assert!(!plain.contains('\x1b'), "{name}={value}: {plain}");
    }
    let never = stdout_with(
        &[&args[..], &["--color", "never"]].concat(),
        &[("FORCE_COLOR", "1")],
    );
    assert!(!never.contains('\x1b'), "{never}");
}

#[test]
fn rules_help_says_the_files_are_layered_over_the_built_in_rules() {
    let help = stdout_with(&["--help"], &[]);
    assert!(help.contains("over the built-in rules"), "{help}");
    assert!(!help.contains("instead of the built-in rules"), "{help}");
}

/// At 80 columns no example in any `--help` is wrapped in the middle of a command: each
/// line is a command, or the continuation of the one above it, which ends with `\`.
#[test]
fn help_examples_fit_80_columns_without_breaking_a_command() {
    let subcommands = [
        "advise",
        "where",
        "sla",
        "hours",
        "can-reopen",
        "plans",
        "contact",
        "partner",
        "ids",
        "policy",
        "holidays",
        "completions",
        "man",
    ];
    let top = std::iter::once(None);
    for sub in top.chain(subcommands.into_iter().map(Some)) {
        let args: Vec<&str> = sub.into_iter().chain(["--help"]).collect();
        let help = stdout_with(&args, &[("COLUMNS", "80")]);
        let examples = help
            .split_once("Example")
            .map(|(_, e)| e)
            .unwrap_or_else(|| panic!("{args:?}: no examples"));
        let mut continued = false;
        for line in examples.lines().skip(1).filter(|l| !l.trim().is_empty()) {
            assert!(line.chars().count() <= 80, "{args:?}: {line}");
            let ok = if continued {
                line.starts_with("      ")
            } else {
                line.starts_with("  support-advisor ")
            };
            assert!(ok, "{args:?}: an example broken mid-command:\n{examples}");
            continued = line.ends_with('\\');
        }
    }
}

/// A bare `support-advisor` is a usage error of one line that names every command and
/// `--help`, as the README says (it used to say the help was shown).
#[test]
fn a_bare_command_names_the_commands_as_the_readme_says() {
    let (code, out, err) = run(&[]);
    assert_eq!(code, 2);
    assert!(out.is_empty(), "{out}");
    assert_eq!(err.lines().count(), 1, "{err}");
    for command in ["`advise`", "`hours`", "`man`", "`support-advisor --help`"] {
        assert!(err.contains(command), "{err}");
    }
    let readme =
        std::fs::read_to_string(crate::common::manifest_dir().join("README.md")).expect("README");
    assert!(!readme.contains("then the help is shown too"));
    assert!(readme.contains("as a bare `support-advisor`: the line names every command"));
}

/// `can-reopen` says which rules hold only because no flag said otherwise, and the flag
/// that states the opposite; a rule whose flag was given is not assumed.
#[test]
fn can_reopen_names_the_facts_it_assumed() {
    let v = answer("can-reopen --closed 2026-10-01 --on 2026-10-05");
    let rules = v["rules"].as_array().expect("rules");
    let assumed: Vec<(u64, &str)> = rules
        .iter()
        .filter(|r| r["assumed"] == true)
        .map(|r| {
            (
                r["rule"].as_u64().unwrap_or(0),
                r["flag"].as_str().unwrap_or(""),
            )
        })
        .collect();
    assert_eq!(
        assumed,
        [
            (1, "--build-changed"),
            (2, "--other-environment"),
            (3, "--new-error")
        ]
    );
    assert_eq!(rules[3]["assumed"], false);
    let (code, table, _) = run(&words("can-reopen --closed 2026-10-01 --on 2026-10-05"));
    assert_eq!(code, 0);
    assert!(
        table.contains("Assumed, as nothing said otherwise: rules 1, 2 and 3 hold"),
        "{table}"
    );
    assert!(table.contains("--other-environment"), "{table}");

    let (code, table, _) = run(&words(
        "can-reopen --closed 2026-10-01 --on 2026-10-05 --build-changed --new-error",
    ));
    assert_eq!(code, 1);
    assert!(
        table
            .contains("Assumed, as nothing said otherwise: rule 2 holds (give --other-environment"),
        "{table}"
    );
}

/// `hours japan` is `hours --region japan`, as `contact LINE` takes its line.
#[test]
fn hours_takes_the_region_as_a_positional_argument() {
    let at = "--at 2026-12-07T01:00:00Z";
    assert_eq!(
        answer(&format!("hours japan {at}")),
        answer(&format!("hours --region japan {at}"))
    );
    assert_eq!(answer("hours japan"), answer("hours --region japan"));
    let line = refused("hours japan --region emea");
    assert!(line.contains("--region"), "{line}");
    let line = refused("hours --chart emea");
    assert!(line.contains("--chart"), "{line}");
}

/// `rules dump DIR --json` says what it wrote as JSON.
#[test]
fn rules_dump_answers_in_json() {
    let dir = crate::common::temp_dir("dump-json").join("rules");
    let dir_text = dir.to_str().expect("a UTF-8 path");
    let v = crate::common::json(&["rules", "dump", dir_text]);
    assert_eq!(v["dir"], dir_text);
    let files = v["files"].as_array().expect("files");
    assert!(files.len() > 5, "{v}");
    for file in files {
        assert!(std::path::Path::new(file.as_str().expect("a path")).is_file());
    }
}

/// `sla --batch` typed at a prompt says on stderr that it reads tickets from standard
/// input and how to end them, instead of waiting silently; from a pipe it says nothing.
#[test]
fn sla_batch_on_a_terminal_says_it_is_reading_standard_input() {
    // Ctrl-D at the start of a line ends the input.
    let (status, seen) = crate::colour::on_terminal_with(&words("sla --batch"), 80, Some(b"\x04"));
    assert!(status.success(), "{status}: {seen}");
    assert!(
        seen.contains(
            "support-advisor: reading tickets from standard input (JSON Lines), one a line; end with Ctrl-D"
        ),
        "{seen}"
    );
    let (status, seen) =
        crate::colour::on_terminal_with(&words("sla --batch --csv"), 80, Some(b"\x04"));
    assert!(status.success(), "{status}: {seen}");
    assert!(seen.contains("(CSV with a header row)"), "{seen}");
    let out = cmd(&words("sla --batch"))
        .write_stdin("")
        .output()
        .expect("runs");
    assert!(out.stderr.is_empty(), "{out:?}");
}

/// `--tz` takes a city, a Windows name and a helpdesk's (Rails') name for the IANA zone.
#[test]
fn tz_takes_cities_windows_and_helpdesk_names() {
    let base = [
        "hours",
        "--region",
        "emea",
        "--at",
        "2026-12-07T01:00:00Z",
        "--tz",
    ];
    let with = |zone: &str| {
        let mut args = base.to_vec();
        args.push(zone);
        crate::common::json(&args)
    };
    for (typed, iana) in [
        ("Madrid", "Europe/Madrid"),
        ("new york", "America/New_York"),
        ("Pacific Time (US & Canada)", "America/Los_Angeles"),
        ("(GMT-05:00) Eastern Time (US & Canada)", "America/New_York"),
        ("W. Europe Standard Time", "Europe/Berlin"),
        ("Tokyo Standard Time", "Asia/Tokyo"),
    ] {
        assert_eq!(with(typed), with(iana), "{typed}");
    }
    let line = crate::common::usage_error(&[&base[..], &["Pacific Time"]].concat());
    assert!(line.contains("unknown time zone"), "{line}");
    assert!(line.contains("Pacific Time (US & Canada)"), "{line}");
}

/// A country typed for a region says which region its zones are in (the documents'
/// regions, matched through the country's zones, as `--tz` infers one).
#[test]
fn a_country_for_a_region_names_the_region_of_its_zones() {
    for (typed, region, zone) in [
        ("spain", "emea", "Europe/Madrid"),
        ("germany", "emea", "Europe/Berlin"),
        ("NL", "emea", "Europe/Amsterdam"),
        ("australia", "apac", "Australia/Sydney"),
    ] {
        let line = refused(&format!("hours --region {typed}"));
        assert!(
            line.contains(&format!("is a country, in region `{region}`"))
                && line.contains(zone)
                && line.contains(&format!("give --region {region}")),
            "{typed}: {line}"
        );
    }
    let line = refused("sla --plan prodirect --sev B --at 2026-12-07T01:00:00Z --region spain");
    assert!(line.contains("give --region emea"), "{line}");
    // A country no region lists: its own hours need --tz.
    let line = refused("hours --region brazil");
    assert!(line.contains("Brazil (BR) is a country"), "{line}");
    assert!(line.contains("--tz"), "{line}");
}

/// A plan typed for a product (`Power BI Pro`) names the product and the plan to give.
#[test]
fn a_plan_for_a_product_names_both() {
    let (code, out, err) = run(&[
        "sla",
        "--plan",
        "prodirect",
        "--sev",
        "B",
        "--product",
        "Power BI Pro",
    ]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.contains("that is plan `powerbi-pro`: give --product power-bi --plan powerbi-pro"),
        "{err}"
    );
    let line = refused("where --product pbi-pro");
    assert!(
        line.contains("--product power-bi --plan powerbi-pro"),
        "{line}"
    );
}

/// `contact` takes a country by name or ISO code: the documents' lines that serve it, and
/// where they list none, the way they give (the Microsoft 365 admin center).
#[test]
fn contact_takes_a_country() {
    for typed in ["netherlands", "NL", "nl", "The Netherlands"] {
        let v = crate::common::json(&["contact", typed]);
        let lines: Vec<&str> = v["lines"]
            .as_array()
            .expect("lines")
            .iter()
            .filter_map(|l| l["line"].as_str())
            .collect();
        assert_eq!(lines, ["germany-eea"], "{typed}");
        assert_eq!(v["country"]["code"], "NL");
        let note = v["country"]["note"].as_str().expect("a note");
        assert!(note.contains("European Economic Area"), "{note}");
        assert!(note.contains("Microsoft 365 admin center"), "{note}");
    }
    let (code, table, _) = run(&words("contact netherlands"));
    assert_eq!(code, 0);
    assert!(table.contains("+49 69 380 789 305"), "{table}");
    let flat = table.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains("Support > New service request"), "{table}");
    // A country the documents list no line for: one line saying what to do.
    // A country the documents list no line for is answered, not refused: where to go
    // instead is the answer (exit 0, as for the Netherlands).
    let v = answer("contact japan");
    assert!(v["lines"].as_array().is_some_and(Vec::is_empty), "{v}");
    let note = v["country"]["note"].as_str().unwrap_or_default();
    assert!(note.contains("no phone line for Japan (JP)"), "{note}");
    assert!(note.contains("Microsoft 365 admin center"), "{note}");
    // Lines named by their country still answer as before.
    let v = answer("contact united-kingdom");
    assert_eq!(v["lines"][0]["line"], "m365-united-kingdom");
}

/// `holidays -` reads the file from standard input, bounded as a file on disk is.
#[test]
fn holidays_reads_standard_input() {
    let args = words("holidays - --from 2026-12-01 --to 2026-12-31 --json");
    let out = cmd(&args)
        .write_stdin("2026-12-25\n2026-12-26\n")
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let from_file = {
        let dir = crate::common::temp_dir("holidays-stdin");
        let path = dir.join("days.txt");
        std::fs::write(&path, "2026-12-25\n2026-12-26\n").expect("write");
        let path = path.to_str().expect("UTF-8").to_string();
        crate::common::json(&[
            "holidays",
            &path,
            "--from",
            "2026-12-01",
            "--to",
            "2026-12-31",
        ])
    };
    assert_eq!(v["closures"], from_file["closures"], "{v}");
    // A stream that never ends stops at the limit, with one line.
    let out = cmd(&words("holidays -"))
        .write_stdin(vec![b'x'; (16 << 20) + 10])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("over 16 MiB"), "{err}");
}

/// A batch ticket's `time_zone` is read as `--tz` is: a helpdesk export's zone names work.
#[test]
fn batch_tickets_take_helpdesk_zone_names() {
    let ticket = |zone: &str| {
        format!(
            r#"{{"id":1,"plan":"prodirect","severity":"B","submitted":"2026-11-27T16:30:00+01:00","time_zone":"{zone}"}}"#
        )
    };
    let run_one = |zone: &str| {
        let out = cmd(&words("sla --batch"))
            .write_stdin(ticket(zone))
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(0), "{zone}: {out:?}");
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        v["due"].clone()
    };
    assert_eq!(
        run_one("Pacific Time (US & Canada)"),
        run_one("America/Los_Angeles")
    );
}

// ---------------------------------------------------------------------------------------
// Closed lists, misspellings and display names
// ---------------------------------------------------------------------------------------

#[test]
fn values_of_closed_lists_are_read_however_typed() {
    for args in [
        &["--format", "JSON", "ids", "sev"][..],
        &["--format", " Json ", "ids", "sev"],
        &["--color", "NEVER", "--json", "ids", "sev"],
        &["--colour", "Never", "--json", "ids", "sev"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!((code, err.as_str()), (0, ""), "{args:?}");
        assert!(out.starts_with('{'), "{args:?}: {out}");
    }
    let (code, out, _) = run(&[
        "partner",
        "--competency",
        "Cloud",
        "--membership",
        "Gold Competency",
        "--json",
    ]);
    assert_eq!(code, 0, "{out}");
    for shell in ["BASH", "Zsh", "PowerShell", "power_shell"] {
        let (code, out, err) = run(&["completions", shell]);
        if shell == "power_shell" {
            // `power-shell` is not how the shell is named; it is suggested.
            assert_eq!(code, 2);
            assert!(err.contains("did you mean `powershell`?"), "{err}");
        } else {
            assert_eq!((code, err.as_str()), (0, ""), "{shell}");
            assert!(!out.is_empty());
        }
    }
}

#[test]
fn misspelt_subcommands_flags_and_values_get_a_suggestion_of_their_kind() {
    for (args, expected) in [
        (&["sal", "--plan", "prodirect"][..], "unrecognized subcommand `sal` (did you mean `sla`?); valid subcommands: `advise`, `where`, `sla`,"),
        (&["rules", "chek"], "unrecognized subcommand `chek` (did you mean `check`?)"),
        (&["sla", "--plna", "prodirect", "--sev", "B"], "unexpected argument `--plna` (did you mean `--plan`?)"),
        (&["where", "--prodcut=x"], "unexpected argument `--prodcut` (did you mean `--product`?)"),
        (&["--format", "jsn", "plans"], "invalid value `jsn` for `--format <FORMAT>` (did you mean `json`?); valid values: `table`, `json`"),
        (&["sla", "--plan", "advanced", "--sev", "A"], "(did you mean `unified-advanced`?)"),
        (&["sla", "--plan", "prodirect", "--sev", "sev1"], "(did you mean `A`?)"),
        (&["sla", "--plan", "prodirect", "--sev", "Severity 1"], "(did you mean `A`?)"),
        (&["sla", "--plan", "prodirect", "--sev", "2"], "(did you mean `B`?)"),
        (&["where", "--product", "dynamics-365", "--plan", "unifed"], "(did you mean `unified`?)"),
    ] {
        let err = usage_error(args);
        assert!(err.contains(expected), "{args:?}: {err}");
    }
}

#[test]
fn display_names_are_read_as_ids() {
    let v = json(&["sla", "--plan", "Premier Support", "--sev", "Severity A"]);
    assert_eq!((s(&v, "plan"), s(&v, "severity")), ("premier", "A"));
    let v = json(&["sla", "--plan", "Professional Direct", "--sev", "b"]);
    assert_eq!(s(&v, "plan"), "prodirect");
}
