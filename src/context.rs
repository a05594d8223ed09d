//! The global options, resolved once into what every command works with.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use crate::cli::{Format, GlobalArgs};
use crate::rules::RuleSet;
use crate::time;

pub struct Context {
    pub rules: RuleSet,
    pub format: Format,
    pub now: DateTime<Utc>,
    /// The zone times are shown in.
    pub zone: Tz,
    /// The zone given with `--tz`, which alone may stand for a customer's local zone.
    pub customer_zone: Option<Tz>,
}

impl Context {
    pub fn new(global: &GlobalArgs) -> anyhow::Result<Context> {
        let format = output_format(global);
        let customer_zone = global
            .tz
            .as_deref()
            .map(|z| time::zone("--tz", z))
            .transpose()?;
        let now = match &global.now {
            Some(now) => time::instant("--now", now)?,
            None => Utc::now(),
        };
        Ok(Context {
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
        Some(dir) => Ok(RuleSet::from_texts(&RuleSet::layered_texts(dir)?)?),
        None => crate::builtin_rules::load(),
    }
}
