//! The headings of a document file, as `rules coverage --document` compares them with the
//! rules' sections: Markdown as the vendor publishes it (YAML front matter, `#` headings,
//! `<a name=…></a>` anchors, setext underlines; fenced code skipped), or plain text like
//! the seed files, whose headings are lines of their own.
//!
//! Headings are compared by [`normalise`]d text and reported as written.

/// How the file was read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    PlainText,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Markdown => "markdown",
            Format::PlainText => "plain-text",
        }
    }
}

/// A heading as the file writes it.
#[derive(Debug, Clone)]
pub struct Heading {
    /// The heading's text as written: the line less its `#` marks and `<a name=…></a>`
    /// anchors (Markdown), trimmed; emphasis and links kept.
    pub text: String,
    /// Its line in the file, from 1.
    pub line: usize,
    /// [`normalise`]d, for comparing.
    pub key: String,
}

/// What a document file holds that the comparison needs.
#[derive(Debug)]
pub struct Outline {
    pub format: Format,
    /// The front matter's `title:`, as written (quotes removed).
    pub front_title: Option<String>,
    /// The front matter's `ms.date:`, as written.
    pub date: Option<String>,
    /// The front matter's `ms.contentlocale:`, as written.
    pub locale: Option<String>,
    pub headings: Vec<Heading>,
    /// Every non-blank line, normalised: in plain text a section is "there" when a line
    /// of its own says it, even one the heading heuristic passed over.
    lines: Vec<String>,
}

impl Outline {
    /// The title: the front matter's, else the first heading's.
    pub fn title(&self) -> Option<&str> {
        self.front_title
            .as_deref()
            .or_else(|| self.headings.first().map(|h| h.text.as_str()))
    }

    /// Whether the file has a section whose normalised heading is `key`.
    pub fn has(&self, key: &str) -> bool {
        match self.format {
            Format::Markdown => self.headings.iter().any(|h| h.key == key),
            Format::PlainText => self.lines.iter().any(|l| l == key),
        }
    }
}

/// Reads `text` (a BOM and CRLF line ends allowed). A file with YAML front matter or a
/// `#` heading outside code is Markdown; any other is plain text.
pub fn read(text: &str) -> Outline {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<&str> = text.lines().collect();
    let (front, body_start) = front_matter(&lines);
    let markdown_headings = markdown(&lines, body_start);
    let format = if front.is_some() || markdown_headings.iter().any(|h| h.1) {
        Format::Markdown
    } else {
        Format::PlainText
    };
    let headings = match format {
        Format::Markdown => markdown_headings.into_iter().map(|(h, _)| h).collect(),
        Format::PlainText => plain(&lines),
    };
    let field = |name: &str| {
        front
            .as_ref()
            .and_then(|f| f.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
            .filter(|v| !v.is_empty())
    };
    Outline {
        format,
        front_title: field("title"),
        date: field("ms.date"),
        locale: field("ms.contentlocale"),
        headings,
        lines: lines
            .iter()
            .map(|l| normalise(l))
            .filter(|l| !l.is_empty())
            .collect(),
    }
}

/// The front matter's top-level `key: value` pairs (quotes removed) and the index of the
/// first line after it, when the file opens with `---`.
fn front_matter(lines: &[&str]) -> (Option<Vec<(String, String)>>, usize) {
    if lines.first().map(|l| l.trim_end()) != Some("---") {
        return (None, 0);
    }
    let Some(end) = lines
        .iter()
        .skip(1)
        .position(|l| matches!(l.trim_end(), "---" | "..."))
    else {
        return (None, 0);
    };
    let fields = lines[1..=end]
        .iter()
        .filter(|l| !l.starts_with([' ', '\t', '-', '#']))
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_string(), unquote(v.trim())))
        .collect();
    (Some(fields), end + 2)
}

/// A YAML scalar without its quotes (`''` in a single-quoted one is a quote).
fn unquote(value: &str) -> String {
    if value.len() >= 2 && value.starts_with('\'') && value.ends_with('\'') {
        value[1..value.len() - 1].replace("''", "'")
    } else if value.len() >= 2 && value.starts_with('"') && value.ends_with('"') {
        value[1..value.len() - 1].replace("\\\"", "\"")
    } else {
        value.to_string()
    }
}

/// Markdown headings from `start` on, each with whether it is an ATX (`#`) heading.
fn markdown(lines: &[&str], start: usize) -> Vec<(Heading, bool)> {
    let mut out = Vec::new();
    let mut fence: Option<&str> = None;
    let mut previous: Option<(usize, &str)> = None;
    for (index, raw) in lines.iter().enumerate().skip(start) {
        let line = raw.trim_end();
        let indented = line.len() - line.trim_start().len();
        let trimmed = line.trim_start();
        if indented <= 3 {
            if let Some(marker) = fence {
                if trimmed.starts_with(marker) {
                    fence = None;
                }
                previous = None;
                continue;
            }
            if trimmed.starts_with("```") || trimmed.starts_with("~~~") {
                fence = Some(&trimmed[..3]);
                previous = None;
                continue;
            }
        } else if fence.is_some() {
            continue;
        }
        if let Some(text) = atx(line) {
            out.push((heading(text, index), true));
            previous = None;
            continue;
        }
        // Setext: a paragraph line underlined with `===` or `---`.
        let underline = !trimmed.is_empty()
            && indented <= 3
            && (trimmed.chars().all(|c| c == '=') || trimmed.chars().all(|c| c == '-'));
        if underline {
            if let Some((at, text)) = previous.take() {
                out.push((heading(text, at), false));
            }
            continue;
        }
        let paragraph = !trimmed.is_empty()
            && indented <= 3
            && !trimmed.starts_with(['>', '|', '<', '-', '*', '+', '!', '['])
            && !numbered(trimmed);
        let after_blank = index == start || lines[index - 1].trim().is_empty();
        previous = (paragraph && after_blank).then_some((index, trimmed));
    }
    out
}

/// The text of an ATX heading line (`## Text ##`), or `None`.
fn atx(line: &str) -> Option<&str> {
    let indented = line.len() - line.trim_start().len();
    if indented > 3 {
        return None;
    }
    let trimmed = line.trim_start();
    let level = trimmed.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &trimmed[level..];
    if !rest.is_empty() && !rest.starts_with([' ', '\t']) {
        return None;
    }
    let rest = rest.trim();
    // A closing sequence of `#` counts only after a space (or as the whole text).
    let closed = rest.trim_end_matches('#');
    let text = if closed.is_empty() || closed.ends_with([' ', '\t']) {
        closed.trim_end()
    } else {
        rest
    };
    Some(text)
}

fn heading(text: &str, index: usize) -> Heading {
    Heading {
        text: without_anchors(text).trim().to_string(),
        line: index + 1,
        key: normalise(text),
    }
}

/// `text` without its `<a …>` and `</a>` tags (the anchors Markdown headings carry).
fn without_anchors(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find('<') {
        let tag = &rest[start..];
        let is_anchor = tag.starts_with("<a ") || tag.starts_with("<a>") || tag.starts_with("</a>");
        match tag.find('>').filter(|_| is_anchor) {
            Some(end) => {
                out.push_str(&rest[..start]);
                rest = &tag[end + 1..];
            }
            None => {
                out.push_str(&rest[..=start]);
                rest = &rest[start + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Words that stand on a line of their own in a published page without being a heading:
/// note boxes and the page's sharing link, as a copy of a web page has them.
const NOT_HEADINGS: &[&str] = &[
    "Delen via",
    "Share via",
    "Notitie",
    "Note",
    "Opmerking",
    "Belangrijk",
    "Important",
    "Tip",
    "Waarschuwing",
    "Warning",
    "Let op",
    "Caution",
];

/// Plain-text headings: a line of its own (blank lines or the file's ends around it) that
/// reads as a title, not a sentence or a list item: it does not end in `.`, `:`, `;` or
/// `,`, starts with no bullet or number, says "Label: text" only as a question, and is not
/// a note box's label.
fn plain(lines: &[&str]) -> Vec<Heading> {
    let blank = |i: Option<&&str>| i.is_none_or(|l| l.trim().is_empty());
    lines
        .iter()
        .enumerate()
        .filter_map(|(index, raw)| {
            let text = raw.trim();
            let alone = blank(index.checked_sub(1).and_then(|i| lines.get(i)))
                && blank(lines.get(index + 1));
            let titled = !text.is_empty()
                && !text.ends_with(['.', ':', ';', ','])
                && !text.starts_with(['•', '-', '*', '+', '>', '|', '·', '–'])
                && !numbered(text)
                && (!text.contains(": ") || text.ends_with('?'))
                && !NOT_HEADINGS.iter().any(|n| n.eq_ignore_ascii_case(text));
            (alone && titled).then(|| heading(text, index))
        })
        .collect()
}

/// `1. item` or `1) item`.
fn numbered(text: &str) -> bool {
    let digits = text.chars().take_while(char::is_ascii_digit).count();
    digits > 0 && text[digits..].starts_with(['.', ')']) && text[digits + 1..].starts_with(' ')
}

/// A heading for comparing: HTML tags (`<a name="…"></a>`) and `{#id}` attributes
/// dropped, a link or image `[text](url)` read as its text, backslash escapes undone,
/// emphasis and code marks (`*`, `_`, `` ` ``) dropped, whitespace (no-break spaces too)
/// collapsed and trimmed.
pub fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) => {
                out.push(chars[i + 1]);
                i += 2;
                continue;
            }
            '<' => {
                if let Some(len) = tag_len(&chars[i..]) {
                    i += len;
                    continue;
                }
            }
            '{' if chars.get(i + 1) == Some(&'#') => {
                if let Some(close) = chars[i..].iter().position(|&c| c == '}') {
                    i += close + 1;
                    continue;
                }
            }
            '!' if chars.get(i + 1) == Some(&'[') => {
                i += 1;
                continue;
            }
            '[' => {
                if let Some((text_end, after)) = link(&chars[i..]) {
                    out.push_str(&normalise(
                        &chars[i + 1..i + text_end].iter().collect::<String>(),
                    ));
                    i += after;
                    continue;
                }
            }
            '*' | '_' | '`' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        out.push(if c.is_whitespace() { ' ' } else { c });
        i += 1;
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The length of an HTML tag at the start of `chars` (`<a name="x">`, `</a>`, `<br />`).
fn tag_len(chars: &[char]) -> Option<usize> {
    let second = *chars.get(1)?;
    if !(second.is_ascii_alphabetic() || second == '/') {
        return None;
    }
    chars.iter().position(|&c| c == '>').map(|end| end + 1)
}

/// A link `[text](target)` at the start of `chars`: the index of its `]` and the length
/// of the whole link.
fn link(chars: &[char]) -> Option<(usize, usize)> {
    let mut depth = 0;
    let close = chars.iter().position(|&c| {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            _ => {}
        }
        depth == 0
    })?;
    if chars.get(close + 1) != Some(&'(') {
        return None;
    }
    let end = chars[close + 1..].iter().position(|&c| c == ')')?;
    Some((close, close + 1 + end + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_drops_anchors_links_emphasis_and_spaces() {
        assert_eq!(
            normalise(
                r#"<a name="workspaces-view"></a>[Werkruimtenweergave](#tab/workspaces-view)"#
            ),
            "Werkruimtenweergave"
        );
        assert_eq!(
            normalise("  **Ernst**  en _reactie_\u{a0}snelheid {#x} "),
            "Ernst en reactie snelheid"
        );
        assert_eq!(
            normalise(r"Fout 'Toegangs-id is al gekoppeld\.\.\.'"),
            "Fout 'Toegangs-id is al gekoppeld...'"
        );
        assert_eq!(normalise("A < B"), "A < B");
    }

    #[test]
    fn markdown_headings_front_matter_and_code() {
        let outline = read(
            "---\ntitle: 'Het ''echte'' document'\nms.date: 07/31/2025\n---\n# <a name=\"x\"></a>Titel\n\nTekst\n\n```\n# geen kop\n```\n\n## Vraag? ##\n\nOnderstreept\n---\n",
        );
        assert_eq!(outline.format, Format::Markdown);
        assert_eq!(outline.title(), Some("Het 'echte' document"));
        assert_eq!(outline.date.as_deref(), Some("07/31/2025"));
        let texts: Vec<_> = outline
            .headings
            .iter()
            .map(|h| (h.line, h.key.as_str()))
            .collect();
        assert_eq!(texts, [(5, "Titel"), (13, "Vraag?"), (15, "Onderstreept")]);
    }

    #[test]
    fn plain_text_headings_are_lines_of_their_own() {
        let outline = read(
            "Delen via\n\n\nTitel\n\nEen zin.\n\nNotitie\n\nVraag?\n\n  • punt\n\nRegel een\nregel twee\n\nLabel: uitleg zonder vraag\n\nSlot",
        );
        assert_eq!(outline.format, Format::PlainText);
        let texts: Vec<_> = outline.headings.iter().map(|h| h.text.as_str()).collect();
        assert_eq!(texts, ["Titel", "Vraag?", "Slot"]);
        assert_eq!(outline.title(), Some("Titel"));
        assert!(
            outline.has("Regel een"),
            "a line of the file, though no heading"
        );
    }
}
