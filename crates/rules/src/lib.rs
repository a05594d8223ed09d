//! The rule set of support-advisor: everything the tool knows, loaded from TOML rule files
//! that cite the vendor documents, checked, and layered (a user's directory over the
//! built-in files).
//!
//! A crate of its own so that the tool's `build.rs` can check the built-in rules with the
//! very loader `--rules DIR` uses, and store them as a snapshot, without compiling the
//! tool's sources a second time.

// A function over 100 lines holds several things: split it (CI denies warnings).
#![warn(clippy::too_many_lines)]

mod builtin;
pub mod countries;
mod diagnostic;
pub mod model;
pub mod schema;

pub mod suggest;
pub mod time_of_day;
mod validate;
pub mod versions;

use std::fs;
use std::io;
use std::path::Path;

pub use diagnostic::{Diagnostic, Diagnostics, Label, Location};
pub use model::RuleSet;
use schema::*;
pub use versions::Versions;

/// A rule file's name and contents.
pub struct RuleText {
    pub name: String,
    pub text: String,
    /// Whether the file is a user's (`--rules DIR`), layered over the built-in rules: a
    /// user's rule replaces the built-in one of the same kind and id.
    pub user: bool,
}

impl RuleSet {
    /// The rules built into the binary, parsed from their TOML (queries decode the
    /// tool's snapshot instead; this is how `build.rs` and tests read them).
    pub fn builtin() -> Result<RuleSet, Diagnostics> {
        Self::from_texts(&builtin::files())
    }

    /// Parses and validates rule files; every problem is reported, not only the first.
    /// Where the files hold several versions of a document, the latest rules (every
    /// revision in force); [`RuleSet::versions_from_texts`] has each day's.
    pub fn from_texts(files: &[RuleText]) -> Result<RuleSet, Diagnostics> {
        Self::versions_from_texts(files).map(Versions::into_latest)
    }

    /// Parses and validates rule files, and builds the rules in force on each span of
    /// days between revisions (see [`versions`]); one set when no document is revised.
    /// Two versions of one rule in force on the same day are a problem.
    pub fn versions_from_texts(files: &[RuleText]) -> Result<Versions, Diagnostics> {
        let (rules, diagnostics) = validate::load(files);
        if diagnostics.iter().any(Diagnostic::is_error) {
            return Err(Diagnostics(diagnostics));
        }
        if !versions::has_revisions(&rules) {
            return Self::resolved(rules).map(Versions::single);
        }
        let chronology = versions::Chronology::of(&rules.document);
        let days: Vec<Option<chrono::NaiveDate>> = std::iter::once(None)
            .chain(chronology.change_days().into_iter().map(Some))
            .collect();
        let mut last = Some(rules);
        let mut spans = Vec::with_capacity(days.len());
        for (i, day) in days.iter().enumerate() {
            // Each span's rules from the files anew (the last takes the set read above):
            // the files are checked, so loading them again finds nothing new.
            let mut set = match last.take().filter(|_| i + 1 == days.len()) {
                Some(set) => set,
                None => validate::load(files).0,
            };
            set.retain_in_force(&chronology, *day);
            if let Some((kind, key)) = set.doubled() {
                let when = day.map_or_else(
                    || "before every revision".to_string(),
                    |d| format!("from {d}"),
                );
                return Err(Diagnostics(vec![Diagnostic::file(
                    "rules",
                    format!(
                        "two versions of the {kind} {} are in force {when}: list the earlier one's section in the revision's `replaces`",
                        suggest::escape(&key)
                    ),
                )]));
            }
            let mut rules = Self::resolved(set)?;
            rules.span_from = *day;
            spans.push((*day, rules));
        }
        Ok(Versions::from_spans(spans))
    }

    /// The model of checked rules.
    fn resolved(rules: RuleFile) -> Result<RuleSet, Diagnostics> {
        model::resolve(rules).map_err(|unresolved| {
            // The checker reports every dangling reference; this is its safety net.
            Diagnostics(vec![Diagnostic::file(
                "rules",
                format!(
                    "{} `{}` is referred to but not defined",
                    unresolved.kind,
                    suggest::escape(&unresolved.id)
                ),
            )])
        })
    }

    /// Every problem of the rule files, warnings included, in file order.
    pub fn check_texts(files: &[RuleText]) -> Diagnostics {
        Diagnostics(validate::load(files).1)
    }

    /// The built-in rules with a user's directory layered over them; every file of the
    /// directory that cannot be read is a problem (see [`RuleSet::read_dir`]).
    pub fn layered_texts(dir: &Path) -> Result<Vec<RuleText>, Diagnostics> {
        let mut texts = Self::builtin_texts();
        texts.extend(Self::read_dir(dir)?);
        Ok(texts)
    }

    /// The built-in rule files, as embedded in the binary.
    pub fn builtin_texts() -> Vec<RuleText> {
        builtin::files()
    }

    /// Reads every `*.toml` file of a directory, in name order.
    ///
    /// Nothing named `*.toml` is skipped: a dangling symbolic link, a loop of them, a
    /// directory, a file that cannot be read or is not UTF-8 are each a problem naming
    /// the path, and every one is reported, not only the first; so is a directory that
    /// cannot be read or holds no rule file.
    pub fn read_dir(dir: &Path) -> Result<Vec<RuleText>, Diagnostics> {
        let shown = dir.display().to_string();
        let entries = fs::read_dir(dir).map_err(|e| {
            Diagnostics(vec![Diagnostic::file(
                &shown,
                format!("cannot read rules directory: {e}"),
            )])
        })?;
        let mut problems = Vec::new();
        let mut paths = Vec::new();
        for entry in entries {
            match entry {
                Ok(entry) => paths.push(entry.path()),
                Err(e) => problems.push(Diagnostic::file(
                    &shown,
                    format!("cannot read rules directory: {e}"),
                )),
            }
        }
        paths.retain(|path| path.extension().is_some_and(|e| e == "toml"));
        paths.sort();
        if paths.is_empty() && problems.is_empty() {
            problems.push(Diagnostic::file(
                &shown,
                "rules directory holds no `*.toml` rule files".into(),
            ));
        }
        let mut texts = Vec::new();
        for path in paths {
            match read_rule_file(&path) {
                Ok(text) => texts.push(RuleText {
                    name: path.display().to_string(),
                    text,
                    user: true,
                }),
                Err(message) => {
                    problems.push(Diagnostic::file(&path.display().to_string(), message))
                }
            }
        }
        if problems.is_empty() {
            Ok(texts)
        } else {
            Err(Diagnostics(problems))
        }
    }
}

/// The text of one rule file, or why it cannot be had.
fn read_rule_file(path: &Path) -> Result<String, String> {
    // `metadata` follows symbolic links: it fails for a dangling one or a loop of them,
    // which `symlink_metadata` tells apart from a file that is missing or unreadable.
    let metadata = fs::metadata(path).map_err(|e| {
        let link = fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink());
        match fs::read_link(path) {
            Ok(_) if link && leads_back(path) => "rule file is a loop of symbolic links".into(),
            Ok(to) if link && e.kind() == io::ErrorKind::NotFound => format!(
                "rule file is a dangling symbolic link: `{}` does not exist",
                to.display()
            ),
            _ => format!("cannot read rule file: {e}"),
        }
    })?;
    if !metadata.is_file() {
        return Err("rule file is not a file".into());
    }
    let bytes = fs::read(path).map_err(|e| format!("cannot read rule file: {e}"))?;
    String::from_utf8(bytes).map_err(|e| {
        let valid = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&valid[line_start..])
            .chars()
            .count()
            + 1;
        format!("rule file is not UTF-8: invalid byte at line {line}, column {column}")
    })
}

/// Whether following the symbolic links from `path` comes back to one already met: the
/// operating system says only "too many levels", which a long chain would also be.
fn leads_back(path: &Path) -> bool {
    let mut seen = std::collections::HashSet::new();
    let mut at = path.to_path_buf();
    while let Ok(to) = fs::read_link(&at) {
        at = at.parent().map_or(to.clone(), |dir| dir.join(&to));
        if !seen.insert(at.clone()) {
            return true;
        }
    }
    false
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
    Language => "language", "language", "languages", aliases = true;
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
        assert!(!rules.plans().is_empty());
        assert!(!rules.targets().is_empty());
        assert!(!rules.regions().is_empty());
        assert_eq!(rules.reopen_rules().len(), 4);
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
