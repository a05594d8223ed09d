//! `can-reopen`: the four reopen rules applied to a closed incident.

use super::error::fail;
use chrono::{Months, NaiveDate};
use serde::Serialize;

use super::{Answer, Outcome, Sources};
use crate::render::style::{Paint, Style};
use crate::render::table;
use crate::rules::model::{ReopenFact, Verdict};
use crate::rules::RuleSet;

/// The facts the rules ask about.
#[derive(Debug, Clone, Copy)]
pub struct Facts {
    pub closed: NaiveDate,
    pub on: NaiveDate,
    pub build_changed: bool,
    pub other_environment: bool,
    pub new_error: bool,
}

#[derive(Debug, Serialize)]
pub struct ReopenAnswer {
    pub closed: NaiveDate,
    pub on: NaiveDate,
    pub verdict: Verdict,
    pub rules: Vec<RuleOutcome>,
    pub notes: Vec<String>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct RuleOutcome {
    pub rule: u8,
    pub holds: bool,
    /// Whether the rule holds only because no flag said otherwise (the facts of rules 1-3
    /// are the user's to state; the tool cannot know them).
    pub assumed: bool,
    /// The flag that states the opposite fact (`--build-changed`), for a rule about one.
    pub flag: Option<&'static str>,
    pub reason: String,
    pub text: String,
}

/// The flag of `can-reopen` that states `fact` did happen; none for the months closed,
/// which are counted.
fn flag_of(fact: ReopenFact) -> Option<&'static str> {
    match fact {
        ReopenFact::BuildChanged => Some("--build-changed"),
        ReopenFact::OtherEnvironment => Some("--other-environment"),
        ReopenFact::NewError => Some("--new-error"),
        ReopenFact::MonthsClosed => None,
    }
}

pub fn answer(rules: &RuleSet, facts: &Facts) -> Result<ReopenAnswer, super::Error> {
    if facts.on < facts.closed {
        fail!(
            BadValue,
            "--on {} is before --closed {}: an incident cannot be judged before it was closed",
            facts.on,
            facts.closed
        );
    }
    let mut verdict = Verdict::Reopen;
    let mut outcomes = Vec::new();
    let mut notes = Vec::new();
    let mut source = Sources::default();
    for rule in rules.reopen_rules() {
        let (holds, detail) = match rule.fact {
            ReopenFact::BuildChanged => (!facts.build_changed, None),
            ReopenFact::OtherEnvironment => (!facts.other_environment, None),
            ReopenFact::NewError => (!facts.new_error, None),
            ReopenFact::MonthsClosed => {
                let months = rule.months.unwrap_or(0);
                // Adding calendar months clamps to the month's end (decided reading 12).
                match facts.closed.checked_add_months(Months::new(months)) {
                    Some(limit) => (
                        facts.on < limit,
                        Some(format!(
                            "closed {}; {months} months later is {limit}",
                            facts.closed
                        )),
                    ),
                    None => (true, None),
                }
            }
        };
        if !holds {
            verdict = verdict.max(rule.otherwise);
        }
        let reason = if holds { &rule.holds } else { &rule.fails };
        let flag = flag_of(rule.fact);
        // A fact nobody stated holds by assumption: say so, and how to state otherwise.
        let assumed = holds && flag.is_some();
        let detail = match (detail, flag) {
            (Some(detail), _) => Some(detail),
            (None, Some(flag)) if assumed => Some(format!("assumed: give {flag} if not")),
            (None, _) => None,
        };
        outcomes.push(RuleOutcome {
            rule: rule.number,
            holds,
            assumed,
            flag,
            reason: match detail {
                Some(detail) => format!("{reason} ({detail})"),
                None => reason.clone(),
            },
            text: rule.text.clone(),
        });
        notes.extend(rule.note.clone());
        source.add(rules, &rule.source);
    }
    Ok(ReopenAnswer {
        closed: facts.closed,
        on: facts.on,
        verdict,
        rules: outcomes,
        notes,
        source,
    })
}

impl Answer for ReopenAnswer {
    fn table(&self, style: &Style) -> String {
        let verdict = match self.verdict {
            Verdict::Reopen => "Reopen: every rule holds.",
            Verdict::NewIncidentRecommended => {
                "File a new incident (recommended; reopening is not forbidden)."
            }
            Verdict::NewIncident => "File a new incident: the incident cannot be reopened.",
        };
        let mut rules = table::with_header(style, ["Rule", "Holds", "Reason"]);
        for r in &self.rules {
            rules.add_row(vec![
                r.rule.to_string(),
                if r.holds { "yes" } else { "no" }.to_string(),
                r.reason.clone(),
            ]);
        }
        let assumed: Vec<&RuleOutcome> = self.rules.iter().filter(|r| r.assumed).collect();
        let assumed = match assumed.as_slice() {
            [] => String::new(),
            rules => {
                let numbers: Vec<String> = rules.iter().map(|r| r.rule.to_string()).collect();
                let numbers = match numbers.split_last() {
                    Some((last, [])) => format!("rule {last} holds"),
                    Some((last, first)) => format!("rules {} and {last} hold", first.join(", ")),
                    None => String::new(),
                };
                let flags: Vec<&str> = rules.iter().filter_map(|r| r.flag).collect();
                format!(
                    "Assumed, as nothing said otherwise: {numbers} (give {} where that is not so).",
                    flags.join(", ")
                )
            }
        };
        table::blocks(
            style,
            [
                format!(
                    "Closed {}, asked on {}: {}",
                    self.closed,
                    self.on,
                    style.paint(
                        verdict,
                        match self.verdict {
                            Verdict::Reopen => Paint::Good,
                            Verdict::NewIncidentRecommended => Paint::Warn,
                            Verdict::NewIncident => Paint::Bad,
                        }
                    )
                ),
                assumed,
                rules.to_string(),
                self.notes
                    .iter()
                    .map(|n| format!("Note: {n}"))
                    .collect::<Vec<_>>()
                    .join("\n"),
                self.source.lines(style),
            ],
        )
    }

    fn outcome(&self) -> Outcome {
        match self.verdict {
            Verdict::Reopen => Outcome::Answered,
            _ => Outcome::Negative,
        }
    }
}
