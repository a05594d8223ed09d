//! `rules diff [--rules A] --against B`: every answer that changes between two rule sets,
//! before → after, each side with its sources.
//!
//! The comparison takes two [`RuleSet`]s and nothing else, so that each side can be any
//! set: built-in, layered, or (once documents have versions) the set in force on a date.
//! What is compared is what the answers say ([`answers`]), key by key; a specific answer
//! (a product's target, a plan's route) is listed only where it changes otherwise than the
//! general one it repeats, and changes alike under several keys are listed once.

mod answers;

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Answer, Outcome};
use crate::render::echo::escape;
use crate::render::style::Style;
use crate::render::table;
use crate::rules::RuleSet;
pub use answers::{Cited, Kind};
use answers::{Entry, Said};

/// The two sides compared, as given on the command line.
pub struct Sides<'a> {
    /// `--rules A`, when the "before" side is not the built-in rules alone.
    pub from: Option<&'a str>,
    /// `--against B`.
    pub against: &'a str,
    /// The day both sides are taken as in force on, where either holds several versions
    /// of a document.
    pub day: Option<chrono::NaiveDate>,
}

#[derive(Debug, Serialize)]
pub struct RulesDiff {
    /// The rules directory layered over the built-in rules on the "before" side; `null`
    /// for the built-in rules alone.
    pub from: Option<String>,
    /// The rules directory layered over the built-in rules on the "after" side.
    pub against: String,
    /// Where either side holds several versions of a document: the day (UTC) both are
    /// taken as in force on (today, or `--as-of`); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub as_of: Option<chrono::NaiveDate>,
    /// How many changes are listed.
    pub count: usize,
    pub changes: Vec<Change>,
}

/// One answer that changes (or several that change alike).
#[derive(Debug, Serialize)]
pub struct Change {
    pub kind: Kind,
    pub change: ChangeKind,
    /// The keys, shortened: `prodirect × B`, `dynamics-365, power-platform × any plan`.
    pub key: String,
    /// Every key the change holds for, in full.
    pub keys: Vec<String>,
    /// The parts that differ (`response`, `hours`); every part for an added or removed one.
    pub differs: Vec<String>,
    /// The answer before, part by part; `null` where there was none.
    pub before: Option<Map<String, Value>>,
    pub after: Option<Map<String, Value>>,
    pub before_source: Option<Vec<Cited>>,
    pub after_source: Option<Vec<Cited>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

/// What each side says for one key.
struct Pair {
    kind: Kind,
    key: Vec<String>,
    generals: Vec<Vec<String>>,
    before: Option<Said>,
    after: Option<Said>,
}

fn same(a: &Option<Said>, b: &Option<Said>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => a.same(b),
        _ => false,
    }
}

impl Pair {
    fn unchanged(&self) -> bool {
        same(&self.before, &self.after)
    }

    /// The same change as `other`'s.
    fn alike(&self, other: &Pair) -> bool {
        same(&self.before, &other.before) && same(&self.after, &other.after)
    }
}

/// Every answer that differs between `before` and `after`.
pub fn diff(before: &RuleSet, after: &RuleSet, sides: &Sides) -> RulesDiff {
    let mut pairs: Vec<Pair> = Vec::new();
    let mut at: std::collections::HashMap<(Kind, Vec<String>), usize> =
        std::collections::HashMap::new();
    let mut put = |entry: Entry, after_side: bool, pairs: &mut Vec<Pair>| {
        let slot = *at
            .entry((entry.kind, entry.key.clone()))
            .or_insert_with(|| {
                pairs.push(Pair {
                    kind: entry.kind,
                    key: entry.key.clone(),
                    generals: Vec::new(),
                    before: None,
                    after: None,
                });
                pairs.len() - 1
            });
        let pair = &mut pairs[slot];
        for general in entry.generals {
            if !pair.generals.contains(&general) {
                pair.generals.push(general);
            }
        }
        if after_side {
            pair.after = Some(entry.said);
        } else {
            pair.before = Some(entry.said);
        }
    };
    for entry in answers::entries(before) {
        put(entry, false, &mut pairs);
    }
    for entry in answers::entries(after) {
        put(entry, true, &mut pairs);
    }
    let found = |kind: Kind, key: &Vec<String>| {
        pairs
            .iter()
            .find(|p| p.kind == kind && p.key == *key)
            .map(|p| (p.before.clone(), p.after.clone()))
            .unwrap_or((None, None))
    };
    let mut listed: Vec<&Pair> = pairs
        .iter()
        .filter(|p| !p.unchanged())
        .filter(|p| {
            // A specific answer that changes as its general one does is said by that one.
            !p.generals.iter().any(|g| {
                let (before, after) = found(p.kind, g);
                same(&p.before, &before) && same(&p.after, &after)
            })
        })
        .collect();
    listed.sort_by_key(|p| p.kind);
    let changes: Vec<Change> = merge(&listed).into_iter().map(change).collect();
    RulesDiff {
        from: sides.from.map(str::to_string),
        against: sides.against.to_string(),
        as_of: sides.day,
        count: changes.len(),
        changes,
    }
}

/// Changes alike under keys that differ in one place only, gathered: one group's keys.
struct Group<'p> {
    first: &'p Pair,
    keys: Vec<&'p Vec<String>>,
    /// The place the keys differ in, once a second key has joined.
    varies: Option<usize>,
}

fn merge<'p>(listed: &[&'p Pair]) -> Vec<Group<'p>> {
    let mut groups: Vec<Group<'p>> = Vec::new();
    for pair in listed {
        // The place where the pair's key differs from a group's, when it may join it.
        let joins = groups.iter().enumerate().find_map(|(n, g)| {
            if g.first.kind != pair.kind
                || g.first.key.len() != pair.key.len()
                || !g.first.alike(pair)
            {
                return None;
            }
            let differ: Vec<usize> = (0..pair.key.len())
                .filter(|&i| g.first.key[i] != pair.key[i])
                .collect();
            match (differ.as_slice(), g.varies) {
                ([i], None) => Some((n, *i)),
                ([i], Some(v)) if *i == v => Some((n, v)),
                _ => None,
            }
        });
        match joins {
            Some((n, place)) => {
                groups[n].varies = Some(place);
                groups[n].keys.push(&pair.key);
            }
            None => groups.push(Group {
                first: pair,
                keys: vec![&pair.key],
                varies: None,
            }),
        }
    }
    groups
}

/// A key's parts as shown: "any channel" goes without saying.
fn shown_parts(key: &[String]) -> Vec<&str> {
    key.iter()
        .map(String::as_str)
        .filter(|p| *p != "any channel")
        .collect()
}

fn change(group: Group) -> Change {
    let pair = group.first;
    let keys: Vec<String> = group
        .keys
        .iter()
        .map(|k| shown_parts(k).join(" × "))
        .collect();
    let key = match group.varies {
        None => keys[0].clone(),
        Some(v) => {
            let mut places: Vec<String> = pair.key.clone();
            places[v] = group
                .keys
                .iter()
                .map(|k| k[v].as_str())
                .collect::<Vec<_>>()
                .join(", ");
            shown_parts(&places).join(" × ")
        }
    };
    let labels = |s: &Option<Said>| -> Vec<String> {
        s.iter()
            .flat_map(|s| s.parts.iter().map(|(l, _)| l.clone()))
            .collect()
    };
    let mut differs: Vec<String> = Vec::new();
    for label in labels(&pair.before).into_iter().chain(labels(&pair.after)) {
        let value = |s: &Option<Said>| {
            s.as_ref()
                .and_then(|s| s.parts.iter().find(|(l, _)| *l == label))
                .map(|(_, v)| v.clone())
        };
        if value(&pair.before) != value(&pair.after) && !differs.contains(&label) {
            differs.push(label);
        }
    }
    if differs.is_empty() {
        // Only the sections cited changed.
        differs.push("source".to_string());
    }
    let parts = |s: &Option<Said>| {
        s.as_ref().map(|s| {
            s.parts
                .iter()
                .map(|(l, v)| (l.clone(), Value::String(v.clone())))
                .collect::<Map<String, Value>>()
        })
    };
    Change {
        kind: pair.kind,
        change: match (&pair.before, &pair.after) {
            (None, _) => ChangeKind::Added,
            (_, None) => ChangeKind::Removed,
            _ => ChangeKind::Changed,
        },
        key,
        keys,
        differs,
        before: parts(&pair.before),
        after: parts(&pair.after),
        before_source: pair.before.as_ref().map(|s| s.sources.clone()),
        after_source: pair.after.as_ref().map(|s| s.sources.clone()),
    }
}

impl RulesDiff {
    fn side(dir: Option<&str>) -> String {
        match dir {
            None => "the built-in rules".to_string(),
            Some(dir) => format!("the built-in rules with {}", escape(dir)),
        }
    }
}

/// A side's value as table lines: the parts asked for, then its sources, one line a
/// document (and user's file) with its date and the section, or with several how many
/// (each with `--details`; JSON always has them).
fn side_lines(
    parts: Option<&Map<String, Value>>,
    sources: Option<&Vec<Cited>>,
    labels: &[String],
    details: bool,
) -> String {
    let Some(parts) = parts else {
        return "none".to_string();
    };
    // A part one side has and the other has not is "none" on the other.
    let mut lines: Vec<String> = labels
        .iter()
        .map(|label| {
            let value = parts.get(label).and_then(Value::as_str).unwrap_or("none");
            format!("{label}: {value}")
        })
        .collect();
    let mut groups: Vec<(&Cited, Vec<&str>)> = Vec::new();
    for c in sources.into_iter().flatten() {
        let same = |(first, _): &&mut (&Cited, Vec<&str>)| {
            (&first.document_id, &first.cite.rules_file) == (&c.document_id, &c.cite.rules_file)
        };
        match groups.iter_mut().find(same) {
            Some((_, sections)) => sections.push(&c.cite.section),
            None => groups.push((c, vec![&c.cite.section])),
        }
    }
    for (c, sections) in groups {
        let date = c
            .cite
            .date
            .map_or_else(|| "undated".to_string(), |d| d.to_string());
        let by = c.cite.rules_file.as_ref().map_or(String::new(), |f| {
            format!(", as your rules in {} put it", escape(f))
        });
        let quoted: Vec<String> = sections.iter().map(|s| format!("\"{s}\"")).collect();
        let (label, cited) = match quoted.as_slice() {
            [one] => ("Source", one.clone()),
            many if details => ("Sources", many.join("; ")),
            many => ("Sources", format!("{} sections", many.len())),
        };
        lines.push(format!("{label}: {} ({date}), {cited}{by}", c.document_id));
    }
    lines.join("\n")
}

impl Answer for RulesDiff {
    fn table(&self, style: &Style) -> String {
        let before = Self::side(self.from.as_deref());
        let after = Self::side(Some(&self.against));
        // Versions in force on a day: which day is part of the question.
        let on = self
            .as_of
            .map_or(String::new(), |day| format!(", as in force on {day}"));
        if self.changes.is_empty() {
            return table::blocks(
                style,
                [format!(
                    "No answer changes: {before} and {after} answer alike{on}."
                )],
            );
        }
        let mut parts = vec![format!(
            "{} between {before} (before) and {after} (after){on}:",
            crate::render::text::count(self.count as i64, "answer changes", "answers change")
        )];
        for c in &self.changes {
            // A change shows the parts that differ; one added or removed, all of it
            // (and --details shows every part of a changed one too).
            let mut labels: Vec<String> = Vec::new();
            if style.details || c.change != ChangeKind::Changed {
                for side in [&c.before, &c.after].into_iter().flatten() {
                    for label in side.keys() {
                        if !labels.contains(label) {
                            labels.push(label.clone());
                        }
                    }
                }
            } else {
                // Only the sections cited may have changed: no part to show then.
                labels = c
                    .differs
                    .iter()
                    .filter(|d| {
                        [&c.before, &c.after]
                            .into_iter()
                            .flatten()
                            .any(|side| side.contains_key(*d))
                    })
                    .cloned()
                    .collect();
            }
            let what = match c.change {
                ChangeKind::Added => "added".to_string(),
                ChangeKind::Removed => "removed".to_string(),
                ChangeKind::Changed => format!("changed: {}", c.differs.join(", ")),
            };
            parts.push(table::key_values(
                style,
                [
                    (c.kind.label(), c.key.clone()),
                    ("Change", what),
                    (
                        "Before",
                        side_lines(
                            c.before.as_ref(),
                            c.before_source.as_ref(),
                            &labels,
                            style.details,
                        ),
                    ),
                    (
                        "After",
                        side_lines(
                            c.after.as_ref(),
                            c.after_source.as_ref(),
                            &labels,
                            style.details,
                        ),
                    ),
                ],
            ));
        }
        table::blocks(style, parts)
    }

    /// As `diff` does: 1 when something changes.
    fn outcome(&self) -> Outcome {
        if self.changes.is_empty() {
            Outcome::Answered
        } else {
            Outcome::Negative
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rule_set_answers_as_itself() {
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let again = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let sides = Sides {
            from: None,
            against: "same",
            day: None,
        };
        let diff = diff(&rules, &again, &sides);
        assert_eq!(diff.count, 0, "{diff:#?}");
    }
}
