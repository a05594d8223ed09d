//! Any bytes as batch input, as JSON Lines and as CSV: every line is answered or reported,
//! never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::holidays::Catalog;
use support_advisor::{batch, builtin_rules, time};

fuzz_target!(|data: &[u8]| {
    let Ok(rules) = builtin_rules::load().map(support_advisor::rules::Versions::single) else {
        return;
    };
    let holidays = Catalog::default();
    for format in [batch::Format::JsonLines, batch::Format::Csv] {
        let options = batch::Options {
            format,
            jobs: 2,
            first_line: 1,
            defaults: batch::Defaults {
                region: None,
                customer_zone: time::zone("--tz", "Europe/Amsterdam").ok(),
                default_zone: time::zone("--tz", "UTC").unwrap_or_default(),
                input_zone: None,
                time_format: None,
                severities: None,
                plan: None,
            },
            delimiter: None,
            profile: None,
            as_of: None,
        };
        let mut out = Vec::new();
        let summary = match batch::run(&rules, &holidays, &options, data, &mut out) {
            Ok(summary) => summary,
            // An input refused as a whole: UTF-16 (either format), a CSV header with no
            // usable columns or a column twice.
            Err(batch::BatchError::Input(_)) => continue,
            Err(e) => panic!("{e:?}"),
        };
        if format == batch::Format::JsonLines {
            let lines = out.iter().filter(|b| **b == b'\n').count() as u64;
            assert_eq!(lines, summary.tickets, "one answer per ticket");
        }
    }
});
