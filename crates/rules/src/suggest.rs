//! Did-you-mean: the one place that finds the closest of the ids a rule set knows to what
//! was typed, for the answers (an unknown `--plan`, through [`RuleSet::find`](crate::RuleSet::find))
//! and for the checker (an unknown reference).

use std::fmt;
use std::ops::Deref;

/// A likely meaning of what was typed: the one way a did-you-mean is written,
/// "did you mean `prodirect`?" (as an aside after the value, [`Suggestion::aside`]).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(transparent)]
pub struct Suggestion(String);

impl Suggestion {
    pub fn new(meant: impl Into<String>) -> Suggestion {
        Suggestion(meant.into())
    }

    /// What was likely meant, as it is suggested (an id, a zone, a section).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The suggestion, if any, as an aside after the value it is for:
    /// " (did you mean `prodirect`?)", or nothing.
    pub fn aside<S: Into<Suggestion>>(suggestion: Option<S>) -> String {
        suggestion.map_or(String::new(), |s| format!(" ({})", s.into()))
    }
}

impl fmt::Display for Suggestion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "did you mean `{}`?", self.0)
    }
}

impl Deref for Suggestion {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Suggestion {
    fn from(meant: &str) -> Suggestion {
        Suggestion::new(meant)
    }
}

impl From<String> for Suggestion {
    fn from(meant: String) -> Suggestion {
        Suggestion(meant)
    }
}

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
    pub suggestion: Option<Suggestion>,
    pub valid: Box<[String]>,
    /// What the input is, when it is something else than this kind, and what to give
    /// instead: "Spain is in region `emea` (by its zones Europe/Madrid, …): give --region
    /// emea". Boxed: the error stays small where none is given.
    pub way_forward: Option<Box<String>>,
}

/// The most characters of an unknown input an error shows.
const SHOWN_INPUT: usize = 120;
/// The longest input (in bytes) a suggestion is looked for: ids are far shorter.
const SUGGESTED_INPUT: usize = 200;

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
        // An input far longer than any id is shown cut: the message stays a line.
        let input = escape(&self.input);
        let input = match input.char_indices().nth(SHOWN_INPUT) {
            Some((cut, _)) => format!("{}…", &input[..cut]),
            None => input,
        };
        match (&self.way_forward, &self.suggestion) {
            (Some(way), _) => write!(f, "unknown {kind} `{input}`: {way}; valid {kinds}: {valid}"),
            (None, Some(s)) => write!(f, "unknown {kind} `{input}` ({s}); valid {kinds}: {valid}"),
            (None, None) => write!(f, "unknown {kind} `{input}`; valid {kinds}: {valid}"),
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

/// An [`UnknownId`] of `kind` for `input` among `valid`, the suggestion chosen as
/// [`closest`] chooses it (each valid id its own form).
pub fn unknown<'a>(
    kind: &str,
    input: &str,
    valid: impl Iterator<Item = &'a str> + Clone,
) -> UnknownId {
    let forms: Vec<Form> = valid
        .clone()
        .map(|id| Form::new(FormKind::Id, &normalise(id), id))
        .collect();
    UnknownId {
        kind: kind.to_string(),
        kinds: plural(kind),
        input: input.to_string(),
        suggestion: closest(&normalise(input), &forms).map(Suggestion::from),
        valid: valid.map(str::to_string).collect(),
        way_forward: None,
    }
}

/// The plural of a kind's name: `plans`, `severities`, `phone lines`.
pub fn plural(kind: &str) -> String {
    match kind.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{kind}s"),
    }
}

/// A name as ids are compared: lower case, every run of characters other than letters and
/// digits one hyphen (control and bidirectional characters kept, so they match nothing),
/// none at either end ("Dynamics 365 Business Central" →
/// `dynamics-365-business-central`, "power_apps" → `power-apps`).
pub fn normalise(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        // A control or bidirectional character is kept, so the input matches no id (ids
        // hold none) and is reported, escaped, rather than silently read as a hyphen.
        if c.is_alphanumeric() || needs_escape(c) {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

/// Where a form a rule can be named by comes from; earlier kinds are preferred when
/// several rules match equally well, because an id is what the rule's author chose to call
/// it, and an alias or a display name is one more way to reach it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum FormKind {
    /// The rule's id, or a name that stands for several rules (a plan family, `unified`).
    Id,
    Alias,
    /// The display name ("Unified Support Advanced").
    Name,
    /// A form people type that the documents do not define (`sev1`): it is only ever
    /// suggested, never accepted, because reading it as an id would be a guess.
    Hint,
}

/// One way of naming a rule, as [`closest`] compares it: the form normalised, where it
/// comes from, and what to suggest when it is the closest (the rule's id, or a family).
#[derive(Debug, Clone)]
pub struct Form<'a> {
    pub kind: FormKind,
    /// The form, [`normalise`]d.
    pub text: String,
    /// What is suggested for it.
    pub suggest: &'a str,
}

impl<'a> Form<'a> {
    pub fn new(kind: FormKind, text: &str, suggest: &'a str) -> Form<'a> {
        Form {
            kind,
            text: text.to_string(),
            suggest,
        }
    }
}

/// What to suggest for `wanted` (already [`normalise`]d) among `forms`, if anything is a
/// likely meaning. In order:
///
/// 1. a hint typed exactly (`sev1` → `A`);
/// 2. a word match: `wanted` is whole hyphen-separated words of a form (`advanced` in
///    `unified-advanced`), or, from three letters on, the start or end of one of its words
///    (`direct` in `prodirect`). A whole-word match beats a partial one, then an id beats
///    an alias beats a name, then the form with fewer words (less left unsaid) wins; when
///    the best match is shared by several suggestions, none is made, since picking one
///    would be a guess (`support`, a word of many plans);
/// 3. a typo: Jaro-Winkler similarity of at least 0.8, or, from three letters on, one
///    edit or one swap of neighbours (`sal` → `sla`, which Jaro-Winkler misses in words
///    this short).
///
/// A word match is preferred over a typo so that a suggestion is of the thing asked for:
/// `advanced` names a Unified tier, and `advanced-partners` (an alias of a partner
/// offering) is merely spelt alike.
pub fn closest<'a>(wanted: &str, forms: &[Form<'a>]) -> Option<&'a str> {
    // Nothing that long is a typo of an id, and comparing it would cost time.
    if wanted.is_empty() || wanted.len() > SUGGESTED_INPUT {
        return None;
    }
    if let Some(hint) = forms
        .iter()
        .find(|f| f.kind == FormKind::Hint && f.text == wanted)
    {
        return Some(hint.suggest);
    }
    let forms: Vec<&Form<'a>> = forms.iter().filter(|f| f.kind != FormKind::Hint).collect();
    let words: Vec<&str> = wanted.split('-').collect();
    let word_matches = forms.iter().filter_map(|f| {
        let theirs: Vec<&str> = f.text.split('-').collect();
        let whole = theirs.windows(words.len()).any(|w| w == words.as_slice());
        let partial = words.len() == 1
            && wanted.chars().count() >= 3
            && theirs
                .iter()
                .any(|w| w.len() > wanted.len() && (w.starts_with(wanted) || w.ends_with(wanted)));
        match (whole, partial) {
            (true, _) => Some(((0, f.kind, theirs.len()), f.suggest)),
            (false, true) => Some(((1, f.kind, theirs.len()), f.suggest)),
            _ => None,
        }
    });
    if let Some(best) = unique_best(word_matches) {
        return best;
    }
    let typo = forms.iter().filter_map(|f| {
        let score = strsim::jaro_winkler(wanted, &f.text);
        let near = wanted.chars().count() >= 3 && strsim::osa_distance(wanted, &f.text) <= 1;
        (score >= 0.8 || near).then_some((score, f.kind, f.suggest))
    });
    // The most similar, then by where the form comes from.
    typo.max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
        .map(|(_, _, suggest)| suggest)
}

/// The suggestion with the smallest key, `Some(None)` when several share it, `None` when
/// there is no match at all.
fn unique_best<'a, K: Ord + Copy>(
    matches: impl Iterator<Item = (K, &'a str)>,
) -> Option<Option<&'a str>> {
    let mut best: Option<(K, Vec<&'a str>)> = None;
    for (key, suggest) in matches {
        match &mut best {
            Some((k, _)) if key > *k => {}
            Some((k, s)) if key == *k => {
                if !s.contains(&suggest) {
                    s.push(suggest);
                }
            }
            _ => best = Some((key, vec![suggest])),
        }
    }
    best.map(|(_, s)| (s.len() == 1).then(|| s[0]))
}

/// The candidate closest to `input`, if any is close enough to be a likely typo
/// (Jaro-Winkler similarity of at least 0.8, by the `strsim` crate; case ignored).
pub fn suggest<'a>(input: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    if input.len() > SUGGESTED_INPUT {
        return None;
    }
    let input = input.to_lowercase();
    candidates
        .map(|c| (strsim::jaro_winkler(&input, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

/// Whether `c` is written as an escape when echoed: control characters (C0, DEL, C1),
/// the bidirectional marks, embeddings, overrides and isolates (which reorder what
/// follows them on a terminal, so an echoed value could disguise the rest of the line),
/// and the line and paragraph separators (which some terminals and editors break at).
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200e}'
                | '\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// `text` with every character [`needs_escape`] picks written as an escape, so a message
/// stays one line.
pub fn escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            let out: Vec<char> = if needs_escape(c) {
                c.escape_default().collect()
            } else {
                vec![c]
            };
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

    fn forms<'a>(list: &[(FormKind, &str, &'a str)]) -> Vec<Form<'a>> {
        list.iter()
            .map(|(kind, text, id)| Form::new(*kind, text, id))
            .collect()
    }

    #[test]
    fn a_whole_word_of_an_id_beats_a_similar_alias() {
        use FormKind::*;
        let plans = forms(&[
            (Id, "unified-advanced", "unified-advanced"),
            (
                Id,
                "advanced-support-for-partners",
                "advanced-support-for-partners",
            ),
            (Alias, "advanced-partners", "advanced-support-for-partners"),
        ]);
        assert_eq!(closest("advanced", &plans), Some("unified-advanced"));
        // A word several ids share equally is no suggestion.
        let shared = forms(&[
            (Id, "a-support", "a-support"),
            (Id, "b-support", "b-support"),
        ]);
        assert_eq!(closest("support", &shared), None);
        // The start or end of a word, from three letters on.
        let pd = forms(&[(Id, "prodirect", "prodirect"), (Id, "premier", "premier")]);
        assert_eq!(closest("direct", &pd), Some("prodirect"));
        assert_eq!(closest("di", &pd), None);
    }

    #[test]
    fn hints_are_suggested_exactly_and_typos_by_similarity() {
        use FormKind::*;
        let severities = forms(&[(Id, "a", "A"), (Hint, "sev1", "A"), (Id, "c", "C")]);
        assert_eq!(closest("sev1", &severities), Some("A"));
        assert_eq!(closest("sev", &severities), None);
        let commands = forms(&[(Id, "sla", "sla"), (Id, "man", "man"), (Id, "ids", "ids")]);
        assert_eq!(closest("sal", &commands), Some("sla"));
        let families = forms(&[
            (Id, "unified", "unified"),
            (Id, "unified-core", "unified-core"),
        ]);
        assert_eq!(closest("unifed", &families), Some("unified"));
    }

    #[test]
    fn separators_and_direction_marks_are_escaped() {
        for c in [
            '\u{85}', '\u{9b}', '\u{61c}', '\u{200e}', '\u{2028}', '\u{2029}', '\u{2067}',
        ] {
            assert!(!escape(&format!("a{c}b")).contains(c), "{c:?}");
        }
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
