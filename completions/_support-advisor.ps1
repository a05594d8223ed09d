
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'support-advisor' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'support-advisor'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'support-advisor' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('can-reopen', 'can-reopen', [CompletionResultType]::ParameterValue, 'May a closed incident be reopened, or must a new one be filed? Exit 1 unless reopen')
            [CompletionResult]::new('plans', 'plans', [CompletionResultType]::ParameterValue, 'Every plan and support option, with what it includes and its severities')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Work with rule files')
            [CompletionResult]::new('holidays', 'holidays', [CompletionResultType]::ParameterValue, 'What a holiday file closes in a range: each day or stretch of hours, its name and categories')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'The initial-response target for a plan and severity, and how it counts')
            [CompletionResult]::new('advise', 'advise', [CompletionResultType]::ParameterValue, 'The whole answer for one incident: where to file, when the response is due, who is there now in your language, the fastest way, what is asked of you, caveats')
            [CompletionResult]::new('where', 'where', [CompletionResultType]::ParameterValue, 'Where to file a support request: portal or channel, steps, who may file')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Local business hours by region, and the languages served; open or closed at an instant')
            [CompletionResult]::new('ids', 'ids', [CompletionResultType]::ParameterValue, 'Every identifier the other commands take: plans, severities, products, regions, …')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Phone lines: numbers, and each desk''s languages and hours')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partner support incidents by MPN membership and competency')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The documents'' other answers; without a topic, the list of topics')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'support-advisor;can-reopen' {
            [CompletionResult]::new('--closed', '--closed', [CompletionResultType]::ParameterName, 'The day the incident was closed (YYYY-MM-DD)')
            [CompletionResult]::new('--on', '--on', [CompletionResultType]::ParameterName, 'The day of the question (YYYY-MM-DD); default: today, from `--now` in `--tz`')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--build-changed', '--build-changed', [CompletionResultType]::ParameterName, 'Another build since, or security updates, patches or hotfixes installed')
            [CompletionResult]::new('--other-environment', '--other-environment', [CompletionResultType]::ParameterName, 'The problem occurs on another machine, for another user or with another document')
            [CompletionResult]::new('--new-error', '--new-error', [CompletionResultType]::ParameterName, 'A new error after a hotfix or after trying the incident''s suggestions')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;plans' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;rules' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate rule files (default: the built-in rules); every problem with file:line:column')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write the built-in rule files into DIR, as a starting point for your own rules')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'For each document, every section heading and the rules that cite it; with --document FILE, a newer copy of a document against the rules')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Every answer that changes between two rule sets, before → after with both sources: targets, regions'' hours, language desks, routes, phone lines, reopen rules, partner allowances. Before: the built-in rules (with --rules A, A layered over them); after: the built-in rules with B layered over them. Exit 0 when nothing changes, 1 when something does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'support-advisor;rules;check' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;rules;dump' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;rules;coverage' {
            [CompletionResult]::new('--document', '--document', [CompletionResultType]::ParameterName, 'A newer copy of a document (Markdown as the vendor publishes it, or plain text with headings on lines of their own): the sections the rules cite that it no longer has, and its sections that no rule cites')
            [CompletionResult]::new('--doc', '--doc', [CompletionResultType]::ParameterName, 'The rules'' document FILE is a version of (default: the one whose title it has, else the one sharing the most headings)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;rules;diff' {
            [CompletionResult]::new('--against', '--against', [CompletionResultType]::ParameterName, 'The directory of `*.toml` rule files layered over the built-in rules for the "after" side, as `--rules DIR` layers them')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;rules;help' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate rule files (default: the built-in rules); every problem with file:line:column')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write the built-in rule files into DIR, as a starting point for your own rules')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'For each document, every section heading and the rules that cite it; with --document FILE, a newer copy of a document against the rules')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Every answer that changes between two rule sets, before → after with both sources: targets, regions'' hours, language desks, routes, phone lines, reopen rules, partner allowances. Before: the built-in rules (with --rules A, A layered over them); after: the built-in rules with B layered over them. Exit 0 when nothing changes, 1 when something does')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'support-advisor;rules;help;check' {
            break
        }
        'support-advisor;rules;help;dump' {
            break
        }
        'support-advisor;rules;help;coverage' {
            break
        }
        'support-advisor;rules;help;diff' {
            break
        }
        'support-advisor;rules;help;help' {
            break
        }
        'support-advisor;holidays' {
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The first day to list (YYYY-MM-DD); default: today, in --tz')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The last day to list (YYYY-MM-DD); default: a year after --from, less a day')
            [CompletionResult]::new('--holiday-category', '--holiday-category', [CompletionResultType]::ParameterName, 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;completions' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;man' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;sla' {
            [CompletionResult]::new('--holiday-category', '--holiday-category', [CompletionResultType]::ParameterName, 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)')
            [CompletionResult]::new('--working-days', '--working-days', [CompletionResultType]::ParameterName, 'Working days that open a day the week leaves closed (make-up days of Chinese calendars), on the region''s usual hours: the all-day events of FILE (REGION=FILE as for --holidays). Repeatable')
            [CompletionResult]::new('--working-day-category', '--working-day-category', [CompletionResultType]::ParameterName, 'The --holidays files'' events with this CATEGORIES value open days instead of closing them (repeatable)')
            [CompletionResult]::new('--production-impact', '--production-impact', [CompletionResultType]::ParameterName, 'For a level that depends on it (Power BI severity A): whether the immediate production impact can be demonstrated; not said, it is assumed and the answer says so')
            [CompletionResult]::new('--about', '--about', [CompletionResultType]::ParameterName, 'What the request is about: a technical problem (the default), or billing or subscription management, which have a target only where a document gives one (21Vianet; decided reading 20)')
            [CompletionResult]::new('--minutes', '--minutes', [CompletionResultType]::ParameterName, 'Your own target: N business minutes on the region''s calendar, instead of a plan')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'Holidays that close business-hours calendars: iCalendar (.ics), one YYYY-MM-DD a line, or CSV of name,start_date,end_date ranges. REGION=FILE applies a file to that region''s calendar only; a bare FILE to every calendar without its own. Repeatable')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'With --batch: read a helpdesk''s CSV export as the TOML profile FILE says (its columns, priority → severity, time format and zone; see examples/profiles/)')
            [CompletionResult]::new('--delimiter', '--delimiter', [CompletionResultType]::ParameterName, 'With --batch --csv: the separator, `,` `;` `|` or `tab` (default: detected from the header row and said on stderr); the output is written with it')
            [CompletionResult]::new('--input-tz', '--input-tz', [CompletionResultType]::ParameterName, 'With --batch: the zone the tickets'' times are written in when they have no offset (before each ticket''s time_zone and --tz)')
            [CompletionResult]::new('--time-format', '--time-format', [CompletionResultType]::ParameterName, 'With --batch: how `submitted` is written, as a strftime format such as ''%d/%m/%Y %H:%M'' (day-first and month-first dates are never guessed)')
            [CompletionResult]::new('--jobs', '--jobs', [CompletionResultType]::ParameterName, 'With --batch: the threads answering tickets (default: the available cores); the output keeps the input''s order')
            [CompletionResult]::new('--first-line', '--first-line', [CompletionResultType]::ParameterName, 'With --batch: the number of the input''s first line, when it is a chunk of a larger file (error lines and the summary then name the larger file''s lines)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The instant (RFC 3339, or `now`; a space for `T`, `+0100` and `UTC` are read too, and a date and time without an offset is read in --tz): for `sla` and `advise`, when the request was submitted (the answer then says when the response is due; `advise` defaults to now); for `hours`, whether support is open then')
            [CompletionResult]::new('--responded', '--responded', [CompletionResultType]::ParameterName, 'When Microsoft first responded (the forms --at reads; a time without an offset is read in --tz): the answer adds the time that counted from --at to it and whether the target was met')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'The support plan or option')
            [CompletionResult]::new('--sev', '--sev', [CompletionResultType]::ParameterName, 'The severity: A, B, C, critical or standard')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'The severity: A, B, C, critical or standard')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product, where a plan''s target depends on it (e.g. `power-bi` with `premier`)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The customer''s region, whose business hours count (default for `sla` and `advise`: inferred from --tz; for `hours`: every region)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--explain', '--explain', [CompletionResultType]::ParameterName, 'Show step by step how the due instant was reached')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'The request is about a public preview (beta) feature: break-fix only, English only, no 24/7, and no response target applies (decided reading 16)')
            [CompletionResult]::new('--batch', '--batch', [CompletionResultType]::ParameterName, 'Read tickets as JSON Lines on stdin and write one answer a line (see the README)')
            [CompletionResult]::new('--csv', '--csv', [CompletionResultType]::ParameterName, 'With --batch: read and write CSV with a header row instead of JSON Lines')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'support-advisor;advise' {
            [CompletionResult]::new('--about', '--about', [CompletionResultType]::ParameterName, 'What the request is about: a technical problem (the default), billing, or subscription management; each goes to its own route and desk where a document distinguishes them (decided reading 20)')
            [CompletionResult]::new('--production-impact', '--production-impact', [CompletionResultType]::ParameterName, 'For a level that depends on it (Power BI severity A): whether the immediate production impact can be demonstrated; not said, it is assumed and the answer says so')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'Holidays that close business-hours calendars: iCalendar (.ics), one YYYY-MM-DD a line, or CSV of name,start_date,end_date ranges. REGION=FILE applies a file to that region''s calendar only; a bare FILE to every calendar without its own. Repeatable')
            [CompletionResult]::new('--holiday-category', '--holiday-category', [CompletionResultType]::ParameterName, 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)')
            [CompletionResult]::new('--working-days', '--working-days', [CompletionResultType]::ParameterName, 'Working days that open a day the week leaves closed (make-up days of Chinese calendars), on the region''s usual hours: the all-day events of FILE (REGION=FILE as for --holidays). Repeatable')
            [CompletionResult]::new('--working-day-category', '--working-day-category', [CompletionResultType]::ParameterName, 'The --holidays files'' events with this CATEGORIES value open days instead of closing them (repeatable)')
            [CompletionResult]::new('--ics', '--ics', [CompletionResultType]::ParameterName, 'Also write the response''s due instant as an iCalendar event with a reminder to FILE (`-` for stdout, instead of the answer)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The instant (RFC 3339, or `now`; a space for `T`, `+0100` and `UTC` are read too, and a date and time without an offset is read in --tz): for `sla` and `advise`, when the request was submitted (the answer then says when the response is due; `advise` defaults to now); for `hours`, whether support is open then')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Your support plan (`support-advisor ids plans`); may be left out only for a product no plan gives targets for (Microsoft 365, Office 365 Germany)')
            [CompletionResult]::new('--sev', '--sev', [CompletionResultType]::ParameterName, 'The severity: A, B, C, critical or standard')
            [CompletionResult]::new('--severity', '--severity', [CompletionResultType]::ParameterName, 'The severity: A, B, C, critical or standard')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product or request kind (`support-advisor ids products`)')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The customer''s region, whose business hours count (default for `sla` and `advise`: inferred from --tz; for `hours`: every region)')
            [CompletionResult]::new('--language', '--language', [CompletionResultType]::ParameterName, 'The language you want support in: a name or ISO 639-1 code (`es`, `Spanish`, `nl`); default: English')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'For licensing: how the licences were bought (`support-advisor ids channels`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'You are a Microsoft partner acting for a customer: add the partner routes')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'The request is about a public preview (beta) feature: break-fix only, English only, no 24/7, and no response target applies (decided reading 16)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'support-advisor;where' {
            [CompletionResult]::new('--about', '--about', [CompletionResultType]::ParameterName, 'What the request is about: a technical problem (the default), billing, or subscription management; each goes to its own route and desk where a document distinguishes them (decided reading 20)')
            [CompletionResult]::new('--plan', '--plan', [CompletionResultType]::ParameterName, 'Your support plan; without it, every route for the product is shown')
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'The product or request kind (`support-advisor ids` lists them)')
            [CompletionResult]::new('--channel', '--channel', [CompletionResultType]::ParameterName, 'For licensing: how the licences were bought (`support-advisor ids channels`)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--partner', '--partner', [CompletionResultType]::ParameterName, 'You are a Microsoft partner acting for a customer: add the partner routes')
            [CompletionResult]::new('--preview', '--preview', [CompletionResultType]::ParameterName, 'The request is about a public preview (beta) feature: add what the documents say of support for previews')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            break
        }
        'support-advisor;hours' {
            [CompletionResult]::new('--holiday-category', '--holiday-category', [CompletionResultType]::ParameterName, 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)')
            [CompletionResult]::new('--working-days', '--working-days', [CompletionResultType]::ParameterName, 'Working days that open a day the week leaves closed (make-up days of Chinese calendars), on the region''s usual hours: the all-day events of FILE (REGION=FILE as for --holidays). Repeatable')
            [CompletionResult]::new('--working-day-category', '--working-day-category', [CompletionResultType]::ParameterName, 'The --holidays files'' events with this CATEGORIES value open days instead of closing them (repeatable)')
            [CompletionResult]::new('--day', '--day', [CompletionResultType]::ParameterName, 'The day to chart (YYYY-MM-DD, in --tz); default: today')
            [CompletionResult]::new('--holidays', '--holidays', [CompletionResultType]::ParameterName, 'Holidays that close business-hours calendars: iCalendar (.ics), one YYYY-MM-DD a line, or CSV of name,start_date,end_date ranges. REGION=FILE applies a file to that region''s calendar only; a bare FILE to every calendar without its own. Repeatable')
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The customer''s region, whose business hours count (default for `sla` and `advise`: inferred from --tz; for `hours`: every region)')
            [CompletionResult]::new('--at', '--at', [CompletionResultType]::ParameterName, 'The instant (RFC 3339, or `now`; a space for `T`, `+0100` and `UTC` are read too, and a date and time without an offset is read in --tz): for `sla` and `advise`, when the request was submitted (the answer then says when the response is due; `advise` defaults to now); for `hours`, whether support is open then')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--chart', '--chart', [CompletionResultType]::ParameterName, 'Draw one 24-hour strip per region and desk for a day, in --tz, with now marked')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;ids' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;contact' {
            [CompletionResult]::new('--product', '--product', [CompletionResultType]::ParameterName, 'Only the lines for this product')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;partner' {
            [CompletionResult]::new('--competency', '--competency', [CompletionResultType]::ParameterName, 'Whether the partner''s competencies are cloud competencies')
            [CompletionResult]::new('--membership', '--membership', [CompletionResultType]::ParameterName, 'The MPN membership: action-pack, silver or gold')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;policy' {
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format: tables for people, JSON for scripts')
            [CompletionResult]::new('--rules', '--rules', [CompletionResultType]::ParameterName, 'Layer the rule files of DIR over the built-in rules: a rule of the same kind and key replaces the built-in one, others are added')
            [CompletionResult]::new('--as-of', '--as-of', [CompletionResultType]::ParameterName, 'Answer by the rules in force on DATE (YYYY-MM-DD, a UTC day) for the whole run, every ticket of a batch included; default: each answer''s own instant (`--at`, a ticket''s `submitted`), else now. Matters where the rules hold several versions of a document (`--rules DIR` with a revision)')
            [CompletionResult]::new('--now', '--now', [CompletionResultType]::ParameterName, 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time (`advise`, `sla`, `hours --at` and `--chart`, and `holidays` and `can-reopen` for their default day), so a bad `SUPPORT_ADVISOR_NOW` never stops the others')
            [CompletionResult]::new('--color', '--color', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--colour', '--colour', [CompletionResultType]::ParameterName, 'Colour: on a terminal unless NO_COLOR is set or TERM is dumb (auto), always, or never; --help too. FORCE_COLOR or CLICOLOR_FORCE (not 0) count as always')
            [CompletionResult]::new('--tz', '--tz', [CompletionResultType]::ParameterName, 'The zone times are shown in (default: the system''s zone, `TZ` honoured): an IANA name, a city (Madrid), a Windows name (W. Europe Standard Time) or a helpdesk''s (Pacific Time (US & Canada), as Zendesk and Freshdesk write it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--format json`')
            [CompletionResult]::new('--details', '--details', [CompletionResultType]::ParameterName, 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity''s impact and examples). JSON always carries all of it')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            break
        }
        'support-advisor;help' {
            [CompletionResult]::new('can-reopen', 'can-reopen', [CompletionResultType]::ParameterValue, 'May a closed incident be reopened, or must a new one be filed? Exit 1 unless reopen')
            [CompletionResult]::new('plans', 'plans', [CompletionResultType]::ParameterValue, 'Every plan and support option, with what it includes and its severities')
            [CompletionResult]::new('rules', 'rules', [CompletionResultType]::ParameterValue, 'Work with rule files')
            [CompletionResult]::new('holidays', 'holidays', [CompletionResultType]::ParameterValue, 'What a holiday file closes in a range: each day or stretch of hours, its name and categories')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, powershell, elvish)')
            [CompletionResult]::new('man', 'man', [CompletionResultType]::ParameterValue, 'Print the man page (roff)')
            [CompletionResult]::new('sla', 'sla', [CompletionResultType]::ParameterValue, 'The initial-response target for a plan and severity, and how it counts')
            [CompletionResult]::new('advise', 'advise', [CompletionResultType]::ParameterValue, 'The whole answer for one incident: where to file, when the response is due, who is there now in your language, the fastest way, what is asked of you, caveats')
            [CompletionResult]::new('where', 'where', [CompletionResultType]::ParameterValue, 'Where to file a support request: portal or channel, steps, who may file')
            [CompletionResult]::new('hours', 'hours', [CompletionResultType]::ParameterValue, 'Local business hours by region, and the languages served; open or closed at an instant')
            [CompletionResult]::new('ids', 'ids', [CompletionResultType]::ParameterValue, 'Every identifier the other commands take: plans, severities, products, regions, …')
            [CompletionResult]::new('contact', 'contact', [CompletionResultType]::ParameterValue, 'Phone lines: numbers, and each desk''s languages and hours')
            [CompletionResult]::new('partner', 'partner', [CompletionResultType]::ParameterValue, 'Partner support incidents by MPN membership and competency')
            [CompletionResult]::new('policy', 'policy', [CompletionResultType]::ParameterValue, 'The documents'' other answers; without a topic, the list of topics')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'support-advisor;help;can-reopen' {
            break
        }
        'support-advisor;help;plans' {
            break
        }
        'support-advisor;help;rules' {
            [CompletionResult]::new('check', 'check', [CompletionResultType]::ParameterValue, 'Validate rule files (default: the built-in rules); every problem with file:line:column')
            [CompletionResult]::new('dump', 'dump', [CompletionResultType]::ParameterValue, 'Write the built-in rule files into DIR, as a starting point for your own rules')
            [CompletionResult]::new('coverage', 'coverage', [CompletionResultType]::ParameterValue, 'For each document, every section heading and the rules that cite it; with --document FILE, a newer copy of a document against the rules')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Every answer that changes between two rule sets, before → after with both sources: targets, regions'' hours, language desks, routes, phone lines, reopen rules, partner allowances. Before: the built-in rules (with --rules A, A layered over them); after: the built-in rules with B layered over them. Exit 0 when nothing changes, 1 when something does')
            break
        }
        'support-advisor;help;rules;check' {
            break
        }
        'support-advisor;help;rules;dump' {
            break
        }
        'support-advisor;help;rules;coverage' {
            break
        }
        'support-advisor;help;rules;diff' {
            break
        }
        'support-advisor;help;holidays' {
            break
        }
        'support-advisor;help;completions' {
            break
        }
        'support-advisor;help;man' {
            break
        }
        'support-advisor;help;sla' {
            break
        }
        'support-advisor;help;advise' {
            break
        }
        'support-advisor;help;where' {
            break
        }
        'support-advisor;help;hours' {
            break
        }
        'support-advisor;help;ids' {
            break
        }
        'support-advisor;help;contact' {
            break
        }
        'support-advisor;help;partner' {
            break
        }
        'support-advisor;help;policy' {
            break
        }
        'support-advisor;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
