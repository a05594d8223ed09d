//! The rule-file schema: what a `rules/*.toml` file may contain.
//!
//! Every file is a [`RuleFile`]; the files of a rule set are merged, so a rule may live in
//! any file. The schema is strict: unknown keys are errors, and fields that name another
//! rule are [`Spanned`] so that a dangling reference can be reported at its line and column.
//! This is the file format only: loading validates it into the [`model`](crate::model) that
//! the answers read.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::versions::Chronology;

use super::time_of_day::{ClockTime, Weekday};

/// A reference to another rule by id, remembered with its place in the file.
pub type Ref = Spanned<String>;

/// The kinds of rule, written once: each is an array of tables in a file (`[[plan]]`), a
/// field of [`RuleFile`], and a key that decides which rule a user's rule replaces.
macro_rules! rule_kinds {
    ($($field:ident: $ty:ident = $key:literal, layered by $by:expr;)*) => {
        /// One rule file, or the merged rules of several: every rule, by kind, in file order.
        #[derive(Debug, Default)]
        pub struct RuleFile {
            $(pub $field: Vec<$ty>,)*
        }

        impl RuleFile {
            /// The table-array keys of the kinds, in the order an unknown kind's message
            /// lists them.
            pub const KINDS: &'static [&'static str] = &[$($key),*];

            /// Hands the list of rules of the kind whose key is `key` to `sink`; `false`
            /// when no kind has that key.
            pub fn read_kind(&mut self, key: &str, sink: &mut impl KindSink) -> bool {
                match key {
                    $($key => sink.read(key, &mut self.$field),)*
                    _ => return false,
                }
                true
            }

            /// Records `file` as the origin of every source of this file's rules, so that
            /// an answer shows which of a user's files changed what the built-in rules say.
            pub fn mark_origin(&mut self, file: &str) {
                $(for rule in &mut self.$field {
                    for source in rule.sources_mut() {
                        source.origin = Some(file.to_string());
                    }
                })*
            }

            /// Adds `other`'s rules to these; a rule with the layering key of one already
            /// here replaces it in place (a user's rule over a built-in one), unless one
            /// of them cites one of the `revisions` (documents that revise another): the
            /// versions are then kept side by side, each in force on its own dates.
            pub fn layer(&mut self, other: RuleFile, revisions: &HashSet<String>) {
                $(layer(&mut self.$field, other.$field, $by, revisions);)*
            }

            /// The first rule kind and key given twice, as `(kind, key)`: after
            /// [`RuleFile::retain_in_force`], two versions of one rule both in force.
            pub fn doubled(&self) -> Option<(&'static str, String)> {
                $(
                    let mut seen = HashSet::new();
                    let by: fn(&$ty) -> _ = $by;
                    for rule in &self.$field {
                        let key = by(rule);
                        let shown = format!("{key:?}");
                        if !seen.insert(shown.clone()) {
                            return Some(($key, shown));
                        }
                    }
                )*
                None
            }

            /// Keeps the rules in force on `day` (`None`: before every revision): those
            /// citing a revision not yet in force, or only sections a revision in force
            /// replaces, are dropped, and of a rule's versions in force only the latest is
            /// kept (see [`crate::versions`]). Documents are all kept.
            pub fn retain_in_force(&mut self, chronology: &Chronology, day: Option<NaiveDate>) {
                $(retain_in_force(&mut self.$field, $by, chronology, day, DEFINITIONS.contains(&$key));)*
            }
        }
    };
}

/// A rule with sources (every kind but documents, which are what sources name).
pub trait Cited {
    fn sources(&self) -> &[Source];
    fn sources_mut(&mut self) -> &mut [Source];
}

macro_rules! cited {
    ($($ty:ty),*) => {$(
        impl Cited for $ty {
            fn sources(&self) -> &[Source] {
                &self.source
            }
            fn sources_mut(&mut self) -> &mut [Source] {
                &mut self.source
            }
        }
    )*};
}

cited!(
    Plan, Severity, Product, Channel, Target, Region, Language, Route, ReopenRule, Topic,
    PhoneLine, Membership, Allowance
);

impl Cited for Document {
    fn sources(&self) -> &[Source] {
        &[]
    }
    fn sources_mut(&mut self) -> &mut [Source] {
        &mut []
    }
}

/// Receives the rules of one kind while a file is read (see [`RuleFile::read_kind`]).
pub trait KindSink {
    fn read<T: serde::de::DeserializeOwned>(&mut self, key: &str, rules: &mut Vec<T>);
}

/// `rules` layered over `set` by `key` and the revision a rule's first source cites, if
/// any: found by a map of the keys, so that layering stays linear in the rules (20,000
/// plans in one file took 5 s found by a scan).
fn layer<T: Cited, K: Eq + std::hash::Hash>(
    set: &mut Vec<T>,
    rules: Vec<T>,
    key: fn(&T) -> K,
    revisions: &HashSet<String>,
) {
    if rules.is_empty() {
        return;
    }
    let version = |rule: &T| {
        rule.sources()
            .first()
            .map(|s| s.doc.get_ref())
            .filter(|doc| revisions.contains(*doc))
            .cloned()
    };
    let mut at: HashMap<(K, Option<String>), usize> = HashMap::new();
    for (i, rule) in set.iter().enumerate() {
        at.entry((key(rule), version(rule))).or_insert(i);
    }
    for rule in rules {
        match at.entry((key(&rule), version(&rule))) {
            Entry::Occupied(found) => set[*found.get()] = rule,
            Entry::Vacant(slot) => {
                slot.insert(set.len());
                set.push(rule);
            }
        }
    }
}

/// The kinds other rules refer to: a revision that replaces the section defining one does
/// not drop it (a severity is a severity under every document), it gives it anew or leaves
/// it be; the other kinds (targets, routes, ...) are answers, which it drops.
const DEFINITIONS: &[&str] = &[
    "document",
    "plan",
    "severity",
    "product",
    "channel",
    "region",
    "language",
    "membership",
];

/// The rules of one kind in force on `day`, the latest version of each key; `definition`:
/// a kind other rules refer to, kept where only its sections are replaced.
fn retain_in_force<T: Cited, K: Eq + std::hash::Hash>(
    rules: &mut Vec<T>,
    key: fn(&T) -> K,
    chronology: &Chronology,
    day: Option<NaiveDate>,
    definition: bool,
) {
    rules.retain(|rule| chronology.in_force(rule.sources(), day, definition));
    let mut latest: HashMap<K, Option<NaiveDate>> = HashMap::new();
    for rule in rules.iter() {
        let version = chronology.version_of(rule.sources());
        let at = latest.entry(key(rule)).or_insert(version);
        *at = (*at).max(version);
    }
    rules.retain(|rule| latest.get(&key(rule)) == Some(&chronology.version_of(rule.sources())));
}

fn lower(r: &Ref) -> String {
    r.get_ref().to_lowercase()
}

rule_kinds! {
    document: Document = "document", layered by |r| lower(&r.id);
    plan: Plan = "plan", layered by |r| lower(&r.id);
    severity: Severity = "severity", layered by |r| lower(&r.id);
    product: Product = "product", layered by |r| lower(&r.id);
    channel: Channel = "channel", layered by |r| lower(&r.id);
    target: Target = "target",
        layered by |t| (lower(&t.plan), lower(&t.severity), t.product.as_ref().map(lower), t.about);
    region: Region = "region", layered by |r| lower(&r.id);
    language: Language = "language", layered by |r| lower(&r.id);
    route: Route = "route", layered by |r| lower(&r.id);
    reopen_rule: ReopenRule = "reopen-rule", layered by |r| *r.number.get_ref();
    topic: Topic = "topic", layered by |r| lower(&r.id);
    phone_line: PhoneLine = "phone-line", layered by |r| lower(&r.id);
    membership: Membership = "membership", layered by |r| lower(&r.id);
    allowance: Allowance = "allowance",
        layered by |a| (lower(&a.membership), a.competency, a.benefit.clone());
}

/// One of the vendor documents the rules encode.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Document {
    pub id: Ref,
    /// The title as the document gives it.
    pub title: String,
    /// The seed file's name (`""` for a revision read from its public address only).
    #[serde(default)]
    pub file: String,
    /// The date the document carries, if any.
    #[serde(default, deserialize_with = "day")]
    pub date: Option<chrono::NaiveDate>,
    /// The document's language, a BCP 47 tag (its `ms.contentlocale`, e.g. `nl-NL`).
    pub language: Option<String>,
    /// Where the vendor publishes it.
    pub address: Option<String>,
    /// The document this one is a later version of: its rules answer from
    /// [`Document::in_force_from`] on, in place of the rules citing the sections it
    /// [`Document::replaces`].
    pub revises: Option<Ref>,
    /// The first day (UTC) this version is in force; a revision's `date` when not given.
    pub in_force_from: Option<Spanned<Day>>,
    /// The sections of the revised document this version replaces, exactly as that
    /// document writes them: rules citing them are out of force from this version's date.
    #[serde(default)]
    pub replaces: Vec<Spanned<String>>,
    /// Every section heading, exactly as written; sources must name one of them.
    pub sections: Vec<String>,
    /// Sections with nothing to encode, and why.
    #[serde(default)]
    pub unencoded: Vec<Unencoded>,
}

/// A day as TOML writes it (`2025-04-16`) or as a string (`"2025-04-16"`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Day(pub NaiveDate);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Written {
            Text(String),
            Toml(toml::value::Datetime),
        }
        let text = match Written::deserialize(deserializer)? {
            Written::Text(text) => text,
            Written::Toml(datetime) => match (datetime.date, datetime.time) {
                (Some(date), None) => date.to_string(),
                _ => {
                    return Err(serde::de::Error::custom(format!(
                        "expected a day (YYYY-MM-DD), found `{datetime}`"
                    )))
                }
            },
        };
        NaiveDate::parse_from_str(&text, "%Y-%m-%d")
            .map(Day)
            .map_err(|_| {
                serde::de::Error::custom(format!(
                    "expected a day (YYYY-MM-DD), found `{}`",
                    crate::suggest::escape(&text)
                ))
            })
    }
}

/// A day read as [`Day`] reads it, where one may be given.
fn day<'de, D: serde::Deserializer<'de>>(deserializer: D) -> Result<Option<NaiveDate>, D::Error> {
    Option::<Day>::deserialize(deserializer).map(|day| day.map(|Day(d)| d))
}

/// A section deliberately left out of the rules.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Unencoded {
    pub section: Spanned<String>,
    pub reason: String,
}

/// Where a rule comes from: a document (by id) and one of its section headings.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Source {
    pub doc: Ref,
    pub section: Spanned<String>,
    /// The user's rule file the citing rule comes from, when it is not a built-in rule.
    #[serde(skip)]
    pub origin: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Plan {
    pub id: Ref,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The name of the plan family this plan is a tier of (`unified`), where the documents
    /// also name the family without a tier.
    pub family: Option<String>,
    /// The products this plan applies to; empty means any product.
    #[serde(default)]
    pub products: Vec<Ref>,
    /// Products the plan's description covers ("all Microsoft business technologies")
    /// for which its documents give no response target: routed, never given a target.
    #[serde(default)]
    pub covers_without_targets: Vec<Ref>,
    /// What the plan includes, as the documents describe it.
    pub includes: Vec<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Severity {
    pub id: Ref,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// How people type this severity where the documents do not say it means this one
    /// (`sev1`, `1`): an unknown severity typed so is answered with "did you mean" this
    /// one, and never accepted, because accepting it would be a guess.
    #[serde(default)]
    pub hints: Vec<String>,
    /// The business impact the severity stands for.
    pub impact: String,
    pub situation: String,
    pub source: Vec<Source>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Product {
    pub id: Ref,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub note: Option<String>,
    /// What the documents say that changes every answer about this product (Business
    /// Central: supported through partners only), shown with each of them.
    pub caveat: Option<String>,
    /// Supported through Microsoft partners only: Microsoft's own targets and desks do not
    /// answer for it (`advise`).
    #[serde(default)]
    pub partners_only: bool,
    /// The product whose routes answer billing and subscription-management requests about
    /// this one, where its document routes them elsewhere (decided reading 20).
    pub billing: Option<Ref>,
    /// What every request about this product is: `billing` for billing, subscription
    /// management and licensing, which no technical response target answers (reading 20).
    #[serde(default)]
    pub about: About,
    pub source: Vec<Source>,
}

/// A way licences are bought, which decides where licensing questions go.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Channel {
    pub id: Ref,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub source: Vec<Source>,
}

/// How a target's time counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Coverage {
    #[serde(rename = "24x7")]
    AroundTheClock,
    #[serde(rename = "business-hours")]
    BusinessHours,
    #[serde(rename = "best-effort")]
    BestEffort,
    /// The document gives a level but no hours, zone or 24/7 rule (decided reading 14).
    #[serde(rename = "unspecified")]
    Unspecified,
}

impl Coverage {
    /// The name rule files and JSON answers use: `24x7`, `business-hours`, `best-effort`,
    /// `unspecified`.
    pub fn as_str(self) -> &'static str {
        match self {
            Coverage::AroundTheClock => "24x7",
            Coverage::BusinessHours => "business-hours",
            Coverage::BestEffort => "best-effort",
            Coverage::Unspecified => "unspecified",
        }
    }
}

/// Whether a target's time is a strict or an inclusive bound, as its cell writes it:
/// "< 1 uur" is strict, "1 uur of minder" inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Bound {
    #[serde(rename = "lt")]
    Lt,
    #[serde(rename = "le")]
    Le,
}

/// The longest target the clock counts: a year of minutes (`--minutes`, a batch line's
/// `target_minutes`, a rule's `minutes`); a rule's `business-days` are at most
/// `MAX_TARGET_DAYS`. Longer ones are refused with a clear error rather than counted
/// for seconds into years no RFC 3339 instant can show.
pub const MAX_TARGET_MINUTES: u32 = 525_600;
pub const MAX_TARGET_DAYS: u32 = 365;

/// An initial-response target: one cell of a document's table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Target {
    pub plan: Ref,
    pub severity: Ref,
    /// Set when the target holds for this product only (it then wins over a general one).
    pub product: Option<Ref>,
    pub minutes: Option<Spanned<u32>>,
    pub business_days: Option<Spanned<u32>>,
    pub coverage: Spanned<Coverage>,
    /// `lt` where the cell writes "< N", `le` where it writes "N of minder"; absent where
    /// it writes neither.
    pub bound: Option<Spanned<Bound>>,
    /// The cell as the document writes it.
    pub as_written: String,
    /// What the request is about for this target to apply: technical support (the
    /// default: the initial-response tables are a technical-support promise) or billing
    /// and subscription management, where a document gives those a target (decided
    /// reading 20).
    #[serde(default)]
    pub about: About,
    /// A condition the document attaches to the target.
    pub condition: Option<String>,
    /// The condition in a few words for the headline ("the immediate production impact can
    /// be demonstrated"), where the target holds only if it is met: the answer then says it
    /// assumed so.
    pub condition_short: Option<String>,
    /// The level that holds instead where the user says the condition is not met, in
    /// business days (Power BI: "one business day" where the production impact cannot be
    /// demonstrated).
    pub otherwise_business_days: Option<Spanned<u32>>,
    /// How a target of `coverage = "unspecified"` counts where its due instant is counted on
    /// another document's calendar as a cross-reference: that document's rule for the
    /// severity comes with the calendar (decided reading 14a: severity A around the clock).
    pub cross_reference_coverage: Option<Coverage>,
    /// The severity as this plan's document defines it, where it differs from the general one.
    pub definition: Option<SeverityDefinition>,
    /// What the customer must do at this severity.
    pub customer_responsibility: Option<String>,
    /// The region whose calendar counts this target, whatever the customer's region
    /// (21Vianet's targets count on its own desk).
    pub calendar: Option<Ref>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// What a request is about (decided reading 20).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum About {
    /// A technical problem: what the initial-response tables promise a response to.
    #[default]
    Technical,
    /// Billing, or subscription management (the documents name them together).
    Billing,
}

/// The value of a region's `zone` that stands for the customer's own zone.
pub const LOCAL_ZONE: &str = "local";

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct SeverityDefinition {
    /// The level's name in that document, e.g. "Urgentieniveau A".
    pub name: Option<String>,
    pub impact: String,
    pub situation: String,
    #[serde(default)]
    pub examples: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Region {
    pub id: Ref,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The service whose desk keeps these hours, when it is not the documents' general
    /// business hours (e.g. a phone line).
    pub service: Option<String>,
    /// An IANA zone, or `local` for the customer's own zone (given with `--tz`).
    pub zone: Spanned<String>,
    /// The weekly open windows, in `zone`'s civil time.
    pub window: Vec<Window>,
    /// IANA zones whose customers this region serves, for inferring it from `--tz`:
    /// exact names, or `Area/*` for every zone of an area; the longest match wins.
    #[serde(default)]
    pub zones: Vec<String>,
    /// Local days on which this calendar is closed, besides a `--holidays` file.
    #[serde(default)]
    pub holidays: Vec<chrono::NaiveDate>,
    /// Whether public holidays close the desk (the documents list none).
    pub closed_on_holidays: bool,
    /// The document gives the desk's days but no clock times (21Vianet's billing desk,
    /// "Chinese business hours, Monday to Friday"): a count of business days ends at the
    /// end of the Nth business day, a date, never an instant (decided reading 20).
    #[serde(default)]
    pub days_only: bool,
    /// The row as the document writes it.
    pub as_written: RegionAsWritten,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

#[derive(Debug, Deserialize, Serialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct RegionAsWritten {
    pub region: String,
    pub hours: String,
    pub days: String,
    pub exclusions: String,
}

/// A weekly open window: `[open, close)` on each of `days`; a close of `00:00` or `24:00`
/// means the end of the day.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Window {
    pub days: Vec<Weekday>,
    pub open: Spanned<ClockTime>,
    pub close: Spanned<ClockTime>,
}

impl Window {
    /// The close, with `00:00` read as the end of the day (decided reading 5).
    pub fn end(&self) -> ClockTime {
        self.close.get_ref().as_close()
    }
}

/// A language support is given in, and where and when.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Language {
    pub id: Ref,
    pub name: String,
    /// The language's tag: ISO 639-1, with a BCP 47 script subtag where the documents
    /// name a script (`zh-Hant`).
    pub code: String,
    /// Other forms users type: ISO 639-1/639-3 codes, BCP 47 tags (`zh-tw`), names.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub desk: Vec<Desk>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// When a language is served for the customers of some regions.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Desk {
    pub regions: Vec<Ref>,
    /// Which customers, as the document says.
    pub customers: String,
    /// `24x7`, or `business-hours` of the customer's region.
    pub coverage: Coverage,
    pub condition: Option<String>,
    /// For a `24x7` desk whose hours depend on the severity and the support plan: the
    /// severities it is there around the clock for whatever the plan (English: A). For
    /// others it keeps business hours unless the target itself counts 24/7.
    #[serde(default)]
    pub around_the_clock_for: Vec<Ref>,
    /// A reading that holds for this desk only (South America's customers under `other`).
    pub note: Option<String>,
    /// IANA zone patterns (`America/Argentina/*`, `America/Sao_Paulo`) of the customers the
    /// desk serves within its regions, where the document names only some of them (South
    /// America within `other`); empty means every customer of those regions.
    #[serde(default)]
    pub zones: Vec<String>,
}

/// Where to file a request for some products (and plans, purchase channels, audiences).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Route {
    pub id: Ref,
    pub products: Vec<Ref>,
    /// The plans this route is for; empty means any plan.
    #[serde(default)]
    pub plans: Vec<Ref>,
    /// The purchase channels this route is for; empty means any.
    #[serde(default)]
    pub channels: Vec<Ref>,
    /// Whether the route is for partners acting for customers.
    #[serde(default)]
    pub partner: bool,
    /// Whether the documents give this route as an alternative to the main one (listed
    /// after it, never instead of it).
    #[serde(default)]
    pub alternative: bool,
    /// The portal, site, person or phone line, in English.
    pub channel: String,
    /// The channel's name as the document writes it.
    pub as_written: String,
    pub url: Option<String>,
    #[serde(default)]
    pub steps: Vec<String>,
    /// Who may file there.
    #[serde(default)]
    pub who: Vec<String>,
    /// What the documents ask of whoever files there (a verification step, an account
    /// detail to have at hand), besides who may file.
    #[serde(default)]
    pub requires: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    /// Notes for some plans only (the Premier/Unified contract link is no Subscription
    /// customer's business): shown where one of `plans` is asked, or no plan is.
    #[serde(default)]
    pub plan_notes: Vec<PlanNote>,
    /// Whose terms apply where the channel is not a Microsoft support desk (a partner, the
    /// Volume Licensing Service Center, a community forum): such a route carries no
    /// Microsoft response target and no desk hours (decided reading 19).
    pub terms: Option<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// A route's note for some plans only.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PlanNote {
    pub plans: Vec<Ref>,
    pub text: String,
}

/// The commands whose answers can carry a related topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerKind {
    Sla,
    /// `advise`: shown among its caveats.
    Advise,
    Hours,
    Where,
    Contact,
    Partner,
}

/// The fact a reopen rule turns on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReopenFact {
    /// Another build, or updates, patches or hotfixes installed since.
    BuildChanged,
    /// Another machine, user or document.
    OtherEnvironment,
    /// A new error after a hotfix or after trying the incident's suggestions.
    NewError,
    /// The time since the incident was closed.
    MonthsClosed,
}

/// What follows when a reopen rule does not hold.
/// Ordered from the mildest to the strictest outcome.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Reopen,
    NewIncidentRecommended,
    NewIncident,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct ReopenRule {
    pub number: Spanned<u8>,
    pub fact: ReopenFact,
    /// For `months-closed`: the number of calendar months from which the rule fails.
    pub months: Option<Spanned<u32>>,
    /// The verdict when the rule does not hold.
    pub otherwise: Verdict,
    pub text: String,
    pub holds: String,
    pub fails: String,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// Any other answer of the documents, reached with `policy TOPIC`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Topic {
    pub id: Ref,
    pub title: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Answers that also show this topic, because it qualifies them.
    #[serde(default)]
    pub shown_with: Vec<AnswerKind>,
    pub points: Vec<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// A phone line for some product's support, in some countries or markets.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PhoneLine {
    pub id: Ref,
    /// Where the line is for, e.g. "United States".
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub product: Ref,
    pub number: String,
    /// Another number, with when to use it.
    pub alternative: Option<String>,
    pub desk: Vec<PhoneDesk>,
    /// The callers' IANA zones where the line is a country's own with hours of its own
    /// (`Australia/*`): a caller in them is answered with this line's desks, others with
    /// the lines that name no zones.
    #[serde(default)]
    pub zones: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    pub note: Option<String>,
    pub source: Vec<Source>,
}

/// What a phone line answers, in which languages, when.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct PhoneDesk {
    /// What the desk answers.
    pub kind: DeskKind,
    /// The severities the desk answers, where the document gives a desk per severity
    /// (21Vianet); empty means every severity.
    #[serde(default)]
    pub severities: Vec<Ref>,
    /// The languages spoken there: ids of `[[language]]` rules, checked at load.
    pub languages: Vec<Ref>,
    /// The region whose calendar gives the desk's hours.
    pub hours: Ref,
}

/// What a phone desk answers (decided reading 20: technical problems, or billing and
/// subscription management).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeskKind {
    Technical,
    Billing,
}

impl DeskKind {
    /// "technical", "billing".
    pub fn as_str(self) -> &'static str {
        match self {
            DeskKind::Technical => "technical",
            DeskKind::Billing => "billing",
        }
    }
}

/// A partner membership level (MPN).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Membership {
    pub id: Ref,
    pub name: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub source: Vec<Source>,
}

/// Which competencies an allowance depends on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Competency {
    Any,
    Cloud,
    Other,
}

/// Support incidents a membership gives: one cell of the MPN entitlement table.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Allowance {
    pub membership: Ref,
    /// The benefit, e.g. "Microsoft product support (recent on-premises products only)".
    pub benefit: String,
    pub competency: Competency,
    /// The number of incidents; absent when `unlimited` or not eligible (0).
    pub incidents: Option<u32>,
    #[serde(default)]
    pub unlimited: bool,
    pub as_written: String,
    pub note: Option<String>,
    pub source: Vec<Source>,
}
