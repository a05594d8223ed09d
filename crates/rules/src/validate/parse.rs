//! Loading: each file parsed once, each rule deserialized on its own.

use super::*;

impl<'a> Checker<'a> {
    /// Reads one file rule by rule, so that a rule breaking the schema (an unknown key, a
    /// missing field, a value of the wrong type) costs that rule only: it is reported and
    /// left out, and every other rule of the file is still read and checked. A file that
    /// is not TOML at all is lost whole, reported at its syntax error.
    pub(super) fn parse(&mut self, file: usize) -> Option<RuleFile> {
        let text: &'a str = &self.files[file].text;
        let mut tree = match DeTable::parse(text) {
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
        detab(tree.get_mut());
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
    /// line break, a bidirectional mark, override or isolate, or a line or paragraph
    /// separator: rule text is shown on terminals as written, where such a character
    /// would rewrite or reorder what the tool prints. A tab is allowed in prose (and read
    /// as a space, [`detab`]), never in a key or an id or alias, which are matched.
    fn unprintable(&mut self, file: usize, table: &DeTable<'_>) {
        for (key, value) in table {
            self.unprintable_text(file, key.get_ref(), key.span(), false);
            let prose = !matches!(key.get_ref().as_ref(), "id" | "aliases");
            self.unprintable_value(file, value, prose);
        }
    }

    fn unprintable_value(&mut self, file: usize, value: &toml::Spanned<DeValue<'_>>, prose: bool) {
        match value.get_ref() {
            DeValue::String(text) => self.unprintable_text(file, text, value.span(), prose),
            DeValue::Array(items) => {
                for item in items {
                    self.unprintable_value(file, item, prose);
                }
            }
            DeValue::Table(table) => self.unprintable(file, table),
            _ => {}
        }
    }

    fn unprintable_text(&mut self, file: usize, text: &str, span: Range<usize>, prose: bool) {
        let allowed = |c: char| c == '\n' || (prose && c == '\t');
        if let Some(c) = text.chars().find(|&c| !allowed(c) && ids::needs_escape(c)) {
            let what = if c == '\t' {
                "a tab: ids, aliases and keys are matched, so they may hold none (prose may)"
            } else {
                "a control or bidirectional-formatting character: rule text is shown on \
                 terminals as written, so it may hold none"
            };
            self.report(
                file,
                Some(span),
                format!("U+{:04X} is {what}", u32::from(c)),
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
                    let message = e.message().trim().to_string();
                    self.report(file, e.span(), message.clone());
                    self.further_problems::<T>(file, entry.clone(), e.span(), &message);
                    self.lost.extend(Lost::of(key, entry.get_ref()));
                }
            }
        }
    }

    /// serde stops at a rule's first problem; the rule's other problems (a second unknown
    /// key, a value of the wrong type after it) are found by reading it again without the
    /// key each problem is at. Every unknown key is found at once, from the fields the
    /// first one's message expects, so a rule of many unknown keys is read three times,
    /// not once per key; then one more reading per value of the wrong type, of which there
    /// are at most as many as the rule has fields. Stops at a problem of the whole rule (a
    /// missing field), or of a key left out (its missing field is the problem reported).
    fn further_problems<T: DeserializeOwned>(
        &mut self,
        file: usize,
        mut entry: toml::Spanned<DeValue<'_>>,
        first: Option<Range<usize>>,
        first_message: &str,
    ) {
        let mut at = first;
        let mut message = first_message.to_string();
        let mut left_out: Vec<String> = Vec::new();
        let keys = match entry.get_ref() {
            DeValue::Table(table) => table.len(),
            _ => 0,
        };
        for _ in 0..keys {
            let Some(span) = at.take() else { return };
            let DeValue::Table(table) = entry.get_mut() else {
                return;
            };
            let inside = |outer: Range<usize>| outer.start <= span.start && span.end <= outer.end;
            let Some(key) = table
                .iter()
                .find(|(k, v)| inside(k.span()) || inside(v.span()))
                .map(|(k, _)| k.clone())
            else {
                return;
            };
            table.remove(&key);
            left_out.push(key.get_ref().to_string());
            // An unknown key of the rule itself, not of a table inside one of its values
            // (a source's), whose message lists the fields of that inner table.
            let of_the_rule = inside(key.span());
            if let Some(expected) = Some(&message)
                .filter(|_| of_the_rule)
                .and_then(|m| m.strip_prefix("unknown field `"))
                .and_then(|m| m.split_once("`, "))
                .map(|(_, expected)| expected.to_string())
            {
                // The fields the rule has, between backticks in "expected one of `a`, `b`".
                let known: std::collections::HashSet<&str> =
                    expected.split('`').skip(1).step_by(2).collect();
                let unknown: Vec<_> = table
                    .keys()
                    .filter(|k| !known.contains(k.get_ref().as_ref()))
                    .cloned()
                    .collect();
                for key in unknown {
                    table.remove(&key);
                    self.report(
                        file,
                        Some(key.span()),
                        format!("unknown field `{}`, {expected}", key.get_ref()),
                    );
                    left_out.push(key.get_ref().to_string());
                }
            }
            let Err(e) = T::deserialize(ValueDeserializer::from(entry.clone())) else {
                return;
            };
            message = e.message().trim().to_string();
            let of_left_out = left_out
                .iter()
                .any(|k| message.starts_with(&format!("missing field `{k}`")));
            if of_left_out {
                return;
            }
            self.report(file, e.span(), message.clone());
            at = e.span();
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

/// Every tab in the prose of `table` made a space: rule text may hold tabs (the README
/// allows them in prose), but a table cannot tell a tab's width, so a tab is read as the
/// space it stands for. Keys, ids and aliases keep theirs, and are refused for them.
fn detab(table: &mut DeTable<'_>) {
    fn value(v: &mut DeValue<'_>) {
        match v {
            DeValue::String(text) if text.contains('\t') => {
                *text = std::borrow::Cow::Owned(text.replace('\t', " "));
            }
            DeValue::Array(items) => items.iter_mut().for_each(|item| value(item.get_mut())),
            DeValue::Table(table) => detab(table),
            _ => {}
        }
    }
    for (key, v) in table.iter_mut() {
        if !matches!(key.get_ref().as_ref(), "id" | "aliases") {
            value(v.get_mut());
        }
    }
}
