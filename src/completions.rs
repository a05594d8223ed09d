//! Shell completions, generated from the command-line definition (the man page is `man.rs`).
//!
//! Completions also offer the ids the rules define for each id-taking option, so
//! `--plan <TAB>` lists the plans, and every IANA zone name for `--tz`. Parsing does not
//! use these lists: a `--rules` directory may define other ids, which the answers check,
//! and `--tz` takes zones however typed.

use clap::builder::{PossibleValue, PossibleValuesParser};
use clap::Command;
use clap_complete::Shell;

use crate::rules::model::Named;
use crate::rules::RuleSet;

/// The completion script for `shell`.
pub fn script(rules: &RuleSet, shell: Shell) -> String {
    let mut command = with_ids(rules);
    let mut out = Vec::new();
    clap_complete::generate(shell, &mut command, "support-advisor", &mut out);
    let script = String::from_utf8_lossy(&out).into_owned();
    match shell {
        // clap_complete spells the state of a hyphenated binary's subcommands two ways in
        // bash (clap-rs/clap#6421), so nothing after a subcommand completes; use the
        // spelling its dispatch loop builds.
        Shell::Bash => script.replace("support__subcmd__advisor", "support__advisor"),
        // The helper that finds the command fails while an option before it still waits
        // for its value (`support-advisor --tz <TAB>`), and fish then offers files; no
        // command yet is what it means.
        Shell::Fish => {
            script.replacen(
                "argparse -s (__fish_support_advisor_global_optspecs) -- $cmd 2>/dev/null\n    or return\n",
                "argparse -s (__fish_support_advisor_global_optspecs) -- $cmd 2>/dev/null\n    or return 0\n",
                1,
            ) + &fish_positionals(&command)
        }
        _ => script,
    }
}

/// clap_complete's fish script completes options only, not positional arguments
/// (its documented limit), so `policy <TAB>` would offer files; these lines offer the
/// topics, phone lines and shells, as bash and zsh do, once per command line, and never
/// files for those commands.
fn fish_positionals(command: &Command) -> String {
    let mut lines = String::new();
    let mut add = |condition: String, values: Vec<String>| {
        let values = values.join(" ");
        lines.push_str(&format!(
            "complete -c support-advisor -n \"{condition}\" -f\n\
             complete -c support-advisor -n \"{condition}; and not __fish_seen_subcommand_from {values}\" -f -a \"{values}\"\n"
        ));
    };
    for sub in command.get_subcommands() {
        let using = format!("__fish_support_advisor_using_subcommand {}", sub.get_name());
        for values in positional_values(sub) {
            add(using.clone(), values);
        }
        for nested in sub.get_subcommands() {
            let condition = format!(
                "{using}; and __fish_seen_subcommand_from {}",
                nested.get_name()
            );
            for values in positional_values(nested) {
                add(condition.clone(), values);
            }
        }
    }
    lines
}

/// The possible values of each of a command's positional arguments that has them.
fn positional_values(command: &Command) -> Vec<Vec<String>> {
    command
        .get_positionals()
        .map(|arg| {
            arg.get_possible_values()
                .iter()
                .filter(|v| !v.is_hide_set())
                .map(|v| v.get_name().to_string())
                .collect::<Vec<_>>()
        })
        .filter(|values| !values.is_empty())
        .collect()
}

/// The command line with each id-taking argument listing the rules' ids.
fn with_ids(rules: &RuleSet) -> Command {
    let plans = ids(rules.plans());
    let severities = ids(rules.severities());
    let products = ids(rules.products());
    let regions = ids(rules.regions());
    // ~600 names, listed in each static script: no shell runs the binary to complete.
    let zones = PossibleValuesParser::new(
        chrono_tz::TZ_VARIANTS
            .iter()
            .map(|zone| PossibleValue::new(zone.name())),
    );
    // `--at` (and `--responded`) take any instant; of their values only `now` can be offered.
    let at = || PossibleValuesParser::new([PossibleValue::new("now")]);
    crate::cli::command()
        .mut_arg("tz", |a| a.value_parser(zones))
        .mut_subcommand("sla", |c| {
            c.mut_arg("at", |a| a.value_parser(at()))
                .mut_arg("responded", |a| a.value_parser(at()))
                .mut_arg("plan", |a| a.value_parser(plans.clone()))
                .mut_arg("sev", |a| a.value_parser(severities.clone()))
                .mut_arg("product", |a| a.value_parser(products.clone()))
                .mut_arg("region", |a| a.value_parser(regions.clone()))
        })
        .mut_subcommand("advise", |c| {
            c.mut_arg("at", |a| a.value_parser(at()))
                .mut_arg("plan", |a| a.value_parser(plans.clone()))
                .mut_arg("sev", |a| a.value_parser(severities.clone()))
                .mut_arg("product", |a| a.value_parser(products.clone()))
                .mut_arg("region", |a| a.value_parser(regions.clone()))
                .mut_arg("language", |a| a.value_parser(ids(rules.languages())))
                .mut_arg("channel", |a| a.value_parser(ids(rules.channels())))
        })
        .mut_subcommand("where", |c| {
            c.mut_arg("plan", |a| a.value_parser(plans.clone()))
                .mut_arg("product", |a| a.value_parser(products.clone()))
                .mut_arg("channel", |a| a.value_parser(ids(rules.channels())))
        })
        .mut_subcommand("hours", |c| {
            c.mut_arg("region", |a| a.value_parser(regions.clone()))
                .mut_arg("region_given", |a| a.value_parser(regions.clone()))
                .mut_arg("at", |a| a.value_parser(at()))
        })
        .mut_subcommand("ids", |c| {
            c.mut_arg("kind", |a| {
                a.value_parser(PossibleValuesParser::new(
                    crate::answer::ids::kind_names().map(PossibleValue::new),
                ))
            })
        })
        .mut_subcommand("contact", |c| {
            c.mut_arg("line", |a| a.value_parser(ids(rules.phone_lines())))
                .mut_arg("product", |a| a.value_parser(products.clone()))
        })
        .mut_subcommand("partner", |c| {
            c.mut_arg("membership", |a| a.value_parser(ids(rules.memberships())))
        })
        .mut_subcommand("policy", |c| {
            c.mut_arg("topic", |a| a.value_parser(ids(rules.topics())))
        })
}

fn ids<T: Named>(rules: &[T]) -> PossibleValuesParser {
    PossibleValuesParser::new(rules.iter().map(|r| PossibleValue::new(r.id().to_string())))
}
