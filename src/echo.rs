//! Values echoed back to the user: control characters, line breaks and bidirectional
//! overrides escaped, so a message stays one line and nothing raw reaches the terminal.

use std::borrow::Cow;

/// `text` with every control or bidirectional-formatting character written as an escape
/// (`\n`, `\u{1b}`, `\u{202e}`); other text unchanged.
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

fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(escape("Koningsdag"), "Koningsdag");
        assert_eq!(escape("a\nb\tc\u{1b}[31m"), "a\\nb\\tc\\u{1b}[31m");
        assert_eq!(escape("x\u{202e}y"), "x\\u{202e}y");
    }
}
