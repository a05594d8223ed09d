//! The clock: when a response falls due, and whether a desk is open.
//!
//! - [`calendar`]: a region's weekly open windows in its IANA zone, with holidays, turned
//!   into UTC instants (open at, next change, open minutes between two instants).
//! - [`due`]: the due instant of a target on a calendar (24/7 or open time), and the steps
//!   that reached it (`--explain`).
//! - [`calendar_choice`]: which region's calendar counts a target (the plan's own, the one
//!   asked for, or the one the customer's zone falls in).
//!
//! It knows no answer and no command line: answers (`crate::answer`) and batch mode ask it.

pub mod calendar;
pub mod calendar_choice;
pub mod due;

#[cfg(test)]
mod tests;
