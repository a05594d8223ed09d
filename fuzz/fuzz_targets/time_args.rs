//! Any text as an instant, a date or a zone argument.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::time;

fuzz_target!(|text: &str| {
    let _ = time::instant("--at", text);
    let _ = time::date("--closed", text);
    let _ = time::zone("--tz", text);
});
