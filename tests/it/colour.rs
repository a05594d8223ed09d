//! Issue 21, part 1: colour never changes the text. Colour is applied by the render layer
//! after layout, so what `--color always` prints, without its escapes, is what a pipe gets,
//! at every width; and the same holds on a real pseudo-terminal, where colour is on by
//! itself.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::common::cmd;
use crate::readme::{readme_examples, run_with};

/// `text` without its ANSI escape sequences (anstream, the escapes clap's own output is
/// stripped of).
fn strip(text: &str) -> String {
    anstream::adapter::strip_str(text).to_string()
}

/// A fixed "now", so that both runs of an example answer about the same instant.
const NOW: &str = "2026-12-07T01:00:00Z";

#[test]
fn every_readme_example_prints_the_same_text_with_colour_at_every_width() {
    let examples = readme_examples();
    assert!(examples.len() > 20, "found only {}", examples.len());
    // `--color always` on every call of the tool in the command line, pipes included.
    let coloured_prelude =
        r#"support-advisor() { command support-advisor --color always "$@"; }; "#;
    let mut problems = Vec::new();
    let mut painted = 0;
    for example in &examples {
        for width in ["40", "80", "160"] {
            let env = [("COLUMNS", width), ("SUPPORT_ADVISOR_NOW", NOW)];
            let (plain_code, plain) = run_with(&example.command, &env);
            let (code, coloured) =
                run_with(&format!("{coloured_prelude}{}", example.command), &env);
            if coloured.contains('\x1b') {
                painted += 1;
            }
            assert!(!plain.contains('\x1b'), "{}: {plain}", example.command);
            if code != plain_code || strip(&coloured) != plain {
                problems.push(format!(
                    "README.md:{} at {width} columns: `{}` exited {plain_code} plain, {code} \
                     coloured; plain:\n{plain}\n--- coloured, escapes removed:\n{}",
                    example.line,
                    example.command,
                    strip(&coloured)
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
    // The test means something only if colour was on.
    assert!(painted > examples.len(), "only {painted} coloured outputs");
}

/// Runs the binary with stdout and stderr on a new pseudo-terminal of `columns` × 24,
/// colour left to the tool (`NO_COLOR` unset, `TERM=xterm`); returns what the terminal
/// received, line ends as the program wrote them.
///
/// The pseudo-terminal is rustix's (`openpt`, `grantpt`, `unlockpt`, `ptsname`): already in
/// the build graph (through terminal_size), maintained by the Bytecode Alliance, and
/// enough here, where a crate like portable-pty or expectrl would bring a process
/// abstraction and an expect engine that this one read needs none of.
fn on_terminal(args: &[&str], columns: u16) -> String {
    let (status, seen) = on_terminal_with(args, columns, None);
    assert!(status.success(), "{args:?}: {status}");
    seen
}

/// [`on_terminal`], with stdin on the terminal too when `input` is given, which is then
/// typed there; the exit status and what the terminal showed.
pub fn on_terminal_with(
    args: &[&str],
    columns: u16,
    input: Option<&[u8]>,
) -> (std::process::ExitStatus, String) {
    use rustix::pty::{grantpt, openpt, ptsname, unlockpt, OpenptFlags};
    use std::io::Write;
    let master = openpt(OpenptFlags::RDWR | OpenptFlags::NOCTTY).expect("a pseudo-terminal");
    grantpt(&master).expect("grantpt");
    unlockpt(&master).expect("unlockpt");
    let name = ptsname(&master, Vec::new()).expect("ptsname");
    let path = name.to_str().expect("a UTF-8 name").to_string();
    let open = || {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(&path)
            .expect("the terminal's other end")
    };
    let slave = open();
    let winsize = rustix::termios::Winsize {
        ws_row: 24,
        ws_col: columns,
        ws_xpixel: 0,
        ws_ypixel: 0,
    };
    rustix::termios::tcsetwinsize(&slave, winsize).expect("the terminal's size");
    let mut child = {
        let mut command = Command::new(assert_cmd::cargo::cargo_bin("support-advisor"));
        command
            .args(args)
            .env("TZ", "UTC")
            .env("TERM", "xterm")
            .env_remove("NO_COLOR")
            .env_remove("COLUMNS")
            .env_remove("FORCE_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .env_remove("SUPPORT_ADVISOR_RULES")
            .env_remove("SUPPORT_ADVISOR_NOW")
            .stdin(match input {
                Some(_) => Stdio::from(open()),
                None => Stdio::null(),
            })
            .stdout(Stdio::from(slave))
            .stderr(Stdio::from(open()));
        // The command (and its copies of the terminal) is dropped here, so the read below
        // ends when the child has closed its end.
        command.spawn().expect("the binary runs")
    };
    let mut master = std::fs::File::from(master);
    if let Some(input) = input {
        master.write_all(input).expect("typed on the terminal");
    }
    let mut out = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        match master.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => out.extend_from_slice(&chunk[..n]),
            // Linux reports the other end closed as EIO.
            Err(_) => break,
        }
    }
    let status = child.wait().expect("the binary ends");
    // The terminal turns each "\n" into "\r\n" (onlcr).
    let seen = String::from_utf8(out).expect("UTF-8").replace("\r\n", "\n");
    (status, seen)
}

#[test]
fn on_a_real_terminal_colour_leaves_the_table_whole() {
    let args = ["hours", "--region", "japan", "--at", NOW];
    for columns in [40u16, 80, 160] {
        let seen = on_terminal(&args, columns);
        assert!(seen.contains("\x1b["), "no colour on a terminal: {seen}");
        let plain = cmd(&args)
            .env("COLUMNS", columns.to_string())
            .output()
            .expect("binary runs");
        let plain = String::from_utf8(plain.stdout).expect("UTF-8");
        assert_eq!(strip(&seen), plain, "at {columns} columns");
        // The Now column says open, whole, in green.
        assert!(seen.contains("open\x1b["), "{seen:?}");
        assert!(!strip(&seen).contains("[0m"), "{seen}");
    }
}

/// The answers that paint a word (open or closed, a missed target, a verdict), at every
/// width: coloured less its escapes is plain, and the colour is there.
#[test]
fn painted_answers_print_the_same_text_at_every_width() {
    let commands = [
        "hours --at 2026-12-07T01:00:00Z",
        "hours --at 2026-12-07T01:00:00Z --tz Asia/Tokyo",
        "sla --plan prodirect --sev B --at 2026-11-01T10:00:00Z --region emea",
        "advise --product dynamics-365 --plan prodirect --sev B --at 2026-11-01T10:00:00Z --region emea",
        "can-reopen --closed 2026-10-01 --on 2026-10-05",
        "can-reopen --closed 2026-01-01 --on 2026-11-25",
        "can-reopen --closed 2026-01-01 --on 2026-11-25 --build-changed",
    ];
    for command in commands {
        for width in ["40", "80", "160"] {
            let run = |colour: &str| {
                let out = cmd(&crate::common::words(command))
                    .args(["--now", NOW, "--color", colour])
                    .env("COLUMNS", width)
                    .output()
                    .expect("binary runs");
                String::from_utf8(out.stdout).expect("UTF-8")
            };
            let (coloured, plain) = (run("always"), run("never"));
            assert!(
                coloured.contains("\x1b[3"),
                "{command}: no colour: {coloured:?}"
            );
            assert_eq!(strip(&coloured), plain, "{command} at {width} columns");
        }
    }
}
