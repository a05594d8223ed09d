//! Sources: each document's sections, and every rule citing a real section.

use super::*;

impl<'a> Checker<'a> {
    pub(super) fn document(&mut self, file: usize, document: &Document) {
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
                let hint = ids::Suggestion::aside(ids::suggest(
                    section,
                    document.sections.iter().map(String::as_str),
                ));
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

    /// A revision's version fields: the document it revises exists and is another, its
    /// first day in force is known and after the revised document's date, no other
    /// revision of that document starts the same day, and the sections it replaces are the
    /// revised document's.
    pub(super) fn version(&mut self, file: usize, document: &Document, known: &Known) {
        let id = document.id.get_ref();
        let Some(revises) = &document.revises else {
            if let Some(from) = &document.in_force_from {
                self.report(
                    file,
                    Some(from.span()),
                    format!("document `{id}` has `in-force-from` but revises no document: add `revises = \"<document id>\"`"),
                );
            }
            if let Some(first) = document.replaces.first() {
                self.report(
                    file,
                    Some(first.span()),
                    format!("document `{id}` has `replaces` but revises no document: add `revises = \"<document id>\"`"),
                );
            }
            return;
        };
        self.reference(file, revises, &known.documents);
        if revises.get_ref() == id {
            self.report(
                file,
                Some(revises.span()),
                format!("document `{id}` cannot revise itself"),
            );
            return;
        }
        let from = document
            .in_force_from
            .as_ref()
            .map(|f| f.get_ref().0)
            .or(document.date);
        let from_span = document
            .in_force_from
            .as_ref()
            .map_or(revises.span(), |f| f.span());
        let Some(from) = from else {
            self.report(
                file,
                Some(revises.span()),
                format!("revision `{id}` has neither `in-force-from` nor `date`: give the first day it is in force"),
            );
            return;
        };
        let Some(earlier) = known.document.get(&revises.get_ref().to_lowercase()) else {
            return;
        };
        if let Some(date) = earlier.date.filter(|date| from <= *date) {
            self.report(
                file,
                Some(from_span.clone()),
                format!(
                    "revision `{id}` is in force from {from}, not after the document it revises (`{}`, dated {date})",
                    revises.get_ref()
                ),
            );
        }
        // Each pair once: reported at the later of the two in file order.
        let earlier_revisions = known
            .revisions
            .iter()
            .take_while(|other| !std::ptr::eq(**other, document));
        for other in earlier_revisions
            .filter(|other| other.revises.as_ref().map(|r| r.get_ref()) == Some(revises.get_ref()))
        {
            let other_from = other
                .in_force_from
                .as_ref()
                .map(|f| f.get_ref().0)
                .or(other.date);
            if other_from == Some(from) {
                self.report(
                    file,
                    Some(from_span.clone()),
                    format!(
                        "revisions `{id}` and `{}` of `{}` are both in force from {from}: give each its own first day",
                        other.id.get_ref(),
                        revises.get_ref()
                    ),
                );
            }
        }
        for section in &document.replaces {
            let name = section.get_ref();
            if !earlier.sections.iter().any(|s| s == name) {
                let hint = ids::Suggestion::aside(ids::suggest(
                    name,
                    earlier.sections.iter().map(String::as_str),
                ));
                self.report(
                    file,
                    Some(section.span()),
                    format!(
                        "revision `{id}` replaces section `{name}`, which document `{}` does not have{hint}",
                        revises.get_ref()
                    ),
                );
            }
        }
    }

    pub(super) fn sources(
        &mut self,
        file: usize,
        owner: &Range<usize>,
        sources: &[Source],
        known: &Known,
    ) {
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
                let hint = ids::Suggestion::aside(ids::suggest(
                    section,
                    document.sections.iter().map(String::as_str),
                ));
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
}
