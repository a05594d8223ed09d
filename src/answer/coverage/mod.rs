//! `rules coverage`: for each document, every section and the rules that cite it;
//! `revision.rs` compares a newer copy of a document (`--document FILE`) with the rules.

use serde::Serialize;

pub mod headings;
pub mod revision;

use super::Answer;
use crate::render::style::Style;
use crate::render::table;
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct CoverageAnswer {
    pub documents: Vec<DocumentCoverage>,
    /// Sections cited by no rule and not marked as having nothing to encode.
    pub uncovered: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct DocumentCoverage {
    pub document: String,
    pub file: String,
    pub sections: Vec<SectionCoverage>,
}

#[derive(Debug, Serialize)]
pub struct SectionCoverage {
    pub section: String,
    pub cited_by: Vec<String>,
    /// Why the section has nothing to encode, where it is marked so.
    pub unencoded: Option<String>,
}

pub fn answer(rules: &RuleSet) -> CoverageAnswer {
    let citations = rules.citations();
    let mut uncovered = Vec::new();
    let documents = rules
        .documents()
        .iter()
        .map(|document| {
            let sections = document
                .sections
                .iter()
                .map(|section| {
                    let mut cited_by: Vec<String> = Vec::new();
                    for (rule, source) in &citations {
                        if source.doc == document.key
                            && source.section == *section
                            && !cited_by.contains(rule)
                        {
                            cited_by.push(rule.clone());
                        }
                    }
                    let unencoded = document
                        .unencoded
                        .iter()
                        .find(|u| u.section == *section)
                        .map(|u| u.reason.clone());
                    if cited_by.is_empty() && unencoded.is_none() {
                        uncovered.push(format!("{}: {section}", document.file));
                    }
                    SectionCoverage {
                        section: section.clone(),
                        cited_by,
                        unencoded,
                    }
                })
                .collect();
            DocumentCoverage {
                document: document.title.clone(),
                file: document.file.clone(),
                sections,
            }
        })
        .collect();
    CoverageAnswer {
        documents,
        uncovered,
    }
}

impl Answer for CoverageAnswer {
    fn table(&self, style: &Style) -> String {
        let mut parts = Vec::new();
        for document in &self.documents {
            let mut out = table::with_header(style, ["Section", "Cited by"]);
            for s in &document.sections {
                let cited = match (&s.unencoded, s.cited_by.as_slice()) {
                    (Some(reason), []) => format!("nothing to encode: {reason}"),
                    (_, []) => "NOT COVERED".to_string(),
                    (_, rules) => rules.join("\n"),
                };
                out.add_row(vec![s.section.clone(), cited]);
            }
            parts.push(format!("{} ({})\n{out}", document.document, document.file));
        }
        parts.push(match self.uncovered.len() {
            0 => "Every section is cited or marked as having nothing to encode.".to_string(),
            n => format!("{n} section(s) not covered:\n{}", self.uncovered.join("\n")),
        });
        table::blocks(style, parts)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_section_of_every_document_is_cited_or_marked() {
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let coverage = answer(&rules);
        assert_eq!(coverage.documents.len(), 5);
        assert!(
            coverage.uncovered.is_empty(),
            "not covered: {:#?}",
            coverage.uncovered
        );
    }
}
