//! Answers: plain structs built from the rules, rendered as tables or JSON.

pub mod advise;
pub mod chart;
mod cite;
pub mod contact;
#[cfg(test)]
mod contract_tests;
pub mod coverage;
pub mod due_instant;
pub(crate) mod error;
pub mod holiday_report;
pub mod holidays;
pub mod hours;
pub mod ids;
pub mod in_zones;
pub mod met;
pub mod partner;
pub mod plans;
pub mod policy;
pub mod presence;
pub mod reopen;
pub mod rules_diff;
pub mod sla;
pub mod where_to;

/// The tables moved to [`crate::render::table`]; this path stays for the modules being
/// rewritten on another branch (`advise/`, `sla`, `where_to`, `clock`) until they import
/// it from there.
pub use cite::Sources;
pub use error::Error;

use serde::Serialize;

/// How an answer maps to the exit status: a plain answer, or "no" to a yes/no question
/// (and a batch with failed lines).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Answered,
    Negative,
}

impl Outcome {
    /// 0 answered, 1 negative ([`crate::Error`] is 2).
    pub fn exit_code(self) -> u8 {
        match self {
            Outcome::Answered => 0,
            Outcome::Negative => 1,
        }
    }
}

/// Something the tool can print: as JSON through `Serialize`, or as a table for people.
pub trait Answer: Serialize {
    fn table(&self, style: &crate::render::style::Style) -> String;

    fn outcome(&self) -> Outcome {
        Outcome::Answered
    }
}
