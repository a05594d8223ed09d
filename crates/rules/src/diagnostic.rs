//! Problems found in rule files, located by file, line and column.
//!
//! A problem is an error (the rule set is invalid) or a warning (it is shown, and the rule
//! set still loads). [`Diagnostics::render`] shows them the way rustc and cargo-deny do,
//! with the offending line and a caret under the value, and a labelled line for each other
//! place the problem relates to (the other of two overlapping windows, the first of two
//! definitions of an id):
//!
//! ```text
//! error: unknown plan `prodirekt` (did you mean `prodirect`?); valid plans: …
//!  --> rules/targets.toml:5:8
//!   |
//! 5 | plan = "prodirekt"
//!   |        ^^^^^^^^^^^
//! ```
//!
//! The drawing is annotate-snippets', the renderer rustc and cargo use, so that multi-line
//! values, tabs, wide characters and several labels in one file are laid out as they are.

use std::fmt;
use std::ops::Range;

use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use super::RuleText;
use crate::suggest::escape;

/// How bad a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The rule set is invalid and is refused.
    Error,
    /// Worth a look, but the rule set still loads.
    Warning,
}

impl Severity {
    /// The word that heads a rendered problem: `error` or `warning`.
    pub fn label(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }

    fn level(self) -> Level<'static> {
        match self {
            Severity::Error => Level::ERROR,
            Severity::Warning => Level::WARNING,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// Where in its file a problem is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    /// 1-based line of the start of the offending value.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The offending value's bytes in the file (clamped to its text and to char
    /// boundaries), which the rendered caret underlines.
    pub span: Range<usize>,
}

impl Location {
    /// The location of a byte span of `text` (a file's contents), kept within the text.
    pub fn of(text: &str, span: Range<usize>) -> Self {
        Location::indexed(text, &newlines(text), span)
    }

    /// [`Location::of`] with the offsets of `text`'s line breaks ([`newlines`]) found once
    /// for the file, so that locating many problems stays linear in the file.
    pub fn indexed(text: &str, newlines: &[usize], span: Range<usize>) -> Self {
        let start = floor_char_boundary(text, span.start);
        let end = floor_char_boundary(text, span.end.max(start));
        let before = newlines.partition_point(|&n| n < start);
        let line_start = before.checked_sub(1).map_or(0, |i| newlines[i] + 1);
        let column = text[line_start..start].chars().count() + 1;
        Location {
            line: before + 1,
            column,
            span: start..end,
        }
    }
}

/// The byte offsets of the line breaks of `text`, in order.
pub fn newlines(text: &str) -> Vec<usize> {
    text.bytes()
        .enumerate()
        .filter(|&(_, b)| b == b'\n')
        .map(|(i, _)| i)
        .collect()
}

/// The whole lines of `text` holding `spans` (one file's): their first byte, their text,
/// and the 1-based number of the first, found in `newlines` ([`newlines`]).
fn excerpt<'t>(
    text: &'t str,
    newlines: &[usize],
    spans: &[Range<usize>],
) -> (usize, &'t str, usize) {
    let low = spans
        .iter()
        .map(|s| s.start)
        .min()
        .unwrap_or(0)
        .min(text.len());
    let high = spans
        .iter()
        .map(|s| s.end)
        .max()
        .unwrap_or(0)
        .min(text.len())
        .max(low);
    let first = newlines.partition_point(|&n| n < low);
    let from = first.checked_sub(1).map_or(0, |i| newlines[i] + 1);
    let last = newlines.partition_point(|&n| n < high);
    let to = newlines.get(last).map_or(text.len(), |&n| n + 1);
    let from = floor_char_boundary(text, from);
    let to = floor_char_boundary(text, to).max(from);
    (from, &text[from..to], first + 1)
}

/// How many lines apart a problem and a related place of the same file may be to be shown
/// in one excerpt; farther apart, each is shown with its own lines.
const ONE_EXCERPT_LINES: usize = 40;

/// Another place a problem relates to, shown with its own line and a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Label {
    /// The file of that place, which may differ from the problem's (a user's rule that
    /// clashes with a built-in one).
    pub file: String,
    /// The place's bytes in that file.
    pub span: Range<usize>,
    /// What the place is to the problem: "the window it overlaps", "first defined here".
    pub message: String,
}

/// One problem in one rule file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    /// Where in the file; `None` for a problem with the file as a whole (it cannot be
    /// read, or is not a file).
    pub location: Option<Location>,
    pub message: String,
    /// The other places the problem relates to, each shown with its line.
    pub labels: Vec<Label>,
}

impl Diagnostic {
    /// An error at a byte span of `text` (the file's contents), located as 1-based line and
    /// column; without a span, at the start of the file.
    pub fn at(file: &str, text: &str, span: Option<Range<usize>>, message: String) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            location: Some(Location::of(text, span.unwrap_or(0..0))),
            message,
            labels: Vec::new(),
        }
    }

    /// [`Diagnostic::at`] with the file's line breaks found once ([`newlines`]).
    pub fn at_indexed(
        file: &str,
        text: &str,
        newlines: &[usize],
        span: Option<Range<usize>>,
        message: String,
    ) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            location: Some(Location::indexed(text, newlines, span.unwrap_or(0..0))),
            message,
            labels: Vec::new(),
        }
    }

    /// An error with a file as a whole, such as one that cannot be read: it has no line.
    pub fn file(file: &str, message: String) -> Self {
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            location: None,
            message,
            labels: Vec::new(),
        }
    }

    /// The same problem, as a warning.
    pub fn warning(self) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..self
        }
    }

    /// The same problem, with another place it relates to.
    pub fn label(mut self, file: &str, span: Range<usize>, message: impl Into<String>) -> Self {
        self.labels.push(Label {
            file: file.to_string(),
            span,
            message: message.into(),
        });
        self
    }

    /// Whether this problem makes the rule set invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The 1-based line and column, (0, 0) for a problem with the whole file: the order
    /// problems are listed in.
    pub fn line_column(&self) -> (usize, usize) {
        self.location
            .as_ref()
            .map_or((0, 0), |l| (l.line, l.column))
    }

    /// The problem as annotate-snippets draws it, with the lines of `files` it points at:
    /// only those lines are handed to it (`lines` holds each file's line breaks), so that
    /// drawing many problems of a large file stays linear in it.
    fn group<'a>(
        &'a self,
        files: &'a [RuleText],
        lines: &std::collections::HashMap<&str, Vec<usize>>,
    ) -> Group<'a> {
        let text_of = |name: &str| {
            files
                .iter()
                .find(|f| f.name == name && !f.text.is_empty())
                .map(|f| f.text.as_str())
        };
        // A file's name is the user's: escaped in its `-->` line like any echoed value.
        let shown = |name: &str| escape(name);
        let title = self.severity.level().primary_title(&self.message);
        let Some(location) = &self.location else {
            return title.element(Origin::path(shown(&self.file)));
        };
        let Some(text) = text_of(&self.file) else {
            // Without the file's text there is no line to show, only the place.
            return title.element(
                Origin::path(shown(&self.file))
                    .line(location.line)
                    .char_column(location.column),
            );
        };
        let no_lines = Vec::new();
        let index = |name: &str| lines.get(name).unwrap_or(&no_lines);
        let here_lines = index(&self.file);
        let line_of = |span: &Range<usize>| here_lines.partition_point(|&n| n < span.start) + 1;
        // Labels of this file close to the problem share its excerpt; the others get
        // their own.
        let near = |label: &Label| {
            label.file == self.file
                && line_of(&label.span).abs_diff(location.line) <= ONE_EXCERPT_LINES
        };
        let mut spans = vec![location.span.clone()];
        spans.extend(
            self.labels
                .iter()
                .filter(|l| near(l))
                .map(|l| l.span.clone()),
        );
        let (from, lines_here, first) = excerpt(text, here_lines, &spans);
        let shift = |span: &Range<usize>| {
            span.start.saturating_sub(from).min(lines_here.len())
                ..span.end.saturating_sub(from).min(lines_here.len())
        };
        let primary = AnnotationKind::Primary.span(shift(&location.span));
        let mut here = Snippet::source(lines_here)
            .line_start(first)
            .path(shown(&self.file))
            .annotation(primary);
        let mut elsewhere = Vec::new();
        for label in &self.labels {
            if near(label) {
                let note = AnnotationKind::Context
                    .span(shift(&label.span))
                    .label(&label.message);
                here = here.annotation(note);
            } else if let Some(other) = text_of(&label.file) {
                let (from, lines_there, first) =
                    excerpt(other, index(&label.file), std::slice::from_ref(&label.span));
                let span = label.span.start.saturating_sub(from).min(lines_there.len())
                    ..label.span.end.saturating_sub(from).min(lines_there.len());
                let note = AnnotationKind::Context.span(span).label(&label.message);
                elsewhere.push(
                    Snippet::source(lines_there)
                        .line_start(first)
                        .path(shown(&label.file))
                        .annotation(note),
                );
            }
        }
        title.element(here).elements(elsewhere)
    }
}

/// The largest char boundary of `text` at or before `index` (clamped to its length).
fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// `file:line:col: message` (`file: message` for the whole file), with `warning: ` before
/// the message of a warning.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.location {
            Some(at) => write!(f, "{}:{}:{}: ", escape(&self.file), at.line, at.column)?,
            None => write!(f, "{}: ", escape(&self.file))?,
        }
        if self.severity == Severity::Warning {
            write!(f, "{}: ", self.severity)?;
        }
        f.write_str(&self.message)
    }
}

/// Every problem found in a rule set.
#[derive(Debug)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    /// Whether any problem makes the rule set invalid.
    pub fn has_errors(&self) -> bool {
        self.0.iter().any(Diagnostic::is_error)
    }

    /// Counts by severity, as cargo does: `2 errors, 1 warning`, or `no problems`.
    pub fn summary(&self) -> String {
        let errors = self.0.iter().filter(|d| d.is_error()).count();
        let warnings = self.0.len() - errors;
        let count = |n: usize, what: &str| match n {
            1 => format!("1 {what}"),
            n => format!("{n} {what}s"),
        };
        match (errors, warnings) {
            (0, 0) => "no problems".to_string(),
            (e, 0) => count(e, "error"),
            (0, w) => count(w, "warning"),
            (e, w) => format!("{}, {}", count(e, "error"), count(w, "warning")),
        }
    }

    /// Every problem as plain text, rustc-style, with the lines of `files` it points at,
    /// a blank line after each.
    pub fn render(&self, files: &[RuleText]) -> String {
        self.render_with(files, &Renderer::plain())
    }

    /// [`Diagnostics::render`] in rustc's colours (ANSI escapes), for a terminal.
    pub fn render_styled(&self, files: &[RuleText]) -> String {
        self.render_with(files, &Renderer::styled())
    }

    fn render_with(&self, files: &[RuleText], renderer: &Renderer) -> String {
        // Each file's line breaks, found once for every problem drawn.
        let lines: std::collections::HashMap<&str, Vec<usize>> = files
            .iter()
            .map(|f| (f.name.as_str(), newlines(&f.text)))
            .collect();
        self.0
            .iter()
            .map(|d| renderer.render(&[d.group(files, &lines)]) + "\n\n")
            .collect()
    }
}

/// The first error (or, with none, the first problem) and how many more there are.
impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let first = self
            .0
            .iter()
            .position(Diagnostic::is_error)
            .unwrap_or_default();
        match self.0.get(first) {
            None => write!(f, "no problems"),
            Some(only) if self.0.len() == 1 => write!(f, "invalid rules: {only}"),
            Some(first) => write!(
                f,
                "invalid rules: {first} (and {} more; run `support-advisor rules check` to see all)",
                self.0.len() - 1
            ),
        }
    }
}

impl std::error::Error for Diagnostics {}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(name: &str, text: &str) -> RuleText {
        RuleText {
            name: name.into(),
            text: text.into(),
            user: false,
        }
    }

    fn render(d: Diagnostic, files: &[RuleText]) -> String {
        Diagnostics(vec![d]).render(files)
    }

    #[test]
    fn locates_spans_as_line_and_column() {
        let text = "a = 1\nbé = 2\n";
        let d = Diagnostic::at("f.toml", text, Some(9..10), "x".into());
        assert_eq!(
            d.location,
            Some(Location {
                line: 2,
                column: 3,
                span: 9..10
            })
        );
        assert_eq!(d.to_string(), "f.toml:2:3: x");
        let d = Diagnostic::at("f.toml", text, None, "x".into());
        assert_eq!(d.line_column(), (1, 1));
        // A span past the end, or inside a character, stays within the text.
        let d = Diagnostic::at("f.toml", text, Some(8..99), "x".into());
        assert_eq!(
            d.location,
            Some(Location {
                line: 2,
                column: 2,
                span: 7..14
            })
        );
    }

    #[test]
    fn warnings_say_so_on_their_line() {
        let d = Diagnostic::at("f.toml", "a = 1\n", Some(4..5), "odd".into()).warning();
        assert!(!d.is_error());
        assert_eq!(d.to_string(), "f.toml:1:5: warning: odd");
    }

    #[test]
    fn problems_with_a_whole_file_have_no_line() {
        let d = Diagnostic::file("r/bad.toml", "not UTF-8".into());
        assert_eq!(d.to_string(), "r/bad.toml: not UTF-8");
        assert_eq!(render(d, &[]), "error: not UTF-8\n--> r/bad.toml\n\n");
    }

    #[test]
    fn renders_a_caret_under_the_value() {
        let text = "[[target]]\nseverity = \"A\"\n\n\nplan = \"prodirekt\"\n";
        let start = text.find("\"prodirekt\"").unwrap();
        let d = Diagnostic::at(
            "rules/targets.toml",
            text,
            Some(start..start + 11),
            "unknown plan `prodirekt` (did you mean `prodirect`?)".into(),
        );
        assert_eq!(
            render(d, &[file("rules/targets.toml", text)]),
            "error: unknown plan `prodirekt` (did you mean `prodirect`?)\n \
             --> rules/targets.toml:5:8\n  \
             |\n\
             5 | plan = \"prodirekt\"\n  \
             |        ^^^^^^^^^^^\n\n"
        );
    }

    #[test]
    fn renders_at_least_one_caret() {
        let text = "a = \n";
        let files = [file("f.toml", text)];
        let d = Diagnostic::at("f.toml", text, Some(4..4), "expected a value".into());
        assert_eq!(
            render(d, &files),
            "error: expected a value\n --> f.toml:1:5\n  |\n1 | a = \n  |     ^\n\n"
        );
        // Without the file's text there is no line to show.
        let d = Diagnostic::at("f.toml", text, None, "somewhere".into());
        assert_eq!(render(d, &[]), "error: somewhere\n--> f.toml:1:1\n\n");
    }

    #[test]
    fn summaries_count_errors_and_warnings() {
        let error = Diagnostic::at("f.toml", "", None, "e".into());
        let warning = error.clone().warning();
        let of = |v: Vec<Diagnostic>| Diagnostics(v).summary();
        assert_eq!(of(vec![]), "no problems");
        assert_eq!(of(vec![error.clone()]), "1 error");
        assert_eq!(of(vec![warning.clone(), warning.clone()]), "2 warnings");
        assert_eq!(
            of(vec![error.clone(), warning.clone(), error.clone()]),
            "2 errors, 1 warning"
        );
        let all = Diagnostics(vec![warning, error]);
        assert!(all.has_errors());
        assert_eq!(
            all.to_string(),
            "invalid rules: f.toml:1:1: e (and 1 more; run `support-advisor rules check` to see all)"
        );
    }

    #[test]
    fn styled_output_is_coloured_and_plain_output_is_not() {
        let files = [file("a.toml", "x = 1\n")];
        let d = Diagnostics(vec![Diagnostic::at(
            "a.toml",
            &files[0].text,
            Some(4..5),
            "bad".into(),
        )]);
        assert!(!d.render(&files).contains('\x1b'));
        assert!(d.render_styled(&files).contains('\x1b'));
    }
}
