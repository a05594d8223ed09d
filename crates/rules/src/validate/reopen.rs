//! Reopen rules: their numbers (the documents' four, each once) and months.

use super::*;

/// The numbers of the reopen rules: the documents list four.
const REOPEN_NUMBERS: RangeInclusive<u8> = 1..=4;

/// The months of a `months-closed` reopen rule: at least one, at most a century.
const REOPEN_MONTHS: RangeInclusive<u32> = 1..=1200;

impl<'a> Checker<'a> {
    /// A reopen rule's number (in range, and not taken by another rule) and its months
    /// (in range, and given for a `months-closed` rule only).
    pub(super) fn reopen_rule(
        &mut self,
        file: usize,
        rule: &ReopenRule,
        numbers: &mut HashMap<u8, Taken>,
    ) {
        let (number, span) = (*rule.number.get_ref(), rule.number.span());
        if !REOPEN_NUMBERS.contains(&number) {
            self.report(
                file,
                Some(span.clone()),
                format!(
                    "reopen rule number {number} is out of range: the documents number their four reopen rules 1 to 4"
                ),
            );
        }
        if let Some(months) = &rule.months {
            if !REOPEN_MONTHS.contains(months.get_ref()) {
                self.report(
                    file,
                    Some(months.span()),
                    format!(
                        "`months = {}` is out of range: give 1 to {} (a century)",
                        months.get_ref(),
                        REOPEN_MONTHS.end()
                    ),
                );
            }
        }
        let user = self.files[file].user;
        if let Some(first) = take(numbers, number, file, span.clone(), user) {
            self.report(
                file,
                Some(span),
                format!("duplicate reopen rule number {number}"),
            );
            self.relate(first.file, first.span, "first used here");
        }
        let needs_months = rule.fact == ReopenFact::MonthsClosed;
        match (&rule.months, needs_months) {
            (None, true) => self.report(
                file,
                Some(rule.number.span()),
                "a `months-closed` rule needs `months`".into(),
            ),
            (Some(months), false) => self.report(
                file,
                Some(months.span()),
                "`months` belongs to `months-closed` rules only".into(),
            ),
            _ => {}
        }
    }
}
