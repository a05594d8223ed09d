//! Countries, for the way forward when a country is typed where the documents have other
//! things: a region (`--region spain`: Spain is in region `emea`, by its zones), a phone
//! line (`contact netherlands`).
//!
//! The data is the time zone database's own (`iso3166.tab`, `zone.tab`, public domain,
//! copied into `data/`): each country's ISO 3166 code, its usual English name, and the
//! IANA zones of the country.

use crate::suggest::normalise;

/// `iso3166.tab`: an ISO 3166-1 alpha-2 code and the usual English name, a tab apart.
const ISO3166: &str = include_str!("../data/iso3166.tab");
/// `zone.tab`: a country code, coordinates and an IANA zone of that country, tabbed.
const ZONES: &str = include_str!("../data/zone.tab");

/// Names people write that the table words otherwise, by ISO code.
const ALSO_CALLED: &[(&str, &str)] = &[
    ("GB", "United Kingdom"),
    ("GB", "UK"),
    ("GB", "Great Britain"),
    ("GB", "England"),
    ("GB", "Scotland"),
    ("GB", "Wales"),
    ("US", "USA"),
    ("US", "United States of America"),
    ("US", "America"),
    ("KR", "South Korea"),
    ("CZ", "Czechia"),
    ("TR", "Türkiye"),
    ("NL", "Holland"),
    ("NL", "The Netherlands"),
];

/// The codes of the European Economic Area: the European Union's 27 members, Iceland,
/// Liechtenstein and Norway.
const EEA: &[&str] = &[
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "IS", "LI", "NO",
];

/// A country of the time zone database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    /// ISO 3166-1 alpha-2, upper case: `NL`.
    pub code: &'static str,
    /// The usual English name: `Netherlands`, `Britain (UK)`.
    pub name: &'static str,
}

impl Country {
    /// The IANA zones of the country (`Europe/Madrid`, `Africa/Ceuta`, `Atlantic/Canary`).
    pub fn zones(self) -> impl Iterator<Item = &'static str> {
        rows(ZONES)
            .filter(move |row| row.first() == Some(&self.code))
            .filter_map(|row| row.get(2).copied())
    }

    /// Whether the country is in the European Economic Area.
    pub fn in_eea(self) -> bool {
        EEA.contains(&self.code)
    }

    /// Every name the country is known by here (normalised): the table's, the table's
    /// without its parenthesis (`Britain`), and the other names people write.
    pub fn names(self) -> Vec<String> {
        let mut names = vec![normalise(self.name)];
        if let Some((bare, _)) = self.name.split_once(" (") {
            names.push(normalise(bare));
        }
        names.extend(
            ALSO_CALLED
                .iter()
                .filter(|(code, _)| *code == self.code)
                .map(|(_, name)| normalise(name)),
        );
        names
    }
}

/// The tab-separated rows of a tzdb table, comments left out.
fn rows(table: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    table
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| l.split('\t').collect())
}

/// Every country of the table.
pub fn all() -> impl Iterator<Item = Country> {
    rows(ISO3166).filter_map(|row| match row.as_slice() {
        [code, name, ..] => Some(Country { code, name }),
        _ => None,
    })
}

/// The country `text` names: its ISO code in any letter case (`nl`, `NL`) or one of its
/// names however written (`netherlands`, `United Kingdom`, `south korea`).
pub fn find(text: &str) -> Option<Country> {
    let text = text.trim();
    if text.len() == 2 {
        if let Some(country) = all().find(|c| c.code.eq_ignore_ascii_case(text)) {
            return Some(country);
        }
    }
    let wanted = normalise(text);
    if wanted.is_empty() {
        return None;
    }
    all().find(|c| c.names().contains(&wanted))
}

/// How a country is written in a sentence: the table's name without its parenthesis
/// (`Britain (UK)` → `the United Kingdom`, as the documents write it).
pub fn written(country: Country) -> String {
    match country.code {
        "GB" => "the United Kingdom".to_string(),
        "US" => "the United States".to_string(),
        "NL" => "the Netherlands".to_string(),
        _ => country
            .name
            .split_once(" (")
            .map_or(country.name, |(bare, _)| bare)
            .to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries_by_name_and_code() {
        let code = |text: &str| find(text).map(|c| c.code);
        assert_eq!(code("netherlands"), Some("NL"));
        assert_eq!(code("NL"), Some("NL"));
        assert_eq!(code("nl"), Some("NL"));
        assert_eq!(code("Spain"), Some("ES"));
        assert_eq!(code("United Kingdom"), Some("GB"));
        assert_eq!(code("uk"), Some("GB"));
        assert_eq!(code("south-korea"), Some("KR"));
        assert_eq!(code("Atlantis"), None);
        assert_eq!(code(""), None);
        let spain: Vec<&str> = find("spain")
            .map(|c| c.zones().collect())
            .unwrap_or_default();
        assert!(spain.contains(&"Europe/Madrid") && spain.contains(&"Atlantic/Canary"));
        assert!(find("NL").is_some_and(Country::in_eea));
        assert!(!find("GB").is_some_and(Country::in_eea));
        // Every EEA code is a country of the table.
        for code in EEA {
            assert!(all().any(|c| c.code == *code), "{code}");
        }
    }
}
