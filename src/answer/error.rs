//! Why an answer could not be given: one variant for each way a question fails, each
//! written as one line. The boundary ([`crate::Error`]) decides the exit status from the
//! variant, and batch ([`crate::batch::ErrorKind`]) the kind a ticket's error line names.

use std::fmt;

use crate::ids::{AmbiguousId, UnknownId};

/// What stopped an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// An id the rules do not define, with its suggestion and every valid id.
    UnknownId(UnknownId),
    /// A name that stands for several rules where the answer needs one (`unified`).
    AmbiguousId(AmbiguousId),
    /// A question the rules do not answer: a plan and severity they do not pair, a plan
    /// that does not cover the product, a product supported through partners only, no
    /// route for what was asked, a severity of other plans.
    NotAnswered(String),
    /// No calendar to count on: no region serves the zone, a region that needs `--tz`, a
    /// service desk's region, no open time within a year.
    NoCalendar(String),
    /// A time zone that is none.
    BadZone(String),
    /// A value the question cannot read: a language no code or name reads, several
    /// languages where one is needed.
    BadValue(String),
    /// An input file the question reads that cannot be read or is not what it should be
    /// (`rules coverage --document`: a directory, too large, not UTF-8, without headings).
    Input(String),
    /// Flags that do not go together for this question (`--production-impact` where the
    /// level does not depend on it, `--channel` for a product whose routes do not).
    Flags(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::UnknownId(unknown) => unknown.fmt(f),
            Error::AmbiguousId(ambiguous) => ambiguous.fmt(f),
            Error::NotAnswered(message)
            | Error::NoCalendar(message)
            | Error::BadZone(message)
            | Error::BadValue(message)
            | Error::Input(message)
            | Error::Flags(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

impl Error {
    /// The same error with `note` added to its line (which version of the rules would
    /// answer): its variant, and so its exit status and batch kind, kept. An id error's
    /// line is its own; noted, it is a question not answered as asked.
    pub fn noted(self, note: &str) -> Error {
        match self {
            Error::NotAnswered(m) => Error::NotAnswered(format!("{m}{note}")),
            Error::NoCalendar(m) => Error::NoCalendar(format!("{m}{note}")),
            Error::BadZone(m) => Error::BadZone(format!("{m}{note}")),
            Error::BadValue(m) => Error::BadValue(format!("{m}{note}")),
            Error::Flags(m) => Error::Flags(format!("{m}{note}")),
            Error::Input(m) => Error::Input(format!("{m}{note}")),
            id @ (Error::UnknownId(_) | Error::AmbiguousId(_)) => {
                Error::NotAnswered(format!("{id}{note}"))
            }
        }
    }
}

impl From<UnknownId> for Error {
    fn from(unknown: UnknownId) -> Error {
        Error::UnknownId(unknown)
    }
}

impl From<crate::clock::calendar_choice::Unchosen> for Error {
    fn from(unchosen: crate::clock::calendar_choice::Unchosen) -> Error {
        use crate::clock::calendar_choice::Unchosen;
        match unchosen {
            Unchosen::UnknownRegion(unknown) => Error::UnknownId(unknown),
            Unchosen::NoCalendar(message) => Error::NoCalendar(message),
        }
    }
}

impl From<AmbiguousId> for Error {
    fn from(ambiguous: AmbiguousId) -> Error {
        Error::AmbiguousId(ambiguous)
    }
}

/// `Err(Error::$variant(format!(...)))` from the enclosing function.
macro_rules! fail {
    ($variant:ident, $($message:tt)+) => {
        return Err($crate::answer::Error::$variant(format!($($message)+)).into())
    };
}
pub(crate) use fail;
