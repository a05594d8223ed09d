//! Command-line scenarios as data: each `tests/cmd/*.toml` is one run of the binary with
//! its arguments (and environment, where it matters), the exact stdout and stderr, and the
//! exit status. `TRYCMD=overwrite cargo test --test it scenarios` rewrites the expected
//! output from the binary; review the diff before committing it.

/// Variables the scenarios must not inherit from the shell that runs the tests: they
/// change the answers (as `common::cmd` removes them for every other test).
const CLEARED: [&str; 3] = ["SUPPORT_ADVISOR_RULES", "SUPPORT_ADVISOR_NOW", "COLUMNS"];

#[test]
fn command_line_scenarios() {
    // trycmd can add variables for every case but not remove them, and each case inherits
    // this process's environment; these are normally unset, so this rarely changes anything.
    for var in CLEARED {
        if std::env::var_os(var).is_some() {
            std::env::remove_var(var);
        }
    }
    trycmd::TestCases::new()
        .default_bin_path(env!("CARGO_BIN_EXE_support-advisor"))
        .env("TZ", "UTC")
        .env("NO_COLOR", "1")
        .case("tests/cmd/*.toml");
}
