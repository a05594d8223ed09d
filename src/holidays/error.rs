//! Why a holiday file (or a `--holidays` argument) was refused: the file's problem with
//! the line it is on, each written as one line, today's words.

use std::fmt;

/// What is wrong with a holiday file's text, with its line where it has one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A line that does not read: "line N: …".
    Line { line: usize, message: String },
    /// A line that is not text, or not where it belongs, said in one sentence: "line N …".
    LineIs { line: usize, message: String },
    /// The text as a whole: cut short, a header, too many rows or dates.
    Text(String),
}

impl Problem {
    pub(crate) fn line(line: usize, message: impl fmt::Display) -> Problem {
        Problem::Line {
            line,
            message: message.to_string(),
        }
    }

    pub(crate) fn line_is(line: usize, message: impl Into<String>) -> Problem {
        Problem::LineIs {
            line,
            message: message.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Problem::Line { line, message } => write!(f, "line {line}: {message}"),
            Problem::LineIs { line, message } => write!(f, "line {line} {message}"),
            Problem::Text(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Problem {}

/// Why a holiday file, or a `--holidays` / `--working-days` argument, was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A file that cannot be read: "cannot read holiday file `F`: REASON".
    Unreadable { file: String, reason: String },
    /// A file refused whole, the sentence naming it: a directory, too large, empty,
    /// too many events.
    Refused(String),
    /// A problem in the file's text: "holiday file `F`: PROBLEM".
    Content { file: String, problem: Problem },
    /// An argument the catalog cannot take: an unknown region, a region open on holidays,
    /// a working-day category no file has.
    Argument(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Unreadable { file, reason } => {
                write!(f, "cannot read holiday file `{file}`: {reason}")
            }
            Error::Refused(message) | Error::Argument(message) => f.write_str(message),
            Error::Content { file, problem } => write!(f, "holiday file `{file}`: {problem}"),
        }
    }
}

impl std::error::Error for Error {}
