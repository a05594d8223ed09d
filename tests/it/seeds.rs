//! What the tests of documents 000 and 001 share: their files, section headings, and
//! helpers to read answers and copy the rules.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::common::*;

// ---------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------

pub(crate) const PBI_FILE: &str = "000_1fc20d1e5ef65e46.txt";
pub(crate) const PP_FILE: &str = "001_71765d8511679954.txt";

pub(crate) const PBI_OPTIONS: &str = "Ondersteuningsopties van Power BI Pro en Power BI Premium";
pub(crate) const PP_RESPONSE: &str = "Wat is de initiële responstijd en hoe snel kan ik verwachten dat ik iemand terug hoor nadat ik mijn ondersteuningsverzoek heb ingediend?";
pub(crate) const PP_HOURS: &str =
    "Welke uren worden als lokale kantooruren voor ondersteuning beschouwd?";
pub(crate) const PP_REOPEN: &str = "Kan een ondersteuningsincident worden heropend?";

/// All strings in `v[key]` (an array of strings), joined and lower-cased, for
/// "does the answer say X" checks.
pub(crate) fn text_of(v: &Value, key: &str) -> String {
    arr(v, key)
        .iter()
        .map(|x| x.as_str().expect("string item"))
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase()
}

/// A copy of the built-in rule files (`rules/*.toml`) in a fresh temp dir.
pub(crate) fn copy_of_builtin_rules(name: &str) -> PathBuf {
    let dir = temp_dir(name);
    for entry in std::fs::read_dir(manifest_dir().join("rules")).expect("rules/ exists") {
        let path = entry.expect("dir entry").path();
        if path.extension().is_some_and(|e| e == "toml") {
            std::fs::copy(&path, dir.join(path.file_name().unwrap())).expect("copy rule file");
        }
    }
    dir
}

pub(crate) fn path_str(p: &Path) -> &str {
    p.to_str().expect("temp path is UTF-8")
}
