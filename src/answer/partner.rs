//! `partner`: support incidents by MPN membership and competency.

use serde::Serialize;

use super::policy::{self, TopicAnswer};
use super::{Answer, Sources};
use crate::render::style::Style;
use crate::render::table;
use crate::rules::model::{AnswerKind, Competency, Incidents, Membership};
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct PartnerAnswer {
    pub allowances: Vec<AllowanceAnswer>,
    /// Topics that go with the allowances: the cloud competencies, escalation routes.
    pub related: Vec<TopicAnswer>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct AllowanceAnswer {
    pub membership: String,
    pub membership_name: String,
    pub benefit: String,
    pub competency: Competency,
    /// The number of incidents; null when unlimited.
    pub incidents: Option<u32>,
    pub unlimited: bool,
    pub as_written: String,
    pub note: Option<String>,
    pub source: Sources,
}

pub fn answer(
    rules: &RuleSet,
    membership: Option<&str>,
    competency: Option<Competency>,
) -> Result<PartnerAnswer, super::Error> {
    let membership: Option<&Membership> = membership.map(|m| rules.find(m)).transpose()?;
    let mut source = Sources::default();
    let related = policy::related(rules, AnswerKind::Partner, None);
    let allowances = rules
        .allowances()
        .iter()
        .filter(|a| membership.is_none_or(|m| a.membership == m.key))
        .filter(|a| competency.is_none_or(|c| a.competency == c || a.competency == Competency::Any))
        .map(|a| {
            let cited = Sources::of(rules, &a.source);
            source.merge(&cited);
            let membership = rules.membership(a.membership);
            AllowanceAnswer {
                membership: membership.id.clone(),
                membership_name: membership.name.clone(),
                benefit: a.benefit.clone(),
                competency: a.competency,
                incidents: match a.incidents {
                    Incidents::Count(n) => Some(n),
                    Incidents::Unlimited => None,
                },
                unlimited: a.incidents == Incidents::Unlimited,
                as_written: a.as_written.clone(),
                note: a.note.clone(),
                source: cited,
            }
        })
        .collect();
    Ok(PartnerAnswer {
        allowances,
        related,
        source,
    })
}

impl Answer for PartnerAnswer {
    fn table(&self, style: &Style) -> String {
        let mut out = table::with_header(
            style,
            ["Membership", "Benefit", "Competencies", "Incidents"],
        );
        let mut notes: Vec<String> = Vec::new();
        for a in &self.allowances {
            let competency = match a.competency {
                Competency::Any => "any",
                Competency::Cloud => "cloud competencies",
                Competency::Other => "other competencies",
            };
            let incidents = match (a.unlimited, a.incidents) {
                (true, _) => "unlimited".to_string(),
                (false, Some(0) | None) => "none".to_string(),
                (false, Some(n)) => n.to_string(),
            };
            out.add_row(vec![
                a.membership_name.clone(),
                a.benefit.clone(),
                competency.to_string(),
                incidents,
            ]);
            if let Some(note) = &a.note {
                let line = format!("Note: {}: {note}", a.membership);
                if !notes.contains(&line) {
                    notes.push(line);
                }
            }
        }
        table::blocks(
            style,
            [
                out.to_string(),
                notes.join("\n"),
                policy::shown_blocks(style, &self.related),
                policy::ending(style, &self.source, None, &self.related),
            ],
        )
    }
}
