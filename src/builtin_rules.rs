//! The built-in rules as a query loads them: the snapshot `build.rs` stored after checking
//! `rules/*.toml` with the same loader as `--rules DIR`. Decoding it is much faster than
//! parsing the TOML again (see `benches/library.rs`); `rules check` still reads the TOML.

use anyhow::Context as _;

use crate::rules::RuleSet;

const SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/rules.postcard"));

pub fn load() -> anyhow::Result<RuleSet> {
    postcard::from_bytes(SNAPSHOT)
        .context("the built-in rules snapshot does not decode; rebuild the tool")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_snapshot_holds_the_rules_the_toml_holds() {
        let snapshot = load().unwrap_or_else(|e| panic!("{e:#}"));
        let parsed = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(format!("{snapshot:?}"), format!("{parsed:?}"));
    }
}
