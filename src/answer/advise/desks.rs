//! The desks that could answer this incident, by language: the language desks of the
//! Power Platform / Dynamics 365 document in the customer's region, or the phone desks of
//! a product's own lines (Microsoft 365, Office 365 Germany); none where the documents name
//! no languages (Power BI, 21Vianet, the partner programmes).

use chrono::{DateTime, Utc};

use super::language::{Asked, DeskStatus, Hours};
use super::{AdviseQuery, LanguagePart};
use crate::answer::hours::{is_around_the_clock, region_zone, windows_text};
use crate::answer::presence::Presence;
use crate::answer::where_to::WhereAnswer;
use crate::answer::Sources;
use crate::clock::calendar_choice;
use crate::rules::model::{
    Coverage, DeskHours, DeskKind, Language, Product, Region, Severity, Target,
};
use crate::rules::RuleSet;

/// The desks found for one incident.
pub struct Desks {
    /// Each language's desk for this customer and incident, in the rules' order.
    pub by_language: Vec<DeskStatus>,
    /// English's desk, where one serves this customer.
    pub english: Option<DeskStatus>,
    /// The customer's region (for language desks), when it can be told.
    pub region: Option<(String, String)>,
    /// Whether the desks are the language desks of the document that lists them (else a
    /// product's phone desks).
    pub language_desks: bool,
    /// Why no desk is known, where none is.
    pub none_because: Option<String>,
    /// What the documents say of these desks, where a reading was needed.
    pub note: Option<String>,
    pub source: Sources,
}

impl Desks {
    /// The desks for `product`, asked about at the query's instant.
    ///
    /// Errors: only an unknown `--region`, or one whose hours need `--tz` (the user asked
    /// for it); a region that cannot be inferred leaves the desks' hours unknown.
    pub fn find(
        rules: &RuleSet,
        query: &AdviseQuery,
        product: &Product,
        severity: &Severity,
        target: Option<&Target>,
        route: &WhereAnswer,
    ) -> Result<Desks, crate::answer::Error> {
        let at = query.at.with_timezone(&Utc);
        // A partner, VLSC or a community forum is no Microsoft desk: nobody is on duty
        // whose hours the documents give (decided reading 19).
        if let Some(main) = route.main().filter(|r| r.terms.is_some()) {
            let why = if product.partners_only {
                "Support for this product is given by your partner: the documents give no languages or hours for it."
            } else {
                "The route is not a Microsoft support desk: the documents give no languages or hours for it."
            };
            return Ok(Desks::none(why, main.source.clone()));
        }
        // The language desks belong to the document that lists them: they serve advice
        // whose target (else route) comes from that document.
        let cited_sources = match target {
            Some(t) => Sources::of(rules, &t.source),
            None => route.source.clone(),
        };
        // Versions of one document are one document here: a revision of the response
        // table leaves the language desks of the earlier version serving it.
        let families: Vec<_> = match target {
            Some(t) => t
                .source
                .iter()
                .map(|s| rules.first_version(s.doc))
                .collect(),
            None => route
                .source
                .0
                .iter()
                .filter_map(|c| rules.documents().iter().find(|d| d.id == c.family))
                .map(|d| d.key)
                .collect(),
        };
        let same_document = |language: &Language| {
            language
                .source
                .iter()
                .any(|l| families.contains(&rules.first_version(l.doc)))
        };
        let all_lines: Vec<_> = rules
            .phone_lines()
            .iter()
            .filter(|l| l.product == product.key)
            .collect();
        // A caller in a zone a line names (Australia) is answered by that line; others by
        // the lines that name no zones.
        let zone = query.whereabouts.customer_zone.map(|z| z.name());
        let own: Vec<_> = all_lines
            .iter()
            .copied()
            .filter(|l| {
                zone.is_some_and(|z| l.zones.iter().any(|p| calendar_choice::matches(p, z)))
            })
            .collect();
        let lines: Vec<_> = if own.is_empty() {
            all_lines
                .iter()
                .copied()
                .filter(|l| l.zones.is_empty())
                .collect()
        } else {
            own
        };
        let billing_desks = lines
            .iter()
            .any(|l| l.desk.iter().any(|d| d.kind == DeskKind::Billing));
        // The language desks are the technical support's: billing and subscription
        // management keep the billing desk's hours where a document gives them, and
        // otherwise no hours are known (decided reading 20).
        if query.about == crate::rules::model::About::Billing && !billing_desks {
            return Ok(Desks::none(
                "The documents give no desk hours for billing and subscription management here: the language desks and their hours are the technical support's (decided reading 20).",
                cited_sources,
            ));
        }
        if rules.languages().iter().any(same_document) {
            return language_desks(rules, query, severity, target, at);
        }
        if lines.is_empty() {
            // What is cited is where the documents answer and name no language.
            return Ok(Desks::none(
                "The documents give no languages or language desks for this support.",
                cited_sources,
            ));
        }
        phone_desks(rules, query, product, lines, at)
    }

    /// No desk yet; `language_desks` when they will be the language desks.
    fn empty(language_desks: bool) -> Desks {
        Desks {
            by_language: Vec::new(),
            english: None,
            language_desks,
            region: None,
            none_because: None,
            note: None,
            source: Sources::default(),
        }
    }

    /// No desk at all, why, and the sections that give the support without naming one.
    fn none(why: &str, source: Sources) -> Desks {
        Desks {
            none_because: Some(why.to_string()),
            source,
            ..Desks::empty(false)
        }
    }

    /// The language part for the language asked for (English when none was).
    pub fn language_part(
        &self,
        rules: &RuleSet,
        asked: Option<&Asked>,
        query: &AdviseQuery,
    ) -> LanguagePart {
        let english = rules
            .languages()
            .iter()
            .find(|l| super::language::is_english(l));
        let language = match (asked, english) {
            (Some(asked), _) => asked.clone(),
            (None, Some(english)) => Asked::Listed(english),
            (None, None) => Asked::Unlisted {
                code: super::language::ENGLISH.to_string(),
                name: "English".to_string(),
            },
        };
        let id = language.id();
        let asked_english = language.code() == super::language::ENGLISH;
        let mut source = self.source.clone();
        if let (Asked::Listed(l), true) = (&language, self.language_desks) {
            source.add(rules, &l.source);
        }
        let desk = self
            .by_language
            .iter()
            .find(|d| d.language == id)
            // Public preview support is in English only (decided reading 16).
            .filter(|_| asked_english || !query.preview)
            .cloned();
        // English's desk always: the language offered everywhere (the same as `desk` when
        // English was asked for).
        let english_desk = self.english.clone();
        // Without the customer's region only English's desk is known; whether another
        // language is offered then cannot be told.
        let region_unknown = self.language_desks && self.region.is_none() && !asked_english;
        let offered = match (&self.none_because, &desk) {
            (Some(_), _) => None,
            (None, None) if region_unknown => None,
            (None, desk) => Some(desk.is_some()),
        };
        let english_line = english_desk.as_ref().filter(|_| !asked_english);
        let summary = summary(&language, self, desk.as_ref(), english_line, query);
        let note = match (&desk, &language) {
            (Some(desk), _) => desk.note.as_ref().map(|n| format!("{}: {n}", desk.name)),
            // A language's reading belongs to the document that lists it.
            (None, Asked::Listed(l)) if self.language_desks => {
                l.note.as_ref().map(|n| format!("{}: {n}", l.name))
            }
            (None, Asked::Listed(_)) => None,
            (None, Asked::Unlisted { .. }) => None,
        }
        .or_else(|| self.note.clone());
        LanguagePart {
            asked: query.language.map(str::to_string),
            language: id,
            name: language.name().to_string(),
            code: language.code().to_string(),
            region: self.region.as_ref().map(|(r, _)| r.clone()),
            time_zone: self.region.as_ref().map(|(_, z)| z.clone()),
            offered,
            desk,
            english: english_desk,
            // A preview feature is supported in English only (decided reading 16).
            served: self
                .by_language
                .iter()
                .filter(|d| !query.preview || is_english(d))
                .map(|d| d.language.clone())
                .collect(),
            summary,
            note,
            source,
        }
    }
}

/// A product's phone desks, by the languages its `lines` name: the technical desks for a
/// technical problem, the billing desks for billing.
fn phone_desks(
    rules: &RuleSet,
    query: &AdviseQuery,
    product: &Product,
    lines: Vec<&crate::rules::model::PhoneLine>,
    at: DateTime<Utc>,
) -> Result<Desks, crate::answer::Error> {
    let mut desks = Desks::empty(false);
    for line in &lines {
        desks.source.add(rules, &line.source);
        // A line's note is about its numbers and billing hours; it says something of
        // the languages only where the line names none (21Vianet).
        if desks.note.is_none() && line.desk.iter().all(|d| d.languages.is_empty()) {
            desks.note.clone_from(&line.note);
        }
        // A technical problem is for a technical desk; billing and subscription
        // management for the billing desk (decided reading 20).
        let kind = match query.about {
            crate::rules::model::About::Technical => DeskKind::Technical,
            crate::rules::model::About::Billing => DeskKind::Billing,
        };
        for desk in line.desk.iter().filter(|d| d.kind == kind) {
            let region = rules.region(desk.hours);
            let label = desk.label(rules);
            for language in &desk.languages {
                let language = rules.language(*language);
                if desks.by_language.iter().any(|d| d.language == language.id) {
                    continue;
                }
                let hours = match region_zone(region, query.whereabouts.customer_zone) {
                    Some(zone) => Hours::Calendar(Box::new(calendar_choice::calendar_of(
                        region,
                        zone,
                        query.holidays,
                    ))),
                    None => Hours::Unknown,
                };
                let around_the_clock = is_around_the_clock(region);
                let status = DeskStatus {
                    language: language.id.clone(),
                    name: language.name.clone(),
                    code: language.code.clone(),
                    // The line's country is not the customer's: `contact` has them all.
                    customers: format!("the {label} phone lines"),
                    channel: Some(format!(
                        "the {label} phone desk (numbers: `support-advisor contact --product {}`)",
                        product.id
                    )),
                    coverage: if around_the_clock {
                        Coverage::AroundTheClock
                    } else {
                        Coverage::BusinessHours
                    },
                    region: Some(region.id.clone()),
                    time_zone: region_zone(region, query.whereabouts.customer_zone)
                        .map(|z| z.name().to_string()),
                    open: None,
                    next_change: None,
                    condition: None,
                    // The document names the desk's languages without a condition.
                    subject_to_availability: false,
                    note: None,
                    why: format!(
                        "by the {label} phone desk, in its hours ({})",
                        windows_text(region)
                    ),
                    hours,
                    presence: Presence::Unknown,
                }
                .at(at, query.shown);
                desks.by_language.push(status);
            }
        }
    }
    if desks.by_language.is_empty() {
        desks.none_because = Some(
            desks
                .note
                .clone()
                .unwrap_or_else(|| "The document names no language for this support.".to_string()),
        );
    }
    desks.english = desks.by_language.iter().find(|d| is_english(d)).cloned();
    Ok(desks)
}

/// The language desks of the customer's region (`--region`, else inferred from `--tz`).
fn language_desks(
    rules: &RuleSet,
    query: &AdviseQuery,
    severity: &Severity,
    target: Option<&Target>,
    at: DateTime<Utc>,
) -> Result<Desks, crate::answer::Error> {
    let chosen = match calendar_choice::choose(rules, None, &query.whereabouts, query.holidays) {
        Ok(chosen) => Some(chosen),
        // A region the user named is answered for or refused; one that cannot be
        // inferred leaves the hours unknown.
        Err(e) if query.whereabouts.region.is_some() => return Err(e.into()),
        Err(_) => None,
    };
    // A 24x7 desk (English) is there around the clock where the target counts so, or for
    // the severities it names (every severity A problem), never for a preview (decided
    // reading 16).
    let target_all_day = target.is_some_and(|t| t.coverage == Coverage::AroundTheClock);
    let all_day = |desk: Option<&crate::rules::model::Desk>| {
        !query.preview
            && desk.is_none_or(|d| matches!(d.hours, DeskHours::AroundTheClock { .. }))
            && (target_all_day
                || desk.is_some_and(|d| d.hours.around_the_clock_for().contains(&severity.key)))
    };
    let mut desks = Desks::empty(true);
    let region: Option<&Region> = chosen.as_ref().map(|c| c.region);
    let regions: Vec<&Region> = match region {
        Some(r) => vec![r],
        None => Vec::new(),
    };
    if let Some(chosen) = &chosen {
        desks.region = Some((
            chosen.region.id.clone(),
            chosen.calendar.zone().name().to_string(),
        ));
        desks.source.add(rules, &chosen.region.source);
    }
    let served = served(rules, chosen.as_ref(), region);
    for (language, desk) in served {
        desks.source.add(rules, &language.source);
        let (coverage, hours, why) = match (&chosen, all_day(desk)) {
            (_, true) => (
                Coverage::AroundTheClock,
                Hours::AroundTheClock,
                if target_all_day {
                    "around the clock: this plan counts this severity around the clock".to_string()
                } else {
                    format!(
                        "around the clock for every severity {} problem",
                        severity.id
                    )
                },
            ),
            (Some(chosen), false) => (
                Coverage::BusinessHours,
                Hours::Calendar(Box::new(chosen.calendar.clone())),
                format!(
                    "in region `{}`'s business hours ({})",
                    chosen.region.id,
                    windows_text(chosen.region)
                ),
            ),
            (None, false) => (
                Coverage::BusinessHours,
                Hours::Unknown,
                "in the business hours of the customer's region (give --region or --tz)"
                    .to_string(),
            ),
        };
        let status = DeskStatus {
            language: language.id.clone(),
            name: language.name.clone(),
            code: language.code.clone(),
            customers: desk.map_or_else(|| "Worldwide".to_string(), |d| d.customers.clone()),
            channel: None,
            coverage,
            region: match hours {
                Hours::AroundTheClock => None,
                _ => regions.first().map(|r| r.id.clone()),
            },
            time_zone: match hours {
                Hours::Calendar(ref c) => Some(c.zone().name().to_string()),
                _ => None,
            },
            open: None,
            next_change: None,
            condition: desk.and_then(|d| d.condition.clone()),
            subject_to_availability: !super::language::is_english(language),
            why,
            note: desk
                .and_then(|d| d.note.clone())
                .or_else(|| language.note.clone()),
            hours,
            presence: Presence::Unknown,
        }
        .at(at, query.shown);
        desks.by_language.push(status);
    }
    desks.english = desks.by_language.iter().find(|d| is_english(d)).cloned();
    Ok(desks)
}

/// The languages served in `region` with their desks there; English's alone where the
/// region is unknown.
fn served<'r>(
    rules: &'r RuleSet,
    chosen: Option<&calendar_choice::Chosen>,
    region: Option<&Region>,
) -> Vec<(&'r Language, Option<&'r crate::rules::model::Desk>)> {
    match region {
        // A desk for some of the region's customers only (South America within `other`)
        // serves those in its zones.
        Some(r) => {
            let zone = chosen
                .as_ref()
                .map(|c| c.calendar.zone().name().to_string())
                .unwrap_or_default();
            rules
                .languages_served(r.key)
                .into_iter()
                .filter(|(_, d)| {
                    d.zones.is_empty() || d.zones.iter().any(|p| calendar_choice::matches(p, &zone))
                })
                .map(|(l, d)| (l, Some(d)))
                .collect()
        }
        // Region unknown: English is still known to be there around the clock.
        None => rules
            .languages()
            .iter()
            .filter(|l| super::language::is_english(l))
            .map(|l| (l, l.desk.first()))
            .collect(),
    }
}

/// Whether a desk answers in English, the language the documents offer everywhere.
fn is_english(desk: &DeskStatus) -> bool {
    desk.code == super::language::ENGLISH
}

/// The sentence of the language part.
fn summary(
    language: &Asked,
    desks: &Desks,
    desk: Option<&DeskStatus>,
    english: Option<&DeskStatus>,
    query: &AdviseQuery,
) -> String {
    let name = language.name();
    if let Some(why) = &desks.none_because {
        return match query.language {
            Some(_) => format!("{why} (asked: {name})"),
            None => why.clone(),
        };
    }
    let english_line = english.map_or(String::new(), |e| {
        format!(" English is: {}", state(e, query))
    });
    // Every language but English: "mogelijk beschikbaar …, afhankelijk van de
    // beschikbaarheid", and no response time of its own (decided reading 18).
    let condition = match desk.filter(|d| !is_english(d)) {
        Some(d) if d.subject_to_availability => format!(
            " Subject to availability: someone who speaks {} may be reachable in these hours; no response time is promised in it (decided reading 18).",
            d.name
        ),
        Some(d) => format!(
            " No response time is promised in {}: the response is due as the plan's target says (decided reading 18).",
            d.name
        ),
        None => String::new(),
    };
    match desk {
        // There whenever it is asked: no opening or closing to tell.
        Some(desk) if matches!(desk.hours, Hours::AroundTheClock) => {
            format!("{name} is offered {}.{condition}{english_line}", desk.why)
        }
        Some(desk) => format!(
            "{name} is offered {}: {}{condition}{english_line}",
            desk.why,
            state(desk, query)
        ),
        None if query.preview && language.code() != super::language::ENGLISH => format!(
            "{name} is not offered for a public preview feature: its support is in English only (decided reading 16).{english_line}"
        ),
        None => {
            let elsewhere = match language {
                Asked::Listed(_) if !desks.language_desks => String::new(),
                Asked::Listed(l) => {
                    let customers: Vec<String> =
                        l.desk.iter().map(|d| crate::render::text::lower_first(&d.customers)).collect();
                    format!(" (the documents offer it to {})", customers.join("; "))
                }
                Asked::Unlisted { code, .. } => format!(" ({code}: the documents list no desk for it)"),
            };
            if desks.language_desks && desks.region.is_none() {
                if let Asked::Listed(_) = language {
                    return format!(
                        "Whether {name} is offered cannot be told without the customer's region{elsewhere}: give --region or --tz.{english_line}"
                    );
                }
            }
            let region = desks
                .region
                .as_ref()
                .map_or(String::new(), |(r, _)| format!(" for customers in region `{r}`"));
            format!("{name} is not offered{region}{elsewhere}.{english_line}")
        }
    }
}

/// "open now, until Fri 18:00 +01:00", "closed now; opens Mon …"; "then" for "now" when
/// the instant asked about (`--at`) is not now.
pub(super) fn state(desk: &DeskStatus, query: &AdviseQuery) -> String {
    let when = |t: DateTime<Utc>| {
        let local = desk
            .next_change
            .map(|n| n.local)
            .unwrap_or_else(|| t.with_timezone(&query.shown).fixed_offset());
        crate::render::text::readable_with_user(t, local, query.shown)
    };
    let now = if super::is_now(query) { "now" } else { "then" };
    desk.presence.sentence(now, when)
}
