//! The one error type at the tool's boundary: what stopped a command, the single line
//! stderr gets, and the exit status it maps to.
//!
//! Exit statuses: 0 answered; 1 a "no" to a yes/no question (`can-reopen`) or some batch
//! lines failed ([`crate::answer::Outcome`]); 2 every variant here, usage and input errors
//! alike, as the contract says ([`Error::exit_code`] decides it per variant).

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
    /// A question the answers refused ([`crate::answer::Error`]): a pair the documents do
    /// not give, no calendar to count on, a bad zone, value or input file, flags that do not
    /// go together, an ambiguous name.
    Answer(crate::answer::Error),
    /// Input that cannot be answered, reported by the outer layers with its context: a
    /// value out of range, an unreadable or invalid file, rule files with problems.
    Input(String),
    /// The answer could not be written to stdout.
    Output(io::Error),
}

impl Error {
    /// The exit status, by variant. The contract's 2 is "usage or input error (unknown id,
    /// bad time, bad rule file)": [`Error::Usage`] and [`Error::UnknownId`] are usage
    /// errors, [`Error::Input`] and every answer's error ([`answer_exit_code`]) input
    /// errors; [`Error::Output`] (stdout refused the answer) is 2 as well, the status of
    /// every error.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) | Error::UnknownId(_) => 2,
            Error::Answer(e) => answer_exit_code(e),
            Error::Input(_) => 2,
            Error::Output(_) => 2,
        }
    }

    /// Writes the error's one line to stderr; the exit status for it.
    pub fn report(&self) -> ExitCode {
        eprintln!("support-advisor: error: {self}");
        ExitCode::from(self.exit_code())
    }

    /// A clap usage error as one line (clap writes several, with the usage and a hint).
    /// A misspelt subcommand, long flag or value is written as the tool writes an unknown
    /// id, with the closest of what `reached` (the command the arguments got to) takes:
    /// "unrecognized subcommand `sal` (did you mean `sla`?); valid subcommands: …".
    pub fn usage(e: &clap::Error, reached: &clap::Command) -> Error {
        if let Some(message) = misspelt(e, reached).or_else(|| invalid_value(e)) {
            return Error::Usage(message);
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
        Error::Usage(format!("{message} (see --help)"))
    }
}

/// The one line for a misspelt subcommand, long flag or value of a closed list, or `None`
/// for the other usage errors. The suggestion is the tool's own (see
/// `rules::suggest::closest`), not clap's: clap's misses a swap in a short word (`sal`).
fn misspelt(e: &clap::Error, reached: &clap::Command) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let listed = |names: &[String]| {
        names
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match e.kind() {
        ErrorKind::InvalidSubcommand => {
            let typed = text(ContextKind::InvalidSubcommand)?;
            // In the order of the help (`mut_subcommand` moves a changed one to the end).
            let mut shown: Vec<&clap::Command> = reached
                .get_subcommands()
                .filter(|c| !c.is_hide_set())
                .collect();
            shown.sort_by_key(|c| c.get_display_order());
            let valid: Vec<String> = shown.iter().map(|c| c.get_name().to_string()).collect();
            let aliases: Vec<(String, String)> = reached
                .get_subcommands()
                .flat_map(|c| {
                    c.get_all_aliases()
                        .map(move |a| (a.to_string(), c.get_name().to_string()))
                })
                .collect();
            let suggestion = closest(
                typed,
                valid
                    .iter()
                    .map(|v| (v.as_str(), v.as_str()))
                    .chain(aliases.iter().map(|(a, n)| (a.as_str(), n.as_str()))),
            );
            Some(format!(
                "unrecognized subcommand `{typed}`{}; valid subcommands: {}",
                did_you_mean(suggestion),
                listed(&valid)
            ))
        }
        ErrorKind::UnknownArgument => {
            let typed = text(ContextKind::InvalidArg)?;
            let flag = typed.split('=').next().unwrap_or(typed);
            if !flag.starts_with("--") {
                return None;
            }
            let longs: Vec<(String, String)> = reached
                .get_arguments()
                .filter(|a| !a.is_hide_set())
                .flat_map(|a| {
                    let long = a.get_long().map(|l| format!("--{l}"));
                    let aliases = a.get_all_aliases().unwrap_or_default();
                    long.clone()
                        .into_iter()
                        .chain(aliases.into_iter().map(|l| format!("--{l}")))
                        .map(move |form| (form, long.clone().unwrap_or_default()))
                })
                .collect();
            let suggestion = closest(
                flag,
                longs
                    .iter()
                    .map(|(form, long)| (form.as_str(), long.as_str())),
            );
            Some(format!(
                "unexpected argument `{flag}`{}; see --help",
                did_you_mean(suggestion)
            ))
        }
        ErrorKind::InvalidValue => {
            let typed = text(ContextKind::InvalidValue)?;
            let arg = text(ContextKind::InvalidArg)?;
            let Some(ContextValue::Strings(valid)) = e.get(ContextKind::ValidValue) else {
                return None;
            };
            // An option that takes any value refuses only the empty one (`--ics ""`).
            if valid.is_empty() {
                return Some(format!(
                    "invalid value `{typed}` for `{arg}`: a value is needed (see --help)"
                ));
            }
            let suggestion = closest(typed, valid.iter().map(|v| (v.as_str(), v.as_str())));
            Some(format!(
                "invalid value `{typed}` for `{arg}`{}; valid values: {}",
                did_you_mean(suggestion),
                listed(valid)
            ))
        }
        _ => None,
    }
}

/// The one line for a value its parser refused (`--at`, `--tz`, a date), built from the
/// value as typed: clap's own rendering drops the escape sequences and line breaks a value
/// may hold, which the line then escapes instead.
fn invalid_value(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if e.kind() != ErrorKind::ValueValidation {
        return None;
    }
    let text = |kind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(s.as_str()),
        _ => None,
    };
    let typed = text(ContextKind::InvalidValue)?;
    let arg = text(ContextKind::InvalidArg)?;
    let reason = std::error::Error::source(e)?.to_string();
    Some(format!(
        "invalid value `{typed}` for `{arg}`: {reason} (see --help)"
    ))
}

/// The closest of `(form, what to suggest for it)` to `typed`, compared as ids are.
fn closest<'a>(typed: &str, forms: impl Iterator<Item = (&'a str, &'a str)>) -> Option<&'a str> {
    use crate::rules::suggest::{self, Form, FormKind};
    let forms: Vec<Form> = forms
        .map(|(form, target)| Form::new(FormKind::Id, &suggest::normalise(form), target))
        .collect();
    suggest::closest(&suggest::normalise(typed), &forms)
}

/// The exit status of an answer's error, by its variant: 2 for each, the contract's "usage
/// or input error" (an id, a value, a file or flags the question cannot take, or a
/// question the rules do not answer). One arm a variant, so a new one is decided here.
fn answer_exit_code(e: &crate::answer::Error) -> u8 {
    use crate::answer::Error as E;
    match e {
        E::UnknownId(_) | E::AmbiguousId(_) => 2,
        E::NotAnswered(_) => 2,
        E::NoCalendar(_) => 2,
        E::BadZone(_) | E::BadValue(_) => 2,
        E::Input(_) => 2,
        E::Flags(_) => 2,
    }
}

fn did_you_mean(suggestion: Option<&str>) -> String {
    crate::ids::Suggestion::aside(suggestion)
}

impl fmt::Display for Error {
    /// One line, with control characters in echoed values escaped.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let line = match self {
            Error::Usage(message) | Error::Input(message) => message.clone(),
            Error::UnknownId(unknown) => unknown.to_string(),
            Error::Answer(e) => e.to_string(),
            Error::Output(e) => format!("cannot write the answer: {e}"),
        };
        f.write_str(&crate::render::echo::escape(&line))
    }
}

impl std::error::Error for Error {}

impl From<UnknownId> for Error {
    fn from(unknown: UnknownId) -> Error {
        Error::UnknownId(unknown)
    }
}

/// An answer's error keeps its variant; an unknown id is the boundary's own.
impl From<crate::answer::Error> for Error {
    fn from(e: crate::answer::Error) -> Error {
        match e {
            crate::answer::Error::UnknownId(unknown) => Error::UnknownId(unknown),
            other => Error::Answer(other),
        }
    }
}

/// The outer layers (`run.rs`) report with `anyhow` and its context chain; an unknown id,
/// and an error of this type (a batch's output that could not be written), keep their
/// structure through it, whatever context was added; an answer's error keeps its variant
/// where no context was added (the context's words are part of the line).
impl From<anyhow::Error> for Error {
    fn from(e: anyhow::Error) -> Error {
        let e = match e.downcast::<Error>() {
            Ok(e) => return e,
            Err(e) => e,
        };
        if e.chain().count() == 1 {
            if let Some(answer) = e.downcast_ref::<crate::answer::Error>() {
                return Error::from(answer.clone());
            }
        }
        let unknown = match e.downcast_ref::<crate::answer::Error>() {
            Some(crate::answer::Error::UnknownId(unknown)) => Some(unknown.clone()),
            _ => e.downcast_ref::<UnknownId>().cloned(),
        };
        match unknown {
            Some(unknown) => Error::UnknownId(unknown),
            None => Error::Input(format!("{e:#}")),
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
    fn answer_errors_keep_their_variant_through_anyhow_unless_context_was_added() {
        let refused = crate::answer::Error::NoCalendar("no calendar".to_string());
        let e = Error::from(anyhow::Error::new(refused.clone()));
        assert!(
            matches!(&e, Error::Answer(crate::answer::Error::NoCalendar(_))),
            "{e:?}"
        );
        assert_eq!((e.to_string().as_str(), e.exit_code()), ("no calendar", 2));
        let e = Error::from(anyhow::Error::new(refused).context("asked"));
        assert!(matches!(&e, Error::Input(_)), "{e:?}");
        assert_eq!(e.to_string(), "asked: no calendar");
    }

    #[test]
    fn every_error_is_one_line() {
        let e = Error::from(anyhow::anyhow!("bad\nvalue `\u{1b}[31m`"));
        assert_eq!(e.to_string(), "bad\\nvalue `\\u{1b}[31m`");
    }
}
