//! Colour, decided once: only on a terminal and when `NO_COLOR` is unset, unless
//! `--color always` or `never` says otherwise.

use std::io::IsTerminal;
use std::sync::OnceLock;

use crate::cli::ColorChoice;

static COLOUR: OnceLock<bool> = OnceLock::new();
static COLOUR_STDERR: OnceLock<bool> = OnceLock::new();

/// Decides, for the whole run, whether output is coloured: stdout and stderr each by
/// whether it is a terminal, so that a redirected stream gets no escapes.
pub fn decide(choice: ColorChoice) {
    let wanted = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let colour = |terminal: bool| match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => wanted && terminal,
    };
    let _ = COLOUR.set(colour(std::io::stdout().is_terminal()));
    let _ = COLOUR_STDERR.set(colour(std::io::stderr().is_terminal()));
}

/// Whether stdout is coloured.
pub fn colour() -> bool {
    COLOUR.get().copied().unwrap_or(false)
}

/// Whether stderr is coloured (the diagnostics of `rules check`).
pub fn colour_stderr() -> bool {
    COLOUR_STDERR.get().copied().unwrap_or(false)
}

/// Whether stdout is a terminal, whose width tables then follow.
pub fn terminal() -> bool {
    std::io::stdout().is_terminal()
}

#[derive(Debug, Clone, Copy)]
pub enum Paint {
    Good,
    Bad,
    Warn,
}

/// `text` in a colour when colour is on, else as it is.
pub fn paint(text: &str, paint: Paint) -> String {
    if !colour() {
        return text.to_string();
    }
    let code = match paint {
        Paint::Good => "32",
        Paint::Bad => "31",
        Paint::Warn => "33",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}
