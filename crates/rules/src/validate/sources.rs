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
                let hint = ids::suggest(section, document.sections.iter().map(String::as_str))
                    .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
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
                let hint = ids::suggest(section, document.sections.iter().map(String::as_str))
                    .map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
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
