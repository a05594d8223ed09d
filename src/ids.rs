//! Identifiers users type: the rules crate's did-you-mean and its "unknown id" error.
//! Typed ids are matched against the rules in one place, `RuleSet::find`.

pub use crate::rules::suggest::{suggest, AmbiguousId, Suggestion, UnknownId};
