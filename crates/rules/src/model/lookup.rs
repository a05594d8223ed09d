//! Queries of the model: [`RuleSet::find`] (the one place typed ids are matched, with
//! did-you-mean), the getters by [`Id`], and the lookups answers need (`targets_of(plan)`,
//! `target(plan, severity, product)`, `languages_served(region)`, `phone_desks_of(region)`).

use chrono::NaiveDate;

use super::{
    normalise, About, Allowance, Channel, Desk, Document, Id, Language, Membership, PhoneDesk,
    PhoneLine, Plan, Product, Region, RegionZone, ReopenRule, Route, RuleSet, Severity, Source,
    Target, Topic,
};
use crate::suggest::{closest, Form, FormKind, Suggestion, UnknownId};

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
    fn suggestion<T: Named>(rules: &[T], wanted: &str) -> Option<Suggestion> {
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
        closest(wanted, &forms).map(Suggestion::from)
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

    /// The first version of document `id`: the document it revises, followed back to the
    /// one that revises none (`id` itself for a document without versions).
    pub fn first_version(&self, id: Id<Document>) -> Id<Document> {
        let mut at = id;
        // Bounded by the number of documents: a chain cannot loop back (checked), and a
        // loop would stop here anyway.
        for _ in 0..self.documents.len() {
            match self.document(at).revises {
                Some(earlier) => at = earlier,
                None => break,
            }
        }
        at
    }

    /// The first day (UTC) of the span these rules are in force (`None`: from the
    /// beginning, or the rules hold one version of each document).
    pub fn span_from(&self) -> Option<NaiveDate> {
        self.span_from
    }

    /// Whether a version in force from `day` is in force in these rules' span.
    pub fn in_force_here(&self, day: NaiveDate) -> bool {
        self.span_from.is_some_and(|from| from >= day)
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

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestion<T: Named>(input: &str) -> Option<Suggestion> {
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
