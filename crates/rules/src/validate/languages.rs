//! Languages: their codes, and the regions, severities and zones of their desks.

use super::*;

impl<'a> Checker<'a> {
    /// A language's code, and its desks' references and zone patterns.
    pub(super) fn language(&mut self, file: usize, language: &Language, known: &Known) {
        // Answers find English by its code, and a script by its subtag (`zh-Hant`).
        let mut subtags = language.code.split('-');
        let primary = subtags.next().unwrap_or_default();
        let well_formed = (2..=3).contains(&primary.len())
            && primary.bytes().all(|b| b.is_ascii_lowercase())
            && subtags.all(|s| {
                s.len() == 4
                    && s.starts_with(|c: char| c.is_ascii_uppercase())
                    && s[1..].bytes().all(|b| b.is_ascii_lowercase())
            });
        if !well_formed {
            self.report(
                file,
                Some(language.id.span()),
                format!(
                    "language `{}` has code `{}`: give its ISO 639-1 code in lower case, with a script subtag where the documents name a script (`en`, `zh-Hant`)",
                    language.id.get_ref(),
                    language.code
                ),
            );
        }
        for desk in &language.desk {
            self.refs(file, &desk.regions, &known.regions);
            self.refs(file, &desk.around_the_clock_for, &known.severities);
            // Severities served around the clock belong to a `24x7` desk only: any other
            // desk keeps its hours whatever the severity.
            if let Some(first) = desk
                .around_the_clock_for
                .first()
                .filter(|_| desk.coverage != Coverage::AroundTheClock)
            {
                self.report(
                    file,
                    Some(first.span()),
                    format!(
                        "language `{}`: a desk with `coverage = \"{}\"` is not there around the clock: `around-the-clock-for` belongs to a `24x7` desk",
                        language.id.get_ref(),
                        desk.coverage.as_str()
                    ),
                );
            }
            for pattern in &desk.zones {
                if !zones::is_zone_pattern(pattern) {
                    self.report(
                        file,
                        Some(language.id.span()),
                        format!(
                            "language `{}`: desk zone pattern `{pattern}` matches no IANA zone: use `Area/Location` or `Area/*`",
                            language.id.get_ref()
                        ),
                    );
                }
            }
        }
    }
}
