//! Was the target met? A response's instant (`sla --responded`, a batch ticket's
//! `responded`) against the target: the time that elapsed between submission and
//! response on the calendar that counted the target, and whether it is within the cell.
//!
//! The elapsed time is counted the way the due instant is (`due::elapsed`): wall-clock
//! time for a 24/7 target, the calendar's open time (its windows, less weekends and
//! holidays) for a business-hours one. A target in business days is N times the
//! calendar's business day (decided reading 10), so it is compared in business minutes
//! too: 21Vianet's "1 werkdag of minder" is 900 business minutes on its 09:00-24:00 desk.
//! That keeps `met` and `due` in step: for a "< N" cell the response is in time exactly
//! when it comes before the due instant. Only a desk the documents give days without
//! clock times (21Vianet's billing desk, reading 20) counts whole business days, as its
//! due date does.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::render::text::{self, plural};
use crate::rules::model::Bound;

/// Why `met` is null for a ticket whose target commits no time (best effort).
pub const BEST_EFFORT: &str = "best effort: no time is committed, so there is no target to meet";
/// Why `met` is null for a level the document gives without a figure ("Diverse").
pub const NO_FIGURE: &str =
    "no figure: the document gives this level no time, so there is no target to meet";
/// Why `met` is null for a ticket whose `responded` is empty (not yet answered).
pub const NOT_RESPONDED: &str = "no response given: `responded` is empty";

/// The longest time from submission to response that is counted: ten years (3,653 days).
/// Open time is counted a day at a time, so a response centuries after its request (a
/// typo's year) would cost a batch seconds a ticket; it is refused instead, as no target
/// is longer than a year.
pub const MAX_RESPONSE_DAYS: i64 = 3_653;

/// Why a response cannot be counted against its submission, with the message saying so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OutOfOrder {
    /// It comes before it (a batch line's `responded-before-submitted`).
    BeforeSubmission(String),
    /// It comes more than [`MAX_RESPONSE_DAYS`] after it (a batch line's `bad-time`).
    TooLate(String),
}

impl OutOfOrder {
    pub fn message(&self) -> &str {
        match self {
            OutOfOrder::BeforeSubmission(message) | OutOfOrder::TooLate(message) => message,
        }
    }
}

impl std::fmt::Display for OutOfOrder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for OutOfOrder {}

/// Why a response cannot be counted against its submission: it comes before it, or more
/// than [`MAX_RESPONSE_DAYS`] after it.
pub fn out_of_order(
    submitted: DateTime<Utc>,
    responded: DateTime<Utc>,
    flags: (&str, &str),
) -> Option<OutOfOrder> {
    let (responded_name, submitted_name) = flags;
    let (r, s) = (text::utc(responded), text::utc(submitted));
    if responded < submitted {
        return Some(OutOfOrder::BeforeSubmission(
            format!("{responded_name} {r} is before {submitted_name} {s}: a response cannot come before its request"),
        ));
    }
    // Compared to the second: whole days would let up to a day more through.
    if responded - submitted > chrono::TimeDelta::days(MAX_RESPONSE_DAYS) {
        return Some(OutOfOrder::TooLate(
            format!("{responded_name} {r} is more than ten years after {submitted_name} {s}: not counted (is the year right?)"),
        ));
    }
    None
}

/// Whether `elapsed` seconds are within a target of `target` seconds: below it for a "< N"
/// cell (`lt`), at most it for an "N of minder" cell (`le`). A cell that writes neither
/// (Power BI's "Eén werkdag", an organisation's own `target_minutes`) promises the
/// response within the target: at most it, as `le`.
///
/// Compared to the second (instants are read to the second): 59 min 30 s is within "< 1
/// uur"; 60 min 30 s is not within "1 uur of minder".
pub fn within(bound: Option<Bound>, target_seconds: i64, elapsed_seconds: i64) -> bool {
    match bound {
        Some(Bound::Lt) => elapsed_seconds < target_seconds,
        Some(Bound::Le) | None => elapsed_seconds <= target_seconds,
    }
}

/// Whole minutes of `seconds`, rounded down, as `elapsed_minutes` writes them: a
/// response 59 min 59 s after submission is 59 minutes after it.
pub fn whole_minutes(seconds: i64) -> u64 {
    u64::try_from(seconds.max(0) / 60).unwrap_or_default()
}

/// `sla --responded`: the response, the time elapsed to it and whether it was in time.
#[derive(Debug, Clone, Serialize)]
pub struct ResponseAnswer {
    /// When Microsoft first responded (RFC 3339 UTC).
    pub responded: DateTime<Utc>,
    /// Minutes that counted between submission and response (whole minutes, rounded
    /// down): business minutes of the calendar for a business-hours target, wall-clock
    /// minutes for a 24/7 one; null where nothing is counted (no target, or a desk with
    /// days but no clock times).
    pub elapsed_minutes: Option<u64>,
    /// Business days after the day of submission up to the day of the response, for a desk
    /// the documents give days but no clock times (decided reading 20); else null.
    pub elapsed_business_days: Option<u32>,
    /// Whether the response was within the target (`bound`: below it for `lt`, at most it
    /// for `le`); null where no target applies, and `met_reason` says why.
    pub met: Option<bool>,
    /// Why `met` is null; null where it is not.
    pub met_reason: Option<String>,
    /// How the table words it.
    #[serde(skip)]
    pub words: String,
}

/// What was counted to the response, for [`ResponseAnswer::judged`].
#[derive(Debug, Clone, Copy)]
pub enum Elapsed {
    /// Seconds counted on the target's clock, and whether they are business (open) time.
    Seconds { seconds: i64, business: bool },
    /// Business days of a desk with days but no clock times (decided reading 20).
    BusinessDays(u32),
}

impl ResponseAnswer {
    /// A response with no target to meet, and why.
    pub fn unjudged(responded: DateTime<Utc>, why: String) -> ResponseAnswer {
        ResponseAnswer {
            responded,
            elapsed_minutes: None,
            elapsed_business_days: None,
            met: None,
            words: format!("no target to meet: {why}"),
            met_reason: Some(why),
        }
    }

    /// A response against a target of `target_minutes` (business days already turned into
    /// the calendar's minutes) or `target_days` (a desk with days only), with the cell's
    /// `bound`.
    pub fn judged(
        responded: DateTime<Utc>,
        elapsed: Elapsed,
        target_minutes: Option<u32>,
        target_days: Option<u32>,
        bound: Option<Bound>,
    ) -> ResponseAnswer {
        // The cell's word for its bound: why a response at the target itself is, or is
        // not, in time.
        let relation = |target: String| match bound {
            Some(Bound::Lt) => format!("the cell asks less than {target}"),
            Some(Bound::Le) => format!("the cell allows {target} or less"),
            None => format!("the target is at most {target}"),
        };
        let yes_no = |met: bool| if met { "yes" } else { "no" };
        match (elapsed, target_minutes, target_days) {
            (Elapsed::Seconds { seconds, business }, Some(target), _) => {
                let met = within(bound, i64::from(target) * 60, seconds);
                let kind = if business {
                    "business minute"
                } else {
                    "minute"
                };
                let mut after = plural(seconds.max(0) / 60, kind);
                if seconds % 60 != 0 {
                    after.push_str(&format!(" {} s", seconds % 60));
                }
                // A target in business days is compared in the calendar's minutes (reading 10).
                let days = target_days.map_or(String::new(), |d| {
                    format!(" ({})", plural(d, "business day"))
                });
                ResponseAnswer {
                    responded,
                    elapsed_minutes: Some(whole_minutes(seconds)),
                    elapsed_business_days: None,
                    met: Some(met),
                    met_reason: None,
                    words: format!(
                        "{} — responded after {after} of {target}{days}; {}",
                        yes_no(met),
                        relation(plural(i64::from(target), kind))
                    ),
                }
            }
            (Elapsed::BusinessDays(days), _, Some(target)) => {
                let met = match bound {
                    Some(Bound::Lt) => days < target,
                    _ => days <= target,
                };
                ResponseAnswer {
                    responded,
                    elapsed_minutes: None,
                    elapsed_business_days: Some(days),
                    met: Some(met),
                    met_reason: None,
                    words: format!(
                        "{} — responded {} after the day of submission; {}",
                        yes_no(met),
                        plural(days, "business day"),
                        relation(plural(target, "business day"))
                    ),
                }
            }
            _ => ResponseAnswer::unjudged(responded, NO_FIGURE.to_string()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lt_is_below_and_le_at_most_to_the_second() {
        assert!(within(Some(Bound::Lt), 3600, 3599));
        assert!(!within(Some(Bound::Lt), 3600, 3600));
        assert!(within(Some(Bound::Le), 3600, 3600));
        assert!(!within(Some(Bound::Le), 3600, 3601));
        assert!(within(None, 3600, 3600));
        assert_eq!(whole_minutes(3599), 59);
    }
}
