//! One ticket's answer, whatever the input format: its target (plan and severity, or the
//! organisation's own minutes), the calendar that counts it, and the due instant. Each
//! worker thread has its own [`Answerer`], with caches bounded whatever the input. Where the
//! rules hold several versions of a document, a ticket is answered by the rules in force on
//! its `submitted` UTC day (or `--as-of`'s), and the answer says which
//! ([`Answer::in_force_from`]); an error of the rules names them.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use chrono_tz::Tz;
use rustc_hash::FxHashMap;

use super::ErrorKind;
use crate::answer::sla;
use crate::answer::{self, met};
use crate::clock::calendar::Calendar;
use crate::clock::calendar_choice::{self, Whereabouts};
use crate::clock::due::{self, Counting};
use crate::holidays::Catalog;
use crate::ids;
use crate::render::text::Shown;
use crate::rules::model::{Amount, Bound, Coverage, Id, Region, MAX_TARGET_MINUTES};
use crate::rules::suggest::normalise;
use crate::rules::{RuleSet, Versions};

/// What a ticket says, as text borrowed from the input: the fields of the contract.
#[derive(Debug, Default, Clone, Copy)]
pub struct Fields<'t> {
    pub plan: Option<&'t str>,
    pub severity: Option<&'t str>,
    pub product: Option<&'t str>,
    /// RFC 3339, with an offset.
    pub submitted: Option<&'t str>,
    pub region: Option<&'t str>,
    /// The customer's IANA zone (region `other`, and inferring the region).
    pub time_zone: Option<&'t str>,
    /// The organisation's own target in business minutes, instead of plan and severity.
    pub target_minutes: Option<u64>,
    /// When Microsoft first responded, where the input has a `responded` field or column.
    pub responded: Responded<'t>,
}

/// A ticket's `responded`: no such field or column (the answer then has none of the
/// response's fields, as before it existed), given but empty or null (not yet answered),
/// or an instant as `submitted` is written.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub enum Responded<'t> {
    #[default]
    NotAsked,
    Empty,
    At(&'t str),
}

/// Whether the response met the target, where the ticket has a `responded`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verdict {
    /// Minutes counted from submission to response (whole, rounded down): business
    /// minutes of the calendar, or wall-clock minutes for a 24/7 target.
    pub elapsed_minutes: Option<u64>,
    pub met: Option<bool>,
    /// Why `met` is null, where it is.
    pub reason: Option<&'static str>,
}

impl Verdict {
    fn unjudged(reason: &'static str) -> Verdict {
        Verdict {
            elapsed_minutes: None,
            met: None,
            reason: Some(reason),
        }
    }
}

/// The answer added to a ticket.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answer {
    pub target_minutes: Option<u32>,
    pub target_business_days: Option<u32>,
    pub coverage: Coverage,
    /// UTC; `None` for a best-effort target.
    pub due: Option<DateTime<Utc>>,
    /// The same instant with the calendar's offset (or, for a 24/7 target counted without
    /// a calendar, the offset `submitted` was written in).
    pub due_local: Option<DateTime<FixedOffset>>,
    /// The holiday files' last day, when the count ran past it.
    pub past_known_until: Option<NaiveDate>,
    /// Where the ticket has a `responded`: the time elapsed to it and whether it was in time.
    pub response: Option<Verdict>,
    /// Which version of the rules answered, only where they hold several
    /// ([`Versions::is_versioned`]): the first day of the span of days whose rules were
    /// used (`Some(None)`: the span before every revision, the documents as first
    /// published). `None` where there is one version: the answer says nothing of it.
    pub in_force_from: Option<Option<NaiveDate>>,
}

/// Why a ticket failed: a kind scripts can act on, the message, and for an unknown id the
/// closest valid one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    pub kind: ErrorKind,
    pub message: String,
    pub suggestion: Option<ids::Suggestion>,
}

impl LineError {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> LineError {
        LineError {
            kind,
            message: message.into(),
            suggestion: None,
        }
    }
}

/// An error of the answers, of the kind its variant says; an unknown id keeps its
/// suggestion.
impl From<answer::Error> for LineError {
    fn from(e: answer::Error) -> LineError {
        let kind = match &e {
            answer::Error::UnknownId(unknown) => return LineError::from(unknown.clone()),
            answer::Error::AmbiguousId(_) => ErrorKind::AmbiguousId,
            answer::Error::NotAnswered(_)
            | answer::Error::Flags(_)
            | answer::Error::BadValue(_)
            // No ticket reads a file: not raised for one.
            | answer::Error::Input(_) => ErrorKind::NoSuchTarget,
            answer::Error::NoCalendar(_) => ErrorKind::NoCalendar,
            answer::Error::BadZone(_) => ErrorKind::BadZone,
        };
        LineError::new(kind, e.to_string())
    }
}

impl From<ids::UnknownId> for LineError {
    fn from(unknown: ids::UnknownId) -> LineError {
        LineError {
            kind: ErrorKind::UnknownId,
            suggestion: unknown.suggestion.clone(),
            message: unknown.to_string(),
        }
    }
}

impl From<met::OutOfOrder> for LineError {
    fn from(out_of_order: met::OutOfOrder) -> LineError {
        let (kind, message) = match out_of_order {
            met::OutOfOrder::BeforeSubmission(m) => (ErrorKind::RespondedBeforeSubmitted, m),
            met::OutOfOrder::TooLate(m) => (ErrorKind::BadTime, m),
        };
        LineError::new(kind, message)
    }
}

/// The defaults of the command line for tickets that do not say: `--region`, `--tz`, and
/// the system's zone.
#[derive(Debug, Clone, Copy)]
pub struct Defaults<'a> {
    pub region: Option<&'a str>,
    pub customer_zone: Option<Tz>,
    pub default_zone: Tz,
    /// `--input-tz` (or the profile's `time_zone`): the zone a `submitted` without an
    /// offset is written in, before the ticket's own `time_zone` and `--tz`.
    pub input_zone: Option<Tz>,
    /// `--time-format` (or the profile's): how `submitted` is written, instead of the
    /// forms [`crate::time::parse_time`] reads.
    pub time_format: Option<&'a str>,
    /// The profile's severity of each priority as the export writes it; a ticket's
    /// `severity` is looked up here when given.
    pub severities: Option<&'a super::profile::Severities>,
    /// The profile's plan for tickets that name none (and no `target_minutes`).
    pub plan: Option<&'a str>,
}

/// A resolved target: how much, how it counts, on whose calendar.
#[derive(Debug, Clone, Copy)]
struct Spec {
    /// How the target counts as its document gives it (the answer's `coverage`).
    coverage: Coverage,
    /// How it is counted: the same, except a level counted on another document's calendar
    /// (Power BI's one hour, around the clock: decided reading 14a).
    counted_as: Coverage,
    amount: Option<Amount>,
    calendar: Option<Id<Region>>,
    /// The cell's "<" or "of minder"; none for an organisation's own target.
    bound: Option<Bound>,
}

/// How a ticket's calendar was resolved: an index into the worker's calendars, or none
/// (a 24/7 target whose region cannot be told counts on the wall clock).
#[derive(Debug, Clone, Copy)]
enum Counted {
    On(usize),
    WallClock,
}

/// The most entries a cache of ids as typed holds before it starts again, and the longest
/// key it holds: ids padded or cased in ever new ways cannot grow memory.
const TYPED_LIMIT: usize = 1024;
const TYPED_KEY_BYTES: usize = 256;

/// A cache of answers to ids as typed, bounded in entries and key length. Only successes
/// are kept, so the resolved values behind it are bounded by the rules.
struct Typed<V> {
    map: FxHashMap<Box<str>, V>,
}

impl<V: Clone> Typed<V> {
    fn new() -> Self {
        Typed {
            map: FxHashMap::default(),
        }
    }

    fn get(&self, key: &str) -> Option<V> {
        self.map.get(key).cloned()
    }

    fn insert(&mut self, key: &str, value: V) {
        if key.len() > TYPED_KEY_BYTES {
            return;
        }
        if self.map.len() >= TYPED_LIMIT {
            self.map.clear();
        }
        self.map.insert(key.into(), value);
    }
}

/// Answers tickets by one rule set.
struct SetAnswerer<'a> {
    rules: &'a RuleSet,
    holidays: &'a Catalog,
    defaults: Defaults<'a>,
    /// Targets by the plan, severity and product as typed, and by their normalised forms.
    typed_specs: Typed<Result<Spec, usize>>,
    /// The errors of forms as typed, by index into `failures` (bounded with the cache):
    /// an export full of one unknown product is not compared with every id each line.
    failures: Vec<LineError>,
    specs: FxHashMap<String, Spec>,
    /// Calendars by the target's own region, the region and the zone as typed; the
    /// calendars themselves by region and zone (bounded by the rules and IANA's zones).
    typed_calendars: Typed<Counted>,
    calendar_index: FxHashMap<(Id<Region>, Tz), usize>,
    calendars: Vec<Calendar>,
    /// A reused buffer for cache keys.
    key: String,
    /// Tickets answered since last taken whose region came from this machine's zone (no
    /// `region` or `time_zone`, no `--region` or `--tz`): said on stderr at the end.
    assumed_region: u64,
}

/// Answers tickets, each by the rules in force on its `submitted` day (or `--as-of`'s);
/// one per worker thread. Where the rules hold several versions, each answer says which
/// answered ([`Answer::in_force_from`]), and an error of the rules names it.
pub struct Answerer<'a> {
    /// An answerer for each span of days the rules are in force, from its first day
    /// (`None`: the beginning), in order; one unless a document has several versions.
    by_day: Vec<(Option<NaiveDate>, SetAnswerer<'a>)>,
    versions: &'a Versions,
    as_of: Option<NaiveDate>,
}

impl<'a> Answerer<'a> {
    /// An answerer by `versions` (each ticket by its day's rules, or all by `as_of`'s).
    pub fn new(
        versions: &'a Versions,
        as_of: Option<NaiveDate>,
        holidays: &'a Catalog,
        defaults: Defaults<'a>,
    ) -> Self {
        Answerer {
            by_day: versions
                .spans()
                .map(|(from, rules)| (from, SetAnswerer::new(rules, holidays, defaults)))
                .collect(),
            versions,
            as_of,
        }
    }

    /// The answer to one ticket.
    pub fn answer(&mut self, ticket: &Fields) -> Result<Answer, LineError> {
        let at = match (self.by_day.len(), self.as_of) {
            (1, _) => 0,
            (_, Some(day)) => self.versions.index_on(day),
            (_, None) => {
                let submitted = ticket.submitted.ok_or_else(|| {
                    LineError::new(ErrorKind::MissingField, "missing `submitted`")
                })?;
                let day = self.by_day[0]
                    .1
                    .submitted(submitted, ticket.time_zone)?
                    .with_timezone(&Utc)
                    .date_naive();
                self.versions.index_on(day)
            }
        };
        let versioned = self.by_day.len() > 1;
        let (from, set) = &mut self.by_day[at];
        match set.answer(ticket) {
            Ok(mut answer) => {
                if versioned {
                    answer.in_force_from = Some(*from);
                }
                Ok(answer)
            }
            Err(mut error) if versioned && error.kind.by_the_rules() => {
                error.message.push_str(&self.which(at, ticket));
                Err(error)
            }
            Err(error) => Err(error),
        }
    }

    /// The rules of span `at`, as an error names them, and the version that would answer
    /// the ticket where another does, as a single answer says it: ` (by the rules in force
    /// from 2025-07-31; the rules in force before 2025-07-31 answer it: give --as-of
    /// 2025-07-30)` ([`Versions::span_name`]).
    fn which(&mut self, at: usize, ticket: &Fields) -> String {
        let Some((this, _)) = self.versions.span_name(at) else {
            return String::new();
        };
        // Another span's answer is only tried, never counted: what it assumed is undone.
        let other = (0..self.by_day.len()).filter(|j| *j != at).find(|j| {
            let set = &mut self.by_day[*j].1;
            let assumed = set.assumed_region;
            let answers = set.answer(ticket).is_ok();
            set.assumed_region = assumed;
            answers
        });
        match other.and_then(|j| self.versions.span_name(j)) {
            Some((that, day)) => format!(
                " (by the rules in force {this}; the rules in force {that} answer it: give --as-of {day})"
            ),
            None => format!(" (by the rules in force {this})"),
        }
    }

    /// Tickets answered since last taken whose region came from this machine's zone.
    pub fn take_assumed_region(&mut self) -> u64 {
        self.by_day
            .iter_mut()
            .map(|(_, set)| std::mem::take(&mut set.assumed_region))
            .sum()
    }
}

impl<'a> SetAnswerer<'a> {
    fn new(rules: &'a RuleSet, holidays: &'a Catalog, defaults: Defaults<'a>) -> Self {
        SetAnswerer {
            rules,
            holidays,
            defaults,
            typed_specs: Typed::new(),
            failures: Vec::new(),
            specs: FxHashMap::default(),
            typed_calendars: Typed::new(),
            calendar_index: FxHashMap::default(),
            calendars: Vec::new(),
            key: String::new(),
            assumed_region: 0,
        }
    }

    /// The answer to one ticket.
    fn answer(&mut self, ticket: &Fields) -> Result<Answer, LineError> {
        let submitted = ticket
            .submitted
            .ok_or_else(|| LineError::new(ErrorKind::MissingField, "missing `submitted`"))?;
        let written = self.submitted(submitted, ticket.time_zone)?;
        let submitted = written.with_timezone(&Utc);
        // Read before the target, as `submitted` is: a bad time is the ticket's first error.
        let responded = self.responded(ticket, submitted)?;
        let mapped;
        let ticket = match (self.defaults.severities, self.defaults.plan) {
            (None, None) => ticket,
            (severities, plan) => {
                let severity = match (severities, ticket.severity) {
                    (Some(map), Some(priority)) => Some(map.severity(priority)?),
                    (_, severity) => severity,
                };
                let plan = match ticket.target_minutes {
                    Some(_) => ticket.plan,
                    None => ticket.plan.or(plan),
                };
                mapped = Fields {
                    plan,
                    severity,
                    ..*ticket
                };
                &mapped
            }
        };
        let spec = self.spec_of(ticket)?;
        let counted = self.counted(spec, ticket)?;
        let minutes = |day_minutes: u32| spec.amount.map(|a| a.minutes(day_minutes));
        let days = match spec.amount {
            Some(Amount::BusinessDays(d)) => Some(d),
            _ => None,
        };
        let calendar = match counted {
            Counted::On(index) => &self.calendars[index],
            Counted::WallClock => {
                // A 24/7 target needs no calendar: the wall clock, shown in the offset
                // `submitted` was written in (a day is then 24 hours).
                let minutes = minutes(24 * 60);
                let due = minutes.and_then(|m| due::due_wall_clock(submitted, m));
                let written_in = Shown::Offset(*written.offset());
                return Ok(Answer {
                    target_minutes: if days.is_some() { None } else { minutes },
                    target_business_days: days,
                    coverage: spec.coverage,
                    due,
                    due_local: due.map(|d| written_in.fix(d)),
                    past_known_until: None,
                    in_force_from: None,
                    response: responded.map(|responded| {
                        verdict(spec, minutes, responded, |r| {
                            due::elapsed_wall_clock(submitted, r)
                        })
                    }),
                });
            }
        };
        let counting = match spec.counted_as {
            Coverage::AroundTheClock => Counting::WallClock,
            _ => Counting::OpenTime,
        };
        let minutes = minutes(calendar.business_day_minutes());
        let due = match (spec.coverage, minutes) {
            (Coverage::BestEffort, _) | (_, None) => None,
            (_, Some(m)) => Some(due::due(calendar, counting, submitted, m).ok_or_else(|| {
                LineError::new(
                    ErrorKind::NoCalendar,
                    "the calendar has no open time within a year",
                )
            })?),
        };
        let zone = calendar.zone();
        // A count that ran past the last day the holiday files know of.
        let past_known_until = match (counting, due) {
            (Counting::OpenTime, Some(due)) => {
                crate::holidays::known_until(calendar.holiday_files())
                    .filter(|until| due.with_timezone(&zone).date_naive() > *until)
            }
            _ => None,
        };
        Ok(Answer {
            target_minutes: if days.is_some() { None } else { minutes },
            target_business_days: days,
            coverage: spec.coverage,
            due,
            due_local: due.map(|d| d.with_timezone(&zone).fixed_offset()),
            past_known_until,
            in_force_from: None,
            response: responded.map(|responded| {
                verdict(spec, minutes, responded, |r| {
                    due::elapsed(calendar, counting, submitted, r)
                })
            }),
        })
    }

    /// A ticket's `responded`: not asked, empty (no response yet), or an instant not before
    /// `submitted`.
    fn responded(
        &self,
        ticket: &Fields,
        submitted: DateTime<Utc>,
    ) -> Result<Option<Option<DateTime<Utc>>>, LineError> {
        let responded = match ticket.responded {
            Responded::NotAsked => None,
            Responded::Empty => Some(None),
            Responded::At(text) => {
                let responded = self
                    .instant("responded", text, ticket.time_zone)?
                    .with_timezone(&Utc);
                let flags = ("responded", "submitted");
                if let Some(out_of_order) = met::out_of_order(submitted, responded, flags) {
                    return Err(LineError::from(out_of_order));
                }
                Some(Some(responded))
            }
        };
        Ok(responded)
    }

    /// A ticket's `submitted` as an instant: as `--time-format` says or in the forms
    /// exports use; without an offset, in `--input-tz`, else the ticket's `time_zone`,
    /// else `--tz` (never a zone guessed; a time a daylight-saving change skips or
    /// repeats is refused with both candidates).
    fn submitted(
        &self,
        text: &str,
        time_zone: Option<&str>,
    ) -> Result<chrono::DateTime<FixedOffset>, LineError> {
        self.instant("submitted", text, time_zone)
    }

    /// A ticket's instant `field` (`submitted`, `responded`), read as [`Self::submitted`] says.
    fn instant(
        &self,
        field: &str,
        text: &str,
        time_zone: Option<&str>,
    ) -> Result<chrono::DateTime<FixedOffset>, LineError> {
        let bad = |problem: String| {
            LineError::new(
                ErrorKind::BadTime,
                format!(
                    "invalid {field} `{}`: {problem}",
                    crate::render::echo::escape(text)
                ),
            )
        };
        let written = match self.defaults.time_format {
            Some(format) => crate::time::parse_formatted(text, format),
            None => crate::time::parse_time(text),
        }
        .map_err(bad)?;
        let local = match written {
            crate::time::Written::Instant(t) => return Ok(t),
            crate::time::Written::Local(local) => local,
        };
        let zone = match (self.defaults.input_zone, time_zone) {
            (Some(zone), _) => zone,
            (None, Some(name)) => crate::time::zone("time_zone", name)
                .map_err(|e| LineError::from(answer::Error::from(e)))?,
            (None, None) => self.defaults.customer_zone.ok_or_else(|| {
                bad(
                    "it has no offset and no zone is given: add --input-tz ZONE (the zone the export writes its times in), a time_zone field, or --tz"
                        .to_string(),
                )
            })?,
        };
        crate::time::in_zone(local, zone).map_err(bad)
    }

    /// The ticket's target: its plan's (cached), or its own minutes.
    fn spec_of(&mut self, ticket: &Fields) -> Result<Spec, LineError> {
        match (ticket.plan, ticket.severity, ticket.target_minutes) {
            // Beside a plan and a severity, `target_minutes` is an earlier answer fed back
            // in (a run's own output): replaced, not a conflict.
            (Some(plan), Some(severity), _) => self.spec(plan, severity, ticket.product),
            (None, None, Some(minutes)) => {
                let minutes = u32::try_from(minutes)
                    .ok()
                    .filter(|m| (1..=MAX_TARGET_MINUTES).contains(m))
                    .ok_or_else(|| {
                        LineError::new(
                            ErrorKind::BadTarget,
                            format!(
                                "`target_minutes` must be from 1 to {MAX_TARGET_MINUTES} (a year)"
                            ),
                        )
                    })?;
                Ok(Spec {
                    coverage: Coverage::BusinessHours,
                    counted_as: Coverage::BusinessHours,
                    amount: Some(Amount::Minutes(minutes)),
                    calendar: None,
                    bound: None,
                })
            }
            (Some(_), None, Some(_)) | (None, Some(_), Some(_)) => Err(LineError::new(
                ErrorKind::ConflictingFields,
                "give either `plan` and `severity`, or `target_minutes`, not one of each",
            )),
            (None, _, None) => Err(LineError::new(
                ErrorKind::MissingField,
                "missing `plan` (or `target_minutes`)",
            )),
            (_, None, None) => Err(LineError::new(
                ErrorKind::MissingField,
                "missing `severity`",
            )),
        }
    }

    /// The target of a plan, severity and product: from the cache of forms as typed, else
    /// of normalised forms, else resolved (and cached under both).
    fn spec(
        &mut self,
        plan: &str,
        severity: &str,
        product: Option<&str>,
    ) -> Result<Spec, LineError> {
        fill_key(&mut self.key, [Some(plan), Some(severity), product]);
        match self.typed_specs.get(&self.key) {
            Some(Ok(spec)) => return Ok(spec),
            Some(Err(failure)) => return Err(self.failures[failure].clone()),
            None => {}
        }
        let typed = std::mem::take(&mut self.key);
        let normal = [Some(plan), Some(severity), product]
            .map(|part| part.map_or_else(String::new, normalise))
            .join("\0");
        let resolved = match self.specs.get(&normal) {
            Some(spec) => Ok(*spec),
            None => {
                let query = sla::SlaQuery {
                    plan,
                    severity,
                    product,
                    preview: false,
                    condition_met: None,
                    about: crate::rules::model::About::Technical,
                };
                sla::applicable_target(self.rules, &query)
                    .map(|target| {
                        let spec = Spec {
                            coverage: target.coverage,
                            counted_as: target.counted_as(target.amount),
                            amount: target.amount,
                            calendar: target.calendar,
                            bound: target.bound,
                        };
                        self.specs.insert(normal, spec);
                        spec
                    })
                    .map_err(LineError::from)
            }
        };
        let cached = match &resolved {
            Ok(spec) => Ok(*spec),
            Err(error) => {
                // Bounded with the cache it serves: both start again together.
                if self.failures.len() >= TYPED_LIMIT || self.typed_specs.map.is_empty() {
                    self.failures.clear();
                    self.typed_specs.map.clear();
                }
                self.failures.push(error.clone());
                Err(self.failures.len() - 1)
            }
        };
        self.typed_specs.insert(&typed, cached);
        self.key = typed;
        resolved
    }

    /// The calendar a ticket counts on: the target's own region, else the ticket's
    /// `region`, else `--region`, else the region of the ticket's `time_zone` (or `--tz`).
    fn counted(&mut self, spec: Spec, ticket: &Fields) -> Result<Counted, LineError> {
        // A level without a figure (best effort, "Diverse") counts nothing: no calendar.
        if spec.amount.is_none() {
            return Ok(Counted::WallClock);
        }
        let rules = self.rules;
        let own = spec.calendar.map(|own| rules.region(own).id.as_str());
        let region = ticket.region.or(self.defaults.region);
        // The 24/7 flag is part of the key: only such a target may count without one.
        let around = (spec.counted_as == Coverage::AroundTheClock).then_some("24x7");
        // Nothing says where the customer is: the machine's zone picks the region.
        let guessed = own.is_none()
            && region.is_none()
            && ticket.time_zone.is_none()
            && self.defaults.customer_zone.is_none();
        fill_key(&mut self.key, [own, region, ticket.time_zone, around]);
        if let Some(counted) = self.typed_calendars.get(&self.key) {
            if guessed && matches!(counted, Counted::On(_)) {
                self.assumed_region += 1;
            }
            return Ok(counted);
        }
        let typed = std::mem::take(&mut self.key);
        let counted = self.resolve_calendar(spec, region, ticket.time_zone);
        self.key = typed;
        let counted = counted?;
        if guessed && matches!(counted, Counted::On(_)) {
            self.assumed_region += 1;
        }
        self.typed_calendars.insert(&self.key, counted);
        Ok(counted)
    }

    fn resolve_calendar(
        &mut self,
        spec: Spec,
        region: Option<&str>,
        time_zone: Option<&str>,
    ) -> Result<Counted, LineError> {
        if let Some(region) = region {
            self.rules.find::<Region>(region)?;
        }
        let customer_zone = match time_zone {
            Some(zone) => Some(
                crate::time::zone("time_zone", zone)
                    .map_err(|e| LineError::from(answer::Error::from(e)))?,
            ),
            None => self.defaults.customer_zone,
        };
        let whereabouts = Whereabouts {
            region,
            customer_zone,
            default_zone: self.defaults.default_zone,
        };
        match calendar_choice::choose(self.rules, spec.calendar, &whereabouts, self.holidays) {
            Ok(chosen) => {
                let key = (chosen.region.key, chosen.calendar.zone());
                let index = match self.calendar_index.get(&key) {
                    Some(index) => *index,
                    None => {
                        self.calendars.push(chosen.calendar);
                        self.calendar_index.insert(key, self.calendars.len() - 1);
                        self.calendars.len() - 1
                    }
                };
                Ok(Counted::On(index))
            }
            // A 24/7 target needs no calendar, unless the ticket (or --region) asked for one:
            // a region given is answered for, or refused.
            Err(_) if spec.counted_as == Coverage::AroundTheClock && region.is_none() => {
                Ok(Counted::WallClock)
            }
            Err(e) => Err(LineError::from(crate::answer::Error::from(e))),
        }
    }
}

/// Whether a ticket's response met its target: counted by `elapsed` (the seconds to the
/// response on the target's clock, as its due instant is counted; a target in business
/// days is the calendar's minutes, reading 10), against the cell's bound. `met` is null
/// where the ticket has no response yet, or its target commits no time.
fn verdict(
    spec: Spec,
    minutes: Option<u32>,
    responded: Option<DateTime<Utc>>,
    elapsed: impl FnOnce(DateTime<Utc>) -> i64,
) -> Verdict {
    let Some(responded) = responded else {
        return Verdict::unjudged(met::NOT_RESPONDED);
    };
    match (spec.coverage, minutes) {
        (Coverage::BestEffort, _) => Verdict::unjudged(met::BEST_EFFORT),
        (_, None) => Verdict::unjudged(met::NO_FIGURE),
        (_, Some(target)) => {
            let seconds = elapsed(responded);
            Verdict {
                elapsed_minutes: Some(met::whole_minutes(seconds)),
                met: Some(met::within(spec.bound, i64::from(target) * 60, seconds)),
                reason: None,
            }
        }
    }
}

/// A cache key: the parts as given, separated by a byte no id contains.
fn fill_key<'k>(key: &mut String, parts: impl IntoIterator<Item = Option<&'k str>>) {
    key.clear();
    for part in parts {
        key.push_str(part.unwrap_or(""));
        key.push('\0');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_and_cased_ids_share_one_resolved_target() {
        let rules = crate::builtin_rules::load().unwrap_or_else(|e| panic!("{e}"));
        let holidays = Catalog::default();
        let defaults = Defaults {
            region: Some("emea"),
            customer_zone: None,
            default_zone: Tz::UTC,
            input_zone: None,
            time_format: None,
            severities: None,
            plan: None,
        };
        let mut answerer = SetAnswerer::new(&rules, &holidays, defaults);
        let mut first = None;
        for i in 0..10_000 {
            let plan = format!("{}ProDirect{}", " ".repeat(i % 50), " ".repeat(i / 50));
            let ticket = Fields {
                plan: Some(&plan),
                severity: Some("b"),
                submitted: Some("2026-11-27T16:30:00+01:00"),
                ..Fields::default()
            };
            let answer = answerer.answer(&ticket).unwrap_or_else(|e| panic!("{e:?}"));
            assert_eq!(*first.get_or_insert_with(|| answer.clone()), answer);
        }
        // One resolved target, one calendar; the typed forms bounded.
        assert_eq!(answerer.specs.len(), 1);
        assert_eq!(answerer.calendars.len(), 1);
        assert!(answerer.typed_specs.map.len() <= TYPED_LIMIT);
    }
}
