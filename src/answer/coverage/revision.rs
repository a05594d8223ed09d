//! `rules coverage --document FILE`: a newer copy of a document against the rules. Which
//! sections the rules cite that the file no longer has, and which of the file's sections
//! no rule cites: where to look first when the vendor publishes a change.

use std::io::Read;
use std::path::Path;

use crate::answer::error::fail;
use crate::answer::Error;
use serde::Serialize;

use super::headings::{self, normalise, Outline};
use crate::answer::Answer;
use crate::render::echo;
use crate::render::style::Style;
use crate::render::table;
use crate::rules::model::Document;
use crate::rules::RuleSet;

/// The most of a file that is read (a stream that never ends stops there).
const MAX_BYTES: u64 = 16 << 20;

#[derive(Debug, Serialize)]
pub struct RevisionAnswer {
    /// The file as given.
    pub file: String,
    /// `markdown` or `plain-text`.
    pub format: &'static str,
    /// The file's title: its front matter's, else its first heading's.
    pub title: Option<String>,
    /// The front matter's `ms.date` and `ms.contentlocale`, as written.
    pub date: Option<String>,
    pub locale: Option<String>,
    /// How many headings the file has.
    pub headings: usize,
    /// The rules' document the file is taken to be a version of.
    pub document: DocumentRef,
    /// How it was chosen: `doc` (--doc), `title` or `headings`.
    pub chosen_by: &'static str,
    /// Why, in words.
    pub chosen_because: String,
    /// Sections the rules cite that the file no longer has.
    pub missing: Vec<Missing>,
    /// The file's headings that no rule cites, in the file's order.
    pub uncited: Vec<Uncited>,
    /// Where no heading of the file is one of the document's: why the lists above may say
    /// nothing of the revision (another language, a file cut short); null otherwise.
    pub note: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DocumentRef {
    pub id: String,
    pub title: String,
    pub file: String,
    pub date: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Missing {
    /// The section as the rules write it.
    pub section: String,
    pub cited_by: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Uncited {
    /// The heading as the file writes it.
    pub heading: String,
    pub line: usize,
    /// `new`: the rules' document has no such section; `not-cited`: it has, and no rule
    /// cites it; `nothing-to-encode`: it has, marked as having nothing to encode.
    pub status: &'static str,
    /// Why the section has nothing to encode, where it is marked so.
    pub reason: Option<String>,
}

/// Reads `file` and compares it with the rules' document `doc` (an id or title), or the
/// document it names by its title, or the one it shares the most headings with.
pub fn answer(rules: &RuleSet, file: &Path, doc: Option<&str>) -> Result<RevisionAnswer, Error> {
    let shown = echo::escape(&file.display().to_string()).into_owned();
    let outline = headings::read(&read(file, &shown)?);
    if outline.headings.is_empty() {
        fail!(Input, "document `{shown}` has no headings: give a Markdown file (`#` headings) or plain text with headings on lines of their own");
    }
    let (document, chosen_by, chosen_because) = choose(rules, &outline, doc, &shown)?;

    let citations = rules.citations();
    let cited_by = |section: &str| -> Vec<String> {
        let mut rules_citing: Vec<String> = Vec::new();
        for (rule, source) in &citations {
            if source.doc == document.key
                && source.section == section
                && !rules_citing.contains(rule)
            {
                rules_citing.push(rule.clone());
            }
        }
        rules_citing
    };
    let missing = document
        .sections
        .iter()
        .filter(|section| !outline.has(&normalise(section)))
        .filter_map(|section| {
            let by = cited_by(section);
            (!by.is_empty()).then(|| Missing {
                section: section.clone(),
                cited_by: by,
            })
        })
        .collect();
    let mut uncited = Vec::new();
    for heading in &outline.headings {
        let known = document
            .sections
            .iter()
            .find(|s| normalise(s) == heading.key);
        let (status, reason) = match known {
            None => ("new", None),
            Some(section) if cited_by(section).is_empty() => {
                match document.unencoded.iter().find(|u| &u.section == section) {
                    Some(u) => ("nothing-to-encode", Some(u.reason.clone())),
                    None => ("not-cited", None),
                }
            }
            Some(_) => continue,
        };
        uncited.push(Uncited {
            heading: heading.text.clone(),
            line: heading.line,
            status,
            reason,
        });
    }
    // Not one heading in common: the lists compare the text, not the meaning.
    let in_common = outline
        .headings
        .iter()
        .any(|h| document.sections.iter().any(|s| normalise(s) == h.key));
    let note = (!in_common).then(|| {
        let language = document
            .language
            .as_deref()
            .map_or(String::new(), |l| format!(" (the rules' is {l})"));
        let locale = outline
            .locale
            .as_deref()
            .map_or(String::new(), |l| format!(", the file's {l}"));
        format!(
            "No heading of the file is one of document `{}`'s{language}{locale}: if the file is the document in another language, or cut short, every cited section shows as missing; compare a copy in the document's language",
            document.id
        )
    });
    Ok(RevisionAnswer {
        file: file.display().to_string(),
        format: outline.format.name(),
        title: outline.title().map(str::to_string),
        date: outline.date.clone(),
        locale: outline.locale.clone(),
        headings: outline.headings.len(),
        document: DocumentRef {
            id: document.id.clone(),
            title: document.title.clone(),
            file: document.file.clone(),
            date: document.date.map(|d| d.to_string()),
        },
        chosen_by,
        chosen_because,
        missing,
        uncited,
        note,
    })
}

/// The file's text: at most [`MAX_BYTES`], UTF-8.
fn read(file: &Path, shown: &str) -> Result<String, Error> {
    if file.is_dir() {
        fail!(
            Input,
            "document `{shown}` is a directory: give the document's file"
        );
    }
    let mut bytes = Vec::new();
    std::fs::File::open(file)
        .and_then(|f| f.take(MAX_BYTES + 1).read_to_end(&mut bytes))
        .map_err(|e| Error::Input(format!("cannot read document `{shown}`: {e}")))?;
    if bytes.len() as u64 > MAX_BYTES {
        fail!(
            Input,
            "document `{shown}` is over {} MiB: at most {} MiB is read",
            MAX_BYTES >> 20,
            MAX_BYTES >> 20
        );
    }
    String::from_utf8(bytes).map_err(|e| {
        Error::Input(format!(
            "document `{shown}` is not UTF-8 text (invalid byte at offset {})",
            e.utf8_error().valid_up_to()
        ))
    })
}

/// The rules' document the file is a version of, how it was chosen and why.
fn choose<'r>(
    rules: &'r RuleSet,
    outline: &Outline,
    doc: Option<&str>,
    shown: &str,
) -> Result<(&'r Document, &'static str, String), Error> {
    if let Some(doc) = doc {
        let document = rules.find::<Document>(doc)?;
        return Ok((
            document,
            "doc",
            format!("named with --doc `{}`", document.id),
        ));
    }
    let documents = rules.documents();
    if let Some(title) = outline.title() {
        let key = normalise(title);
        let by_title = documents
            .iter()
            .find(|d| normalise(&d.title) == key)
            .or_else(|| {
                documents
                    .iter()
                    .find(|d| normalise(&d.title).to_lowercase() == key.to_lowercase())
            });
        if let Some(document) = by_title {
            return Ok((
                document,
                "title",
                format!("the file's title is the document's, \"{title}\""),
            ));
        }
    }
    let keys: Vec<&str> = outline.headings.iter().map(|h| h.key.as_str()).collect();
    let mut shared: Vec<(usize, &Document)> = documents
        .iter()
        .map(|d| {
            let n = d
                .sections
                .iter()
                .filter(|s| keys.contains(&normalise(s).as_str()))
                .count();
            (n, d)
        })
        .filter(|(n, _)| *n > 0)
        .collect();
    shared.sort_by_key(|s| std::cmp::Reverse(s.0));
    let ids = || {
        documents
            .iter()
            .map(|d| format!("`{}`", d.id))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match shared.as_slice() {
        [] => {
            let title = outline
                .title()
                .map(|t| format!("its title \"{}\" is no document's and it", echo::shorten(t, 80)))
                .unwrap_or_else(|| "it".to_string());
            fail!(NotAnswered, "no document of the rules matches `{shown}`: {title} shares no heading with any; name one with --doc (documents: {})", ids())
        }
        [(n, first), (m, second), ..] if n == m => fail!(
            NotAnswered,
            "`{shown}` shares {n} headings with both `{}` and `{}`; name one with --doc (documents: {})",
            first.id,
            second.id,
            ids()
        ),
        [(n, document), ..] => Ok((
            document,
            "headings",
            format!(
                "its title is no document's; it shares {n} of its {} headings with the document, the most of any",
                outline.headings.len()
            ),
        )),
    }
}

impl Answer for RevisionAnswer {
    fn table(&self, style: &Style) -> String {
        let date = self
            .document
            .date
            .as_deref()
            .map_or("undated".to_string(), str::to_string);
        let kind = match self.format {
            "markdown" => "Markdown",
            _ => "plain text",
        };
        let file_line = format!(
            "{} ({kind}, {} headings{})",
            echo::escape(&self.file),
            self.headings,
            self.date
                .as_deref()
                .map_or(String::new(), |d| format!(", ms.date {}", echo::escape(d)))
        );
        let head = table::key_values(
            style,
            [
                ("File", file_line),
                (
                    "Document",
                    format!(
                        "{}: {} ({}, {date})",
                        self.document.id,
                        self.document.title,
                        // A version known by its address only has no seed file.
                        if self.document.file.is_empty() {
                            "no seed file"
                        } else {
                            &self.document.file
                        }
                    ),
                ),
                ("Chosen", self.chosen_because.clone()),
            ],
        );
        let missing = if self.missing.is_empty() {
            "Every section the rules cite is in the file.".to_string()
        } else {
            let mut grid = table::with_header(style, ["Section", "Cited by"]);
            for m in &self.missing {
                grid.add_row(vec![m.section.clone(), m.cited_by.join("\n")]);
            }
            format!(
                "{} section(s) the rules cite that the file no longer has:\n{grid}",
                self.missing.len()
            )
        };
        let uncited = if self.uncited.is_empty() {
            "Every heading of the file is cited by a rule.".to_string()
        } else {
            let mut grid = table::with_header(style, ["Line", "Heading", "Status"]);
            for u in &self.uncited {
                let status = match (u.status, &u.reason) {
                    ("new", _) => "NEW: no such section in the rules".to_string(),
                    (_, Some(reason)) => format!("nothing to encode: {reason}"),
                    _ => "the rules' section, cited by no rule".to_string(),
                };
                grid.add_row(vec![
                    u.line.to_string(),
                    echo::escape(&u.heading).into_owned(),
                    status,
                ]);
            }
            format!(
                "{} heading(s) of the file no rule cites:\n{grid}",
                self.uncited.len()
            )
        };
        let note = self
            .note
            .as_ref()
            .map_or(String::new(), |n| format!("Note: {n}."));
        table::blocks(style, [head, missing, uncited, note])
    }
}
