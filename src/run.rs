//! Runs a parsed command line: resolve the options, answer, render.

use serde::Serialize;

use std::io;

use crate::answer::due_instant::DueQuery;
use crate::answer::{self, Answer, Outcome};
use crate::batch;
use crate::cli::{
    AdviseArgs, Cli, Command, CompetencyArg, ContactArgs, CoverageArgs, Format, HolidaysArgs,
    HoursArgs, IdsArgs, PartnerArgs, PolicyArgs, ProductionImpact, ReopenArgs, RulesCommand,
    SlaArgs, WhereArgs,
};
use crate::clock::calendar_choice::Whereabouts;
use crate::context::{self, Context};
use crate::holidays::{Catalog, HolidayFile};
use crate::render::style::Style;
use crate::rules::model::Competency;
use crate::rules::{Diagnostics, RuleSet, RuleText};

/// What a command prints on stdout, and how the exit status reads it.
pub struct Rendered {
    pub text: String,
    pub outcome: Outcome,
}

/// Answers a parsed command line. The commands about the tool itself (`man`,
/// `completions`, `rules check`, `rules dump`) run without a [`Context`]; the others get
/// one, resolved once.
pub fn run(cli: Cli, style: Style) -> anyhow::Result<Rendered> {
    let command = match cli.command {
        Command::Man => {
            return Ok(Rendered {
                text: crate::man::page()?,
                outcome: Outcome::Answered,
            })
        }
        // The ids offered are the built-in rules' whatever the environment says.
        Command::Completions { shell } => {
            return Ok(Rendered {
                text: crate::completions::script(&crate::builtin_rules::load()?, shell),
                outcome: Outcome::Answered,
            })
        }
        Command::Rules(RulesCommand::Dump { dir }) => {
            return dump_rules(&dir, context::output_format(&cli.global), &style)
        }
        Command::Rules(RulesCommand::Check { dir }) => {
            return check_rules(
                dir.as_deref().or(cli.global.rules.as_deref()),
                context::output_format(&cli.global),
                &style,
            )
        }
        Command::Rules(RulesCommand::Coverage(args)) => Answering::Coverage(args),
        Command::Rules(RulesCommand::Diff { against }) => Answering::RulesDiff {
            from: cli.global.rules.clone(),
            against,
        },
        Command::Advise(args) => Answering::Advise(args),
        Command::Where(args) => Answering::Where(args),
        Command::Sla(args) => Answering::Sla(args),
        Command::Hours(args) => Answering::Hours(args),
        Command::Holidays(args) => Answering::Holidays(args),
        Command::CanReopen(args) => Answering::CanReopen(args),
        Command::Plans => Answering::Plans,
        Command::Contact(args) => Answering::Contact(args),
        Command::Partner(args) => Answering::Partner(args),
        Command::Ids(args) => Answering::Ids(args),
        Command::Policy(args) => Answering::Policy(args),
    };
    let ctx = Context::new(&cli.global, style, command.reads_time())?;
    answer(&ctx, command)
}

/// The commands that answer from the rules, once the context is resolved.
enum Answering {
    Advise(AdviseArgs),
    Where(WhereArgs),
    Sla(SlaArgs),
    Hours(HoursArgs),
    Holidays(HolidaysArgs),
    CanReopen(ReopenArgs),
    Plans,
    Contact(ContactArgs),
    Partner(PartnerArgs),
    Ids(IdsArgs),
    Policy(PolicyArgs),
    Coverage(CoverageArgs),
    /// `rules diff`: the global rules (`from`, layered over the built-in ones) against
    /// the built-in rules with `against` layered over them.
    RulesDiff {
        from: Option<std::path::PathBuf>,
        against: std::path::PathBuf,
    },
}

impl Answering {
    /// Whether the command answers about a time ("now", a day, a due instant), and so
    /// reads `--now` / `SUPPORT_ADVISOR_NOW`.
    fn reads_time(&self) -> bool {
        match self {
            Answering::Advise(_) | Answering::Sla(_) => true,
            Answering::Hours(args) => args.chart || args.clock.at.is_some(),
            Answering::Holidays(args) => args.from.is_none(),
            Answering::CanReopen(args) => args.on.is_none(),
            Answering::Where(_)
            | Answering::Plans
            | Answering::Contact(_)
            | Answering::Partner(_)
            | Answering::Ids(_)
            | Answering::Policy(_)
            | Answering::Coverage(_)
            | Answering::RulesDiff { .. } => false,
        }
    }
}

fn answer(ctx: &Context, command: Answering) -> anyhow::Result<Rendered> {
    // Questions about no instant take the rules in force now (or on `--as-of`); those
    // about an instant or a day take that day's.
    let rules = ctx.rules();
    match command {
        Answering::Advise(args) => advise(ctx, &args),
        Answering::Where(args) => where_to(ctx, &args),
        Answering::Sla(args) => sla(ctx, &args),
        Answering::Hours(args) => hours(ctx, &args),
        Answering::Holidays(args) => holidays(ctx, &args),
        Answering::CanReopen(args) => can_reopen(ctx, &args),
        Answering::Plans => render(ctx, &answer::plans::answer(rules)),
        Answering::Contact(args) => render(
            ctx,
            &answer::contact::answer(rules, args.line.as_deref(), args.product.as_deref())?,
        ),
        Answering::Partner(args) => partner(ctx, &args),
        Answering::Coverage(args) => match &args.document {
            Some(file) => render(
                ctx,
                &answer::coverage::revision::answer(rules, file, args.doc.as_deref())?,
            ),
            None => render(ctx, &answer::coverage::answer(rules)),
        },
        Answering::RulesDiff { from, against } => rules_diff(ctx, from, against),
        Answering::Ids(args) => render(ctx, &answer::ids::answer(rules, args.kind.as_deref())?),
        Answering::Policy(args) => match &args.topic {
            Some(topic) => render(ctx, &answer::policy::answer(rules, topic)?),
            None => render(ctx, &answer::policy::list(rules)),
        },
    }
}

fn where_to(ctx: &Context, args: &WhereArgs) -> anyhow::Result<Rendered> {
    let rules = ctx.rules();
    render(
        ctx,
        &answer::where_to::answer(
            rules,
            &answer::where_to::WhereQuery {
                product: &args.product,
                plan: args.plan.as_deref(),
                channel: args.audience.channel.as_deref(),
                partner: args.audience.partner,
                preview: args.preview,
                about: args.audience.about.about(),
            },
        )?,
    )
}

/// `hours`: the regions' hours, with `--at` who is open at an instant, with `--chart` a
/// day's chart.
fn hours(ctx: &Context, args: &HoursArgs) -> anyhow::Result<Rendered> {
    let rules = ctx.rules();
    let clock = &args.clock;
    // `hours japan` is `hours --region japan` (clap keeps the two apart).
    let region = clock.region.as_deref().or(args.region_given.as_deref());
    let holidays = Catalog::from_args(&clock.holidays, rules)?;
    match (clock.at, args.chart) {
        (_, true) => {
            let query = answer::chart::ChartQuery {
                day: args
                    .day
                    .unwrap_or_else(|| ctx.now.with_timezone(&ctx.zone).date_naive()),
                zone: ctx.zone,
                zone_given: ctx.customer_zone.is_some(),
                now: ctx.now,
                holidays: &holidays,
                width: ctx.style.width,
            };
            let rules = ctx.versions.on(ctx.as_of.unwrap_or(query.day));
            render(ctx, &answer::chart::chart(rules, &query)?)
        }
        (Some(at), false) => {
            let at = at
                .resolve(ctx.now, ctx.zone, ctx.customer_zone)?
                .with_timezone(&chrono::Utc);
            let answer = answer::hours::at(
                ctx.rules_at(at),
                region,
                at,
                ctx.customer_zone,
                ctx.zone,
                &holidays,
            )?;
            render(ctx, &answer)
        }
        (None, false) => render(
            ctx,
            &answer::hours::table(rules, region, ctx.customer_zone)?,
        ),
    }
}

fn holidays(ctx: &Context, args: &HolidaysArgs) -> anyhow::Result<Rendered> {
    let rules = ctx.rules();
    // `-` reads the file from standard input, as `--ics -` writes to stdout.
    let file = if args.file.as_os_str() == "-" {
        HolidayFile::parse("standard input", &read_stdin_file()?, &args.categories)?
    } else {
        HolidayFile::load(&args.file, &args.categories)?
    };
    let from = args
        .from
        .unwrap_or_else(|| ctx.now.with_timezone(&ctx.zone).date_naive());
    let to = args
        .to
        .unwrap_or_else(|| answer::holidays::default_to(from));
    render(ctx, &answer::holidays::list(rules, &file, from, to)?)
}

fn can_reopen(ctx: &Context, args: &ReopenArgs) -> anyhow::Result<Rendered> {
    let facts = answer::reopen::Facts {
        closed: args.closed,
        on: args
            .on
            .unwrap_or_else(|| ctx.now.with_timezone(&ctx.zone).date_naive()),
        build_changed: args.build_changed,
        other_environment: args.other_environment,
        new_error: args.new_error,
    };
    let rules = ctx.versions.on(ctx.as_of.unwrap_or(facts.on));
    render(ctx, &answer::reopen::answer(rules, &facts)?)
}

fn partner(ctx: &Context, args: &PartnerArgs) -> anyhow::Result<Rendered> {
    let rules = ctx.rules();
    let competency = args.competency.map(|c| match c {
        CompetencyArg::Cloud => Competency::Cloud,
        CompetencyArg::Other => Competency::Other,
    });
    render(
        ctx,
        &answer::partner::answer(rules, args.membership.as_deref(), competency)?,
    )
}

/// `rules diff`: the global rules against the built-in ones with `against` layered over
/// them.
fn rules_diff(
    ctx: &Context,
    from: Option<std::path::PathBuf>,
    against: std::path::PathBuf,
) -> anyhow::Result<Rendered> {
    let rules = ctx.rules();
    // Both sides as in force on one day: now's, or --as-of's.
    let after = context::load_layered(&against)?;
    let day = ctx.as_of.unwrap_or_else(|| ctx.now.date_naive());
    let versioned = after.is_versioned() || ctx.versions.is_versioned();
    let after = after.on(day);
    let from = from.map(|dir| dir.display().to_string());
    let against = against.display().to_string();
    let sides = answer::rules_diff::Sides {
        from: from.as_deref(),
        against: &against,
        day: versioned.then_some(day),
    };
    render(ctx, &answer::rules_diff::diff(rules, after, &sides))
}

/// A holiday file on standard input (`holidays -`), read to the limit a file on disk has
/// and no further: a stream that never ends (`< /dev/zero`) stops there with one line.
fn read_stdin_file() -> anyhow::Result<Vec<u8>> {
    use std::io::Read;
    let limit = crate::holidays::MAX_FILE_BYTES;
    let stdin = io::stdin();
    if std::io::IsTerminal::is_terminal(&stdin) {
        eprintln!("support-advisor: reading the holiday file from standard input; end with Ctrl-D");
    }
    let mut bytes = Vec::new();
    stdin
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| anyhow::anyhow!("cannot read the holiday file from standard input: {e}"))?;
    if bytes.len() as u64 > limit {
        anyhow::bail!(
            "the holiday file on standard input is over {} MiB: at most {} MiB is read",
            limit >> 20,
            limit >> 20
        );
    }
    Ok(bytes)
}

/// `advise`: the answer, and with `--ics FILE` the due instant as a calendar event (on
/// stdout instead of the answer for `-`).
fn advise(ctx: &Context, args: &AdviseArgs) -> anyhow::Result<Rendered> {
    use anyhow::Context as _;
    let holidays = Catalog::from_args(&args.clock.holidays, ctx.rules())?;
    let query = answer::advise::AdviseQuery {
        product: &args.product,
        plan: args.plan.as_deref(),
        severity: &args.sev,
        language: args.language.as_deref(),
        channel: args.audience.channel.as_deref(),
        partner: args.audience.partner,
        about: args.audience.about.about(),
        preview: args.preview,
        condition_met: args.production_impact.map(ProductionImpact::met),
        at: match args.clock.at {
            Some(at) => at.resolve(ctx.now, ctx.zone, ctx.customer_zone)?,
            None => ctx.now.with_timezone(&ctx.zone).fixed_offset(),
        },
        at_given: args.clock.at.is_some(),
        whereabouts: Whereabouts {
            region: args.clock.region.as_deref(),
            customer_zone: ctx.customer_zone,
            default_zone: ctx.zone,
        },
        holidays: &holidays,
        now: ctx.now,
        shown: ctx.zone,
    };
    let rules = ctx.rules_at(query.at.with_timezone(&chrono::Utc));
    let day = ctx.as_of.unwrap_or_else(|| query.at.naive_utc().date());
    let advice = answer::advise::advise(rules, &query);
    let advice = other_versions(ctx, day, advice, |rules| {
        answer::advise::advise(rules, &query).is_ok()
    })?;
    let Some(path) = &args.ics else {
        return render(ctx, &advice);
    };
    if path.as_os_str() == "-" && ctx.format == Format::Json {
        anyhow::bail!(
            "--ics - writes the calendar event on stdout, where --json writes the answer: give --ics FILE with --json"
        );
    }
    let event = answer::advise::ics::event(&advice, ctx.now)?;
    if advice.response.due().is_some_and(|due| due < ctx.now) {
        eprintln!("support-advisor: note: the calendar event is for a due instant that has passed");
    }
    if path.as_os_str() == "-" {
        return Ok(Rendered {
            text: event,
            outcome: Outcome::Answered,
        });
    }
    std::fs::write(path, &event)
        .with_context(|| format!("cannot write the calendar event to `{}`", path.display()))?;
    let mut rendered = render(ctx, &advice)?;
    if ctx.format == Format::Table {
        rendered.text.push_str(&format!(
            "Calendar event for the due instant written to {}.\n",
            crate::render::echo::escape(&path.display().to_string())
        ));
    }
    Ok(rendered)
}

fn sla(ctx: &Context, args: &SlaArgs) -> anyhow::Result<Rendered> {
    let clock = &args.clock;
    let holidays = Catalog::from_args(&clock.holidays, ctx.rules())?;
    let whereabouts = Whereabouts {
        region: clock.region.as_deref(),
        customer_zone: ctx.customer_zone,
        default_zone: ctx.zone,
    };
    if args.batch {
        return batch(ctx, args, &holidays, whereabouts);
    }
    let submitted = match clock.at {
        Some(at) => Some(at.resolve(ctx.now, ctx.zone, ctx.customer_zone)?),
        None => None,
    };
    let rules = match submitted {
        Some(submitted) => ctx.rules_at(submitted.with_timezone(&chrono::Utc)),
        None => ctx.rules(),
    };
    let responded = match (args.responded, submitted) {
        (Some(responded), Some(submitted)) => {
            let responded =
                responded.resolve_as("--responded", ctx.now, ctx.zone, ctx.customer_zone)?;
            let responded = responded.with_timezone(&chrono::Utc);
            let submitted = submitted.with_timezone(&chrono::Utc);
            let flags = ("--responded", "the submission, --at");
            if let Some(out_of_order) = answer::met::out_of_order(submitted, responded, flags) {
                anyhow::bail!(out_of_order.message().to_string());
            }
            Some(responded)
        }
        _ => None,
    };
    let clock = submitted.map(|submitted| DueQuery {
        submitted,
        whereabouts,
        holidays: &holidays,
        explain: args.explain,
        responded,
        now: ctx.now,
        shown: ctx.zone,
    });
    match (args.minutes, &args.plan, &args.sev, &clock) {
        (Some(minutes), _, _, Some(clock)) => {
            render(ctx, &answer::sla::minutes_answer(rules, minutes, clock)?)
        }
        (None, Some(plan), Some(severity), clock) => {
            let query = answer::sla::SlaQuery {
                plan,
                severity,
                product: args.product.as_deref(),
                preview: args.preview,
                condition_met: args.production_impact.map(ProductionImpact::met),
                about: args.about.about(),
            };
            let day = ctx.as_of.unwrap_or_else(|| match &clock {
                Some(clock) => clock.submitted.naive_utc().date(),
                None => ctx.now.date_naive(),
            });
            let answered = answer::sla::answer(rules, &query, clock.as_ref());
            let answered = other_versions(ctx, day, answered, |rules| {
                answer::sla::answer(rules, &query, clock.as_ref()).is_ok()
            })?;
            render(ctx, &answered)
        }
        _ => anyhow::bail!("give --plan and --sev, or --minutes with --at (see --help)"),
    }
}

/// An answer the rules in force on `day` cannot give, where another version of them can:
/// the error says which version, and how to ask it (`--as-of`).
fn other_versions<T>(
    ctx: &Context,
    day: chrono::NaiveDate,
    answered: Result<T, answer::Error>,
    answers: impl Fn(&crate::rules::RuleSet) -> bool,
) -> Result<T, answer::Error> {
    let error = match answered {
        Ok(answer) => return Ok(answer),
        Err(error) => error,
    };
    let versions = &ctx.versions;
    let in_force = versions.index_on(day);
    let other = versions
        .spans()
        .enumerate()
        .filter(|(i, _)| *i != in_force)
        .find(|(_, (_, rules))| answers(rules))
        .and_then(|(i, _)| versions.span_name(i));
    if let Some((that, as_of)) = other {
        return Err(error.noted(&format!(
            " (by the rules in force on {day}; the rules in force {that} answer it: give --as-of {as_of})"
        )));
    }
    Err(error)
}

/// `sla --batch`: the tickets on stdin answered on stdout; a line on stderr for what the
/// holiday files ignored, for counts past their last day, and for failed tickets.
fn batch(
    ctx: &Context,
    args: &SlaArgs,
    holidays: &Catalog,
    whereabouts: Whereabouts,
) -> anyhow::Result<Rendered> {
    note_holiday_caveats(holidays);
    let jobs = args.jobs.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize::from,
    );
    let profile = args
        .profile
        .as_deref()
        .map(batch::Profile::load)
        .transpose()?;
    if args.delimiter.is_some() && !(args.csv || profile.is_some()) {
        anyhow::bail!("--delimiter is for CSV: give --csv (or --profile) with it");
    }
    // A profile describes a CSV export.
    let csv = args.csv || profile.is_some();
    let options = batch::Options {
        format: if csv {
            batch::Format::Csv
        } else {
            batch::Format::JsonLines
        },
        jobs,
        first_line: args.first_line,
        defaults: batch::Defaults {
            region: whereabouts.region,
            customer_zone: whereabouts.customer_zone,
            default_zone: whereabouts.default_zone,
            input_zone: args.input_tz.or(profile.as_ref().and_then(|p| p.time_zone)),
            time_format: args
                .time_format
                .as_deref()
                .or(profile.as_ref().and_then(|p| p.time_format.as_deref())),
            severities: profile.as_ref().and_then(|p| p.severities.as_ref()),
            plan: profile.as_ref().and_then(|p| p.plan.as_deref()),
        },
        delimiter: args
            .delimiter
            .or(profile.as_ref().and_then(|p| p.delimiter)),
        profile: profile.as_ref(),
        as_of: ctx.as_of,
    };
    // Someone who typed `sla --batch` at a prompt would otherwise wait on silence.
    if std::io::IsTerminal::is_terminal(&io::stdin()) {
        eprintln!(
            "support-advisor: reading tickets from standard input ({}), one a line; end with Ctrl-D",
            if csv {
                "CSV with a header row"
            } else {
                "JSON Lines"
            }
        );
    }
    let summary = match batch::run(
        &ctx.versions,
        holidays,
        &options,
        io::stdin().lock(),
        io::stdout().lock(),
    ) {
        Ok(summary) => summary,
        Err(batch::BatchError::Output(e)) => return Err(crate::Error::Output(e).into()),
        Err(batch::BatchError::UnknownRegion(unknown)) => {
            return Err(crate::Error::UnknownId(unknown).into())
        }
        Err(e) => return Err(e.into()),
    };
    report_summary(ctx, &summary, csv);
    Ok(Rendered {
        text: String::new(),
        outcome: if summary.failed == 0 {
            Outcome::Answered
        } else {
            Outcome::Negative
        },
    })
}

/// Batch lines carry no notes: what the holiday files ignored goes to stderr, once.
fn note_holiday_caveats(holidays: &Catalog) {
    for file in holidays.files() {
        let report = answer::holiday_report::FilesReport::of(&[file]);
        for caveat in report.caveats(None) {
            eprintln!(
                "support-advisor: note: {}",
                crate::render::echo::escape(&caveat)
            );
        }
    }
}

/// What a batch run read, guessed and failed, on stderr.
fn report_summary(ctx: &Context, summary: &batch::Summary, csv: bool) {
    if let Some(delimiter) = summary.detected_delimiter {
        eprintln!(
            "support-advisor: note: the CSV is separated by `{}` (read from its header row; --delimiter says otherwise), and the output is too",
            if delimiter == b'\t' { "tab".to_string() } else { char::from(delimiter).to_string() }
        );
    }
    if summary.assumed_region > 0 {
        // A guess said where a person reads it (issue 20, kind 3).
        let zone = ctx.zone.name();
        eprintln!(
            "support-advisor: {} named no region or time_zone: counted on the region of this machine's zone {zone}, not the customer's; give --region or --tz, or a region or time_zone field",
            crate::render::text::count(summary.assumed_region as i64, "ticket", "tickets")
        );
    }
    if let Some((line, until)) = summary.first_past {
        eprintln!(
            "support-advisor: note: {} ticket{} counted past {until}, the last day the holiday files know of (first on line {line}): later days were counted as working days",
            summary.past_known_until,
            if summary.past_known_until == 1 { " was" } else { "s were" }
        );
    }
    if let Some(line) = summary.first_failed {
        eprintln!(
            "support-advisor: {} of {} failed (first on {} {line}); each has {}",
            summary.failed,
            crate::render::text::count(summary.tickets as i64, "ticket", "tickets"),
            if csv { "row" } else { "line" },
            if csv {
                "its `error` and `error_kind` columns"
            } else {
                "an error line"
            }
        );
    }
}

fn render<A: Answer>(ctx: &Context, answer: &A) -> anyhow::Result<Rendered> {
    Ok(Rendered {
        text: format_answer(ctx.format, answer, &ctx.style)?,
        outcome: answer.outcome(),
    })
}

fn format_answer<A: Answer>(format: Format, answer: &A, style: &Style) -> anyhow::Result<String> {
    Ok(match format {
        Format::Table => answer.table(style),
        Format::Json => json(answer)?,
    })
}

fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<String> {
    let mut text = serde_json::to_string_pretty(value)?;
    text.push('\n');
    Ok(text)
}

#[derive(Serialize)]
struct CheckReport {
    ok: bool,
    /// The files checked (a user's, layered over the built-in rules, or the built-in ones).
    files: Vec<String>,
    warnings: usize,
}

impl Answer for CheckReport {
    fn table(&self, _style: &Style) -> String {
        let files = crate::render::text::plural(self.files.len() as i64, "rule file");
        match self.warnings {
            0 => format!("ok: {files}, no problems found\n"),
            n => format!(
                "ok: {files}, {} and no errors\n",
                crate::render::text::plural(n as i64, "warning")
            ),
        }
    }
}

/// What `rules dump` wrote.
#[derive(Serialize)]
struct Dumped {
    /// The directory written into, as given.
    dir: String,
    /// The files written, each as `DIR/NAME`.
    files: Vec<String>,
}

impl Answer for Dumped {
    fn table(&self, _style: &Style) -> String {
        format!(
            "wrote {} rule files to {}\n",
            self.files.len(),
            crate::render::echo::escape(&self.dir)
        )
    }
}

/// `rules dump DIR`: the built-in rule files, written where a user can edit them. Files
/// already there are never overwritten.
fn dump_rules(dir: &std::path::Path, format: Format, style: &Style) -> anyhow::Result<Rendered> {
    use anyhow::Context as _;
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create `{}`", dir.display()))?;
    let texts = RuleSet::builtin_texts();
    let mut written = Vec::new();
    for file in &texts {
        let name = file.name.rsplit('/').next().unwrap_or(&file.name);
        let path = dir.join(name);
        if path.exists() {
            anyhow::bail!(
                "`{}` exists: rules dump writes into an empty directory and never overwrites",
                path.display()
            );
        }
        written.push(path);
    }
    for (file, path) in texts.iter().zip(&written) {
        std::fs::write(path, &file.text)
            .with_context(|| format!("cannot write `{}`", path.display()))?;
    }
    let dumped = Dumped {
        dir: dir.display().to_string(),
        files: written.iter().map(|p| p.display().to_string()).collect(),
    };
    Ok(Rendered {
        text: format_answer(format, &dumped, style)?,
        outcome: Outcome::Answered,
    })
}

/// `rules check`: every problem of a rule set, or a short report that there are none.
fn check_rules(
    dir: Option<&std::path::Path>,
    format: Format,
    style: &Style,
) -> anyhow::Result<Rendered> {
    let render = |problems: &Diagnostics, files: &[RuleText]| {
        if style.colour_stderr {
            problems.render_styled(files)
        } else {
            problems.render(files)
        }
    };
    let files = match dir.map(RuleSet::layered_texts) {
        Some(Ok(files)) => files,
        // Files that cannot be read are shown all, like the problems inside files.
        Some(Err(problems)) => {
            eprint!("{}", render(&problems, &[]));
            anyhow::bail!("{}", problems.summary());
        }
        None => RuleSet::builtin_texts(),
    };
    let problems = RuleSet::check_texts(&files);
    eprint!("{}", render(&problems, &files));
    if problems.has_errors() {
        anyhow::bail!("{}", problems.summary());
    }
    let report = CheckReport {
        ok: true,
        files: files
            .into_iter()
            .filter(|f| f.user || dir.is_none())
            .map(|f| f.name)
            .collect(),
        warnings: problems.0.len(),
    };
    Ok(Rendered {
        text: format_answer(format, &report, style)?,
        outcome: Outcome::Answered,
    })
}
