//! The command line, and nothing else: typed values (instants, dates, zones, holiday file
//! specs) are parsed here by clap's value parsers, and flag combinations are clap's
//! constraints; the rest of the global options are resolved once in `context.rs`.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use chrono::NaiveDate;
use chrono_tz::Tz;
use clap::builder::{EnumValueParser, PossibleValue, TypedValueParser};
use clap::{ArgGroup, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::time::{at_arg, date_arg, zone_arg, At};

#[derive(Debug, Parser)]
#[command(
    name = "support-advisor",
    about = "Answers Microsoft business-support questions from the vendor documents: where to file, \
             how fast Microsoft must respond, when support is open, and whether an incident may be reopened.",
    after_help = "Examples:\n  \
        support-advisor advise --product dynamics-365 --plan prodirect --sev B \\\n      --language es\n  \
        support-advisor sla --plan prodirect --sev B\n  \
        support-advisor where --product dynamics-365 --plan premier\n  \
        support-advisor hours --region emea --at 2026-11-27T16:30:00+01:00\n  \
        support-advisor can-reopen --closed 2026-08-01 --on 2026-11-25\n  \
        support-advisor policy preview --json"
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// The command line as clap sees it, with `--version` naming the documents the rules
/// encode and their dates, and the flag combinations clap checks before anything is read:
/// holiday files need a day to count (`--at` or `--batch` for `sla`, `--at` or `--chart`
/// for `hours`).
pub fn command() -> clap::Command {
    Cli::command()
        .version(env!("CARGO_PKG_VERSION"))
        .long_version(version())
        .mut_subcommand("sla", |c| {
            c.group(
                ArgGroup::new("counted")
                    .args(["at", "batch"])
                    .multiple(true),
            )
            // A region only counts a due instant: without one it would be ignored unsaid.
            .mut_arg("region", |a| a.requires("counted"))
            .mut_arg("files", |a| a.requires("counted"))
            // The batch options without --batch would be ignored unsaid; `requires =
            // "batch"` alone would not say so (a flag's default `false` counts as given).
            .group(ArgGroup::new("batching").arg("batch"))
            .mut_arg("csv", |a| a.requires("batching"))
            .mut_arg("profile", |a| a.requires("batching"))
            .mut_arg("delimiter", |a| a.requires("batching"))
            .mut_arg("input_tz", |a| a.requires("batching"))
            .mut_arg("time_format", |a| a.requires("batching"))
            .mut_arg("jobs", |a| a.requires("batching"))
            .mut_arg("first_line", |a| a.requires("batching"))
        })
        .mut_subcommand("hours", |c| {
            c.group(
                ArgGroup::new("counted")
                    .args(["at", "chart"])
                    .multiple(true),
            )
            .mut_arg("files", |a| a.requires("counted"))
        })
}

/// Parses `args` (the program's name first; clap's error carries help, version and usage
/// errors).
pub fn parse_from(args: &[OsString]) -> Result<Cli, clap::Error> {
    let matches = command().try_get_matches_from(args)?;
    let mut cli = Cli::from_arg_matches(&matches)?;
    cli.global.now_from_env =
        matches.value_source("now") == Some(clap::parser::ValueSource::EnvVariable);
    Ok(cli)
}

/// The command (or subcommand) `args` reached before clap stopped: whose subcommands or
/// flags a misspelt one was meant to be. Descends while the words name subcommands, and
/// stops at the first command without any.
pub fn reached(args: &[OsString]) -> clap::Command {
    let mut cmd = command();
    cmd.build();
    let mut words = args.iter().skip(1).filter_map(|a| a.to_str());
    loop {
        if !cmd.has_subcommands() {
            return cmd;
        }
        let Some(next) = words.find_map(|w| cmd.find_subcommand(w).cloned()) else {
            return cmd;
        };
        cmd = next;
    }
}

/// A [`ValueEnum`] read however it is typed: any letter case, and spaces or underscores
/// for hyphens (`--format JSON`, `--color Never`, `completions PowerShell`), as ids are
/// (see `RuleSet::find`). What it offers (help, completions, the error listing the
/// values) is clap's own.
#[derive(Clone)]
pub struct Loose<E: ValueEnum + Clone + Send + Sync + 'static>(EnumValueParser<E>);

/// The [`Loose`] value parser of `E`.
pub fn loose<E: ValueEnum + Clone + Send + Sync + 'static>() -> Loose<E> {
    Loose(EnumValueParser::new())
}

impl<E: ValueEnum + Clone + Send + Sync + 'static> TypedValueParser for Loose<E> {
    type Value = E;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &OsStr,
    ) -> Result<E, clap::Error> {
        let typed = value.to_str().map(crate::rules::suggest::normalise);
        let found = typed.and_then(|typed| {
            E::value_variants().iter().find(|v| {
                v.to_possible_value()
                    .is_some_and(|p| p.matches(&typed, true))
            })
        });
        match found {
            Some(variant) => Ok(variant.clone()),
            // clap's error, naming the value as typed and every valid one.
            None => self.0.parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        self.0.possible_values()
    }
}

/// `--version`: `0.1.0` and, on the next line, each document the built-in rules encode
/// with its date (`-V` and the man page show the number alone).
fn version() -> String {
    let documents = match crate::builtin_rules::load() {
        Ok(rules) => rules
            .documents()
            .iter()
            .map(|d| match d.date {
                Some(date) => format!("{} ({date})", d.file),
                None => format!("{} (undated)", d.file),
            })
            .collect::<Vec<_>>()
            .join(", "),
        Err(e) => format!("(the built-in rules do not load: {e})"),
    };
    format!("{}\nrules encode: {documents}", env!("CARGO_PKG_VERSION"))
}

#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Output format: tables for people, JSON for scripts.
    #[arg(long, global = true, value_enum, value_parser = loose::<Format>(), default_value_t = Format::Table)]
    pub format: Format,
    /// Shorthand for `--format json`.
    #[arg(long, global = true)]
    pub json: bool,
    /// Tables: add the background to the answer (what the terms mean, the policies around
    /// it, the severity's impact and examples). JSON always carries all of it.
    #[arg(long, global = true)]
    pub details: bool,
    /// Layer the rule files of DIR over the built-in rules: a rule of the same kind and
    /// key replaces the built-in one, others are added.
    #[arg(long, global = true, value_name = "DIR", env = "SUPPORT_ADVISOR_RULES")]
    pub rules: Option<PathBuf>,
    /// Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run,
    /// every ticket of a batch included; default: each answer's own instant (`--at`, a
    /// ticket's `submitted`), else now. Matters where the rules hold several versions of
    /// a document (`--rules DIR` with a revision).
    #[arg(long, global = true, value_name = "YYYY-MM-DD", value_parser = date_arg)]
    pub as_of: Option<NaiveDate>,
    /// The instant taken as "now" (RFC 3339); default: the system clock. Read by the
    /// commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and
    /// `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW`
    /// never stops the others.
    #[arg(
        long,
        global = true,
        value_name = "RFC3339",
        env = "SUPPORT_ADVISOR_NOW"
    )]
    pub now: Option<String>,
    /// Whether `now` came from `SUPPORT_ADVISOR_NOW` rather than `--now` typed: the
    /// variable is ambient, and only the commands that read the time read it.
    #[arg(skip)]
    pub now_from_env: bool,
    /// The zone times are shown in (default: the system's zone, `TZ` honoured): an IANA
    /// name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk's
    /// (Pacific Time (US & Canada), as Zendesk and Freshdesk write it).
    #[arg(long, global = true, value_name = "IANA_ZONE", value_parser = zone_arg)]
    pub tz: Option<Tz>,
    /// Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or
    /// never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always.
    #[arg(long, global = true, value_enum, value_parser = loose::<ColorChoice>(), default_value_t = ColorChoice::Auto, visible_alias = "colour")]
    pub color: ColorChoice,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Table,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// The whole answer for one incident: where to file, when the response is due, who is
    /// there now in your language, the fastest way, what is asked of you, caveats.
    #[command(after_help = "Examples:\n  \
        support-advisor advise --product dynamics-365 --plan premier --sev A\n  \
        support-advisor advise --product power-platform --plan prodirect --sev B \\\n      --language es --tz Europe/Madrid\n  \
        support-advisor advise --product power-bi --plan powerbi-premium --sev A \\\n      --at 2026-11-28T22:00:00+01:00 --region emea\n  \
        support-advisor advise --product dynamics-365 --plan premier --sev A \\\n      --ics due.ics")]
    Advise(AdviseArgs),
    /// Where to file a support request: portal or channel, steps, who may file.
    #[command(after_help = "Examples:\n  \
        support-advisor where --product dynamics-365 --plan premier\n  \
        support-advisor where --product business-central\n  \
        support-advisor where --product licensing --channel csp\n  \
        support-advisor where --product power-platform --partner")]
    Where(WhereArgs),
    /// The initial-response target for a plan and severity, and how it counts.
    #[command(after_help = "Examples:\n  \
        support-advisor sla --plan prodirect --sev B\n  \
        support-advisor sla --plan prodirect --sev B \\\n      --at 2026-11-27T16:30:00+01:00 --region emea --explain\n  \
        support-advisor sla --minutes 90 --region emea \\\n      --at 2026-11-27T16:30:00+01:00\n  \
        support-advisor sla --plan prodirect --sev B --region emea \\\n      --at 2026-11-27T16:30:00+01:00 --responded 2026-11-30T08:15:00+01:00\n  \
        support-advisor sla --batch --holidays emea=nl.ics \\\n      --holidays north-america=us.ics < tickets.jsonl\n  \
        support-advisor sla --plan powerbi-premium --sev A --json")]
    Sla(SlaArgs),
    /// Local business hours by region, and the languages served; open or closed at an instant.
    #[command(after_help = "Examples:\n  \
        support-advisor hours\n  \
        support-advisor hours japan\n  \
        support-advisor hours --region emea --at 2026-11-27T16:30:00+01:00\n  \
        support-advisor hours --chart --tz Europe/Amsterdam")]
    Hours(HoursArgs),
    /// May a closed incident be reopened, or must a new one be filed? Exit 1 unless reopen.
    #[command(after_help = "Examples:\n  \
        support-advisor can-reopen --closed 2026-10-01\n  \
        support-advisor can-reopen --closed 2026-08-01 --on 2026-11-25 \\\n      --build-changed")]
    CanReopen(ReopenArgs),
    /// Every plan and support option, with what it includes and its severities.
    #[command(after_help = "Examples:\n  support-advisor plans\n  support-advisor plans --json")]
    Plans,
    /// Phone lines: numbers, and each desk's languages and hours.
    #[command(after_help = "Examples:\n  \
        support-advisor contact\n  \
        support-advisor contact --product office-365-germany")]
    Contact(ContactArgs),
    /// Partner support incidents by MPN membership and competency.
    #[command(after_help = "Examples:\n  \
        support-advisor partner\n  \
        support-advisor partner --membership gold --competency cloud")]
    Partner(PartnerArgs),
    /// Every identifier the other commands take: plans, severities, products, regions, …
    #[command(after_help = "Examples:\n  \
        support-advisor ids\n  \
        support-advisor ids plans\n  \
        support-advisor ids severities --json")]
    Ids(IdsArgs),
    /// The documents' other answers; without a topic, the list of topics.
    #[command(after_help = "Examples:\n  \
        support-advisor policy\n  \
        support-advisor policy preview")]
    Policy(PolicyArgs),
    /// Work with rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// What a holiday file closes in a range: each day or stretch of hours, its name and categories.
    #[command(after_help = "Examples:\n  \
        support-advisor holidays nl.ics\n  \
        support-advisor holidays nl.ics --from 2026-01-01 --to 2026-12-31 \\\n      --holiday-category 'Algemeen Erkende Feestdag'\n  \
        support-advisor holidays company.txt --json")]
    Holidays(HolidaysArgs),
    /// Print the shell completion script (bash, zsh, fish, powershell, elvish).
    #[command(after_help = "Examples:\n  \
        support-advisor completions bash \\\n      > ~/.local/share/bash-completion/completions/support-advisor\n  \
        support-advisor completions zsh > ~/.zfunc/_support-advisor")]
    Completions {
        #[arg(value_parser = loose::<clap_complete::Shell>())]
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff).
    #[command(
        after_help = "Example:\n  support-advisor man > support-advisor.1 && man ./support-advisor.1"
    )]
    Man,
}

#[derive(Debug, Args)]
pub struct WhereArgs {
    /// The product or request kind (`support-advisor ids` lists them).
    #[arg(long, value_name = "PRODUCT")]
    pub product: String,
    /// Your support plan; without it, every route for the product is shown.
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,
    #[command(flatten)]
    pub audience: AudienceArgs,
    /// The request is about a public preview (beta) feature: add what the documents say of
    /// support for previews.
    #[arg(long)]
    pub preview: bool,
}

/// Who files, and for licensing how the licences were bought: what picks among the routes
/// of `where` and `advise`.
#[derive(Debug, Args)]
pub struct AudienceArgs {
    /// For licensing: how the licences were bought (`support-advisor ids channels`).
    #[arg(long, value_name = "CHANNEL")]
    pub channel: Option<String>,
    /// You are a Microsoft partner acting for a customer: add the partner routes.
    #[arg(long)]
    pub partner: bool,
    /// What the request is about: a technical problem (the default), billing, or
    /// subscription management; each goes to its own route and desk where a document
    /// distinguishes them (decided reading 20).
    #[arg(long, value_name = "ABOUT", value_parser = loose::<AboutArg>(), default_value = "technical")]
    pub about: AboutArg,
}

/// What a request is about (`--about`), as typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AboutArg {
    /// A technical problem: what the initial-response tables promise a response to.
    Technical,
    /// Billing.
    Billing,
    /// Subscription management (the documents name it with billing).
    Subscription,
}

impl AboutArg {
    /// The rules' kind: billing and subscription management are one in the documents.
    pub fn about(self) -> crate::rules::model::About {
        match self {
            AboutArg::Technical => crate::rules::model::About::Technical,
            AboutArg::Billing | AboutArg::Subscription => crate::rules::model::About::Billing,
        }
    }
}

/// Whether a severity A problem's immediate production impact can be demonstrated: the
/// condition on Power BI's one-hour level ("alleen … ernstniveau A, waarvoor … moet kunnen
/// worden aangetoond"; decided reading 14a).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ProductionImpact {
    /// It can be demonstrated: the one-hour level holds.
    Demonstrated,
    /// It cannot: the level is one business day.
    NotDemonstrated,
}

impl ProductionImpact {
    /// Whether the target's condition is met.
    pub fn met(self) -> bool {
        self == ProductionImpact::Demonstrated
    }
}

#[derive(Debug, Args)]
pub struct AdviseArgs {
    /// The product or request kind (`support-advisor ids products`).
    #[arg(long, value_name = "PRODUCT")]
    pub product: String,
    /// Your support plan (`support-advisor ids plans`); may be left out only for a product
    /// no plan gives targets for (Microsoft 365, Office 365 Germany).
    #[arg(long, value_name = "PLAN")]
    pub plan: Option<String>,
    /// The severity: A, B, C, critical or standard.
    #[arg(long, visible_alias = "severity", value_name = "SEV")]
    pub sev: String,
    /// The language you want support in: a name or ISO 639-1 code (`es`, `Spanish`, `nl`);
    /// default: English.
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
    #[command(flatten)]
    pub audience: AudienceArgs,
    /// The request is about a public preview (beta) feature: break-fix only, English only,
    /// no 24/7, and no response target applies (decided reading 16).
    #[arg(long)]
    pub preview: bool,
    /// For a level that depends on it (Power BI severity A): whether the immediate
    /// production impact can be demonstrated; not said, it is assumed and the answer says so.
    #[arg(long, value_name = "IMPACT", value_parser = loose::<ProductionImpact>())]
    pub production_impact: Option<ProductionImpact>,
    #[command(flatten)]
    pub clock: ClockArgs,
    /// Also write the response's due instant as an iCalendar event with a reminder to FILE
    /// (`-` for stdout, instead of the answer).
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub ics: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SlaArgs {
    /// The support plan or option.
    #[arg(long, value_name = "PLAN", required_unless_present_any = ["minutes", "batch"])]
    pub plan: Option<String>,
    /// The severity: A, B, C, critical or standard.
    #[arg(long, visible_alias = "severity", value_name = "SEV", required_unless_present_any = ["minutes", "batch"])]
    pub sev: Option<String>,
    /// The product, where a plan's target depends on it (e.g. `power-bi` with `premier`).
    #[arg(long, value_name = "PRODUCT")]
    pub product: Option<String>,
    #[command(flatten)]
    pub clock: ClockArgs,
    /// Show step by step how the due instant was reached.
    #[arg(long, requires = "at")]
    pub explain: bool,
    /// When Microsoft first responded (the forms --at reads; a time without an offset is
    /// read in --tz): the answer adds the time that counted from --at to it and whether
    /// the target was met.
    #[arg(long, value_name = "RFC3339", value_parser = at_arg, requires = "at", conflicts_with = "batch")]
    pub responded: Option<At>,
    /// The request is about a public preview (beta) feature: break-fix only, English only,
    /// no 24/7, and no response target applies (decided reading 16).
    #[arg(long, conflicts_with_all = ["minutes", "batch", "explain"])]
    pub preview: bool,
    /// For a level that depends on it (Power BI severity A): whether the immediate
    /// production impact can be demonstrated; not said, it is assumed and the answer says so.
    #[arg(long, value_name = "IMPACT", value_parser = loose::<ProductionImpact>(), conflicts_with_all = ["minutes", "batch"])]
    pub production_impact: Option<ProductionImpact>,
    /// What the request is about: a technical problem (the default), or billing or
    /// subscription management, which have a target only where a document gives one
    /// (21Vianet; decided reading 20).
    #[arg(long, value_name = "ABOUT", value_parser = loose::<AboutArg>(), default_value = "technical", conflicts_with_all = ["minutes", "batch"])]
    pub about: AboutArg,
    /// Your own target: N business minutes on the region's calendar, instead of a plan.
    #[arg(
        long,
        value_name = "N",
        conflicts_with_all = ["plan", "sev", "product"],
        requires = "at",
        value_parser = clap::value_parser!(u32).range(1..=i64::from(crate::rules::model::MAX_TARGET_MINUTES))
    )]
    pub minutes: Option<u32>,
    /// Read tickets as JSON Lines on stdin and write one answer a line (see the README).
    #[arg(long, conflicts_with_all = ["plan", "sev", "product", "at", "explain", "minutes"])]
    pub batch: bool,
    /// With --batch: read and write CSV with a header row instead of JSON Lines.
    #[arg(long)]
    pub csv: bool,
    /// With --batch: read a helpdesk's CSV export as the TOML profile FILE says (its
    /// columns, priority → severity, time format and zone; see examples/profiles/).
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub profile: Option<PathBuf>,
    /// With --batch --csv: the separator, `,` `;` `|` or `tab` (default: detected from the
    /// header row and said on stderr); the output is written with it.
    #[arg(long, value_name = "SEP", value_parser = crate::batch::delimiter_arg)]
    pub delimiter: Option<u8>,
    /// With --batch: the zone the tickets' times are written in when they have no offset
    /// (before each ticket's time_zone and --tz).
    #[arg(long, value_name = "IANA_ZONE", value_parser = zone_arg)]
    pub input_tz: Option<Tz>,
    /// With --batch: how `submitted` is written, as a strftime format such as
    /// '%d/%m/%Y %H:%M' (day-first and month-first dates are never guessed).
    #[arg(long, value_name = "FORMAT", value_parser = crate::time::time_format_arg)]
    pub time_format: Option<String>,
    /// With --batch: the threads answering tickets (default: the available cores); the
    /// output keeps the input's order.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=256))]
    pub jobs: Option<u16>,
    /// With --batch: the number of the input's first line, when it is a chunk of a larger
    /// file (error lines and the summary then name the larger file's lines).
    #[arg(long, value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u64).range(1..=u64::from(u32::MAX)))]
    pub first_line: u64,
}

#[derive(Debug, Args)]
pub struct HoursArgs {
    /// One region, as --region says it (`hours japan` is `hours --region japan`).
    #[arg(value_name = "REGION", conflicts_with_all = ["region", "chart"])]
    pub region_given: Option<String>,
    #[command(flatten)]
    pub clock: ClockArgs,
    /// Draw one 24-hour strip per region and desk for a day, in --tz, with now marked.
    #[arg(long, conflicts_with_all = ["at", "region"])]
    pub chart: bool,
    /// The day to chart (YYYY-MM-DD, in --tz); default: today.
    #[arg(long, value_name = "YYYY-MM-DD", requires = "chart", value_parser = date_arg)]
    pub day: Option<NaiveDate>,
}

/// What `sla`, `hours` and `advise` take: an instant, a region and holiday files.
#[derive(Debug, Args)]
pub struct ClockArgs {
    /// The instant (RFC 3339, or `now`; a space for `T`, `+0100` and `UTC` are read too,
    /// and a date and time without an offset is read in --tz): for `sla` and `advise`, when the request was
    /// submitted (the answer then says when the response is due; `advise` defaults to now);
    /// for `hours`, whether support is open then.
    #[arg(long, value_name = "RFC3339", value_parser = at_arg)]
    pub at: Option<At>,
    /// The customer's region, whose business hours count (default for `sla` and `advise`:
    /// inferred from --tz; for `hours`: every region).
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    #[command(flatten)]
    pub holidays: HolidayArgs,
}

/// The holiday files of `sla` and `hours`.
#[derive(Debug, Args)]
pub struct HolidayArgs {
    /// Holidays that close business-hours calendars: iCalendar (.ics), one YYYY-MM-DD a
    /// line, or CSV of name,start_date,end_date ranges. REGION=FILE applies a file to that region's calendar only; a bare FILE to every
    /// calendar without its own. Repeatable.
    #[arg(long = "holidays", value_name = "[REGION=]FILE", value_parser = holiday_spec, value_hint = clap::ValueHint::FilePath)]
    pub files: Vec<crate::holidays::HolidaySpec>,
    /// Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable).
    #[arg(long = "holiday-category", value_name = "CAT", requires = "files", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub categories: Vec<String>,
    /// Working days that open a day the week leaves closed (make-up days of Chinese
    /// calendars), on the region's usual hours: the all-day events of FILE (REGION=FILE as
    /// for --holidays). Repeatable.
    #[arg(long = "working-days", value_name = "[REGION=]FILE", value_parser = holiday_spec, value_hint = clap::ValueHint::FilePath)]
    pub working_days: Vec<crate::holidays::HolidaySpec>,
    /// The --holidays files' events with this CATEGORIES value open days instead of
    /// closing them (repeatable).
    #[arg(long = "working-day-category", value_name = "CAT", requires = "files", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub working_categories: Vec<String>,
}

/// `[REGION=]FILE` as a clap value parser.
fn holiday_spec(text: &str) -> Result<crate::holidays::HolidaySpec, String> {
    text.parse()
}

#[derive(Debug, Args)]
pub struct HolidaysArgs {
    /// The holiday file: iCalendar (.ics), one YYYY-MM-DD a line, or CSV of
    /// name,start_date,end_date ranges; `-` reads it from standard input.
    #[arg(value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub file: PathBuf,
    /// The first day to list (YYYY-MM-DD); default: today, in --tz.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date_arg)]
    pub from: Option<NaiveDate>,
    /// The last day to list (YYYY-MM-DD); default: a year after --from, less a day.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date_arg)]
    pub to: Option<NaiveDate>,
    /// Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable).
    #[arg(long = "holiday-category", value_name = "CAT", value_parser = clap::builder::NonEmptyStringValueParser::new())]
    pub categories: Vec<String>,
}

#[derive(Debug, Args)]
pub struct ReopenArgs {
    /// The day the incident was closed (YYYY-MM-DD).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date_arg)]
    pub closed: NaiveDate,
    /// The day of the question (YYYY-MM-DD); default: today, from `--now` in `--tz`.
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = date_arg)]
    pub on: Option<NaiveDate>,
    /// Another build since, or security updates, patches or hotfixes installed.
    #[arg(long)]
    pub build_changed: bool,
    /// The problem occurs on another machine, for another user or with another document.
    #[arg(long)]
    pub other_environment: bool,
    /// A new error after a hotfix or after trying the incident's suggestions.
    #[arg(long)]
    pub new_error: bool,
}

#[derive(Debug, Args)]
pub struct ContactArgs {
    /// One phone line by id, or a country by name or ISO code (`netherlands`, `NL`): the
    /// lines that serve it; omit it for every line.
    pub line: Option<String>,
    /// Only the lines for this product.
    #[arg(long, value_name = "PRODUCT")]
    pub product: Option<String>,
}

#[derive(Debug, Args)]
pub struct PartnerArgs {
    /// The MPN membership: action-pack, silver or gold.
    #[arg(long, value_name = "MEMBERSHIP")]
    pub membership: Option<String>,
    /// Whether the partner's competencies are cloud competencies.
    #[arg(long, value_enum, value_parser = loose::<CompetencyArg>())]
    pub competency: Option<CompetencyArg>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CompetencyArg {
    Cloud,
    Other,
}

#[derive(Debug, Args)]
pub struct IdsArgs {
    /// One kind only: plans, severities, products, channels, regions, memberships,
    /// phone-lines or topics (singular too, any case).
    #[arg(value_name = "KIND")]
    pub kind: Option<String>,
}

#[derive(Debug, Args)]
pub struct PolicyArgs {
    /// The topic; omit it to list the topics.
    pub topic: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum RulesCommand {
    /// Validate rule files (default: the built-in rules); every problem with file:line:column.
    #[command(
        after_help = "Examples:\n  support-advisor rules check\n  support-advisor rules check ./my-rules"
    )]
    Check {
        /// The directory of `*.toml` rule files to check.
        dir: Option<PathBuf>,
    },
    /// Write the built-in rule files into DIR, as a starting point for your own rules.
    #[command(after_help = "Example:\n  support-advisor rules dump ./my-rules")]
    Dump {
        /// The directory to write into (created if missing; existing files are kept).
        dir: PathBuf,
    },
    /// For each document, every section heading and the rules that cite it; with
    /// --document FILE, a newer copy of a document against the rules.
    #[command(
        after_help = "Examples:\n  support-advisor rules coverage --json\n  support-advisor rules coverage --document support-overview.md"
    )]
    Coverage(CoverageArgs),
    /// Every answer that changes between two rule sets, before → after with both sources:
    /// targets, regions' hours, language desks, routes, phone lines, reopen rules, partner
    /// allowances. Before: the built-in rules (with --rules A, A layered over them); after:
    /// the built-in rules with B layered over them. Exit 0 when nothing changes, 1 when
    /// something does.
    #[command(after_help = "Examples:\n  \
        support-advisor rules diff --against ./my-rules\n  \
        support-advisor --rules ./ours rules diff --against ./theirs --json")]
    Diff {
        /// The directory of `*.toml` rule files layered over the built-in rules for the
        /// "after" side, as `--rules DIR` layers them.
        #[arg(long, value_name = "DIR")]
        against: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct CoverageArgs {
    /// A newer copy of a document (Markdown as the vendor publishes it, or plain text
    /// with headings on lines of their own): the sections the rules cite that it no
    /// longer has, and its sections that no rule cites.
    #[arg(long, value_name = "FILE", value_hint = clap::ValueHint::FilePath)]
    pub document: Option<PathBuf>,
    /// The rules' document FILE is a version of (default: the one whose title it has,
    /// else the one sharing the most headings).
    #[arg(long = "doc", value_name = "ID", requires = "document")]
    pub doc: Option<String>,
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        super::command().debug_assert();
    }
}
