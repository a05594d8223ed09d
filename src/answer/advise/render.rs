//! The advice as a table for people: each part under its heading, in the order of the
//! JSON, the sources once at the end.

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;

use super::{Advice, AssumedKind, Choice, Response};
use crate::answer::sla::{condition_text, describe_coverage, target_text, DAYS_ONLY};
use crate::answer::Answer;
use crate::render::style::{Paint, Style};
use crate::render::table;
use crate::render::text;
use crate::rules::model::Coverage;

impl Answer for Advice {
    fn table(&self, style: &Style) -> String {
        let plan = self
            .plan
            .as_deref()
            .map_or(String::new(), |p| format!(", plan {p}"));
        let at = text::readable(self.at, self.shown);
        let about = match self.about {
            crate::rules::model::About::Technical => "",
            crate::rules::model::About::Billing => ", about billing or subscription management",
        };
        let mut parts = vec![format!(
            "Advice for {} ({}){plan}, severity {}{about}, at {at}",
            self.product_name, self.product, self.severity
        )];
        // The first screen answers: where, when, who is there, the first thing to try, and
        // what was assumed; the parts below give the background.
        parts.push(self.summary(style));
        parts.push(self.route_block(style));
        parts.push(self.response_block(style));
        parts.push(format!(
            "Who is there now, in your language\n{}",
            table::numbers_unbroken(&self.language.summary)
        ));
        let ranks: Vec<String> = self
            .options
            .choices
            .iter()
            .map(|c| format!("{}.", c.rank))
            .collect();
        let due = match self.due_words() {
            Some(due) => format!(
                "The response is due {due}, whichever desk or language answers (the plan's target)."
            ),
            None if matches!(self.response, Response::Target(_)) => {
                "No due instant is counted: see Expect a response and Caveats.".to_string()
            }
            None => "No response is due: no target applies (see Expect a response).".to_string(),
        };
        parts.push(format!(
            "Fastest way to a first response\n{due}\n{}",
            table::key_values(
                style,
                ranks
                    .iter()
                    .zip(&self.options.choices)
                    .map(|(rank, c)| (rank.as_str(), kept(style, &c.summary)))
            )
        ));
        parts.push(format!(
            "What the documents ask of you\n{}",
            table::bullets(
                &self
                    .requirements
                    .items
                    .iter()
                    .map(|r| table::numbers_unbroken(&r.text))
                    .collect::<Vec<_>>()
            )
        ));
        let caveats: Vec<String> = self
            .caveats
            .items
            .iter()
            .map(|c| match (&c.topic, style.details) {
                // The points as bullets of their own, so each wraps with its indent.
                (Some(topic), true) => format!("{}:\n• {}", c.text, topic.points.join("\n• ")),
                (Some(topic), false) => {
                    format!("{} (`support-advisor policy {}`)", c.text, topic.topic)
                }
                (None, _) => c.text.clone(),
            })
            .map(|text| table::numbers_unbroken(&text))
            .collect();
        parts.push(format!("Caveats\n{}", table::bullets(&caveats)));
        let more = if style.details {
            String::new()
        } else {
            "More with --details: every route's steps, the topics in full.".to_string()
        };
        parts.push(table::ending(self.source.lines(style), more));
        // A long answer scrolls: its last screen says where and when again.
        parts.push(self.recap(style));
        table::blocks(style, parts)
    }
}

impl Advice {
    /// The answer in a few labelled lines.
    fn summary(&self, style: &Style) -> String {
        let file_at = self.route.main().map_or(String::new(), |r| match &r.terms {
            Some(_) => format!("{} (not a Microsoft support desk: see Terms)", r.channel),
            None => r.channel.clone(),
        });
        // With --partner the partners' own route comes first, the customer's after it.
        let file_at = match self.route.routes.first().filter(|r| r.for_partners) {
            Some(partners) => format!(
                "{} (as a partner); the customer's: {file_at}",
                partners.channel
            ),
            None => file_at,
        };
        let due = match self.due_words() {
            Some(due) => format!("{due}{}", self.time_left(style)),
            None => match &self.response {
                Response::NoTarget(_) => {
                    "none: no target applies (see Expect a response)".to_string()
                }
                Response::Target(_) => "not counted (see Expect a response)".to_string(),
            },
        };
        let language = &self.language;
        let there = |desk: &super::language::DeskStatus| {
            let when = |t: DateTime<Utc>| {
                let local = desk
                    .next_change
                    .map(|n| n.local)
                    .unwrap_or_else(|| t.with_timezone(&self.shown).fixed_offset());
                text::readable_fixed(local)
            };
            let state = desk.presence.short(when);
            if desk.subject_to_availability {
                format!("{}: {state}, subject to availability", desk.name)
            } else {
                format!("{}: {state}", desk.name)
            }
        };
        let now = match (&language.desk, &language.english, language.offered) {
            (Some(desk), english, _) => {
                let english = english
                    .as_ref()
                    .filter(|e| e.language != desk.language)
                    .map_or(String::new(), |e| format!("; {}", there(e)));
                format!("{}{english}", there(desk))
            }
            (None, Some(english), Some(false)) => {
                format!("{} not offered; {}", language.name, there(english))
            }
            (None, Some(english), _) => there(english),
            // No language desk: the desk that counts the target, where its hours are known
            // (21Vianet's 09:00-24:00), as the options part says.
            (None, None, _) => match self.options.choices.first().filter(|c| c.open.is_some()) {
                Some(c) => format!(
                    "the desk counting the target: {}",
                    choice_state(c, self.shown, self.at_is_now)
                ),
                None => "no desk hours given for this support".to_string(),
            },
        };
        // The first option, short: its channel only where it is not the route filed at.
        let main_channel = self.route.main().map(|r| r.channel.as_str());
        let at_is_now = self.at_is_now;
        let first = self.options.choices.first().map_or(String::new(), |c| {
            let state = choice_state(c, self.shown, at_is_now);
            let channel = Some(c.channel.as_str())
                .filter(|ch| Some(*ch) != main_channel)
                .map_or(String::new(), |ch| format!(" at {ch}"));
            match &c.language_name {
                Some(name) => format!("in {name}{channel}: {state}"),
                // The route filed at is said above: its state alone.
                None if channel.is_empty() => state,
                None => format!("{}: {state}", channel.trim_start()),
            }
        });
        let rows = [
            ("File at", kept(style, &file_at)),
            ("Due", due),
            ("Desks", now),
            ("First try", kept(style, &first)),
            ("Assumed", self.assumed_text()),
        ];
        table::key_values(style, rows)
    }

    /// "In short: file at X; due Y (Z left)." for the end of a long answer.
    fn recap(&self, style: &Style) -> String {
        let file_at = self.route.main().map_or("", |r| r.channel.as_str());
        // The headline's labels go with it: a borrowed calendar, an assumed condition.
        let condition = match &self.response {
            Response::Target(sla) => condition_text(sla),
            Response::NoTarget(_) => String::new(),
        };
        let due = match self.due_words() {
            Some(due) => format!("due {due}{}{condition}", self.time_left(style)),
            None => "no due instant".to_string(),
        };
        format!("In short: file at {file_at}; {due}.")
    }

    /// The response's due as every part of the table says it: the instant in the
    /// calendar's offset (and the user's zone where it reads differently), labelled where
    /// it is a cross-reference, or the date a count of days ends on; `None` where none is.
    fn due_words(&self) -> Option<String> {
        let clock = self.response.clock()?;
        match (self.response.due(), clock.due.date) {
            (Some(due), _) => {
                let local = clock.due.at.map_or_else(|| due.fixed_offset(), |a| a.local);
                let label = if self.response.cross_reference() {
                    " (cross-reference)"
                } else {
                    ""
                };
                Some(format!(
                    "{}{label}",
                    text::readable_with_user(due, local, self.shown)
                ))
            }
            (None, Some(date)) => Some(format!(
                "by the end of {} ({})",
                date.format("%a %-d %b %Y"),
                clock.time_zone.as_deref().unwrap_or_default()
            )),
            (None, None) => None,
        }
    }

    /// ", 6 h left" or ", missed 2 h ago" (painted), from now; empty where not counted.
    fn time_left(&self, style: &Style) -> String {
        let minutes = self.response.clock().and_then(|c| c.minutes_left);
        match minutes {
            Some(m) if m >= 0 => format!(", {} left", text::duration(m)),
            Some(m) => format!(
                ", {}",
                style.paint(&format!("missed {} ago", text::duration(-m)), Paint::Bad)
            ),
            None => String::new(),
        }
    }

    /// What was assumed, short (JSON has each `why` whole).
    fn assumed_text(&self) -> String {
        self.assumed
            .iter()
            .map(|a| match a.what {
                AssumedKind::Region => format!(
                    "region `{}` from this machine's zone, not the customer's (--region or --tz)",
                    a.value
                ),
                AssumedKind::Zone => format!("times in {} (--tz)", a.value),
                AssumedKind::At => "submitted now (--at)".to_string(),
                AssumedKind::Channel => format!("bought through `{}` (--channel)", a.value),
                AssumedKind::Condition => a.value.clone(),
                AssumedKind::Language => format!("{} (--language)", self.language.name),
                AssumedKind::ProductionImpact => {
                    "the production impact can be demonstrated (--production-impact)".to_string()
                }
            })
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn route_block(&self, style: &Style) -> String {
        let mut rows = Vec::new();
        for (i, route) in self.route.routes.iter().enumerate() {
            let channel = match &route.url {
                Some(url) => format!("{}\n{url}", route.channel),
                None => route.channel.clone(),
            };
            let label = match (i, route.for_partners, route.alternative) {
                (0, true, _) => "Partners",
                (0, false, _) => "Channel",
                (_, _, true) => "Alternative",
                (_, true, false) => "Partners also",
                (_, false, false) => "Also",
            };
            // Every route's steps: the phone numbers are in them.
            let steps = {
                route
                    .steps
                    .iter()
                    .enumerate()
                    .map(|(n, s)| format!("{}. {s}", n + 1))
                    .collect::<Vec<_>>()
                    .join("\n")
            };
            // The main route's notes (no filing steps given, check service health first),
            // the others' with --details; every route's reading.
            let mut notes = if i == 0 || style.details {
                route.notes.clone()
            } else {
                Vec::new()
            };
            notes.extend(route.note.clone());
            let notes = table::bullets(&notes);
            rows.push((label, kept(style, &channel)));
            rows.push(("Terms", route.terms.clone().unwrap_or_default()));
            rows.push(("Steps", kept(style, &steps)));
            rows.push(("Notes", kept(style, &notes)));
        }
        let mut out = vec!["File here".to_string(), table::key_values(style, rows)];
        out.extend(self.route.partner_note.clone());
        if self.route.partner_routes_available > 0 {
            out.push(format!(
                "Microsoft partners acting for a customer: add --partner ({} more).",
                self.route.partner_routes_available
            ));
        }
        out.join("\n")
    }

    fn response_block(&self, style: &Style) -> String {
        let heading = "Expect a response".to_string();
        let sla = match &self.response {
            Response::Target(sla) => sla,
            Response::NoTarget(none) => return format!("{heading}\n{}", none.reason),
        };
        let target = match (sla.target_minutes, sla.target_business_days, sla.bound) {
            (None, None, _) if sla.coverage == Some(Coverage::Unspecified) => {
                format!("no figure given: \"{}\"", sla.as_written)
            }
            (m, d, bound) => target_text(m, d, bound) + &condition_text(sla),
        };
        let mut rows = vec![
            ("Initial response", target),
            (
                "Counts",
                match sla.clock.as_ref().and_then(|c| c.due.date) {
                    Some(_) => DAYS_ONLY.to_string(),
                    None => sla
                        .coverage
                        .map_or("none applies", describe_coverage)
                        .to_string(),
                },
            ),
        ];
        match &sla.clock {
            Some(clock) => {
                let due = match (clock.due.utc(), clock.due.at.map(|a| a.local)) {
                    (Some(due), Some(local)) => {
                        let calendar = match (&clock.region, &clock.time_zone) {
                            (Some(region), Some(zone)) => format!(" ({region}, {zone})"),
                            _ => String::new(),
                        };
                        let mut lines = vec![format!("{}{calendar}", text::readable_fixed(local))];
                        lines.extend(
                            text::in_user_zone(due, local, clock.zones.user)
                                .map(|u| format!("= {u} {}", clock.zones.user.name())),
                        );
                        lines.push(text::utc(due));
                        lines.join("\n")
                    }
                    _ => match clock.due.date {
                        Some(date) => clock.date_text(date),
                        None => format!(
                            "no due instant: {}",
                            self.response.no_due_reason().unwrap_or_default()
                        ),
                    },
                };
                rows.push((
                    if clock.cross_reference.is_some() {
                        "Due (cross-reference)"
                    } else {
                        "Due"
                    },
                    due,
                ));
                let left = clock.minutes_left.map_or(String::new(), |m| {
                    if m >= 0 {
                        text::duration(m)
                    } else {
                        style.paint(&format!("missed {} ago", text::duration(-m)), Paint::Bad)
                    }
                });
                rows.push(("Time left", left));
                rows.push(("Holidays skipped", clock.holidays.skipped.join(", ")));
            }
            None => rows.push(("Due", "no due instant is counted (see Caveats)".to_string())),
        }
        format!("{heading}\n{}", table::key_values(style, rows))
    }
}

/// A value of a labelled line: phone numbers and short commands kept on one line.
fn kept(style: &Style, text: &str) -> String {
    // The value column starts after the widest label (`Initial response` and padding).
    let room = style.width.saturating_sub(18);
    table::numbers_unbroken(&crate::render::style::keep_code_together(text, room))
}

/// One option as a line: "In English at X: someone is there now", "In Spanish at X: its
/// hours begin Mon 7 Dec 08:00 +01:00, subject to availability". No option has a due
/// instant of its own: the plan's is said once, above them (decided reading 18).
pub fn choice_summary(choice: &Choice, shown: Tz, at_is_now: bool) -> String {
    let how = match &choice.language_name {
        Some(name) => format!("In {name} at {}", choice.channel),
        None => format!("At {}", choice.channel),
    };
    format!("{how}: {}", choice_state(choice, shown, at_is_now))
}

/// Whether someone is at an option's desk, in words: "someone is there now", "its hours
/// begin …, subject to availability".
fn choice_state(choice: &Choice, shown: Tz, at_is_now: bool) -> String {
    let now = if at_is_now { "now" } else { "then" };
    // "Someone is there" only where the documents promise it without a condition.
    let conditional = choice.subject_to_availability;
    let there = match (choice.open, choice.opens.map(|o| (o.utc, o.local))) {
        (Some(true), _) if conditional => {
            format!("in its hours {now}: someone may be reachable, subject to availability")
        }
        (Some(true), _) => format!("someone is there {now}"),
        (Some(false), Some((opens, local))) if conditional => format!(
            "its hours begin {}, subject to availability",
            when(opens, Some(local), shown)
        ),
        (Some(false), Some((opens, local))) => {
            format!("the desk opens {}", when(opens, Some(local), shown))
        }
        (Some(false), None) => "the desk does not open within a year".to_string(),
        (None, _) => "no desk hours are known".to_string(),
    };
    there
}

/// An instant in the offset of `like` (the desk's), else in the user's zone.
fn when(t: DateTime<Utc>, like: Option<DateTime<FixedOffset>>, shown: Tz) -> String {
    let fixed = match like {
        Some(like) => t.with_timezone(like.offset()),
        None => t.with_timezone(&shown).fixed_offset(),
    };
    text::readable_with_user(t, fixed, shown)
}
