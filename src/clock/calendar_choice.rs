//! Which region's calendar counts a target: the plan's own, the one asked for, or the one
//! inferred from the customer's zone (the `zones` of each region in the rules).

use chrono_tz::Tz;

use crate::clock::calendar::Calendar;
use crate::holidays::Catalog;
use crate::ids::UnknownId;
use crate::rules::model::{Id, Region, RegionZone};
use crate::rules::RuleSet;

/// A calendar to count on, with the region it belongs to and why it was chosen.
pub struct Chosen<'r> {
    pub region: &'r Region,
    pub calendar: Calendar,
    pub why: String,
    /// Whether holidays close this calendar at all (some desks open every day).
    pub holidays_apply: bool,
}

/// What the user said about where the customer is.
#[derive(Debug, Clone, Copy)]
pub struct Whereabouts<'a> {
    /// `--region`, as typed.
    pub region: Option<&'a str>,
    /// The zone given with `--tz`.
    pub customer_zone: Option<Tz>,
    /// The zone used when none was given (the system's).
    pub default_zone: Tz,
}

/// Why no calendar could be chosen (answers turn it into their `NoCalendar` or
/// `UnknownId`: the clock knows no answer).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Unchosen {
    /// A region asked for that the rules do not define.
    UnknownRegion(UnknownId),
    /// No calendar to count on: a region keeping the customer's own hours without the
    /// customer's zone, or a zone no region serves.
    NoCalendar(String),
}

impl std::fmt::Display for Unchosen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Unchosen::UnknownRegion(unknown) => unknown.fmt(f),
            Unchosen::NoCalendar(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Unchosen {}

impl From<UnknownId> for Unchosen {
    fn from(unknown: UnknownId) -> Unchosen {
        Unchosen::UnknownRegion(unknown)
    }
}

/// Chooses the calendar: the target's own (`calendar` in the rules) wins, then `--region`,
/// then the region whose `zones` match the customer's zone, else `other` in that zone.
pub fn choose<'r>(
    rules: &'r RuleSet,
    target_calendar: Option<Id<Region>>,
    whereabouts: &Whereabouts,
    holidays: &Catalog,
) -> Result<Chosen<'r>, Unchosen> {
    let (region, why) = match (target_calendar, whereabouts.region) {
        (Some(own), _) => {
            let region = rules.region(own);
            let why = format!(
                "the plan's targets count on region `{}`'s calendar",
                region.id
            );
            (region, why)
        }
        (None, Some(asked)) => (rules.find(asked)?, "given with --region".to_string()),
        (None, None) => infer(rules, whereabouts)?,
    };
    let zone = match region.zone {
        RegionZone::Local => whereabouts.customer_zone.or(if whereabouts.region.is_none() {
            Some(whereabouts.default_zone)
        } else {
            None
        }),
        RegionZone::Iana(zone) => Some(zone),
    }
    .ok_or_else(|| {
        Unchosen::NoCalendar(format!(
            "region `{}` keeps the customer's own local hours: give the zone with --tz, e.g. --tz America/Sao_Paulo",
            region.id
        ))
    })?;
    Ok(Chosen {
        region,
        calendar: calendar_of(region, zone, holidays),
        why,
        holidays_apply: region.closed_on_holidays,
    })
}

/// A region's calendar in `zone`, closed on its own holidays and, where holidays close
/// it, by its `--holidays` files (its own, else those for every calendar).
pub fn calendar_of(region: &Region, zone: Tz, holidays: &Catalog) -> Calendar {
    let calendar = Calendar::of_region(region, zone).with_holidays(region.holidays.iter().copied());
    if region.closed_on_holidays {
        calendar
            .with_holiday_files(holidays.for_region(region.key))
            .with_working_days(holidays.working_for_region(region.key))
    } else {
        calendar
    }
}

/// The region serving the customer's zone (`--tz`, else the system's).
fn infer<'r>(
    rules: &'r RuleSet,
    whereabouts: &Whereabouts,
) -> Result<(&'r Region, String), Unchosen> {
    let (zone, given) = match whereabouts.customer_zone {
        Some(zone) => (zone, "--tz"),
        None => (whereabouts.default_zone, "the system's zone"),
    };
    let name = zone.name();
    let best = rules
        .regions()
        .iter()
        .flat_map(|r| r.zones.iter().map(move |p| (r, p)))
        .filter(|(_, pattern)| matches(pattern, name))
        .max_by_key(|(_, pattern)| pattern.len());
    if let Some((region, pattern)) = best {
        return Ok((
            region,
            format!("inferred from {given} {name} (matches `{pattern}`)"),
        ));
    }
    // The customer's own local hours need the customer's zone, given, never guessed
    // (decided reading 4).
    match (rules.local_region(), whereabouts.customer_zone) {
        (Some(region), Some(_)) => Ok((
            region,
            format!("inferred from --tz {name}: no region lists it, so its own local hours apply"),
        )),
        (Some(region), None) => Err(Unchosen::NoCalendar(format!(
            "cannot tell the customer's region: the system's zone {name} is in no region's list; \
             give --region, or --tz for region `{}`",
            region.id
        ))),
        (None, _) => Err(Unchosen::NoCalendar(format!(
            "no region serves time zone {name}: give --region"
        ))),
    }
}

/// Whether IANA zone `zone` is one `pattern` names: itself, or `Area/*` for any zone of the area.
pub fn matches(pattern: &str, zone: &str) -> bool {
    crate::rules::model::zone_pattern_matches(pattern, zone)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn inferred(zone: Tz) -> String {
        let rules = RuleSet::builtin().unwrap_or_else(|e| panic!("{e}"));
        let whereabouts = Whereabouts {
            region: None,
            customer_zone: Some(zone),
            default_zone: Tz::UTC,
        };
        let chosen = choose(&rules, None, &whereabouts, &Catalog::default())
            .unwrap_or_else(|e| panic!("{e}"));
        chosen.region.id.clone()
    }

    #[test]
    fn infers_the_region_from_the_zone() {
        assert_eq!(inferred(chrono_tz::Europe::Amsterdam), "emea");
        assert_eq!(inferred(chrono_tz::Asia::Dubai), "emea");
        assert_eq!(inferred(chrono_tz::Asia::Tokyo), "japan");
        assert_eq!(inferred(chrono_tz::Asia::Singapore), "apac");
        assert_eq!(inferred(chrono_tz::America::Chicago), "north-america");
        assert_eq!(inferred(chrono_tz::America::Sao_Paulo), "other");
    }
}
