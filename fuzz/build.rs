//! `src/cli.rs` takes its `--version` text from the main crate's build script; the fuzz
//! crate has none of its own, so it writes a placeholder.
fn main() {
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let _ = std::fs::write(out.join("version.txt"), "fuzz");
}
