//! Checks the built-in rules with the crate's own loader, and stores them as a snapshot
//! that a query decodes instead of parsing TOML (`src/rules/snapshot.rs`).
//!
//! A problem in `rules/*.toml` stops the build with its file, line and column.

use std::path::PathBuf;
use std::{env, fs};

#[path = "src/ids.rs"]
#[allow(dead_code)]
mod ids;
#[path = "src/rules/mod.rs"]
#[allow(dead_code)]
mod rules;

fn main() {
    println!("cargo:rerun-if-changed=rules");
    println!("cargo:rerun-if-changed=src/rules");
    println!("cargo:rerun-if-changed=src/ids.rs");
    let rules = match rules::RuleSet::from_texts(&rules::RuleSet::builtin_texts()) {
        Ok(rules) => rules,
        Err(problems) => {
            for problem in &problems.0 {
                println!("cargo:warning={problem}");
            }
            panic!("the built-in rules are invalid: {problems}");
        }
    };
    // `--version` names the documents the rules encode, with their dates.
    let documents: Vec<String> = rules
        .documents
        .iter()
        .map(|d| match d.date {
            Some(date) => format!("{} ({date})", d.file),
            None => format!("{} (undated)", d.file),
        })
        .collect();
    let version = format!(
        "{}\nrules encode: {}",
        env::var("CARGO_PKG_VERSION").unwrap_or_default(),
        documents.join(", ")
    );
    let bytes =
        postcard::to_stdvec(&rules).unwrap_or_else(|e| panic!("cannot store the rules: {e}"));
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| panic!("OUT_DIR is not set")));
    fs::write(out.join("rules.postcard"), bytes)
        .unwrap_or_else(|e| panic!("cannot write the rules snapshot: {e}"));
    fs::write(out.join("version.txt"), version)
        .unwrap_or_else(|e| panic!("cannot write the version: {e}"));
}
