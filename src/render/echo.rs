//! Values echoed back to the user: control characters, line breaks and bidirectional
//! overrides escaped, so a message stays one line and nothing raw reaches the terminal.

use std::borrow::Cow;

// The one list of what is escaped, shared with the rules crate's messages.
pub use crate::rules::suggest::needs_escape;

/// `text` with every control or bidirectional-formatting character, and the line and
/// paragraph separators, written as an escape (`\n`, `\u{1b}`, `\u{202e}`, `\u{2028}`);
/// other text unchanged.
pub fn escape(text: &str) -> Cow<'_, str> {
    if !text.chars().any(needs_escape) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if needs_escape(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// [`escape`]d `text`, cut to at most `max` characters with `…` when longer: for names
/// from users' files shown in prose and tables (JSON carries them whole).
pub fn shorten(text: &str, max: usize) -> String {
    let escaped = escape(text);
    match escaped.char_indices().nth(max) {
        None => escaped.into_owned(),
        Some((cut, _)) => format!("{}…", &escaped[..cut]),
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(escape("Koningsdag"), "Koningsdag");
        assert_eq!(escape("a\nb\tc\u{1b}[31m"), "a\\nb\\tc\\u{1b}[31m");
        assert_eq!(escape("x\u{202e}y"), "x\\u{202e}y");
        assert_eq!(
            escape("x\u{61c}\u{2028}\u{85}y"),
            "x\\u{61c}\\u{2028}\\u{85}y"
        );
    }

    #[test]
    fn long_names_are_cut_with_an_ellipsis() {
        assert_eq!(super::shorten("Koningsdag", 20), "Koningsdag");
        assert_eq!(super::shorten("Koningsdag", 5), "Konin…");
        assert_eq!(super::shorten("a\nb", 3), "a\\n…");
    }
}
