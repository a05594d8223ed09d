//! Any text as an instant, a date or a zone argument, in the forms exports write (a local
//! time read in a zone with a daylight-saving change, an explicit --time-format).
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::time;

fuzz_target!(|text: &str| {
    let _ = time::instant("--at", text);
    let _ = time::date("--closed", text);
    let _ = time::zone("--tz", text);
    if let Ok(time::Written::Local(local)) = time::parse_time(text) {
        for name in ["Europe/Madrid", "America/Los_Angeles", "Australia/Lord_Howe"] {
            if let Ok(zone) = time::zone("--tz", name) {
                let _ = time::in_zone(local, zone);
            }
        }
    }
    let _ = time::at_arg(text);
    // The text split into a format and a time.
    if let Some((format, value)) = text.split_once('\n') {
        if time::time_format_arg(format).is_ok() {
            let _ = time::parse_formatted(value, format);
        }
    }
});
