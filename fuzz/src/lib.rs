//! The modules under test, compiled from the main crate's sources with the same
//! `crate::` paths.
#![allow(dead_code, unused_imports)]

#[path = "../../src/answer/mod.rs"]
pub mod answer;
#[path = "../../src/batch.rs"]
pub mod batch;
#[path = "../../src/calendar.rs"]
pub mod calendar;
#[path = "../../src/cli.rs"]
pub mod cli;
#[path = "../../src/due.rs"]
pub mod due;
#[path = "../../src/echo.rs"]
pub mod echo;
#[path = "../../src/holidays/mod.rs"]
pub mod holidays;
#[path = "../../src/ids.rs"]
pub mod ids;
#[path = "../../src/region_choice.rs"]
pub mod region_choice;
#[path = "../../src/rules/mod.rs"]
pub mod rules;
#[path = "../../src/style.rs"]
pub mod style;
#[path = "../../src/time.rs"]
pub mod time;

/// The built-in rules, parsed once.
pub fn builtin_rules() -> &'static rules::RuleSet {
    static RULES: std::sync::OnceLock<rules::RuleSet> = std::sync::OnceLock::new();
    RULES.get_or_init(|| {
        rules::RuleSet::from_texts(&rules::RuleSet::builtin_texts())
            .unwrap_or_else(|e| panic!("the built-in rules are invalid: {e}"))
    })
}
