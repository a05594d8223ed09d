//! Any bytes as the inside of a file's own `VTIMEZONE` (its STANDARD and DAYLIGHT parts),
//! named by a recurring timed event: what the event closes in a few years, how the
//! listing writes its times, and a due instant counted over it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::clock::calendar::Calendar;
use support_advisor::holidays::{Closes, HolidayFile, Moment};
use support_advisor::rules::model::Region;
use support_advisor::{builtin_rules, time};

fuzz_target!(|bytes: &[u8]| {
    let mut file = b"BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n".to_vec();
    file.extend_from_slice(bytes);
    file.extend_from_slice(
        b"\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nDTSTART;TZID=Customized Time Zone:20260329T023000\r\n\
          DURATION:PT1H\r\nRRULE:FREQ=MONTHLY;BYDAY=-1SU\r\nEXDATE;TZID=Customized Time Zone:20261025T023000\r\n\
          END:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let (Ok(rules), Ok(paris), Ok(submitted)) = (
        builtin_rules::load(),
        time::zone("--tz", "Europe/Paris"),
        time::instant("--at", "2026-10-23T16:00:00+01:00"),
    ) else {
        return;
    };
    let Ok(holidays) = HolidayFile::parse("fuzz.ics", &file, &[]) else {
        return;
    };
    for year in [1900, 2026, 9000] {
        for occurrence in holidays.year(year).iter() {
            if let (Closes::Time { start: Moment::Utc(t), .. }, Some(reference)) =
                (occurrence.closes, holidays.time_ref(occurrence.event))
            {
                let _ = holidays.local(reference, t);
                let _ = holidays.zone_name(reference);
            }
        }
    }
    let Ok(emea) = rules.find::<Region>("emea") else {
        return;
    };
    let calendar =
        Calendar::of_region(emea, paris).with_holiday_files([std::sync::Arc::new(holidays)]);
    let _ = calendar.add_open_minutes(submitted, 600);
});
