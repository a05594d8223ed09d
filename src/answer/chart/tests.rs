//! Unit tests of `hours --chart`: an ordinary day, the user's zone, the JSON, the drawing and
//! its width, daylight-saving days, weekends, holidays, skipped days, wrapping.

use super::*;

fn rules() -> RuleSet {
    RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"))
}

fn utc(text: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(text)
        .expect("instant")
        .with_timezone(&Utc)
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("day")
}

fn query(day_text: &str, zone: Tz, now: &str, zone_given: bool) -> ChartQuery<'static> {
    ChartQuery {
        day: day(day_text),
        zone,
        zone_given,
        now: utc(now),
        holidays: Box::leak(Box::new(Catalog::default())),
        width: WIDTH,
    }
}

/// Wednesday 25 November 2026 in Amsterdam (UTC+1), now 10:15 local.
fn amsterdam(zone_given: bool) -> Drawn {
    let q = query(
        "2026-11-25",
        chrono_tz::Europe::Amsterdam,
        "2026-11-25T10:15:00+01:00",
        zone_given,
    );
    chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"))
}

fn row<'c>(chart: &'c Chart, label: &str) -> &'c ChartRow {
    chart
        .rows
        .iter()
        .find(|r| r.label == label)
        .unwrap_or_else(|| panic!("no row `{label}`"))
}

/// The open cells of a row as ranges `start..end`.
fn open_runs(chart: &Drawn, row: &ChartRow) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    for (i, &open) in row.cells(&chart.drawing.cell_starts).iter().enumerate() {
        if !open {
            continue;
        }
        match runs.last_mut() {
            Some(run) if run.end == i => run.end = i + 1,
            _ => runs.push(i..i + 1),
        }
    }
    runs
}

/// A line without its ANSI escapes.
fn visible(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c == 'm' {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn assert_fits(text: &str) {
    for line in text.lines() {
        let width = visible(line).chars().count();
        assert!(width <= WIDTH, "{width} columns: {line:?}");
    }
}

/// The strip of a drawn row, found by its label.
fn drawn_strip(text: &str, label: &str, label_width: usize, cells: usize) -> String {
    let line = text
        .lines()
        .map(visible)
        .find(|l| l.starts_with(&format!("{} ", pad(label, label_width))))
        .unwrap_or_else(|| panic!("no line for `{label}` in\n{text}"));
    line.chars().skip(label_width + 1).take(cells).collect()
}

#[test]
fn an_ordinary_day_has_48_half_hour_cells() {
    let chart = amsterdam(false);
    assert_eq!(chart.cells, 48);
    assert_eq!(chart.cell_minutes, 30);
    assert_eq!(chart.day_minutes, 1440);
    assert_eq!(text::utc(chart.from), "2026-11-24T23:00:00Z");
    assert_eq!(text::utc(chart.to), "2026-11-25T23:00:00Z");
    assert_eq!(chart.now_cell, Some(20));
}

#[test]
fn regions_are_drawn_in_the_users_zone() {
    let chart = amsterdam(false);
    assert_eq!(open_runs(&chart, row(&chart, "emea")), vec![16..36]);
    assert_eq!(open_runs(&chart, row(&chart, "apac")), vec![0..28]);
    assert_eq!(open_runs(&chart, row(&chart, "japan")), vec![2..19]);
    assert_eq!(
        open_runs(&chart, row(&chart, "north-america")),
        vec![0..6, 30..48]
    );
    assert_eq!(open_runs(&chart, row(&chart, "china")), vec![4..34]);
    assert_eq!(
        open_runs(&chart, row(&chart, "china-critical")),
        vec![0..48]
    );
    assert_eq!(
        open_runs(&chart, row(&chart, "m365-technical")),
        vec![0..48]
    );
    assert_eq!(
        open_runs(&chart, row(&chart, "germany-billing")),
        vec![18..34]
    );
    // Sydney is at UTC+11 in November: 09:00-18:00 there is 23:00-08:00 here.
    assert_eq!(
        open_runs(&chart, row(&chart, "m365-billing-au")),
        vec![0..16, 46..48]
    );
    assert_eq!(open_runs(&chart, row(&chart, "english 24x7")), vec![0..48]);
}

#[test]
fn intervals_and_status_are_in_the_json() {
    let chart = amsterdam(false);
    let emea = row(&chart, "emea");
    let paris = |t: &str| DateTime::parse_from_rfc3339(t).unwrap_or_else(|e| panic!("{t}: {e}"));
    assert_eq!(
        emea.open_intervals,
        vec![OpenInterval {
            from: utc("2026-11-25T07:00:00Z"),
            to: utc("2026-11-25T17:00:00Z"),
            from_local: paris("2026-11-25T08:00:00+01:00"),
            to_local: paris("2026-11-25T18:00:00+01:00"),
        }]
    );
    assert!(emea.open_now);
    assert_eq!(
        emea.next_change.map(|n| n.utc),
        Some(utc("2026-11-25T17:00:00Z"))
    );
    let na = row(&chart, "north-america");
    assert_eq!(na.open_intervals.len(), 2);
    assert_eq!(na.open_intervals[0].from, utc("2026-11-24T23:00:00Z"));
    assert_eq!(na.open_intervals[0].to, utc("2026-11-25T02:00:00Z"));
    assert!(!na.open_now);
    assert_eq!(
        na.next_change.map(|n| n.utc),
        Some(utc("2026-11-25T14:00:00Z"))
    );
    let json = serde_json::to_value(&chart).expect("json");
    assert_eq!(json["cell_minutes"], 30);
    assert_eq!(json["time_zone"], "Europe/Amsterdam");
    assert_eq!(json["needs_tz"][0]["region"], "other");
    assert!(json.get("drawing").is_none());
    assert!(json["rows"][0].get("cells").is_none());
    assert!(!json.to_string().contains('█'));
}

#[test]
fn local_hours_need_the_zone_given() {
    let chart = amsterdam(false);
    let missing: Vec<&str> = chart.needs_tz.iter().map(|n| n.region.as_str()).collect();
    assert_eq!(missing, vec!["other", "m365-billing"]);
    assert!(chart.rows.iter().all(|r| r.label != "other"));
    let text = chart.table(&Style::PLAIN);
    assert!(text.contains("other"), "{text}");
    assert!(text.contains("give --tz"), "{text}");

    let chart = amsterdam(true);
    assert!(chart.needs_tz.is_empty());
    assert_eq!(open_runs(&chart, row(&chart, "other")), vec![18..34]);
    assert_eq!(open_runs(&chart, row(&chart, "m365-billing")), vec![18..34]);
    assert_fits(&chart.table(&Style::PLAIN));
}

#[test]
fn the_drawing_shows_the_strips_and_the_now_marker() {
    let chart = amsterdam(false);
    let text = chart.table(&Style::PLAIN);
    let label_width = MAX_LABEL;
    let emea = drawn_strip(&text, "emea", label_width, 48);
    let expected: String = (0..48)
        .map(|i| match i {
            20 => OPEN,
            16..36 => OPEN,
            _ => CLOSED,
        })
        .collect();
    assert_eq!(emea, expected, "\n{text}");
    // North America is closed now: the now column shows as a line through it.
    let na = drawn_strip(&text, "north-america", label_width, 48);
    assert_eq!(na.chars().nth(20), Some(NOW_CLOSED), "\n{text}");
    assert_eq!(na.chars().nth(19), Some(CLOSED));
    // The marker stands over cell 20 (10:00-10:30).
    let marker = text
        .lines()
        .find(|l| l.contains(NOW_MARK))
        .expect("marker line");
    assert_eq!(
        marker.chars().position(|c| c == NOW_MARK),
        Some(label_width + 1 + 20),
        "\n{text}"
    );
    assert!(marker.contains("now 10:15"));
    // What happens next, in the user's zone.
    let emea_line = text.lines().find(|l| l.starts_with("emea ")).expect("emea");
    assert!(emea_line.ends_with("until 18:00"), "{emea_line}");
    let na_line = text
        .lines()
        .find(|l| l.starts_with("north-america "))
        .expect("na");
    assert!(na_line.ends_with("opens 15:00"), "{na_line}");
    let critical = text
        .lines()
        .find(|l| l.starts_with("china-critical "))
        .expect("critical");
    assert!(critical.ends_with("always open"), "{critical}");
    // Ticks over the cells that start at those hours.
    let ticks = text.lines().nth(1).expect("ticks");
    let expected_ticks = format!(
        "{}00    03    06    09    12    15    18    21",
        " ".repeat(label_width + 1)
    );
    assert_eq!(ticks, expected_ticks);
    // The languages appear.
    assert!(text.contains("English*, Spanish, Portuguese, French, German, Italian"));
    assert!(text.contains("Japanese"));
}

#[test]
fn plain_output_has_no_escapes_and_fits_80_columns() {
    let plain = amsterdam(false).table(&Style::PLAIN);
    assert!(!plain.contains('\x1b'));
    assert_fits(&plain);
    let coloured = amsterdam(true).table(&Style {
        colour: true,
        ..Style::PLAIN
    });
    assert!(coloured.contains(GREEN));
    assert!(coloured.contains(NOW_STYLE));
    assert_fits(&coloured);
    // Without its escapes the coloured drawing is the plain one (bar the --tz rows).
    let plain_given = amsterdam(true).table(&Style::PLAIN);
    let stripped: Vec<String> = coloured.lines().map(visible).collect();
    assert_eq!(stripped.join("\n") + "\n", plain_given);
}

/// The tick labels of a drawing, each with the cell it stands over.
fn tick_cells(text: &str, label_width: usize) -> Vec<(usize, u32)> {
    let ticks: Vec<char> = text
        .lines()
        .nth(1)
        .expect("ticks")
        .chars()
        .skip(label_width + 1)
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i + 1 < ticks.len() {
        if ticks[i].is_ascii_digit() && ticks[i + 1].is_ascii_digit() {
            let hour: String = ticks[i..i + 2].iter().collect();
            found.push((i, hour.parse().expect("hour")));
            i += 2;
        } else {
            i += 1;
        }
    }
    found
}

fn assert_ticks_align(chart: &Drawn, label_width: usize) -> Vec<(usize, u32)> {
    let text = chart.table(&Style::PLAIN);
    let ticks = tick_cells(&text, label_width);
    assert!(!ticks.is_empty(), "\n{text}");
    for &(cell, hour) in &ticks {
        let local = chart.drawing.cell_starts[cell].with_timezone(&chart.drawing.zone);
        assert_eq!((local.hour(), local.minute()), (hour, 0), "\n{text}");
    }
    ticks
}

#[test]
fn a_spring_forward_day_has_23_hours_and_ticks_follow_the_clock() {
    // Sunday 29 March 2026: Amsterdam goes from 02:00 CET to 03:00 CEST.
    let q = query(
        "2026-03-29",
        chrono_tz::Europe::Amsterdam,
        "2026-03-29T12:10:00+02:00",
        false,
    );
    let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(chart.cells, 46);
    assert_eq!(chart.day_minutes, 23 * 60);
    let ticks = assert_ticks_align(&chart, MAX_LABEL);
    assert_eq!(
        ticks,
        vec![
            (0, 0),
            (4, 3),
            (10, 6),
            (16, 9),
            (22, 12),
            (28, 15),
            (34, 18),
            (40, 21)
        ]
    );
    // 12:10 CEST is 10:10 UTC, 11 h 10 min after 00:00 CET (23:00 UTC): cell 22.
    assert_eq!(chart.now_cell, Some(22));
    let text = chart.table(&Style::PLAIN);
    assert_fits(&text);
    assert!(text.contains("UTC+01:00 → UTC+02:00"), "{text}");
    assert!(text.contains("23 hours"), "{text}");
    // A Sunday: EMEA closed all day; China (09:00-24:00 Beijing) is 03:00-18:00 CEST.
    assert_eq!(
        open_runs(&chart, row(&chart, "emea")),
        Vec::<std::ops::Range<usize>>::new()
    );
    assert_eq!(open_runs(&chart, row(&chart, "china")), vec![4..34]);
    let strip = drawn_strip(&text, "china", MAX_LABEL, 46);
    assert_eq!(strip.chars().count(), 46);
    assert_eq!(strip.chars().nth(4), Some(OPEN), "\n{text}");
    assert_eq!(strip.chars().nth(3), Some(CLOSED), "\n{text}");
}

#[test]
fn a_fall_back_day_has_25_hours_and_still_fits() {
    // Sunday 25 October 2026: Amsterdam goes from 03:00 CEST back to 02:00 CET.
    let q = query(
        "2026-10-25",
        chrono_tz::Europe::Amsterdam,
        "2026-10-25T23:50:00+01:00",
        false,
    );
    let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(chart.cells, 50);
    assert_eq!(chart.now_cell, Some(49));
    let text = chart.table(&Style::PLAIN);
    assert_fits(&text);
    let ticks = tick_cells(&text, label_width_of(&text));
    assert_eq!(ticks[0..3], [(0, 0), (8, 3), (14, 6)]);
    assert_ticks_align(&chart, label_width_of(&text));
}

/// The label column's width, from the tick line's indentation.
fn label_width_of(text: &str) -> usize {
    let ticks = text.lines().nth(1).expect("ticks");
    ticks.chars().take_while(|&c| c == ' ').count() - 1
}

#[test]
fn a_weekend_shows_monday_openings() {
    let q = query(
        "2026-11-28",
        chrono_tz::America::New_York,
        "2026-11-28T09:00:00-05:00",
        true,
    );
    let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    let text = chart.table(&Style::PLAIN);
    assert_fits(&text);
    let emea = text.lines().find(|l| l.starts_with("emea ")).expect("emea");
    assert!(emea.ends_with("opens Mon 02:00"), "{emea}");
    assert!(!text.contains("give --tz"));
}

#[test]
fn another_day_has_no_marker() {
    let q = query(
        "2026-11-26",
        chrono_tz::Europe::Amsterdam,
        "2026-11-25T10:15:00+01:00",
        false,
    );
    let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(chart.now_cell, None);
    let text = chart.table(&Style::PLAIN);
    assert!(!text.contains(NOW_MARK));
    assert!(!text.contains(NOW_CLOSED));
    assert!(text.contains("is not on this day"), "{text}");
    assert_fits(&text);
}

#[test]
fn holidays_close_the_regions_that_close_on_them() {
    let holidays = Catalog::single(
        crate::holidays::HolidayFile::parse("h.txt", b"2026-11-25 A holiday\n", &[])
            .expect("holidays"),
    );
    let mut q = query(
        "2026-11-25",
        chrono_tz::Europe::Amsterdam,
        "2026-11-25T10:15:00+01:00",
        false,
    );
    q.holidays = &holidays;
    let chart = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        open_runs(&chart, row(&chart, "emea")),
        Vec::<std::ops::Range<usize>>::new()
    );
    assert_eq!(open_runs(&chart, row(&chart, "china")), vec![4..34]);
    assert!(chart.table(&Style::PLAIN).contains("Holidays from h.txt"));
}

#[test]
fn a_skipped_day_is_an_error_and_odd_days_still_draw() {
    // Samoa skipped 30 December 2011 when it crossed the date line.
    let q = query(
        "2011-12-30",
        chrono_tz::Pacific::Apia,
        "2011-12-31T12:00:00Z",
        false,
    );
    assert!(chart(&rules(), &q).is_err());
    let q = query(
        "2011-12-29",
        chrono_tz::Pacific::Apia,
        "2011-12-29T12:00:00Z",
        false,
    );
    let drawn = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    assert_fits(&drawn.table(&Style::PLAIN));
    // Sitka lived 18 October 1867 twice, moving from the Russian to the American date.
    let q = query(
        "1867-10-19",
        chrono_tz::America::Sitka,
        "1867-10-19T12:00:00Z",
        true,
    );
    let drawn = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    // Begun in the Russian date, the 19th comes back after the repeated afternoon of
    // the 18th: about two days long, drawn in hour cells.
    assert!(drawn.day_minutes > 26 * 60, "{}", drawn.day_minutes);
    assert_eq!(drawn.cell_minutes, 60);
    assert!(drawn.cells as i64 <= MAX_CELLS);
    assert_fits(&drawn.table(&Style::PLAIN));
    // Kathmandu's quarter-hour offset: cells start at :00 and :30 local.
    let q = query(
        "2026-11-25",
        chrono_tz::Asia::Kathmandu,
        "2026-11-25T06:00:00Z",
        true,
    );
    let drawn = chart(&rules(), &q).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(drawn.cells, 48);
    assert_fits(&drawn.table(&Style::PLAIN));
    assert_ticks_align(&drawn, label_width_of(&drawn.table(&Style::PLAIN)));
}

#[test]
fn wrapping_keeps_to_80_columns() {
    let long = "word ".repeat(40) + &"x".repeat(200);
    for line in wrap(WIDTH, "* ", 2, &long) {
        assert!(line.chars().count() <= WIDTH, "{line}");
    }
}
