//! The rules as the answers see them: validated, with every reference already resolved.
//!
//! The [`schema`](crate::schema) is only the file format: values carry their place in a
//! file, and a reference is the id as its author wrote it. Loading checks the files and
//! then builds this model once: a reference is an [`Id`] of the rule it names, ids are
//! matched (ignoring case, aliases included) in one place, [`RuleSet::find`], and the
//! lookups the answers need (`plan(id)`, `targets_of(plan)`, `languages_served(region)`)
//! are methods here. The built-in rules' snapshot (`build.rs`) stores this model.

use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::time_of_day::{ClockTime, Weekday};
use crate::schema;
// The plain values of the file format are the model's too.
pub use crate::schema::{
    About, AnswerKind, Bound, Competency, Coverage, DeskKind, RegionAsWritten, ReopenFact,
    SeverityDefinition, Verdict, LOCAL_ZONE, MAX_TARGET_DAYS, MAX_TARGET_MINUTES,
};
use crate::suggest::{closest, Form, FormKind, UnknownId};

/// A reference to a rule of kind `T`: its place in the rule set, so it cannot name a rule
/// of another kind, and cannot dangle (loading resolved it).
#[derive(Serialize, Deserialize)]
#[serde(transparent, bound = "")]
pub struct Id<T> {
    index: u32,
    #[serde(skip)]
    kind: PhantomData<fn() -> T>,
}

impl<T> Id<T> {
    fn new(index: usize) -> Self {
        Id {
            index: u32::try_from(index).unwrap_or(u32::MAX),
            kind: PhantomData,
        }
    }

    fn index(self) -> usize {
        self.index as usize
    }
}

// Written by hand: derived ones would ask `T` for the same traits.
impl<T> Clone for Id<T> {
    fn clone(&self) -> Self {
        *self
    }
}
impl<T> Copy for Id<T> {}
impl<T> PartialEq for Id<T> {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
    }
}
impl<T> Eq for Id<T> {}
impl<T> std::hash::Hash for Id<T> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.index.hash(state);
    }
}
impl<T> fmt::Debug for Id<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.index)
    }
}

/// Where a rule comes from: a document and one of its section headings.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub doc: Id<Document>,
    pub section: String,
    /// The user's rule file the citing rule comes from, when it is not a built-in rule.
    pub origin: Option<String>,
}

/// One of the vendor documents the rules encode.
#[derive(Debug, Serialize, Deserialize)]
pub struct Document {
    pub key: Id<Document>,
    pub id: String,
    pub title: String,
    /// The seed file's name (empty for a revision known by its address only).
    pub file: String,
    pub date: Option<NaiveDate>,
    /// The document's language, a BCP 47 tag (`nl-NL`).
    pub language: Option<String>,
    /// Where the vendor publishes it.
    pub address: Option<String>,
    /// The document this one is a later version of.
    pub revises: Option<Id<Document>>,
    /// Where the rules hold several versions of this document: the first day (UTC) this
    /// version is in force (`None` for the first version when undated). `None` outside
    /// version chains.
    pub in_force_from: Option<NaiveDate>,
    /// Whether the rules hold another version of this document (it revises one, or one
    /// revises it).
    pub versioned: bool,
    /// The sections of the revised document this version replaces.
    pub replaces: Vec<String>,
    /// Every section heading, exactly as written.
    pub sections: Vec<String>,
    /// Sections with nothing to encode, and why.
    pub unencoded: Vec<Unencoded>,
}

/// A section deliberately left out of the rules.
#[derive(Debug, Serialize, Deserialize)]
pub struct Unencoded {
    pub section: String,
    pub reason: String,
}

/// A support plan.
#[derive(Debug, Serialize, Deserialize)]
pub struct Plan {
    pub key: Id<Plan>,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// The family this plan is a tier of (`unified`), where the documents also name it
    /// without a tier.
    pub family: Option<String>,
    /// The products this plan applies to; empty means any product.
    pub products: Vec<Id<Product>>,
    /// Products the plan covers without a response target of its documents for them.
    pub covers_without_targets: Vec<Id<Product>>,
    pub includes: Vec<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

impl Plan {
    /// Whether the plan answers for `product` (a plan listing no products covers all).
    pub fn covers(&self, product: Id<Product>) -> bool {
        self.products.is_empty() || self.products.contains(&product)
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Severity {
    pub key: Id<Severity>,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// Forms suggested for this severity but not accepted (`sev1`): see the schema.
    pub hints: Vec<String>,
    /// The business impact the severity stands for.
    pub impact: String,
    pub situation: String,
    pub source: Vec<Source>,
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Product {
    pub key: Id<Product>,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub note: Option<String>,
    /// What changes every answer about this product (e.g. supported through partners only).
    pub caveat: Option<String>,
    /// Supported through Microsoft partners only (Business Central).
    pub partners_only: bool,
    /// The product whose routes answer billing and subscription-management requests about
    /// this one (decided reading 20).
    pub billing: Option<Id<Product>>,
    /// What every request about this product is (billing and licensing: `Billing`).
    pub about: About,
    pub source: Vec<Source>,
}

/// A way licences are bought, which decides where licensing questions go.
#[derive(Debug, Serialize, Deserialize)]
pub struct Channel {
    pub key: Id<Channel>,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub source: Vec<Source>,
}

/// How much time a target gives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Amount {
    /// Minutes, counted around the clock or in business hours as the coverage says.
    Minutes(u32),
    /// Whole business days of the calendar.
    BusinessDays(u32),
}

impl Amount {
    /// The minutes counted for this amount on a calendar whose business day is
    /// `business_day` minutes: "N werkdagen" is N times it (decided reading 10).
    pub fn minutes(self, business_day: u32) -> u32 {
        match self {
            Amount::Minutes(m) => m,
            Amount::BusinessDays(d) => d.saturating_mul(business_day),
        }
    }
}

/// An initial-response target: one cell of a document's table.
#[derive(Debug, Serialize, Deserialize)]
pub struct Target {
    pub plan: Id<Plan>,
    pub severity: Id<Severity>,
    /// Set when the target holds for this product only (it then wins over a general one).
    pub product: Option<Id<Product>>,
    /// `None` for best effort, which promises no time.
    pub amount: Option<Amount>,
    pub coverage: Coverage,
    /// Strict ("< N") or inclusive ("N or less"), where the cell says.
    pub bound: Option<Bound>,
    /// The cell as the document writes it.
    pub as_written: String,
    /// What the request is about for this target to apply (decided reading 20).
    pub about: About,
    pub condition: Option<String>,
    /// The condition in a few words, where the target holds only if it is met.
    pub condition_short: Option<String>,
    /// The level that holds where the user says `condition` is not met (Power BI: one
    /// business day without demonstrated production impact).
    pub otherwise: Option<Amount>,
    /// How an `unspecified` target counts on a cross-reference calendar (decided reading
    /// 14a: the borrowed document's severity-A rule, around the clock).
    pub cross_reference_coverage: Option<Coverage>,
    /// The severity as this plan's document defines it, where it differs from the general one.
    pub definition: Option<SeverityDefinition>,
    pub customer_responsibility: Option<String>,
    /// The region whose calendar counts this target, whatever the customer's region.
    pub calendar: Option<Id<Region>>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

impl Target {
    /// How `amount` of this target is counted: its own coverage, except that an
    /// `unspecified` level in hours counted on a cross-reference calendar takes that
    /// calendar's rule (`cross_reference_coverage`, reading 14a). A level in business days
    /// is always counted in business hours: a business day is the calendar's (reading 10).
    pub fn counted_as(&self, amount: Option<Amount>) -> Coverage {
        match (self.coverage, self.cross_reference_coverage, amount) {
            (Coverage::Unspecified, Some(borrowed), Some(Amount::Minutes(_))) => borrowed,
            (own, _, _) => own,
        }
    }

    /// The target in minutes, when the document gives it so.
    pub fn minutes(&self) -> Option<u32> {
        match self.amount {
            Some(Amount::Minutes(m)) => Some(m),
            _ => None,
        }
    }

    /// The target in business days, when the document gives it so.
    pub fn business_days(&self) -> Option<u32> {
        match self.amount {
            Some(Amount::BusinessDays(d)) => Some(d),
            _ => None,
        }
    }
}

/// The zone a region's hours are kept in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum RegionZone {
    /// The customer's own zone (`--tz`), for desks open in local business hours.
    Local,
    /// An IANA zone.
    Iana(Tz),
}

impl fmt::Display for RegionZone {
    /// `local`, or the IANA name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegionZone::Local => f.write_str(schema::LOCAL_ZONE),
            RegionZone::Iana(zone) => f.write_str(zone.name()),
        }
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Region {
    pub key: Id<Region>,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    /// The service whose desk keeps these hours, when not the general business hours.
    pub service: Option<String>,
    pub zone: RegionZone,
    /// The weekly open windows, in `zone`'s civil time.
    pub window: Vec<Window>,
    /// IANA zone patterns (`Europe/Amsterdam`, `Europe/*`) whose customers this region serves.
    pub zones: Vec<String>,
    /// Local days on which this calendar is closed, besides a `--holidays` file.
    pub holidays: Vec<NaiveDate>,
    pub closed_on_holidays: bool,
    /// Days without clock times: a count of business days ends on a date (reading 20).
    pub days_only: bool,
    pub as_written: RegionAsWritten,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// A weekly open window: `[open, end)` on each of `days`, in the region's civil time.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Window {
    pub days: Vec<Weekday>,
    pub open: ClockTime,
    /// The close as written (`00:00` may stand for the end of the day; see [`Window::end`]).
    pub close: ClockTime,
}

impl Window {
    /// The close, with `00:00` read as the end of the day (decided reading 5).
    pub fn end(&self) -> ClockTime {
        self.close.as_close()
    }
}

/// A language support is given in, and where and when.
#[derive(Debug, Serialize, Deserialize)]
pub struct Language {
    pub key: Id<Language>,
    pub id: String,
    pub name: String,
    /// ISO 639-1, with a BCP 47 script subtag where the documents name a script.
    pub code: String,
    pub aliases: Vec<String>,
    pub desk: Vec<Desk>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// When a language is served for the customers of some regions.
#[derive(Debug, Serialize, Deserialize)]
pub struct Desk {
    pub regions: Vec<Id<Region>>,
    pub customers: String,
    pub coverage: Coverage,
    pub condition: Option<String>,
    /// The severities a `24x7` desk is there around the clock for whatever the plan.
    pub around_the_clock_for: Vec<Id<Severity>>,
    /// A reading that holds for this desk only.
    pub note: Option<String>,
    /// IANA zone patterns of the customers served within the regions; empty for all.
    pub zones: Vec<String>,
}

/// Where to file a request for some products (and plans, purchase channels, audiences).
#[derive(Debug, Serialize, Deserialize)]
pub struct Route {
    pub key: Id<Route>,
    pub id: String,
    pub products: Vec<Id<Product>>,
    /// Empty means any plan.
    pub plans: Vec<Id<Plan>>,
    /// Empty means any purchase channel.
    pub channels: Vec<Id<Channel>>,
    pub partner: bool,
    /// An alternative the documents give to the main route.
    pub alternative: bool,
    /// The portal, site, person or phone line, in English.
    pub channel: String,
    pub as_written: String,
    pub url: Option<String>,
    pub steps: Vec<String>,
    pub who: Vec<String>,
    /// What the documents ask of whoever files there, besides who may file.
    pub requires: Vec<String>,
    pub notes: Vec<String>,
    /// Notes for some plans only: `(plans, text)`.
    pub plan_notes: Vec<(Vec<Id<Plan>>, String)>,
    /// Whose terms apply where the channel is not a Microsoft support desk: such a route
    /// carries no Microsoft response target and no desk hours (decided reading 19).
    pub terms: Option<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

impl Route {
    /// The route's notes that concern `plans` (every note when no plan is asked).
    pub fn notes_for<'a>(
        &'a self,
        plans: Option<&'a [Id<Plan>]>,
    ) -> impl Iterator<Item = &'a str> + 'a {
        let general = self.notes.iter().map(String::as_str);
        let specific = self
            .plan_notes
            .iter()
            .filter(move |(for_plans, _)| {
                plans.is_none_or(|asked| asked.iter().any(|p| for_plans.contains(p)))
            })
            .map(|(_, text)| text.as_str());
        general.chain(specific)
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct ReopenRule {
    pub number: u8,
    pub fact: ReopenFact,
    /// For `months-closed`: the number of calendar months from which the rule fails.
    pub months: Option<u32>,
    pub otherwise: Verdict,
    pub text: String,
    pub holds: String,
    pub fails: String,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// Any other answer of the documents, reached with `policy TOPIC`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Topic {
    pub key: Id<Topic>,
    pub id: String,
    pub title: String,
    pub aliases: Vec<String>,
    pub shown_with: Vec<AnswerKind>,
    pub points: Vec<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// A phone line for some product's support, in some countries or markets.
#[derive(Debug, Serialize, Deserialize)]
pub struct PhoneLine {
    pub key: Id<PhoneLine>,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub product: Id<Product>,
    pub number: String,
    pub alternative: Option<String>,
    pub desk: Vec<PhoneDesk>,
    /// The callers' IANA zones (patterns) the line is for, where it has hours of its own.
    pub zones: Vec<String>,
    pub notes: Vec<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// What a phone line answers, in which languages, when.
#[derive(Debug, Serialize, Deserialize)]
pub struct PhoneDesk {
    /// What the desk answers: technical problems, or billing.
    pub kind: DeskKind,
    /// The severities it answers; empty means every severity.
    pub severities: Vec<Id<Severity>>,
    /// The languages spoken there.
    pub languages: Vec<Id<Language>>,
    /// The region whose calendar gives the desk's hours.
    pub hours: Id<Region>,
}

impl PhoneDesk {
    /// "technical", "technical, severity A", "technical, severity B and C", "billing", as
    /// the contact table words them.
    pub fn label(&self, rules: &RuleSet) -> String {
        let severities: Vec<&str> = self
            .severities
            .iter()
            .map(|s| rules.severity(*s).id.as_str())
            .collect();
        match severities.as_slice() {
            [] => self.kind.as_str().to_string(),
            [one] => format!("{}, severity {one}", self.kind.as_str()),
            [first @ .., last] => format!(
                "{}, severity {} and {last}",
                self.kind.as_str(),
                first.join(", ")
            ),
        }
    }
}

/// A partner membership level (MPN).
#[derive(Debug, Serialize, Deserialize)]
pub struct Membership {
    pub key: Id<Membership>,
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub source: Vec<Source>,
}

/// Support incidents a membership gives: one cell of the MPN entitlement table.
#[derive(Debug, Serialize, Deserialize)]
pub struct Allowance {
    pub membership: Id<Membership>,
    pub benefit: String,
    pub competency: Competency,
    /// The number of incidents; `None` when unlimited or not eligible.
    pub incidents: Option<u32>,
    pub unlimited: bool,
    pub as_written: String,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// Every rule, validated and resolved: what the answers read.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct RuleSet {
    documents: Vec<Document>,
    plans: Vec<Plan>,
    severities: Vec<Severity>,
    products: Vec<Product>,
    channels: Vec<Channel>,
    targets: Vec<Target>,
    regions: Vec<Region>,
    languages: Vec<Language>,
    routes: Vec<Route>,
    reopen_rules: Vec<ReopenRule>,
    topics: Vec<Topic>,
    phone_lines: Vec<PhoneLine>,
    memberships: Vec<Membership>,
    allowances: Vec<Allowance>,
}

/// A kind of rule users name by id (case ignored) or alias.
pub trait Named: Sized {
    /// What the rule is called in messages: "plan", "phone line".
    const KIND: &'static str;
    const KINDS: &'static str;
    /// Every rule of this kind, in file order.
    fn all(rules: &RuleSet) -> &[Self];
    fn key(&self) -> Id<Self>;
    fn id(&self) -> &str;
    fn aliases(&self) -> &[String];
    /// The name answers show ("Dynamics 365 Business Central"), which users may type too.
    fn name(&self) -> &str;
    /// The family the rule is one of (`unified` for the Unified tiers), which some
    /// commands take in place of an id; suggested for a typo of it.
    fn family(&self) -> Option<&str> {
        None
    }
    /// Forms that are only ever suggested for this rule, never accepted (see
    /// [`FormKind::Hint`](crate::suggest::FormKind::Hint)).
    fn hints(&self) -> &[String] {
        &[]
    }
    /// When `input` names no rule of this kind but something else people mean by it (a
    /// country for a region, a plan for a product): what it is and what to give instead.
    fn way_forward(_rules: &RuleSet, _input: &str) -> Option<String> {
        None
    }
}

/// Whether IANA zone `zone` is one a region's `zones` pattern names: itself, or `Area/*`
/// for any zone of the area.
pub fn zone_pattern_matches(pattern: &str, zone: &str) -> bool {
    match pattern.strip_suffix("/*") {
        Some(area) => zone
            .strip_prefix(area)
            .is_some_and(|rest| rest.starts_with('/')),
        None => pattern == zone,
    }
}

/// A country typed for a region: the regions its zones are in, by the regions' `zones`
/// (the longest matching pattern for each zone, as `--tz` infers a region).
fn country_regions(rules: &RuleSet, input: &str) -> Option<String> {
    let country = crate::countries::find(input)?;
    let mut found: Vec<(String, Vec<&'static str>)> = Vec::new();
    for zone in country.zones() {
        let best = rules
            .regions
            .iter()
            .flat_map(|r| r.zones.iter().map(move |p| (r, p)))
            .filter(|(_, pattern)| zone_pattern_matches(pattern, zone))
            .max_by_key(|(_, pattern)| pattern.len());
        if let Some((region, _)) = best {
            match found.iter_mut().find(|(id, _)| *id == region.id) {
                Some((_, zones)) => zones.push(zone),
                None => found.push((region.id.clone(), vec![zone])),
            }
        }
    }
    let name = crate::countries::written(country);
    let mut name_upper = name.clone();
    if let Some(first) = name_upper.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    match found.as_slice() {
        [] => Some(format!(
            "{name_upper} ({}) is a country, and no region lists its zones: give --tz with its zone for region `other`",
            country.code
        )),
        [(region, zones)] => Some(format!(
            "{name_upper} ({}) is a country, in region `{region}` by its zone{} {}: give --region {region}",
            country.code,
            if zones.len() == 1 { "" } else { "s" },
            zones.join(", ")
        )),
        several => Some(format!(
            "{name_upper} ({}) is a country whose zones are in several regions ({}): give the region of the customer's zone, or --tz with that zone",
            country.code,
            several
                .iter()
                .map(|(region, zones)| format!("`{region}`: {}", zones.join(", ")))
                .collect::<Vec<_>>()
                .join("; ")
        )),
    }
}

/// A plan typed for a product (`Power BI Pro`): the plan, and the products it covers.
fn plan_for_product(rules: &RuleSet, input: &str) -> Option<String> {
    let compact = |s: &str| normalise(s).replace('-', "");
    let wanted = compact(input);
    let plan = rules.find::<Plan>(input).ok().or_else(|| {
        rules.plans.iter().find(|p| {
            std::iter::once(p.id.as_str())
                .chain(p.aliases.iter().map(String::as_str))
                .any(|name| compact(name) == wanted)
        })
    })?;
    let products: Vec<String> = plan
        .products
        .iter()
        .map(|p| format!("--product {}", rules.product(*p).id))
        .collect();
    Some(match products.as_slice() {
        [] => format!("`{}` is a plan: give --plan {}", plan.id, plan.id),
        [one] => format!("that is plan `{}`: give {one} --plan {}", plan.id, plan.id),
        several => format!(
            "that is plan `{}`: give --plan {} with one of {}",
            plan.id,
            plan.id,
            several.join(", ")
        ),
    })
}

pub use crate::suggest::normalise;

macro_rules! named {
    ($($ty:ident in $field:ident: $kind:literal, $kinds:literal, name = $name:ident, aliases = $aliases:tt $({ $($extra:item)* })?;)*) => {$(
        impl Named for $ty {
            const KIND: &'static str = $kind;
            const KINDS: &'static str = $kinds;
            fn all(rules: &RuleSet) -> &[Self] {
                &rules.$field
            }
            fn key(&self) -> Id<Self> {
                self.key
            }
            fn id(&self) -> &str {
                &self.id
            }
            fn name(&self) -> &str {
                &self.$name
            }
            named!(@aliases $aliases);
            $($($extra)*)?
        }
    )*};
    (@aliases true) => {
        fn aliases(&self) -> &[String] {
            &self.aliases
        }
    };
    (@aliases false) => {
        fn aliases(&self) -> &[String] {
            &[]
        }
    };
}

named! {
    Document in documents: "document", "documents", name = title, aliases = false;
    Plan in plans: "plan", "plans", name = name, aliases = true {
        fn family(&self) -> Option<&str> {
            self.family.as_deref()
        }
    };
    Severity in severities: "severity", "severities", name = name, aliases = true {
        fn hints(&self) -> &[String] {
            &self.hints
        }
    };
    Product in products: "product", "products", name = name, aliases = true {
        fn way_forward(rules: &RuleSet, input: &str) -> Option<String> {
            plan_for_product(rules, input)
        }
    };
    Channel in channels: "channel", "channels", name = name, aliases = true;
    Region in regions: "region", "regions", name = name, aliases = true {
        fn way_forward(rules: &RuleSet, input: &str) -> Option<String> {
            country_regions(rules, input)
        }
    };
    Language in languages: "language", "languages", name = name, aliases = true;
    Route in routes: "route", "routes", name = id, aliases = false;
    Topic in topics: "topic", "topics", name = title, aliases = true;
    PhoneLine in phone_lines: "phone line", "phone lines", name = name, aliases = true;
    Membership in memberships: "membership", "memberships", name = name, aliases = true;
}

impl RuleSet {
    /// The rule of kind `T` that `input` names: the one place typed ids are matched.
    ///
    /// `input` is compared in its normalised form (see [`normalise`]: case, spaces,
    /// underscores and punctuation do not matter) with each rule's id, then its aliases,
    /// then its display name ("Dynamics 365 Business Central", "Professional Direct
    /// (ProDirect)"), so ids are read however people type them.
    ///
    /// Errors: [`UnknownId`] naming what was typed, every id, and the id of the closest
    /// rule where one is a likely typo (see [`RuleSet::suggestion`]).
    pub fn find<T: Named>(&self, input: &str) -> Result<&T, UnknownId> {
        let rules = T::all(self);
        let wanted = normalise(input);
        let by_id = || rules.iter().find(|r| normalise(r.id()) == wanted);
        let by_alias = || {
            rules
                .iter()
                .find(|r| r.aliases().iter().any(|a| normalise(a) == wanted))
        };
        let by_name = || rules.iter().find(|r| normalise(r.name()) == wanted);
        by_id()
            .or_else(by_alias)
            .or_else(by_name)
            .filter(|_| !wanted.is_empty())
            .ok_or_else(|| UnknownId {
                kind: T::KIND.to_string(),
                kinds: T::KINDS.to_string(),
                input: input.to_string(),
                suggestion: Self::suggestion(rules, &wanted),
                valid: rules.iter().map(|r| r.id().to_string()).collect(),
                way_forward: T::way_forward(self, input).map(Box::new),
            })
    }

    /// The id of the rule whose id, alias or name is closest to `wanted` (normalised), when
    /// it is a likely meaning (see [`closest`]), or the family a typo names (`unifed` →
    /// `unified`). A rule whose name `wanted` only extends ("dynamics-365" for
    /// "dynamics-365-business-central") is never offered: the user named something more
    /// specific, whose answer may well differ.
    fn suggestion<T: Named>(rules: &[T], wanted: &str) -> Option<String> {
        let extends = |candidate: &str| {
            wanted
                .strip_prefix(candidate)
                .is_some_and(|rest| rest.starts_with('-'))
        };
        // The input extends a real id or alias: no guess at all.
        let extended = rules.iter().any(|r| {
            std::iter::once(r.id())
                .chain(r.aliases().iter().map(String::as_str))
                .any(|name| extends(&normalise(name)))
        });
        if extended {
            return None;
        }
        let forms: Vec<Form> = rules
            .iter()
            .flat_map(|rule| {
                let id = rule.id();
                std::iter::once(Form::new(FormKind::Id, &normalise(id), id))
                    .chain(
                        rule.family()
                            .map(|f| Form::new(FormKind::Id, &normalise(f), f)),
                    )
                    .chain(
                        rule.aliases()
                            .iter()
                            .map(move |a| Form::new(FormKind::Alias, &normalise(a), id)),
                    )
                    .chain(std::iter::once(Form::new(
                        FormKind::Name,
                        &normalise(rule.name()),
                        id,
                    )))
                    .chain(
                        rule.hints()
                            .iter()
                            .map(move |h| Form::new(FormKind::Hint, &normalise(h), id)),
                    )
            })
            .collect();
        closest(wanted, &forms).map(str::to_string)
    }

    /// The plans of the family `input` names (`unified`: its tiers), when it names one.
    pub fn family(&self, input: &str) -> Option<Vec<&Plan>> {
        let wanted = normalise(input);
        let tiers: Vec<&Plan> = self
            .plans
            .iter()
            .filter(|p| p.family.as_deref().is_some_and(|f| normalise(f) == wanted))
            .collect();
        (!tiers.is_empty()).then_some(tiers)
    }

    /// The rule an id refers to.
    pub fn get<T: Named>(&self, id: Id<T>) -> &T {
        &T::all(self)[id.index()]
    }

    pub fn documents(&self) -> &[Document] {
        &self.documents
    }
    /// The first day a later version of document `id` is in force, where the rules hold
    /// one (the earliest, where several).
    pub fn next_version_from(&self, id: Id<Document>) -> Option<NaiveDate> {
        self.documents
            .iter()
            .filter(|d| d.revises == Some(id))
            .filter_map(|d| d.in_force_from)
            .min()
    }

    /// The first day a later version of document `id` replacing its `section` is in
    /// force, where the rules hold one.
    pub fn replaced_from(&self, id: Id<Document>, section: &str) -> Option<NaiveDate> {
        self.documents
            .iter()
            .filter(|d| d.revises == Some(id) && d.replaces.iter().any(|s| s == section))
            .filter_map(|d| d.in_force_from)
            .min()
    }

    pub fn document(&self, id: Id<Document>) -> &Document {
        self.get(id)
    }
    pub fn plans(&self) -> &[Plan] {
        &self.plans
    }
    pub fn plan(&self, id: Id<Plan>) -> &Plan {
        self.get(id)
    }
    pub fn severities(&self) -> &[Severity] {
        &self.severities
    }
    pub fn severity(&self, id: Id<Severity>) -> &Severity {
        self.get(id)
    }
    pub fn products(&self) -> &[Product] {
        &self.products
    }
    pub fn product(&self, id: Id<Product>) -> &Product {
        self.get(id)
    }
    pub fn channels(&self) -> &[Channel] {
        &self.channels
    }
    pub fn channel(&self, id: Id<Channel>) -> &Channel {
        self.get(id)
    }
    pub fn targets(&self) -> &[Target] {
        &self.targets
    }
    pub fn regions(&self) -> &[Region] {
        &self.regions
    }
    pub fn region(&self, id: Id<Region>) -> &Region {
        self.get(id)
    }
    pub fn languages(&self) -> &[Language] {
        &self.languages
    }
    pub fn language(&self, id: Id<Language>) -> &Language {
        self.get(id)
    }
    pub fn routes(&self) -> &[Route] {
        &self.routes
    }
    /// The reopen rules, in their documents' order (by number).
    pub fn reopen_rules(&self) -> &[ReopenRule] {
        &self.reopen_rules
    }
    pub fn topics(&self) -> &[Topic] {
        &self.topics
    }
    pub fn phone_lines(&self) -> &[PhoneLine] {
        &self.phone_lines
    }
    pub fn memberships(&self) -> &[Membership] {
        &self.memberships
    }
    pub fn membership(&self, id: Id<Membership>) -> &Membership {
        self.get(id)
    }
    pub fn allowances(&self) -> &[Allowance] {
        &self.allowances
    }

    /// The targets of a plan, in file order.
    pub fn targets_of(&self, plan: Id<Plan>) -> impl Iterator<Item = &Target> {
        self.targets.iter().filter(move |t| t.plan == plan)
    }

    /// The target of a plan at a severity: the product's own one where the documents give
    /// it, else the plan's general one.
    pub fn target(
        &self,
        plan: Id<Plan>,
        severity: Id<Severity>,
        product: Option<Id<Product>>,
    ) -> Option<&Target> {
        self.target_about(plan, severity, product, About::Technical)
    }

    /// The target for a request about `about` (a technical problem, or billing and
    /// subscription management: decided reading 20), as [`RuleSet::target`] finds it.
    pub fn target_about(
        &self,
        plan: Id<Plan>,
        severity: Id<Severity>,
        product: Option<Id<Product>>,
        about: About,
    ) -> Option<&Target> {
        let cell = || {
            self.targets_of(plan)
                .filter(move |t| t.severity == severity && t.about == about)
        };
        product
            .and_then(|p| cell().find(|t| t.product == Some(p)))
            .or_else(|| cell().find(|t| t.product.is_none()))
    }

    /// The language desks serving the customers of a region, with their languages, in
    /// the rules' order.
    pub fn languages_served(&self, region: Id<Region>) -> Vec<(&Language, &Desk)> {
        self.languages
            .iter()
            .flat_map(|language| {
                language
                    .desk
                    .iter()
                    .filter(move |d| d.regions.contains(&region))
                    .map(move |desk| (language, desk))
            })
            .collect()
    }

    /// The phone desks whose hours are a region's, with their lines.
    pub fn phone_desks_of(&self, region: Id<Region>) -> Vec<(&PhoneLine, &PhoneDesk)> {
        self.phone_lines
            .iter()
            .flat_map(|line| {
                line.desk
                    .iter()
                    .filter(move |d| d.hours == region)
                    .map(move |desk| (line, desk))
            })
            .collect()
    }

    /// The region whose zone is the customer's own, if the rules have one.
    pub fn local_region(&self) -> Option<&Region> {
        self.regions.iter().find(|r| r.zone == RegionZone::Local)
    }

    /// Every source of every rule, with a label naming the rule (`route power-platform-admin-center`).
    pub fn citations(&self) -> Vec<(String, &Source)> {
        fn named<T: Named>(rules: &[T], sources: fn(&T) -> &[Source]) -> Vec<(String, &[Source])> {
            rules
                .iter()
                .map(|r| {
                    (
                        format!("{} {}", T::KIND.replace(' ', "-"), r.id()),
                        sources(r),
                    )
                })
                .collect()
        }
        let mut groups: Vec<(String, &[Source])> = Vec::new();
        groups.extend(named(&self.plans, |r| &r.source));
        groups.extend(named(&self.severities, |r| &r.source));
        groups.extend(named(&self.products, |r| &r.source));
        groups.extend(named(&self.channels, |r| &r.source));
        groups.extend(named(&self.regions, |r| &r.source));
        groups.extend(named(&self.languages, |r| &r.source));
        groups.extend(named(&self.routes, |r| &r.source));
        groups.extend(named(&self.topics, |r| &r.source));
        groups.extend(named(&self.phone_lines, |r| &r.source));
        groups.extend(named(&self.memberships, |r| &r.source));
        groups.extend(self.targets.iter().map(|t| {
            let label = format!(
                "target {}/{}",
                self.plan(t.plan).id,
                self.severity(t.severity).id
            );
            (label, t.source.as_slice())
        }));
        groups.extend(
            self.reopen_rules
                .iter()
                .map(|r| (format!("reopen-rule {}", r.number), r.source.as_slice())),
        );
        groups.extend(self.allowances.iter().map(|a| {
            let label = format!(
                "allowance {}/{:?}",
                self.membership(a.membership).id,
                a.competency
            );
            (label.to_lowercase(), a.source.as_slice())
        }));
        groups
            .into_iter()
            .flat_map(|(name, sources)| sources.iter().map(move |s| (name.clone(), s)))
            .collect()
    }
}

/// A reference the checker let through that names no rule: only possible when checking
/// was incomplete, which the checker reports as an error of its own.
#[derive(Debug)]
pub struct Unresolved {
    pub kind: &'static str,
    pub id: String,
}

/// Builds the model from checked, layered rules.
pub(crate) fn resolve(raw: schema::RuleFile) -> Result<RuleSet, Unresolved> {
    let index = Index::of(&raw);
    let sources = |s: &[schema::Source]| -> Result<Vec<Source>, Unresolved> {
        s.iter()
            .map(|s| {
                Ok(Source {
                    doc: index.document(s.doc.get_ref())?,
                    section: s.section.get_ref().clone(),
                    origin: s.origin.clone(),
                })
            })
            .collect()
    };
    let mut rules = RuleSet::default();
    let revised: std::collections::HashSet<String> = raw
        .document
        .iter()
        .filter_map(|d| d.revises.as_ref().map(|r| r.get_ref().clone()))
        .collect();
    for (i, d) in raw.document.into_iter().enumerate() {
        let first_day = crate::versions::first_day(&d);
        let id = d.id.get_ref().clone();
        let versioned = d.revises.is_some() || revised.contains(&id);
        rules.documents.push(Document {
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
    for (i, p) in raw.plan.into_iter().enumerate() {
        rules.plans.push(Plan {
            key: Id::new(i),
            id: p.id.get_ref().clone(),
            name: p.name,
            aliases: p.aliases,
            family: p.family,
            products: index.all(&index.products, "product", &p.products)?,
            covers_without_targets: index.all(
                &index.products,
                "product",
                &p.covers_without_targets,
            )?,
            includes: p.includes,
            note: p.note,
            source: sources(&p.source)?,
        });
    }
    for (i, s) in raw.severity.into_iter().enumerate() {
        rules.severities.push(Severity {
            key: Id::new(i),
            id: s.id.get_ref().clone(),
            name: s.name,
            aliases: s.aliases,
            hints: s.hints,
            impact: s.impact,
            situation: s.situation,
            source: sources(&s.source)?,
        });
    }
    for (i, p) in raw.product.into_iter().enumerate() {
        rules.products.push(Product {
            key: Id::new(i),
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
            source: sources(&p.source)?,
        });
    }
    for (i, c) in raw.channel.into_iter().enumerate() {
        rules.channels.push(Channel {
            key: Id::new(i),
            id: c.id.get_ref().clone(),
            name: c.name,
            aliases: c.aliases,
            source: sources(&c.source)?,
        });
    }
    for t in raw.target {
        let amount = match (&t.minutes, &t.business_days) {
            (Some(m), _) => Some(Amount::Minutes(*m.get_ref())),
            (None, Some(d)) => Some(Amount::BusinessDays(*d.get_ref())),
            (None, None) => None,
        };
        rules.targets.push(Target {
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
            source: sources(&t.source)?,
        });
    }
    for (i, r) in raw.region.into_iter().enumerate() {
        let zone = match r.zone.get_ref().as_str() {
            schema::LOCAL_ZONE => RegionZone::Local,
            name => RegionZone::Iana(name.parse().map_err(|_| Unresolved {
                kind: "zone",
                id: name.to_string(),
            })?),
        };
        rules.regions.push(Region {
            key: Id::new(i),
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
            source: sources(&r.source)?,
        });
    }
    for (i, l) in raw.language.into_iter().enumerate() {
        let desk = l
            .desk
            .into_iter()
            .map(|d| {
                Ok(Desk {
                    regions: index.all(&index.regions, "region", &d.regions)?,
                    customers: d.customers,
                    coverage: d.coverage,
                    condition: d.condition,
                    around_the_clock_for: index.all(
                        &index.severities,
                        "severity",
                        &d.around_the_clock_for,
                    )?,
                    note: d.note,
                    zones: d.zones,
                })
            })
            .collect::<Result<_, Unresolved>>()?;
        rules.languages.push(Language {
            key: Id::new(i),
            id: l.id.get_ref().clone(),
            name: l.name,
            code: l.code,
            aliases: l.aliases,
            desk,
            note: l.note,
            source: sources(&l.source)?,
        });
    }
    for (i, r) in raw.route.into_iter().enumerate() {
        rules.routes.push(Route {
            key: Id::new(i),
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
            source: sources(&r.source)?,
        });
    }
    for r in raw.reopen_rule {
        rules.reopen_rules.push(ReopenRule {
            number: *r.number.get_ref(),
            fact: r.fact,
            months: r.months.map(|m| *m.get_ref()),
            otherwise: r.otherwise,
            text: r.text,
            holds: r.holds,
            fails: r.fails,
            note: r.note,
            source: sources(&r.source)?,
        });
    }
    rules.reopen_rules.sort_by_key(|r| r.number);
    for (i, t) in raw.topic.into_iter().enumerate() {
        rules.topics.push(Topic {
            key: Id::new(i),
            id: t.id.get_ref().clone(),
            title: t.title,
            aliases: t.aliases,
            shown_with: t.shown_with,
            points: t.points,
            note: t.note,
            source: sources(&t.source)?,
        });
    }
    for (i, p) in raw.phone_line.into_iter().enumerate() {
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
        rules.phone_lines.push(PhoneLine {
            key: Id::new(i),
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
            source: sources(&p.source)?,
        });
    }
    for (i, m) in raw.membership.into_iter().enumerate() {
        rules.memberships.push(Membership {
            key: Id::new(i),
            id: m.id.get_ref().clone(),
            name: m.name,
            aliases: m.aliases,
            source: sources(&m.source)?,
        });
    }
    for a in raw.allowance {
        rules.allowances.push(Allowance {
            membership: index.one(&index.memberships, "membership", &a.membership)?,
            benefit: a.benefit,
            competency: a.competency,
            incidents: a.incidents,
            unlimited: a.unlimited,
            as_written: a.as_written,
            note: a.note,
            source: sources(&a.source)?,
        });
    }
    Ok(rules)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestion<T: Named>(input: &str) -> Option<String> {
        let rules = RuleSet::builtin().expect("the built-in rules load");
        rules.find::<T>(input).err().and_then(|e| e.suggestion)
    }

    #[test]
    fn ids_are_found_however_typed() {
        let rules = RuleSet::builtin().expect("the built-in rules load");
        for typed in [
            "ProDirect",
            "Professional Direct",
            "professional_direct",
            " PRO DIRECT ",
        ] {
            assert_eq!(
                rules.find::<Plan>(typed).map(|p| p.id.as_str()),
                Ok("prodirect")
            );
        }
        assert_eq!(
            rules.find::<Plan>("Premier Support").map(|p| p.id.as_str()),
            Ok("premier")
        );
        assert_eq!(
            rules.find::<Severity>("Severity A").map(|s| s.id.as_str()),
            Ok("A")
        );
    }

    #[test]
    fn suggestions_are_of_the_thing_asked_for() {
        assert_eq!(
            suggestion::<Plan>("advanced").as_deref(),
            Some("unified-advanced")
        );
        assert_eq!(suggestion::<Plan>("unifed").as_deref(), Some("unified"));
        assert_eq!(
            suggestion::<Plan>("prodirekt").as_deref(),
            Some("prodirect")
        );
        for typed in ["sev1", "sev 1", "Severity 1", "1"] {
            assert_eq!(
                suggestion::<Severity>(typed).as_deref(),
                Some("A"),
                "{typed}"
            );
        }
        assert_eq!(suggestion::<Severity>("sev 3").as_deref(), Some("C"));
    }
}
