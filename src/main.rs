//! support-advisor: answers Microsoft business-support questions from the vendor documents.

mod answer;
mod batch;
mod builtin_rules;
mod calendar;
mod cli;
#[cfg(test)]
mod clock_tests;
mod completions;
mod context;
mod due;
mod echo;
mod holidays;
mod ids;
mod region_choice;
mod rules;
mod run;
mod style;
mod time;

use std::io::{self, Write};
use std::process::ExitCode;

use clap::Parser;

use answer::Outcome;

/// Exit statuses: 0 answered, 1 a "no" (or failed batch lines), 2 usage or input error.
const NEGATIVE: u8 = 1;
const USAGE: u8 = 2;

fn main() -> ExitCode {
    let cli = match cli::Cli::try_parse() {
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
