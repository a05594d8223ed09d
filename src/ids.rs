//! Resolving the identifiers users type: the rules crate's did-you-mean, the one place
//! that matches what was typed against the ids a rule set knows.

pub use crate::rules::suggest::{resolve, suggest, UnknownId};
