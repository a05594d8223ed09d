//! `sla`: the initial-response target of a plan at a severity.

use super::error::fail;
use super::Error;
use serde::Serialize;

use super::due_instant::{self, DueAnswer, DueQuery};
use super::met::{self, ResponseAnswer};
use super::policy::{self, TopicAnswer};
use super::{Answer, Sources};
use crate::ids::AmbiguousId;
use crate::render::style::Style;
use crate::render::table;
use crate::render::text::plural;
use crate::rules::model::{About, Amount, Bound, Plan, Product, Region, Severity, Target};
use crate::rules::model::{AnswerKind, Coverage};
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct SlaAnswer {
    pub plan: String,
    pub plan_name: String,
    pub severity: String,
    pub severity_name: String,
    /// The business impact the severity stands for, and the customer's situation.
    pub impact: String,
    pub situation: String,
    /// Examples of problems at this severity, where the plan's document gives them.
    pub examples: Vec<String>,
    /// What the customer must do at this severity, where the document says.
    pub customer_responsibility: Option<String>,
    pub product: Option<String>,
    /// The target in minutes or business days; both null where the document gives no
    /// figure, or where the target does not apply to this incident (`no_target_reason`).
    pub target_minutes: Option<u32>,
    pub target_business_days: Option<u32>,
    /// How the target counts; null where it does not apply to this incident.
    pub coverage: Option<Coverage>,
    /// `lt` where the document writes "< N", `le` where it writes "N or less"; null where
    /// it writes neither, or the target does not apply.
    pub bound: Option<Bound>,
    /// Why the plan's target does not apply to this incident, where it does not: a product
    /// supported through partners only (decided reading 19), a public preview feature
    /// (reading 16). The target's cell is still given `as_written`, for reference.
    pub no_target_reason: Option<String>,
    pub as_written: String,
    pub condition: Option<String>,
    /// For a level that depends on its condition (Power BI severity A, reading 14a):
    /// whether the condition is taken as met (the one hour) or not (one business day);
    /// null where the level does not depend on it.
    pub condition_met: Option<bool>,
    /// Whether `condition_met` was assumed because the question did not say
    /// (`--production-impact`, or no way to say it: 21Vianet's service agreement).
    pub condition_assumed: bool,
    /// The condition in a few words, for the headline.
    #[serde(skip)]
    pub condition_short: Option<String>,
    /// Whether a lower level holds where the condition is not met (else the target does
    /// not apply at all).
    #[serde(skip)]
    pub has_otherwise: bool,
    pub note: Option<String>,
    /// What else the documents say that changes this answer: a product supported through
    /// partners only, a preview feature.
    pub caveats: Vec<String>,
    /// With `--preview`: the documents' rules for public preview features, under which the
    /// target above does not apply (decided reading 16).
    pub preview: Option<TopicAnswer>,
    /// Topics that say what the target means (e.g. what counts as the initial response).
    pub related: Vec<TopicAnswer>,
    /// With `--at`: when the target falls due.
    #[serde(flatten)]
    pub clock: Option<DueAnswer>,
    /// With `--responded`: the time elapsed to the response and whether it was in time.
    #[serde(flatten)]
    pub response: Option<ResponseAnswer>,
    pub source: Sources,
}

/// The question: a plan, a severity and optionally a product, as the user typed them.
pub struct SlaQuery<'a> {
    pub plan: &'a str,
    pub severity: &'a str,
    pub product: Option<&'a str>,
    /// Whether the request is about a public preview feature (decided reading 16).
    pub preview: bool,
    /// Whether the target's condition is met, as the user said (`--production-impact`);
    /// `None` when not said: it is then assumed met, and the answer says so.
    pub condition_met: Option<bool>,
    /// What the request is about (`--about`): the response tables are a technical-support
    /// promise; billing has a target only where a document gives one (decided reading 20).
    pub about: About,
}

/// The target a query names, where it applies to the incident: for a product supported
/// through partners only no Microsoft target applies (decided reading 19). Batch answers
/// with this: a ticket has no table to carry the reason beside a target.
///
/// Errors: as [`target`], and one naming whose terms apply for a partners-only product.
pub fn applicable_target<'r>(rules: &'r RuleSet, query: &SlaQuery) -> Result<&'r Target, Error> {
    let (_, _, product, target) = resolve(rules, query)?;
    if let Some(product) = product.filter(|p| p.partners_only) {
        fail!(
            NotAnswered,
            "no Microsoft response target applies to product `{}`: it is supported through partners only. {}",
            product.id,
            partner_terms(rules, product)
        );
    }
    Ok(target)
}

/// A plan, a severity, the product asked about and the target they name.
pub type Resolved<'r> = (&'r Plan, &'r Severity, Option<&'r Product>, &'r Target);

fn resolve<'r>(rules: &'r RuleSet, query: &SlaQuery) -> Result<Resolved<'r>, Error> {
    let plan = target_plan(rules, query.plan)?;
    let severity: &Severity = rules.find(query.severity)?;
    let product: Option<&Product> = query.product.map(|p| rules.find(p)).transpose()?;
    resolved(rules, plan, severity, product, query.about)
}

/// The target of a plan, severity and product already resolved (`advise` resolves them
/// once for every part), checked as `sla` checks it.
///
/// Errors: a plan that does not cover the product (or covers it without a target), a
/// pair the documents do not list (decided reading 8), billing without a target
/// (reading 20).
pub fn resolved<'r>(
    rules: &'r RuleSet,
    plan: &'r Plan,
    severity: &'r Severity,
    product: Option<&'r Product>,
    about: About,
) -> Result<Resolved<'r>, Error> {
    if let Some(product) = product {
        check_plan_covers(rules, plan, product)?;
    }
    // A billing or licensing product is a billing request whatever --about says.
    let about = match product.map(|p| p.about) {
        Some(About::Billing) => About::Billing,
        _ => about,
    };
    let target = find_target(rules, plan, severity, product, about)?;
    Ok((plan, severity, product, target))
}

/// `sla` for the ids as typed: resolved once, then answered by [`answer_resolved`].
pub fn answer(
    rules: &RuleSet,
    query: &SlaQuery,
    at: Option<&DueQuery>,
) -> Result<SlaAnswer, super::Error> {
    answer_resolved(rules, resolve(rules, query)?, query, at)
}

/// The answer of `sla` for a target already resolved (by [`resolve`] or [`resolved`]);
/// `query` gives the flags (`--preview`, `--production-impact`), not the ids.
///
/// Errors: `--production-impact` for a level that does not depend on it; those of the
/// clock (an unknown region, one needing `--tz`, a service desk's region).
pub fn answer_resolved(
    rules: &RuleSet,
    (plan, severity, product, target): Resolved<'_>,
    query: &SlaQuery,
    at: Option<&DueQuery>,
) -> Result<SlaAnswer, super::Error> {
    let mut source = Sources::of(rules, &target.source);
    let mut caveats = Vec::new();
    if let Some(product) = product.filter(|p| p.caveat.is_some()) {
        caveats.extend(product.caveat.clone());
        source.add(rules, &product.source);
    }
    let coverage = target.coverage;
    let (amount, condition_met) = level(plan, severity, target, query)?;
    let condition_assumed = condition_met.is_some() && query.condition_met.is_none();
    let (preview, no_target_reason) =
        why_not_applied(rules, query, target, product, &mut source, &mut caveats);
    if let (Some(at), None) = (at, target.calendar) {
        if let Some(region) = at.whereabouts.region {
            check_customer_region(rules, rules.find(region)?)?;
        }
    }
    let clock = due_clock(rules, target, amount, at, no_target_reason.as_deref())?;
    if let Some(at) = at {
        caveats.extend(source.not_yet_published(at.submitted.naive_utc().date()));
    }
    let response = at.and_then(|q| q.responded).map(|responded| {
        response(
            responded,
            clock.as_ref(),
            no_target_reason.as_deref(),
            coverage,
            amount,
            target.bound,
        )
    });
    Ok(SlaAnswer {
        plan: plan.id.clone(),
        plan_name: plan.name.clone(),
        severity: severity.id.clone(),
        severity_name: target
            .definition
            .as_ref()
            .and_then(|d| d.name.clone())
            .unwrap_or_else(|| severity.name.clone()),
        // The plan's own document may define the severity differently (21Vianet does).
        impact: target
            .definition
            .as_ref()
            .map_or(&severity.impact, |d| &d.impact)
            .clone(),
        situation: target
            .definition
            .as_ref()
            .map_or(&severity.situation, |d| &d.situation)
            .clone(),
        examples: target
            .definition
            .as_ref()
            .map_or_else(Vec::new, |d| d.examples.clone()),
        customer_responsibility: target.customer_responsibility.clone(),
        product: product.map(|p| p.id.clone()),
        target_minutes: match amount {
            Some(Amount::Minutes(m)) => Some(m),
            _ => None,
        }
        .filter(|_| no_target_reason.is_none()),
        target_business_days: match amount {
            Some(Amount::BusinessDays(d)) => Some(d),
            _ => None,
        }
        .filter(|_| no_target_reason.is_none()),
        coverage: Some(coverage).filter(|_| no_target_reason.is_none()),
        bound: target.bound.filter(|_| no_target_reason.is_none()),
        no_target_reason,
        as_written: target.as_written.clone(),
        condition: target.condition.clone(),
        condition_met,
        condition_assumed,
        condition_short: target.condition_short.clone(),
        has_otherwise: target.otherwise.is_some(),
        note: target.note.clone(),
        caveats,
        preview,
        related: policy::related(
            rules,
            AnswerKind::Sla,
            Some(&target.source.iter().collect::<Vec<_>>()),
        ),
        clock,
        response,
        source,
    })
}

/// Why the target does not apply, where it does not: a public preview feature (with the
/// preview topic), or a product supported through partners only.
fn why_not_applied(
    rules: &RuleSet,
    query: &SlaQuery,
    target: &Target,
    product: Option<&Product>,
    source: &mut Sources,
    caveats: &mut Vec<String>,
) -> (Option<TopicAnswer>, Option<String>) {
    // The preview rule is one document's: it says nothing of another's targets.
    let preview_here = policy::preview_applies(rules, &Sources::of(rules, &target.source));
    if query.preview && !preview_here {
        caveats.push(policy::PREVIEW_NOT_APPLIED.to_string());
    }
    let preview = (query.preview && preview_here)
        .then(|| policy::preview(rules))
        .flatten();
    let mut no_target_reason = None;
    if let Some(preview) = &preview {
        no_target_reason = Some(
            "Public preview feature: this response target does not apply (previews are excluded from the service SLAs), so no due instant is counted; support is break-fix only, in English only, with no 24/7 (decided reading 16).".to_string(),
        );
        source.merge(&preview.source);
    }
    // Support through partners only: Microsoft's targets are not the partner's promise
    // (decided reading 19).
    if let Some(product) = product.filter(|p| p.partners_only) {
        let terms = partner_terms(rules, product);
        no_target_reason = Some(format!(
            "No Microsoft target: this product is supported through partners only, so the plan's target as written above does not apply. {terms}"
        ));
    }
    (preview, no_target_reason)
}

/// The level that applies: the target's, or its lower level where the user said its
/// condition is not met (`--production-impact`); and whether the condition is met.
fn level(
    plan: &Plan,
    severity: &Severity,
    target: &Target,
    query: &SlaQuery,
) -> Result<(Option<Amount>, Option<bool>), super::Error> {
    // A level that depends on its condition: the user's word, else assumed met.
    let (amount, condition_met) = match (target.otherwise, query.condition_met) {
        (Some(otherwise), Some(false)) => (Some(otherwise), Some(false)),
        (Some(_), said) => (target.amount, Some(said.unwrap_or(true))),
        // A condition that gates the target with no lower level: assumed met, and said.
        (None, None) if target.condition_short.is_some() => (target.amount, Some(true)),
        (None, None) => (target.amount, None),
        (None, Some(_)) => fail!(
            Flags,
            "--production-impact applies only where the level depends on it (Power BI severity A under `powerbi-premium` or `powerbi-admin`); plan `{}` at severity `{}` does not",
            plan.id,
            severity.id
        ),
    };
    Ok((amount, condition_met))
}

/// The due instant counted on the target's clock, where a time was given and the target
/// applies.
fn due_clock(
    rules: &RuleSet,
    target: &Target,
    amount: Option<Amount>,
    at: Option<&DueQuery>,
    no_target_reason: Option<&str>,
) -> Result<Option<DueAnswer>, super::Error> {
    let coverage = target.coverage;
    // A level without a figure (best effort, "Diverse") has no due instant to count, and
    // needs no calendar: none is chosen, borrowed or cited.
    // A target that does not apply has no due instant to count.
    let clock = at
        .filter(|_| no_target_reason.is_none())
        .map(|query| match amount {
            None => Ok(due_instant::uncounted(query)),
            Some(_) => due_instant::counted(
                rules,
                coverage,
                target.counted_as(amount),
                amount,
                target.calendar,
                query,
            ),
        })
        .transpose()?;
    Ok(clock)
}

/// Whether a response met the target counted on `clock`: null, with why, where no target
/// applies, the level commits no time (best effort) or has no figure ("Diverse").
fn response(
    responded: chrono::DateTime<chrono::Utc>,
    clock: Option<&DueAnswer>,
    no_target_reason: Option<&str>,
    coverage: Coverage,
    amount: Option<Amount>,
    bound: Option<Bound>,
) -> ResponseAnswer {
    if let Some(why) = no_target_reason {
        return ResponseAnswer::unjudged(responded, why.to_string());
    }
    let days = match amount {
        Some(Amount::BusinessDays(d)) => Some(d),
        _ => None,
    };
    match clock.and_then(|c| c.elapsed) {
        Some(elapsed) => ResponseAnswer::judged(
            responded,
            elapsed,
            clock.and_then(|c| c.counted_minutes),
            days,
            bound,
        ),
        None if coverage == Coverage::BestEffort => {
            ResponseAnswer::unjudged(responded, met::BEST_EFFORT.to_string())
        }
        None => ResponseAnswer::unjudged(responded, met::NO_FIGURE.to_string()),
    }
}

/// Whose terms apply to a product supported through partners only: its route's `terms`
/// (decided reading 19).
fn partner_terms(rules: &RuleSet, product: &Product) -> String {
    rules
        .routes()
        .iter()
        .filter(|r| r.products.contains(&product.key))
        .find_map(|r| r.terms.clone())
        .unwrap_or_else(|| "Your partner's terms apply.".to_string())
}

/// `sla --minutes N`: an organisation's own target, in business minutes on a region's calendar.
#[derive(Debug, Serialize)]
pub struct MinutesAnswer {
    pub plan: Option<String>,
    pub severity: Option<String>,
    pub target_minutes: u32,
    pub target_business_days: Option<u32>,
    pub coverage: Coverage,
    #[serde(flatten)]
    pub clock: DueAnswer,
    /// With `--responded`: the time elapsed to the response and whether it was in time
    /// (an organisation's own target is "within": at most it).
    #[serde(flatten)]
    pub response: Option<ResponseAnswer>,
    pub source: Sources,
}

pub fn minutes_answer(
    rules: &RuleSet,
    minutes: u32,
    at: &DueQuery,
) -> Result<MinutesAnswer, super::Error> {
    let clock = due_instant::counted(
        rules,
        Coverage::BusinessHours,
        Coverage::BusinessHours,
        Some(Amount::Minutes(minutes)),
        None,
        at,
    )?;
    let response = at.responded.map(|responded| {
        self::response(
            responded,
            Some(&clock),
            None,
            Coverage::BusinessHours,
            Some(Amount::Minutes(minutes)),
            None,
        )
    });
    Ok(MinutesAnswer {
        plan: None,
        severity: None,
        target_minutes: minutes,
        target_business_days: None,
        coverage: Coverage::BusinessHours,
        source: clock.region_source.clone(),
        clock,
        response,
    })
}

impl Answer for MinutesAnswer {
    fn table(&self, style: &Style) -> String {
        table::blocks(
            style,
            [
                format!(
                    "Your own target: {} business minutes on region `{}`'s calendar",
                    self.target_minutes,
                    self.clock.region.as_deref().unwrap_or_default()
                ),
                self.response
                    .as_ref()
                    .map_or(String::new(), |r| format!("Met: {}", r.words)),
                self.clock.table(style),
                self.source.lines(style),
            ],
        )
    }
}

/// A target of the documents counts on its customer's region: the business hours of
/// `apac`, `japan`, `emea`, `north-america` or `other`, never the hours of one service desk
/// (`germany-technical`, `m365-billing`), which are another product's desk.
///
/// Errors: for a region with a `service`, naming the customers' regions.
pub fn check_customer_region(rules: &RuleSet, region: &Region) -> Result<(), Error> {
    let Some(service) = &region.service else {
        return Ok(());
    };
    let customers = rules
        .regions()
        .iter()
        .filter(|r| r.service.is_none())
        .map(|r| format!("`{}`", r.id))
        .collect::<Vec<_>>()
        .join(", ");
    fail!(
        NoCalendar,
        "region `{}` keeps the hours of one service desk ({service}), not a customer's region: give one of {customers}",
        region.id
    )
}

/// The plan a target is asked for: one plan, never a family of tiers whose targets differ
/// ("unified": decided reading 15).
///
/// Errors: [`UnknownId`](crate::ids::UnknownId), or [`AmbiguousId`] naming the tiers and
/// their targets.
pub fn target_plan<'r>(rules: &'r RuleSet, input: &str) -> Result<&'r Plan, Error> {
    let unknown = match rules.find::<Plan>(input) {
        Ok(plan) => return Ok(plan),
        Err(unknown) => unknown,
    };
    let Some(tiers) = rules.family(input) else {
        return Err(unknown.into());
    };
    let targets = tiers
        .iter()
        .map(|tier| {
            let cells = rules
                .targets_of(tier.key)
                .filter(|t| t.product.is_none())
                .map(|t| {
                    format!(
                        "{} {}",
                        rules.severity(t.severity).id,
                        target_text(t.minutes(), t.business_days(), t.bound)
                    )
                })
                .collect::<Vec<_>>()
                .join(", ");
            format!("`{}` {cells}", tier.id)
        })
        .collect::<Vec<_>>()
        .join("; ");
    Err(AmbiguousId {
        kind: "plan".into(),
        input: input.to_string(),
        why: format!("its tiers have different response targets ({targets})"),
        choices: tiers.iter().map(|t| t.id.clone()).collect(),
    }
    .into())
}

/// "less than 2 hours", "1 business day or less", "3 business days".
pub fn target_text(
    minutes: Option<u32>,
    business_days: Option<u32>,
    bound: Option<Bound>,
) -> String {
    match bound {
        Some(Bound::Lt) => format!("less than {}", describe_target(minutes, business_days)),
        Some(Bound::Le) => format!("{} or less", describe_target(minutes, business_days)),
        None => describe_target(minutes, business_days),
    }
}

/// A plan restricted to some products cannot answer for another; a product its
/// description covers without a target of its documents ("all Microsoft business
/// technologies": Microsoft 365 under Premier) has no target to answer with.
pub fn check_plan_covers(rules: &RuleSet, plan: &Plan, product: &Product) -> Result<(), Error> {
    if plan.covers(product.key) {
        return Ok(());
    }
    if plan.covers_without_targets.contains(&product.key) {
        fail!(
            NotAnswered,
            "the documents give no response target for product `{}` under plan `{}`: the plan covers it (\"all Microsoft business technologies\"), but its response table is the Power Platform / Dynamics 365 document's; `where --product {}` names the routes the documents give",
            product.id,
            plan.id,
            product.id
        );
    }
    let list = plan
        .products
        .iter()
        .map(|p| format!("`{}`", rules.product(*p).id))
        .collect::<Vec<_>>()
        .join(", ");
    fail!(
        NotAnswered,
        "plan `{}` does not cover product `{}`; it covers {list}",
        plan.id,
        product.id
    )
}

/// The target for the product if the documents give one, else the plan's general target.
/// Pairs the documents do not list are an error, never a fallback (decided reading 8).
fn find_target<'r>(
    rules: &'r RuleSet,
    plan: &Plan,
    severity: &Severity,
    product: Option<&Product>,
    about: About,
) -> Result<&'r Target, Error> {
    if let Some(target) = rules.target_about(plan.key, severity.key, product.map(|p| p.key), about)
    {
        return Ok(target);
    }
    if about == About::Billing {
        let listed: Vec<String> = rules
            .targets_of(plan.key)
            .filter(|t| t.about == About::Billing)
            .map(|t| format!("`{}`", rules.severity(t.severity).id))
            .collect();
        if listed.is_empty() {
            fail!(
            NotAnswered,
                "the documents give no response target for billing or subscription-management requests under plan `{}`: the initial-response table is a technical-support promise (decided reading 20)",
                plan.id
            );
        }
        fail!(
            NotAnswered,
            "the documents give billing and subscription-management requests under plan `{}` no severity `{}`; theirs: {} (decided reading 20)",
            plan.id,
            severity.id,
            listed.join(", ")
        );
    }
    // Targets of this severity for other products than the one asked about (or for
    // products only, where none was given): the way forward is the product.
    let products: Vec<String> = rules
        .targets_of(plan.key)
        .filter(|t| t.severity == severity.key && t.about == about)
        .filter_map(|t| t.product)
        .filter(|p| product.is_none_or(|asked| asked.key != *p))
        .map(|p| format!("`{}`", rules.product(p).id))
        .collect();
    if !products.is_empty() {
        fail!(
            NotAnswered,
            "the documents give plan `{}` at severity `{}` no response target{}; only one for {}{} (give --product if the request is about {})",
            plan.id,
            severity.id,
            product.map_or(String::new(), |p| format!(" for product `{}`", p.id)),
            if products.len() == 1 { "product " } else { "products " },
            products.join(", "),
            if products.len() == 1 { "it" } else { "one of them" },
        );
    }
    let listed: Vec<&str> = rules
        .severities()
        .iter()
        .filter(|s| rules.targets_of(plan.key).any(|t| t.severity == s.key))
        .map(|s| s.id.as_str())
        .collect();
    if listed.is_empty() {
        fail!(
            NotAnswered,
            "the documents give no response target for plan `{}`",
            plan.id
        );
    }
    let listed = listed
        .iter()
        .map(|s| format!("`{s}`"))
        .collect::<Vec<_>>()
        .join(", ");
    // Targets a user's rules give: a row they leave out may be in the document, only not
    // encoded, and the answer says no more than that.
    let by_user_rules = rules
        .targets_of(plan.key)
        .any(|t| t.source.iter().any(|s| s.origin.is_some()));
    if by_user_rules {
        fail!(
            NotAnswered,
            "the rules in use (with your rules directory) list no severity `{}` for plan `{}`; its severities: {listed} (a row your rules leave out may still be in the document)",
            severity.id,
            plan.id
        );
    }
    fail!(
        NotAnswered,
        "the documents list no severity `{}` for plan `{}`; its severities: {listed}",
        severity.id,
        plan.id
    )
}

/// "< 2 hours", "1 business day", "none (best effort)".
pub fn describe_target(minutes: Option<u32>, business_days: Option<u32>) -> String {
    match (minutes, business_days) {
        (Some(m), _) if m % 60 == 0 => plural(m / 60, "hour"),
        (Some(m), _) => plural(m, "minute"),
        (None, Some(d)) => plural(d, "business day"),
        (None, None) => "none (best effort)".to_string(),
    }
}

/// The condition a level rests on, for the headline: ", if the immediate production
/// impact can be demonstrated (assumed; …)"; empty where the level does not depend on it.
pub fn condition_text(sla: &SlaAnswer) -> String {
    let short = sla
        .condition_short
        .as_deref()
        .unwrap_or("its condition is met");
    match (sla.condition_met, sla.condition_assumed, sla.has_otherwise) {
        (Some(true), true, true) => format!(
            ", if {short} (assumed; else 1 business day: --production-impact not-demonstrated)"
        ),
        (Some(true), true, false) => {
            format!(", if {short} (assumed; without it, this target does not apply)")
        }
        (Some(true), false, _) => format!(", as {short}"),
        (Some(false), _, _) => format!(", as it is not the case that {short}"),
        (None, _, _) => String::new(),
    }
}

/// How a count of business days on a desk with days but no clock times counts (decided
/// reading 20).
pub const DAYS_ONLY: &str =
    "business days: the desk's days, no clock times given (due by the end of a date)";

pub fn describe_coverage(coverage: Coverage) -> &'static str {
    match coverage {
        Coverage::AroundTheClock => "24x7: counted around the clock",
        Coverage::BusinessHours => "business hours: only while the region's desk is open",
        Coverage::BestEffort => "best effort: no committed time",
        Coverage::Unspecified => {
            "not specified: the document gives no hours, time zone or 24/7 rule"
        }
    }
}

impl Answer for SlaAnswer {
    /// The answer first: the target and how it counts in the first lines; the severity's
    /// impact and examples and the related topics with `--details`.
    fn table(&self, style: &Style) -> String {
        let target = match (self.target_minutes, self.target_business_days, self.bound) {
            _ if self.no_target_reason.is_some() => "none applies (see below)".to_string(),
            (None, None, _) if self.coverage == Some(Coverage::Unspecified) => {
                "no figure given (see As written)".to_string()
            }
            (m, d, bound) => target_text(m, d, bound) + &condition_text(self),
        };
        let details = |value: String| if style.details { value } else { String::new() };
        let rows = [
            ("Plan", format!("{} ({})", self.plan_name, self.plan)),
            (
                "Severity",
                format!("{} ({})", self.severity_name, self.severity),
            ),
            ("Product", self.product.clone().unwrap_or_default()),
            ("Initial response", target),
            // With --responded, the audit's answer comes next: was it in time?
            // Counted on another document's calendar: the verdict is as much a
            // cross-reference as the due instant (decided reading 14).
            (
                "Met",
                self.response.as_ref().map_or(String::new(), |r| {
                    match self.clock.as_ref().and_then(|c| c.cross_reference.as_ref()) {
                        Some(_) if r.met.is_some() => {
                            format!("{} (counted on a cross-referenced calendar)", r.words)
                        }
                        _ => r.words.clone(),
                    }
                }),
            ),
            (
                "Coverage",
                match self.clock.as_ref().and_then(|c| c.due.date) {
                    Some(_) => DAYS_ONLY.to_string(),
                    None => self
                        .coverage
                        .map_or("none applies", describe_coverage)
                        .to_string(),
                },
            ),
            ("As written", self.as_written.clone()),
            ("Condition", self.condition.clone().unwrap_or_default()),
            (
                "Customer's part",
                self.customer_responsibility.clone().unwrap_or_default(),
            ),
            (
                "Impact",
                details(format!("{}: {}", self.impact, self.situation)),
            ),
            ("Examples", details(table::bullets(&self.examples))),
        ];
        let hidden = if self.examples.is_empty() {
            "the severity's impact"
        } else {
            "the severity's impact and examples"
        };
        table::blocks(
            style,
            [
                table::key_values(style, rows).to_string(),
                self.no_target_reason.clone().unwrap_or_default(),
                self.caveats.join("\n"),
                self.preview.as_ref().map_or(String::new(), |p| {
                    policy::related_blocks(std::slice::from_ref(p))
                }),
                table::note(self.note.as_deref()),
                self.clock
                    .as_ref()
                    .map_or(String::new(), |clock| clock.table(style)),
                policy::shown_blocks(style, &self.related),
                // The calendar that counted the due instant is cited with the target.
                policy::ending(
                    style,
                    &self.clock.as_ref().map_or_else(
                        || self.source.clone(),
                        |clock| self.source.shown([&clock.region_source]),
                    ),
                    Some(hidden),
                    &self.related,
                ),
            ],
        )
    }
}
