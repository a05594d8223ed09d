//! Which IANA zone an iCalendar `TZID` names.
//!
//! Files in the wild name zones in several ways: IANA names (`Europe/Amsterdam`), the same
//! behind a vendor prefix (`/mozilla.org/20070129_1/Europe/Amsterdam`), Windows zone ids
//! (`W. Europe Standard Time`) and Windows display names (`(UTC+01:00) Brussels,
//! Copenhagen, Madrid, Paris`). Windows names map to IANA zones by the Unicode CLDR table
//! (the `windows-timezones` crate). A `VTIMEZONE` that names its IANA zone in
//! `X-LIC-LOCATION` settles any other id.

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
        assert_eq!(resolve("Custom", &locations), Some(chrono_tz::Asia::Tokyo));
    }
}
