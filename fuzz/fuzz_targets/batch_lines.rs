//! Any bytes as batch input: every line is answered or reported, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::holidays::Catalog;
use support_advisor::{batch, builtin_rules, region_choice, time};

fuzz_target!(|data: &[u8]| {
    let Ok(rules) = builtin_rules::load() else {
        return;
    };
    let whereabouts = region_choice::Whereabouts {
        region: None,
        customer_zone: time::zone("--tz", "Europe/Amsterdam").ok(),
        default_zone: time::zone("--tz", "UTC").unwrap_or_default(),
    };
    let holidays = Catalog::default();
    let mut run = batch::Batch::new(&rules, &holidays, whereabouts);
    let mut out = Vec::new();
    let summary = run.run(data, &mut out).unwrap_or_else(|e| panic!("{e}"));
    let lines = out.iter().filter(|b| **b == b'\n').count() as u64;
    assert_eq!(lines, summary.lines, "one answer per line");
});
