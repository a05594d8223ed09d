//! Shell completions, generated from the command-line definition (the man page is `man.rs`).
//!
//! Completions also offer the ids the rules define for each id-taking option, so
//! `--plan <TAB>` lists the plans. Parsing does not use these lists: a `--rules` directory
//! may define other ids, which the answers check.

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
        _ => script,
    }
}

/// The command line with each id-taking argument listing the rules' ids.
fn with_ids(rules: &RuleSet) -> Command {
    let plans = ids(rules.plans());
    let severities = ids(rules.severities());
    let products = ids(rules.products());
    let regions = ids(rules.regions());
    crate::cli::command()
        .mut_subcommand("sla", |c| {
            c.mut_arg("plan", |a| a.value_parser(plans.clone()))
                .mut_arg("sev", |a| a.value_parser(severities.clone()))
                .mut_arg("product", |a| a.value_parser(products.clone()))
                .mut_arg("region", |a| a.value_parser(regions.clone()))
        })
        .mut_subcommand("where", |c| {
            c.mut_arg("plan", |a| a.value_parser(plans.clone()))
                .mut_arg("product", |a| a.value_parser(products.clone()))
                .mut_arg("channel", |a| a.value_parser(ids(rules.channels())))
        })
        .mut_subcommand("hours", |c| {
            c.mut_arg("region", |a| a.value_parser(regions.clone()))
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
