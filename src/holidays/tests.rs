//! The holiday reader on small hand-made files: each form checked by what it closes.

use chrono::{DateTime, NaiveDate, Utc};

use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .unwrap_or_else(|e| panic!("{text}: {e}"))
        .with_timezone(&Utc)
}

/// A VCALENDAR around `events`, with CRLF line ends.
fn ics(events: &str) -> Vec<u8> {
    format!("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{events}END:VCALENDAR\r\n")
        .replace("\r\n", "\n")
        .replace('\n', "\r\n")
        .into_bytes()
}

fn read(bytes: &[u8]) -> HolidayFile {
    HolidayFile::parse("h.ics", bytes, &[]).unwrap_or_else(|e| panic!("{e:#}"))
}

/// The all-day days a file closes in `from..=to`.
fn days(file: &HolidayFile, from: &str, to: &str) -> Vec<String> {
    let mut out = Vec::new();
    for o in file.between(day(from), day(to)) {
        if let Closes::Days { first, days } = o.closes {
            for d in first.iter_days().take(days as usize) {
                if d >= day(from) && d <= day(to) {
                    out.push(d.to_string());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

/// The timed closures a file has in `from..=to`, as instants.
fn timed(file: &HolidayFile, from: &str, to: &str) -> Vec<(Moment, Moment)> {
    file.between(day(from), day(to))
        .into_iter()
        .filter_map(|o| match o.closes {
            Closes::Time { start, end } => Some((start, end)),
            Closes::Days { .. } => None,
        })
        .collect()
}

fn event(lines: &str) -> String {
    format!("BEGIN:VEVENT\nUID:{}\n{lines}\nEND:VEVENT\n", lines.len())
}

#[test]
fn fourth_thursday_of_november_every_year() {
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20241128\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH\nSUMMARY:Thanksgiving",
    )));
    assert_eq!(
        days(&file, "2026-01-01", "2027-12-31"),
        ["2026-11-26", "2027-11-25"]
    );
    assert_eq!(
        file.known_until, None,
        "an endless rule says nothing of where the file ends"
    );
}

#[test]
fn all_day_end_forms() {
    // DTEND equal to DTSTART: that one day.
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20241111\nDTEND;VALUE=DATE:20241111\nSUMMARY:Armistice",
    )));
    assert_eq!(days(&file, "2024-11-01", "2024-11-30"), ["2024-11-11"]);
    // DURATION of two days.
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20260217\nDURATION:P2D\nSUMMARY:Carnival",
    )));
    assert_eq!(
        days(&file, "2026-02-01", "2026-02-28"),
        ["2026-02-17", "2026-02-18"]
    );
    // DTEND exclusive over three days.
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20261224\nDTEND;VALUE=DATE:20261227\nSUMMARY:Christmas",
    )));
    assert_eq!(
        days(&file, "2026-12-01", "2026-12-31"),
        ["2026-12-24", "2026-12-25", "2026-12-26"]
    );
    // A date start with a date-time end (EssentialPIM writes 1 s past local midnight).
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20210101\nDTEND:20210101T050001Z\nSUMMARY:New Year's Day",
    )));
    assert_eq!(days(&file, "2020-12-30", "2021-01-03"), ["2021-01-01"]);
    // No DTEND at all: one day.
    let file = read(&ics(&event("DTSTART;VALUE=DATE:20260501")));
    assert_eq!(days(&file, "2026-04-30", "2026-05-02"), ["2026-05-01"]);
}

#[test]
fn a_bom_crlf_and_a_split_character_still_read() {
    // "Fête" folded between the two bytes of "ê" (C3 AA).
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(
        b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260714\r\nSUMMARY:F\xC3\r\n \xAAte nationale\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    );
    let file = read(&bytes);
    assert_eq!(days(&file, "2026-07-01", "2026-07-31"), ["2026-07-14"]);
    assert_eq!(file.events[0].info.summary, "F\u{ea}te nationale");
    // The same with CR alone as the line end, and lower-case names.
    let cr = String::from_utf8_lossy(&ics(&event("dtstart;value=date:20260714")))
        .replace("\r\n", "\r")
        .to_lowercase();
    let file = read(cr.as_bytes());
    assert_eq!(days(&file, "2026-07-01", "2026-07-31"), ["2026-07-14"]);
}

#[test]
fn until_as_a_utc_date_time_on_an_all_day_event() {
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;UNTIL=20261231T230000Z\nSUMMARY:New Year",
    )));
    assert_eq!(days(&file, "2025-01-01", "2028-12-31"), ["2026-01-01"]);
    // The rule's last occurrence, not its UNTIL.
    assert_eq!(file.known_until, Some(day("2026-01-01")));
}

#[test]
fn a_timed_event_in_a_windows_zone_closes_its_hour() {
    let file = read(&ics(&event(
        "DTSTART;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\":20160308T120000\n\
         DTEND;TZID=\"(UTC+01:00) Brussels, Copenhagen, Madrid, Paris\":20160308T130000\n\
         SUMMARY:Lunch",
    )));
    assert_eq!(
        timed(&file, "2016-03-08", "2016-03-08"),
        [(
            Moment::Utc(utc("2016-03-08T12:00:00+01:00")),
            Moment::Utc(utc("2016-03-08T13:00:00+01:00"))
        )]
    );
    assert!(days(&file, "2016-03-01", "2016-03-31").is_empty());
}

#[test]
fn floating_and_utc_times() {
    let file = read(&ics(&event(
        "DTSTART:20261224T120000\nDTEND:20261224T180000\nSUMMARY:Christmas Eve afternoon",
    )));
    let floating = NaiveDate::from_ymd_opt(2026, 12, 24).and_then(|d| d.and_hms_opt(12, 0, 0));
    assert_eq!(
        timed(&file, "2026-12-24", "2026-12-24")[0].0,
        Moment::Floating(floating.expect("time"))
    );
    let file = read(&ics(&event("DTSTART:20261224T110000Z\nDURATION:PT6H")));
    assert_eq!(
        timed(&file, "2026-12-24", "2026-12-24"),
        [(
            Moment::Utc(utc("2026-12-24T11:00:00Z")),
            Moment::Utc(utc("2026-12-24T17:00:00Z"))
        )]
    );
}

#[test]
fn rdate_exdate_and_overrides() {
    let file = read(&ics(&format!(
        "{}{}",
        "BEGIN:VEVENT\nUID:kings\nDTSTART;VALUE=DATE:20250427\nRRULE:FREQ=YEARLY\n\
         EXDATE;VALUE=DATE:20280427\nRDATE;VALUE=DATE:20260601,20260602\nSUMMARY:King's Day\nEND:VEVENT\n",
        // 27 April 2025 is a Sunday: the day moved to the 26th.
        "BEGIN:VEVENT\nUID:kings\nRECURRENCE-ID;VALUE=DATE:20250427\n\
         DTSTART;VALUE=DATE:20250426\nSUMMARY:King's Day (moved)\nEND:VEVENT\n",
    )));
    assert_eq!(
        days(&file, "2025-01-01", "2028-12-31"),
        [
            "2025-04-26",
            "2026-04-27",
            "2026-06-01",
            "2026-06-02",
            "2027-04-27"
        ]
    );
}

#[test]
fn several_rrules_and_every_by_part() {
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20260101\n\
         RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO\n\
         RRULE:FREQ=YEARLY;BYYEARDAY=100\n\
         RRULE:FREQ=MONTHLY;BYMONTHDAY=15;BYMONTH=8\n\
         RRULE:FREQ=YEARLY;BYWEEKNO=20;BYDAY=WE\n\
         RRULE:FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;BYMONTH=12\n\
         RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=2;BYDAY=SA",
    )));
    assert_eq!(
        days(&file, "2026-01-01", "2026-12-31"),
        [
            "2026-01-01", // DTSTART itself
            "2026-01-03", // every other Saturday, twice
            "2026-01-17",
            "2026-04-10", // day 100
            "2026-05-13", // Wednesday of ISO week 20
            "2026-05-25", // last Monday of May
            "2026-08-15",
            "2026-12-31", // last weekday of December
        ]
    );
}

#[test]
fn yearly_events_from_year_one_load_and_expand_quickly() {
    let mut events = String::new();
    for month in 1..=12 {
        events.push_str(&event(&format!(
            "DTSTART;VALUE=DATE:0001{month:02}01\nDURATION:P365D\nRRULE:FREQ=YEARLY;BYDAY=1MO;BYMONTH={month}"
        )));
    }
    let file = read(&ics(&events));
    // Every day of 2026 is closed by some event; expanding it took a few periods each.
    assert_eq!(days(&file, "2026-01-01", "2026-12-31").len(), 365);
}

#[test]
fn events_that_close_nothing_are_reported_with_line_and_reason() {
    let file = read(&ics(&format!(
        "{}{}{}{}{}{}",
        event("DTSTART;VALUE=DATE:20260230"),
        event("DTSTART;VALUE=DATE:18500101"),
        event("DTSTART;VALUE=DATE:20260101\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30"),
        event("DTSTART:20260101T120000\nSUMMARY:no end"),
        event("DTSTART;TZID=Mars/Olympus:20260101T120000\nDURATION:PT1H"),
        event("DTSTART;VALUE=DATE:20260101\nSTATUS:CANCELLED"),
    )));
    let reasons: Vec<(usize, &str)> = file
        .ignored
        .iter()
        .map(|i| (i.line, i.reason.as_str()))
        .collect();
    assert_eq!(reasons.len(), 6, "{reasons:?}");
    assert_eq!(reasons[0].0, 4, "the line of BEGIN:VEVENT");
    assert!(reasons[0].1.contains("not a date"), "{reasons:?}");
    assert!(
        reasons[1].1.contains("outside the years 1900–9000"),
        "{reasons:?}"
    );
    assert!(reasons[2].1.contains("never occurs"), "{reasons:?}");
    assert!(reasons[3].1.contains("lasts no time"), "{reasons:?}");
    assert!(reasons[4].1.contains("unknown time zone"), "{reasons:?}");
    assert!(reasons[5].1.contains("CANCELLED"), "{reasons:?}");
    assert!(file.events.is_empty());
}

#[test]
fn unknown_components_and_properties_are_passed_over() {
    let file = read(&ics(
        "X-WR-CALNAME:Feestdagen\nBEGIN:VTIMEZONE\nTZID:Europe/Amsterdam\nBEGIN:STANDARD\n\
         DTSTART:19701025T030000\nTZOFFSETFROM:+0200\nTZOFFSETTO:+0100\nEND:STANDARD\nEND:VTIMEZONE\n\
         BEGIN:VTODO\nSUMMARY:not a holiday\nEND:VTODO\n\
         BEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nX-MICROSOFT-CDO-ALLDAYEVENT:TRUE\n\
         X-FOO;X-BAR=\"a:b;c\":d:e\nSUMMARY:Kerst\\, eerste dag\nBEGIN:VALARM\nTRIGGER:-PT15M\n\
         END:VALARM\nEND:VEVENT\n",
    ));
    assert_eq!(days(&file, "2026-12-01", "2026-12-31"), ["2026-12-25"]);
    assert_eq!(file.events[0].info.summary, "Kerst, eerste dag");
}

#[test]
fn categories_filter_events_in_any_case() {
    let bytes = ics(&format!(
        "{}{}",
        event(
            "DTSTART;VALUE=DATE:20260427\nSUMMARY:Koningsdag\nCATEGORIES:Algemeen Erkende Feestdag"
        ),
        event("DTSTART;VALUE=DATE:20260214\nSUMMARY:Valentijnsdag\nCATEGORIES:Feestdag"),
    ));
    let file = HolidayFile::parse("nl.ics", &bytes, &["algemeen erkende FEESTDAG".to_string()])
        .unwrap_or_else(|e| panic!("{e:#}"));
    assert_eq!(days(&file, "2026-01-01", "2026-12-31"), ["2026-04-27"]);
    assert_eq!(file.left_out, 1);
}

#[test]
fn date_lines_take_a_bom_and_any_line_end() {
    let file = read(b"\xEF\xBB\xBF# company days\r\n2026-12-24 Christmas Eve\r\n\r\n2026-12-31\r");
    assert_eq!(
        days(&file, "2026-12-01", "2026-12-31"),
        ["2026-12-24", "2026-12-31"]
    );
    assert_eq!(file.known_until, Some(day("2026-12-31")));
    let err = HolidayFile::parse("h.txt", b"2026-12-25\n2026-02-30\n", &[])
        .err()
        .map(|e| format!("{e:#}"));
    assert!(
        err.as_deref().is_some_and(|e| e.contains("line 2")),
        "{err:?}"
    );
}

#[test]
fn known_until_is_the_last_day_dated_events_close() {
    let file = read(&ics(&format!(
        "{}{}",
        event("DTSTART;VALUE=DATE:20250418\nSUMMARY:Goede Vrijdag"),
        event("DTSTART;VALUE=DATE:20251225\nDTEND;VALUE=DATE:20251227"),
    )));
    assert_eq!(file.known_until, Some(day("2025-12-26")));
}

#[test]
fn a_file_that_is_not_icalendar_says_where() {
    let err = HolidayFile::parse(
        "h.ics",
        b"BEGIN:VCALENDAR\nthis is not a property\nEND:VCALENDAR\n",
        &[],
    )
    .err()
    .map(|e| format!("{e:#}"));
    assert!(
        err.as_deref().is_some_and(|e| e.contains("line 2")),
        "{err:?}"
    );
}

#[test]
fn a_cancelled_occurrence_of_a_timed_event_is_matched_in_the_event_s_zone() {
    // A weekly Friday-afternoon closure in Amsterdam; the 2026-12-04 one is cancelled by
    // an override that names it in UTC (15:00 +01:00 is 14:00Z).
    let file = read(&ics(
        "BEGIN:VEVENT\nUID:friday\nDTSTART;TZID=Europe/Amsterdam:20261127T150000\n\
         DTEND;TZID=Europe/Amsterdam:20261127T180000\nRRULE:FREQ=WEEKLY\nSUMMARY:Early close\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:friday\nRECURRENCE-ID:20261204T140000Z\nSTATUS:CANCELLED\n\
         DTSTART;TZID=Europe/Amsterdam:20261204T150000\nEND:VEVENT\n",
    ));
    let starts: Vec<Moment> = timed(&file, "2026-11-27", "2026-12-11")
        .into_iter()
        .map(|(start, _)| start)
        .collect();
    assert_eq!(
        starts,
        [
            Moment::Utc(utc("2026-11-27T15:00:00+01:00")),
            Moment::Utc(utc("2026-12-11T15:00:00+01:00"))
        ]
    );
    assert!(file.ignored[0]
        .reason
        .contains("cancels the occurrence of 2026-12-04"));
}

#[test]
fn categories_split_at_unescaped_commas() {
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20260101\nCATEGORIES:Public\\, national,Bank\nCATEGORIES:Extra",
    )));
    assert_eq!(
        file.events[0].info.categories,
        ["Public, national", "Bank", "Extra"]
    );
}

#[test]
fn a_time_in_a_daylight_saving_gap_keeps_the_offset_before_it() {
    // 02:30 does not exist in Paris on 29 March 2026; RFC 5545 reads it as 01:30Z.
    let file = read(&ics(&event(
        "DTSTART;TZID=Europe/Paris:20260329T023000\nDURATION:PT1H",
    )));
    assert_eq!(
        timed(&file, "2026-03-29", "2026-03-29"),
        [(
            Moment::Utc(utc("2026-03-29T01:30:00Z")),
            Moment::Utc(utc("2026-03-29T02:30:00Z"))
        )]
    );
}

#[test]
fn a_file_that_closes_too_much_a_year_loses_the_events_past_the_budget() {
    // 1000 daily events of 366 days each would close 133 million days a year.
    let events: String = (0..1000)
        .map(|i| {
            event(&format!(
                "DTSTART;VALUE=DATE:20200101\nDURATION:P366D\nRRULE:FREQ=DAILY\nSUMMARY:{i}"
            ))
        })
        .collect();
    let file = read(&ics(&events));
    assert!(!file.ignored.is_empty());
    assert!(file
        .ignored
        .iter()
        .all(|i| i.reason.contains("a schedule, not holidays")));
    assert!(file.events.len() < 200, "{}", file.events.len());
}

#[test]
fn what_the_engine_cannot_search_is_reported_not_lost() {
    let file = read(&ics(&event(
        "DTSTART:20160229T090000Z\nDURATION:PT1H\nRRULE:FREQ=MINUTELY;BYMONTH=2;BYMONTHDAY=29;BYHOUR=9;BYMINUTE=0",
    )));
    assert!(file.ignored[0]
        .reason
        .contains("repeats within a day but only on some days"));
}

#[test]
fn exclusions_nesting_and_the_last_years() {
    // Every occurrence excluded: reported.
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20261225\nEXDATE;VALUE=DATE:20261225",
    )));
    assert!(file.ignored[0]
        .reason
        .contains("every occurrence is excluded"));
    // An event grouped in an X- component still counts.
    let file = read(&ics(
        "BEGIN:X-GROUP\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261225\nEND:VEVENT\nEND:X-GROUP\n",
    ));
    assert_eq!(days(&file, "2026-12-01", "2026-12-31"), ["2026-12-25"]);
    // A date in EXDATE removes a timed weekly occurrence on that day.
    let file = read(&ics(&event(
        "DTSTART;TZID=Europe/Amsterdam:20260402T150000\nDURATION:PT2H\nRRULE:FREQ=WEEKLY;COUNT=3\nEXDATE;VALUE=DATE:20260409",
    )));
    assert_eq!(timed(&file, "2026-04-01", "2026-04-30").len(), 2);
    // The last day queries reach, at noon.
    let file = read(&ics(&event(
        "DTSTART:90001231T120000Z\nDTEND:90001231T130000Z",
    )));
    assert!(file.ignored.is_empty(), "{:?}", file.ignored);
}

#[test]
fn known_until_counts_only_what_closes_and_ends() {
    // The 2028 occurrence is excluded: the last closed day is in 2027.
    let file = read(&ics(&event(
        "DTSTART;VALUE=DATE:20260501\nRRULE:FREQ=YEARLY;COUNT=3\nEXDATE;VALUE=DATE:20280501",
    )));
    assert_eq!(file.known_until, Some(day("2027-05-01")));
    // An override of one occurrence of an endless event says nothing of where the file ends.
    let file = read(&ics(
        "BEGIN:VEVENT\nUID:w\nDTSTART;VALUE=DATE:20260402\nRRULE:FREQ=WEEKLY\nEND:VEVENT\n\
         BEGIN:VEVENT\nUID:w\nRECURRENCE-ID;VALUE=DATE:20260416\nDTSTART;VALUE=DATE:20260417\nEND:VEVENT\n",
    ));
    assert_eq!(file.known_until, None);
}

#[test]
fn a_duration_in_days_keeps_the_wall_clock_time_across_summer_time() {
    // Midnight to midnight in Amsterdam on the day clocks go forward: 23 hours.
    let file = read(&ics(&event(
        "DTSTART;TZID=Europe/Amsterdam:20260329T000000\nDURATION:P1D",
    )));
    assert_eq!(
        timed(&file, "2026-03-29", "2026-03-29"),
        [(
            Moment::Utc(utc("2026-03-29T00:00:00+01:00")),
            Moment::Utc(utc("2026-03-30T00:00:00+02:00"))
        )]
    );
}
