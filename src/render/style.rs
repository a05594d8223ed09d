//! How output looks, decided once per run and passed down to every renderer: colour only
//! on a terminal, when `NO_COLOR` is unset and `TERM` is not `dumb` (unless `--color always`
//! or `never` says otherwise), and tables as wide as the terminal, or 80 columns when there
//! is none. clap's own output (`--help`) follows the same decision (`Style::before_parsing`).

use std::ffi::OsString;
use std::io::IsTerminal;

use crate::cli::ColorChoice;

/// The width when stdout is not a terminal and `COLUMNS` says nothing.
pub const DEFAULT_WIDTH: usize = 80;
/// The narrowest width laid out: a narrower terminal gets lines of this width.
pub const MIN_WIDTH: usize = 40;

/// The look of one run's output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    /// Whether what goes to stdout is coloured with ANSI escapes.
    pub colour: bool,
    /// Whether what goes to stderr (the diagnostics of `rules check`) is coloured: judged
    /// on its own, so a redirected stream gets no escapes.
    pub colour_stderr: bool,
    /// Whether stdout is a terminal.
    pub terminal: bool,
    /// The columns tables and prose fit in: `COLUMNS`, else the terminal's width, else 80.
    pub width: usize,
    /// Whether tables add the background to the answer (`--details`): definitions,
    /// related policies, examples. JSON always carries everything.
    pub details: bool,
}

impl Style {
    /// Decides the style of this run from `--color`, `--details` and the environment.
    pub fn decide(choice: ColorChoice, details: bool) -> Style {
        let terminal = std::io::stdout().is_terminal();
        // A dumb terminal shows escapes as garbage, as `less` without -R does.
        let wanted = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            && std::env::var_os("TERM").is_none_or(|t| t != "dumb");
        let colour = |on_terminal: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => wanted && on_terminal,
        };
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<usize>().ok())
            .filter(|c| *c > 0);
        let width = columns
            .unwrap_or_else(|| {
                if terminal {
                    textwrap::termwidth()
                } else {
                    DEFAULT_WIDTH
                }
            })
            // Narrower than this, a label and a value no longer stand side by side.
            .max(MIN_WIDTH);
        Style {
            colour: colour(terminal),
            colour_stderr: colour(std::io::stderr().is_terminal()),
            terminal,
            width,
            details,
        }
    }

    /// The style for what clap prints itself (`--help`, `--version`), decided from
    /// `--color`/`--colour` as found in `args` before clap has parsed them, since clap
    /// prints help while parsing.
    pub fn before_parsing(args: impl IntoIterator<Item = OsString>) -> Style {
        Style::decide(color_in(args), false)
    }

    /// Plain text, 80 columns: what a file or a pipe gets, and what tests compare.
    pub const PLAIN: Style = Style {
        colour: false,
        colour_stderr: false,
        terminal: false,
        width: DEFAULT_WIDTH,
        details: false,
    };

    /// Prose lines wrapped to the width by display width, never breaking a word; a bullet
    /// (`• `) keeps its hanging indent. Lines of tables (box drawing) are left as they are.
    pub fn wrap(&self, text: &str) -> String {
        let mut out = Vec::new();
        for line in text.lines() {
            let is_table = line.starts_with(['┌', '│', '╞', '├', '└', '╭', '╰']);
            if is_table || textwrap::core::display_width(line) <= self.width {
                out.push(line.replace(KEPT_SPACE, " "));
                continue;
            }
            let indent = if line.starts_with("• ") { "  " } else { "" };
            let options = textwrap::Options::new(self.width)
                .subsequent_indent(indent)
                // Only a word longer than a whole line is broken, so no line overflows.
                .break_words(true)
                // Dates, ids, zones (`Europe/Berlin`), URLs and file names hold hyphens
                // and slashes: break lines at spaces only.
                .word_separator(textwrap::WordSeparator::AsciiSpace)
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            let kept = keep_code_together(line, self.width.saturating_sub(indent.len()));
            out.extend(
                textwrap::wrap(&kept, options)
                    .into_iter()
                    .map(|l| l.replace(KEPT_SPACE, " ")),
            );
        }
        let mut wrapped = out.join("\n");
        if text.ends_with('\n') {
            wrapped.push('\n');
        }
        wrapped
    }

    /// `text` in a colour when colour is on, else as it is.
    pub fn paint(&self, text: &str, paint: Paint) -> String {
        if !self.colour {
            return text.to_string();
        }
        let code = match paint {
            Paint::Good => "32",
            Paint::Bad => "31",
            Paint::Warn => "33",
        };
        format!("\x1b[{code}m{text}\x1b[0m")
    }
}

/// A space that neither comfy-table nor the prose wrapping breaks a line at (both break
/// at ASCII spaces); written as a plain space once laid out.
pub const UNBROKEN_SPACE: char = '\u{a0}';

/// A space inside a code span, which textwrap (breaking at ASCII spaces) does not break at.
const KEPT_SPACE: char = UNBROKEN_SPACE;

/// `line` with the spaces inside each `backticked` span of at most `max` columns made
/// unbreakable, so a command (`support-advisor hours --region REGION`) stays on one line;
/// a longer span may still break, so no line need exceed the width.
pub fn keep_code_together(line: &str, max: usize) -> String {
    let mut out = String::with_capacity(line.len());
    let mut parts = line.split('`');
    if let Some(first) = parts.next() {
        out.push_str(first);
    }
    for (i, part) in parts.enumerate() {
        out.push('`');
        // Odd pieces (the first after a backtick, then every other) are inside a span.
        let inside = i % 2 == 0;
        if inside && textwrap::core::display_width(part) + 2 <= max {
            out.push_str(&part.replace(' ', &KEPT_SPACE.to_string()));
        } else {
            out.push_str(part);
        }
    }
    out
}

/// The `--color` (or `--colour`) value among the arguments, as clap will read it: the
/// last one given, `--color X` or `--color=X`, none after `--`. Anything clap would reject
/// counts as `auto`: clap then reports the error itself.
fn color_in(args: impl IntoIterator<Item = OsString>) -> ColorChoice {
    let mut choice = ColorChoice::Auto;
    let mut args = args.into_iter().skip(1);
    while let Some(arg) = args.next() {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" {
            break;
        }
        let value = match arg.split_once('=') {
            Some(("--color" | "--colour", value)) => Some(value.to_string()),
            None if arg == "--color" || arg == "--colour" => {
                args.next().and_then(|v| v.into_string().ok())
            }
            _ => continue,
        };
        // In any letter case, as the value parser reads it.
        let value = value.map(|v| v.trim().to_ascii_lowercase());
        choice = match value.as_deref() {
            Some("always") => ColorChoice::Always,
            Some("never") => ColorChoice::Never,
            _ => ColorChoice::Auto,
        };
    }
    choice
}

/// What a coloured word means.
#[derive(Debug, Clone, Copy)]
pub enum Paint {
    Good,
    Bad,
    Warn,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(width: usize) -> Style {
        Style {
            width,
            ..Style::PLAIN
        }
    }

    #[test]
    fn prose_wraps_between_words_and_never_inside_a_code_span() {
        let text = "Each desk's hours as a calendar: `support-advisor hours --region REGION` (see the README).";
        for width in [40, 50, 60, 80] {
            let wrapped = at(width).wrap(text);
            assert!(
                wrapped.contains("`support-advisor hours --region REGION`"),
                "{width}: {wrapped}"
            );
            assert!(
                wrapped.lines().all(|l| l.chars().count() <= width),
                "{wrapped}"
            );
            assert!(!wrapped.contains(KEPT_SPACE));
        }
        // A span wider than the line may break, so that no line overflows.
        let long = format!("`{}`", "word ".repeat(20).trim_end());
        assert!(at(40).wrap(&long).lines().all(|l| l.chars().count() <= 40));
        // A bullet keeps its hanging indent.
        let bullet = format!("• {}", "word ".repeat(30));
        let wrapped = at(40).wrap(&bullet);
        assert!(
            wrapped.lines().skip(1).all(|l| l.starts_with("  ")),
            "{wrapped}"
        );
    }

    fn choice(args: &[&str]) -> ColorChoice {
        color_in(
            std::iter::once("support-advisor")
                .chain(args.iter().copied())
                .map(Into::into),
        )
    }

    #[test]
    fn the_colour_choice_is_found_before_clap_parses() {
        assert_eq!(choice(&["--help"]), ColorChoice::Auto);
        assert_eq!(choice(&["--color", "never", "--help"]), ColorChoice::Never);
        assert_eq!(
            choice(&["sla", "--help", "--colour=never"]),
            ColorChoice::Never
        );
        assert_eq!(choice(&["--color=always", "plans"]), ColorChoice::Always);
        assert_eq!(
            choice(&["--color", "never", "--color", "always"]),
            ColorChoice::Always
        );
        assert_eq!(choice(&["--color", "sometimes"]), ColorChoice::Auto);
        assert_eq!(choice(&["--color", "NEVER"]), ColorChoice::Never);
        assert_eq!(choice(&["--color"]), ColorChoice::Auto);
        assert_eq!(choice(&["--", "--color", "never"]), ColorChoice::Auto);
    }
}
