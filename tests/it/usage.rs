//! Command-line usage errors: exit 2 and one line.

use crate::common::*;

// ---------------------------------------------------------------------------------------
// Command-line usage
// ---------------------------------------------------------------------------------------

#[test]
fn clap_usage_errors_exit_2_with_one_line() {
    let err = refused("sla --plan prodirect --sev B --bogus");
    assert!(err.contains("--bogus"), "{err}");
    let err = refused("sla --plan prodirect");
    assert!(err.contains("--sev"), "{err}");
    let err = usage_error(&["where"]);
    assert!(err.contains("--product"), "{err}");
    usage_error(&["frobnicate"]);
    refused("sla --plan prodirect --sev B --format xml");
}

#[test]
fn help_exits_0() {
    for args in [
        &["--help"][..],
        &["sla", "--help"],
        &["where", "--help"],
        &["hours", "--help"],
        &["can-reopen", "--help"],
    ] {
        let (code, out, err) = run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains("Usage"), "{args:?}: {out}");
    }
}
