//! Loading: each file parsed once, each rule deserialized on its own.

use super::*;

impl<'a> Checker<'a> {
    /// Reads one file rule by rule, so that a rule breaking the schema (an unknown key, a
    /// missing field, a value of the wrong type) costs that rule only: it is reported and
    /// left out, and every other rule of the file is still read and checked. A file that
    /// is not TOML at all is lost whole, reported at its syntax error.
    pub(super) fn parse(&mut self, file: usize) -> Option<RuleFile> {
        let text: &'a str = &self.files[file].text;
        let tree = match DeTable::parse(text) {
            Ok(tree) => tree,
            Err(e) => {
                // Its rules' names are unknown, so references are no longer checked.
                self.complete = false;
                self.report(file, e.span(), e.message().trim().to_string());
                let _ = self.trees[file].set(None);
                return None;
            }
        };
        let mut rules = RuleFile::default();
        for (key, value) in tree.get_ref() {
            let value = value.clone();
            match key.get_ref().as_ref() {
                "document" => self.entries(file, "document", value, &mut rules.document),
                "plan" => self.entries(file, "plan", value, &mut rules.plan),
                "severity" => self.entries(file, "severity", value, &mut rules.severity),
                "product" => self.entries(file, "product", value, &mut rules.product),
                "channel" => self.entries(file, "channel", value, &mut rules.channel),
                "target" => self.entries(file, "target", value, &mut rules.target),
                "region" => self.entries(file, "region", value, &mut rules.region),
                "language" => self.entries(file, "language", value, &mut rules.language),
                "route" => self.entries(file, "route", value, &mut rules.route),
                "reopen-rule" => self.entries(file, "reopen-rule", value, &mut rules.reopen_rule),
                "topic" => self.entries(file, "topic", value, &mut rules.topic),
                "phone-line" => self.entries(file, "phone-line", value, &mut rules.phone_line),
                "membership" => self.entries(file, "membership", value, &mut rules.membership),
                "allowance" => self.entries(file, "allowance", value, &mut rules.allowance),
                unknown => {
                    let expected = KINDS.map(|k| format!("`{k}`")).join(", ");
                    self.report(
                        file,
                        Some(key.span()),
                        format!("unknown field `{unknown}`, expected one of {expected}"),
                    );
                }
            }
        }
        // The tree serves later to find the places the schema does not keep.
        let _ = self.trees[file].set(Some(tree));
        Some(rules)
    }

    /// Reads the rules of one kind (the value of `key`), each on its own.
    pub(super) fn entries<T: DeserializeOwned>(
        &mut self,
        file: usize,
        key: &str,
        value: toml::Spanned<DeValue<'_>>,
        rules: &mut Vec<T>,
    ) {
        let DeValue::Array(entries) = value.get_ref() else {
            // Not an array of tables: serde's message says what was expected.
            if let Err(e) = Vec::<T>::deserialize(ValueDeserializer::from(value)) {
                self.report(file, e.span(), e.message().trim().to_string());
            }
            return;
        };
        for entry in entries.iter() {
            match T::deserialize(ValueDeserializer::from(entry.clone())) {
                Ok(rule) => rules.push(rule),
                Err(e) => {
                    self.report(file, e.span(), e.message().trim().to_string());
                    self.lost.extend(Lost::of(key, entry.get_ref()));
                }
            }
        }
    }
}
