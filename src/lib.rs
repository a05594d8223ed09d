//! support-advisor: answers Microsoft business-support questions from the vendor documents.
//!
//! The binary (`src/main.rs`) only calls [`main`]; everything else is here, so that the
//! benchmarks and fuzz targets use the same code through this library.

pub mod answer;
pub mod batch;
pub mod builtin_rules;
pub mod calendar;
pub mod cli;
#[cfg(test)]
mod clock_tests;
pub mod completions;
pub mod context;
pub mod due;
pub mod echo;
pub mod holidays;
pub mod ids;
pub mod region_choice;
pub mod run;
pub mod style;
pub mod time;

/// The rule set, its schema, loader and checks: the `support-advisor-rules` crate.
pub use support_advisor_rules as rules;

use std::io::{self, Write};
use std::process::ExitCode;

use answer::Outcome;

/// Exit statuses: 0 answered, 1 a "no" (or failed batch lines), 2 usage or input error.
const NEGATIVE: u8 = 1;
const USAGE: u8 = 2;

/// Runs the tool on the process's arguments; the exit status of the run.
pub fn main() -> ExitCode {
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => return clap_error(&e),
    };
    style::decide(cli.global.color);
    match run::run(cli) {
        Ok(rendered) => {
            let mut stdout = io::stdout().lock();
            match stdout
                .write_all(rendered.text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                // A reader that stopped reading (`| head`) is not an error.
                Err(e) if e.kind() != io::ErrorKind::BrokenPipe => {
                    eprintln!("support-advisor: error: cannot write output: {e}");
                    ExitCode::from(USAGE)
                }
                _ => match rendered.outcome {
                    Outcome::Answered => ExitCode::SUCCESS,
                    Outcome::Negative => ExitCode::from(NEGATIVE),
                },
            }
        }
        Err(e) => {
            eprintln!("support-advisor: error: {e:#}");
            ExitCode::from(USAGE)
        }
    }
}

/// Help and version go to stdout as clap writes them; usage errors become one line.
fn clap_error(e: &clap::Error) -> ExitCode {
    use clap::error::ErrorKind;
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        // No subcommand: the help is the most useful answer, but it is still a usage error.
        ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return ExitCode::from(USAGE);
        }
        _ => {}
    }
    let rendered = e.render().to_string();
    let message = rendered
        .lines()
        .take_while(|l| !l.starts_with("Usage:"))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
        .collect::<Vec<_>>()
        .join(" ");
    let message = message.strip_prefix("error: ").unwrap_or(&message);
    eprintln!("support-advisor: error: {message} (see --help)");
    ExitCode::from(USAGE)
}
