//! Any text as an export profile, and when it is one, the rest as a CSV export read with
//! it: refused as a whole or answered row by row, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::holidays::Catalog;
use support_advisor::{batch, builtin_rules, time};

fuzz_target!(|data: &[u8]| {
    // The profile, then a NUL, then the export.
    let (profile, export) = match data.iter().position(|b| *b == 0) {
        Some(at) => (&data[..at], &data[at + 1..]),
        None => (data, &b"Id,Created at,Priority\n1,2020-02-19 01:54:52,Urgent\n"[..]),
    };
    let Ok(profile) = std::str::from_utf8(profile) else {
        return;
    };
    let Ok(profile) = batch::Profile::parse(profile) else {
        return;
    };
    let Ok(rules) = builtin_rules::load().map(support_advisor::rules::Versions::single) else {
        return;
    };
    let holidays = Catalog::default();
    let options = batch::Options {
        format: batch::Format::Csv,
        jobs: 1,
        first_line: 1,
        defaults: batch::Defaults {
            region: Some("emea"),
            customer_zone: None,
            default_zone: time::zone("--tz", "UTC").unwrap_or_default(),
            input_zone: profile.time_zone,
            time_format: profile.time_format.as_deref(),
            severities: profile.severities.as_ref(),
            plan: profile.plan.as_deref(),
        },
        delimiter: profile.delimiter,
        profile: Some(&profile),
        as_of: None,
    };
    let mut out = Vec::new();
    match batch::run(&rules, &holidays, &options, export, &mut out) {
        Ok(_) | Err(batch::BatchError::Input(_)) => {}
        Err(e) => panic!("{e:?}"),
    }
});
