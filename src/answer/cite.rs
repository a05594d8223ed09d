//! Citations: the document, file and section an answer comes from.

use serde::{Serialize, Serializer};

use crate::rules::model::Source;
use crate::rules::RuleSet;

/// One cited section of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cite {
    pub document: String,
    /// The seed file's name; `None` (JSON `null`) for a version known by its address only.
    pub file: Option<String>,
    pub section: String,
    /// The document's own date (its `ms.date`); `None` (JSON `null`) for an undated one.
    pub date: Option<chrono::NaiveDate>,
    /// The document's language, a BCP 47 tag (`nl-NL`).
    pub language: Option<String>,
    /// Where the vendor publishes the document.
    pub address: Option<String>,
    /// Where the rules hold several versions of the document: the first day (UTC) the
    /// version cited is in force (`Some(None)`, JSON `null`: the first version, undated).
    /// Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force_from: Option<Option<chrono::NaiveDate>>,
    /// Where a later version replacing the cited section is in force from some day: that
    /// day (the section cited is in force before it). Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub in_force_until: Option<chrono::NaiveDate>,
    /// Whether the version replacing the cited section is in force on the answer's day (a
    /// definition kept from the earlier version: a severity, a plan).
    #[serde(skip)]
    pub replaced_here: bool,
    /// Where a later version in force on the answer's day leaves the cited section as it
    /// was: that version's first day. Absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept_by_version_from: Option<chrono::NaiveDate>,
    /// The id of the document's first version: versions of one document share it.
    #[serde(skip)]
    pub family: String,
    /// The user's rule file that said this, where it is not a built-in rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules_file: Option<String>,
}

impl Cite {
    /// The citation of one rule source (validated, so its document exists): the document,
    /// its date, language and address, and which version where the rules hold several.
    pub fn of(rules: &RuleSet, source: &Source) -> Cite {
        let document = rules.document(source.doc);
        let replaced_from = rules.replaced_from(source.doc, &source.section);
        // A revision in force in these rules' span that leaves the section as it was.
        let kept_by_version_from = rules
            .next_version_from(source.doc)
            .filter(|from| rules.in_force_here(*from))
            .filter(|_| replaced_from.is_none_or(|r| !rules.in_force_here(r)));
        Cite {
            family: rules.document(rules.first_version(source.doc)).id.clone(),
            document: document.title.clone(),
            file: Some(document.file.clone()).filter(|f| !f.is_empty()),
            section: source.section.clone(),
            date: document.date,
            language: document.language.clone(),
            address: document.address.clone(),
            in_force_from: document.versioned.then_some(document.in_force_from),
            in_force_until: replaced_from,
            kept_by_version_from,
            replaced_here: replaced_from.is_some_and(|r| rules.in_force_here(r)),
            rules_file: source.origin.clone(),
        }
    }
}

/// The sources of an answer: one object in JSON when there is one, a list when several.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources(pub Vec<Cite>);

impl Sources {
    /// Resolves rule sources to citations (sources are validated, so documents exist).
    pub fn of(rules: &RuleSet, sources: &[Source]) -> Sources {
        let mut cites = Sources::default();
        cites.add(rules, sources);
        cites
    }

    /// Adds the citations not already present, in order.
    pub fn add(&mut self, rules: &RuleSet, sources: &[Source]) {
        for source in sources {
            let cite = Cite::of(rules, source);
            if !self.cites(&cite) {
                self.0.push(cite);
            }
        }
    }

    /// For each cited document dated after `day` (a UTC date): a sentence saying it did
    /// not yet exist on that day, and that its terms are applied all the same.
    pub fn not_yet_published(&self, day: chrono::NaiveDate) -> Vec<String> {
        let mut said: Vec<String> = Vec::new();
        for cite in &self.0 {
            let Some(date) = cite.date.filter(|date| *date > day) else {
                continue;
            };
            // A later version answers a day before its own only when --as-of asks for
            // the rules of a later day; the first version, as the earliest there is.
            let why = match cite.in_force_from {
                Some(Some(_)) => {
                    "its terms apply here because --as-of asks for the rules in force on a later day"
                }
                _ => "its terms are applied as the earliest the rules hold",
            };
            let sentence = format!(
                "On {day} the document \"{}\" (dated {date}) did not yet exist: {why}.",
                cite.document
            );
            if !said.contains(&sentence) {
                said.push(sentence);
            }
        }
        said
    }

    pub fn merge(&mut self, other: &Sources) {
        for cite in &other.0 {
            if !self.cites(cite) {
                self.0.push(cite.clone());
            }
        }
    }

    /// Whether the same section is cited already (by whichever rule file).
    fn cites(&self, cite: &Cite) -> bool {
        self.0.iter().any(|c| {
            (&c.document, &c.file, &c.section) == (&cite.document, &cite.file, &cite.section)
        })
    }

    /// These citations and those of the blocks a table shows besides (related topics
    /// shown with `--details`), each once.
    pub fn shown<'a>(&self, also: impl IntoIterator<Item = &'a Sources>) -> Sources {
        let mut all = self.clone();
        for other in also {
            all.merge(other);
        }
        all
    }

    /// The citations for tables: one line per document (and rule file), naming the
    /// document once with its date (and how many sections are cited); each section and the
    /// seed file's name with `--details` (JSON always has them).
    pub fn lines(&self, style: &crate::render::style::Style) -> String {
        let mut groups: Vec<(&Cite, Vec<&str>)> = Vec::new();
        for cite in &self.0 {
            // One line a document version (and rule file): a section kept by a later
            // version is told apart from one it replaces.
            let same = |(first, _): &&mut (&Cite, Vec<&str>)| {
                let key = |c: &Cite| {
                    (
                        c.document.clone(),
                        c.file.clone(),
                        c.rules_file.clone(),
                        c.in_force_from,
                        c.in_force_until,
                        c.kept_by_version_from,
                    )
                };
                key(first) == key(cite)
            };
            match groups.iter_mut().find(same) {
                Some((_, sections)) => sections.push(&cite.section),
                None => groups.push((cite, vec![&cite.section])),
            }
        }
        groups
            .iter()
            .map(|(c, sections)| {
                let by = c.rules_file.as_ref().map_or(String::new(), |f| {
                    // The user's path, escaped as every value a user gave is.
                    format!(
                        ", as your rules in {} put it",
                        crate::render::echo::escape(f)
                    )
                });
                let mut date = c
                    .date
                    .map_or_else(|| "undated".to_string(), |d| d.to_string());
                // Which version, where the rules hold several.
                match (c.in_force_from, c.in_force_until) {
                    (Some(Some(from)), Some(until)) => {
                        date.push_str(&format!("; the version in force from {from} until {until}"))
                    }
                    (Some(Some(from)), None) => {
                        date.push_str(&format!("; the version in force from {from}"))
                    }
                    (_, Some(until)) if c.replaced_here => date.push_str(&format!(
                        "; the version in force before {until}, kept for what it defines"
                    )),
                    (_, Some(until)) => {
                        date.push_str(&format!("; the version in force before {until}"))
                    }
                    _ => {}
                }
                if let Some(from) = c.kept_by_version_from {
                    date.push_str(&format!(
                        "; the section as the version in force from {from} keeps it"
                    ));
                }
                let quoted = sections
                    .iter()
                    .map(|s| format!("\"{s}\""))
                    .collect::<Vec<_>>();
                let (label, sections) = match quoted.as_slice() {
                    [one] => ("Source", format!("section {one}")),
                    _ => ("Sources", format!("sections {}", quoted.join("; "))),
                };
                // One line a document: its sections in full with --details (and in JSON).
                if !style.details {
                    let count = match quoted.len() {
                        1 => String::new(),
                        n => format!(", {n} sections"),
                    };
                    return format!("{label}: {} ({date}){count}{by}", c.document);
                }
                // The seed file, else where the vendor publishes the version.
                let place = c
                    .file
                    .as_ref()
                    .or(c.address.as_ref())
                    .map_or(String::new(), |p| format!("{p}, "));
                format!("{label}: {} ({place}{date}), {sections}{by}", c.document)
            })
            .collect::<Vec<_>>()
            .join("\n")
    }
}

impl Serialize for Sources {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self.0.as_slice() {
            [one] => one.serialize(serializer),
            many => many.serialize(serializer),
        }
    }
}
