//! How output looks, decided once per run and passed down to every renderer: colour only
//! on a terminal, when `NO_COLOR` is unset and `TERM` is not `dumb` (unless `--color always`
//! or `never` says otherwise; `FORCE_COLOR` or `CLICOLOR_FORCE` count as `always`), and tables as wide as the terminal, or 80 columns when there
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
        let forced = colour_forced();
        let colour = |on_terminal: bool| match choice {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => forced || (wanted && on_terminal),
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
            // Painted prose is wrapped without its colour, which goes back on the lines.
            let (line, spans) = unpaint(line);
            let line = line.as_str();
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
            let lines = textwrap::wrap(&kept, options);
            let lines = repaint(&kept, &lines, indent, &spans);
            out.extend(lines.into_iter().map(|l| l.replace(KEPT_SPACE, " ")));
        }
        let mut wrapped = out.join("\n");
        if text.ends_with('\n') {
            wrapped.push('\n');
        }
        wrapped
    }

    /// `text` marked to be shown in a colour when colour is on, else as it is.
    ///
    /// The mark is the colour's escape, but it is never measured or wrapped: the render
    /// layer takes it out before layout ([`unpaint`]) and applies the colour after it, as a
    /// comfy-table cell attribute ([`super::table`]) or on the wrapped lines of prose
    /// ([`Style::wrap`]). Text that goes into a table cell can also be a
    /// [`super::table::painted`] cell, which needs no mark at all.
    pub fn paint(&self, text: &str, paint: Paint) -> String {
        if !self.colour {
            return text.to_string();
        }
        format!("{}{text}{RESET}", paint.sgr())
    }
}

/// The escape that ends every colour.
const RESET: &str = "\x1b[0m";

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

/// Whether the environment asks for colour wherever the output goes, as `--color always`
/// does: `FORCE_COLOR` set to anything but an empty value, `0` or `false`
/// (force-color.org), or `CLICOLOR_FORCE` set to anything but an empty value or `0`
/// (bixense.com/clicolors). `--color never` still wins; so does nothing else, `NO_COLOR`
/// included: forcing is the more specific request.
fn colour_forced() -> bool {
    let set = |name: &str, off: &[&str]| {
        std::env::var(name).is_ok_and(|v| {
            let v = v.trim();
            !v.is_empty() && !off.iter().any(|o| v.eq_ignore_ascii_case(o))
        })
    };
    set("FORCE_COLOR", &["0", "false"]) || set("CLICOLOR_FORCE", &["0"])
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
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paint {
    /// Green: open, reopen.
    Good,
    /// Red: closed, missed, a new incident.
    Bad,
    /// Yellow: a recommendation against.
    Warn,
}

impl Paint {
    /// Every paint, for reading marks back.
    const ALL: [Paint; 3] = [Paint::Good, Paint::Bad, Paint::Warn];

    /// The escape that starts this colour (its mark in painted text).
    fn sgr(self) -> &'static str {
        match self {
            Paint::Good => "\x1b[32m",
            Paint::Bad => "\x1b[31m",
            Paint::Warn => "\x1b[33m",
        }
    }

    /// The same colour as a comfy-table cell attribute.
    pub fn color(self) -> comfy_table::Color {
        match self {
            Paint::Good => comfy_table::Color::Green,
            Paint::Bad => comfy_table::Color::Red,
            Paint::Warn => comfy_table::Color::Yellow,
        }
    }
}

/// A run of painted text in a line: its character range in the line without marks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Span {
    /// Character offsets, end excluded.
    pub chars: std::ops::Range<usize>,
    /// The colour of the run.
    pub paint: Paint,
}

/// `text` without the marks of [`Style::paint`], and where each painted run was; any
/// other escape sequence (`ESC [` … final byte) is dropped, so what is measured holds none.
pub fn unpaint(text: &str) -> (String, Vec<Span>) {
    if !text.contains('\x1b') {
        return (text.to_string(), Vec::new());
    }
    let mut plain = String::with_capacity(text.len());
    let mut spans = Vec::new();
    let mut open: Option<(usize, Paint)> = None;
    let mut count = 0;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if c != '\x1b' {
            plain.push(c);
            count += 1;
            rest = &rest[c.len_utf8()..];
            continue;
        }
        let started = Paint::ALL.into_iter().find(|p| rest.starts_with(p.sgr()));
        let len = match started {
            Some(p) => p.sgr().len(),
            None if rest.starts_with(RESET) => RESET.len(),
            None => escape_len(rest),
        };
        if started.is_some() || rest.starts_with(RESET) {
            if let Some((start, paint)) = open.take() {
                if start < count {
                    spans.push(Span {
                        chars: start..count,
                        paint,
                    });
                }
            }
            open = started.map(|p| (count, p));
        }
        rest = &rest[len..];
    }
    if let Some((start, paint)) = open {
        if start < count {
            spans.push(Span {
                chars: start..count,
                paint,
            });
        }
    }
    (plain, spans)
}

/// The length in bytes of the escape sequence `text` starts with: a CSI sequence up to
/// its final byte, else the escape character alone.
fn escape_len(text: &str) -> usize {
    let bytes = text.as_bytes();
    if bytes.get(1) != Some(&b'[') {
        return 1;
    }
    bytes
        .iter()
        .skip(2)
        .position(|b| (0x40..=0x7e).contains(b))
        .map_or(bytes.len(), |i| i + 3)
}

/// The wrapped `lines` of `line` (each a piece of it, after `indent` from the second on)
/// with the colour of `spans` put back: a run cut by a line end is closed there and opened
/// again on the next line.
fn repaint(
    line: &str,
    lines: &[std::borrow::Cow<'_, str>],
    indent: &str,
    spans: &[Span],
) -> Vec<String> {
    if spans.is_empty() {
        return lines.iter().map(|l| l.to_string()).collect();
    }
    let all: Vec<char> = line.chars().collect();
    let paint_at = |i: usize| spans.iter().find(|s| s.chars.contains(&i)).map(|s| s.paint);
    let mut cursor = 0;
    let mut out = Vec::with_capacity(lines.len());
    for (n, wrapped) in lines.iter().enumerate() {
        let (lead, piece) = match wrapped.strip_prefix(indent) {
            Some(piece) if n > 0 => (indent, piece),
            _ => ("", wrapped.as_ref()),
        };
        let piece: Vec<char> = piece.chars().collect();
        // Where this piece starts in the line: at the cursor, past the spaces broken at.
        let start = (cursor..=all.len().saturating_sub(piece.len()))
            .find(|&at| all[at..at + piece.len()] == piece[..]);
        let Some(start) = start else {
            // Not a piece of the line (cannot happen): shown plain rather than wrong.
            out.push(wrapped.to_string());
            continue;
        };
        let mut text = lead.to_string();
        let mut current: Option<Paint> = None;
        for (k, c) in piece.iter().enumerate() {
            let paint = paint_at(start + k);
            if paint != current {
                if current.is_some() {
                    text.push_str(RESET);
                }
                if let Some(p) = paint {
                    text.push_str(p.sgr());
                }
                current = paint;
            }
            text.push(*c);
        }
        if current.is_some() {
            text.push_str(RESET);
        }
        out.push(text);
        cursor = start + piece.len();
    }
    out
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

    #[test]
    fn painted_prose_is_wrapped_without_its_colour() {
        let coloured = Style {
            colour: true,
            ..at(40)
        };
        let text = format!(
            "Closed on Monday, asked on Tuesday: {} and more words after it.",
            coloured.paint(
                "File a new incident: the incident cannot be reopened.",
                Paint::Bad
            )
        );
        let wrapped = coloured.wrap(&text);
        let plain = at(40).wrap(&unpaint(&text).0);
        let stripped: Vec<String> = wrapped.lines().map(|l| unpaint(l).0).collect();
        assert_eq!(stripped.join("\n"), plain);
        // Every line that holds painted words opens and closes its colour.
        for line in wrapped.lines().filter(|l| l.contains('\x1b')) {
            assert_eq!(line.matches("\x1b[31m").count(), 1, "{line:?}");
            assert_eq!(line.matches("\x1b[0m").count(), 1, "{line:?}");
        }
        assert!(wrapped.lines().count() > 2);
    }

    #[test]
    fn marks_are_read_back_as_spans() {
        let style = Style {
            colour: true,
            ..Style::PLAIN
        };
        let text = format!(
            "a {} b {}",
            style.paint("ok", Paint::Good),
            style.paint("no", Paint::Bad)
        );
        let (plain, spans) = unpaint(&text);
        assert_eq!(plain, "a ok b no");
        assert_eq!(
            spans,
            vec![
                Span {
                    chars: 2..4,
                    paint: Paint::Good
                },
                Span {
                    chars: 7..9,
                    paint: Paint::Bad
                }
            ]
        );
        assert_eq!(unpaint("x\x1b[1;33my\x1b[0m").0, "xy");
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
