//! `advise`: the whole answer for one incident, composed from the answers of `where`,
//! `sla --at`, `hours --at` and the topics, each part citing its documents.
//!
//! The parts, in the order people need them: where to file (`route`), when the response is
//! due (`response`), who is there now in the user's language (`language`), the fastest way
//! to a first response (`options`), what the documents ask of the customer
//! (`requirements`) and what qualifies all of it (`caveats`).

mod desks;
pub mod ics;
pub mod language;
mod render;

use chrono::{DateTime, FixedOffset, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use super::due_instant::{DueAnswer, DueQuery};
use super::in_zones::{self, InZones};
use super::policy::{self, TopicAnswer};
use super::presence;
use super::sla::{self, SlaAnswer, SlaQuery};
use super::where_to::{self, WhereAnswer};
use super::Sources;
use crate::clock::calendar_choice::Whereabouts;
use crate::holidays::Catalog;
use crate::render::text::Shown;
use crate::rules::model::{About, AnswerKind, Coverage, Plan, Product, Severity, Source, Target};
use crate::rules::RuleSet;
use language::DeskStatus;

/// The question: the incident as the user described it.
#[derive(Clone, Copy)]
pub struct AdviseQuery<'a> {
    /// `--product`, as typed (any case, alias or name).
    pub product: &'a str,
    /// The support plan; may be left out only for a product no plan with targets covers
    /// (Microsoft 365 worldwide, Office 365 Germany).
    pub plan: Option<&'a str>,
    /// `--sev`, as typed.
    pub severity: &'a str,
    /// `--language` as typed; English when not given.
    pub language: Option<&'a str>,
    /// For licensing: how the licences were bought (`where --channel`).
    pub channel: Option<&'a str>,
    /// `--partner`: the routes for Microsoft partners acting for a customer too.
    pub partner: bool,
    /// `--preview`: a public preview feature (decided reading 16).
    pub preview: bool,
    /// `--about`: a technical problem, or billing and subscription management (decided
    /// reading 20).
    pub about: About,
    /// `--production-impact`: whether a level's condition is met (Power BI severity A);
    /// `None` when not said (assumed met, and said so).
    pub condition_met: Option<bool>,
    /// When the request is (or was) submitted, with the offset it was written in.
    pub at: DateTime<FixedOffset>,
    /// Whether `--at` was given (else `at` is now, and the answer says it assumed so).
    pub at_given: bool,
    /// `--region` and `--tz`: where the customer is.
    pub whereabouts: Whereabouts<'a>,
    /// The `--holidays` files (possibly none).
    pub holidays: &'a Catalog,
    /// `--now`, else the clock: what "time left" and "now" are measured from.
    pub now: DateTime<Utc>,
    /// The zone instants are shown in besides the calendar's (`--tz`, else the system's).
    pub shown: Tz,
}

/// The advice: one part per question, each with its `source`.
#[derive(Debug, Serialize)]
pub struct Advice {
    /// The product's id and name, the plan's id (null where none was given) and the
    /// severity's id, as answers name them.
    pub product: String,
    pub product_name: String,
    pub plan: Option<String>,
    pub severity: String,
    /// What the request is about: `technical`, or `billing` (billing and subscription
    /// management, decided reading 20).
    pub about: About,
    /// The instant advised about (RFC 3339 UTC): `--at`, else now.
    pub at: DateTime<Utc>,
    /// File here: the answer of `where` for this product, plan and audience.
    pub route: WhereAnswer,
    /// Expect a response: the answer of `sla --at` (or why there is no target).
    pub response: Response,
    /// Who is there now, in the user's language.
    pub language: LanguagePart,
    /// The ways to a first response, earliest due first.
    pub options: OptionsPart,
    /// What the documents ask of the customer for this severity and product.
    pub requirements: ListPart<Requirement>,
    /// What qualifies the answer: previews, no resolution SLA, holidays, readings applied.
    pub caveats: ListPart<Caveat>,
    /// What the tool assumed because the question did not say it: the region (from the
    /// machine's zone), the zone instants are shown in, the instant, the language. Empty
    /// when the question said everything.
    pub assumed: Vec<Assumption>,
    /// Every part's sources, each once.
    pub source: Sources,
    /// The zone the table shows instants in first (`--tz`, else the system's).
    #[serde(skip)]
    pub shown: Tz,
    /// Whether the instant asked about is now (the table says "now", else "then").
    #[serde(skip)]
    pub at_is_now: bool,
}

/// A value the tool assumed, and how to say otherwise.
#[derive(Debug, Serialize)]
pub struct Assumption {
    pub what: AssumedKind,
    /// The value assumed, as answers name it (`emea`, `Europe/Amsterdam`, an RFC 3339
    /// instant, `english`).
    pub value: String,
    /// Where it came from and the option that states otherwise, in a sentence.
    pub why: String,
}

/// What was assumed (JSON: kebab-case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AssumedKind {
    /// The customer's region, taken from this machine's zone.
    Region,
    /// The zone instants are shown in: this machine's.
    Zone,
    /// The instant of the request: now.
    At,
    /// The language: English.
    Language,
    /// How the licences were bought (licensing): the first route's channel.
    Channel,
    /// That a target's condition is met where no option says otherwise (21Vianet's
    /// severity A: a signed extended online service agreement).
    Condition,
    /// That a level's condition is met (Power BI's one hour: the production impact can be
    /// demonstrated).
    ProductionImpact,
}

/// The response part: a target and its due instant, or the reason the documents give none.
#[derive(Debug, Serialize)]
#[serde(untagged)]
pub enum Response {
    Target(Box<SlaAnswer>),
    NoTarget(NoTarget),
}

/// A plan the documents give no response target for (Software Assurance, the partner
/// plans), or a product no plan covers (Microsoft 365 worldwide): the fields of `sla`,
/// empty, and why.
#[derive(Debug, Serialize)]
pub struct NoTarget {
    pub plan: Option<String>,
    pub severity: String,
    /// Always null: the fields of `sla`, with no target to fill them.
    pub target_minutes: Option<u32>,
    pub target_business_days: Option<u32>,
    /// Always null (not `unspecified`, which is a target the document gives without
    /// hours: Power BI, decided reading 14).
    pub coverage: Option<Coverage>,
    pub due: Option<DateTime<Utc>>,
    /// Why the documents give no target here.
    pub reason: String,
    pub source: Sources,
}

impl Response {
    /// The due instant of the response (UTC), when one is counted.
    pub fn due(&self) -> Option<DateTime<Utc>> {
        self.clock().and_then(|c| c.due.utc())
    }

    /// The clock's part of the answer, when a due instant was asked of a target.
    pub fn clock(&self) -> Option<&DueAnswer> {
        match self {
            Response::Target(sla) => sla.clock.as_ref(),
            Response::NoTarget(_) => None,
        }
    }

    /// Whether the due instant is another document's calendar's, as a cross-reference
    /// (Power BI, decided reading 14).
    pub fn cross_reference(&self) -> bool {
        self.clock().is_some_and(|c| c.cross_reference.is_some())
    }

    /// Why there is no due instant (`None` when there is one): no target, a preview
    /// feature, a level the document writes without a figure, or best effort.
    pub fn no_due_reason(&self) -> Option<String> {
        if self.due().is_some() || self.clock().is_some_and(|c| c.due.date.is_some()) {
            return None;
        }
        Some(match self {
            Response::NoTarget(none) => none.reason.clone(),
            Response::Target(sla) if sla.coverage == Some(Coverage::BestEffort) => {
                "the target is best effort: no time is committed".to_string()
            }
            Response::Target(sla) => format!(
                "the document gives no figure for this level (\"{}\")",
                sla.as_written
            ),
        })
    }

    fn source(&self) -> &Sources {
        match self {
            Response::Target(sla) => &sla.source,
            Response::NoTarget(none) => &none.source,
        }
    }
}

/// The language part.
#[derive(Debug, Serialize)]
pub struct LanguagePart {
    /// `--language` as typed; null when none was given (English is assumed).
    pub asked: Option<String>,
    /// The language answered for: its id, name and ISO 639-1 code.
    pub language: String,
    pub name: String,
    pub code: String,
    /// The customer's region whose desks were looked at, and its IANA zone; null when it
    /// cannot be told or does not matter.
    pub region: Option<String>,
    pub time_zone: Option<String>,
    /// Whether a desk serves the language for this customer and incident; null when the
    /// documents of this support name no languages at all.
    pub offered: Option<bool>,
    /// The desk serving the language asked for, when one does.
    pub desk: Option<DeskStatus>,
    /// English's desk, when another language was asked for: the language the documents
    /// offer everywhere.
    pub english: Option<DeskStatus>,
    /// Every language served for this customer, by id.
    pub served: Vec<String>,
    /// What the answer says of the language, in a sentence.
    pub summary: String,
    /// The reading behind the desk or language answered for, where one applies.
    pub note: Option<String>,
    /// The sections naming the languages and desks (or the support that names none).
    pub source: Sources,
}

/// The options part: the ways to a first response, a desk there first.
#[derive(Debug, Serialize)]
pub struct OptionsPart {
    /// The response's due instant (RFC 3339 UTC): the plan's, whichever language or desk
    /// answers (decided reading 18); null where no target applies.
    pub due: Option<DateTime<Utc>>,
    /// Desks there at the instant asked about first, then the earliest to open; the
    /// language asked for first among equals. At least one: the main route.
    pub choices: Vec<Choice>,
    pub source: Sources,
}

/// One way to a first response: a route, in a language. A language's desk says when
/// someone who speaks it may be reachable, never when a response is due: no document
/// promises a response time in any language (decided reading 18).
#[derive(Debug, Serialize)]
pub struct Choice {
    /// 1 for the first to try.
    pub rank: usize,
    /// The route's id and channel (as `where` gives them).
    pub route: String,
    pub channel: String,
    /// The language's id and name; null when the documents name none for this support.
    pub language: Option<String>,
    pub language_name: Option<String>,
    /// Whether the desk's hours are running at the instant asked about, and else when they
    /// begin (RFC 3339 UTC, and with the desk's offset); null where no desk is known.
    pub open: Option<bool>,
    /// Also with the offset of the zone times are shown in (`--tz`).
    #[serde(flatten, serialize_with = "in_zones::opens")]
    pub opens: Option<InZones>,
    /// The condition the documents put on the desk ("subject to availability" for every
    /// language but English, decided reading 18); null where they put none.
    pub condition: Option<String>,
    /// Whether someone who speaks the language is there only "subject to availability"
    /// (decided reading 18): never "someone is there".
    pub subject_to_availability: bool,
    /// The option in a sentence, as the table shows it.
    pub summary: String,
}

/// A list part with its sources.
#[derive(Debug, Serialize)]
pub struct ListPart<T> {
    pub items: Vec<T>,
    pub source: Sources,
}

/// Something the documents ask of the customer.
#[derive(Debug, Serialize)]
pub struct Requirement {
    pub kind: RequirementKind,
    pub text: String,
    pub source: Sources,
}

/// What a requirement is about (JSON: kebab-case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RequirementKind {
    /// The business impact the severity stands for.
    Severity,
    /// The target's condition (Power BI's one hour; 21Vianet's severity A agreement).
    Condition,
    /// The customer's part in the request's life.
    Customer,
    /// Who may file at the main route (an admin role).
    Who,
    /// What filing at a route asks (a PIN check when calling).
    Route,
}

/// Something that qualifies the answer.
#[derive(Debug, Serialize)]
pub struct Caveat {
    pub kind: CaveatKind,
    pub text: String,
    /// For `topic`: the topic, whole.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub topic: Option<TopicAnswer>,
    pub source: Sources,
}

/// What a caveat is about (JSON: kebab-case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CaveatKind {
    /// A public preview feature (decided reading 16).
    Preview,
    /// What the documents say of the product (partners only, which cloud).
    Product,
    /// Why no target applies.
    NoTarget,
    /// Whether holidays stopped the clock.
    Holidays,
    /// A reading of the documents that was applied.
    Reading,
    /// A reading behind the language's desk.
    Language,
    /// A topic shown with every advice from its document (no resolution SLA).
    Topic,
    /// A document the answer rests on was dated after the instant asked about.
    Version,
}

/// Composes the advice.
///
/// Errors (each one line, exit 2): unknown ids, a plan that does not cover the product or
/// has no route for it, a severity the plan does not list (decided reading 8), `unified`
/// without its tier (reading 15), a language that does not exist, a region needing `--tz`,
/// a service desk's region, and a business-hours target whose customer's region cannot be
/// told (no `--region`, a zone in no region's list: as `sla` refuses it).
pub fn advise(rules: &RuleSet, query: &AdviseQuery) -> Result<Advice, crate::answer::Error> {
    let product: &Product = rules.find(query.product)?;
    // A billing or licensing product is a billing request whatever --about says (reading
    // 20).
    let about = match product.about {
        About::Billing => About::Billing,
        About::Technical => query.about,
    };
    // The preview rule is the Power Platform / Dynamics 365 document's (reading 16): it
    // says nothing of another document's support, and is then said not to apply.
    let preview_ignored =
        query.preview && !policy::preview_applies(rules, &Sources::of(rules, &product.source));
    let query = &AdviseQuery {
        about,
        preview: query.preview && !preview_ignored,
        ..*query
    };
    let severity: &Severity = rules.find(query.severity)?;
    let asked = query
        .language
        .map(|l| language::read(rules, l))
        .transpose()?;
    let plan = plan_of(rules, product, query.plan)?;
    // A plan whose targets keep their own desk's hours (21Vianet) is answered in them: its
    // region is no customer's choice to refuse.
    let own_calendar = plan.is_some_and(|p| rules.targets_of(p.key).any(|t| t.calendar.is_some()));
    if let (Some(region), false) = (query.whereabouts.region, own_calendar) {
        // Asked first, so a service desk's region is refused before anything is counted.
        sla::check_customer_region(rules, rules.find(region)?)?;
    }
    // The question resolved once: every part answers from these, never from the text.
    let channel = query.channel.map(|c| rules.find(c)).transpose()?;
    let route = where_to::answer_asked(
        rules,
        &where_to::Asked {
            product,
            plan: plan.map(where_to::AskedPlan::one),
            channel,
            partner: query.partner,
            preview: query.preview,
            about: query.about,
        },
    )?;
    let submitted = query.at.with_timezone(&Utc);
    let (response, target) = response(rules, query, &route, product, plan, severity)?;
    let desks = desks::Desks::find(rules, query, product, severity, target, &route)?;
    let language_part = desks.language_part(rules, asked.as_ref(), query);
    let options = options(rules, &route, &language_part, &response, query);
    let route_sources = route_rule_sources(rules, &route);
    let requirements = requirements(rules, severity, target, &route, route_sources);
    let mut caveats = caveats(rules, &response, &route, &language_part, target, query);
    if preview_ignored {
        caveats.items.insert(
            0,
            Caveat {
                kind: CaveatKind::Preview,
                text: policy::PREVIEW_NOT_APPLIED.to_string(),
                topic: None,
                source: Sources::default(),
            },
        );
    }
    partner_caveat(&route, &response, &mut caveats);

    let assumed = assumptions(rules, query, &route, &response, &language_part);
    let mut source = route.source.clone();
    source.merge(response.source());
    source.merge(&language_part.source);
    source.merge(&requirements.source);
    source.merge(&caveats.source);
    for text in source.not_yet_published(query.at.naive_utc().date()) {
        caveats.items.push(Caveat {
            kind: CaveatKind::Version,
            text,
            topic: None,
            source: Sources::default(),
        });
    }
    Ok(Advice {
        product: product.id.clone(),
        product_name: product.name.clone(),
        plan: plan.map(|p| p.id.clone()),
        severity: severity.id.clone(),
        about: query.about,
        at: submitted,
        route,
        response,
        language: language_part,
        options,
        requirements,
        caveats,
        assumed,
        source,
        shown: query.shown,
        at_is_now: is_now(query),
    })
}

/// `--partner`: the caveat that the due instant and the desks are the customer's.
fn partner_caveat(route: &WhereAnswer, response: &Response, caveats: &mut ListPart<Caveat>) {
    // A partner's own route (Partner Center) has no target of its own in the documents:
    // the due instant and the desks are the customer's, at the customer's route.
    if let Some(partners) = route.routes.first().filter(|r| r.for_partners) {
        if response.due().is_some() {
            caveats.items.insert(
                0,
                Caveat {
                    kind: CaveatKind::NoTarget,
                    text: format!(
                        "--partner: the due instant and the desks are those of the customer's plan at the customer's route ({}); the documents give {} no response target or hours of its own.",
                        route.main().map_or("", |r| r.channel.as_str()),
                        partners.channel
                    ),
                    topic: None,
                    source: partners.source.clone(),
                },
            );
        }
    }
}

/// What the answer assumed: each value a part used that the question did not give.
fn assumptions(
    rules: &RuleSet,
    query: &AdviseQuery,
    route: &WhereAnswer,
    response: &Response,
    language: &LanguagePart,
) -> Vec<Assumption> {
    let mut assumed = Vec::new();
    // Routes that depend on how the licences were bought, none named: the first route's.
    if query.channel.is_none() {
        let channel = route
            .main()
            .and_then(|r| rules.find::<crate::rules::model::Route>(&r.route).ok())
            .and_then(|r| r.channels.first().copied());
        if let Some(channel) = channel {
            let id = &rules.get(channel).id;
            assumed.push(Assumption {
                what: AssumedKind::Channel,
                value: id.clone(),
                why: format!(
                    "licences bought through `{id}`, the first route's channel: give --channel for another"
                ),
            });
        }
    }
    let machine = query.whereabouts.default_zone.name();
    if query.whereabouts.region.is_none() && query.whereabouts.customer_zone.is_none() {
        // A region a part used without being told: the one inferred from this machine.
        let used = response
            .clock()
            .filter(|c| c.region_reason.contains("system's zone"))
            .and_then(|c| c.region.clone())
            .or_else(|| language.region.clone());
        if let Some(region) = used {
            assumed.push(Assumption {
                what: AssumedKind::Region,
                value: region.clone(),
                why: format!(
                    "region `{region}` from this machine's zone {machine}, not the customer's: give --region, or --tz with the customer's zone"
                ),
            });
        }
    }
    if query.whereabouts.customer_zone.is_none() {
        assumed.push(Assumption {
            what: AssumedKind::Zone,
            value: machine.to_string(),
            why: format!("times shown in this machine's zone {machine}: give --tz for another"),
        });
    }
    if !query.at_given {
        let at = query.at.with_timezone(&Utc);
        assumed.push(Assumption {
            what: AssumedKind::At,
            value: at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            why: "submitted now: give --at for the instant the request was (or will be) filed"
                .to_string(),
        });
    }
    if let Response::Target(sla) = response {
        match (sla.condition_assumed, sla.has_otherwise) {
            (true, true) => assumed.push(Assumption {
                what: AssumedKind::ProductionImpact,
                value: "demonstrated".to_string(),
                why: "the immediate production impact can be demonstrated, so the one-hour level holds: give --production-impact not-demonstrated for one business day".to_string(),
            }),
            (true, false) => assumed.push(Assumption {
                what: AssumedKind::Condition,
                value: sla.condition_short.clone().unwrap_or_default(),
                why: format!(
                    "{}: the target applies only then",
                    sla.condition_short.as_deref().unwrap_or_default()
                ),
            }),
            _ => {}
        }
    }
    // Only where the documents name languages for this support.
    if query.language.is_none() && language.offered.is_some() {
        assumed.push(Assumption {
            what: AssumedKind::Language,
            value: language.language.clone(),
            why: format!("{}: give --language for another", language.name),
        });
    }
    assumed
}

/// The plan asked for, checked against the product; none only where no plan with targets
/// covers the product (the documents then give no target to ask for).
fn plan_of<'r>(
    rules: &'r RuleSet,
    product: &Product,
    plan: Option<&str>,
) -> Result<Option<&'r Plan>, super::Error> {
    if let Some(plan) = plan {
        // `unified` is refused here: its tiers' targets differ (decided reading 15).
        let plan = sla::target_plan(rules, plan)?;
        // Covered without a target of the plan's documents (Microsoft 365 under Premier):
        // answered with the route, and no target.
        if !plan.covers_without_targets.contains(&product.key) {
            sla::check_plan_covers(rules, plan, product)?;
        }
        return Ok(Some(plan));
    }
    // Supported through partners only: no plan's target answers for it anyway.
    // Billing, subscription management and licensing carry no technical target whatever
    // the plan (reading 20): no plan is needed to answer them.
    if product.partners_only || product.about == About::Billing {
        return Ok(None);
    }
    let with_targets: Vec<&str> = rules
        .plans()
        .iter()
        .filter(|p| p.products.contains(&product.key) && rules.targets_of(p.key).next().is_some())
        .map(|p| p.id.as_str())
        .collect();
    if with_targets.is_empty() {
        return Ok(None);
    }
    super::error::fail!(
        NotAnswered,
        "give --plan: the documents give response targets for product `{}` under plans {}",
        product.id,
        with_targets
            .iter()
            .map(|p| format!("`{p}`"))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// The response part, and the target it answers with.
fn response<'r>(
    rules: &'r RuleSet,
    query: &AdviseQuery,
    route: &WhereAnswer,
    product: &'r Product,
    plan: Option<&'r Plan>,
    severity: &'r Severity,
) -> Result<(Response, Option<&'r Target>), crate::answer::Error> {
    let no_target = |reason: String, source: Sources| {
        Response::NoTarget(NoTarget {
            plan: plan.map(|p| p.id.clone()),
            severity: severity.id.clone(),
            target_minutes: None,
            target_business_days: None,
            coverage: None,
            due: None,
            reason,
            source,
        })
    };
    let sla_query = sla_query(query, plan, severity);
    // The pair is checked first, whatever is answered after (decided reading 8).
    let without_targets = plan.is_some_and(|p| p.covers_without_targets.contains(&product.key));
    let billing_targets =
        plan.is_some_and(|p| rules.targets_of(p.key).any(|t| t.about == About::Billing));
    let resolved = resolve_target(
        rules,
        query,
        product,
        plan,
        severity,
        without_targets,
        billing_targets,
    )?;
    if query.preview {
        // Previews are excluded from the service SLAs (decided reading 16).
        let preview = policy::preview(rules);
        let source = preview
            .as_ref()
            .map_or_else(Sources::default, |p| p.source.clone());
        return Ok((
            no_target(
                "A public preview feature: no response target applies (previews are excluded from the service SLAs), so no due instant is counted; support is break-fix only, in English only, with no 24/7 (decided reading 16).".to_string(),
                source,
            ),
            None,
        ));
    }
    // A partner, VLSC or a community forum is no Microsoft support desk: the documents'
    // targets are Microsoft's own, so none is counted there (decided reading 19).
    if let Some(main) = route.main().filter(|r| r.terms.is_some()) {
        let terms = main.terms.as_deref().unwrap_or_default();
        let reason = match product.caveat.as_deref().filter(|_| product.partners_only) {
            Some(caveat) => format!("{caveat} {terms}"),
            None => terms.to_string(),
        };
        let mut source = main.source.clone();
        source.add(rules, &product.source);
        return Ok((no_target(reason, source), None));
    }
    let Some(plan) = plan else {
        return Ok((
            no_target(
                format!(
                    "The documents give no response target for product `{}` under any plan: no due instant is counted.",
                    product.id
                ),
                Sources::of(rules, &product.source),
            ),
            None,
        ));
    };
    if without_targets {
        return Ok((
            no_target(
                format!(
                    "Plan `{}` covers product `{}` (\"all Microsoft business technologies\"), but the documents give no response target for it under that plan: the plan's response table is the Power Platform / Dynamics 365 document's. No due instant is counted; your contract decides.",
                    plan.id, product.id
                ),
                Sources::of(rules, &plan.source),
            ),
            None,
        ));
    }
    if query.about == About::Billing && !billing_targets {
        return Ok((
            no_target(
                "Billing and subscription management: the documents' initial-response tables are a technical-support promise, and no document gives billing requests a response target here; no due instant is counted (decided reading 20).".to_string(),
                route.source.clone(),
            ),
            None,
        ));
    }
    let (Some(resolved), Some(sla_query)) = (resolved, sla_query) else {
        return Ok((
            no_target(
                format!(
                    "The documents give no response target for plan `{}`: no due instant is counted.",
                    plan.id
                ),
                Sources::of(rules, &plan.source),
            ),
            None,
        ));
    };
    target_response(rules, query, resolved, sla_query)
}

/// The question `sla` would be asked for this plan and severity.
fn sla_query<'q>(
    query: &'q AdviseQuery,
    plan: Option<&'q Plan>,
    severity: &'q Severity,
) -> Option<SlaQuery<'q>> {
    plan.map(|plan| SlaQuery {
        plan: &plan.id,
        severity: &severity.id,
        product: Some(query.product),
        preview: query.preview,
        condition_met: query.condition_met,
        about: query.about,
    })
}

/// The plan's target for this severity and product, where the plan has targets for this
/// kind of request; else only the severity is checked, as one the documents define.
fn resolve_target<'r>(
    rules: &'r RuleSet,
    query: &AdviseQuery,
    product: &'r Product,
    plan: Option<&'r Plan>,
    severity: &'r Severity,
    without_targets: bool,
    billing_targets: bool,
) -> Result<Option<sla::Resolved<'r>>, crate::answer::Error> {
    let resolved = match plan {
        Some(plan)
            if rules.targets_of(plan.key).next().is_some()
                && !without_targets
                && (query.about == About::Technical || billing_targets) =>
        {
            Some(sla::resolved(
                rules,
                plan,
                severity,
                Some(product),
                query.about,
            )?)
        }
        _ => {
            general_severity(rules, plan, severity)?;
            None
        }
    };
    Ok(resolved)
}

/// The response with the target's due instant counted.
fn target_response<'r>(
    rules: &RuleSet,
    query: &AdviseQuery,
    resolved: sla::Resolved<'r>,
    sla_query: SlaQuery,
) -> Result<(Response, Option<&'r Target>), crate::answer::Error> {
    let clock = DueQuery {
        submitted: query.at,
        whereabouts: query.whereabouts,
        holidays: query.holidays,
        explain: false,
        responded: None,
        now: query.now,
        shown: query.shown,
    };
    let answer = match sla::answer_resolved(rules, resolved, &sla_query, Some(&clock)) {
        Ok(answer) => answer,
        // The customer's region cannot be told (none given, this machine's zone in no
        // region's list): the rest of the advice stands, and the due instant waits for it.
        Err(e)
            if query.whereabouts.region.is_none() && query.whereabouts.customer_zone.is_none() =>
        {
            let mut answer = sla::answer_resolved(rules, resolved, &sla_query, None)?;
            answer.caveats.push(format!("No due instant: {}.", e));
            answer
        }
        Err(e) => return Err(e),
    };
    Ok((Response::Target(Box::new(answer)), Some(resolved.3)))
}

/// A severity asked for where no target applies must still be one the documents define
/// for any plan, not a family's own (`critical` and `standard` are Unified's).
fn general_severity(
    rules: &RuleSet,
    plan: Option<&Plan>,
    severity: &Severity,
) -> Result<(), super::Error> {
    // A plan's own severities (`critical` for a Unified tier covering Microsoft 365), else
    // those of the plans outside a family.
    let general = |s: &Severity| {
        rules.targets().iter().any(|t| {
            t.severity == s.key
                && match plan {
                    Some(plan) if rules.targets_of(plan.key).next().is_some() => t.plan == plan.key,
                    _ => rules.plan(t.plan).family.is_none(),
                }
        })
    };
    if general(severity) {
        return Ok(());
    }
    let listed = rules
        .severities()
        .iter()
        .filter(|s| general(s))
        .map(|s| format!("`{}`", s.id))
        .collect::<Vec<_>>()
        .join(", ");
    super::error::fail!(
        NotAnswered,
        "severity `{}` belongs to plans this product is not asked under; give one of {listed}",
        severity.id
    )
}

/// Whether the instant asked about is now (within a minute): answers then say "now".
fn is_now(query: &AdviseQuery) -> bool {
    (query.at.with_timezone(&Utc) - query.now)
        .num_seconds()
        .abs()
        < 60
}

/// The ways to a first response: the main route in each language a desk offers for this
/// customer (the one asked for, and English), a desk there first, then the earliest to
/// open, the language asked for first among equals. The response is due when the plan's
/// target says, whichever desk answers (decided reading 18).
fn options(
    rules: &RuleSet,
    route: &WhereAnswer,
    language: &LanguagePart,
    response: &Response,
    query: &AdviseQuery,
) -> OptionsPart {
    let submitted = query.at.with_timezone(&Utc);
    let (route_id, channel) = route
        .main()
        .map_or_else(Default::default, |r| (r.route.clone(), r.channel.clone()));
    let candidates = language
        .desk
        .iter()
        .chain(language.english.iter().filter(|e| {
            language
                .desk
                .as_ref()
                .is_none_or(|a| a.language != e.language)
        }));
    let mut choices: Vec<Choice> = candidates
        .map(|desk| {
            let opens = desk
                .first_open(submitted)
                .filter(|t| *t > submitted)
                .and_then(|t| desk.in_zones(t, query.shown));
            Choice {
                rank: 0,
                route: route_id.clone(),
                channel: desk.channel.clone().unwrap_or_else(|| channel.clone()),
                language: Some(desk.language.clone()),
                language_name: Some(desk.name.clone()),
                open: desk.open,
                opens,
                condition: desk.availability(),
                subject_to_availability: desk.subject_to_availability,
                summary: String::new(),
            }
        })
        .collect();
    if choices.is_empty() {
        // No language desk is known for this support: the route alone. Its desk is the
        // calendar that counted the target (21Vianet's 09:00-24:00), unless that calendar
        // is another document's cross-reference (Power BI) or no desk is there at all.
        let clock = response.clock();
        let status = clock.filter(|c| c.cross_reference.is_none()).and_then(|c| {
            let region: &crate::rules::model::Region = rules.find(c.region.as_deref()?).ok()?;
            // Days without clock times: whether the desk is open at an hour is unknown.
            if region.days_only {
                return None;
            }
            let zone: Tz = c.time_zone.as_deref()?.parse().ok()?;
            let calendar = crate::clock::calendar_choice::calendar_of(region, zone, query.holidays);
            Some((presence::Presence::on(&calendar, submitted), zone))
        });
        let opens = status.and_then(|(p, zone)| {
            p.first_open(submitted)
                .filter(|t| *t > submitted)
                .map(|t| InZones::of(t, Shown::Zone(zone), Some(query.shown)))
        });
        choices.push(Choice {
            rank: 0,
            route: route_id,
            channel,
            language: None,
            language_name: None,
            open: status.and_then(|(p, _)| p.open()),
            opens,
            condition: None,
            subject_to_availability: false,
            summary: String::new(),
        });
    }
    // A stable sort: among equals the language asked for (listed first) stays first.
    choices.sort_by_key(|c| {
        (
            c.open != Some(true),
            c.opens.map_or(DateTime::<Utc>::MAX_UTC, |o| o.utc),
        )
    });
    for (i, choice) in choices.iter_mut().enumerate() {
        choice.rank = i + 1;
        choice.summary = render::choice_summary(choice, query.shown, is_now(query));
    }
    let mut source = response.source().clone();
    source.merge(&language.source);
    OptionsPart {
        due: response.due(),
        choices,
        source,
    }
}

/// What the documents ask: the impact the severity stands for, the target's condition and
/// the customer's part, who may file at the main route, and what filing at each route asks.
fn requirements(
    rules: &RuleSet,
    severity: &Severity,
    target: Option<&Target>,
    route: &WhereAnswer,
    route_sources: Vec<Source>,
) -> ListPart<Requirement> {
    let mut items = Vec::new();
    // The plan's own document may define the severity differently (21Vianet does).
    let definition = target.and_then(|t| t.definition.as_ref());
    let (name, impact, situation) = match definition {
        Some(d) => (
            d.name.clone().unwrap_or_else(|| severity.name.clone()),
            d.impact.clone(),
            d.situation.clone(),
        ),
        None => (
            severity.name.clone(),
            severity.impact.clone(),
            severity.situation.clone(),
        ),
    };
    let severity_source: &[Source] = match (definition, target) {
        (Some(_), Some(t)) => &t.source,
        _ => &severity.source,
    };
    // The general definitions are the Power Platform / Dynamics 365 document's: shown for
    // another document's support only as a labelled cross-reference.
    let own: &[Source] = target.map_or(&route_sources, |t| &t.source);
    // Versions of one document are one document: a revision's target with the earlier
    // version's definitions borrows nothing.
    let borrowed = !severity_source.iter().any(|s| {
        own.iter()
            .any(|o| rules.first_version(o.doc) == rules.first_version(s.doc))
    });
    let label = if borrowed {
        let document = severity_source
            .first()
            .map_or("", |s| rules.document(s.doc).title.as_str());
        format!(" (as \"{document}\" defines it: a cross-reference, this support's own document defines no severities)")
    } else {
        String::new()
    };
    items.push(Requirement {
        kind: RequirementKind::Severity,
        text: format!("{name}{label}: {impact}. {situation}"),
        source: Sources::of(rules, severity_source),
    });
    if let Some(target) = target {
        for (kind, text) in [
            (RequirementKind::Condition, &target.condition),
            (RequirementKind::Customer, &target.customer_responsibility),
        ] {
            if let Some(text) = text {
                items.push(Requirement {
                    kind,
                    text: text.clone(),
                    source: Sources::of(rules, &target.source),
                });
            }
        }
    }
    // Who may file: at each route for partners (with --partner), and at the customer's
    // main route.
    let partners: Vec<_> = route.routes.iter().filter(|r| r.for_partners).collect();
    let first_customer = route.routes.iter().find(|r| !r.for_partners);
    for main in partners.iter().copied().chain(first_customer) {
        for who in &main.who {
            let text = if partners.is_empty() {
                who.clone()
            } else {
                format!("{}: {who}", main.channel)
            };
            items.push(Requirement {
                kind: RequirementKind::Who,
                text,
                source: main.source.clone(),
            });
        }
    }
    for r in &route.routes {
        for requires in &r.requires {
            items.push(Requirement {
                kind: RequirementKind::Route,
                text: format!("{}: {requires}", r.channel),
                source: r.source.clone(),
            });
        }
    }
    let mut source = Sources::default();
    for item in &items {
        source.merge(&item.source);
    }
    ListPart { items, source }
}

/// The rules' sources of the routes answered (the documents they come from).
fn route_rule_sources(rules: &RuleSet, route: &WhereAnswer) -> Vec<Source> {
    route
        .routes
        .iter()
        .filter_map(|r| rules.find::<crate::rules::model::Route>(&r.route).ok())
        .flat_map(|r| r.source.iter().cloned())
        .collect()
}

/// What qualifies the answer, each with its source.
fn caveats(
    rules: &RuleSet,
    response: &Response,
    route: &WhereAnswer,
    language: &LanguagePart,
    target: Option<&Target>,
    query: &AdviseQuery,
) -> ListPart<Caveat> {
    let mut items = Vec::new();
    let mut push = |kind: CaveatKind, text: String, source: Sources| {
        if !text.is_empty() && !items.iter().any(|c: &Caveat| c.text == text) {
            items.push(Caveat {
                kind,
                text,
                topic: None,
                source,
            });
        }
    };
    match response {
        Response::Target(sla) => {
            // A preview is answered as no target, so `sla`'s caveats are the product's.
            for caveat in &sla.caveats {
                push(CaveatKind::Product, caveat.clone(), sla.source.clone());
            }
            if let Some(note) = &sla.note {
                push(CaveatKind::Reading, note.clone(), sla.source.clone());
            }
            if let Some(clock) = sla.clock.as_ref().filter(|c| c.due.utc().is_some()) {
                push(
                    CaveatKind::Holidays,
                    clock.holidays.note.clone(),
                    clock.region_source.clone(),
                );
                if let (Some(region), Some(note)) = (&clock.region, &clock.calendar_note) {
                    push(
                        CaveatKind::Reading,
                        format!("{region}: {note}"),
                        clock.region_source.clone(),
                    );
                }
            }
        }
        Response::NoTarget(none) => push(
            if query.preview {
                CaveatKind::Preview
            } else {
                CaveatKind::NoTarget
            },
            none.reason.clone(),
            none.source.clone(),
        ),
    }
    if let Some(note) = &route.note {
        push(CaveatKind::Product, note.clone(), route.source.clone());
    }
    // The routes' readings are shown with the routes (File here).
    if let Some(note) = &language.note {
        push(CaveatKind::Language, note.clone(), language.source.clone());
    }
    // Topics that qualify any advice from the same documents (no resolution SLA,
    // translation services).
    let documents: Vec<&Source> = target.map_or_else(Vec::new, |t| t.source.iter().collect());
    let topics = if documents.is_empty() {
        Vec::new()
    } else {
        policy::related(rules, AnswerKind::Advise, Some(&documents))
    };
    for topic in topics {
        if !items.iter().any(|c| c.text == topic.title) {
            items.push(Caveat {
                kind: CaveatKind::Topic,
                text: topic.title.clone(),
                source: topic.source.clone(),
                topic: Some(topic),
            });
        }
    }
    let mut source = Sources::default();
    for item in &items {
        source.merge(&item.source);
    }
    ListPart { items, source }
}
