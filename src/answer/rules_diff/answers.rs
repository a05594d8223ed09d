//! What one rule set answers, by key: each answer a user can get (a target for a plan,
//! severity and product; a region's hours; a language's desk in a region; a route for a
//! product under a plan and channel; a phone line; a reopen rule; a partner allowance) in
//! the words the answers use, with its sources. Two rule sets are compared through these,
//! never through their rules' fields, so that only what a user would see counts.
//!
//! Rules refer to each other by typed ids that are places in their own set; across two sets
//! only the ids as written are common, so keys are made of those.

use serde::Serialize;

use crate::answer::cite::Cite;
use crate::answer::hours::windows_text;
use crate::answer::sla::target_text;
use crate::rules::model::{
    About, Competency, Coverage, Id, Incidents, Plan, Product, Route, Source, Target,
};
use crate::rules::RuleSet;

/// The kinds of answer compared, in the order they are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Target,
    Region,
    LanguageDesk,
    Route,
    PhoneLine,
    ReopenRule,
    Allowance,
}

impl Kind {
    /// How a table names the kind.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Target => "Target",
            Kind::Region => "Region",
            Kind::LanguageDesk => "Language desk",
            Kind::Route => "Route",
            Kind::PhoneLine => "Phone line",
            Kind::ReopenRule => "Reopen rule",
            Kind::Allowance => "Allowance",
        }
    }
}

/// One cited section, with the id of its document (the rule files' name for it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cited {
    pub document_id: String,
    #[serde(flatten)]
    pub cite: Cite,
}

/// What a rule set says for one key: labelled parts in the answers' words, and the
/// sections they come from.
#[derive(Debug, Clone)]
pub struct Said {
    pub parts: Vec<(String, String)>,
    pub sources: Vec<Cited>,
}

impl Said {
    /// The same answer from the same sections: which user file restated it does not
    /// change what a user sees.
    pub fn same(&self, other: &Said) -> bool {
        let cited = |s: &Said| -> Vec<(String, String)> {
            s.sources
                .iter()
                .map(|c| (c.document_id.clone(), c.cite.section.clone()))
                .collect()
        };
        self.parts == other.parts && cited(self) == cited(other)
    }
}

/// One answer of a rule set: its kind, its key (parts such as plan, severity, product), and
/// the keys of the more general answers it repeats unless it differs from them.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: Kind,
    pub key: Vec<String>,
    pub generals: Vec<Vec<String>>,
    pub said: Said,
}

const ANY_PLAN: &str = "any plan";
const ANY_CHANNEL: &str = "any channel";

/// Every answer of `rules`, in a stable order.
pub fn entries(rules: &RuleSet) -> Vec<Entry> {
    let mut all = Vec::new();
    targets(rules, &mut all);
    regions(rules, &mut all);
    language_desks(rules, &mut all);
    routes(rules, &mut all);
    phone_lines(rules, &mut all);
    reopen_rules(rules, &mut all);
    allowances(rules, &mut all);
    all
}

fn cited(rules: &RuleSet, sources: &[Source]) -> Vec<Cited> {
    let mut out: Vec<Cited> = Vec::new();
    for source in sources {
        let document = rules.document(source.doc);
        let cite = Cited {
            document_id: document.id.clone(),
            cite: Cite::of(rules, source),
        };
        if !out.contains(&cite) {
            out.push(cite);
        }
    }
    out
}

/// Labelled parts, the empty ones left out.
fn parts<const N: usize>(list: [(&str, String); N]) -> Vec<(String, String)> {
    list.into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(l, v)| (l.to_string(), v))
        .collect()
}

fn coverage_words(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::AroundTheClock => "24x7 (around the clock)",
        Coverage::BusinessHours => "business hours",
        Coverage::BestEffort => "best effort",
        Coverage::Unspecified => "unspecified",
    }
}

fn target_said(rules: &RuleSet, t: &Target) -> Said {
    let response = match t.amount {
        None => "none (best effort)".to_string(),
        Some(_) => target_text(t.minutes(), t.business_days(), t.bound),
    };
    let otherwise = t
        .otherwise
        .map(|o| match o {
            crate::rules::model::Amount::Minutes(m) => target_text(Some(m), None, None),
            crate::rules::model::Amount::BusinessDays(d) => target_text(None, Some(d), None),
        })
        .unwrap_or_default();
    Said {
        parts: parts([
            ("response", response),
            ("counts", coverage_words(t.coverage).to_string()),
            (
                "on a cross-reference calendar",
                t.cross_reference_coverage
                    .map_or(String::new(), |c| coverage_words(c).to_string()),
            ),
            (
                "calendar",
                t.calendar
                    .map_or(String::new(), |r| rules.region(r).id.clone()),
            ),
            ("condition", t.condition.clone().unwrap_or_default()),
            ("otherwise", otherwise),
            ("as written", t.as_written.clone()),
        ]),
        sources: cited(rules, &t.source),
    }
}

/// Targets per plan × severity (the plan's general answer, `sla --plan P --sev S`) and per
/// plan × severity × product (`--product X`), billing requests apart (decided reading 20).
/// A product's answer is listed only where it differs from the general one.
fn targets(rules: &RuleSet, out: &mut Vec<Entry>) {
    for plan in rules.plans() {
        for about in [About::Technical, About::Billing] {
            let mut severities = Vec::new();
            for t in rules.targets_of(plan.key).filter(|t| t.about == about) {
                if !severities.contains(&t.severity) {
                    severities.push(t.severity);
                }
            }
            for severity in severities {
                let mut general = vec![plan.id.clone(), rules.severity(severity).id.clone()];
                if about == About::Billing {
                    general.push("billing".into());
                }
                if let Some(t) = rules.target_about(plan.key, severity, None, about) {
                    out.push(Entry {
                        kind: Kind::Target,
                        key: general.clone(),
                        generals: Vec::new(),
                        said: target_said(rules, t),
                    });
                }
                for product in products_of(rules, plan) {
                    let Some(t) = rules.target_about(plan.key, severity, Some(product.key), about)
                    else {
                        continue;
                    };
                    let mut key = general.clone();
                    key.insert(2, product.id.clone());
                    out.push(Entry {
                        kind: Kind::Target,
                        key,
                        generals: vec![general.clone()],
                        said: target_said(rules, t),
                    });
                }
            }
        }
    }
}

/// The products a plan answers for: those it lists, or (a plan for any product) those
/// with a target of their own under it.
fn products_of<'r>(rules: &'r RuleSet, plan: &'r Plan) -> Vec<&'r Product> {
    if plan.products.is_empty() {
        rules
            .products()
            .iter()
            .filter(|p| rules.targets_of(plan.key).any(|t| t.product == Some(p.key)))
            .collect()
    } else {
        plan.products.iter().map(|p| rules.product(*p)).collect()
    }
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

fn regions(rules: &RuleSet, out: &mut Vec<Entry>) {
    for region in rules.regions() {
        let holidays = region
            .holidays
            .iter()
            .map(|d| d.to_string())
            .collect::<Vec<_>>()
            .join(", ");
        out.push(Entry {
            kind: Kind::Region,
            key: vec![region.id.clone()],
            generals: Vec::new(),
            said: Said {
                parts: parts([
                    ("hours", windows_text(region)),
                    ("zone", region.zone.to_string()),
                    ("desk", region.service.clone().unwrap_or_default()),
                    ("closed on holidays", yes_no(region.closed_on_holidays)),
                    ("holidays", holidays),
                    ("customers' zones", region.zones.join(", ")),
                ]),
                sources: cited(rules, &region.source),
            },
        });
    }
}

/// Each language's desk per region it serves (`hours REGION` lists them).
fn language_desks(rules: &RuleSet, out: &mut Vec<Entry>) {
    for region in rules.regions() {
        for language in rules.languages() {
            let desks: Vec<_> = language
                .desk
                .iter()
                .filter(|d| d.regions.contains(&region.key))
                .collect();
            if desks.is_empty() {
                continue;
            }
            let joined = |f: &dyn Fn(&crate::rules::model::Desk) -> String| {
                let values: Vec<String> = desks.iter().map(|d| f(d)).collect();
                if values.iter().all(String::is_empty) {
                    String::new()
                } else {
                    values.join(" | ")
                }
            };
            out.push(Entry {
                kind: Kind::LanguageDesk,
                key: vec![language.id.clone(), region.id.clone()],
                generals: Vec::new(),
                said: Said {
                    parts: parts([
                        ("customers", joined(&|d| d.customers.clone())),
                        (
                            "coverage",
                            joined(&|d| coverage_words(d.hours.coverage()).to_string()),
                        ),
                        (
                            "around the clock for severities",
                            joined(&|d| {
                                d.hours
                                    .around_the_clock_for()
                                    .iter()
                                    .map(|s| rules.severity(*s).id.clone())
                                    .collect::<Vec<_>>()
                                    .join(", ")
                            }),
                        ),
                        (
                            "condition",
                            joined(&|d| d.condition.clone().unwrap_or_default()),
                        ),
                        ("customers' zones", joined(&|d| d.zones.join(", "))),
                    ]),
                    sources: cited(rules, &language.source),
                },
            });
        }
    }
}

fn route_said(rules: &RuleSet, route: &Route) -> Said {
    let steps = route
        .steps
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{}. {s}", i + 1))
        .collect::<Vec<_>>()
        .join(" ");
    let place = if route.alternative {
        format!("{} (an alternative)", route.channel)
    } else {
        route.channel.clone()
    };
    Said {
        parts: parts([
            ("file at", place),
            ("address", route.url.clone().unwrap_or_default()),
            (
                "for",
                if route.partner {
                    "Microsoft partners acting for a customer".to_string()
                } else {
                    String::new()
                },
            ),
            ("who may file", route.who.join("; ")),
            ("requires", route.requires.join("; ")),
            ("steps", steps),
            ("terms", route.terms.clone().unwrap_or_default()),
        ]),
        sources: cited(rules, &route.source),
    }
}

/// Whether a route's list (of plans, of channels) takes `id`: an empty list takes any.
fn takes<T>(list: &[Id<T>], id: Option<Id<T>>) -> bool {
    list.is_empty() || id.is_some_and(|id| list.contains(&id))
}

/// Each route per product × plan × channel it answers (`where --product X [--plan P]
/// [--channel C]`): without a plan or channel every route of the product is listed, as
/// `where` lists them; a plan's or channel's answer is listed only where it differs.
fn routes(rules: &RuleSet, out: &mut Vec<Entry>) {
    for route in rules.routes() {
        let said = route_said(rules, route);
        for product in route.products.iter().map(|p| rules.product(*p)) {
            // The plans that answer for the product (`where` refuses the others).
            let plans: Vec<Option<&Plan>> = std::iter::once(None)
                .chain(
                    rules
                        .plans()
                        .iter()
                        .filter(|p| {
                            p.covers(product.key) || p.covers_without_targets.contains(&product.key)
                        })
                        .map(Some),
                )
                .collect();
            let channels = std::iter::once(None).chain(rules.channels().iter().map(Some));
            for channel in channels {
                for plan in &plans {
                    let fits = (plan.is_none() || takes(&route.plans, plan.map(|p| p.key)))
                        && (channel.is_none() || takes(&route.channels, channel.map(|c| c.key)));
                    if !fits {
                        continue;
                    }
                    let plan_part = plan.map_or(ANY_PLAN.to_string(), |p| p.id.clone());
                    let channel_part = channel.map_or(ANY_CHANNEL.to_string(), |c| c.id.clone());
                    let key = |plan: &str, channel: &str| {
                        vec![
                            route.id.clone(),
                            product.id.clone(),
                            plan.to_string(),
                            channel.to_string(),
                        ]
                    };
                    let mut generals = Vec::new();
                    if plan.is_some() {
                        generals.push(key(ANY_PLAN, &channel_part));
                    }
                    if channel.is_some() {
                        generals.push(key(&plan_part, ANY_CHANNEL));
                    }
                    out.push(Entry {
                        kind: Kind::Route,
                        key: key(&plan_part, &channel_part),
                        generals,
                        said: said.clone(),
                    });
                }
            }
        }
    }
}

fn phone_lines(rules: &RuleSet, out: &mut Vec<Entry>) {
    for line in rules.phone_lines() {
        let mut said = parts([
            ("number", line.number.clone()),
            ("or", line.alternative.clone().unwrap_or_default()),
            ("product", rules.product(line.product).id.clone()),
            ("callers' zones", line.zones.join(", ")),
        ]);
        for desk in &line.desk {
            let languages = desk
                .languages
                .iter()
                .map(|l| rules.language(*l).name.clone())
                .collect::<Vec<_>>()
                .join(", ");
            let label = format!("desk ({})", desk.label(rules));
            let value = format!(
                "{languages}; hours of region {}",
                rules.region(desk.hours).id
            );
            match said.iter_mut().find(|(l, _)| *l == label) {
                Some((_, v)) => {
                    v.push_str(" | ");
                    v.push_str(&value);
                }
                None => said.push((label, value)),
            }
        }
        out.push(Entry {
            kind: Kind::PhoneLine,
            key: vec![line.id.clone()],
            generals: Vec::new(),
            said: Said {
                parts: said,
                sources: cited(rules, &line.source),
            },
        });
    }
}

fn reopen_rules(rules: &RuleSet, out: &mut Vec<Entry>) {
    for rule in rules.reopen_rules() {
        out.push(Entry {
            kind: Kind::ReopenRule,
            key: vec![format!("rule {}", rule.number)],
            generals: Vec::new(),
            said: Said {
                parts: parts([
                    ("rule", rule.text.clone()),
                    ("fact", kebab(&rule.fact)),
                    (
                        "months",
                        rule.months.map_or(String::new(), |m| m.to_string()),
                    ),
                    ("otherwise", kebab(&rule.otherwise)),
                ]),
                sources: cited(rules, &rule.source),
            },
        });
    }
}

fn allowances(rules: &RuleSet, out: &mut Vec<Entry>) {
    for a in rules.allowances() {
        let competency = match a.competency {
            Competency::Any => "any competency",
            Competency::Cloud => "cloud competencies",
            Competency::Other => "other competencies",
        };
        let incidents = match a.incidents {
            Incidents::Unlimited => "unlimited".to_string(),
            Incidents::Count(0) => "none".to_string(),
            Incidents::Count(n) => n.to_string(),
        };
        out.push(Entry {
            kind: Kind::Allowance,
            key: vec![
                rules.membership(a.membership).id.clone(),
                competency.to_string(),
                a.benefit.clone(),
            ],
            generals: Vec::new(),
            said: Said {
                parts: parts([
                    ("incidents", incidents),
                    ("as written", a.as_written.clone()),
                ]),
                sources: cited(rules, &a.source),
            },
        });
    }
}

/// The kebab-case name rule files use for a plain value (`months-closed`, `new-incident`).
fn kebab<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}
