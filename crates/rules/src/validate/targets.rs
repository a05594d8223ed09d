//! Targets: response targets, their plan, severity, product and calendar.

use super::*;

impl<'a> Checker<'a> {
    /// A target's references, its amount for its coverage, its bound as the cell writes
    /// it, and its amount's range.
    pub(super) fn target(&mut self, file: usize, target: &Target, known: &Known) {
        self.target_references(file, target, known);
        let amounts = [target.minutes.as_ref(), target.business_days.as_ref()];
        self.target_amount(file, target, &amounts);
        self.target_cross_reference(file, target);
        self.target_bound(file, target);
        let limits = [MAX_TARGET_MINUTES, MAX_TARGET_DAYS];
        for (amount, limit) in amounts.into_iter().zip(limits) {
            let Some(amount) = amount else { continue };
            if *amount.get_ref() == 0 {
                self.report(
                    file,
                    Some(amount.span()),
                    "a target must be above zero".into(),
                );
            } else if *amount.get_ref() > limit {
                self.report(
                    file,
                    Some(amount.span()),
                    format!("a target must be at most {limit} (a year)"),
                );
            }
        }
    }

    /// The plan, severity, product (one the plan covers) and calendar (one that can be
    /// counted without the customer's zone, else a warning).
    fn target_references(&mut self, file: usize, target: &Target, known: &Known) {
        self.reference(file, &target.plan, &known.plans);
        self.reference(file, &target.severity, &known.severities);
        if let Some(product) = &target.product {
            self.reference(file, product, &known.products);
            let plan = known.plan.get(&target.plan.get_ref().to_lowercase());
            let name = product.get_ref();
            if let Some(plan) = plan.filter(|_| known.products.is_id(name)) {
                let covered = &plan.products;
                if !covered.is_empty()
                    && !covered
                        .iter()
                        .any(|p| p.get_ref().eq_ignore_ascii_case(name))
                {
                    self.report(
                        file,
                        Some(product.span()),
                        format!(
                            "plan `{}` does not cover product `{name}` (its `products` do not list it), so this target is never used",
                            plan.id()
                        ),
                    );
                }
            }
        }
        if let Some(calendar) = &target.calendar {
            self.reference(file, calendar, &known.regions);
            let region = known.region.get(&calendar.get_ref().to_lowercase());
            if let Some(region) = region.filter(|r| r.zone.get_ref() == LOCAL_ZONE) {
                self.warn(
                    file,
                    Some(calendar.span()),
                    format!(
                        "region `{}` keeps the customer's own local hours (zone `{LOCAL_ZONE}`), so this target can be counted only when the customer's zone is given with --tz",
                        region.id()
                    ),
                );
            }
        }
    }

    /// Exactly one of `minutes` and `business-days`, except for best effort (neither) and
    /// an unspecified level (at most one).
    fn target_amount(
        &mut self,
        file: usize,
        target: &Target,
        amounts: &[Option<&toml::Spanned<u32>>; 2],
    ) {
        let coverage = target.coverage.get_ref();
        let given = amounts.iter().flatten().count();
        let span = Some(target.coverage.span());
        match (coverage, given) {
            (Coverage::BestEffort, 0) | (Coverage::Unspecified, 0 | 1) => {}
            (Coverage::BestEffort, _) => self.report(
                file,
                span,
                "a `best-effort` target has neither `minutes` nor `business-days`".into(),
            ),
            (_, 1) => {}
            (_, _) => self.report(
                file,
                span,
                "a target needs exactly one of `minutes` and `business-days`".into(),
            ),
        }
    }

    /// A borrowed calendar's rule counts only a level the document gives without hours
    /// (decided reading 14a): any other target counts by its own coverage.
    fn target_cross_reference(&mut self, file: usize, target: &Target) {
        let coverage = *target.coverage.get_ref();
        if target.cross_reference_coverage.is_some() && coverage != Coverage::Unspecified {
            self.report(
                file,
                Some(target.coverage.span()),
                format!(
                    "a target with `coverage = \"{}\"` counts by it: `cross-reference-coverage` belongs to an `unspecified` target",
                    coverage.as_str()
                ),
            );
        }
    }

    /// The bound is data, checked against the cell it comes from, in the documents'
    /// Dutch or a revision's English.
    fn target_bound(&mut self, file: usize, target: &Target) {
        let cell = target.as_written.to_lowercase();
        let written = if ["<", "less than", "minder dan"]
            .iter()
            .any(|w| cell.contains(w))
        {
            Some(Bound::Lt)
        } else if ["of minder", "or less"].iter().any(|w| cell.contains(w)) {
            Some(Bound::Le)
        } else {
            None
        };
        let bound = target.bound.as_ref().map(|b| *b.get_ref());
        if bound != written {
            let span = Some(
                target
                    .bound
                    .as_ref()
                    .map_or(target.coverage.span(), |b| b.span()),
            );
            let expected = match written {
                Some(Bound::Lt) => {
                    "`bound = \"lt\"`, as the cell writes \"<\" (\"less than\", \"minder dan\")"
                }
                Some(Bound::Le) => {
                    "`bound = \"le\"`, as the cell writes \"of minder\" (\"or less\")"
                }
                None => "no `bound`: the cell writes neither \"<\" (\"less than\", \"minder dan\") nor \"of minder\" (\"or less\")",
            };
            self.report(file, span, format!("this target needs {expected}"));
        }
    }

    /// Each plan, severity, product and kind of request has one target (a user's may
    /// replace a built-in one).
    pub(super) fn target_once(
        &mut self,
        file: usize,
        target: &Target,
        taken: &mut HashMap<TargetKey, Taken>,
    ) {
        let key = (
            target.plan.get_ref().to_lowercase(),
            target.severity.get_ref().to_lowercase(),
            target.product.as_ref().map(|p| p.get_ref().to_lowercase()),
            target.about,
        );
        let span = target.plan.span();
        let user = self.files[file].user;
        if let Some(first) = take(taken, key, file, span.clone(), user) {
            self.report(
                file,
                Some(span),
                format!(
                    "duplicate target for plan `{}` and severity `{}`",
                    target.plan.get_ref(),
                    target.severity.get_ref()
                ),
            );
            self.relate(first.file, first.span, "the first target for them");
        }
    }
}
