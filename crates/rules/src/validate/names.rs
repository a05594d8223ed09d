//! Names and references: ids and aliases unique, every reference to a known id.

use super::*;

impl<'a> Checker<'a> {
    /// Collects the ids and aliases of one kind, reporting malformed and duplicate names.
    pub(super) fn names<T: Identified>(
        &mut self,
        parsed: &Parsed,
        rules: impl Fn(&RuleFile) -> &Vec<T>,
    ) -> Names {
        // Every name taken so far, lower-cased, with the id of the rule that took it and
        // where (whether by a built-in rule, which a user's rule may replace).
        let mut taken: HashMap<String, (String, Taken)> = HashMap::new();
        let mut aliases = HashMap::new();
        let mut ids = Vec::new();
        for (file, file_rules) in parsed {
            for rule in rules(file_rules) {
                let id_span = rule.id_ref().span();
                let names =
                    std::iter::once(rule.id()).chain(rule.aliases().iter().map(String::as_str));
                for (i, name) in names.enumerate() {
                    let what = if i == 0 { "id" } else { "alias" };
                    // Where the name is written, looked up only for a problem.
                    let place = |checker: &Self| match i {
                        0 => id_span.clone(),
                        _ => {
                            let path = [Key(T::KEY), Id(id_span.start), Key("aliases"), At(i - 1)];
                            checker.span(*file, &path).unwrap_or(id_span.clone())
                        }
                    };
                    let lower = name.to_lowercase();
                    if !is_kebab(name) {
                        let span = place(self);
                        self.report(
                            *file,
                            Some(span),
                            format!(
                                "{} {what} `{name}` must be letters, digits and single hyphens",
                                T::KIND
                            ),
                        );
                    } else if let Some((owner, first)) =
                        taken.get(&lower).cloned().filter(|(owner, first)| {
                            !(first.builtin
                                && self.files[*file].user
                                && owner.eq_ignore_ascii_case(rule.id()))
                        })
                    {
                        let whose = if i == 0 {
                            String::new()
                        } else if owner == rule.id() {
                            " (this rule already has it)".to_string()
                        } else {
                            format!(" (already taken by {} `{owner}`)", T::KIND)
                        };
                        let span = place(self);
                        self.report(
                            *file,
                            Some(span),
                            format!("duplicate {} {what} `{name}`{whose}", T::KIND),
                        );
                        self.relate(first.file, first.span, "first taken here");
                    } else {
                        let first = Taken {
                            file: *file,
                            span: place(self),
                            builtin: !self.files[*file].user,
                        };
                        taken.insert(lower.clone(), (rule.id().to_string(), first));
                        if i > 0 {
                            aliases.insert(lower, rule.id().to_string());
                        }
                    }
                }
                ids.push(rule.id().to_string());
            }
        }
        ids.sort_unstable();
        ids.dedup();
        let mut names: HashSet<String> = taken.into_keys().collect();
        for lost in self.lost.iter().filter(|l| l.key == T::KEY) {
            ids.push(lost.id.clone());
            names.insert(lost.id.to_lowercase());
            for alias in &lost.aliases {
                names.insert(alias.to_lowercase());
                aliases
                    .entry(alias.to_lowercase())
                    .or_insert_with(|| lost.id.clone());
            }
        }
        Names {
            kind: T::KIND,
            kinds: T::KINDS,
            names,
            aliases,
            written: ids.iter().cloned().collect(),
            folded: ids.iter().map(|id| id.to_ascii_lowercase()).collect(),
            ids,
            exact: false,
        }
    }

    pub(super) fn refs(&mut self, file: usize, refs: &[Ref], known: &Names) {
        for r in refs {
            self.reference(file, r, known);
        }
    }

    /// A reference must name a rule by its id: the answers look rules up by id, so a
    /// reference by alias would silently match nothing.
    pub(super) fn reference(&mut self, file: usize, r: &Ref, known: &Names) {
        if !self.complete {
            return;
        }
        let name = r.get_ref().as_str();
        let message = if !known.contains(name) {
            ids::unknown(known.kind, name, known.ids.iter().map(String::as_str)).to_string()
        } else if !known.is_id(name) {
            let Some(id) = known.aliases.get(&name.to_lowercase()) else {
                return;
            };
            format!(
                "`{name}` is an alias of {} `{id}`: refer to it by its id, `{id}` ({} are looked up by id)",
                known.kind, known.kinds
            )
        } else if known.exact && !known.is_written_id(name) {
            let id = known
                .ids
                .iter()
                .find(|id| id.eq_ignore_ascii_case(name))
                .map_or(name, String::as_str);
            format!(
                "{} `{name}` is written `{id}`: {} ids are matched exactly, case included",
                known.kind, known.kind
            )
        } else {
            return;
        };
        self.report(file, Some(r.span()), message);
    }
}
