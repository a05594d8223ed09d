//! The man page (`support-advisor man`, shipped as `man/support-advisor.1`): one page with a
//! section for every command, every option, every example, no references to pages that are
//! not installed, and a page man, groff and mandoc render without a warning in 80 columns.

use std::process::Command as Process;

use clap::Command;

use crate::common::{run, temp_dir};

fn page() -> String {
    let (code, out, err) = run(&["man"]);
    assert_eq!(code, 0, "{err}");
    out
}

/// Text as the page writes it: roff escapes for backslashes, minus signs, apostrophes and
/// every character outside ASCII.
fn roff(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '-' => out.push_str("\\-"),
            '\'' => out.push_str("\\*(Aq"),
            c if c.is_ascii() => out.push(c),
            c => out.push_str(&format!("\\[u{:04X}]", u32::from(c))),
        }
    }
    out
}

/// The command line as the binary builds it, with every command's full name.
fn command_line() -> Command {
    let mut top = support_advisor::cli::command();
    top.build();
    top
}

/// Every command that answers (groups such as `rules` by their subcommands), without
/// clap's `help`.
fn leaves(command: &Command) -> Vec<Command> {
    let mut all = Vec::new();
    for sub in command.get_subcommands().filter(|c| c.get_name() != "help") {
        if sub.has_subcommands() {
            all.extend(leaves(sub));
        } else {
            all.push(sub.clone());
        }
    }
    all
}

/// The part of the page under `.SS "<name>"`, up to the next heading.
fn section<'a>(page: &'a str, name: &str) -> Option<&'a str> {
    let start = page.find(&format!(".SS \"{}\"\n", roff(name)))?;
    let rest = &page[start + 1..];
    let end = [rest.find("\n.SS "), rest.find("\n.SH ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

#[test]
fn every_command_has_a_section_with_its_options_and_examples() {
    let page = page();
    let top = command_line();
    let globals: Vec<&str> = top
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().as_str())
        .collect();
    let options = page
        .split(".SH \"GLOBAL OPTIONS\"")
        .nth(1)
        .expect("a GLOBAL OPTIONS section");
    for arg in top.get_arguments() {
        let long = arg.get_long().expect("every global option is long");
        assert!(
            options.contains(&format!("\\fB\\-\\-{}\\fR", roff(long))),
            "--{long} under GLOBAL OPTIONS"
        );
    }
    let commands = leaves(&top);
    assert!(commands.len() >= 15, "{} commands", commands.len());
    for command in commands {
        let name = command.get_bin_name().expect("built").to_string();
        let text = section(&page, &name).unwrap_or_else(|| panic!("a section for `{name}`"));
        let about = command
            .get_about()
            .expect("every command says what it does");
        assert!(
            text.contains(&roff(&about.to_string())),
            "{name}: its about"
        );
        assert!(
            text.contains(&format!("\\fB{}\\fR", roff(&name))),
            "{name}: its usage"
        );
        for arg in command.get_arguments() {
            let id = arg.get_id().as_str();
            if globals.contains(&id) || id == "help" {
                continue;
            }
            let shown = match arg.get_long() {
                Some(long) => format!("\\fB\\-\\-{}\\fR", long.replace('-', "\\-")),
                None => roff(&arg.get_value_names().expect("a value name")[0]),
            };
            assert!(text.contains(&shown), "{name}: {shown}\n{text}");
            if let Some(help) = arg.get_help() {
                let first = help.to_string();
                let first = first
                    .split_whitespace()
                    .take(4)
                    .collect::<Vec<_>>()
                    .join(" ");
                assert!(text.contains(&roff(&first)), "{name}: help of {id}\n{text}");
            }
        }
        let examples = command.get_after_help().expect("examples").to_string();
        for example in examples.lines().skip(1).map(str::trim) {
            assert!(text.contains(&roff(example)), "{name}: example {example}");
        }
    }
}

#[test]
fn the_page_has_a_clean_header_and_names_no_missing_pages() {
    let page = page();
    let title = page
        .lines()
        .find(|l| l.starts_with(".TH "))
        .expect("a .TH line");
    let version = env!("CARGO_PKG_VERSION");
    let fields: Vec<&str> = title.splitn(4, ' ').collect();
    assert_eq!(&fields[..3], [".TH", "SUPPORT-ADVISOR", "1"], "{title}");
    let rest = fields[3];
    let (date, rest) = rest.split_once(' ').expect("a date");
    assert!(
        date.len() == 10 && date.chars().filter(|c| *c == '-').count() == 2,
        "{title}"
    );
    assert_eq!(
        rest,
        format!("\"support-advisor {version}\" \"User Commands\""),
        "{title}"
    );
    assert_eq!(page.matches(".TH ").count(), 1);
    assert!(!page.contains("SEE ALSO"), "no list of other pages");
    assert!(!page.contains(".BR support"));
    for command in command_line().get_subcommands() {
        let reference = format!("advisor\\-{}(1)", roff(command.get_name()));
        assert!(!page.contains(&reference), "no page {reference}");
    }
}

/// Runs a formatter on the page; `None` when it is not installed.
fn format_with(program: &str, args: &[&str], env: &[(&str, &str)]) -> Option<(String, String)> {
    let out = Process::new(program)
        .args(args)
        .envs(env.iter().copied())
        .output()
        .ok()?;
    Some((
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    ))
}

#[test]
fn man_groff_and_mandoc_render_it_without_a_warning_in_80_columns() {
    let file = temp_dir("man").join("support-advisor.1");
    std::fs::write(&file, page()).expect("writes the page");
    let path = file.to_str().expect("a UTF-8 temp path");
    let mut checked = Vec::new();
    if let Some((_, warnings)) = format_with("groff", &["-man", "-ww", "-z", path], &[]) {
        assert_eq!(warnings, "", "groff -ww");
        checked.push("groff");
    }
    if let Some((lint, warnings)) =
        format_with("mandoc", &["-T", "lint", "-W", "warning", path], &[])
    {
        assert_eq!(format!("{lint}{warnings}"), "", "mandoc -T lint");
        checked.push("mandoc");
    }
    if let Some((shown, warnings)) =
        format_with("man", &["-P", "cat", "-l", path], &[("MANWIDTH", "80")])
    {
        assert_eq!(warnings, "", "man -l");
        // Bold and underline are written as overstrikes (`c\bc`): keep the last.
        let mut plain = String::new();
        for c in shown.chars() {
            if c == '\u{8}' {
                plain.pop();
            } else {
                plain.push(c);
            }
        }
        assert!(plain.contains("support-advisor rules check"), "{plain}");
        for line in plain.lines() {
            assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
        }
        checked.push("man");
    }
    if checked.is_empty() {
        eprintln!("none of man, groff and mandoc is installed: skipped");
    }
}
