//! `plans`: every plan and support option, with what it includes.

use serde::Serialize;

use super::{Answer, Sources};
use crate::render::style::Style;
use crate::render::table;
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct PlansAnswer {
    pub plans: Vec<PlanEntry>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct PlanEntry {
    pub plan: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// The products the plan is limited to; empty when it is not limited.
    pub products: Vec<String>,
    /// The severities the documents give a response target for.
    pub severities: Vec<String>,
    pub includes: Vec<String>,
    pub note: Option<String>,
    pub source: Sources,
}

pub fn answer(rules: &RuleSet) -> PlansAnswer {
    let mut all = Sources::default();
    let plans = rules
        .plans()
        .iter()
        .map(|plan| {
            let severities: Vec<String> = rules
                .severities()
                .iter()
                .filter(|s| rules.targets_of(plan.key).any(|t| t.severity == s.key))
                .map(|s| s.id.clone())
                .collect();
            let source = Sources::of(rules, &plan.source);
            all.merge(&source);
            // A plan kept from a version whose section a later one replaced: what it
            // includes is that version's word, and may quote targets no longer in force.
            // A plan described by a version a later one has revised in these rules' span
            // (its section replaced, or kept beside a revised table): what it includes and
            // its note may quote targets no longer in force.
            let revised = source.0.iter().find_map(|c| {
                let from = if c.replaced_here {
                    c.in_force_until
                } else {
                    c.kept_by_version_from
                };
                from.map(|from| (c.document.as_str(), from))
            });
            let note = match (revised, &plan.note) {
                (Some((document, from)), note) => Some(format!(
                    "What it includes{} is as the version of \"{document}\" in force before {from} describes it: targets it quotes may no longer apply (sla answers by the rules in force; severities with a target now: {}).{}",
                    if note.is_some() { ", and the note after this," } else { "" },
                    if severities.is_empty() { "none".to_string() } else { severities.join(", ") },
                    note.as_ref().map_or(String::new(), |n| format!(" {n}"))
                )),
                (None, note) => note.clone(),
            };
            PlanEntry {
                plan: plan.id.clone(),
                name: plan.name.clone(),
                aliases: plan.aliases.clone(),
                products: plan
                    .products
                    .iter()
                    .map(|p| rules.product(*p).id.clone())
                    .collect(),
                severities,
                includes: plan.includes.clone(),
                note,
                source,
            }
        })
        .collect();
    PlansAnswer { plans, source: all }
}

impl Answer for PlansAnswer {
    fn table(&self, style: &Style) -> String {
        let mut out = table::with_header(style, ["Plan", "Severities", "Includes"]);
        let mut notes = Vec::new();
        for plan in &self.plans {
            let mut name = format!("{}\n{}", plan.plan, plan.name);
            if !plan.aliases.is_empty() {
                name.push_str(&format!("\naliases: {}", plan.aliases.join(", ")));
            }
            if !plan.products.is_empty() {
                name.push_str(&format!("\nproducts: {}", plan.products.join(", ")));
            }
            let severities = if plan.severities.is_empty() {
                "-".to_string()
            } else {
                plan.severities.join(", ")
            };
            out.add_row(vec![name, severities, table::bullets(&plan.includes)]);
            if let Some(note) = &plan.note {
                notes.push(format!("Note: {}: {note}", plan.plan));
            }
        }
        table::blocks(
            style,
            [out.to_string(), notes.join("\n"), self.source.lines(style)],
        )
    }
}
