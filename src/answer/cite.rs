//! Citations: the document, file and section an answer comes from.

use serde::{Serialize, Serializer};

use crate::rules::model::Source;
use crate::rules::RuleSet;

/// One cited section of one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Cite {
    pub document: String,
    pub file: String,
    pub section: String,
    /// The document's own date (its `ms.date`); `None` (JSON `null`) for an undated one.
    pub date: Option<chrono::NaiveDate>,
    /// The user's rule file that said this, where it is not a built-in rule.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rules_file: Option<String>,
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
            let document = rules.document(source.doc);
            let cite = Cite {
                document: document.title.clone(),
                file: document.file.clone(),
                section: source.section.clone(),
                date: document.date,
                rules_file: source.origin.clone(),
            };
            if !self.cites(&cite) {
                self.0.push(cite);
            }
        }
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
        self.0
            .iter()
            .any(|c| (&c.file, &c.section) == (&cite.file, &cite.section))
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
            let same = |(first, _): &&mut (&Cite, Vec<&str>)| {
                (&first.file, &first.rules_file) == (&cite.file, &cite.rules_file)
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
                let date = c
                    .date
                    .map_or_else(|| "undated".to_string(), |d| d.to_string());
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
                format!(
                    "{label}: {} ({}, {date}), {sections}{by}",
                    c.document, c.file
                )
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
