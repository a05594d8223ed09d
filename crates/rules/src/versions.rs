//! Versions of a document side by side: which rules are in force on which day.
//!
//! A document may be revised: a later version is a document of its own that `revises` the
//! earlier one, is in force from a first day (`in-force-from`, else its `date`; days are
//! UTC dates), and `replaces` some of the earlier version's sections. From that day on:
//! a rule citing the revision answers, in place of the earlier rule of the same kind and
//! key; an earlier answer (a target, route, reopen rule, topic, phone line, allowance)
//! citing only replaced sections no longer answers (the revision dropped it), while a
//! definition other rules refer to (a plan, severity, product, region, ...) stays until a
//! revision gives it anew; every other rule answers as before. The loader keeps both
//! versions' rules ([`RuleFile::layer`](crate::schema::RuleFile::layer)), and builds one
//! validated [`RuleSet`] for each span of days between the first days of revisions:
//! [`Versions`]. An answer takes the set in force on its instant's day.

use std::collections::HashMap;

use chrono::NaiveDate;

use crate::schema::{Document, RuleFile, Source};
use crate::RuleSet;

/// The first day each revision is in force, and from which day each replaced section is
/// out of force: read from the rule files' documents.
#[derive(Debug, Default)]
pub struct Chronology {
    /// A revision's id, and its first day in force.
    revisions: HashMap<String, NaiveDate>,
    /// A revised document's id and section, and the first day a revision replacing it is
    /// in force (the earliest, where several do).
    replaced: HashMap<(String, String), NaiveDate>,
}

impl Chronology {
    /// The chronology of `documents` (checked: a revision without a first day is a
    /// problem the checker reports, and is left out here).
    pub fn of(documents: &[Document]) -> Chronology {
        let mut chronology = Chronology::default();
        for document in documents {
            let (Some(revises), Some(from)) = (&document.revises, first_day(document)) else {
                continue;
            };
            chronology
                .revisions
                .insert(document.id.get_ref().clone(), from);
            for section in &document.replaces {
                let key = (revises.get_ref().clone(), section.get_ref().clone());
                let day = chronology.replaced.entry(key).or_insert(from);
                *day = (*day).min(from);
            }
        }
        chronology
    }

    /// The days on which what is in force changes, in order, each once.
    pub fn change_days(&self) -> Vec<NaiveDate> {
        let mut days: Vec<NaiveDate> = self.revisions.values().copied().collect();
        days.sort_unstable();
        days.dedup();
        days
    }

    /// Whether a rule citing `sources` may be in force on `day` (`None`: before every
    /// revision): it cites no revision not yet in force, and, unless it is a `definition`
    /// other rules refer to, not only sections replaced by then (an answer the revision
    /// dropped). Which of two versions of one rule answers is
    /// [`Chronology::version_of`]'s to say.
    pub fn in_force(&self, sources: &[Source], day: Option<NaiveDate>, definition: bool) -> bool {
        let reached = |from: &NaiveDate| day.is_some_and(|day| day >= *from);
        let published = sources
            .iter()
            .all(|source| self.revisions.get(source.doc.get_ref()).is_none_or(reached));
        let replaced = |source: &Source| {
            self.replaced
                .get(&(
                    source.doc.get_ref().clone(),
                    source.section.get_ref().clone(),
                ))
                .is_some_and(reached)
        };
        published && (definition || sources.is_empty() || !sources.iter().all(replaced))
    }

    /// The version a rule belongs to: the first day of the revision its first source
    /// cites (`None`: the document as first published). Of two rules of one kind and key
    /// in force, the later version's answers.
    pub fn version_of(&self, sources: &[Source]) -> Option<NaiveDate> {
        sources
            .first()
            .and_then(|source| self.revisions.get(source.doc.get_ref()))
            .copied()
    }
}

/// A document's first day in force as a revision: `in-force-from`, else its `date`.
pub(crate) fn first_day(document: &Document) -> Option<NaiveDate> {
    document
        .in_force_from
        .as_ref()
        .map(|from| from.get_ref().0)
        .or(document.date)
}

/// The rule sets in force, by day: one for the days before the first revision, and one
/// from each day on which a revision comes into force. Without revisions, one set.
#[derive(Debug)]
pub struct Versions {
    /// From which day (`None`: the beginning) each set is in force, in order.
    spans: Vec<(Option<NaiveDate>, RuleSet)>,
}

impl Versions {
    /// One rule set, in force on every day.
    pub fn single(rules: RuleSet) -> Versions {
        Versions {
            spans: vec![(None, rules)],
        }
    }

    pub(crate) fn from_spans(spans: Vec<(Option<NaiveDate>, RuleSet)>) -> Versions {
        Versions { spans }
    }

    /// Whether the rules hold more than one version of some document.
    pub fn is_versioned(&self) -> bool {
        self.spans.len() > 1
    }

    /// The rules in force on `day` (a UTC date).
    pub fn on(&self, day: NaiveDate) -> &RuleSet {
        self.span_on(day).1
    }

    /// The rules in force on `day`, and from which day they are (`None`: the beginning).
    pub fn span_on(&self, day: NaiveDate) -> (Option<NaiveDate>, &RuleSet) {
        let (from, rules) = &self.spans[self.index_on(day)];
        (*from, rules)
    }

    /// Which span (in [`Versions::spans`] order) is in force on `day`.
    pub fn index_on(&self, day: NaiveDate) -> usize {
        self.spans
            .iter()
            .rposition(|(from, _)| from.is_none_or(|from| from <= day))
            .unwrap_or(0)
    }

    /// How answers name span `index`, and the `--as-of` day that asks it: `from D` (asked
    /// on D), or for the span before every revision `before D`, D being the next span's
    /// first day (asked on the day before). `None` when the rules hold one version.
    pub fn span_name(&self, index: usize) -> Option<(String, NaiveDate)> {
        let next = self.spans.get(index + 1).and_then(|(from, _)| *from);
        match (self.spans.get(index)?.0, next) {
            (Some(from), _) => Some((format!("from {from}"), from)),
            (None, Some(until)) => {
                Some((format!("before {until}"), until.pred_opt().unwrap_or(until)))
            }
            (None, None) => None,
        }
    }

    /// The latest rules: every revision in force.
    pub fn latest(&self) -> &RuleSet {
        &self.spans[self.spans.len() - 1].1
    }

    /// The days on which what is in force changes, in order.
    pub fn change_days(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        self.spans.iter().filter_map(|(from, _)| *from)
    }

    /// Each set, from the day it is in force.
    pub fn spans(&self) -> impl Iterator<Item = (Option<NaiveDate>, &RuleSet)> {
        self.spans.iter().map(|(from, rules)| (*from, rules))
    }

    /// The latest rules, taken out.
    pub fn into_latest(mut self) -> RuleSet {
        match self.spans.pop() {
            Some((_, rules)) => rules,
            // Never empty: built with at least one span.
            None => RuleSet::default(),
        }
    }
}

/// Whether `file`'s documents revise any other.
pub(crate) fn has_revisions(file: &RuleFile) -> bool {
    file.document.iter().any(|d| d.revises.is_some())
}
