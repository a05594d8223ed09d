//! The global options, resolved once into what the answering commands work with: output
//! format, "now", the zone times are shown in, and the rules (built-in, or layered with
//! `--rules DIR`). `man`, `completions` and `rules check`/`dump` never build one, so a bad
//! `SUPPORT_ADVISOR_NOW` or `SUPPORT_ADVISOR_RULES` cannot stop them; the commands that do
//! not answer about a time build one without reading `SUPPORT_ADVISOR_NOW`.

use chrono::{DateTime, NaiveDate, SubsecRound, Utc};
use chrono_tz::Tz;

use crate::cli::{Format, GlobalArgs};
use crate::render::style::Style;
use crate::rules::{RuleSet, Versions};
use crate::time;

pub struct Context {
    /// How tables look (colour, width), decided once.
    pub style: Style,
    /// The rules in force on each day (one set unless a document has several versions).
    pub versions: Versions,
    /// `--as-of`: the day whose rules answer the whole run.
    pub as_of: Option<NaiveDate>,
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
            versions: load_versions(global)?,
            as_of: global.as_of,
            format,
            now,
            zone: customer_zone.unwrap_or_else(time::system_zone),
            customer_zone,
        })
    }
}

impl Context {
    /// The rules answering about `instant` (its UTC day's, or `--as-of`'s).
    pub fn rules_at(&self, instant: DateTime<Utc>) -> &RuleSet {
        self.versions
            .on(self.as_of.unwrap_or_else(|| instant.date_naive()))
    }

    /// The rules answering a question about no instant: now's, or `--as-of`'s.
    pub fn rules(&self) -> &RuleSet {
        self.rules_at(self.now)
    }
}

pub fn output_format(global: &GlobalArgs) -> Format {
    if global.json {
        Format::Json
    } else {
        global.format
    }
}

/// The built-in rules, or those of `--rules DIR` (in force on each day, where its files
/// hold several versions of a document).
pub fn load_versions(global: &GlobalArgs) -> anyhow::Result<Versions> {
    match &global.rules {
        Some(dir) => load_layered(dir),
        None => crate::builtin_rules::load().map(Versions::single),
    }
}

/// The built-in rules with the rule files of `dir` layered over them (`--rules DIR`,
/// `rules diff --against DIR`), in force on each day.
pub fn load_layered(dir: &std::path::Path) -> anyhow::Result<Versions> {
    Ok(RuleSet::versions_from_texts(&RuleSet::layered_texts(dir)?)?)
}
