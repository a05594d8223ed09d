//! The rule files built into the binary: `rules/` of the repository.

use super::RuleText;

// Paths relative to this file, so that any crate including it (build.rs, benches, fuzz
// targets) embeds the same files.
macro_rules! embed {
    ($($name:literal),* $(,)?) => {
        &[$(($name, include_str!(concat!("../../../rules/", $name)))),*]
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
    "m365.toml",
    "partners.toml",
];

pub fn files() -> Vec<RuleText> {
    FILES
        .iter()
        .map(|(name, text)| RuleText {
            name: format!("rules/{name}"),
            text: (*text).to_string(),
            user: false,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::FILES;

    #[test]
    fn every_rule_file_of_the_repository_is_embedded() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../rules");
        let mut on_disk: Vec<String> = std::fs::read_dir(dir)
            .expect("rules directory")
            .filter_map(|e| e.ok()?.file_name().into_string().ok())
            .filter(|name| name.ends_with(".toml"))
            .collect();
        on_disk.sort();
        let mut embedded: Vec<String> = FILES.iter().map(|(name, _)| name.to_string()).collect();
        embedded.sort();
        assert_eq!(embedded, on_disk);
    }
}
