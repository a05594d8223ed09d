//! Any bytes as a holiday file, iCalendar or date lines, then what it closes in a few
//! years and a due instant counted over it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::clock::calendar::Calendar;
use support_advisor::holidays::HolidayFile;
use support_advisor::rules::model::Region;
use support_advisor::{builtin_rules, time};

fuzz_target!(|bytes: &[u8]| {
    let mut wrapped = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\n".to_vec();
    wrapped.extend_from_slice(bytes);
    let (Ok(rules), Ok(paris), Ok(submitted)) = (
        builtin_rules::load(),
        time::zone("--tz", "Europe/Paris"),
        time::instant("--at", "2026-12-23T16:00:00+01:00"),
    ) else {
        return;
    };
    for input in [bytes, wrapped.as_slice()] {
        let Ok(file) = HolidayFile::parse("fuzz.ics", input, &[]) else {
            continue;
        };
        for year in [1899, 1900, 2026, 2100, 9000] {
            let _ = file.year(year);
        }
        let Ok(emea) = rules.find::<Region>("emea") else {
            continue;
        };
        let calendar =
            Calendar::of_region(emea, paris).with_holiday_files([std::sync::Arc::new(file)]);
        let _ = calendar.add_open_minutes(submitted, 600);
    }
});
