//! The rule files built into the binary: `rules/` of the repository.

use super::RuleText;

macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/rules/", $name)))),*]
    };
}

const FILES: &[(&str, &str)] = embed![
    "documents.toml",
    "plans.toml",
    "severities.toml",
    "targets.toml",
    "products.toml",
    "routes.toml",
    "regions.toml",
    "languages.toml",
    "reopen.toml",
    "topics.toml",
];

pub fn files() -> Vec<RuleText> {
    FILES
        .iter()
        .map(|(name, text)| RuleText {
            name: format!("rules/{name}"),
            text: (*text).to_string(),
        })
        .collect()
}
