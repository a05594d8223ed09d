//! Building the model from checked rules: each reference, an id as its author wrote it,
//! becomes the [`Id`] of the rule it names.

use super::{
    Allowance, Amount, Channel, Coverage, Desk, DeskHours, Document, Id, Incidents, Language,
    Membership, PhoneDesk, PhoneLine, Plan, Product, Region, RegionZone, ReopenRule, Route,
    RuleSet, Severity, Source, Target, Topic, Unencoded, Window,
};
use crate::schema;

/// A reference the checker let through that names no rule: only possible when checking
/// was incomplete, which the checker reports as an error of its own.
#[derive(Debug)]
pub struct Unresolved {
    pub kind: &'static str,
    pub id: String,
}

/// Builds the model from checked, layered rules.
///
/// Kinds are resolved in the order of [`RuleSet`]'s fields, each rule in file order, so the
/// reference reported is the first that names no rule.
pub(crate) fn resolve(raw: schema::RuleFile) -> Result<RuleSet, Unresolved> {
    let index = Index::of(&raw);
    Ok(RuleSet {
        documents: documents(&index, raw.document)?,
        plans: keyed(&index, raw.plan, plan)?,
        severities: keyed(&index, raw.severity, severity)?,
        products: keyed(&index, raw.product, product)?,
        channels: keyed(&index, raw.channel, channel)?,
        targets: raw
            .target
            .into_iter()
            .map(|t| target(&index, t))
            .collect::<Result<_, _>>()?,
        regions: keyed(&index, raw.region, region)?,
        languages: keyed(&index, raw.language, language)?,
        routes: keyed(&index, raw.route, route)?,
        reopen_rules: reopen_rules(&index, raw.reopen_rule)?,
        topics: keyed(&index, raw.topic, topic)?,
        phone_lines: keyed(&index, raw.phone_line, phone_line)?,
        memberships: keyed(&index, raw.membership, membership)?,
        allowances: raw
            .allowance
            .into_iter()
            .map(|a| allowance(&index, a))
            .collect::<Result<_, _>>()?,
        // Set by the loader for each span of days (`RuleSet::versions_from_texts`).
        span_from: None,
    })
}

/// Builds each rule of a kind whose rules others refer to, keyed by its place; the first
/// unresolved reference stops the building.
fn keyed<R, T>(
    index: &Index,
    raw: Vec<R>,
    build: fn(&Index, Id<T>, R) -> Result<T, Unresolved>,
) -> Result<Vec<T>, Unresolved> {
    raw.into_iter()
        .enumerate()
        .map(|(i, r)| build(index, Id::new(i), r))
        .collect()
}

/// The documents; a document is versioned when it revises another or is revised, and
/// in force from its first day (a revision) or its date (the first of a chain).
fn documents(index: &Index, raw: Vec<schema::Document>) -> Result<Vec<Document>, Unresolved> {
    let revised: std::collections::HashSet<String> = raw
        .iter()
        .filter_map(|d| d.revises.as_ref().map(|r| r.get_ref().clone()))
        .collect();
    let mut documents = Vec::with_capacity(raw.len());
    for (i, d) in raw.into_iter().enumerate() {
        let first_day = crate::versions::first_day(&d);
        let id = d.id.get_ref().clone();
        let versioned = d.revises.is_some() || revised.contains(&id);
        documents.push(Document {
            key: Id::new(i),
            revises: d
                .revises
                .as_ref()
                .map(|r| index.document(r.get_ref()))
                .transpose()?,
            in_force_from: if d.revises.is_some() {
                first_day
            } else if versioned {
                d.date
            } else {
                None
            },
            versioned,
            replaces: d
                .replaces
                .into_iter()
                .map(toml::Spanned::into_inner)
                .collect(),
            id,
            title: d.title,
            file: d.file,
            date: d.date,
            language: d.language,
            address: d.address,
            sections: d.sections,
            unencoded: d
                .unencoded
                .into_iter()
                .map(|u| Unencoded {
                    section: u.section.get_ref().clone(),
                    reason: u.reason,
                })
                .collect(),
        });
    }
    Ok(documents)
}

fn plan(index: &Index, key: Id<Plan>, p: schema::Plan) -> Result<Plan, Unresolved> {
    Ok(Plan {
        key,
        id: p.id.get_ref().clone(),
        name: p.name,
        aliases: p.aliases,
        family: p.family,
        products: index.all(&index.products, "product", &p.products)?,
        covers_without_targets: index.all(&index.products, "product", &p.covers_without_targets)?,
        includes: p.includes,
        note: p.note,
        source: index.sources(&p.source)?,
    })
}

fn severity(index: &Index, key: Id<Severity>, s: schema::Severity) -> Result<Severity, Unresolved> {
    Ok(Severity {
        key,
        id: s.id.get_ref().clone(),
        name: s.name,
        aliases: s.aliases,
        hints: s.hints,
        impact: s.impact,
        situation: s.situation,
        source: index.sources(&s.source)?,
    })
}

fn product(index: &Index, key: Id<Product>, p: schema::Product) -> Result<Product, Unresolved> {
    Ok(Product {
        key,
        id: p.id.get_ref().clone(),
        name: p.name,
        aliases: p.aliases,
        note: p.note,
        caveat: p.caveat,
        partners_only: p.partners_only,
        billing: p
            .billing
            .as_ref()
            .map(|b| index.one(&index.products, "product", b))
            .transpose()?,
        about: p.about,
        source: index.sources(&p.source)?,
    })
}

fn channel(index: &Index, key: Id<Channel>, c: schema::Channel) -> Result<Channel, Unresolved> {
    Ok(Channel {
        key,
        id: c.id.get_ref().clone(),
        name: c.name,
        aliases: c.aliases,
        source: index.sources(&c.source)?,
    })
}

/// A target; its amount is minutes or business days, whichever the file gives (the
/// checker allows one), or none for best effort.
fn target(index: &Index, t: schema::Target) -> Result<Target, Unresolved> {
    let amount = match (&t.minutes, &t.business_days) {
        (Some(m), _) => Some(Amount::Minutes(*m.get_ref())),
        (None, Some(d)) => Some(Amount::BusinessDays(*d.get_ref())),
        (None, None) => None,
    };
    Ok(Target {
        plan: index.one(&index.plans, "plan", &t.plan)?,
        severity: index.one(&index.severities, "severity", &t.severity)?,
        product: t
            .product
            .as_ref()
            .map(|p| index.one(&index.products, "product", p))
            .transpose()?,
        amount,
        coverage: *t.coverage.get_ref(),
        bound: t.bound.map(|b| *b.get_ref()),
        as_written: t.as_written,
        about: t.about,
        condition: t.condition,
        condition_short: t.condition_short,
        otherwise: t
            .otherwise_business_days
            .map(|d| Amount::BusinessDays(*d.get_ref())),
        cross_reference_coverage: t.cross_reference_coverage,
        definition: t.definition,
        customer_responsibility: t.customer_responsibility,
        calendar: t
            .calendar
            .as_ref()
            .map(|r| index.one(&index.regions, "region", r))
            .transpose()?,
        note: t.note,
        source: index.sources(&t.source)?,
    })
}

/// A region, its zone typed: `local` or an IANA zone (the checker has read the name).
fn region(index: &Index, key: Id<Region>, r: schema::Region) -> Result<Region, Unresolved> {
    let zone = match r.zone.get_ref().as_str() {
        schema::LOCAL_ZONE => RegionZone::Local,
        name => RegionZone::Iana(name.parse().map_err(|_| Unresolved {
            kind: "zone",
            id: name.to_string(),
        })?),
    };
    Ok(Region {
        key,
        id: r.id.get_ref().clone(),
        name: r.name,
        aliases: r.aliases,
        service: r.service,
        zone,
        window: r
            .window
            .iter()
            .map(|w| Window {
                days: w.days.clone(),
                open: *w.open.get_ref(),
                close: *w.close.get_ref(),
            })
            .collect(),
        zones: r.zones,
        holidays: r.holidays,
        closed_on_holidays: r.closed_on_holidays,
        days_only: r.days_only,
        as_written: r.as_written,
        note: r.note,
        source: index.sources(&r.source)?,
    })
}

fn language(index: &Index, key: Id<Language>, l: schema::Language) -> Result<Language, Unresolved> {
    let desk = l
        .desk
        .into_iter()
        .map(|d| {
            Ok(Desk {
                regions: index.all(&index.regions, "region", &d.regions)?,
                customers: d.customers,
                hours: match d.coverage {
                    Coverage::AroundTheClock => DeskHours::AroundTheClock {
                        severities: index.all(
                            &index.severities,
                            "severity",
                            &d.around_the_clock_for,
                        )?,
                    },
                    // The checker reports severities given for any other desk.
                    Coverage::BusinessHours => DeskHours::BusinessHours,
                    Coverage::BestEffort => DeskHours::BestEffort,
                    Coverage::Unspecified => DeskHours::Unspecified,
                },
                condition: d.condition,
                note: d.note,
                zones: d.zones,
            })
        })
        .collect::<Result<_, Unresolved>>()?;
    Ok(Language {
        key,
        id: l.id.get_ref().clone(),
        name: l.name,
        code: l.code,
        aliases: l.aliases,
        desk,
        note: l.note,
        source: index.sources(&l.source)?,
    })
}

fn route(index: &Index, key: Id<Route>, r: schema::Route) -> Result<Route, Unresolved> {
    Ok(Route {
        key,
        id: r.id.get_ref().clone(),
        products: index.all(&index.products, "product", &r.products)?,
        plans: index.all(&index.plans, "plan", &r.plans)?,
        channels: index.all(&index.channels, "channel", &r.channels)?,
        partner: r.partner,
        alternative: r.alternative,
        channel: r.channel,
        as_written: r.as_written,
        url: r.url,
        steps: r.steps,
        who: r.who,
        requires: r.requires,
        notes: r.notes,
        plan_notes: r
            .plan_notes
            .into_iter()
            .map(|n| Ok((index.all(&index.plans, "plan", &n.plans)?, n.text)))
            .collect::<Result<_, _>>()?,
        terms: r.terms,
        note: r.note,
        source: index.sources(&r.source)?,
    })
}

/// The reopen rules, sorted by number: the documents' order, whatever the files'.
fn reopen_rules(
    index: &Index,
    raw: Vec<schema::ReopenRule>,
) -> Result<Vec<ReopenRule>, Unresolved> {
    let mut rules = raw
        .into_iter()
        .map(|r| {
            Ok(ReopenRule {
                number: *r.number.get_ref(),
                fact: r.fact,
                months: r.months.map(|m| *m.get_ref()),
                otherwise: r.otherwise,
                text: r.text,
                holds: r.holds,
                fails: r.fails,
                note: r.note,
                source: index.sources(&r.source)?,
            })
        })
        .collect::<Result<Vec<_>, Unresolved>>()?;
    rules.sort_by_key(|r| r.number);
    Ok(rules)
}

fn topic(index: &Index, key: Id<Topic>, t: schema::Topic) -> Result<Topic, Unresolved> {
    Ok(Topic {
        key,
        id: t.id.get_ref().clone(),
        title: t.title,
        aliases: t.aliases,
        shown_with: t.shown_with,
        points: t.points,
        note: t.note,
        source: index.sources(&t.source)?,
    })
}

fn phone_line(
    index: &Index,
    key: Id<PhoneLine>,
    p: schema::PhoneLine,
) -> Result<PhoneLine, Unresolved> {
    let desk = p
        .desk
        .into_iter()
        .map(|d| {
            Ok(PhoneDesk {
                kind: d.kind,
                severities: index.all(&index.severities, "severity", &d.severities)?,
                languages: index.all(&index.languages, "language", &d.languages)?,
                hours: index.one(&index.regions, "region", &d.hours)?,
            })
        })
        .collect::<Result<_, Unresolved>>()?;
    Ok(PhoneLine {
        key,
        id: p.id.get_ref().clone(),
        name: p.name,
        aliases: p.aliases,
        product: index.one(&index.products, "product", &p.product)?,
        number: p.number,
        alternative: p.alternative,
        desk,
        zones: p.zones,
        notes: p.notes,
        note: p.note,
        source: index.sources(&p.source)?,
    })
}

fn membership(
    index: &Index,
    key: Id<Membership>,
    m: schema::Membership,
) -> Result<Membership, Unresolved> {
    Ok(Membership {
        key,
        id: m.id.get_ref().clone(),
        name: m.name,
        aliases: m.aliases,
        source: index.sources(&m.source)?,
    })
}

fn allowance(index: &Index, a: schema::Allowance) -> Result<Allowance, Unresolved> {
    Ok(Allowance {
        membership: index.one(&index.memberships, "membership", &a.membership)?,
        benefit: a.benefit,
        competency: a.competency,
        // The checker reports an allowance giving both.
        incidents: if a.unlimited {
            Incidents::Unlimited
        } else {
            Incidents::Count(a.incidents.unwrap_or(0))
        },
        as_written: a.as_written,
        note: a.note,
        source: index.sources(&a.source)?,
    })
}

/// The ids of each kind (lower-cased; documents exactly) with their places, for resolving
/// references: the checker has already reported every reference that names no rule.
struct Index {
    documents: Vec<String>,
    plans: Vec<String>,
    severities: Vec<String>,
    products: Vec<String>,
    channels: Vec<String>,
    regions: Vec<String>,
    languages: Vec<String>,
    memberships: Vec<String>,
}

impl Index {
    fn of(raw: &schema::RuleFile) -> Self {
        fn ids<T>(rules: &[T], id: fn(&T) -> &str) -> Vec<String> {
            rules.iter().map(|r| id(r).to_lowercase()).collect()
        }
        Index {
            documents: raw
                .document
                .iter()
                .map(|d| d.id.get_ref().clone())
                .collect(),
            plans: ids(&raw.plan, |r| r.id.get_ref()),
            severities: ids(&raw.severity, |r| r.id.get_ref()),
            products: ids(&raw.product, |r| r.id.get_ref()),
            channels: ids(&raw.channel, |r| r.id.get_ref()),
            regions: ids(&raw.region, |r| r.id.get_ref()),
            languages: ids(&raw.language, |r| r.id.get_ref()),
            memberships: ids(&raw.membership, |r| r.id.get_ref()),
        }
    }

    /// A rule's citations, each naming its document by place.
    fn sources(&self, sources: &[schema::Source]) -> Result<Vec<Source>, Unresolved> {
        sources
            .iter()
            .map(|s| {
                Ok(Source {
                    doc: self.document(s.doc.get_ref())?,
                    section: s.section.get_ref().clone(),
                    origin: s.origin.clone(),
                })
            })
            .collect()
    }

    fn document(&self, id: &str) -> Result<Id<Document>, Unresolved> {
        self.documents
            .iter()
            .position(|d| d == id)
            .map(Id::new)
            .ok_or_else(|| Unresolved {
                kind: "document",
                id: id.to_string(),
            })
    }

    fn one<T>(
        &self,
        ids: &[String],
        kind: &'static str,
        r: &schema::Ref,
    ) -> Result<Id<T>, Unresolved> {
        let wanted = r.get_ref().to_lowercase();
        ids.iter()
            .position(|id| *id == wanted)
            .map(Id::new)
            .ok_or_else(|| Unresolved {
                kind,
                id: r.get_ref().clone(),
            })
    }

    fn all<T>(
        &self,
        ids: &[String],
        kind: &'static str,
        refs: &[schema::Ref],
    ) -> Result<Vec<Id<T>>, Unresolved> {
        refs.iter().map(|r| self.one(ids, kind, r)).collect()
    }
}
