//! Any text as a holiday file, iCalendar or date lines.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor_fuzz::holidays::Holidays;

fuzz_target!(|text: &str| {
    let _ = Holidays::parse("fuzz.ics", text);
    let _ = Holidays::parse("fuzz.ics", &format!("BEGIN:VCALENDAR\n{text}"));
});
