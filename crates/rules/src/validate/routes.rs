//! Where to file and whom to call: routes (products, plans, channels, a web address) and
//! phone lines (their product, and their desks' hours, languages and severities).

use super::*;

impl<'a> Checker<'a> {
    /// A route names a product at least, refers to known rules, and links to the web.
    pub(super) fn route(&mut self, file: usize, route: &Route, known: &Known) {
        if route.products.is_empty() {
            self.report(
                file,
                Some(route.id.span()),
                "a route must name at least one product".into(),
            );
        }
        self.refs(file, &route.products, &known.products);
        self.refs(file, &route.plans, &known.plans);
        for note in &route.plan_notes {
            self.refs(file, &note.plans, &known.plans);
        }
        self.refs(file, &route.channels, &known.channels);
        if let Some(url) = &route.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                let span = self
                    .span(
                        file,
                        &[Key(Route::KEY), Id(route.id.span().start), Key("url")],
                    )
                    .unwrap_or(route.id.span());
                self.warn(
                    file,
                    Some(span),
                    format!("url `{url}` is not a web address: it should start with `https://`"),
                );
            }
        }
    }

    /// A phone line's product, and each desk's hours, languages and severities.
    pub(super) fn phone_line(&mut self, file: usize, line: &PhoneLine, known: &Known) {
        self.reference(file, &line.product, &known.products);
        for desk in &line.desk {
            self.reference(file, &desk.hours, &known.regions);
            self.refs(file, &desk.languages, &known.languages);
            self.refs(file, &desk.severities, &known.severities);
        }
    }
}
