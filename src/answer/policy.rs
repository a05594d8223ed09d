//! `policy`: the documents' other answers, one topic at a time.

use serde::Serialize;

use super::{Answer, Sources};
use crate::render::style::Style;
use crate::render::table;
use crate::rules::model::{AnswerKind, Source, Topic};
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct TopicAnswer {
    pub topic: String,
    pub title: String,
    pub points: Vec<String>,
    pub note: Option<String>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct TopicList {
    pub topics: Vec<TopicEntry>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct TopicEntry {
    pub topic: String,
    pub title: String,
    pub aliases: Vec<String>,
}

pub fn answer(rules: &RuleSet, topic: &str) -> Result<TopicAnswer, super::Error> {
    Ok(topic_answer(rules, rules.find(topic)?))
}

pub fn topic_answer(rules: &RuleSet, topic: &Topic) -> TopicAnswer {
    TopicAnswer {
        topic: topic.id.clone(),
        title: topic.title.clone(),
        points: topic.points.clone(),
        note: topic.note.clone(),
        source: Sources::of(rules, &topic.source),
    }
}

/// The topics that qualify answers of one kind (`shown-with` in the rules). With
/// `sources`, only topics from the same documents: a Power Platform topic does not
/// qualify a 21Vianet answer.
pub fn related(rules: &RuleSet, kind: AnswerKind, sources: Option<&[&Source]>) -> Vec<TopicAnswer> {
    let same_document = |topic: &Topic| {
        sources.is_none_or(|sources| {
            topic
                .source
                .iter()
                // Versions of one document are one document.
                .any(|t| {
                    sources
                        .iter()
                        .any(|s| rules.first_version(s.doc) == rules.first_version(t.doc))
                })
        })
    };
    rules
        .topics()
        .iter()
        .filter(|t| t.shown_with.contains(&kind) && same_document(t))
        .map(|t| topic_answer(rules, t))
        .collect()
}

/// The related topics as text blocks for tables. Their sources are not repeated here:
/// an answer names each source once, at its end ([`Sources::shown`]).
pub fn related_blocks(related: &[TopicAnswer]) -> String {
    related
        .iter()
        .map(|t| format!("{}:\n{}", t.title, table::bullets(&t.points)))
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// The related topics' blocks with `--details`; nothing without.
pub fn shown_blocks(style: &Style, related: &[TopicAnswer]) -> String {
    if style.details {
        related_blocks(related)
    } else {
        String::new()
    }
}

/// The end of an answer with related topics: its sources (with the topics' own when
/// `--details` shows them), each once, then the line saying what `--details` would add
/// (`hidden`: parts of the answer's own table it leaves out).
pub fn ending(
    style: &Style,
    source: &Sources,
    hidden: Option<&str>,
    related: &[TopicAnswer],
) -> String {
    let shown = related.iter().filter(|_| style.details).map(|t| &t.source);
    table::ending(
        source.shown(shown).lines(style),
        more(style, hidden, related),
    )
}

/// Without `--details`, one short line saying what `--details` would add to a table:
/// `hidden` (parts of the answer's own table it leaves out), then the related topics.
/// Empty with `--details`, or when there is nothing more.
pub fn more(style: &Style, hidden: Option<&str>, related: &[TopicAnswer]) -> String {
    if style.details {
        return String::new();
    }
    let topics = match related.len() {
        0 => None,
        1 => Some(crate::render::text::lower_first(&related[0].title)),
        n => Some(format!("{n} related topics")),
    };
    let more: Vec<String> = hidden
        .map(str::to_string)
        .into_iter()
        .chain(topics)
        .collect();
    if more.is_empty() {
        return String::new();
    }
    format!("More with --details: {}.", more.join(", "))
}

pub fn list(rules: &RuleSet) -> TopicList {
    let mut source = Sources::default();
    let topics = rules
        .topics()
        .iter()
        .map(|t| {
            source.add(rules, &t.source);
            TopicEntry {
                topic: t.id.clone(),
                title: t.title.clone(),
                aliases: t.aliases.clone(),
            }
        })
        .collect();
    TopicList { topics, source }
}

impl Answer for TopicAnswer {
    fn table(&self, style: &Style) -> String {
        table::blocks(
            style,
            [
                format!("{} ({})", self.title, self.topic),
                table::bullets(&self.points),
                table::note(self.note.as_deref()),
                self.source.lines(style),
            ],
        )
    }
}

impl Answer for TopicList {
    fn table(&self, style: &Style) -> String {
        let mut out = table::with_header(style, ["Topic", "Title"]);
        for t in &self.topics {
            out.add_row(vec![t.topic.clone(), t.title.clone()]);
        }
        table::blocks(
            style,
            [
                out.to_string(),
                "Show one with `support-advisor policy TOPIC`.".to_string(),
            ],
        )
    }
}

/// What the documents say of support for a public preview feature (`--preview`), when the
/// rules have it (decided reading 16).
/// Whether the public-preview rule applies to support cited by `sources`: the rule is the
/// Power Platform / Dynamics 365 document's, and says nothing of another document's
/// support (Microsoft 365, Power BI, 21Vianet).
pub fn preview_applies(rules: &RuleSet, sources: &Sources) -> bool {
    preview(rules).is_some_and(|p| {
        p.source
            .0
            .iter()
            .any(|own| sources.0.iter().any(|s| s.family == own.family))
    })
}

/// The sentence said where `--preview` was given for support whose document says nothing
/// of preview features.
pub const PREVIEW_NOT_APPLIED: &str = "--preview: the rule for public preview features (break-fix only, English only, no 24/7, no target) is the Power Platform / Dynamics 365 document's; this support's document says nothing of preview features, so it is not applied here.";

pub fn preview(rules: &RuleSet) -> Option<TopicAnswer> {
    rules
        .find::<Topic>("preview-support")
        .ok()
        .map(|t| topic_answer(rules, t))
}
