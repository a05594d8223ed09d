//! Parsing rule files and checking them against each other.
//!
//! Every problem is collected, not only the first, and the list is sorted by file, line and
//! column. Errors make the rule set invalid; warnings point at rules that load but may not
//! mean what their author meant (see [`Diagnostic::is_error`]).

use std::cell::{OnceCell, RefCell};
use std::collections::{HashMap, HashSet};
use std::ops::{Range, RangeInclusive};

use chrono::{DateTime, Datelike, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone, Timelike};
use chrono_tz::Tz;
use serde::de::DeserializeOwned;
use serde::Deserialize as _;
use toml::de::{DeTable, DeValue, ValueDeserializer};

use super::schema::*;
use super::time_of_day::{ClockTime, Weekday};
use super::{Diagnostic, Identified, Label, Location, RuleText};
use crate::suggest as ids;

// The checks, by concern: each adds methods to `Checker`.
mod names;
mod parse;
mod regions;
mod sources;
mod targets;
mod zones;

use regions::Gap;

/// The years in which window times are checked against daylight-saving gaps.
const DST_YEARS: RangeInclusive<i32> = 2020..=2035;

/// Parses every file and checks the whole set, collecting every problem found: errors, and
/// warnings ([`Diagnostic::is_error`] tells them apart).
pub fn load(files: &[RuleText]) -> (RuleFile, Vec<Diagnostic>) {
    let mut checker = Checker {
        files,
        trees: files.iter().map(|_| OnceCell::new()).collect(),
        rule_at: RefCell::default(),
        newlines: files.iter().map(|_| OnceCell::new()).collect(),
        diagnostics: Vec::new(),
        complete: true,
        lost: Vec::new(),
        gaps: HashMap::new(),
    };
    let parsed: Vec<(usize, RuleFile)> = (0..files.len())
        .filter_map(|index| Some((index, checker.parse(index)?)))
        .collect();
    checker.check(&parsed);
    // A rule of a revision sits beside the earlier version's rule of the same key: which
    // answers is decided by the date (`RuleFile::retain_in_force`).
    let revisions: HashSet<String> = parsed
        .iter()
        .flat_map(|(_, f)| &f.document)
        .filter(|d| d.revises.is_some())
        .map(|d| d.id.get_ref().clone())
        .collect();
    let mut set = RuleFile::default();
    for (index, mut file) in parsed {
        if files[index].user {
            file.mark_origin(&files[index].name);
        }
        set.layer(file, &revisions);
    }
    let mut diagnostics = checker.diagnostics;
    diagnostics.sort_by(|a, b| (&a.file, a.line_column()).cmp(&(&b.file, b.line_column())));
    (set, diagnostics)
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
    /// The ids as written, and ASCII lower-cased (ids are ASCII): a reference is looked up
    /// in a set, so checking stays linear in the references.
    written: HashSet<String>,
    folded: HashSet<String>,
    /// Whether a reference must spell the id exactly, case included (documents are looked
    /// up so); other ids are matched ignoring case.
    exact: bool,
}

impl Names {
    fn contains(&self, name: &str) -> bool {
        self.names.contains(&name.to_lowercase())
    }

    fn is_id(&self, name: &str) -> bool {
        self.folded.contains(&name.to_ascii_lowercase())
    }

    /// Whether `name` is an id as written, case included.
    fn is_written_id(&self, name: &str) -> bool {
        self.written.contains(name)
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
    languages: Names,
    memberships: Names,
    /// Rules by lower-cased id (the first, where an id is taken twice).
    document: HashMap<String, &'p Document>,
    /// The documents that revise another, in file order.
    revisions: Vec<&'p Document>,
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
    /// For each file and kind of rule, the index of the rule whose `id` starts at a byte
    /// offset: [`Id`] steps are looked up, not searched, so that finding the place of
    /// every alias of every rule stays linear.
    rule_at: RefCell<HashMap<(usize, String), HashMap<usize, usize>>>,
    /// Each file's line breaks, found when its first problem is located: locating every
    /// problem then costs a search, not a scan of the file.
    newlines: Vec<OnceCell<Vec<usize>>>,
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
        let problem = self.located(file, span, message);
        self.diagnostics.push(problem);
    }

    /// Reports a warning: shown, but the rules still load.
    fn warn(&mut self, file: usize, span: Option<Range<usize>>, message: String) {
        let problem = self.located(file, span, message).warning();
        self.diagnostics.push(problem);
    }

    fn located(&self, file: usize, span: Option<Range<usize>>, message: String) -> Diagnostic {
        let RuleText { name, text, .. } = &self.files[file];
        let newlines = self.newlines[file].get_or_init(|| super::diagnostic::newlines(text));
        Diagnostic::at_indexed(name, text, newlines, span, message)
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
        let mut rest = rest;
        if let Some((Id(start), after)) = rest.split_first() {
            let mut rule_at = self.rule_at.borrow_mut();
            let index = rule_at
                .entry((file, first.to_string()))
                .or_insert_with(|| {
                    let mut at = HashMap::new();
                    for (i, rule) in value.get_ref().as_array().into_iter().flatten().enumerate() {
                        if let Some(id) = rule.get_ref().get("id") {
                            at.entry(id.span().start).or_insert(i);
                        }
                    }
                    at
                })
                .get(start)
                .copied()?;
            value = value.get_ref().get(index)?;
            rest = after;
        }
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
        let text = &self.files[file].text;
        let newlines = self.newlines[file].get_or_init(|| super::diagnostic::newlines(text));
        Location::indexed(text, newlines, offset..offset).line
    }

    fn check(&mut self, parsed: &Parsed) {
        let mut documents = self.names(parsed, |f| &f.document);
        documents.exact = true;
        let plans = self.names(parsed, |f| &f.plan);
        let severities = self.names(parsed, |f| &f.severity);
        let products = self.names(parsed, |f| &f.product);
        let channels = self.names(parsed, |f| &f.channel);
        let regions = self.names(parsed, |f| &f.region);
        let languages = self.names(parsed, |f| &f.language);
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
            languages,
            memberships,
            document: by_id(parsed, |f| &f.document),
            revisions: parsed
                .iter()
                .flat_map(|(_, f)| &f.document)
                .filter(|d| d.revises.is_some())
                .collect(),
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
                self.version(file, document, &known);
            }
            let cite = |checker: &mut Self, owner: &Range<usize>, source: &[Source]| {
                checker.sources(file, owner, source, &known);
            };
            for plan in &rules.plan {
                cite(self, &plan.id.span(), &plan.source);
                self.refs(file, &plan.products, &known.products);
                self.refs(file, &plan.covers_without_targets, &known.products);
            }
            for rule in &rules.severity {
                cite(self, &rule.id.span(), &rule.source);
            }
            for rule in &rules.product {
                cite(self, &rule.id.span(), &rule.source);
                if let Some(billing) = &rule.billing {
                    self.reference(file, billing, &known.products);
                }
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
                    target.about,
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
                // Answers find English by its code, and a script by its subtag (`zh-Hant`).
                let mut subtags = language.code.split('-');
                let primary = subtags.next().unwrap_or_default();
                let well_formed = (2..=3).contains(&primary.len())
                    && primary.bytes().all(|b| b.is_ascii_lowercase())
                    && subtags.all(|s| {
                        s.len() == 4
                            && s.starts_with(|c: char| c.is_ascii_uppercase())
                            && s[1..].bytes().all(|b| b.is_ascii_lowercase())
                    });
                if !well_formed {
                    self.report(
                        file,
                        Some(language.id.span()),
                        format!(
                            "language `{}` has code `{}`: give its ISO 639-1 code in lower case, with a script subtag where the documents name a script (`en`, `zh-Hant`)",
                            language.id.get_ref(),
                            language.code
                        ),
                    );
                }
                for desk in &language.desk {
                    self.refs(file, &desk.regions, &known.regions);
                    self.refs(file, &desk.around_the_clock_for, &known.severities);
                    for pattern in &desk.zones {
                        if !zones::is_zone_pattern(pattern) {
                            self.report(
                                file,
                                Some(language.id.span()),
                                format!(
                                    "language `{}`: desk zone pattern `{pattern}` matches no IANA zone: use `Area/Location` or `Area/*`",
                                    language.id.get_ref()
                                ),
                            );
                        }
                    }
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
                for note in &route.plan_notes {
                    self.refs(file, &note.plans, &known.plans);
                }
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
                    self.refs(file, &desk.languages, &known.languages);
                    self.refs(file, &desk.severities, &known.severities);
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
                if !REOPEN_NUMBERS.contains(&number) {
                    self.report(
                        file,
                        Some(span.clone()),
                        format!(
                            "reopen rule number {number} is out of range: the documents number their four reopen rules 1 to 4"
                        ),
                    );
                }
                if let Some(months) = &rule.months {
                    if !REOPEN_MONTHS.contains(months.get_ref()) {
                        self.report(
                            file,
                            Some(months.span()),
                            format!(
                                "`months = {}` is out of range: give 1 to {} (a century)",
                                months.get_ref(),
                                REOPEN_MONTHS.end()
                            ),
                        );
                    }
                }
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
}

/// The numbers of the reopen rules: the documents list four.
const REOPEN_NUMBERS: RangeInclusive<u8> = 1..=4;

/// The months of a `months-closed` reopen rule: at least one, at most a century.
const REOPEN_MONTHS: RangeInclusive<u32> = 1..=1200;

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

#[cfg(test)]
mod tests;
