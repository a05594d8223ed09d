//! Which IANA zone an iCalendar `TZID` names.
//!
//! Files in the wild name zones in several ways: IANA names (`Europe/Amsterdam`), the same
//! behind a vendor prefix (`/mozilla.org/20070129_1/Europe/Amsterdam`), Windows zone ids
//! (`W. Europe Standard Time`) and Windows display names (`(UTC+01:00) Brussels,
//! Copenhagen, Madrid, Paris`). Windows names map to IANA zones by the Unicode CLDR table
//! (the `windows-timezones` crate). A `VTIMEZONE` that names its IANA zone in
//! `X-LIC-LOCATION` settles any other id.
//!
//! `--tz` reads zones through the same mapping ([`typed`]), with two more kinds of name
//! people type: a city (`Madrid`, `New York`) and the names helpdesks export, which are
//! Rails' (`ActiveSupport::TimeZone`, as Zendesk and Freshdesk write them: `Pacific Time
//! (US & Canada)`, perhaps after `(GMT-08:00) `).

use std::collections::HashMap;

use chrono_tz::Tz;
use strum::IntoEnumIterator;
use windows_timezones::WindowsTimezone;

/// The zone a `TZID` names, or `None` when no reading is known.
///
/// `locations` maps the file's own `VTIMEZONE` ids to their `X-LIC-LOCATION`.
pub fn resolve(tzid: &str, locations: &HashMap<String, String>) -> Option<Tz> {
    let tzid = tzid.trim().trim_matches('"');
    // outlook.com escapes the commas of display names.
    let unescaped = tzid.replace("\\,", ",");
    iana(tzid)
        .or_else(|| windows(&unescaped))
        .or_else(|| locations.get(tzid).and_then(|location| iana(location)))
        .or_else(|| city(&unescaped))
}

/// The zone a person typed (`--tz`): an IANA name in any letter case, a Windows zone id
/// or display name, a Rails / helpdesk name, or a city that names an IANA zone; `None`
/// when it is none of these.
pub fn typed(text: &str) -> Option<Tz> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    Tz::from_str_insensitive(text)
        .ok()
        .or_else(|| windows(text))
        .or_else(|| city(text))
        .or_else(|| rails(text))
        .or_else(|| city_named(text))
}

/// A Rails (`ActiveSupport::TimeZone::MAPPING`) name, in any letter case, perhaps after a
/// `(GMT+01:00) ` prefix as Zendesk's and Freshdesk's exports write it. The names that are
/// an IANA zone's city (`Madrid`) are read as cities; this table holds the others.
fn rails(text: &str) -> Option<Tz> {
    let (name, exported) = match text.split_once(") ") {
        Some((prefix, name)) if prefix.starts_with("(GMT") || prefix.starts_with("(UTC") => {
            (name, true)
        }
        _ => (text, false),
    };
    let name = name.trim();
    // Written as an export writes it, a name Rails maps away from its city's own zone is
    // Rails' (`(GMT+06:00) Astana` is Asia/Dhaka); typed alone it is the city.
    if exported {
        if let Some(zone) = RAILS_NOT_THE_CITY
            .iter()
            .find(|(rails, _)| rails.eq_ignore_ascii_case(name))
            .and_then(|(_, iana)| iana.parse().ok())
        {
            return Some(zone);
        }
    }
    RAILS
        .iter()
        .find(|(rails, _)| rails.eq_ignore_ascii_case(name))
        .and_then(|(_, iana)| iana.parse().ok())
        .or_else(|| (name != text).then(|| city_named(name)).flatten())
}

/// Rails' names of a city whose zone Rails maps elsewhere (activesupport's `time_zone.rb`,
/// checked against 7.0's `MAPPING`: every other name there reads as Rails reads it, or as
/// a link to the same zone).
const RAILS_NOT_THE_CITY: &[(&str, &str)] = &[("Astana", "Asia/Dhaka")];

/// Rails' zone names that are not an IANA zone's city, with the IANA zone Rails maps
/// each to (activesupport's `time_zone.rb`).
const RAILS: &[(&str, &str)] = &[
    ("International Date Line West", "Etc/GMT+12"),
    ("Midway Island", "Pacific/Midway"),
    ("American Samoa", "Pacific/Pago_Pago"),
    ("Hawaii", "Pacific/Honolulu"),
    ("Alaska", "America/Juneau"),
    ("Pacific Time (US & Canada)", "America/Los_Angeles"),
    ("Mountain Time (US & Canada)", "America/Denver"),
    ("Arizona", "America/Phoenix"),
    ("Central Time (US & Canada)", "America/Chicago"),
    ("Saskatchewan", "America/Regina"),
    ("Guadalajara", "America/Mexico_City"),
    ("Central America", "America/Guatemala"),
    ("Eastern Time (US & Canada)", "America/New_York"),
    ("Indiana (East)", "America/Indiana/Indianapolis"),
    ("Quito", "America/Lima"),
    ("Atlantic Time (Canada)", "America/Halifax"),
    ("Newfoundland", "America/St_Johns"),
    ("Brasilia", "America/Sao_Paulo"),
    ("Georgetown", "America/Guyana"),
    ("Greenland", "America/Nuuk"),
    ("Mid-Atlantic", "Atlantic/South_Georgia"),
    ("Cape Verde Is.", "Atlantic/Cape_Verde"),
    ("Edinburgh", "Europe/London"),
    ("UTC", "Etc/UTC"),
    ("Bern", "Europe/Zurich"),
    ("West Central Africa", "Africa/Algiers"),
    ("Kyiv", "Europe/Kyiv"),
    ("Pretoria", "Africa/Johannesburg"),
    ("St. Petersburg", "Europe/Moscow"),
    ("Abu Dhabi", "Asia/Muscat"),
    ("Ekaterinburg", "Asia/Yekaterinburg"),
    ("Islamabad", "Asia/Karachi"),
    ("Chennai", "Asia/Kolkata"),
    ("Mumbai", "Asia/Kolkata"),
    ("New Delhi", "Asia/Kolkata"),
    ("Astana", "Asia/Almaty"),
    ("Sri Jayawardenepura", "Asia/Colombo"),
    ("Rangoon", "Asia/Yangon"),
    ("Hanoi", "Asia/Bangkok"),
    ("Beijing", "Asia/Shanghai"),
    ("Osaka", "Asia/Tokyo"),
    ("Sapporo", "Asia/Tokyo"),
    ("Canberra", "Australia/Melbourne"),
    ("Solomon Is.", "Pacific/Guadalcanal"),
    ("New Caledonia", "Pacific/Noumea"),
    ("Marshall Is.", "Pacific/Majuro"),
    ("Wellington", "Pacific/Auckland"),
    ("Nuku'alofa", "Pacific/Tongatapu"),
    ("Tokelau Is.", "Pacific/Fakaofo"),
    ("Chatham Is.", "Pacific/Chatham"),
    ("Samoa", "Pacific/Apia"),
];

/// A city that is the last part of an IANA zone's name, in any letter case, spaces for
/// underscores (`madrid`, `New York`, `sao paulo`): the first such zone.
fn city_named(text: &str) -> Option<Tz> {
    let wanted = format!("/{}", text.trim().replace(' ', "_")).to_lowercase();
    if wanted.len() < 2 || wanted[1..].contains('/') {
        return None;
    }
    chrono_tz::TZ_VARIANTS
        .iter()
        .find(|z| z.name().to_lowercase().ends_with(&wanted))
        .copied()
}

/// An IANA name, in any letter case, possibly after a prefix ending in `/`.
fn iana(tzid: &str) -> Option<Tz> {
    std::iter::once(tzid)
        .chain(tzid.match_indices('/').map(|(i, _)| &tzid[i + 1..]))
        .find_map(|candidate| Tz::from_str_insensitive(candidate).ok())
}

/// A Windows zone id or display name.
fn windows(tzid: &str) -> Option<Tz> {
    let squeeze = |s: &str| -> String {
        s.chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect()
    };
    let wanted = squeeze(tzid);
    WindowsTimezone::iter()
        .find(|w| squeeze(w.name()) == wanted || squeeze(w.description()) == wanted)
        .and_then(|w| w.tzdb_id().parse().ok())
}

/// A display name in another language (`(UTC+01:00) Amsterdam, Berlin, Bern, Rom,
/// Stockholm, Wien`): the first city that is also an IANA zone's city.
fn city(tzid: &str) -> Option<Tz> {
    let (_, cities) = tzid.strip_prefix("(UTC")?.split_once(')')?;
    cities.split(',').find_map(|city| {
        let wanted = format!("/{}", city.trim().replace(' ', "_")).to_lowercase();
        (wanted.len() > 1)
            .then(|| {
                chrono_tz::TZ_VARIANTS
                    .iter()
                    .find(|z| z.name().to_lowercase().ends_with(&wanted))
                    .copied()
            })
            .flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone(tzid: &str) -> Option<Tz> {
        resolve(tzid, &HashMap::new())
    }

    #[test]
    fn names_as_files_write_them() {
        assert_eq!(zone("Europe/Amsterdam"), Some(chrono_tz::Europe::Amsterdam));
        assert_eq!(zone("europe/amsterdam"), Some(chrono_tz::Europe::Amsterdam));
        assert_eq!(
            zone("/mozilla.org/20070129_1/Europe/Berlin"),
            Some(chrono_tz::Europe::Berlin)
        );
        assert_eq!(
            zone("W. Europe Standard Time"),
            Some(chrono_tz::Europe::Berlin)
        );
        assert_eq!(
            zone("(UTC+01:00) Brussels, Copenhagen, Madrid, Paris"),
            Some(chrono_tz::Europe::Paris)
        );
        assert_eq!(
            zone("\"Pacific Standard Time\""),
            Some(chrono_tz::America::Los_Angeles)
        );
        assert_eq!(zone("Mars/Olympus_Mons"), None);
        // Exchange in German, and outlook.com's escaped commas.
        assert_eq!(
            zone("(UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien"),
            Some(chrono_tz::Europe::Amsterdam)
        );
        assert_eq!(
            zone("(UTC+01:00) Brussels\\, Copenhagen\\, Madrid\\, Paris"),
            Some(chrono_tz::Europe::Paris)
        );
        let locations = HashMap::from([("Custom".to_string(), "Asia/Tokyo".to_string())]);
        // What people type after --tz.
        for (text, zone) in [
            ("Madrid", chrono_tz::Europe::Madrid),
            ("new york", chrono_tz::America::New_York),
            (
                "Pacific Time (US & Canada)",
                chrono_tz::America::Los_Angeles,
            ),
            (
                "(GMT-05:00) Eastern Time (US & Canada)",
                chrono_tz::America::New_York,
            ),
            ("W. Europe Standard Time", chrono_tz::Europe::Berlin),
            ("Brasilia", chrono_tz::America::Sao_Paulo),
            ("(GMT+01:00) Amsterdam", chrono_tz::Europe::Amsterdam),
            // Rails maps Astana to Dhaka's zone; typed alone it is the city.
            ("(GMT+06:00) Astana", chrono_tz::Asia::Dhaka),
            ("Astana", chrono_tz::Asia::Almaty),
            ("europe/paris", chrono_tz::Europe::Paris),
        ] {
            assert_eq!(typed(text), Some(zone), "{text}");
        }
        for text in ["", "Mars", "Pacific Time", "Europe/"] {
            assert_eq!(typed(text), None, "{text}");
        }
        // Every name of the Rails table is a zone chrono-tz knows.
        for (name, iana) in RAILS {
            assert!(iana.parse::<Tz>().is_ok(), "{name}: {iana}");
        }
        assert_eq!(resolve("Custom", &locations), Some(chrono_tz::Asia::Tokyo));
    }
}
