//! Did-you-mean: the one place that finds the closest of the ids a rule set knows to what
//! was typed, for the answers (an unknown `--plan`, through [`RuleSet::find`](crate::RuleSet::find))
//! and for the checker (an unknown reference).

use std::fmt;

/// An id nobody defines: what kind was asked for, what was typed, the closest valid id
/// (when one is close enough to be a likely typo), and every valid id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownId {
    /// The kind, singular (`plan`).
    pub kind: String,
    /// The kind, plural (`plans`).
    pub kinds: String,
    /// What was typed, as typed.
    pub input: String,
    pub suggestion: Option<String>,
    pub valid: Vec<String>,
}

impl fmt::Display for UnknownId {
    /// `unknown plan `prodirekt` (did you mean `prodirect`?); valid plans: `subscription`, …`
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let valid = self
            .valid
            .iter()
            .map(|v| format!("`{v}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let (kind, kinds) = (&self.kind, &self.kinds);
        if self.input.trim().is_empty() {
            return write!(f, "empty {kind}; valid {kinds}: {valid}");
        }
        let input = escape(&self.input);
        match &self.suggestion {
            Some(s) => write!(
                f,
                "unknown {kind} `{input}` (did you mean `{s}`?); valid {kinds}: {valid}"
            ),
            None => write!(f, "unknown {kind} `{input}`; valid {kinds}: {valid}"),
        }
    }
}

impl std::error::Error for UnknownId {}

/// A name that stands for several rules where the answer needs one: "unified" names three
/// Unified tiers whose targets differ (decided reading 15).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AmbiguousId {
    /// The kind, singular (`plan`).
    pub kind: String,
    /// What was typed, as typed.
    pub input: String,
    /// Why one is needed: what tells the choices apart.
    pub why: String,
    /// The ids to choose from.
    pub choices: Vec<String>,
}

impl fmt::Display for AmbiguousId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let choices = self
            .choices
            .iter()
            .map(|c| format!("`{c}`"))
            .collect::<Vec<_>>()
            .join(", ");
        write!(
            f,
            "{} `{}` is ambiguous: {}; give one of {choices}",
            self.kind,
            escape(&self.input),
            self.why
        )
    }
}

impl std::error::Error for AmbiguousId {}

/// An [`UnknownId`] of `kind` for `input` among `valid`.
pub fn unknown<'a>(
    kind: &str,
    input: &str,
    valid: impl Iterator<Item = &'a str> + Clone,
) -> UnknownId {
    UnknownId {
        kind: kind.to_string(),
        kinds: plural(kind),
        input: input.to_string(),
        suggestion: suggest(input, valid.clone()).map(str::to_string),
        valid: valid.map(str::to_string).collect(),
    }
}

/// The plural of a kind's name: `plans`, `severities`, `phone lines`.
fn plural(kind: &str) -> String {
    match kind.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{kind}s"),
    }
}

/// The candidate closest to `input`, if any is close enough to be a likely typo
/// (Jaro-Winkler similarity of at least 0.8, by the `strsim` crate; case ignored).
pub fn suggest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    candidates
        .map(|c| (strsim::jaro_winkler(&input, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Control and bidirectional-formatting characters escaped, so a message stays one line.
pub fn escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let escape = c.is_control()
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
            let out: Vec<char> = if escape { c.escape_default().collect() } else { vec![c] };
            out
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_closest_candidate() {
        let ids = ["subscription", "prodirect", "premier"];
        assert_eq!(suggest("prodirekt", ids.into_iter()), Some("prodirect"));
        assert_eq!(suggest("PREMEIR", ids.into_iter()), Some("premier"));
        assert_eq!(suggest("xyz", ids.into_iter()), None);
    }

    #[test]
    fn messages_name_the_input_and_the_valid_ids() {
        let m = unknown(
            "plan",
            "prodirekt",
            ["subscription", "prodirect"].into_iter(),
        );
        assert_eq!(
            m.to_string(),
            "unknown plan `prodirekt` (did you mean `prodirect`?); valid plans: `subscription`, `prodirect`"
        );
        assert_eq!(m.suggestion.as_deref(), Some("prodirect"));
        assert_eq!(
            unknown("severity", "z", ["a"].into_iter()).to_string(),
            "unknown severity `z`; valid severities: `a`"
        );
        let m = unknown("plan", " ", ["premier"].into_iter());
        assert_eq!(m.to_string(), "empty plan; valid plans: `premier`");
        let m = unknown("plan", "a\nb", ["premier"].into_iter());
        assert_eq!(
            m.to_string(),
            "unknown plan `a\\nb`; valid plans: `premier`"
        );
    }
}
