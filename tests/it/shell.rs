//! The tool in a shell: completions and man page (committed, never stale, and a real bash
//! and fish completing ids and zones), --version, help's examples, colour only when asked or
//! on a terminal, closed pipes, 80-column tables.

use std::path::{Path, PathBuf};
use std::process::{Command as Process, Stdio};

use assert_cmd::Command;

use crate::common::words;

fn cmd(args: &[&str]) -> Command {
    let mut c = Command::cargo_bin("support-advisor").expect("binary builds");
    c.args(args)
        .env("TZ", "UTC")
        .env_remove("NO_COLOR")
        .env_remove("SUPPORT_ADVISOR_RULES")
        .env_remove("SUPPORT_ADVISOR_NOW");
    c
}

fn stdout(args: &[&str]) -> String {
    let out = cmd(args).output().expect("binary runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

const SHELLS: [(&str, &str); 5] = [
    ("bash", "completions/support-advisor.bash"),
    ("zsh", "completions/_support-advisor"),
    ("fish", "completions/support-advisor.fish"),
    ("powershell", "completions/_support-advisor.ps1"),
    ("elvish", "completions/support-advisor.elv"),
];

#[test]
fn committed_completions_and_man_page_are_current() {
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let committed = std::fs::read_to_string(repo(file)).unwrap_or_default();
        if committed != stdout(&["completions", shell]) {
            stale.push(format!(
                "{file}: support-advisor completions {shell} > {file}"
            ));
        }
    }
    let man = std::fs::read_to_string(repo("man/support-advisor.1")).unwrap_or_default();
    if man != stdout(&["man"]) {
        stale.push("man/support-advisor.1: support-advisor man > man/support-advisor.1".into());
    }
    assert!(
        stale.is_empty(),
        "stale; regenerate with:\n{}",
        stale.join("\n")
    );
}

/// Runs the committed bash completion for the words typed so far, as bash's `complete`
/// would, and returns what it offers.
fn bash_complete(words: &[&str]) -> Option<Vec<String>> {
    let script = repo("completions/support-advisor.bash");
    let quoted: Vec<String> = words.iter().map(|w| format!("'{w}'")).collect();
    let current = words.last().copied().unwrap_or("");
    let previous = words
        .get(words.len().wrapping_sub(2))
        .copied()
        .unwrap_or("");
    let program = format!(
        "source '{}'; COMP_WORDS=({}); COMP_CWORD={}; _support__advisor support-advisor '{current}' '{previous}'; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        script.display(),
        quoted.join(" "),
        words.len() - 1,
    );
    let out = Process::new("bash")
        .args(["--norc", "-c", &program])
        .output()
        .ok()?;
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_string)
            .collect(),
    )
}

#[test]
fn bash_completes_the_ids_of_the_rules() {
    let Some(plans) = bash_complete(&["support-advisor", "sla", "--plan", ""]) else {
        eprintln!("bash is not installed: skipped");
        return;
    };
    for plan in [
        "subscription",
        "prodirect",
        "premier",
        "unified-core",
        "powerbi-pro",
        "21vianet",
    ] {
        assert!(
            plans.contains(&plan.to_string()),
            "--plan <TAB> offers {plan}: {plans:?}"
        );
    }
    let severities = bash_complete(&["support-advisor", "sla", "--plan", "premier", "--sev", ""])
        .unwrap_or_default();
    assert_eq!(severities, ["critical", "A", "B", "standard", "C"]);
    let regions = bash_complete(&["support-advisor", "hours", "--region", "n"]).unwrap_or_default();
    assert_eq!(regions, ["north-america"]);
    let products =
        bash_complete(&["support-advisor", "where", "--product", "power-"]).unwrap_or_default();
    assert_eq!(products, ["power-platform", "power-bi"]);
    let topics = bash_complete(&["support-advisor", "policy", "pre"]).unwrap_or_default();
    assert!(topics.contains(&"preview".to_string()), "{topics:?}");
}

#[test]
fn version_names_the_documents_and_their_dates() {
    let version = stdout(&["--version"]);
    assert!(
        version.starts_with(&format!("support-advisor {}", env!("CARGO_PKG_VERSION"))),
        "{version}"
    );
    for dated in [
        "000_1fc20d1e5ef65e46.txt (2019-09-17)",
        "001_71765d8511679954.txt (undated)",
        "002_81080745457b09b7.txt (2021-09-27)",
        "003_d53a45af22bfbdf6.txt (2020-06-05)",
        "004_ad03a0d54b3488c9.txt (2020-07-28)",
    ] {
        assert!(version.contains(dated), "{dated}: {version}");
    }
}

#[test]
fn every_help_has_examples() {
    for sub in [
        "where",
        "sla",
        "hours",
        "can-reopen",
        "plans",
        "ids",
        "policy",
        "contact",
        "partner",
        "completions",
        "man",
    ] {
        let help = stdout(&[sub, "--help"]);
        assert!(
            help.contains("Example"),
            "`{sub} --help` has examples: {help}"
        );
    }
    assert!(stdout(&["--help"]).contains("Examples:"));
}

#[test]
fn colour_only_when_asked_or_on_a_terminal() {
    let escape = '\u{1b}';
    // Not a terminal (a pipe): no colour.
    assert!(!stdout(&words("can-reopen --closed 2026-11-01 --on 2026-11-25")).contains(escape));
    let always = cmd(&words(
        "can-reopen --closed 2026-11-01 --on 2026-11-25 --color always",
    ))
    .output()
    .expect("runs");
    assert!(String::from_utf8_lossy(&always.stdout).contains(escape));
    // NO_COLOR does not override an explicit --color always, and `never` wins everywhere.
    let never = cmd(&words("hours --at 2026-11-25T12:00:00Z --color never"))
        .output()
        .expect("runs");
    assert!(!String::from_utf8_lossy(&never.stdout).contains(escape));
    // JSON is never coloured.
    let json = cmd(&words(
        "can-reopen --closed 2026-11-01 --on 2026-11-25 --color always --json",
    ))
    .output()
    .expect("runs");
    assert!(!String::from_utf8_lossy(&json.stdout).contains(escape));
}

#[test]
fn tables_fit_eighty_columns() {
    for args in [
        &["plans"][..],
        &["ids"],
        &["hours"],
        &[
            "hours",
            "--at",
            "2026-11-25T12:00:00Z",
            "--tz",
            "Europe/Amsterdam",
        ],
        &[
            "sla",
            "--plan",
            "prodirect",
            "--sev",
            "B",
            "--at",
            "2026-11-27T16:30:00+01:00",
            "--region",
            "emea",
            "--explain",
            "--now",
            "2026-11-27T16:00:00Z",
        ],
        &["where", "--product", "dynamics-365", "--partner"],
        &["contact"],
        &["partner"],
        &["policy"],
        &["rules", "coverage"],
    ] {
        let out = stdout(args);
        for line in out
            .lines()
            .filter(|l| l.starts_with(['┌', '│', '├', '└', '╞']))
        {
            assert!(
                line.chars().count() <= 80,
                "{args:?}: {} columns: {line}",
                line.chars().count()
            );
        }
    }
}

#[test]
fn a_closed_pipe_is_an_error_exit_for_batch() {
    // Enough output that the pipe fills after `head` has gone.
    let binary = assert_cmd::cargo::cargo_bin("support-advisor");
    let mut tickets = String::new();
    for i in 0..200_000 {
        tickets.push_str(&format!(
            "{{\"id\":{i},\"plan\":\"premier\",\"severity\":\"A\",\"submitted\":\"2026-11-25T10:00:00Z\",\"region\":\"emea\"}}\n"
        ));
    }
    let mut child = Process::new(binary)
        .args(["sla", "--batch"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(tickets.as_bytes());
    });
    {
        use std::io::Read;
        let mut first = [0u8; 64];
        let mut out = child.stdout.take().expect("stdout");
        out.read_exact(&mut first).expect("some output");
        // Dropping the read end closes the pipe, as `| head -c 64` would.
    }
    let status = child.wait_with_output().expect("waits");
    let _ = writer.join();
    // A batch that could not write every answer must not pass for a complete run.
    assert_eq!(status.status.code(), Some(2));
    let err = String::from_utf8_lossy(&status.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cannot write the answer"), "{err}");
}

#[test]
fn the_chart_of_the_day_fits_and_marks_now() {
    let out = stdout(&words(
        "hours --chart --tz Europe/Amsterdam --now 2026-11-25T09:15:00Z --day 2026-11-25",
    ));
    for line in out.lines() {
        assert!(
            line.chars().count() <= 80,
            "{} columns: {line}",
            line.chars().count()
        );
    }
    assert!(!out.contains('\u{1b}'), "no colour in a pipe");
    assert!(out.contains("▼ now 10:15"), "{out}");
    // EMEA 08:00-18:00 Paris is 08:00-18:00 Amsterdam: cells 16 to 35 of 30 minutes.
    let emea = out
        .lines()
        .find(|l| l.starts_with("emea "))
        .expect("an emea row");
    let strip: String = emea.chars().skip(16).take(48).collect();
    let expected: String = (0..48)
        .map(|cell| {
            if (16..36).contains(&cell) {
                '█'
            } else {
                '·'
            }
        })
        .collect();
    assert_eq!(strip, expected, "{emea}");
    let coloured = cmd(&words("hours --chart --color always --tz Europe/Amsterdam"))
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&coloured.stdout).contains('\u{1b}'));
}

/// Runs the committed fish completion for a command line typed so far (`complete -C`, as
/// fish does on TAB) and returns the candidates, without their descriptions; `None` when
/// fish is not installed.
fn fish_complete(line: &str) -> Option<Vec<String>> {
    let script = repo("completions/support-advisor.fish");
    let binary = assert_cmd::cargo::cargo_bin("support-advisor");
    let path = format!(
        "{}:{}",
        binary.parent().expect("a directory").display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = Process::new("fish")
        .args([
            "--no-config",
            "-c",
            &format!("source '{}'; complete -C '{line}'", script.display()),
        ])
        .env("PATH", path)
        .output()
        .ok()?;
    Some(
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(|l| l.split('\t').next().unwrap_or("").to_string())
            .collect(),
    )
}

#[test]
fn fish_completes_topics_and_phone_lines() {
    // clap_complete's fish script has no positional arguments; ours adds them.
    let script = std::fs::read_to_string(repo("completions/support-advisor.fish")).expect("read");
    for (command, id) in [
        ("policy", "preview"),
        ("contact", "germany"),
        ("completions", "zsh"),
    ] {
        assert!(
            script
                .lines()
                .any(|l| l.contains(&format!("using_subcommand {command};"))
                    && l.contains(" -a \"")
                    && l.contains(id)),
            "fish: {command} <TAB> offers {id}"
        );
    }
    let Some(topics) = fish_complete("support-advisor policy pre") else {
        eprintln!("fish is not installed: skipped");
        return;
    };
    assert!(topics.contains(&"preview".to_string()), "{topics:?}");
    assert!(topics.iter().all(|t| t.starts_with("pre")), "{topics:?}");
    let lines = fish_complete("support-advisor contact germ").unwrap_or_default();
    assert_eq!(lines, ["germany", "germany-eea"]);
    // One topic only, and never files.
    let after = fish_complete("support-advisor policy preview ").unwrap_or_default();
    assert!(after.is_empty(), "{after:?}");
}

#[test]
fn every_shell_completes_zones_for_tz() {
    for (shell, file) in &SHELLS[..3] {
        let script = std::fs::read_to_string(repo(file)).expect("read");
        for zone in [
            "Europe/Amsterdam",
            "America/Sao_Paulo",
            "Asia/Tokyo",
            "Etc/GMT-8",
        ] {
            assert!(script.contains(zone), "{shell}: --tz offers {zone}");
        }
    }
    if let Some(zones) = bash_complete(&["support-advisor", "hours", "--tz", "Europe/Amst"]) {
        assert_eq!(zones, ["Europe/Amsterdam"]);
    }
    // Before the command too: the option then still waits for its zone.
    if let Some(zones) = fish_complete("support-advisor --tz Europe/Amst") {
        assert_eq!(zones, ["Europe/Amsterdam"]);
        let zones = fish_complete("support-advisor sla --tz America/Sao").unwrap_or_default();
        assert_eq!(zones, ["America/Sao_Paulo"]);
    }
}

/// `--help` as a terminal gets it: run under `script`, which gives the binary a
/// pseudo-terminal for stdout; `None` when `script` is not installed.
fn help_on_a_terminal(args: &str, env: &[(&str, &str)]) -> Option<String> {
    let binary = assert_cmd::cargo::cargo_bin("support-advisor");
    let out = Process::new("script")
        .args([
            "-qec",
            &format!("'{}' {args}", binary.display()),
            "/dev/null",
        ])
        .env_remove("NO_COLOR")
        .env("TERM", "xterm-256color")
        .envs(env.iter().copied())
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).into_owned())
}

#[test]
fn help_is_coloured_only_as_answers_are() {
    let escape = '\u{1b}';
    // In a pipe, never unless asked.
    assert!(!stdout(&["--help"]).contains(escape));
    assert!(!stdout(&words("sla --help")).contains(escape));
    assert!(stdout(&words("--color always --help")).contains(escape));
    let Some(plain_terminal) = help_on_a_terminal("--help", &[]) else {
        eprintln!("script is not installed: the terminal cases are skipped");
        return;
    };
    assert!(plain_terminal.contains(escape), "a terminal gets colour");
    for (args, env) in [
        ("--color never --help", &[][..]),
        ("sla --help --colour=never", &[]),
        ("hours --help", &[("NO_COLOR", "1")]),
        ("--help", &[("TERM", "dumb")]),
        ("help sla", &[("NO_COLOR", "yes")]),
    ] {
        let help = help_on_a_terminal(args, env).expect("script runs");
        assert!(!help.contains(escape), "{args} {env:?}: {help:?}");
        assert!(help.contains("Usage:"), "{args}: {help}");
    }
    // An empty NO_COLOR is unset; an explicit --color always wins over NO_COLOR.
    let empty = help_on_a_terminal("--help", &[("NO_COLOR", "")]).expect("script runs");
    assert!(empty.contains(escape));
    let always =
        help_on_a_terminal("--color always --help", &[("NO_COLOR", "1")]).expect("script runs");
    assert!(always.contains(escape));
}
