//! The rule set of support-advisor: everything the tool knows, loaded from TOML rule files
//! that cite the vendor documents, checked, and layered (a user's directory over the
//! built-in files).
//!
//! A crate of its own so that the tool's `build.rs` can check the built-in rules with the
//! very loader `--rules DIR` uses, and store them as a snapshot, without compiling the
//! tool's sources a second time.

mod builtin;
pub mod clock;
mod diagnostic;
pub mod schema;
mod spanned;
pub mod suggest;
mod validate;

use std::fs;
use std::path::Path;

use anyhow::{bail, Context as _};

pub use diagnostic::{Diagnostic, Diagnostics, Label, Location};
use schema::*;

/// A rule file's name and contents.
pub struct RuleText {
    pub name: String,
    pub text: String,
    /// Whether the file is a user's (`--rules DIR`), layered over the built-in rules: a
    /// user's rule replaces the built-in one of the same kind and id.
    pub user: bool,
}

/// The merged, validated rules of every file.
#[derive(Debug, Default, serde::Deserialize, serde::Serialize)]
pub struct RuleSet {
    pub documents: Vec<Document>,
    pub plans: Vec<Plan>,
    pub severities: Vec<Severity>,
    pub products: Vec<Product>,
    pub channels: Vec<Channel>,
    pub targets: Vec<Target>,
    pub regions: Vec<Region>,
    pub languages: Vec<Language>,
    pub routes: Vec<Route>,
    pub reopen_rules: Vec<ReopenRule>,
    pub topics: Vec<Topic>,
    pub phone_lines: Vec<PhoneLine>,
    pub memberships: Vec<Membership>,
    pub allowances: Vec<Allowance>,
}

impl RuleSet {
    /// The rules built into the binary, parsed from their TOML (queries decode the
    /// tool's snapshot instead; this is how `build.rs` and tests read them).
    pub fn builtin() -> Result<RuleSet, Diagnostics> {
        Self::from_texts(&builtin::files())
    }

    /// Parses and validates rule files; every problem is reported, not only the first.
    pub fn from_texts(files: &[RuleText]) -> Result<RuleSet, Diagnostics> {
        let (rules, diagnostics) = validate::load(files);
        if diagnostics.iter().any(Diagnostic::is_error) {
            Err(Diagnostics(diagnostics))
        } else {
            Ok(rules)
        }
    }

    /// Every problem of the rule files, warnings included, in file order.
    pub fn check_texts(files: &[RuleText]) -> Diagnostics {
        Diagnostics(validate::load(files).1)
    }

    /// The built-in rules with a user's directory layered over them.
    pub fn layered_texts(dir: &Path) -> anyhow::Result<Vec<RuleText>> {
        let mut texts = Self::builtin_texts();
        texts.extend(Self::read_dir(dir)?);
        Ok(texts)
    }

    /// The built-in rule files, as embedded in the binary.
    pub fn builtin_texts() -> Vec<RuleText> {
        builtin::files()
    }

    /// Reads every `*.toml` file of a directory, in name order.
    pub fn read_dir(dir: &Path) -> anyhow::Result<Vec<RuleText>> {
        let entries = fs::read_dir(dir)
            .with_context(|| format!("cannot read rules directory `{}`", dir.display()))?;
        let mut paths = Vec::new();
        for entry in entries {
            let path = entry
                .with_context(|| format!("cannot read rules directory `{}`", dir.display()))?
                .path();
            if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
                paths.push(path);
            }
        }
        if paths.is_empty() {
            bail!(
                "rules directory `{}` holds no `*.toml` rule files",
                dir.display()
            );
        }
        paths.sort();
        paths
            .into_iter()
            .map(|path| {
                let text = fs::read_to_string(&path)
                    .with_context(|| format!("cannot read rule file `{}`", path.display()))?;
                Ok(RuleText {
                    name: path.display().to_string(),
                    text,
                    user: true,
                })
            })
            .collect()
    }

    /// Every source of every rule, with a label naming the rule (`route power-platform-admin-center`).
    pub fn citations(&self) -> Vec<(String, &Source)> {
        fn label<T: Identified>(rule: &T) -> String {
            format!("{} {}", T::KIND, rule.id())
        }
        let groups: Vec<(String, &[Source])> = self
            .plans
            .iter()
            .map(|r| (label(r), r.source.as_slice()))
            .chain(
                self.severities
                    .iter()
                    .map(|r| (label(r), r.source.as_slice())),
            )
            .chain(
                self.products
                    .iter()
                    .map(|r| (label(r), r.source.as_slice())),
            )
            .chain(
                self.channels
                    .iter()
                    .map(|r| (label(r), r.source.as_slice())),
            )
            .chain(self.regions.iter().map(|r| (label(r), r.source.as_slice())))
            .chain(
                self.languages
                    .iter()
                    .map(|r| (label(r), r.source.as_slice())),
            )
            .chain(self.routes.iter().map(|r| (label(r), r.source.as_slice())))
            .chain(self.topics.iter().map(|r| (label(r), r.source.as_slice())))
            .chain(
                self.phone_lines
                    .iter()
                    .map(|r| (label(r), r.source.as_slice())),
            )
            .chain(
                self.memberships
                    .iter()
                    .map(|r| (label(r), r.source.as_slice())),
            )
            .chain(self.targets.iter().map(|t| {
                (
                    format!("target {}/{}", t.plan.get_ref(), t.severity.get_ref()),
                    t.source.as_slice(),
                )
            }))
            .chain(self.reopen_rules.iter().map(|r| {
                (
                    format!("reopen-rule {}", r.number.get_ref()),
                    r.source.as_slice(),
                )
            }))
            .chain(self.allowances.iter().map(|a| {
                (
                    format!("allowance {}/{:?}", a.membership.get_ref(), a.competency)
                        .to_lowercase(),
                    a.source.as_slice(),
                )
            }))
            .collect();
        groups
            .into_iter()
            .flat_map(|(name, sources)| sources.iter().map(move |s| (name.clone(), s)))
            .collect()
    }

    /// The document a source names (sources are validated, so it exists).
    pub fn document(&self, id: &str) -> Option<&Document> {
        self.documents.iter().find(|d| d.id.get_ref() == id)
    }
}

/// A rule that other rules and users refer to by id (case-insensitive) or alias.
pub trait Identified {
    /// What the rule is called in messages: "plan", "severity", …
    const KIND: &'static str;
    const KINDS: &'static str;
    /// The table-array key of these rules in a file: `[[plan]]`, `[[phone-line]]`.
    const KEY: &'static str;
    fn id_ref(&self) -> &Ref;
    fn aliases(&self) -> &[String] {
        &[]
    }
    fn id(&self) -> &str {
        self.id_ref().get_ref()
    }
}

macro_rules! identified {
    ($($ty:ty => $key:literal, $kind:literal, $kinds:literal, aliases = $aliases:tt;)*) => {$(
        impl Identified for $ty {
            const KIND: &'static str = $kind;
            const KINDS: &'static str = $kinds;
            const KEY: &'static str = $key;
            fn id_ref(&self) -> &Ref {
                &self.id
            }
            identified!(@aliases $aliases);
        }
    )*};
    (@aliases true) => {
        fn aliases(&self) -> &[String] {
            &self.aliases
        }
    };
    (@aliases false) => {};
}

identified! {
    Document => "document", "document", "documents", aliases = false;
    Plan => "plan", "plan", "plans", aliases = true;
    Severity => "severity", "severity", "severities", aliases = true;
    Product => "product", "product", "products", aliases = true;
    Channel => "channel", "channel", "channels", aliases = true;
    Region => "region", "region", "regions", aliases = true;
    Language => "language", "language", "languages", aliases = false;
    Route => "route", "route", "routes", aliases = false;
    Topic => "topic", "topic", "topics", aliases = true;
    PhoneLine => "phone-line", "phone line", "phone lines", aliases = true;
    Membership => "membership", "membership", "memberships", aliases = true;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(text: &str) -> Result<RuleSet, Diagnostics> {
        RuleSet::from_texts(&[RuleText {
            name: "test.toml".into(),
            text: text.into(),
            user: false,
        }])
    }

    #[test]
    fn every_builtin_file_loads() {
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        assert!(!rules.plans.is_empty());
        assert!(!rules.targets.is_empty());
        assert!(!rules.regions.is_empty());
        assert_eq!(rules.reopen_rules.len(), 4);
    }

    #[test]
    fn unknown_keys_are_errors_with_a_location() {
        let err = load(
            "[[document]]\nid = \"d\"\ntitle = \"t\"\nfile = \"f\"\nsections = []\ncolour = 1\n",
        )
        .unwrap_err();
        let first = &err.0[0];
        assert_eq!(first.line_column(), (6, 1), "{first}");
        assert!(first.message.contains("unknown field `colour`"), "{first}");
    }

    #[test]
    fn dangling_references_are_reported_at_their_place() {
        let text = r#"
[[document]]
id = "d"
title = "t"
file = "f"
sections = ["S"]

[[product]]
id = "p"
name = "P"
source = [{ doc = "d", section = "Nope" }, { doc = "e", section = "S" }]
"#;
        let err = load(text).unwrap_err();
        let messages: Vec<String> = err.0.iter().map(ToString::to_string).collect();
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].starts_with("test.toml:11:"), "{messages:?}");
        assert!(messages[0].contains("section `Nope`"), "{messages:?}");
        assert!(messages[1].contains("unknown document `e`"), "{messages:?}");
    }
}
