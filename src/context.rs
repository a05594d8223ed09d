//! The global options, resolved once into what the answering commands work with: output
//! format, "now", the zone times are shown in, and the rules (built-in, or layered with
//! `--rules DIR`). `man`, `completions` and `rules check`/`dump` never build one, so a bad
//! `SUPPORT_ADVISOR_NOW` or `SUPPORT_ADVISOR_RULES` cannot stop them; the commands that do
//! not answer about a time build one without reading `SUPPORT_ADVISOR_NOW`.

use chrono::{DateTime, SubsecRound, Utc};
use chrono_tz::Tz;

use crate::cli::{Format, GlobalArgs};
use crate::render::style::Style;
use crate::rules::RuleSet;
use crate::time;

pub struct Context {
    /// How tables look (colour, width), decided once.
    pub style: Style,
    pub rules: RuleSet,
    pub format: Format,
    pub now: DateTime<Utc>,
    /// The zone times are shown in.
    pub zone: Tz,
    /// The zone given with `--tz`, which alone may stand for a customer's local zone.
    pub customer_zone: Option<Tz>,
}

impl Context {
    /// The context of a command; `reads_time` is whether the command answers about a time:
    /// the others never read `SUPPORT_ADVISOR_NOW` (a `--now` typed is still checked).
    pub fn new(global: &GlobalArgs, style: Style, reads_time: bool) -> anyhow::Result<Context> {
        let format = output_format(global);
        let customer_zone = global.tz;
        let given = global
            .now
            .as_ref()
            .filter(|_| reads_time || !global.now_from_env);
        let now = match given {
            Some(now) => time::instant("--now", now)?,
            // The clock counts whole seconds, as instants typed are read.
            None => Utc::now().trunc_subsecs(0),
        };
        Ok(Context {
            style,
            rules: load_rules(global)?,
            format,
            now,
            zone: customer_zone.unwrap_or_else(time::system_zone),
            customer_zone,
        })
    }
}

pub fn output_format(global: &GlobalArgs) -> Format {
    if global.json {
        Format::Json
    } else {
        global.format
    }
}

/// The built-in rules, or those of `--rules DIR`.
pub fn load_rules(global: &GlobalArgs) -> anyhow::Result<RuleSet> {
    match &global.rules {
        Some(dir) => load_layered(dir),
        None => crate::builtin_rules::load(),
    }
}

/// The built-in rules with the rule files of `dir` layered over them (`--rules DIR`,
/// `rules diff --against DIR`).
pub fn load_layered(dir: &std::path::Path) -> anyhow::Result<RuleSet> {
    Ok(RuleSet::from_texts(&RuleSet::layered_texts(dir)?)?)
}
