
use builtin;
use str;

set edit:completion:arg-completer[support-advisor] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'support-advisor'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'support-advisor'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand can-reopen 'May a closed incident be reopened, or must a new one be filed? Exit 1 unless reopen'
            cand plans 'Every plan and support option, with what it includes and its severities'
            cand rules 'Work with rule files'
            cand holidays 'What a holiday file closes in a range: each day or stretch of hours, its name and categories'
            cand completions 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the man page (roff)'
            cand sla 'The initial-response target for a plan and severity, and how it counts'
            cand advise 'The whole answer for one incident: where to file, when the response is due, who is there now in your language, the fastest way, what is asked of you, caveats'
            cand where 'Where to file a support request: portal or channel, steps, who may file'
            cand hours 'Local business hours by region, and the languages served; open or closed at an instant'
            cand ids 'Every identifier the other commands take: plans, severities, products, regions, …'
            cand contact 'Phone lines: numbers, and each desk''s languages and hours'
            cand partner 'Partner support incidents by MPN membership and competency'
            cand policy 'The documents'' other answers; without a topic, the list of topics'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'support-advisor;can-reopen'= {
            cand --closed 'The day the incident was closed (YYYY-MM-DD)'
            cand --on 'The day of the question (YYYY-MM-DD); default: today, from `--now` in `--tz`'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --build-changed 'Another build since, or security updates, patches or hotfixes installed'
            cand --other-environment 'The problem occurs on another machine, for another user or with another document'
            cand --new-error 'A new error after a hotfix or after trying the incident''s suggestions'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;plans'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;rules'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
            cand check 'Validate rule files (default: the built-in rules); every problem with file:line:column'
            cand dump 'Write the built-in rule files into DIR, as a starting point for your own rules'
            cand coverage 'For each document, every section heading and the rules that cite it; with --document FILE, a newer copy of a document against the rules'
            cand diff 'Every answer that changes between two rule sets, before → after with both sources: targets, regions'' hours, language desks, routes, phone lines, reopen rules, partner allowances. Before: the built-in rules (with --rules A, A layered over them); after: the built-in rules with B layered over them. Exit 0 when nothing changes, 1 when something does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'support-advisor;rules;check'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;rules;dump'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;rules;coverage'= {
            cand --document 'A newer copy of a document (Markdown as the vendor publishes it, or plain text with headings on lines of their own): the sections the rules cite that it no longer has, and its sections that no rule cites'
            cand --doc 'The rules'' document FILE is a version of (default: the one whose title it has, else the one sharing the most headings)'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;rules;diff'= {
            cand --against 'The directory of `*.toml` rule files layered over the built-in rules for the "after" side, as `--rules DIR` layers them'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;rules;help'= {
            cand check 'Validate rule files (default: the built-in rules); every problem with file:line:column'
            cand dump 'Write the built-in rule files into DIR, as a starting point for your own rules'
            cand coverage 'For each document, every section heading and the rules that cite it; with --document FILE, a newer copy of a document against the rules'
            cand diff 'Every answer that changes between two rule sets, before → after with both sources: targets, regions'' hours, language desks, routes, phone lines, reopen rules, partner allowances. Before: the built-in rules (with --rules A, A layered over them); after: the built-in rules with B layered over them. Exit 0 when nothing changes, 1 when something does'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'support-advisor;rules;help;check'= {
        }
        &'support-advisor;rules;help;dump'= {
        }
        &'support-advisor;rules;help;coverage'= {
        }
        &'support-advisor;rules;help;diff'= {
        }
        &'support-advisor;rules;help;help'= {
        }
        &'support-advisor;holidays'= {
            cand --from 'The first day to list (YYYY-MM-DD); default: today, in --tz'
            cand --to 'The last day to list (YYYY-MM-DD); default: a year after --from, less a day'
            cand --holiday-category 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;completions'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;man'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;sla'= {
            cand --holiday-category 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)'
            cand --working-days 'Working days that open a day the week leaves closed (make-up days of Chinese calendars), on the region''s usual hours: the all-day events of FILE (REGION=FILE as for --holidays). Repeatable'
            cand --working-day-category 'The --holidays files'' events with this CATEGORIES value open days instead of closing them (repeatable)'
            cand --production-impact 'For a level that depends on it (Power BI severity A): whether the immediate production impact can be demonstrated; not said, it is assumed and the answer says so'
            cand --about 'What the request is about: a technical problem (the default), or billing or subscription management, which have a target only where a document gives one (21Vianet; decided reading 20)'
            cand --minutes 'Your own target: N business minutes on the region''s calendar, instead of a plan'
            cand --holidays 'Holidays that close business-hours calendars: iCalendar (.ics), one YYYY-MM-DD a line, or CSV of name,start_date,end_date ranges. REGION=FILE applies a file to that region''s calendar only; a bare FILE to every calendar without its own. Repeatable'
            cand --profile 'With --batch: read a helpdesk''s CSV export as the TOML profile FILE says (its columns, priority → severity, time format and zone; see examples/profiles/)'
            cand --delimiter 'With --batch --csv: the separator, `,` `;` `|` or `tab` (default: detected from the header row and said on stderr); the output is written with it'
            cand --input-tz 'With --batch: the zone the tickets'' times are written in when they have no offset (before each ticket''s time_zone and --tz)'
            cand --time-format 'With --batch: how `submitted` is written, as a strftime format such as ''%d/%m/%Y %H:%M'' (day-first and month-first dates are never guessed)'
            cand --jobs 'With --batch: the threads answering tickets (default: the available cores); the output keeps the input''s order'
            cand --first-line 'With --batch: the number of the input''s first line, when it is a chunk of a larger file (error lines and the summary then name the larger file''s lines)'
            cand --at 'The instant (RFC 3339, or `now`; a space for `T`, `+0100` and `UTC` are read too, and a date and time without an offset is read in --tz): for `sla` and `advise`, when the request was submitted (the answer then says when the response is due; `advise` defaults to now); for `hours`, whether support is open then'
            cand --responded 'When Microsoft first responded (the forms --at reads; a time without an offset is read in --tz): the answer adds the time that counted from --at to it and whether the target was met'
            cand --plan 'The support plan or option'
            cand --sev 'The severity: A, B, C, critical or standard'
            cand --severity 'The severity: A, B, C, critical or standard'
            cand --product 'The product, where a plan''s target depends on it (e.g. `power-bi` with `premier`)'
            cand --region 'The customer''s region, whose business hours count (default for `sla` and `advise`: inferred from --tz; for `hours`: every region)'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --explain 'Show step by step how the due instant was reached'
            cand --preview 'The request is about a public preview (beta) feature: break-fix only, English only, no 24/7, and no response target applies (decided reading 16)'
            cand --batch 'Read tickets as JSON Lines on stdin and write one answer a line (see the README)'
            cand --csv 'With --batch: read and write CSV with a header row instead of JSON Lines'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'support-advisor;advise'= {
            cand --about 'What the request is about: a technical problem (the default), billing, or subscription management; each goes to its own route and desk where a document distinguishes them (decided reading 20)'
            cand --production-impact 'For a level that depends on it (Power BI severity A): whether the immediate production impact can be demonstrated; not said, it is assumed and the answer says so'
            cand --holidays 'Holidays that close business-hours calendars: iCalendar (.ics), one YYYY-MM-DD a line, or CSV of name,start_date,end_date ranges. REGION=FILE applies a file to that region''s calendar only; a bare FILE to every calendar without its own. Repeatable'
            cand --holiday-category 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)'
            cand --working-days 'Working days that open a day the week leaves closed (make-up days of Chinese calendars), on the region''s usual hours: the all-day events of FILE (REGION=FILE as for --holidays). Repeatable'
            cand --working-day-category 'The --holidays files'' events with this CATEGORIES value open days instead of closing them (repeatable)'
            cand --ics 'Also write the response''s due instant as an iCalendar event with a reminder to FILE (`-` for stdout, instead of the answer)'
            cand --at 'The instant (RFC 3339, or `now`; a space for `T`, `+0100` and `UTC` are read too, and a date and time without an offset is read in --tz): for `sla` and `advise`, when the request was submitted (the answer then says when the response is due; `advise` defaults to now); for `hours`, whether support is open then'
            cand --plan 'Your support plan (`support-advisor ids plans`); may be left out only for a product no plan gives targets for (Microsoft 365, Office 365 Germany)'
            cand --sev 'The severity: A, B, C, critical or standard'
            cand --severity 'The severity: A, B, C, critical or standard'
            cand --product 'The product or request kind (`support-advisor ids products`)'
            cand --region 'The customer''s region, whose business hours count (default for `sla` and `advise`: inferred from --tz; for `hours`: every region)'
            cand --language 'The language you want support in: a name or ISO 639-1 code (`es`, `Spanish`, `nl`); default: English'
            cand --channel 'For licensing: how the licences were bought (`support-advisor ids channels`)'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --partner 'You are a Microsoft partner acting for a customer: add the partner routes'
            cand --preview 'The request is about a public preview (beta) feature: break-fix only, English only, no 24/7, and no response target applies (decided reading 16)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'support-advisor;where'= {
            cand --about 'What the request is about: a technical problem (the default), billing, or subscription management; each goes to its own route and desk where a document distinguishes them (decided reading 20)'
            cand --plan 'Your support plan; without it, every route for the product is shown'
            cand --product 'The product or request kind (`support-advisor ids` lists them)'
            cand --channel 'For licensing: how the licences were bought (`support-advisor ids channels`)'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --partner 'You are a Microsoft partner acting for a customer: add the partner routes'
            cand --preview 'The request is about a public preview (beta) feature: add what the documents say of support for previews'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
        }
        &'support-advisor;hours'= {
            cand --holiday-category 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)'
            cand --working-days 'Working days that open a day the week leaves closed (make-up days of Chinese calendars), on the region''s usual hours: the all-day events of FILE (REGION=FILE as for --holidays). Repeatable'
            cand --working-day-category 'The --holidays files'' events with this CATEGORIES value open days instead of closing them (repeatable)'
            cand --day 'The day to chart (YYYY-MM-DD, in --tz); default: today'
            cand --holidays 'Holidays that close business-hours calendars: iCalendar (.ics), one YYYY-MM-DD a line, or CSV of name,start_date,end_date ranges. REGION=FILE applies a file to that region''s calendar only; a bare FILE to every calendar without its own. Repeatable'
            cand --region 'The customer''s region, whose business hours count (default for `sla` and `advise`: inferred from --tz; for `hours`: every region)'
            cand --at 'The instant (RFC 3339, or `now`; a space for `T`, `+0100` and `UTC` are read too, and a date and time without an offset is read in --tz): for `sla` and `advise`, when the request was submitted (the answer then says when the response is due; `advise` defaults to now); for `hours`, whether support is open then'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --chart 'Draw one 24-hour strip per region and desk for a day, in --tz, with now marked'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;ids'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;contact'= {
            cand --product 'Only the lines for this product'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;partner'= {
            cand --competency 'Whether the partner''s competencies are cloud competencies'
            cand --membership 'The MPN membership: action-pack, silver or gold'
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;policy'= {
            cand --format 'Output format: tables for people, JSON for scripts'
            cand --rules 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added'
            cand --as-of 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)'
            cand --now 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others'
            cand --color 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --colour 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always'
            cand --tz 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)'
            cand --json 'Shorthand for `--format json`'
            cand --details 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it'
            cand -h 'Print help'
            cand --help 'Print help'
        }
        &'support-advisor;help'= {
            cand can-reopen 'May a closed incident be reopened, or must a new one be filed? Exit 1 unless reopen'
            cand plans 'Every plan and support option, with what it includes and its severities'
            cand rules 'Work with rule files'
            cand holidays 'What a holiday file closes in a range: each day or stretch of hours, its name and categories'
            cand completions 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
            cand man 'Print the man page (roff)'
            cand sla 'The initial-response target for a plan and severity, and how it counts'
            cand advise 'The whole answer for one incident: where to file, when the response is due, who is there now in your language, the fastest way, what is asked of you, caveats'
            cand where 'Where to file a support request: portal or channel, steps, who may file'
            cand hours 'Local business hours by region, and the languages served; open or closed at an instant'
            cand ids 'Every identifier the other commands take: plans, severities, products, regions, …'
            cand contact 'Phone lines: numbers, and each desk''s languages and hours'
            cand partner 'Partner support incidents by MPN membership and competency'
            cand policy 'The documents'' other answers; without a topic, the list of topics'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'support-advisor;help;can-reopen'= {
        }
        &'support-advisor;help;plans'= {
        }
        &'support-advisor;help;rules'= {
            cand check 'Validate rule files (default: the built-in rules); every problem with file:line:column'
            cand dump 'Write the built-in rule files into DIR, as a starting point for your own rules'
            cand coverage 'For each document, every section heading and the rules that cite it; with --document FILE, a newer copy of a document against the rules'
            cand diff 'Every answer that changes between two rule sets, before → after with both sources: targets, regions'' hours, language desks, routes, phone lines, reopen rules, partner allowances. Before: the built-in rules (with --rules A, A layered over them); after: the built-in rules with B layered over them. Exit 0 when nothing changes, 1 when something does'
        }
        &'support-advisor;help;rules;check'= {
        }
        &'support-advisor;help;rules;dump'= {
        }
        &'support-advisor;help;rules;coverage'= {
        }
        &'support-advisor;help;rules;diff'= {
        }
        &'support-advisor;help;holidays'= {
        }
        &'support-advisor;help;completions'= {
        }
        &'support-advisor;help;man'= {
        }
        &'support-advisor;help;sla'= {
        }
        &'support-advisor;help;advise'= {
        }
        &'support-advisor;help;where'= {
        }
        &'support-advisor;help;hours'= {
        }
        &'support-advisor;help;ids'= {
        }
        &'support-advisor;help;contact'= {
        }
        &'support-advisor;help;partner'= {
        }
        &'support-advisor;help;policy'= {
        }
        &'support-advisor;help;help'= {
        }
    ]
    $completions[$command]
}
