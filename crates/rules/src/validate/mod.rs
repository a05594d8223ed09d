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
mod languages;
mod names;
mod parse;
mod regions;
mod reopen;
mod routes;
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
        let known = self.known(parsed);
        let mut keys = Keys::default();
        for (file, rules) in parsed {
            self.check_file(*file, rules, &known, &mut keys);
        }
        self.zone_patterns(parsed);
    }

    /// The names of every kind of rule (reporting malformed and duplicate ones, kind by
    /// kind), and the rules others are checked against, by id.
    fn known<'p>(&mut self, parsed: &'p Parsed) -> Known<'p> {
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
        Known {
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
        }
    }

    /// Every rule of one file, kind by kind: its sources, its references, and the checks
    /// of its kind (each in its concern's file).
    fn check_file(&mut self, file: usize, rules: &RuleFile, known: &Known, keys: &mut Keys) {
        for document in &rules.document {
            self.document(file, document);
            self.version(file, document, known);
        }
        for plan in &rules.plan {
            self.sources(file, &plan.id.span(), &plan.source, known);
            self.refs(file, &plan.products, &known.products);
            self.refs(file, &plan.covers_without_targets, &known.products);
        }
        for rule in &rules.severity {
            self.sources(file, &rule.id.span(), &rule.source, known);
        }
        for rule in &rules.product {
            self.sources(file, &rule.id.span(), &rule.source, known);
            if let Some(billing) = &rule.billing {
                self.reference(file, billing, &known.products);
            }
        }
        for rule in &rules.channel {
            self.sources(file, &rule.id.span(), &rule.source, known);
        }
        for rule in &rules.topic {
            self.sources(file, &rule.id.span(), &rule.source, known);
        }
        for target in &rules.target {
            self.sources(file, &target.plan.span(), &target.source, known);
            self.target(file, target, known);
            self.target_once(file, target, &mut keys.targets);
        }
        for region in &rules.region {
            self.sources(file, &region.id.span(), &region.source, known);
            self.region(file, region);
        }
        for language in &rules.language {
            self.sources(file, &language.id.span(), &language.source, known);
            self.language(file, language, known);
        }
        for route in &rules.route {
            self.sources(file, &route.id.span(), &route.source, known);
            self.route(file, route, known);
        }
        for line in &rules.phone_line {
            self.sources(file, &line.id.span(), &line.source, known);
            self.phone_line(file, line, known);
        }
        for membership in &rules.membership {
            self.sources(file, &membership.id.span(), &membership.source, known);
        }
        for allowance in &rules.allowance {
            self.sources(file, &allowance.membership.span(), &allowance.source, known);
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
            self.sources(file, &rule.number.span(), &rule.source, known);
            self.reopen_rule(file, rule, &mut keys.reopen_numbers);
        }
    }
}

/// What identifies a target: plan, severity, product and what the request is about
/// (lower-cased ids).
type TargetKey = (String, String, Option<String>, About);

/// Keys taken so far across the files, and whether by a built-in rule (which a user's
/// may replace).
#[derive(Default)]
struct Keys {
    targets: HashMap<TargetKey, Taken>,
    reopen_numbers: HashMap<u8, Taken>,
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

#[cfg(test)]
mod tests;
