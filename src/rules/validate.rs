//! Parsing rule files and checking them against each other.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use chrono_tz::Tz;

use super::clock::ClockTime;
use super::schema::*;
use super::{Diagnostic, Identified, RuleSet, RuleText};
use crate::ids;

/// Parses every file and checks the whole set, collecting every problem found.
pub fn load(files: &[RuleText]) -> (RuleSet, Vec<Diagnostic>) {
    let mut checker = Checker {
        files,
        diagnostics: Vec::new(),
        complete: true,
        recovered: Vec::new(),
    };
    let mut parsed = Vec::new();
    for (index, file) in files.iter().enumerate() {
        match toml::from_str::<RuleFile>(&file.text) {
            Ok(rules) => parsed.push((index, rules)),
            Err(e) => {
                // A file that is valid TOML but breaks the schema still names its rules.
                match file.text.parse::<toml::Table>() {
                    Ok(table) => checker.recovered.push(table),
                    Err(_) => checker.complete = false,
                }
                checker.report(index, e.span(), e.message().trim().to_string());
            }
        }
    }
    checker.check(&parsed);
    let mut set = RuleSet::default();
    for (_, file) in parsed {
        set.documents.extend(file.document);
        set.plans.extend(file.plan);
        set.severities.extend(file.severity);
        set.products.extend(file.product);
        set.channels.extend(file.channel);
        set.targets.extend(file.target);
        set.regions.extend(file.region);
        set.languages.extend(file.language);
        set.routes.extend(file.route);
        set.reopen_rules.extend(file.reopen_rule);
        set.topics.extend(file.topic);
        set.phone_lines.extend(file.phone_line);
        set.memberships.extend(file.membership);
        set.allowances.extend(file.allowance);
    }
    set.reopen_rules.sort_by_key(|r| *r.number.get_ref());
    let mut diagnostics = checker.diagnostics;
    diagnostics.sort_by(|a, b| (&a.file, a.line, a.column).cmp(&(&b.file, b.line, b.column)));
    (set, diagnostics)
}

/// The ids (and aliases) of one kind of rule, lower-cased.
struct Names {
    kind: &'static str,
    names: HashSet<String>,
    ids: Vec<String>,
}

impl Names {
    fn contains(&self, name: &str) -> bool {
        self.names.contains(&name.to_lowercase())
    }
}

struct Checker<'a> {
    files: &'a [RuleText],
    diagnostics: Vec<Diagnostic>,
    /// False when a file is not even valid TOML: its ids are unknown, so references are
    /// not checked rather than reported falsely.
    complete: bool,
    /// Files that are valid TOML but break the schema, read only for their rules' names.
    recovered: Vec<toml::Table>,
}

type Parsed = [(usize, RuleFile)];

impl Checker<'_> {
    fn report(&mut self, file: usize, span: Option<Range<usize>>, message: String) {
        let RuleText { name, text } = &self.files[file];
        self.diagnostics
            .push(Diagnostic::at(name, text, span, message));
    }

    fn check(&mut self, parsed: &Parsed) {
        let documents = self.names(parsed, |f| &f.document);
        let plans = self.names(parsed, |f| &f.plan);
        let severities = self.names(parsed, |f| &f.severity);
        let products = self.names(parsed, |f| &f.product);
        let channels = self.names(parsed, |f| &f.channel);
        let regions = self.names(parsed, |f| &f.region);
        self.names(parsed, |f| &f.language);
        self.names(parsed, |f| &f.route);
        self.names(parsed, |f| &f.topic);
        self.names(parsed, |f| &f.phone_line);
        let memberships = self.names(parsed, |f| &f.membership);

        let sections: HashMap<String, &[String]> = parsed
            .iter()
            .flat_map(|(_, f)| &f.document)
            .map(|d| (d.id.get_ref().to_lowercase(), d.sections.as_slice()))
            .collect();
        let mut target_keys = HashSet::new();
        let mut reopen_numbers = HashSet::new();

        for (file, rules) in parsed {
            let file = *file;
            for document in &rules.document {
                for unencoded in &document.unencoded {
                    let section = unencoded.section.get_ref();
                    if !document.sections.contains(section) {
                        self.report(
                            file,
                            Some(unencoded.section.span()),
                            format!(
                                "document `{}` has no section `{section}`",
                                document.id.get_ref()
                            ),
                        );
                    }
                }
            }
            let cite = |checker: &mut Self, owner: &Range<usize>, source: &[Source]| {
                checker.sources(file, owner, source, &documents, &sections);
            };
            for plan in &rules.plan {
                cite(self, &plan.id.span(), &plan.source);
                self.refs(file, &plan.products, &products);
            }
            for rule in &rules.severity {
                cite(self, &rule.id.span(), &rule.source);
            }
            for rule in &rules.product {
                cite(self, &rule.id.span(), &rule.source);
            }
            for rule in &rules.channel {
                cite(self, &rule.id.span(), &rule.source);
            }
            for rule in &rules.topic {
                cite(self, &rule.id.span(), &rule.source);
            }
            for target in &rules.target {
                cite(self, &target.plan.span(), &target.source);
                self.target(file, target, [&plans, &severities, &products, &regions]);
                let key = (
                    target.plan.get_ref().to_lowercase(),
                    target.severity.get_ref().to_lowercase(),
                    target.product.as_ref().map(|p| p.get_ref().to_lowercase()),
                );
                if !target_keys.insert(key) {
                    self.report(
                        file,
                        Some(target.plan.span()),
                        format!(
                            "duplicate target for plan `{}` and severity `{}`",
                            target.plan.get_ref(),
                            target.severity.get_ref()
                        ),
                    );
                }
            }
            for region in &rules.region {
                cite(self, &region.id.span(), &region.source);
                self.region(file, region);
            }
            for language in &rules.language {
                cite(self, &language.id.span(), &language.source);
                for desk in &language.desk {
                    self.refs(file, &desk.regions, &regions);
                }
            }
            for route in &rules.route {
                cite(self, &route.id.span(), &route.source);
                if route.products.is_empty() {
                    self.report(
                        file,
                        Some(route.id.span()),
                        "a route must name at least one product".into(),
                    );
                }
                self.refs(file, &route.products, &products);
                self.refs(file, &route.plans, &plans);
                self.refs(file, &route.channels, &channels);
            }
            for line in &rules.phone_line {
                cite(self, &line.id.span(), &line.source);
                self.reference(file, &line.product, &products);
                for desk in &line.desk {
                    self.reference(file, &desk.hours, &regions);
                }
            }
            for membership in &rules.membership {
                cite(self, &membership.id.span(), &membership.source);
            }
            for allowance in &rules.allowance {
                cite(self, &allowance.membership.span(), &allowance.source);
                self.reference(file, &allowance.membership, &memberships);
                if allowance.unlimited && allowance.incidents.is_some() {
                    self.report(
                        file,
                        Some(allowance.membership.span()),
                        "an allowance is either `unlimited` or a number of `incidents`".into(),
                    );
                }
            }
            for rule in &rules.reopen_rule {
                cite(self, &rule.number.span(), &rule.source);
                if !reopen_numbers.insert(*rule.number.get_ref()) {
                    self.report(
                        file,
                        Some(rule.number.span()),
                        format!("duplicate reopen rule number {}", rule.number.get_ref()),
                    );
                }
                let needs_months = rule.fact == ReopenFact::MonthsClosed;
                match (&rule.months, needs_months) {
                    (None, true) => self.report(
                        file,
                        Some(rule.number.span()),
                        "a `months-closed` rule needs `months`".into(),
                    ),
                    (Some(months), false) => self.report(
                        file,
                        Some(months.span()),
                        "`months` belongs to `months-closed` rules only".into(),
                    ),
                    _ => {}
                }
            }
        }
    }

    /// Collects the ids and aliases of one kind, reporting malformed and duplicate names.
    fn names<T: Identified>(
        &mut self,
        parsed: &Parsed,
        rules: impl Fn(&RuleFile) -> &Vec<T>,
    ) -> Names {
        let mut seen: HashMap<String, ()> = HashMap::new();
        let mut ids = Vec::new();
        for (file, file_rules) in parsed {
            for rule in rules(file_rules) {
                let span = rule.id_ref().span();
                let names =
                    std::iter::once(rule.id()).chain(rule.aliases().iter().map(String::as_str));
                for (i, name) in names.enumerate() {
                    let what = if i == 0 { "id" } else { "alias" };
                    if !is_kebab(name) {
                        self.report(
                            *file,
                            Some(span.clone()),
                            format!(
                                "{} {what} `{name}` must be letters, digits and single hyphens",
                                T::KIND
                            ),
                        );
                    } else if seen.insert(name.to_lowercase(), ()).is_some() {
                        self.report(
                            *file,
                            Some(span.clone()),
                            format!("duplicate {} {what} `{name}`", T::KIND),
                        );
                    }
                }
                ids.push(rule.id().to_string());
            }
        }
        let mut names: HashSet<String> = seen.into_keys().collect();
        for table in &self.recovered {
            let rules = table.get(T::KEY).and_then(toml::Value::as_array);
            for rule in rules.into_iter().flatten() {
                let aliases = rule.get("aliases").and_then(toml::Value::as_array);
                let named = rule
                    .get("id")
                    .into_iter()
                    .chain(aliases.into_iter().flatten());
                names.extend(named.filter_map(toml::Value::as_str).map(str::to_lowercase));
            }
        }
        Names {
            kind: T::KIND,
            names,
            ids,
        }
    }

    fn refs(&mut self, file: usize, refs: &[Ref], known: &Names) {
        for r in refs {
            self.reference(file, r, known);
        }
    }

    fn reference(&mut self, file: usize, r: &Ref, known: &Names) {
        if self.complete && !known.contains(r.get_ref()) {
            let message = ids::unknown(
                known.kind,
                r.get_ref(),
                known.ids.iter().map(String::as_str),
            );
            self.report(file, Some(r.span()), message);
        }
    }

    fn sources(
        &mut self,
        file: usize,
        owner: &Range<usize>,
        sources: &[Source],
        documents: &Names,
        sections: &HashMap<String, &[String]>,
    ) {
        if sources.is_empty() {
            self.report(
                file,
                Some(owner.clone()),
                "a rule needs at least one `source`".into(),
            );
        }
        for source in sources {
            self.reference(file, &source.doc, documents);
            if let Some(known) = sections.get(&source.doc.get_ref().to_lowercase()) {
                let section = source.section.get_ref();
                if !known.iter().any(|s| s == section) {
                    let hint = ids::suggest(section, known.iter().map(String::as_str))
                        .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
                    let message = format!(
                        "document `{}` has no section `{section}`{hint}; sections are named exactly as the document writes them",
                        source.doc.get_ref()
                    );
                    self.report(file, Some(source.section.span()), message);
                }
            }
        }
    }

    fn target(
        &mut self,
        file: usize,
        target: &Target,
        [plans, severities, products, regions]: [&Names; 4],
    ) {
        self.reference(file, &target.plan, plans);
        self.reference(file, &target.severity, severities);
        if let Some(product) = &target.product {
            self.reference(file, product, products);
        }
        if let Some(calendar) = &target.calendar {
            self.reference(file, calendar, regions);
        }
        let coverage = target.coverage.get_ref();
        let amounts = [target.minutes.as_ref(), target.business_days.as_ref()];
        let given = amounts.iter().flatten().count();
        let span = Some(target.coverage.span());
        match (coverage, given) {
            (Coverage::BestEffort, 0) => {}
            (Coverage::BestEffort, _) => self.report(
                file,
                span,
                "a `best-effort` target has neither `minutes` nor `business-days`".into(),
            ),
            (_, 1) => {}
            (_, _) => self.report(
                file,
                span,
                "a target needs exactly one of `minutes` and `business-days`".into(),
            ),
        }
        for amount in amounts.into_iter().flatten() {
            if *amount.get_ref() == 0 {
                self.report(
                    file,
                    Some(amount.span()),
                    "a target must be above zero".into(),
                );
            }
        }
    }

    fn region(&mut self, file: usize, region: &Region) {
        let zone = region.zone.get_ref();
        if zone != LOCAL_ZONE && zone.parse::<Tz>().is_err() {
            let message = format!(
                "unknown time zone `{zone}`: expected an IANA zone such as `Europe/Paris`, or `{LOCAL_ZONE}`"
            );
            self.report(file, Some(region.zone.span()), message);
        }
        for pattern in &region.zones {
            let known = match pattern.strip_suffix("/*") {
                Some(area) => chrono_tz::TZ_VARIANTS
                    .iter()
                    .any(|z| z.name().starts_with(&format!("{area}/"))),
                None => pattern.parse::<Tz>().is_ok(),
            };
            if !known {
                self.report(
                    file,
                    Some(region.id.span()),
                    format!("zone pattern `{pattern}` matches no IANA zone: use `Area/Location` or `Area/*`"),
                );
            }
        }
        if region.window.is_empty() {
            self.report(
                file,
                Some(region.id.span()),
                "a region needs at least one `window`".into(),
            );
        }
        for window in &region.window {
            if window.days.is_empty() {
                self.report(
                    file,
                    Some(window.open.span()),
                    "a window needs `days`".into(),
                );
            }
            let open = *window.open.get_ref();
            if open == ClockTime::END_OF_DAY {
                self.report(
                    file,
                    Some(window.open.span()),
                    "a window cannot open at 24:00".into(),
                );
            } else if window.end() <= open {
                self.report(
                    file,
                    Some(window.close.span()),
                    format!(
                        "window closes at {} before it opens at {open}",
                        window.close.get_ref()
                    ),
                );
            }
        }
    }
}

fn is_kebab(name: &str) -> bool {
    !name.is_empty()
        && name
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()))
}
