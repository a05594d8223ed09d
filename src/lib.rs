//! support-advisor: answers Microsoft business-support questions from the vendor documents.
//!
//! The binary (`src/main.rs`) only calls [`main`]; everything else is here, so that the
//! benchmarks and fuzz targets use the same code through this library.

// A function over 100 lines holds several things: split it (CI denies warnings).
#![warn(clippy::too_many_lines)]

pub mod answer;
pub mod batch;
pub mod builtin_rules;
pub mod cli;
pub mod clock;
pub mod completions;
pub mod context;
pub mod error;
pub mod holidays;
pub mod ids;
pub mod man;
pub mod render;
pub mod run;
pub mod time;

/// The rule set, its schema, loader and checks: the `support-advisor-rules` crate.
pub use support_advisor_rules as rules;

use std::io::{self, Write};
use std::process::ExitCode;

pub use error::Error;

/// Runs the tool on the process's arguments; the exit status of the run.
pub fn main() -> ExitCode {
    // Before anything is read or written: a file opened later would take descriptor 1,
    // and the answer would be written into it.
    if let Some(closed) = closed_stdout() {
        return Error::Output(closed).report();
    }
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let cli = match cli::parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            return clap_exit(
                &e,
                &args,
                render::style::Style::before_parsing(args.iter().cloned()),
            )
        }
    };
    let style = render::style::Style::decide(cli.global.color, cli.global.details);
    let outcome = run::run(cli, style)
        .map_err(Error::from)
        .and_then(|rendered| {
            let mut stdout = io::stdout().lock();
            match stdout
                .write_all(rendered.text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                // A reader that stopped reading (`| head`) is not an error.
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::Output(e)),
                _ => Ok(rendered.outcome),
            }
        });
    match outcome {
        Ok(outcome) => ExitCode::from(outcome.exit_code()),
        Err(e) => e.report(),
    }
}

/// Why stdout cannot take the answer, when it was closed (`>&-`): the Rust runtime opens
/// /dev/null read-write in place of a closed standard descriptor before `main`, and the
/// answer would vanish while the run passed for complete. A shell's `> /dev/null` opens it
/// write-only, so only a read-write /dev/null is taken for a closed stdout (`1<> /dev/null`
/// is read so too). A full disk or a reader that stopped (`| head`) is found when writing.
fn closed_stdout() -> Option<io::Error> {
    #[cfg(unix)]
    {
        use rustix::fs::{fcntl_getfl, fstat, stat, FileType, OFlags};
        use std::os::fd::AsFd as _;
        let stdout = io::stdout();
        let read_write =
            fcntl_getfl(stdout.as_fd()).is_ok_and(|flags| flags & OFlags::RWMODE == OFlags::RDWR);
        let null =
            |s: &rustix::fs::Stat| FileType::from_raw_mode(s.st_mode) == FileType::CharacterDevice;
        let is_dev_null = match (fstat(stdout.as_fd()), stat("/dev/null")) {
            (Ok(out), Ok(dev_null)) => {
                null(&out) && null(&dev_null) && out.st_rdev == dev_null.st_rdev
            }
            _ => false,
        };
        (read_write && is_dev_null).then(|| {
            io::Error::other(
                "standard output is closed (`>&-`); give it a file, a pipe or /dev/null",
            )
        })
    }
    #[cfg(not(unix))]
    {
        None
    }
}

/// Help and version go to stdout as clap renders them; other clap errors (a missing
/// command among them) are usage errors of one line,
/// with a did-you-mean among what `args` could have meant. Coloured by the run's own
/// decision (`--color`, `NO_COLOR`, `TERM=dumb`, a terminal), not by clap's, which cannot
/// see `--color` while it parses.
fn clap_exit(
    e: &clap::Error,
    args: &[std::ffi::OsString],
    style: render::style::Style,
) -> ExitCode {
    use clap::error::ErrorKind;
    let rendered = e.render();
    let text = |colour: bool| {
        if colour {
            rendered.ansi().to_string()
        } else {
            rendered.to_string()
        }
    };
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // A reader that stopped reading (`--help | head`) is not an error.
            let _ = io::stdout().lock().write_all(text(style.colour).as_bytes());
            ExitCode::SUCCESS
        }
        // No command given: one line naming them, as every usage error is.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let reached = cli::reached(args);
            let mut shown: Vec<&clap::Command> = reached
                .get_subcommands()
                .filter(|c| !c.is_hide_set() && c.get_name() != "help")
                .collect();
            shown.sort_by_key(|c| c.get_display_order());
            let names = shown
                .iter()
                .map(|c| format!("`{}`", c.get_name()))
                .collect::<Vec<_>>()
                .join(", ");
            let path = reached
                .get_bin_name()
                .unwrap_or(reached.get_name())
                .to_string();
            Error::Usage(format!(
                "`{path}` needs a command: {names}; see `{path} --help`"
            ))
            .report()
        }
        _ => Error::usage(e, &cli::reached(args)).report(),
    }
}
