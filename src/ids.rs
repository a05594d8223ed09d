//! Resolving the identifiers users type, with "did you mean" for the ones we don't know.

use anyhow::anyhow;

use crate::rules::Identified;

/// Finds the rule whose id or alias is `input`, ignoring case.
pub fn resolve<'a, T: Identified>(rules: &'a [T], input: &str) -> anyhow::Result<&'a T> {
    let wanted = input.trim();
    rules
        .iter()
        .find(|r| {
            r.id().eq_ignore_ascii_case(wanted)
                || r.aliases().iter().any(|a| a.eq_ignore_ascii_case(wanted))
        })
        .ok_or_else(|| {
            let names = rules.iter().flat_map(|r| {
                std::iter::once(r.id()).chain(r.aliases().iter().map(String::as_str))
            });
            let suggestion = suggest(wanted, names);
            anyhow!(message(
                T::KIND,
                T::KINDS,
                input,
                suggestion,
                rules.iter().map(|r| r.id())
            ))
        })
}

/// The message for an unknown `kind` named `input`, suggesting among `valid`.
pub fn unknown<'a>(
    kind: &str,
    input: &str,
    valid: impl Iterator<Item = &'a str> + Clone,
) -> String {
    let suggestion = suggest(input, valid.clone());
    message(kind, &format!("{kind}s"), input, suggestion, valid)
}

fn message<'a>(
    kind: &str,
    kinds: &str,
    input: &str,
    suggestion: Option<&str>,
    valid: impl Iterator<Item = &'a str>,
) -> String {
    let valid = valid
        .map(|v| format!("`{v}`"))
        .collect::<Vec<_>>()
        .join(", ");
    if input.trim().is_empty() {
        return format!("empty {kind}; valid {kinds}: {valid}");
    }
    let hint = suggestion.map_or(String::new(), |s| format!(" (did you mean `{s}`?)"));
    format!("unknown {kind} `{input}`{hint}; valid {kinds}: {valid}")
}

/// The candidate closest to `input`, if any is close enough to be a likely typo.
pub fn suggest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let input = input.to_lowercase();
    candidates
        .map(|c| (strsim::jaro_winkler(&input, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
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
            m,
            "unknown plan `prodirekt` (did you mean `prodirect`?); valid plans: `subscription`, `prodirect`"
        );
        let m = unknown("plan", " ", ["premier"].into_iter());
        assert_eq!(m, "empty plan; valid plans: `premier`");
    }
}
