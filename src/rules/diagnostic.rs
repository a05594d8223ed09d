//! Problems found in rule files, located by file, line and column.

use std::fmt;
use std::ops::Range;

/// One problem in one rule file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl Diagnostic {
    /// Locates a byte span of `text` (the file's contents) as 1-based line and column.
    pub fn at(file: &str, text: &str, span: Option<Range<usize>>, message: String) -> Self {
        let offset = span.map_or(0, |s| s.start.min(text.len()));
        let before = text.get(..offset).unwrap_or(text);
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let column = before[line_start..].chars().count() + 1;
        Diagnostic {
            file: file.to_string(),
            line,
            column,
            message,
        }
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}:{}:{}: {}",
            self.file, self.line, self.column, self.message
        )
    }
}

/// Every problem found in a rule set.
#[derive(Debug)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.as_slice() {
            [] => write!(f, "no problems"),
            [only] => write!(f, "invalid rules: {only}"),
            [first, rest @ ..] => write!(
                f,
                "invalid rules: {first} (and {} more; run `support-advisor rules check` to see all)",
                rest.len()
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
        assert_eq!((d.line, d.column), (2, 3));
        assert_eq!(d.to_string(), "f.toml:2:3: x");
        let d = Diagnostic::at("f.toml", text, None, "x".into());
        assert_eq!((d.line, d.column), (1, 1));
    }
}
