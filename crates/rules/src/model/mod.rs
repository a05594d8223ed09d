//! The rules as the answers see them: validated, with every reference already resolved.
//!
//! The [`schema`](crate::schema) is only the file format: values carry their place in a
//! file, and a reference is the id as its author wrote it. Loading checks the files and
//! then builds this model once: a reference is an [`Id`] of the rule it names, ids are
//! matched (ignoring case, aliases included) in one place, [`RuleSet::find`], and the
//! lookups the answers need (`plan(id)`, `targets_of(plan)`, `languages_served(region)`)
//! are methods of [`RuleSet`]. The built-in rules' snapshot (`build.rs`) stores this model.
//!
//! This file holds the model's types; `lookup.rs` the queries answers make of it,
//! `resolve.rs` how it is built from the checked files.

use std::fmt;
use std::marker::PhantomData;

use chrono::NaiveDate;
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use crate::schema;
use crate::time_of_day::{ClockTime, Weekday};
// The plain values of the file format are the model's too.
pub use crate::schema::{
    About, AnswerKind, Bound, Competency, Coverage, DeskKind, RegionAsWritten, ReopenFact,
    SeverityDefinition, Verdict, LOCAL_ZONE, MAX_TARGET_DAYS, MAX_TARGET_MINUTES,
};

mod lookup;
mod resolve;

pub use crate::suggest::normalise;
pub use lookup::{zone_pattern_matches, Named};
pub(crate) use resolve::resolve;
pub use resolve::Unresolved;

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
    pub hours: DeskHours,
    pub condition: Option<String>,
    /// A reading that holds for this desk only.
    pub note: Option<String>,
    /// IANA zone patterns of the customers served within the regions; empty for all.
    pub zones: Vec<String>,
}

/// When a language desk is there: around the clock, in business hours, or on a best-effort
/// basis, never two at once (the file's `coverage` with its `around-the-clock-for`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum DeskHours {
    /// `24x7`: there around the clock where the target counts so, and for `severities`
    /// whatever the plan (English: A).
    AroundTheClock {
        severities: Vec<Id<Severity>>,
    },
    /// The business hours of the customer's region.
    BusinessHours,
    BestEffort,
    /// The document gives no hours for the desk.
    Unspecified,
}

impl DeskHours {
    /// The coverage answers show for the desk.
    pub fn coverage(&self) -> Coverage {
        match self {
            DeskHours::AroundTheClock { .. } => Coverage::AroundTheClock,
            DeskHours::BusinessHours => Coverage::BusinessHours,
            DeskHours::BestEffort => Coverage::BestEffort,
            DeskHours::Unspecified => Coverage::Unspecified,
        }
    }

    /// The severities the desk is there around the clock for whatever the plan (none but
    /// for a `24x7` desk).
    pub fn around_the_clock_for(&self) -> &[Id<Severity>] {
        match self {
            DeskHours::AroundTheClock { severities } => severities,
            _ => &[],
        }
    }
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
    pub incidents: Incidents,
    pub as_written: String,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// How many support incidents an allowance gives: a number or no limit, never both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Incidents {
    /// This many (`0`: not eligible).
    Count(u32),
    Unlimited,
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
    /// Where the rules hold several versions of a document: the first day (UTC) of the
    /// span of days these rules are in force (`None`: from the beginning).
    pub(crate) span_from: Option<NaiveDate>,
}
