//! Any bytes as a holiday file, iCalendar or date lines, then what it closes in a few
//! years and a due instant counted over it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor_fuzz::calendar::Calendar;
use support_advisor_fuzz::holidays::HolidayFile;
use support_advisor_fuzz::rules::Identified;

fuzz_target!(|bytes: &[u8]| {
    let mut wrapped = b"BEGIN:VCALENDAR\nBEGIN:VEVENT\n".to_vec();
    wrapped.extend_from_slice(bytes);
    for input in [bytes, wrapped.as_slice()] {
        let Ok(file) = HolidayFile::parse("fuzz.ics", input, &[]) else {
            continue;
        };
        for year in [1899, 1900, 2026, 2100, 9000] {
            let _ = file.year(year);
        }
        let rules = support_advisor_fuzz::builtin_rules();
        let Some(emea) = rules.regions.iter().find(|r| r.id() == "emea") else {
            continue;
        };
        let calendar = Calendar::of_region(emea, chrono_tz::Europe::Paris)
            .with_holiday_files([std::rc::Rc::new(file)]);
        let submitted = chrono::DateTime::from_timestamp(1_798_000_000, 0).unwrap_or_default();
        let _ = calendar.add_open_minutes(submitted, 600);
    }
});
