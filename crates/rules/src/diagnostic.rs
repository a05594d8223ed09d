//! Problems found in rule files, located by file, line and column.
//!
//! A problem is an error (the rule set is invalid) or a warning (it is shown, and the rule
//! set still loads). [`Diagnostic::render`] shows one the way rustc and cargo-deny do, with
//! the offending line and a caret under the value:
//!
//! ```text
//! error: unknown plan `prodirekt` (did you mean `prodirect`?); valid plans: …
//!  --> rules/targets.toml:5:8
//!   |
//! 5 | plan = "prodirekt"
//!   |        ^^^^^^^^^^^
//! ```

use std::fmt;
use std::ops::Range;

use super::RuleText;

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
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One problem in one rule file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub severity: Severity,
    pub file: String,
    /// 1-based line of the start of the offending value.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// The offending value's length in characters, when its place is known (the caret
    /// stops at the end of its first line).
    pub length: Option<usize>,
    pub message: String,
}

impl Diagnostic {
    /// An error at a byte span of `text` (the file's contents), located as 1-based line and
    /// column.
    pub fn at(file: &str, text: &str, span: Option<Range<usize>>, message: String) -> Self {
        let start = span
            .as_ref()
            .map_or(0, |s| floor_char_boundary(text, s.start));
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        let length = span.map(|s| {
            let end = floor_char_boundary(text, s.end.max(start));
            text[start..end].chars().count()
        });
        Diagnostic {
            severity: Severity::Error,
            file: file.to_string(),
            line,
            column,
            length,
            message,
        }
    }

    /// The same problem, as a warning.
    pub fn warning(self) -> Self {
        Diagnostic {
            severity: Severity::Warning,
            ..self
        }
    }

    /// Whether this problem makes the rule set invalid.
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The problem as rustc shows one: the severity and message, the location, and the
    /// offending line of `source` (the file's text) with a caret under the value.
    /// Ends with a newline.
    pub fn render(&self, source: &str) -> String {
        let mut out = format!("{}: {}\n", self.severity, self.message);
        let column = self.column.max(1);
        let line_text = source
            .split('\n')
            .nth(self.line.saturating_sub(1))
            .map(|l| l.strip_suffix('\r').unwrap_or(l));
        let gutter = self.line.to_string().len();
        let pad = " ".repeat(gutter);
        out += &format!("{pad}--> {}:{}:{}\n", self.file, self.line, self.column);
        let Some(line_text) = line_text.filter(|_| !source.is_empty()) else {
            return out;
        };
        // Tabs are shown as four spaces, as rustc does, and the caret moves with them.
        let width = |c: char| if c == '\t' { 4 } else { 1 };
        let shown = line_text.replace('\t', "    ");
        let indent: usize = line_text.chars().take(column - 1).map(width).sum::<usize>()
            + (column - 1).saturating_sub(line_text.chars().count());
        let underlined: usize = line_text
            .chars()
            .skip(column - 1)
            .take(self.length.unwrap_or(1))
            .map(width)
            .sum();
        let carets = "^".repeat(underlined.max(1));
        out += &format!("{pad} |\n");
        out += format!("{} | {}", self.line, shown).trim_end();
        out.push('\n');
        out += &format!("{pad} | {}{carets}\n", " ".repeat(indent));
        out
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

/// `file:line:col: message`, with `warning: ` before the message of a warning.
impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}: ", self.file, self.line, self.column)?;
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

    /// Every problem rendered with its line of `files` (see [`Diagnostic::render`]), a
    /// blank line after each.
    pub fn render(&self, files: &[RuleText]) -> String {
        self.0
            .iter()
            .map(|d| {
                let source = files.iter().find(|f| f.name == d.file);
                d.render(source.map_or("", |f| f.text.as_str())) + "\n"
            })
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

    #[test]
    fn locates_spans_as_line_and_column() {
        let text = "a = 1\nbé = 2\n";
        let d = Diagnostic::at("f.toml", text, Some(9..10), "x".into());
        assert_eq!((d.line, d.column, d.length), (2, 3, Some(1)));
        assert_eq!(d.to_string(), "f.toml:2:3: x");
        let d = Diagnostic::at("f.toml", text, None, "x".into());
        assert_eq!((d.line, d.column, d.length), (1, 1, None));
        // A span past the end, or inside a character, stays within the text.
        let d = Diagnostic::at("f.toml", text, Some(8..99), "x".into());
        assert_eq!((d.line, d.column, d.length), (2, 2, Some(6)));
    }

    #[test]
    fn warnings_say_so_on_their_line() {
        let d = Diagnostic::at("f.toml", "a = 1\n", Some(4..5), "odd".into()).warning();
        assert!(!d.is_error());
        assert_eq!(d.to_string(), "f.toml:1:5: warning: odd");
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
            d.render(text),
            "error: unknown plan `prodirekt` (did you mean `prodirect`?)\n \
             --> rules/targets.toml:5:8\n  \
             |\n\
             5 | plan = \"prodirekt\"\n  \
             |        ^^^^^^^^^^^\n"
        );
    }

    #[test]
    fn renders_wide_gutters_tabs_and_multi_line_spans() {
        let mut text = "\n".repeat(11);
        text += "\tdays = [\"mon\",\n  \"tue\"]\n";
        let start = text.find('[').unwrap();
        let end = text.find(']').unwrap() + 1;
        let d = Diagnostic::at("r.toml", &text, Some(start..end), "twice".into()).warning();
        assert_eq!((d.line, d.column), (12, 9));
        assert_eq!(
            d.render(&text),
            "warning: twice\n  \
             --> r.toml:12:9\n   \
             |\n\
             12 |     days = [\"mon\",\n   \
             |            ^^^^^^^\n"
        );
    }

    #[test]
    fn renders_at_least_one_caret() {
        let text = "a = \n";
        let d = Diagnostic::at("f.toml", text, Some(4..4), "expected a value".into());
        assert_eq!(
            d.render(text),
            "error: expected a value\n --> f.toml:1:5\n  |\n1 | a =\n  |     ^\n"
        );
        let d = Diagnostic::at("f.toml", text, None, "somewhere".into());
        assert_eq!(
            d.render(text),
            "error: somewhere\n --> f.toml:1:1\n  |\n1 | a =\n  | ^\n"
        );
        // Without the file's text there is no line to show.
        assert_eq!(d.render(""), "error: somewhere\n --> f.toml:1:1\n");
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
    fn renders_every_problem_with_its_file() {
        let files = [RuleText {
            name: "a.toml".into(),
            text: "x = 1\n".into(),
            user: false,
        }];
        let d = Diagnostic::at("a.toml", &files[0].text, Some(4..5), "bad".into());
        let lost = Diagnostic::at("gone.toml", "", None, "lost".into()).warning();
        assert_eq!(
            Diagnostics(vec![d, lost]).render(&files),
            "error: bad\n --> a.toml:1:5\n  |\n1 | x = 1\n  |     ^\n\n\
             warning: lost\n --> gone.toml:1:1\n\n"
        );
    }
}
