//! Whether someone is at a desk at an instant: one type, worked out in one place, for
//! `advise` (the language part, the options, the summary) and `hours --at`.
//!
//! A desk is there around the clock, open until a change, closed until it opens, or of
//! unknown hours (the customer's region or zone was not given); a route that is no
//! Microsoft desk (a partner, VLSC, a forum) has no presence at all, and answers say so
//! where they look for one (decided reading 19).

use chrono::{DateTime, Utc};

use crate::clock::calendar::Calendar;

/// Someone at a desk, or not, at one instant (UTC).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// There whatever the instant: no opening or closing to tell.
    AroundTheClock,
    /// Open now; `until` the next closing, `None` when none falls within the calendar's
    /// horizon (a year).
    Open { until: Option<DateTime<Utc>> },
    /// Closed now; `opens` the next opening, `None` when none falls within a year.
    Closed { opens: Option<DateTime<Utc>> },
    /// The desk's hours are a region's the question did not name.
    Unknown,
}

impl Presence {
    /// The presence at `at` on `calendar`'s open time (its windows less its holidays).
    pub fn on(calendar: &Calendar, at: DateTime<Utc>) -> Presence {
        let status = calendar.status(at);
        match (status.open, status.next_change) {
            (true, until) => Presence::Open { until },
            (false, opens) => Presence::Closed { opens },
        }
    }

    /// Whether someone is there: `None` when it cannot be told.
    pub fn open(self) -> Option<bool> {
        match self {
            Presence::AroundTheClock | Presence::Open { .. } => Some(true),
            Presence::Closed { .. } => Some(false),
            Presence::Unknown => None,
        }
    }

    /// The next opening or closing (UTC), where one falls within a year.
    pub fn next_change(self) -> Option<DateTime<Utc>> {
        match self {
            Presence::Open { until } => until,
            Presence::Closed { opens } => opens,
            Presence::AroundTheClock | Presence::Unknown => None,
        }
    }

    /// The first instant at or after `at` at which someone is there (`at` itself when
    /// open); `None` when that cannot be told or falls beyond a year.
    pub fn first_open(self, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        match self {
            Presence::AroundTheClock | Presence::Open { .. } => Some(at),
            Presence::Closed { opens } => opens,
            Presence::Unknown => None,
        }
    }

    /// The presence in words: "there now, around the clock", "open now, until …",
    /// "closed now; opens …". `now` is "now" or "then" (an instant that is not now);
    /// `when` writes an instant as the answer shows it.
    pub fn sentence(self, now: &str, when: impl Fn(DateTime<Utc>) -> String) -> String {
        match self {
            Presence::AroundTheClock | Presence::Open { until: None } => {
                format!("there {now}, around the clock.")
            }
            Presence::Open { until: Some(t) } => format!("open {now}, until {}.", when(t)),
            Presence::Closed { opens: Some(t) } => format!("closed {now}; opens {}.", when(t)),
            Presence::Closed { opens: None } => "closed, with no opening within a year.".to_string(),
            Presence::Unknown => format!(
                "open or closed {now} cannot be told without the customer's region (give --region or --tz)."
            ),
        }
    }

    /// The presence in a few words for a summary line: "there around the clock", "open
    /// until …", "closed until …".
    pub fn short(self, when: impl Fn(DateTime<Utc>) -> String) -> String {
        match self {
            Presence::AroundTheClock | Presence::Open { until: None } => {
                "there around the clock".to_string()
            }
            Presence::Open { until: Some(t) } => format!("open until {}", when(t)),
            Presence::Closed { opens: Some(t) } => format!("closed until {}", when(t)),
            Presence::Closed { opens: None } => "closed".to_string(),
            Presence::Unknown => "hours unknown without the customer's region".to_string(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_state_and_its_change_agree() {
        let t = DateTime::<Utc>::UNIX_EPOCH;
        let when = |_: DateTime<Utc>| "T".to_string();
        for (presence, open, next, sentence) in [
            (
                Presence::AroundTheClock,
                Some(true),
                None,
                "there now, around the clock.",
            ),
            (
                Presence::Open { until: Some(t) },
                Some(true),
                Some(t),
                "open now, until T.",
            ),
            (
                Presence::Closed { opens: Some(t) },
                Some(false),
                Some(t),
                "closed now; opens T.",
            ),
            (
                Presence::Unknown,
                None,
                None,
                "open or closed now cannot be told",
            ),
        ] {
            assert_eq!(presence.open(), open);
            assert_eq!(presence.next_change(), next);
            assert!(presence.sentence("now", when).starts_with(sentence));
        }
        assert_eq!(
            Presence::Closed { opens: Some(t) }.first_open(t - chrono::TimeDelta::hours(1)),
            Some(t)
        );
        assert_eq!(Presence::Unknown.first_open(t), None);
    }
}
