//! Checks the built-in rules with the rules crate's loader (the one `--rules DIR` uses) and
//! stores them as a snapshot that a query decodes instead of parsing TOML
//! (`src/builtin_rules.rs`). A problem in `rules/*.toml` stops the build with its file, line
//! and column.

use std::path::PathBuf;
use std::{env, fs};

use support_advisor_rules::RuleSet;

fn main() {
    println!("cargo:rerun-if-changed=rules");
    // One question per process is how scripts use the tool (issue 22, item 12): a
    // position-independent executable makes the loader relocate ~2 MB of tables at every
    // start, about a millisecond of page faults. Linked at a fixed address (Linux, where
    // the linker takes -no-pie), the binary starts without that work. Only the binary is
    // linked so: build scripts and proc-macros are untouched.
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("linux") {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
    let rules = match RuleSet::builtin() {
        Ok(rules) => rules,
        Err(problems) => {
            for problem in &problems.0 {
                println!("cargo:warning={problem}");
            }
            panic!("the built-in rules are invalid: {problems}");
        }
    };
    let bytes =
        postcard::to_stdvec(&rules).unwrap_or_else(|e| panic!("cannot store the rules: {e}"));
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap_or_else(|| panic!("OUT_DIR is not set")));
    fs::write(out.join("rules.postcard"), bytes)
        .unwrap_or_else(|e| panic!("cannot write the rules snapshot: {e}"));
}
