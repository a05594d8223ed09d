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
        self.unprintable(file, tree.get_ref());
        let mut rules = RuleFile::default();
        for (key, value) in tree.get_ref() {
            let mut sink = Entries {
                checker: self,
                file,
                value: value.clone(),
            };
            if !rules.read_kind(key.get_ref(), &mut sink) {
                let expected = RuleFile::KINDS
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                self.report(
                    file,
                    Some(key.span()),
                    format!(
                        "unknown field `{}`, expected one of {expected}",
                        key.get_ref()
                    ),
                );
            }
        }
        // The tree serves later to find the places the schema does not keep.
        let _ = self.trees[file].set(Some(tree));
        Some(rules)
    }

    /// Reports every key or string of `table` holding a control character other than a
    /// line break (a tab too: tables could not tell its width), a bidirectional mark,
    /// override or isolate, or a line or paragraph separator: rule text is shown on
    /// terminals as written, where such a character would rewrite or reorder what the
    /// tool prints.
    fn unprintable(&mut self, file: usize, table: &DeTable<'_>) {
        for (key, value) in table {
            self.unprintable_text(file, key.get_ref(), key.span());
            self.unprintable_value(file, value);
        }
    }

    fn unprintable_value(&mut self, file: usize, value: &toml::Spanned<DeValue<'_>>) {
        match value.get_ref() {
            DeValue::String(text) => self.unprintable_text(file, text, value.span()),
            DeValue::Array(items) => {
                for item in items {
                    self.unprintable_value(file, item);
                }
            }
            DeValue::Table(table) => self.unprintable(file, table),
            _ => {}
        }
    }

    fn unprintable_text(&mut self, file: usize, text: &str, span: Range<usize>) {
        if let Some(c) = text.chars().find(|&c| c != '\n' && ids::needs_escape(c)) {
            self.report(
                file,
                Some(span),
                format!(
                    "U+{:04X} is a control or bidirectional-formatting character: rule text is \
                     shown on terminals as written, so it may hold none",
                    u32::from(c)
                ),
            );
        }
    }

    /// Reads the rules of one kind (the value of `key`), each on its own.
    fn entries<T: DeserializeOwned>(
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

/// The checker reading one kind's value of one file.
struct Entries<'c, 'a, 'v> {
    checker: &'c mut Checker<'a>,
    file: usize,
    value: toml::Spanned<DeValue<'v>>,
}

impl KindSink for Entries<'_, '_, '_> {
    fn read<T: DeserializeOwned>(&mut self, key: &str, rules: &mut Vec<T>) {
        self.checker
            .entries(self.file, key, self.value.clone(), rules);
    }
}
