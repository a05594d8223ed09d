//! `advise --language`: which language was asked for, and whether and when a desk serves it.
//!
//! A language is named by the rules' id, name or aliases (`spanish`, `Spanish`, `es`,
//! `zh-tw`), by a BCP 47 tag whose region the documents do not distinguish (`pt-BR`,
//! `en-US`), or, for a language no document offers, by its ISO 639-1 or 639-2/3 code or its
//! English or own name (`nl`, `nld`, `Dutch`, `Nederlands`), read by the `isolang` crate
//! (ISO 639-1 and 639-3; the 639-2/B codes `ger`, `fre`, `dut` are not read). Anything else
//! is an unknown language.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use serde::Serialize;

use crate::answer::error::fail;
use crate::answer::in_zones::{self, InZones};
use crate::answer::presence::Presence;
use crate::answer::Error;
use crate::clock::calendar::Calendar;
use crate::ids::AmbiguousId;
use crate::render::echo::escape;
use crate::render::text::Shown;
use crate::rules::model::{normalise, Coverage, Language};
use crate::rules::RuleSet;

/// The ISO 639-1 code of English, the language the documents offer everywhere and around
/// the clock for severity A: the rules name it by this code, as data.
pub const ENGLISH: &str = "en";

/// Whether `language` is English (by its ISO 639-1 code).
pub fn is_english(language: &Language) -> bool {
    language.code == ENGLISH
}

/// The language a user asked for.
#[derive(Debug, Clone)]
pub enum Asked<'r> {
    /// One the rules list (some document offers it somewhere).
    Listed(&'r Language),
    /// A real language no document offers: its ISO 639-1 code (or 639-3 where it has no
    /// 639-1 code) and English name.
    Unlisted { code: String, name: String },
}

impl Asked<'_> {
    /// The id answers use: the rules' id, or the English name in kebab case (`dutch`).
    pub fn id(&self) -> String {
        match self {
            Asked::Listed(language) => language.id.clone(),
            Asked::Unlisted { name, .. } => normalise(name),
        }
    }

    /// The English name ("Dutch").
    pub fn name(&self) -> &str {
        match self {
            Asked::Listed(language) => &language.name,
            Asked::Unlisted { name, .. } => name,
        }
    }

    /// The ISO 639-1 code (639-3 where there is none), with the rules' script subtag.
    pub fn code(&self) -> &str {
        match self {
            Asked::Listed(language) => &language.code,
            Asked::Unlisted { code, .. } => code,
        }
    }
}

/// Reads `input` as a language (see the module's comment).
///
/// Errors: an [`AmbiguousId`] for `zh` / Chinese (the documents offer two scripts), or one
/// line naming the input, the languages the documents offer and that ISO 639-1 codes are
/// read, with the closest listed language where one is a likely typo.
pub fn read<'r>(rules: &'r RuleSet, input: &str) -> Result<Asked<'r>, Error> {
    let unknown = match rules.find::<Language>(input) {
        Ok(language) => return Ok(Asked::Listed(language)),
        Err(unknown) => unknown,
    };
    if input.contains([',', ';', '/', '+', '&']) {
        fail!(
            BadValue,
            "--language takes one language, and `{}` names several: give the one the request should be answered in",
            escape(input)
        );
    }
    let wanted = normalise(input);
    // A BCP 47 tag (`pt-BR`, `en_US`, `zh-Hant-TW`): the primary subtag decides unless a
    // listed alias keeps the rest (`zh-tw` above). Anything else (`es;fr`, `es,fr`) is not
    // a tag, and is read whole.
    let tag = bcp47_primary(input);
    if tag.is_some() {
        // The longest listed prefix: `zh-Hant-TW` → `zh-hant`, `pt-BR` → `pt`.
        let subtags: Vec<&str> = wanted.split('-').collect();
        for n in (1..subtags.len()).rev() {
            if let Ok(language) = rules.find::<Language>(&subtags[..n].join("-")) {
                return Ok(Asked::Listed(language));
            }
        }
    }
    let lower = input.trim().to_lowercase();
    let iso = tag
        .as_deref()
        .and_then(|p| isolang::Language::from_639_1(p).or_else(|| isolang::Language::from_639_3(p)))
        .or_else(|| isolang::Language::from_name_lowercase(&lower))
        // The language's own name: `Nederlands`, `Español`, `Português`.
        .or_else(|| {
            isolang::Language::match_autonyms(move |name| name.to_lowercase() == lower).next()
        });
    let Some(iso) = iso.filter(|_| !wanted.is_empty()) else {
        let mut message = format!(
            "unknown language `{}`; the documents offer {}, and any other language is read by its ISO 639-1 code or English name (`nl`, `Dutch`)",
            escape(input),
            listed(rules)
        );
        if let Some(suggestion) = unknown.suggestion {
            message.push_str(&format!("; {suggestion}"));
        }
        return Err(Error::BadValue(message));
    };
    let code = iso.to_639_1().unwrap_or(iso.to_639_3()).to_string();
    // "Chinese" without a script: the documents offer Traditional and Simplified.
    let scripts: Vec<&Language> = rules
        .languages()
        .iter()
        .filter(|l| l.code.split('-').next() == Some(code.as_str()))
        .collect();
    match scripts.as_slice() {
        [] => Ok(Asked::Unlisted {
            code,
            name: iso.to_name().to_string(),
        }),
        [one] => Ok(Asked::Listed(one)),
        several => Err(AmbiguousId {
            kind: "language".into(),
            input: input.to_string(),
            why: "the documents offer it in more than one script".to_string(),
            choices: several.iter().map(|l| l.id.clone()).collect(),
        }
        .into()),
    }
}

/// The primary language subtag of a BCP 47 tag, lower-cased (`pt-BR` → `pt`), when `input`
/// is written as one: 2 or 3 letters, then subtags of 1 to 8 letters or digits, joined by
/// hyphens (or underscores, as locales write them).
fn bcp47_primary(input: &str) -> Option<String> {
    let input = input.trim();
    let mut parts = input.split(['-', '_']);
    let primary = parts.next()?;
    let letters = |p: &str| p.chars().all(|c| c.is_ascii_alphabetic());
    let well_formed = (2..=3).contains(&primary.len())
        && letters(primary)
        && parts
            .all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    well_formed.then(|| primary.to_ascii_lowercase())
}

/// "`english` (en), `japanese` (ja), …".
fn listed(rules: &RuleSet) -> String {
    rules
        .languages()
        .iter()
        .map(|l| format!("`{}` ({})", l.id, l.code))
        .collect::<Vec<_>>()
        .join(", ")
}

/// One desk that could answer in a language: when it is open, and what it would mean for
/// the response's due instant.
#[derive(Debug, Clone, Serialize)]
pub struct DeskStatus {
    /// The language's id (`english`), name and ISO 639-1 code.
    pub language: String,
    pub name: String,
    pub code: String,
    /// Which customers the desk serves, as the rules word it.
    pub customers: String,
    /// How to reach the desk, where it is not the route filed at (a phone desk).
    pub channel: Option<String>,
    /// `24x7` when the desk is there around the clock for this incident, else
    /// `business-hours` of `region`.
    pub coverage: Coverage,
    /// The region whose hours the desk keeps (null when it is there around the clock
    /// whatever the region), and its IANA zone.
    pub region: Option<String>,
    pub time_zone: Option<String>,
    /// Open at the instant asked about; null when the customer's region is unknown.
    pub open: Option<bool>,
    /// When the desk next opens or closes (RFC 3339 UTC); null when it never changes
    /// within a year, or is unknown.
    /// Also with the desk's offset and the offset of the zone times are shown in.
    #[serde(flatten, serialize_with = "in_zones::next_change")]
    pub next_change: Option<InZones>,
    /// The condition the documents put on the desk ("subject to availability").
    pub condition: Option<String>,
    /// Whether someone who speaks the language is there only "subject to availability"
    /// in the desk's hours (every language desk but English's: decided reading 18).
    pub subject_to_availability: bool,
    /// Why this desk keeps these hours for this incident.
    pub why: String,
    /// A reading behind this desk (South America's customers under `other`), else the
    /// language's.
    pub note: Option<String>,
    #[serde(skip)]
    pub hours: Hours,
    /// Whether someone is there at the instant asked about (`open` and `next_change` say it
    /// in JSON).
    #[serde(skip)]
    pub presence: Presence,
}

/// How a desk's time is counted.
#[derive(Debug, Clone)]
pub enum Hours {
    /// There around the clock.
    AroundTheClock,
    /// Open in a calendar's windows.
    Calendar(Box<Calendar>),
    /// In the business hours of a region the tool cannot tell (no --region or --tz).
    Unknown,
}

impl DeskStatus {
    /// Fills `presence`, `open` and the next change at `at` from the desk's hours.
    pub fn at(mut self, at: DateTime<Utc>, shown: Tz) -> DeskStatus {
        self.presence = match &self.hours {
            Hours::AroundTheClock => Presence::AroundTheClock,
            Hours::Calendar(calendar) => Presence::on(calendar, at),
            Hours::Unknown => Presence::Unknown,
        };
        self.open = self.presence.open();
        self.next_change = self
            .presence
            .next_change()
            .and_then(|t| self.in_zones(t, shown));
        self
    }

    /// `t` with the offset of the desk's zone and of `shown`; `None` for a desk without a
    /// calendar (around the clock, or hours unknown), whose presence never changes.
    pub fn in_zones(&self, t: DateTime<Utc>, shown: Tz) -> Option<InZones> {
        match &self.hours {
            Hours::Calendar(calendar) => {
                Some(InZones::of(t, Shown::Zone(calendar.zone()), Some(shown)))
            }
            Hours::AroundTheClock | Hours::Unknown => None,
        }
    }

    /// The condition on reaching someone at this desk: the documents' own, and for every
    /// language but English at least that no response time is promised in it (decided
    /// reading 18).
    pub fn availability(&self) -> Option<String> {
        match &self.condition {
            Some(condition) => Some(condition.clone()),
            None if self.code != ENGLISH => Some(format!(
                "No response time is promised in {}: the document names the language, and the response is due as the plan's target says (decided reading 18).",
                self.name
            )),
            None => None,
        }
    }

    /// The first instant at or after `at` at which someone is there (`at` itself when open).
    pub fn first_open(&self, at: DateTime<Utc>) -> Option<DateTime<Utc>> {
        self.presence.first_open(at)
    }
}
