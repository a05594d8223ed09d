//! `where`: the portal or channel to file a request in, the steps, and who may file.

use super::error::fail;
use super::Error;
use serde::Serialize;

use super::policy::{self, TopicAnswer};
use super::{Answer, Sources};
use crate::render::style::Style;
use crate::render::table;
use crate::rules::model::Named;
use crate::rules::model::{About, Channel, Id, Plan, Product, Route};
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct WhereAnswer {
    pub product: String,
    pub product_name: String,
    pub plan: Option<String>,
    pub channel: Option<String>,
    pub partner: bool,
    pub routes: Vec<RouteAnswer>,
    /// Routes for partners that `--partner` would add.
    pub partner_routes_available: usize,
    /// Set when `--partner` was given and the documents give partners no route of their
    /// own for this product (the routes shown are the customers').
    pub partner_note: Option<String>,
    pub note: Option<String>,
    /// With `--preview`: what the documents say of support for public preview features.
    pub preview: Option<TopicAnswer>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct RouteAnswer {
    pub route: String,
    pub channel: String,
    pub as_written: String,
    pub url: Option<String>,
    /// The plans the route is for; empty when it is for every plan.
    pub plans: Vec<String>,
    pub for_partners: bool,
    /// An alternative the documents give to the main route, listed after it.
    pub alternative: bool,
    pub steps: Vec<String>,
    pub who: Vec<String>,
    /// What filing there asks besides who may (a PIN check when calling).
    pub requires: Vec<String>,
    pub notes: Vec<String>,
    /// Whose terms apply where the channel is not a Microsoft support desk (a partner,
    /// VLSC, a community forum): no Microsoft response target and no desk hours there
    /// (decided reading 19); null for a Microsoft desk.
    pub terms: Option<String>,
    pub note: Option<String>,
    pub source: Sources,
}

impl WhereAnswer {
    /// The customer's main route: the first that is not a partner's own (`--partner` lists
    /// those first), else the first.
    pub fn main(&self) -> Option<&RouteAnswer> {
        self.routes
            .iter()
            .find(|r| !r.for_partners)
            .or(self.routes.first())
    }
}

pub struct WhereQuery<'a> {
    pub product: &'a str,
    pub plan: Option<&'a str>,
    pub channel: Option<&'a str>,
    pub partner: bool,
    /// Whether the request is about a public preview feature (decided reading 16).
    pub preview: bool,
    /// What the request is about: billing and subscription management go to the route of
    /// the product's `billing` product where its document routes them elsewhere (decided
    /// reading 20).
    pub about: About,
}

/// The plan `where` is asked about: one plan, or a family named without its tier
/// ("unified": its tiers file at the same places, decided reading 15).
pub struct AskedPlan<'r> {
    pub id: String,
    pub tiers: Vec<&'r Plan>,
}

impl<'r> AskedPlan<'r> {
    /// One plan, as asked.
    pub fn one(plan: &'r Plan) -> Self {
        AskedPlan {
            id: plan.id.clone(),
            tiers: vec![plan],
        }
    }
}

/// The question of `where` with its ids resolved once (by [`answer`] from what was typed,
/// or by `advise` from the incident it resolved).
pub struct Asked<'r> {
    pub product: &'r Product,
    pub plan: Option<AskedPlan<'r>>,
    pub channel: Option<&'r Channel>,
    pub partner: bool,
    pub preview: bool,
    pub about: About,
}

fn asked_plan<'r>(rules: &'r RuleSet, input: &str) -> Result<AskedPlan<'r>, Error> {
    match rules.find::<Plan>(input) {
        Ok(plan) => Ok(AskedPlan {
            id: plan.id.clone(),
            tiers: vec![plan],
        }),
        Err(unknown) => match rules.family(input) {
            Some(tiers) => Ok(AskedPlan {
                id: crate::rules::model::normalise(input),
                tiers,
            }),
            None => Err(unknown.into()),
        },
    }
}

/// Whether a route's list (of plans, of channels) takes `id`: an empty list takes any.
fn takes<T>(list: &[Id<T>], id: Id<T>) -> bool {
    list.is_empty() || list.contains(&id)
}

/// `where` for the ids as typed: resolved, then answered by [`answer_asked`].
///
/// Errors: an unknown product, plan (or plan family) or channel, with did-you-mean; and
/// those of [`answer_asked`].
pub fn answer(rules: &RuleSet, query: &WhereQuery) -> Result<WhereAnswer, Error> {
    let asked = Asked {
        product: rules.find(query.product)?,
        plan: query.plan.map(|p| asked_plan(rules, p)).transpose()?,
        channel: query.channel.map(|c| rules.find(c)).transpose()?,
        partner: query.partner,
        preview: query.preview,
        about: query.about,
    };
    answer_asked(rules, &asked)
}

/// The routes for a resolved question.
///
/// Errors: a channel for a product whose routes do not depend on it; no route for the
/// product under the plan or channel (naming those that have one, and `--partner` where
/// partners have their own).
pub fn answer_asked(rules: &RuleSet, query: &Asked) -> Result<WhereAnswer, Error> {
    // Billing and subscription management about a Power Platform product file where the
    // document says such requests go (the Microsoft 365 admin center).
    let product = match (query.about, query.product.billing) {
        (About::Billing, Some(billing)) => rules.product(billing),
        _ => query.product,
    };
    let plan = query.plan.as_ref();
    let channel: Option<&Channel> = query.channel;
    // A plan answers only for the products it covers (or covers without a target: Premier
    // and Microsoft 365), as `sla` and `advise` hold it; routes open to any plan do not
    // make another document's plan cover them (21Vianet and billing).
    let open_to_any_plan = rules
        .routes()
        .iter()
        .any(|r| r.products.contains(&product.key) && r.plans.is_empty() && !r.partner);
    if let Some(asked) = plan.filter(|_| open_to_any_plan) {
        let covered = asked
            .tiers
            .iter()
            .any(|t| t.covers(product.key) || t.covers_without_targets.contains(&product.key));
        if !covered {
            if let Some(tier) = asked.tiers.first() {
                crate::answer::sla::check_plan_covers(rules, tier, product)?;
            }
        }
    }
    let for_product: Vec<&Route> = rules
        .routes()
        .iter()
        .filter(|r| r.products.contains(&product.key))
        .collect();
    if let Some(channel) = channel {
        if for_product.iter().all(|r| r.channels.is_empty()) {
            fail!(
                Flags,
                "--channel `{}` does not apply to product `{}`: its routes do not depend on how licences were bought",
                channel.id(),
                product.id()
            );
        }
    }
    let fits = |r: &&Route| {
        plan.as_ref()
            .is_none_or(|p| p.tiers.iter().any(|tier| takes(&r.plans, tier.key)))
            && channel.is_none_or(|c| takes(&r.channels, c.key))
    };
    // Partners see their own routes first, then the ones every customer has.
    let mut chosen: Vec<&Route> = for_product
        .iter()
        .copied()
        .filter(|r| r.partner && query.partner)
        .filter(fits)
        .collect();
    chosen.extend(
        for_product
            .iter()
            .copied()
            .filter(|r| !r.partner)
            .filter(fits),
    );
    // The documents' alternatives come after the routes they are alternatives to.
    chosen.sort_by_key(|r| r.alternative);
    if chosen.is_empty() {
        no_route(rules, query, product, &for_product, fits)?;
    }
    let tiers: Option<Vec<Id<Plan>>> = plan
        .as_ref()
        .map(|p| p.tiers.iter().map(|t| t.key).collect());
    let routes: Vec<RouteAnswer> = chosen
        .iter()
        .map(|r| route_answer(rules, r, tiers.as_deref()))
        .collect();
    let mut source = Sources::of(rules, &product.source);
    for route in &routes {
        source.merge(&route.source);
    }
    let preview = query.preview.then(|| policy::preview(rules)).flatten();
    if let Some(preview) = &preview {
        source.merge(&preview.source);
    }
    Ok(WhereAnswer {
        product: product.id.clone(),
        product_name: product.name.clone(),
        plan: plan.as_ref().map(|p| p.id.clone()),
        channel: channel.map(|c| c.id.clone()),
        partner: query.partner,
        partner_routes_available: if query.partner {
            0
        } else {
            for_product.iter().filter(|r| r.partner && fits(r)).count()
        },
        partner_note: (query.partner && !for_product.iter().any(|r| r.partner)).then(|| {
            format!(
                "--partner: the documents give partners no route of their own for product `{}`; the routes shown are the customer's.",
                product.id
            )
        }),
        routes,
        note: product.note.clone(),
        preview,
        source,
    })
}

/// Refuses a question no route answers: the plans that have one, and `--partner` where
/// only partners' routes do.
fn no_route(
    rules: &RuleSet,
    query: &Asked,
    product: &Product,
    for_product: &[&Route],
    fits: impl Fn(&&Route) -> bool,
) -> Result<(), Error> {
    let plan = query.plan.as_ref();
    let channel: Option<&Channel> = query.channel;
    let mut offered: Vec<&str> = Vec::new();
    for route in for_product {
        for p in &route.plans {
            let id = rules.plan(*p).id.as_str();
            if !offered.contains(&id) {
                offered.push(id);
            }
        }
    }
    if !query.partner && !for_product.is_empty() && for_product.iter().all(|r| r.partner) {
        fail!(
            NotAnswered,
            "the documents route product `{}` through Microsoft partners only: add --partner",
            product.id()
        );
    }
    let what = match (&plan, channel) {
        (Some(p), _) => format!("under plan `{}`", p.id),
        (None, Some(c)) => format!("for purchase channel `{}`", c.id()),
        (None, None) => "at all".to_string(),
    };
    let hint = if offered.is_empty() {
        String::new()
    } else {
        let list = offered
            .iter()
            .map(|p| format!("`{p}`"))
            .collect::<Vec<_>>()
            .join(", ");
        format!("; the documents route it for plans {list}")
    };
    // A partner's plan (Premier Support for Partners) files at the partner routes.
    let partner = if !query.partner && for_product.iter().any(|r| r.partner && fits(r)) {
        "; a Microsoft partner acting for a customer files at the partner routes: add --partner"
    } else {
        ""
    };
    fail!(
        NotAnswered,
        "the documents give no route for product `{}` {what}{hint}{partner}",
        product.id()
    );
}

/// A route as answers show it, with the notes for the plan asked (every note when none is).
fn route_answer(rules: &RuleSet, route: &Route, plans: Option<&[Id<Plan>]>) -> RouteAnswer {
    RouteAnswer {
        route: route.id.clone(),
        channel: route.channel.clone(),
        as_written: route.as_written.clone(),
        url: route.url.clone(),
        plans: route
            .plans
            .iter()
            .map(|p| rules.plan(*p).id.clone())
            .collect(),
        for_partners: route.partner,
        alternative: route.alternative,
        steps: route.steps.clone(),
        who: route.who.clone(),
        requires: route.requires.clone(),
        notes: route.notes_for(plans).map(str::to_string).collect(),
        terms: route.terms.clone(),
        note: route.note.clone(),
        source: Sources::of(rules, &route.source),
    }
}

impl Answer for WhereAnswer {
    fn table(&self, style: &Style) -> String {
        let mut parts = vec![format!(
            "Where to file: {} ({})",
            self.product_name, self.product
        )];
        for (i, route) in self.routes.iter().enumerate() {
            let steps = route
                .steps
                .iter()
                .enumerate()
                .map(|(n, s)| format!("{}. {s}", n + 1))
                .collect::<Vec<_>>()
                .join("\n");
            let heading = match (route.for_partners, route.alternative) {
                (true, _) => "Channel (partners)",
                (false, true) => "Alternative",
                (false, false) => "Channel",
            };
            let channel = match &route.url {
                Some(url) => format!("{}\n{url}", route.channel),
                None => route.channel.clone(),
            };
            let rows = [
                (heading, channel),
                ("For plans", route.plans.join(", ")),
                ("Steps", steps),
                ("Who may file", table::bullets(&route.who)),
                ("Asks of you", table::bullets(&route.requires)),
                ("Terms", route.terms.clone().unwrap_or_default()),
                ("Notes", table::bullets(&route.notes)),
                (
                    "As written",
                    if style.details {
                        route.as_written.clone()
                    } else {
                        String::new()
                    },
                ),
            ];
            let title = if self.routes.len() > 1 {
                format!("Option {}:\n", i + 1)
            } else {
                String::new()
            };
            parts.push(format!("{title}{}", table::key_values(style, rows)));
            parts.push(table::note(route.note.as_deref()));
        }
        parts.push(table::note(self.note.as_deref()));
        parts.extend(self.partner_note.clone());
        if let Some(preview) = &self.preview {
            parts.push(policy::related_blocks(std::slice::from_ref(preview)));
        }
        if self.partner_routes_available > 0 {
            let more = self.partner_routes_available;
            parts.push(format!(
                "Microsoft partners acting for a customer: add --partner ({more} more {}).",
                if more == 1 { "route" } else { "routes" }
            ));
        }
        let more = if style.details {
            String::new()
        } else {
            "More with --details: each channel's name as the document writes it.".to_string()
        };
        parts.push(table::ending(self.source.lines(style), more));
        table::blocks(style, parts)
    }
}
