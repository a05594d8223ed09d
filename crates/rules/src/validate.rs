//! Parsing rule files and checking them against each other.
//!
//! Every problem is collected, not only the first, and the list is sorted by file, line and
//! column. Errors make the rule set invalid; warnings point at rules that load but may not
//! mean what their author meant (see [`Diagnostic::is_error`]).

use std::cell::OnceCell;
use std::collections::{HashMap, HashSet};
use std::ops::{Range, RangeInclusive};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike};
use chrono_tz::Tz;
use serde::de::DeserializeOwned;
use serde::Deserialize as _;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::clock::{ClockTime, Weekday};
use super::schema::*;
use super::{Diagnostic, Identified, Label, Location, RuleSet, RuleText};
use crate::suggest as ids;

/// The years in which window times are checked against daylight-saving gaps.
const DST_YEARS: RangeInclusive<i32> = 2020..=2035;

/// Parses every file and checks the whole set, collecting every problem found: errors, and
/// warnings ([`Diagnostic::is_error`] tells them apart).
pub fn load(files: &[RuleText]) -> (RuleSet, Vec<Diagnostic>) {
    let mut checker = Checker {
        files,
        trees: files.iter().map(|_| OnceCell::new()).collect(),
        diagnostics: Vec::new(),
        complete: true,
        lost: Vec::new(),
        gaps: HashMap::new(),
    };
    let parsed: Vec<(usize, RuleFile)> = (0..files.len())
        .filter_map(|index| Some((index, checker.parse(index)?)))
        .collect();
    checker.check(&parsed);
    let mut set = RuleSet::default();
    for (index, mut file) in parsed {
        if files[index].user {
            file.mark_origin(&files[index].name);
        }
        layer(&mut set.documents, file.document, |r| r.id().to_lowercase());
        layer(&mut set.plans, file.plan, |r| r.id().to_lowercase());
        layer(&mut set.severities, file.severity, |r| {
            r.id().to_lowercase()
        });
        layer(&mut set.products, file.product, |r| r.id().to_lowercase());
        layer(&mut set.channels, file.channel, |r| r.id().to_lowercase());
        layer(&mut set.targets, file.target, |t| {
            (
                t.plan.get_ref().to_lowercase(),
                t.severity.get_ref().to_lowercase(),
                t.product.as_ref().map(|p| p.get_ref().to_lowercase()),
            )
        });
        layer(&mut set.regions, file.region, |r| r.id().to_lowercase());
        layer(&mut set.languages, file.language, |r| r.id().to_lowercase());
        layer(&mut set.routes, file.route, |r| r.id().to_lowercase());
        layer(&mut set.reopen_rules, file.reopen_rule, |r| {
            *r.number.get_ref()
        });
        layer(&mut set.topics, file.topic, |r| r.id().to_lowercase());
        layer(&mut set.phone_lines, file.phone_line, |r| {
            r.id().to_lowercase()
        });
        layer(&mut set.memberships, file.membership, |r| {
            r.id().to_lowercase()
        });
        layer(&mut set.allowances, file.allowance, |a| {
            (
                a.membership.get_ref().to_lowercase(),
                a.competency,
                a.benefit.clone(),
            )
        });
    }
    set.reopen_rules.sort_by_key(|r| *r.number.get_ref());
    let mut diagnostics = checker.diagnostics;
    diagnostics.sort_by(|a, b| (&a.file, a.line_column()).cmp(&(&b.file, b.line_column())));
    (set, diagnostics)
}

/// Adds `rules` to `set`; a rule with the key of one already there replaces it in place
/// (a user's rule over a built-in one; duplicates within a layer are reported elsewhere).
fn layer<T, K: PartialEq>(set: &mut Vec<T>, rules: Vec<T>, key: impl Fn(&T) -> K) {
    for rule in rules {
        let k = key(&rule);
        match set.iter().position(|r| key(r) == k) {
            Some(at) => set[at] = rule,
            None => set.push(rule),
        }
    }
}

/// Where a key was first taken: its file, its place, and whether by a built-in rule
/// (which a user's rule may replace).
#[derive(Debug, Clone)]
struct Taken {
    file: usize,
    span: Range<usize>,
    builtin: bool,
}

/// Takes `key` for a rule at `span` of `file`; when it is taken already, where, except
/// that a user's rule may take over a built-in one's.
fn take<K: std::hash::Hash + Eq>(
    taken: &mut HashMap<K, Taken>,
    key: K,
    file: usize,
    span: Range<usize>,
    user: bool,
) -> Option<Taken> {
    match taken.get(&key) {
        Some(first) if !(user && first.builtin) => Some(first.clone()),
        _ => {
            let builtin = !user;
            taken.insert(
                key,
                Taken {
                    file,
                    span,
                    builtin,
                },
            );
            None
        }
    }
}

/// The ids (and aliases) of one kind of rule.
struct Names {
    kind: &'static str,
    kinds: &'static str,
    /// Every id and alias, lower-cased.
    names: HashSet<String>,
    /// Each alias, lower-cased, with the id of its rule.
    aliases: HashMap<String, String>,
    /// The ids as written.
    ids: Vec<String>,
    /// Whether a reference must spell the id exactly, case included (documents are looked
    /// up so); other ids are matched ignoring case.
    exact: bool,
}

impl Names {
    fn contains(&self, name: &str) -> bool {
        self.names.contains(&name.to_lowercase())
    }

    fn is_id(&self, name: &str) -> bool {
        self.ids.iter().any(|id| id.eq_ignore_ascii_case(name))
    }
}

/// The names of every kind of rule that others refer to, and the rules looked up by id.
struct Known<'p> {
    documents: Names,
    plans: Names,
    severities: Names,
    products: Names,
    channels: Names,
    regions: Names,
    memberships: Names,
    /// Rules by lower-cased id (the first, where an id is taken twice).
    document: HashMap<String, &'p Document>,
    plan: HashMap<String, &'p Plan>,
    region: HashMap<String, &'p Region>,
}

/// One step of the path to a value in a rule file: a key, a place in an array, or the
/// rule of an array of tables whose `id` value starts at a byte offset.
#[derive(Debug, Clone, Copy)]
enum Step<'s> {
    Key(&'s str),
    At(usize),
    /// Rules are found by their id's place rather than their index: a rule left out for
    /// breaking the schema would shift the indices of the rules after it.
    Id(usize),
}

use Step::{At, Id, Key};

/// The kinds of rule a file may hold, each an array of tables (`[[plan]]`), in the order
/// an unknown kind's message lists them.
const KINDS: [&str; 14] = [
    "document",
    "plan",
    "severity",
    "product",
    "channel",
    "target",
    "region",
    "language",
    "route",
    "reopen-rule",
    "topic",
    "phone-line",
    "membership",
    "allowance",
];

/// A rule left out because it breaks the schema: its names stay known, so that the rules
/// referring to it are not reported as well (one mistake, one problem).
struct Lost {
    /// Its kind's key: `plan`, `phone-line`, …
    key: String,
    id: String,
    aliases: Vec<String>,
}

impl Lost {
    /// The names of a rule table, when it has an `id` string.
    fn of(key: &str, rule: &DeValue) -> Option<Self> {
        let id = rule.get("id")?.get_ref().as_str()?.to_string();
        let aliases = rule
            .get("aliases")
            .and_then(|a| a.get_ref().as_array())
            .into_iter()
            .flat_map(|a| a.iter())
            .filter_map(|a| a.get_ref().as_str().map(str::to_string))
            .collect();
        Some(Lost {
            key: key.to_string(),
            id,
            aliases,
        })
    }
}

struct Checker<'a> {
    files: &'a [RuleText],
    /// Each file's TOML tree, parsed when a value's place is first asked for.
    trees: Vec<OnceCell<Option<toml::Spanned<DeTable<'a>>>>>,
    diagnostics: Vec<Diagnostic>,
    /// False when a file is not even valid TOML: its ids are unknown, so references are
    /// not checked rather than reported falsely.
    complete: bool,
    /// The rules left out for breaking the schema, kept for their names only.
    lost: Vec<Lost>,
    /// The daylight-saving gaps of each zone met, by name.
    gaps: HashMap<&'static str, Vec<Gap>>,
}

type Parsed = [(usize, RuleFile)];

impl<'a> Checker<'a> {
    /// Reports an error.
    fn report(&mut self, file: usize, span: Option<Range<usize>>, message: String) {
        let RuleText { name, text, .. } = &self.files[file];
        self.diagnostics
            .push(Diagnostic::at(name, text, span, message));
    }

    /// Reports a warning: shown, but the rules still load.
    fn warn(&mut self, file: usize, span: Option<Range<usize>>, message: String) {
        let RuleText { name, text, .. } = &self.files[file];
        self.diagnostics
            .push(Diagnostic::at(name, text, span, message).warning());
    }

    /// Reads one file rule by rule, so that a rule breaking the schema (an unknown key, a
    /// missing field, a value of the wrong type) costs that rule only: it is reported and
    /// left out, and every other rule of the file is still read and checked. A file that
    /// is not TOML at all is lost whole, reported at its syntax error.
    fn parse(&mut self, file: usize) -> Option<RuleFile> {
        let text: &'a str = &self.files[file].text;
        let tree = match DeTable::parse(text) {
            Ok(tree) => tree,
            Err(e) => {
                // Its rules' names are unknown, so references are no longer checked.
                self.complete = false;
                self.report(file, e.span(), e.message().trim().to_string());
                let _ = self.trees[file].set(None);
                return None;
            }
        };
        let mut rules = RuleFile::default();
        for (key, value) in tree.get_ref() {
            let value = value.clone();
            match key.get_ref().as_ref() {
                "document" => self.entries(file, "document", value, &mut rules.document),
                "plan" => self.entries(file, "plan", value, &mut rules.plan),
                "severity" => self.entries(file, "severity", value, &mut rules.severity),
                "product" => self.entries(file, "product", value, &mut rules.product),
                "channel" => self.entries(file, "channel", value, &mut rules.channel),
                "target" => self.entries(file, "target", value, &mut rules.target),
                "region" => self.entries(file, "region", value, &mut rules.region),
                "language" => self.entries(file, "language", value, &mut rules.language),
                "route" => self.entries(file, "route", value, &mut rules.route),
                "reopen-rule" => self.entries(file, "reopen-rule", value, &mut rules.reopen_rule),
                "topic" => self.entries(file, "topic", value, &mut rules.topic),
                "phone-line" => self.entries(file, "phone-line", value, &mut rules.phone_line),
                "membership" => self.entries(file, "membership", value, &mut rules.membership),
                "allowance" => self.entries(file, "allowance", value, &mut rules.allowance),
                unknown => {
                    let expected = KINDS.map(|k| format!("`{k}`")).join(", ");
                    self.report(
                        file,
                        Some(key.span()),
                        format!("unknown field `{unknown}`, expected one of {expected}"),
                    );
                }
            }
        }
        // The tree serves later to find the places the schema does not keep.
        let _ = self.trees[file].set(Some(tree));
        Some(rules)
    }

    /// Reads the rules of one kind (the value of `key`), each on its own.
    fn entries<T: DeserializeOwned>(
        &mut self,
        file: usize,
        key: &str,
        value: toml::Spanned<DeValue<'_>>,
        rules: &mut Vec<T>,
    ) {
        let DeValue::Array(entries) = value.get_ref() else {
            // Not an array of tables: serde's message says what was expected.
            if let Err(e) = Vec::<T>::deserialize(ValueDeserializer::from(value)) {
                self.report(file, e.span(), e.message().trim().to_string());
            }
            return;
        };
        for entry in entries.iter() {
            match T::deserialize(ValueDeserializer::from(entry.clone())) {
                Ok(rule) => rules.push(rule),
                Err(e) => {
                    self.report(file, e.span(), e.message().trim().to_string());
                    self.lost.extend(Lost::of(key, entry.get_ref()));
                }
            }
        }
    }

    /// Labels the problem reported last with another place it relates to: the first of
    /// two definitions, the other of two overlapping windows.
    fn relate(&mut self, file: usize, span: Range<usize>, message: &str) {
        if let Some(last) = self.diagnostics.last_mut() {
            last.labels.push(Label {
                file: self.files[file].name.clone(),
                span,
                message: message.to_string(),
            });
        }
    }

    /// The place of the value at `path` in a file (`[Key("region"), Id(40), Key("zones"),
    /// At(2)]` is the third zone pattern of the region whose id is at byte 40), for values
    /// the schema does not remember the place of.
    fn span(&self, file: usize, path: &[Step]) -> Option<Range<usize>> {
        let files: &'a [RuleText] = self.files;
        let tree = self.trees[file]
            .get_or_init(|| DeTable::parse(&files[file].text).ok())
            .as_ref()?;
        let (Key(first), rest) = path.split_first()? else {
            return None;
        };
        let mut value = tree.get_ref().get(*first)?;
        for step in rest {
            value = match *step {
                Key(key) => value.get_ref().get(key)?,
                At(index) => value.get_ref().get(index)?,
                Id(start) => value.get_ref().as_array()?.iter().find(|rule| {
                    rule.get_ref()
                        .get("id")
                        .is_some_and(|id| id.span().start == start)
                })?,
            };
        }
        Some(value.span())
    }

    /// The 1-based line of a byte offset of a file.
    fn line_of(&self, file: usize, offset: usize) -> usize {
        Location::of(&self.files[file].text, offset..offset).line
    }

    fn check(&mut self, parsed: &Parsed) {
        let mut documents = self.names(parsed, |f| &f.document);
        documents.exact = true;
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
        let known = Known {
            documents,
            plans,
            severities,
            products,
            channels,
            regions,
            memberships,
            document: by_id(parsed, |f| &f.document),
            plan: by_id(parsed, |f| &f.plan),
            region: by_id(parsed, |f| &f.region),
        };

        // Keys taken so far, and whether by a built-in rule (which a user's may replace).
        let mut target_keys = HashMap::new();
        let mut reopen_numbers = HashMap::new();

        for (file, rules) in parsed {
            let file = *file;
            for document in &rules.document {
                self.document(file, document);
            }
            let cite = |checker: &mut Self, owner: &Range<usize>, source: &[Source]| {
                checker.sources(file, owner, source, &known);
            };
            for plan in &rules.plan {
                cite(self, &plan.id.span(), &plan.source);
                self.refs(file, &plan.products, &known.products);
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
                self.target(file, target, &known);
                let key = (
                    target.plan.get_ref().to_lowercase(),
                    target.severity.get_ref().to_lowercase(),
                    target.product.as_ref().map(|p| p.get_ref().to_lowercase()),
                );
                let span = target.plan.span();
                let user = self.files[file].user;
                if let Some(first) = take(&mut target_keys, key, file, span.clone(), user) {
                    self.report(
                        file,
                        Some(span),
                        format!(
                            "duplicate target for plan `{}` and severity `{}`",
                            target.plan.get_ref(),
                            target.severity.get_ref()
                        ),
                    );
                    self.relate(first.file, first.span, "the first target for them");
                }
            }
            for region in &rules.region {
                cite(self, &region.id.span(), &region.source);
                self.region(file, region);
            }
            for language in &rules.language {
                cite(self, &language.id.span(), &language.source);
                for desk in &language.desk {
                    self.refs(file, &desk.regions, &known.regions);
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
                self.refs(file, &route.products, &known.products);
                self.refs(file, &route.plans, &known.plans);
                self.refs(file, &route.channels, &known.channels);
                if let Some(url) = &route.url {
                    if !(url.starts_with("https://") || url.starts_with("http://")) {
                        let span = self
                            .span(
                                file,
                                &[Key(Route::KEY), Id(route.id.span().start), Key("url")],
                            )
                            .unwrap_or(route.id.span());
                        self.warn(
                            file,
                            Some(span),
                            format!(
                                "url `{url}` is not a web address: it should start with `https://`"
                            ),
                        );
                    }
                }
            }
            for line in &rules.phone_line {
                cite(self, &line.id.span(), &line.source);
                self.reference(file, &line.product, &known.products);
                for desk in &line.desk {
                    self.reference(file, &desk.hours, &known.regions);
                }
            }
            for membership in &rules.membership {
                cite(self, &membership.id.span(), &membership.source);
            }
            for allowance in &rules.allowance {
                cite(self, &allowance.membership.span(), &allowance.source);
                self.reference(file, &allowance.membership, &known.memberships);
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
                let (number, span) = (*rule.number.get_ref(), rule.number.span());
                let user = self.files[file].user;
                if let Some(first) = take(&mut reopen_numbers, number, file, span.clone(), user) {
                    self.report(
                        file,
                        Some(span),
                        format!("duplicate reopen rule number {number}"),
                    );
                    self.relate(first.file, first.span, "first used here");
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
        self.zone_patterns(parsed);
    }

    /// Collects the ids and aliases of one kind, reporting malformed and duplicate names.
    fn names<T: Identified>(
        &mut self,
        parsed: &Parsed,
        rules: impl Fn(&RuleFile) -> &Vec<T>,
    ) -> Names {
        // Every name taken so far, lower-cased, with the id of the rule that took it and
        // where (whether by a built-in rule, which a user's rule may replace).
        let mut taken: HashMap<String, (String, Taken)> = HashMap::new();
        let mut aliases = HashMap::new();
        let mut ids = Vec::new();
        for (file, file_rules) in parsed {
            for rule in rules(file_rules) {
                let id_span = rule.id_ref().span();
                let names =
                    std::iter::once(rule.id()).chain(rule.aliases().iter().map(String::as_str));
                for (i, name) in names.enumerate() {
                    let what = if i == 0 { "id" } else { "alias" };
                    // Where the name is written, looked up only for a problem.
                    let place = |checker: &Self| match i {
                        0 => id_span.clone(),
                        _ => {
                            let path = [Key(T::KEY), Id(id_span.start), Key("aliases"), At(i - 1)];
                            checker.span(*file, &path).unwrap_or(id_span.clone())
                        }
                    };
                    let lower = name.to_lowercase();
                    if !is_kebab(name) {
                        let span = place(self);
                        self.report(
                            *file,
                            Some(span),
                            format!(
                                "{} {what} `{name}` must be letters, digits and single hyphens",
                                T::KIND
                            ),
                        );
                    } else if let Some((owner, first)) =
                        taken.get(&lower).cloned().filter(|(owner, first)| {
                            !(first.builtin
                                && self.files[*file].user
                                && owner.eq_ignore_ascii_case(rule.id()))
                        })
                    {
                        let whose = if i == 0 {
                            String::new()
                        } else if owner == rule.id() {
                            " (this rule already has it)".to_string()
                        } else {
                            format!(" (already taken by {} `{owner}`)", T::KIND)
                        };
                        let span = place(self);
                        self.report(
                            *file,
                            Some(span),
                            format!("duplicate {} {what} `{name}`{whose}", T::KIND),
                        );
                        self.relate(first.file, first.span, "first taken here");
                    } else {
                        let first = Taken {
                            file: *file,
                            span: place(self),
                            builtin: !self.files[*file].user,
                        };
                        taken.insert(lower.clone(), (rule.id().to_string(), first));
                        if i > 0 {
                            aliases.insert(lower, rule.id().to_string());
                        }
                    }
                }
                ids.push(rule.id().to_string());
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let mut names: HashSet<String> = taken.into_keys().collect();
        for lost in self.lost.iter().filter(|l| l.key == T::KEY) {
            ids.push(lost.id.clone());
            names.insert(lost.id.to_lowercase());
            for alias in &lost.aliases {
                names.insert(alias.to_lowercase());
                aliases
                    .entry(alias.to_lowercase())
                    .or_insert_with(|| lost.id.clone());
            }
        }
        Names {
            kind: T::KIND,
            kinds: T::KINDS,
            names,
            aliases,
            ids,
            exact: false,
        }
    }

    fn refs(&mut self, file: usize, refs: &[Ref], known: &Names) {
        for r in refs {
            self.reference(file, r, known);
        }
    }

    /// A reference must name a rule by its id: the answers look rules up by id, so a
    /// reference by alias would silently match nothing.
    fn reference(&mut self, file: usize, r: &Ref, known: &Names) {
        if !self.complete {
            return;
        }
        let name = r.get_ref().as_str();
        let message = if !known.contains(name) {
            ids::unknown(known.kind, name, known.ids.iter().map(String::as_str)).to_string()
        } else if !known.is_id(name) {
            let Some(id) = known.aliases.get(&name.to_lowercase()) else {
                return;
            };
            format!(
                "`{name}` is an alias of {} `{id}`: refer to it by its id, `{id}` ({} are looked up by id)",
                known.kind, known.kinds
            )
        } else if known.exact && !known.ids.iter().any(|id| id == name) {
            let id = known
                .ids
                .iter()
                .find(|id| id.eq_ignore_ascii_case(name))
                .map_or(name, String::as_str);
            format!(
                "{} `{name}` is written `{id}`: {} ids are matched exactly, case included",
                known.kind, known.kind
            )
        } else {
            return;
        };
        self.report(file, Some(r.span()), message);
    }

    fn document(&mut self, file: usize, document: &Document) {
        let key = Document::KEY;
        for (i, section) in document.sections.iter().enumerate() {
            if document.sections[..i].contains(section) {
                let path = [
                    Key(key),
                    Id(document.id.span().start),
                    Key("sections"),
                    At(i),
                ];
                let span = self.span(file, &path).unwrap_or(document.id.span());
                self.warn(
                    file,
                    Some(span),
                    format!(
                        "document `{}` lists section `{section}` twice",
                        document.id.get_ref()
                    ),
                );
            }
        }
        for (i, unencoded) in document.unencoded.iter().enumerate() {
            let section = unencoded.section.get_ref();
            if !document.sections.contains(section) {
                let hint = ids::suggest(section, document.sections.iter().map(String::as_str))
                    .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
                self.report(
                    file,
                    Some(unencoded.section.span()),
                    format!(
                        "document `{}` has no section `{section}`{hint}",
                        document.id.get_ref()
                    ),
                );
            } else if document.unencoded[..i]
                .iter()
                .any(|u| u.section.get_ref() == section)
            {
                self.warn(
                    file,
                    Some(unencoded.section.span()),
                    format!("section `{section}` is already marked unencoded"),
                );
            }
        }
    }

    fn sources(&mut self, file: usize, owner: &Range<usize>, sources: &[Source], known: &Known) {
        if sources.is_empty() {
            self.report(
                file,
                Some(owner.clone()),
                "a rule needs at least one `source`".into(),
            );
        }
        for source in sources {
            self.reference(file, &source.doc, &known.documents);
            let Some(document) = known.document.get(&source.doc.get_ref().to_lowercase()) else {
                continue;
            };
            let section = source.section.get_ref();
            if !document.sections.iter().any(|s| s == section) {
                let hint = ids::suggest(section, document.sections.iter().map(String::as_str))
                    .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
                let message = format!(
                    "document `{}` has no section `{section}`{hint}; sections are named exactly as the document writes them",
                    source.doc.get_ref()
                );
                self.report(file, Some(source.section.span()), message);
            } else if document
                .unencoded
                .iter()
                .any(|u| u.section.get_ref() == section)
            {
                self.warn(
                    file,
                    Some(source.section.span()),
                    format!(
                        "section `{section}` is cited here but marked unencoded in document `{}`: drop it from `unencoded`, or cite another section",
                        document.id.get_ref()
                    ),
                );
            }
        }
    }

    fn target(&mut self, file: usize, target: &Target, known: &Known) {
        self.reference(file, &target.plan, &known.plans);
        self.reference(file, &target.severity, &known.severities);
        if let Some(product) = &target.product {
            self.reference(file, product, &known.products);
            let plan = known.plan.get(&target.plan.get_ref().to_lowercase());
            let name = product.get_ref();
            if let Some(plan) = plan.filter(|_| known.products.is_id(name)) {
                let covered = &plan.products;
                if !covered.is_empty()
                    && !covered
                        .iter()
                        .any(|p| p.get_ref().eq_ignore_ascii_case(name))
                {
                    self.report(
                        file,
                        Some(product.span()),
                        format!(
                            "plan `{}` does not cover product `{name}` (its `products` do not list it), so this target is never used",
                            plan.id()
                        ),
                    );
                }
            }
        }
        if let Some(calendar) = &target.calendar {
            self.reference(file, calendar, &known.regions);
            let region = known.region.get(&calendar.get_ref().to_lowercase());
            if let Some(region) = region.filter(|r| r.zone.get_ref() == LOCAL_ZONE) {
                self.warn(
                    file,
                    Some(calendar.span()),
                    format!(
                        "region `{}` keeps the customer's own local hours (zone `{LOCAL_ZONE}`), so this target can be counted only when the customer's zone is given with --tz",
                        region.id()
                    ),
                );
            }
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
        let limits = [MAX_TARGET_MINUTES, MAX_TARGET_DAYS];
        for (amount, limit) in amounts.into_iter().zip(limits) {
            let Some(amount) = amount else { continue };
            if *amount.get_ref() == 0 {
                self.report(
                    file,
                    Some(amount.span()),
                    "a target must be above zero".into(),
                );
            } else if *amount.get_ref() > limit {
                self.report(
                    file,
                    Some(amount.span()),
                    format!("a target must be at most {limit} (a year)"),
                );
            }
        }
    }

    /// A region's zone and its weekly windows.
    fn region(&mut self, file: usize, region: &Region) {
        let name = region.zone.get_ref();
        let zone = match name.parse::<Tz>() {
            Ok(zone) => Some(zone),
            Err(_) if name == LOCAL_ZONE => None,
            Err(_) => {
                let candidates = std::iter::once(LOCAL_ZONE)
                    .chain(chrono_tz::TZ_VARIANTS.iter().map(|z| z.name()));
                let hint = ids::suggest(name, candidates)
                    .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
                let message = format!(
                    "unknown time zone `{name}`{hint}: expected an IANA zone such as `Europe/Paris`, or `{LOCAL_ZONE}`"
                );
                self.report(file, Some(region.zone.span()), message);
                None
            }
        };
        let id = region.id.span().start;
        let window_path = |w: usize| [Key(Region::KEY), Id(id), Key("window"), At(w)];
        // The windows worth checking further: with days, and open for some time.
        let mut sound: Vec<&Window> = Vec::new();
        for (w, window) in region.window.iter().enumerate() {
            let days_path = [&window_path(w)[..], &[Key("days")]].concat();
            if window.days.is_empty() {
                let span = self.span(file, &days_path).unwrap_or(window.open.span());
                self.report(file, Some(span), "a window needs `days`".into());
            }
            for (d, day) in window.days.iter().enumerate() {
                if window.days[..d].contains(day) {
                    let day_path = [&days_path[..], &[At(d)]].concat();
                    let span = self.span(file, &day_path).unwrap_or(window.open.span());
                    self.report(
                        file,
                        Some(span),
                        format!(
                            "`{}` is listed twice in this window's `days`, so its hours would count twice",
                            day.short_name().to_lowercase()
                        ),
                    );
                }
            }
            let open = *window.open.get_ref();
            if open == ClockTime::END_OF_DAY {
                self.report(
                    file,
                    Some(window.open.span()),
                    "a window cannot open at 24:00".into(),
                );
            } else if window.end() == open {
                self.report(
                    file,
                    Some(window.close.span()),
                    format!("window opens and closes at {open}, so it is never open"),
                );
            } else if window.end() < open {
                self.report(
                    file,
                    Some(window.close.span()),
                    format!(
                        "window closes at {} before it opens at {open}; a window cannot run past midnight: split it into one that closes at 24:00 and one that opens at 00:00",
                        window.close.get_ref()
                    ),
                );
            } else if !window.days.is_empty() {
                sound.push(window);
            }
        }
        if sound.is_empty() {
            let why = if region.window.is_empty() {
                "it needs at least one `window`"
            } else {
                "none of its windows has any open time"
            };
            self.report(
                file,
                Some(region.id.span()),
                format!("region `{}` is never open: {why}", region.id.get_ref()),
            );
        }
        self.overlaps(file, &sound);
        if let Some(zone) = zone {
            for window in &sound {
                self.daylight_saving(file, zone, window);
            }
        }
    }

    /// Windows of one region that overlap on a weekday (they would count twice).
    fn overlaps(&mut self, file: usize, windows: &[&Window]) {
        for (j, later) in windows.iter().enumerate() {
            for earlier in &windows[..j] {
                let (open, end) = (*later.open.get_ref(), later.end());
                if !(*earlier.open.get_ref() < end && open < earlier.end()) {
                    continue;
                }
                let mut common: Vec<Weekday> = later
                    .days
                    .iter()
                    .copied()
                    .filter(|d| earlier.days.contains(d))
                    .collect();
                common.sort_unstable();
                common.dedup();
                if common.is_empty() {
                    continue;
                }
                let days = common
                    .iter()
                    .map(|d| d.short_name())
                    .collect::<Vec<_>>()
                    .join(", ");
                let first = earlier.open.span().start..earlier.close.span().end;
                let line = self.line_of(file, first.start);
                self.report(
                    file,
                    Some(later.open.span()),
                    format!(
                        "window {open}-{} overlaps the window {}-{} of line {line} on {days}; a region's windows must not overlap, or their common hours would count twice",
                        later.close.get_ref(),
                        earlier.open.get_ref(),
                        earlier.close.get_ref()
                    ),
                );
                self.relate(file, first, "the window it overlaps");
            }
        }
    }

    /// Warns of a window that opens or closes at a local time its zone skips on some day.
    /// An open at 00:00 and a close at 24:00 are the day's own bounds, which always exist.
    fn daylight_saving(&mut self, file: usize, zone: Tz, window: &Window) {
        let zone_gaps = self.gaps.entry(zone.name()).or_insert_with(|| gaps(zone));
        let mut found = Vec::new();
        let open = *window.open.get_ref();
        if open != ClockTime::MIDNIGHT {
            found.push((
                "opens",
                open,
                window.open.span(),
                gap_days(zone_gaps, &window.days, open),
            ));
        }
        let close = window.end();
        if close != ClockTime::END_OF_DAY {
            found.push((
                "closes",
                close,
                window.close.span(),
                gap_days(zone_gaps, &window.days, close),
            ));
        }
        for (what, time, span, days) in found {
            let (Some(&(day, resolved)), Some(&(last, _))) = (days.first(), days.last()) else {
                continue;
            };
            let at = format!("{:02}:{:02}", resolved.hour(), resolved.minute());
            let when = if resolved.date() == day {
                format!("{at} that day")
            } else {
                format!("{at} on {}", resolved.date())
            };
            let mut message = format!(
                "window {what} at {time}, which does not exist in {} on {day} (the clocks go forward); it {what} at {when}",
                zone.name()
            );
            match days.len() - 1 {
                0 => {}
                1 => message += &format!(", and likewise on {last}"),
                more => message += &format!(", and likewise on {more} more days up to {last}"),
            }
            self.warn(file, Some(span), message);
        }
    }

    /// The `zones` patterns of every region: each must match some IANA zone, and no two
    /// regions may claim the same one (which would win is arbitrary).
    fn zone_patterns(&mut self, parsed: &Parsed) {
        // Each pattern claimed so far: by which region, in which file, where.
        let mut claimed: HashMap<&str, (&str, usize, Range<usize>)> = HashMap::new();
        let areas = area_names();
        // A built-in region that a user's file replaces claims nothing.
        let replaced: HashSet<String> = parsed
            .iter()
            .filter(|(file, _)| self.files[*file].user)
            .flat_map(|(_, rules)| rules.region.iter().map(|r| r.id().to_lowercase()))
            .collect();
        for (file, rules) in parsed {
            for region in &rules.region {
                if !self.files[*file].user && replaced.contains(&region.id().to_lowercase()) {
                    continue;
                }
                for (i, pattern) in region.zones.iter().enumerate() {
                    let path = [
                        Key(Region::KEY),
                        Id(region.id.span().start),
                        Key("zones"),
                        At(i),
                    ];
                    let place =
                        |checker: &Self| checker.span(*file, &path).unwrap_or(region.id.span());
                    let area = pattern.strip_suffix("/*");
                    let known = match area {
                        Some(area) => areas.contains(area),
                        None => pattern.parse::<Tz>().is_ok(),
                    };
                    if !known {
                        let hint = match area {
                            Some(area) => ids::suggest(area, areas.iter().map(String::as_str))
                                .map(|s| format!("{s}/*")),
                            None => {
                                let names = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name());
                                ids::suggest(pattern, names).map(str::to_string)
                            }
                        };
                        let hint =
                            hint.map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
                        self.report(
                            *file,
                            Some(place(self)),
                            format!("zone pattern `{pattern}` matches no IANA zone{hint}: use `Area/Location` or `Area/*`"),
                        );
                    } else if region.zones[..i].contains(pattern) {
                        self.warn(
                            *file,
                            Some(place(self)),
                            format!(
                                "zone pattern `{pattern}` is listed twice in region `{}`",
                                region.id.get_ref()
                            ),
                        );
                    } else if let Some((other, first_file, first)) =
                        claimed.get(pattern.as_str()).cloned()
                    {
                        self.report(
                            *file,
                            Some(place(self)),
                            format!(
                                "zone pattern `{pattern}` is also listed by region `{other}`: a customer in it could be either region's"
                            ),
                        );
                        self.relate(first_file, first, "listed here by that region");
                    } else {
                        claimed.insert(pattern, (region.id.get_ref(), *file, place(self)));
                    }
                }
            }
        }
    }
}

/// Every area of the IANA zones: `America` and `America/Indiana` for
/// `America/Indiana/Knox`.
fn area_names() -> HashSet<String> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .flat_map(|z| {
            let name = z.name();
            name.match_indices('/')
                .map(move |(i, _)| name[..i].to_string())
        })
        .collect()
}

/// The rules of one kind by lower-cased id; the first wins where an id is taken twice.
fn by_id<'p, T: Identified>(
    parsed: &'p Parsed,
    rules: impl Fn(&'p RuleFile) -> &'p Vec<T>,
) -> HashMap<String, &'p T> {
    let mut map = HashMap::new();
    for (_, file) in parsed {
        for rule in rules(file) {
            map.entry(rule.id().to_lowercase()).or_insert(rule);
        }
    }
    map
}

fn is_kebab(name: &str) -> bool {
    !name.is_empty()
        && name
            .split('-')
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Local times a zone skips when its clocks go forward: `[start, end)`.
#[derive(Debug, Clone, Copy)]
struct Gap {
    start: NaiveDateTime,
    end: NaiveDateTime,
}

/// The daylight-saving gaps of `zone` in [`DST_YEARS`] (and a day either side).
fn gaps(zone: Tz) -> Vec<Gap> {
    const DAY: i64 = 24 * 60 * 60;
    let utc = |seconds: i64| {
        DateTime::from_timestamp(seconds, 0)
            .unwrap_or_default()
            .naive_utc()
    };
    let offset = |seconds: i64| -> i64 {
        zone.offset_from_utc_datetime(&utc(seconds))
            .fix()
            .local_minus_utc()
            .into()
    };
    let seconds = |year: i32, month: u32, day: u32| {
        NaiveDate::from_ymd_opt(year, month, day)
            .unwrap_or_default()
            .and_time(NaiveTime::MIN)
            .and_utc()
            .timestamp()
    };
    let last = seconds(DST_YEARS.end() + 1, 1, 2);
    let mut t = seconds(DST_YEARS.start() - 1, 12, 30);
    let mut before = offset(t);
    let mut gaps = Vec::new();
    while t < last {
        let next = t + DAY;
        let after = offset(next);
        if after != before {
            // The first second with the new offset.
            let (mut old, mut new) = (t, next);
            while new - old > 1 {
                let mid = old + (new - old) / 2;
                if offset(mid) == before {
                    old = mid;
                } else {
                    new = mid;
                }
            }
            if after > before {
                gaps.push(Gap {
                    start: utc(new + before),
                    end: utc(new + after),
                });
            }
        }
        t = next;
        before = after;
    }
    gaps
}

/// The days of [`DST_YEARS`] that are among `days` and on which `time` falls in one of
/// `gaps`, each with the local time it resolves to: the first minute after the gap, as
/// the calendar reads a time that does not exist.
fn gap_days(gaps: &[Gap], days: &[Weekday], time: ClockTime) -> Vec<(NaiveDate, NaiveDateTime)> {
    let minutes = u32::from(time.minutes());
    let Some(clock) = NaiveTime::from_hms_opt(minutes / 60, minutes % 60, 0) else {
        return Vec::new();
    };
    let mut found = Vec::new();
    for gap in gaps {
        let resolved = match gap.end.second() {
            0 => gap.end,
            s => gap.end + chrono::TimeDelta::seconds(i64::from(60 - s)),
        };
        for day in gap
            .start
            .date()
            .iter_days()
            .take_while(|d| *d <= gap.end.date())
        {
            let local = day.and_time(clock);
            if gap.start <= local
                && local < gap.end
                && DST_YEARS.contains(&day.year())
                && days.contains(&Weekday::from_chrono(day.weekday()))
            {
                found.push((day, resolved));
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rules every test builds on: they load without a problem.
    const BASE: &str = r#"
[[document]]
id = "doc"
title = "T"
file = "f"
sections = ["S", "U"]
unencoded = [{ section = "U", reason = "nothing to encode" }]

[[plan]]
id = "pro"
name = "Pro"
aliases = ["professional"]
products = ["app"]
includes = []
source = [{ doc = "doc", section = "S" }]

[[severity]]
id = "a"
name = "A"
impact = "i"
situation = "s"
source = [{ doc = "doc", section = "S" }]

[[product]]
id = "app"
name = "App"
source = [{ doc = "doc", section = "S" }]

[[product]]
id = "tool"
name = "Tool"
source = [{ doc = "doc", section = "S" }]

[[region]]
id = "anywhere"
name = "Anywhere"
zone = "local"
closed-on-holidays = true
window = [{ days = ["mon", "tue", "wed", "thu", "fri"], open = "09:00", close = "17:00" }]
as-written = { region = "r", hours = "h", days = "d", exclusions = "" }
source = [{ doc = "doc", section = "S" }]
"#;

    /// The problems of `BASE` plus `text` (as `test.toml`).
    fn problems(text: &str) -> Vec<Diagnostic> {
        let files = [
            RuleText {
                name: "base.toml".into(),
                text: BASE.into(),
                user: false,
            },
            RuleText {
                name: "test.toml".into(),
                text: text.into(),
                user: false,
            },
        ];
        load(&files).1
    }

    /// A region of `test.toml` with these windows, in this zone.
    fn region(zone: &str, windows: &str) -> String {
        format!(
            "[[region]]\nid = \"r\"\nname = \"R\"\nzone = \"{zone}\"\nclosed-on-holidays = true\n\
             window = [\n{windows}]\n\
             as-written = {{ region = \"r\", hours = \"h\", days = \"d\", exclusions = \"\" }}\n\
             source = [{{ doc = \"doc\", section = \"S\" }}]\n"
        )
    }

    /// `file:line:col: [warning: ]message` of each problem.
    fn lines(problems: &[Diagnostic]) -> Vec<String> {
        problems.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_base_rules_are_sound() {
        assert_eq!(lines(&problems("")), Vec::<String>::new());
    }

    #[test]
    fn the_builtin_rules_have_no_problem() {
        let (rules, problems) = load(&RuleSet::builtin_texts());
        assert_eq!(lines(&problems), Vec::<String>::new());
        assert!(!rules.regions.is_empty());
    }

    #[test]
    fn each_rule_breaking_the_schema_is_reported_and_the_others_are_checked() {
        let text = "[[plan]]\nid = \"basic\"\nname = \"B\"\nincludes = []\ncolour = 1\n\
                    source = [{ doc = \"doc\", section = \"S\" }]\n\n\
                    [[product]]\nid = \"p2\"\nsource = [{ doc = \"doc\", section = \"S\" }]\n\n\
                    [[plans]]\nid = \"x\"\n\n"
            .to_string()
            + &target("minutes = \"sixty\"")
            + "\n"
            // Refers to the plan left out above: not reported again.
            + &target("minutes = 60").replace("plan = \"pro\"", "plan = \"basic\"")
            + "\n"
            // A rule that loads is still checked.
            + &target("minutes = 60").replace("severity = \"a\"", "severity = \"z\"");
        let found = lines(&problems(&text));
        assert_eq!(found.len(), 5, "{found:#?}");
        assert!(
            found[0].starts_with("test.toml:5:1: unknown field `colour`"),
            "{found:#?}"
        );
        assert!(
            found[1].starts_with("test.toml:8:1: missing field `name`"),
            "{found:#?}"
        );
        assert!(
            found[2]
                .starts_with("test.toml:12:3: unknown field `plans`, expected one of `document`"),
            "{found:#?}"
        );
        assert!(
            found[3].starts_with("test.toml:18:11: invalid type: string"),
            "{found:#?}"
        );
        assert!(
            found[4].starts_with("test.toml:33:12: unknown severity `z`"),
            "{found:#?}"
        );
    }

    #[test]
    fn a_file_that_is_not_toml_is_lost_whole_at_its_syntax_error() {
        let found = lines(&problems("[[plan]\nid = \"x\"\n"));
        assert_eq!(found.len(), 1, "{found:#?}");
        assert!(
            found[0].starts_with("test.toml:1:8: unclosed array table"),
            "{found:#?}"
        );
    }

    #[test]
    fn overlapping_windows_are_errors() {
        let text = region(
            "Europe/Paris",
            "  { days = [\"mon\", \"tue\"], open = \"08:00\", close = \"12:00\" },\n  \
             { days = [\"tue\", \"wed\"], open = \"11:00\", close = \"18:00\" },\n  \
             { days = [\"mon\"], open = \"12:00\", close = \"13:00\" },\n",
        );
        let found = problems(&text);
        assert_eq!(
            lines(&found),
            ["test.toml:8:35: window 11:00-18:00 overlaps the window 08:00-12:00 of line 7 on Tue; \
              a region's windows must not overlap, or their common hours would count twice"]
        );
        assert!(found[0].is_error());
        assert_eq!(found[0].location.as_ref().map(|l| l.span.len()), Some(7));
    }

    #[test]
    fn windows_that_close_before_they_open_are_errors() {
        let text = region(
            "UTC",
            "  { days = [\"mon\"], open = \"22:00\", close = \"06:00\" },\n  \
             { days = [\"tue\"], open = \"09:00\", close = \"09:00\" },\n  \
             { days = [\"wed\"], open = \"09:00\", close = \"24:00\" },\n",
        );
        assert_eq!(
            lines(&problems(&text)),
            [
                "test.toml:7:45: window closes at 06:00 before it opens at 22:00; a window cannot \
                 run past midnight: split it into one that closes at 24:00 and one that opens at 00:00",
                "test.toml:8:45: window opens and closes at 09:00, so it is never open",
            ]
        );
    }

    #[test]
    fn times_in_a_daylight_saving_gap_are_warnings() {
        let text = region(
            "Europe/Paris",
            "  { days = [\"sun\"], open = \"02:30\", close = \"12:00\" },\n  \
             { days = [\"sat\"], open = \"01:00\", close = \"02:15\" },\n  \
             { days = [\"mon\", \"tue\"], open = \"02:30\", close = \"02:45\" },\n",
        );
        let found = problems(&text);
        assert_eq!(
            lines(&found),
            ["test.toml:7:28: warning: window opens at 02:30, which does not exist in Europe/Paris \
              on 2020-03-29 (the clocks go forward); it opens at 03:00 that day, and likewise on \
              15 more days up to 2035-03-25"]
        );
        assert!(!found[0].is_error());
        // The rules still load: a warning does not make them invalid.
        assert!(found.iter().all(|d| !d.is_error()));
    }

    #[test]
    fn a_close_in_a_gap_is_a_warning_but_the_day_bounds_are_not() {
        // Chile moves its clocks from 24:00 to 01:00 on the first Sunday of September.
        let text = region(
            "America/Santiago",
            "  { days = [\"sun\"], open = \"00:00\", close = \"00:30\" },\n  \
             { days = [\"sat\"], open = \"00:00\", close = \"24:00\" },\n",
        );
        let found = lines(&problems(&text));
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with(
                "test.toml:7:45: warning: window closes at 00:30, which does not exist in \
                 America/Santiago on 2020-09-06 (the clocks go forward); it closes at 01:00 that day"
            ),
            "{found:?}"
        );
    }

    #[test]
    fn unknown_zones_get_a_suggestion() {
        let text = region(
            "Europe/Pariss",
            "  { days = [\"mon\"], open = \"09:00\", close = \"17:00\" },\n",
        );
        assert_eq!(
            lines(&problems(&text)),
            [
                "test.toml:4:8: unknown time zone `Europe/Pariss` (did you mean `Europe/Paris`?): \
              expected an IANA zone such as `Europe/Paris`, or `local`"
            ]
        );
    }

    #[test]
    fn a_region_that_is_never_open_is_an_error() {
        let text = region("UTC", "");
        assert_eq!(
            lines(&problems(&text)),
            ["test.toml:2:6: region `r` is never open: it needs at least one `window`"]
        );
        let text = region(
            "UTC",
            "  { days = [], open = \"09:00\", close = \"17:00\" },\n",
        );
        assert_eq!(
            lines(&problems(&text)),
            [
                "test.toml:2:6: region `r` is never open: none of its windows has any open time",
                "test.toml:7:12: a window needs `days`",
            ]
        );
    }

    #[test]
    fn a_day_listed_twice_is_an_error_at_the_second() {
        let text = region(
            "UTC",
            "  { days = [\"mon\", \"tue\", \"mon\"], open = \"09:00\", close = \"17:00\" },\n",
        );
        assert_eq!(
            lines(&problems(&text)),
            ["test.toml:7:27: `mon` is listed twice in this window's `days`, so its hours would count twice"]
        );
    }

    /// A target of `test.toml` for plan `pro` and severity `a`, with more keys.
    fn target(keys: &str) -> String {
        format!(
            "[[target]]\nplan = \"pro\"\nseverity = \"a\"\n{keys}\ncoverage = \"business-hours\"\n\
             as-written = \"w\"\nsource = [{{ doc = \"doc\", section = \"S\" }}]\n"
        )
    }

    #[test]
    fn a_target_counted_in_local_hours_is_a_warning() {
        let found = problems(&target("minutes = 60\ncalendar = \"anywhere\""));
        assert_eq!(
            lines(&found),
            [
                "test.toml:5:12: warning: region `anywhere` keeps the customer's own local hours \
              (zone `local`), so this target can be counted only when the customer's zone is given \
              with --tz"
            ]
        );
        assert_eq!(found[0].location.as_ref().map(|l| l.span.len()), Some(10));
    }

    #[test]
    fn unknown_references_are_errors_with_a_suggestion() {
        let text = target("minutes = 60").replace("plan = \"pro\"", "plan = \"proo\"");
        let found = problems(&text);
        assert_eq!(
            lines(&found),
            ["test.toml:2:8: unknown plan `proo` (did you mean `pro`?); valid plans: `pro`"]
        );
        assert_eq!(
            crate::Diagnostics(found).render(&[RuleText {
                name: "test.toml".into(),
                text: text.clone(),
                user: false,
            }]),
            "error: unknown plan `proo` (did you mean `pro`?); valid plans: `pro`\n \
             --> test.toml:2:8\n  \
             |\n\
             2 | plan = \"proo\"\n  \
             |        ^^^^^^\n\n"
        );
    }

    #[test]
    fn references_by_alias_are_errors() {
        let text = target("minutes = 60").replace("plan = \"pro\"", "plan = \"Professional\"");
        assert_eq!(
            lines(&problems(&text)),
            [
                "test.toml:2:8: `Professional` is an alias of plan `pro`: refer to it by its id, \
              `pro` (plans are looked up by id)"
            ]
        );
        // Ids are matched ignoring case, except documents'.
        let text = target("minutes = 60").replace("plan = \"pro\"", "plan = \"PRO\"");
        assert_eq!(lines(&problems(&text)), Vec::<String>::new());
        let text = target("minutes = 60").replace("doc = \"doc\"", "doc = \"Doc\"");
        assert_eq!(
            lines(&problems(&text)),
            ["test.toml:7:19: document `Doc` is written `doc`: document ids are matched exactly, \
              case included"]
        );
    }

    #[test]
    fn a_target_for_a_product_its_plan_does_not_cover_is_an_error() {
        assert_eq!(
            lines(&problems(&target("minutes = 60\nproduct = \"app\""))),
            Vec::<String>::new()
        );
        assert_eq!(
            lines(&problems(&target("minutes = 60\nproduct = \"tool\""))),
            [
                "test.toml:5:11: plan `pro` does not cover product `tool` (its `products` do not \
              list it), so this target is never used"
            ]
        );
    }

    #[test]
    fn duplicate_ids_and_aliases_are_errors_at_the_name() {
        let text = "[[product]]\nid = \"tool-x\"\nname = \"T\"\naliases = [\"x\", \"APP\", \"x\"]\n\
                    source = [{ doc = \"doc\", section = \"S\" }]\n\n\
                    [[product]]\nid = \"tool\"\nname = \"T\"\nsource = [{ doc = \"doc\", section = \"S\" }]\n";
        assert_eq!(
            lines(&problems(text)),
            [
                "test.toml:4:17: duplicate product alias `APP` (already taken by product `app`)",
                "test.toml:4:24: duplicate product alias `x` (this rule already has it)",
                "test.toml:8:6: duplicate product id `tool`",
            ]
        );
    }

    #[test]
    fn rules_need_a_source() {
        let text = target("minutes = 60").replace(
            "source = [{ doc = \"doc\", section = \"S\" }]",
            "source = []",
        );
        assert_eq!(
            lines(&problems(&text)),
            ["test.toml:2:8: a rule needs at least one `source`"]
        );
    }

    #[test]
    fn citing_an_unencoded_section_is_a_warning() {
        let text = target("minutes = 60").replace("section = \"S\"", "section = \"U\"");
        assert_eq!(
            lines(&problems(&text)),
            ["test.toml:7:36: warning: section `U` is cited here but marked unencoded in document \
              `doc`: drop it from `unencoded`, or cite another section"]
        );
    }

    #[test]
    fn document_sections_listed_twice_are_warnings() {
        let text = "[[document]]\nid = \"d2\"\ntitle = \"T\"\nfile = \"f\"\n\
                    sections = [\"A\", \"B\", \"A\"]\n\
                    unencoded = [{ section = \"B\", reason = \"r\" }, { section = \"B\", reason = \"r\" }, { section = \"C\", reason = \"r\" }]\n";
        assert_eq!(
            lines(&problems(text)),
            [
                "test.toml:5:23: warning: document `d2` lists section `A` twice",
                "test.toml:6:59: warning: section `B` is already marked unencoded",
                "test.toml:6:92: document `d2` has no section `C`",
            ]
        );
    }

    #[test]
    fn zone_patterns_are_checked_at_their_place() {
        let text = region(
            "UTC",
            "  { days = [\"mon\"], open = \"09:00\", close = \"17:00\" },\n",
        )
        .replace(
            "zone = \"UTC\"",
            "zone = \"UTC\"\nzones = [\"Europe/Pariss\", \"Asai/*\", \"UTC\", \"Etc/*\", \"UTC\"]",
        ) + &region(
            "UTC",
            "  { days = [\"mon\"], open = \"09:00\", close = \"17:00\" },\n",
        )
        .replace("id = \"r\"", "id = \"r2\"")
        .replace("zone = \"UTC\"", "zone = \"UTC\"\nzones = [\"Etc/*\"]");
        assert_eq!(
            lines(&problems(&text)),
            [
                "test.toml:5:10: zone pattern `Europe/Pariss` matches no IANA zone (did you mean \
                 `Europe/Paris`?): use `Area/Location` or `Area/*`",
                "test.toml:5:27: zone pattern `Asai/*` matches no IANA zone (did you mean \
                 `Asia/*`?): use `Area/Location` or `Area/*`",
                "test.toml:5:53: warning: zone pattern `UTC` is listed twice in region `r`",
                "test.toml:16:10: zone pattern `Etc/*` is also listed by region `r`: a customer in \
                 it could be either region's",
            ]
        );
    }

    #[test]
    fn urls_that_are_not_web_addresses_are_warnings() {
        let text = "[[route]]\nid = \"portal\"\nproducts = [\"app\"]\nchannel = \"c\"\nas-written = \"c\"\n\
                    url = \"admin.example.com\"\nsource = [{ doc = \"doc\", section = \"S\" }]\n";
        assert_eq!(
            lines(&problems(text)),
            ["test.toml:6:7: warning: url `admin.example.com` is not a web address: it should start \
              with `https://`"]
        );
    }

    #[test]
    fn every_problem_is_reported_in_file_order() {
        let mut text = target("minutes = 0\ncalendar = \"anywhere\"")
            .replace("severity = \"a\"", "severity = \"z\"");
        text += "\n";
        text += &region(
            "Europe/Paris",
            "  { days = [\"sun\"], open = \"02:30\", close = \"02:00\" },\n",
        );
        let found = problems(&text);
        let at: Vec<((usize, usize), bool)> = found
            .iter()
            .map(|d| (d.line_column(), d.is_error()))
            .collect();
        assert_eq!(
            at,
            [
                ((3, 12), true),
                ((4, 11), true),
                ((5, 12), false),
                ((11, 6), true),
                ((16, 45), true)
            ],
            "{:#?}",
            lines(&found)
        );
        // `from_texts` refuses the rules for the errors, and shows the first one.
        let files = [
            RuleText {
                name: "base.toml".into(),
                text: BASE.into(),
                user: false,
            },
            RuleText {
                name: "test.toml".into(),
                text,
                user: false,
            },
        ];
        let err = RuleSet::from_texts(&files).unwrap_err();
        assert!(
            err.to_string()
                .starts_with("invalid rules: test.toml:3:12: unknown severity `z`"),
            "{err}"
        );
    }
}
