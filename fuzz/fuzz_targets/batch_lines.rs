//! Any bytes as batch input: every line is answered or reported, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor_fuzz::{batch, builtin_rules, region_choice};

fuzz_target!(|data: &[u8]| {
    let whereabouts = region_choice::Whereabouts {
        region: None,
        customer_zone: Some(chrono_tz::Europe::Amsterdam),
        default_zone: chrono_tz::Tz::UTC,
    };
    let mut run = batch::Batch::new(builtin_rules(), None, whereabouts);
    let mut out = Vec::new();
    let summary = run.run(data, &mut out).unwrap_or_else(|e| panic!("{e}"));
    let lines = out.iter().filter(|b| **b == b'\n').count() as u64;
    assert_eq!(lines, summary.lines, "one answer per line");
});
