//! The man page: one page for every command, because `support-advisor man >
//! man/support-advisor.1` is how it ships and nothing installs a page per command.
//!
//! clap_mangen renders each command's synopsis and options (its section renderers, one
//! command at a time); this module arranges them under one `COMMANDS` section, one
//! subsection per command, and writes with the roff crate what clap_mangen has no renderer
//! for (examples that keep their lines, exit status, environment). clap_mangen's own
//! `SUBCOMMANDS` list is not used: it names `support-advisor-sla(1)` pages that do not exist.

use std::io;

use clap::Command;
use clap_mangen::roff::{bold, roman, Roff};
use clap_mangen::Man;

/// The date on the page's `.TH` line (man shows it in the footer). Fixed, so the page is
/// the same on every build and the committed copy can be checked; change it when the
/// command line changes.
const DATE: &str = "2026-11-30";

/// The man page (roff): name, synopsis, description, the global options, then every
/// command (`rules check`, `rules dump` and `rules coverage` each on their own) with its
/// usage, options and examples, then exit status, environment and version.
pub fn page() -> io::Result<String> {
    // `help COMMAND` is `COMMAND --help`: it gets no section of its own.
    let mut top = crate::cli::command()
        .disable_help_subcommand(true)
        .subcommand_value_name("command");
    // Built once, so every command knows its full name (`support-advisor rules check`)
    // and carries the global options, which are documented once, not per command.
    top.build();
    let man = Man::new(values_inline(top.clone()))
        .title("SUPPORT-ADVISOR")
        .date(DATE)
        .manual("User Commands");

    // The title keeps the roff preamble; every later part is written without it.
    let mut title = Vec::new();
    man.render_title(&mut title)?;
    let mut out = String::from_utf8_lossy(&title).into_owned();
    // No hyphenation (an option split as `--oth-er-environment` cannot be copied) and
    // ragged right (examples stretched across the line read as different commands).
    out.push_str(".nh\n.ad l\n");
    out.push_str(&rendered(|w| man.render_name_section(w))?);
    out.push_str(&rendered(|w| man.render_synopsis_section(w))?);
    out.push_str(&rendered(|w| man.render_description_section(w))?);
    let mut intro = Roff::new();
    intro.control("PP", []).text([roman(
        "Every answer cites the document, file and section it comes from. Tables are for \
         people; --json gives scripts one JSON document on stdout. The options below apply \
         to every command, before or after its name; each command is described under \
         COMMANDS.",
    )]);
    out.push_str(&roff_text(&intro));

    out.push_str(&heading("GLOBAL OPTIONS"));
    out.push_str(&without_heading(
        &rendered(|w| man.render_options_section(w))?,
        "OPTIONS",
    ));

    out.push_str(&heading("COMMANDS"));
    let globals: Vec<String> = top
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    for command in commands(&top) {
        out.push_str(&command_section(command, &globals)?);
    }

    out.push_str(&roff_text(&closing_sections(&top)));
    Ok(ascii(&out))
}

/// Each argument's possible values at the end of its help, `[possible values: a, b]` as
/// `--help` shows them, instead of clap_mangen's bulleted list, whose doubled line
/// breaks mandoc's lint rejects and which takes a screen for two values.
fn values_inline(mut command: Command) -> Command {
    let listed: Vec<(String, String)> = command
        .get_arguments()
        .filter(|a| !a.is_hide_possible_values_set())
        .filter_map(|a| {
            let values: Vec<String> = a
                .get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect();
            if values.is_empty() {
                return None;
            }
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            let help = format!("{help} [possible values: {}]", values.join(", "));
            Some((a.get_id().to_string(), help.trim_start().to_string()))
        })
        .collect();
    for (id, help) in listed {
        command = command.mut_arg(id, |a| a.help(help).hide_possible_values(true));
    }
    command
}

/// The page with every character outside ASCII written as a roff escape (`…` as
/// `\[u2026]`), since groff reads its input as Latin-1 unless told otherwise, and
/// without the spaces clap_mangen leaves at the end of some lines (mandoc's lint
/// flags them).
fn ascii(page: &str) -> String {
    let mut out = String::with_capacity(page.len());
    for line in page.lines() {
        for c in line.trim_end_matches(' ').chars() {
            if c.is_ascii() {
                out.push(c);
            } else {
                out.push_str(&format!("\\[u{:04X}]", u32::from(c)));
            }
        }
        out.push('\n');
    }
    out
}

/// The commands that get a section: every subcommand, and for a group (`rules`) each of
/// its subcommands instead of the group.
fn commands(top: &Command) -> Vec<&Command> {
    let mut all = Vec::new();
    let mut subcommands: Vec<&Command> =
        top.get_subcommands().filter(|c| !c.is_hide_set()).collect();
    // The order of `--help`.
    subcommands.sort_by_key(|c| (c.get_display_order(), c.get_name()));
    for command in subcommands {
        if command.has_subcommands() {
            all.extend(commands(command));
        } else {
            all.push(command);
        }
    }
    all
}

/// One command's subsection: what it does, its usage, its own options and arguments
/// (the global ones are hidden: they are documented once), and its examples.
fn command_section(command: &Command, globals: &[String]) -> io::Result<String> {
    let name = command
        .get_bin_name()
        .unwrap_or_else(|| command.get_name())
        .to_string();
    let mut own = values_inline(command.clone());
    for id in globals.iter().map(String::as_str).chain(["help"]) {
        if own.get_arguments().any(|a| a.get_id() == id) {
            own = own.mut_arg(id, |a| a.hide(true));
        }
    }
    let man = Man::new(own.clone());

    let mut out = String::new();
    out.push_str(&format!(".SS \"{}\"\n", name.replace('-', "\\-")));
    out.push_str(&without_heading(
        &rendered(|w| man.render_description_section(w))?,
        "DESCRIPTION",
    ));
    let mut usage = Roff::new();
    usage.control("PP", []);
    out.push_str(&roff_text(&usage));
    out.push_str(&without_heading(
        &rendered(|w| man.render_synopsis_section(w))?,
        "SYNOPSIS",
    ));
    if own
        .get_arguments()
        .any(|a| !a.is_hide_set() && (a.get_long().is_some() || a.is_positional()))
    {
        out.push_str(&without_heading(
            &rendered(|w| man.render_options_section(w))?,
            "OPTIONS",
        ));
    }
    out.push_str(&roff_text(&examples(&own)));
    Ok(out)
}

/// A command's `after_help` (`Examples:` and one command a line) as a list of commands,
/// each after a `$` prompt. Lines are filled, not kept as they are, so a long example
/// wraps under itself within 80 columns instead of running off the screen.
fn examples(command: &Command) -> Roff {
    let mut roff = Roff::new();
    let Some(text) = command.get_after_help().map(|t| t.to_string()) else {
        return roff;
    };
    let mut lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
    let Some(label) = lines.next() else {
        return roff;
    };
    roff.control("PP", []).text([roman(label)]);
    roff.control("RS", ["4"]).control("PD", ["0"]);
    for line in lines {
        roff.control("TP", ["2"])
            .text([roman("$")])
            .text([roman(line)]);
    }
    roff.control("PD", []).control("RE", []);
    roff
}

/// EXIT STATUS, ENVIRONMENT and VERSION: what scripts rely on and what changes the
/// output, which no option's help says.
fn closing_sections(top: &Command) -> Roff {
    let mut roff = Roff::new();
    roff.control("SH", ["EXIT STATUS"]);
    for (code, meaning) in [
        ("0", "Answered."),
        (
            "1",
            "A negative answer to a yes/no question (can-reopen when the verdict is not reopen), or some lines of sla --batch failed.",
        ),
        (
            "2",
            "A usage or input error: an unknown id, a bad time, an unusable file or rule file.",
        ),
    ] {
        roff.control("TP", []).text([bold(code)]).text([roman(meaning)]);
    }

    roff.control("SH", ["ENVIRONMENT"]);
    for (name, meaning) in [
        ("SUPPORT_ADVISOR_RULES", "As --rules DIR."),
        ("SUPPORT_ADVISOR_NOW", "As --now."),
        (
            "TZ",
            "The system's zone, in which times are shown when --tz is not given.",
        ),
        (
            "NO_COLOR",
            "Any value but empty: no colour, in answers and in --help, unless --color always.",
        ),
        (
            "TERM",
            "dumb: no colour, in answers and in --help, unless --color always.",
        ),
        (
            "FORCE_COLOR",
            "Any value but empty, 0 or false: colour as with --color always, unless --color says otherwise.",
        ),
        (
            "CLICOLOR_FORCE",
            "Any value but empty or 0: colour as with --color always, unless --color says otherwise.",
        ),
        (
            "COLUMNS",
            "The width tables and prose wrap to (default: the terminal's width, or 80).",
        ),
    ] {
        roff.control("TP", [])
            .text([bold(name)])
            .text([roman(meaning)]);
    }

    roff.control("SH", ["VERSION"]);
    let version = top
        .get_long_version()
        .or_else(|| top.get_version())
        .unwrap_or_default();
    for (i, line) in version.lines().enumerate() {
        if i > 0 {
            roff.control("br", []);
        }
        roff.text([roman(line)]);
    }
    roff
}

/// A section heading (quoted when it has a space, as `.SH` needs).
fn heading(title: &str) -> String {
    let mut roff = Roff::new();
    roff.control("SH", [title]);
    roff_text(&roff)
}

/// What one of clap_mangen's renderers writes, without the apostrophe preamble each of
/// them repeats (it is written once, with the title).
fn rendered(render: impl FnOnce(&mut Vec<u8>) -> io::Result<()>) -> io::Result<String> {
    let mut out = Vec::new();
    render(&mut out)?;
    Ok(strip_preamble(&String::from_utf8_lossy(&out)).to_string())
}

/// A renderer's output with its `.SH` line removed, so it can stand under a heading of
/// this page's own; left whole if clap_mangen ever writes it differently.
fn without_heading(section: &str, title: &str) -> String {
    let line = format!(".SH {title}\n");
    section.strip_prefix(&line).unwrap_or(section).to_string()
}

/// Roff built here, without the apostrophe preamble (the title wrote it already).
fn roff_text(roff: &Roff) -> String {
    strip_preamble(&roff.render()).to_string()
}

/// The preamble the roff crate writes at the top of every rendering: `\*(Aq` is a
/// typewriter apostrophe on groff and a plain one elsewhere.
const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

fn strip_preamble(text: &str) -> &str {
    text.strip_prefix(PREAMBLE).unwrap_or(text)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_preamble_is_written_once() {
        let page = super::page().expect("renders");
        assert_eq!(page.matches(super::PREAMBLE).count(), 1, "{page}");
    }
}
