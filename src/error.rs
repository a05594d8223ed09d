//! The one error type at the tool's boundary: what stopped a command, the single line
//! stderr gets, and the exit status it maps to.
//!
//! Exit statuses: 0 answered; 1 a "no" to a yes/no question (`can-reopen`) or some batch
//! lines failed ([`crate::answer::Outcome`]); 2 everything here.

use std::fmt;
use std::io;
use std::process::ExitCode;

use crate::ids::UnknownId;

/// Why a command stopped without an answer.
#[derive(Debug)]
pub enum Error {
    /// The command line itself is wrong (clap's usage errors): a missing or unknown flag,
    /// a value that does not parse, flags that do not go together.
    Usage(String),
    /// An id the rules do not define, with the closest one and every valid one.
    UnknownId(UnknownId),
    /// Input that cannot be answered: a value out of range, an unreadable or invalid file,
    /// rule files with problems, a plan and severity the documents do not pair.
    Input(String),
    /// The answer could not be written to stdout.
    Output(io::Error),
}

impl Error {
    /// The exit status: 2 for every error (see the module documentation).
    pub fn exit_code(&self) -> u8 {
        2
    }

    /// Writes the error's one line to stderr; the exit status for it.
    pub fn report(&self) -> ExitCode {
        eprintln!("support-advisor: error: {self}");
        ExitCode::from(self.exit_code())
    }

    /// A clap usage error as one line (clap writes several, with the usage and a hint).
    pub fn usage(e: &clap::Error) -> Error {
        let rendered = e.render().to_string();
        let message = rendered
            .lines()
            .take_while(|l| !l.starts_with("Usage:"))
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with("For more information"))
            .collect::<Vec<_>>()
            .join(" ");
        let message = message.strip_prefix("error: ").unwrap_or(&message);
        Error::Usage(format!("{message} (see --help)"))
    }
}

impl fmt::Display for Error {
    /// One line, with control characters in echoed values escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = match self {
            Error::Usage(message) | Error::Input(message) => message.clone(),
            Error::UnknownId(unknown) => unknown.to_string(),
            Error::Output(e) => format!("cannot write the answer: {e}"),
        };
        f.write_str(&crate::echo::escape(&line))
    }
}

impl std::error::Error for Error {}

impl From<UnknownId> for Error {
    fn from(unknown: UnknownId) -> Error {
        Error::UnknownId(unknown)
    }
}

/// The answers report with `anyhow` and its context chain; an unknown id keeps its
/// structure through it.
impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Error {
        match e.downcast::<UnknownId>() {
            Ok(unknown) => Error::UnknownId(unknown),
            Err(e) => Error::Input(format!("{e:#}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_ids_keep_their_structure_through_anyhow() {
        let unknown =
            crate::rules::suggest::unknown("plan", "prodirekt", ["prodirect"].into_iter());
        let e = Error::from(anyhow::Error::new(unknown));
        match &e {
            Error::UnknownId(u) => assert_eq!(u.suggestion.as_deref(), Some("prodirect")),
            other => panic!("{other:?}"),
        }
        assert_eq!(e.exit_code(), 2);
    }

    #[test]
    fn every_error_is_one_line() {
        let e = Error::from(anyhow::anyhow!("bad\nvalue `\u{1b}[31m`"));
        assert_eq!(e.to_string(), "bad\\nvalue `\\u{1b}[31m`");
    }
}
