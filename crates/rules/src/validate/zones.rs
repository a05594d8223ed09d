//! Zone patterns: the IANA zones each region serves, and no pattern in two regions.

use super::*;

impl<'a> Checker<'a> {
    /// The `zones` patterns of every region: each must match some IANA zone, and no two
    /// regions may claim the same one (which would win is arbitrary).
    pub(super) fn zone_patterns(&mut self, parsed: &Parsed) {
        // Each pattern claimed so far: by which region, in which file, where.
        let mut claimed: HashMap<&str, (&str, usize, Range<usize>)> = HashMap::new();
        let areas = area_names();
        // A built-in region that a user's file replaces claims nothing.
        let replaced: HashSet<String> = parsed
            .iter()
            .filter(|(file, _)| self.files[*file].user)
            .flat_map(|(_, rules)| rules.region.iter().map(|r| r.id().to_lowercase()))
            .collect();
        for (file, rules) in parsed {
            for region in &rules.region {
                if !self.files[*file].user && replaced.contains(&region.id().to_lowercase()) {
                    continue;
                }
                for (i, pattern) in region.zones.iter().enumerate() {
                    let path = [
                        Key(Region::KEY),
                        Id(region.id.span().start),
                        Key("zones"),
                        At(i),
                    ];
                    let place =
                        |checker: &Self| checker.span(*file, &path).unwrap_or(region.id.span());
                    let area = pattern.strip_suffix("/*");
                    let known = match area {
                        Some(area) => areas.contains(area),
                        None => pattern.parse::<Tz>().is_ok(),
                    };
                    if !known {
                        let hint = match area {
                            Some(area) => ids::suggest(area, areas.iter().map(String::as_str))
                                .map(|s| format!("{s}/*")),
                            None => {
                                let names = chrono_tz::TZ_VARIANTS.iter().map(|z| z.name());
                                ids::suggest(pattern, names).map(str::to_string)
                            }
                        };
                        let hint = ids::Suggestion::aside(hint);
                        self.report(
                            *file,
                            Some(place(self)),
                            format!("zone pattern `{pattern}` matches no IANA zone{hint}: use `Area/Location` or `Area/*`"),
                        );
                    } else if region.zones[..i].contains(pattern) {
                        self.warn(
                            *file,
                            Some(place(self)),
                            format!(
                                "zone pattern `{pattern}` is listed twice in region `{}`",
                                region.id.get_ref()
                            ),
                        );
                    } else if let Some((other, first_file, first)) =
                        claimed.get(pattern.as_str()).cloned()
                    {
                        self.report(
                            *file,
                            Some(place(self)),
                            format!(
                                "zone pattern `{pattern}` is also listed by region `{other}`: a customer in it could be either region's"
                            ),
                        );
                        self.relate(first_file, first, "listed here by that region");
                    } else {
                        claimed.insert(pattern, (region.id.get_ref(), *file, place(self)));
                    }
                }
            }
        }
    }
}

/// Whether `pattern` is an IANA zone or `Area/*` of a known area.
pub(super) fn is_zone_pattern(pattern: &str) -> bool {
    match pattern.strip_suffix("/*") {
        Some(area) => area_names().contains(area),
        None => pattern.parse::<Tz>().is_ok(),
    }
}

/// Every area of the IANA zones: `America` and `America/Indiana` for
/// `America/Indiana/Knox`.
pub(super) fn area_names() -> HashSet<String> {
    chrono_tz::TZ_VARIANTS
        .iter()
        .flat_map(|z| {
            let name = z.name();
            name.match_indices('/')
                .map(move |(i, _)| name[..i].to_string())
        })
        .collect()
}
