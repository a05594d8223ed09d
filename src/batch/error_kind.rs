//! What went wrong with one ticket, as scripts read it: the `kind` of a JSON Lines error
//! line and the `error_kind` column of a CSV row. The strings are the contract's; a
//! variant is written only through [`ErrorKind::as_str`].

use std::fmt;

/// Why a ticket failed, one variant per contract string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `unknown-id`: a plan, severity, product or region the rules do not define (the line
    /// carries the closest as its `suggestion`).
    UnknownId,
    /// `ambiguous-id`: a name that stands for several rules where one is needed.
    AmbiguousId,
    /// `bad-time`: `submitted` or `responded` that does not read as an instant.
    BadTime,
    /// `bad-zone`: a `time_zone` that is no zone.
    BadZone,
    /// `missing-field`: `submitted`, `plan` or `severity` not given.
    MissingField,
    /// `conflicting-fields`: one of plan and severity beside `target_minutes`.
    ConflictingFields,
    /// `bad-target`: `target_minutes` not a whole number in range.
    BadTarget,
    /// `no-such-target`: the rules give no target for the plan, severity and product.
    NoSuchTarget,
    /// `no-calendar`: no calendar to count on, or one with no open time.
    NoCalendar,
    /// `not-json`: the line is not JSON.
    NotJson,
    /// `bad-field`: a field of the wrong type, or given twice.
    BadField,
    /// `not-an-object`: JSON, but not an object.
    NotAnObject,
    /// `not-utf8`: a line or row that is not UTF-8.
    NotUtf8,
    /// `too-long`: a line or row longer than the longest read.
    TooLong,
    /// `bad-row`: a CSV row with more fields than its header.
    BadRow,
    /// `responded-before-submitted`: a response before its request.
    RespondedBeforeSubmitted,
    /// `unmapped-priority`: a priority the profile's `[severity]` table does not map.
    UnmappedPriority,
}

impl ErrorKind {
    /// The contract's string for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::UnknownId => "unknown-id",
            ErrorKind::AmbiguousId => "ambiguous-id",
            ErrorKind::BadTime => "bad-time",
            ErrorKind::BadZone => "bad-zone",
            ErrorKind::MissingField => "missing-field",
            ErrorKind::ConflictingFields => "conflicting-fields",
            ErrorKind::BadTarget => "bad-target",
            ErrorKind::NoSuchTarget => "no-such-target",
            ErrorKind::NoCalendar => "no-calendar",
            ErrorKind::NotJson => "not-json",
            ErrorKind::BadField => "bad-field",
            ErrorKind::NotAnObject => "not-an-object",
            ErrorKind::NotUtf8 => "not-utf8",
            ErrorKind::TooLong => "too-long",
            ErrorKind::BadRow => "bad-row",
            ErrorKind::RespondedBeforeSubmitted => "responded-before-submitted",
            ErrorKind::UnmappedPriority => "unmapped-priority",
        }
    }

    /// Whether the rules in force decide it (an id they do not define, a plan and severity
    /// they do not pair, a calendar they cannot give): where the rules hold several
    /// versions, the message names the version that was asked.
    pub fn by_the_rules(self) -> bool {
        matches!(
            self,
            ErrorKind::UnknownId
                | ErrorKind::AmbiguousId
                | ErrorKind::NoSuchTarget
                | ErrorKind::NoCalendar
        )
    }
}

impl fmt::Display for ErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
