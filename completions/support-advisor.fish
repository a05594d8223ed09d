# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_support_advisor_global_optspecs
    string join \n format= json details rules= now= tz= color= h/help V/version
end

function __fish_support_advisor_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_support_advisor_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_support_advisor_using_subcommand
    set -l cmd (__fish_support_advisor_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c support-advisor -n "__fish_support_advisor_needs_command" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_needs_command" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_needs_command" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_needs_command" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_needs_command" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_needs_command" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -s V -l version -d 'Print version'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "can-reopen" -d 'May a closed incident be reopened, or must a new one be filed? Exit 1 unless reopen'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "plans" -d 'Every plan and support option, with what it includes and its severities'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "ids" -d 'Every identifier the other commands take: plans, severities, products, regions, …'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "rules" -d 'Work with rule files'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "holidays" -d 'What a holiday file closes in a range: each day or stretch of hours, its name and categories'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "man" -d 'Print the man page (roff)'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "sla" -d 'The initial-response target for a plan and severity, and how it counts'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "where" -d 'Where to file a support request: portal or channel, steps, who may file'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "hours" -d 'Local business hours by region, and the languages served; open or closed at an instant'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "contact" -d 'Phone lines: numbers, and each desk\'s languages and hours'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "partner" -d 'Partner support incidents by MPN membership and competency'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "policy" -d 'The documents\' other answers; without a topic, the list of topics'
complete -c support-advisor -n "__fish_support_advisor_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l closed -d 'The day the incident was closed (YYYY-MM-DD)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l on -d 'The day of the question (YYYY-MM-DD); default: today, from `--now` in `--tz`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l build-changed -d 'Another build since, or security updates, patches or hotfixes installed'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l other-environment -d 'The problem occurs on another machine, for another user or with another document'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l new-error -d 'A new error after a hotfix or after trying the incident\'s suggestions'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand can-reopen" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand plans" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand ids" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -f -a "check" -d 'Validate rule files (default: the built-in rules); every problem with file:line:column'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -f -a "dump" -d 'Write the built-in rule files into DIR, as a starting point for your own rules'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -f -a "coverage" -d 'For each document, every section heading and the rules that cite it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and not __fish_seen_subcommand_from check dump coverage help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from check" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from dump" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from coverage" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "check" -d 'Validate rule files (default: the built-in rules); every problem with file:line:column'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "dump" -d 'Write the built-in rule files into DIR, as a starting point for your own rules'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "coverage" -d 'For each document, every section heading and the rules that cite it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand rules; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l from -d 'The first day to list (YYYY-MM-DD); default: today, in --tz' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l to -d 'The last day to list (YYYY-MM-DD); default: a year after --from, less a day' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l holiday-category -d 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand holidays" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand completions" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand man" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l at -d 'The instant (RFC 3339, or `now`): for `sla`, when the request was submitted (the answer then says when the response is due); for `hours`, whether support is open then' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l holidays -d 'Holidays that close business-hours calendars: iCalendar (.ics) or one YYYY-MM-DD a line. REGION=FILE applies a file to that region\'s calendar only; a bare FILE to every calendar without its own. Repeatable' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l holiday-category -d 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l minutes -d 'Your own target: N business minutes on the region\'s calendar, instead of a plan' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l plan -d 'The support plan or option' -r -f -a "subscription\t''
prodirect\t''
premier\t''
unified-core\t''
unified-advanced\t''
unified-performance\t''
software-assurance\t''
advantage\t''
powerbi-community\t''
powerbi-pro\t''
powerbi-premium\t''
powerbi-admin\t''
21vianet\t''
mpn-product-support\t''
signature-cloud-support\t''
premier-support-for-partners\t''
advanced-support-for-partners\t''
csp-support-plan\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l sev -l severity -d 'The severity: A, B, C, critical or standard' -r -f -a "critical\t''
A\t''
B\t''
standard\t''
C\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l product -d 'The product, where a plan\'s target depends on it (e.g. `power-bi` with `premier`)' -r -f -a "dynamics-365\t''
power-platform\t''
customer-engagement\t''
business-central\t''
customer-engagement-on-premises\t''
finance\t''
supply-chain-management\t''
commerce\t''
finance-and-operations\t''
dynamics-on-premises\t''
power-bi\t''
billing\t''
licensing\t''
microsoft-365\t''
office-365-21vianet\t''
office-365-germany\t''
mpn-product-support\t''
signature-cloud-support\t''
csp-customer-support\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l region -d 'The region whose business hours count (default for `sla`: inferred from --tz; for `hours`: every region)' -r -f -a "apac\t''
japan\t''
emea\t''
north-america\t''
other\t''
china\t''
china-critical\t''
m365-billing\t''
m365-billing-australia\t''
m365-technical\t''
germany-billing\t''
germany-technical\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l explain -d 'Show step by step how the due instant was reached'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l preview -d 'The request is about a public preview (beta) feature: break-fix only, English only, no 24/7, and no response target applies (decided reading 16)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l batch -d 'Read tickets as JSON Lines on stdin and write one answer a line (see the README)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand sla" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l plan -d 'Your support plan; without it, every route for the product is shown' -r -f -a "subscription\t''
prodirect\t''
premier\t''
unified-core\t''
unified-advanced\t''
unified-performance\t''
software-assurance\t''
advantage\t''
powerbi-community\t''
powerbi-pro\t''
powerbi-premium\t''
powerbi-admin\t''
21vianet\t''
mpn-product-support\t''
signature-cloud-support\t''
premier-support-for-partners\t''
advanced-support-for-partners\t''
csp-support-plan\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l product -d 'The product or request kind (`support-advisor ids` lists them)' -r -f -a "dynamics-365\t''
power-platform\t''
customer-engagement\t''
business-central\t''
customer-engagement-on-premises\t''
finance\t''
supply-chain-management\t''
commerce\t''
finance-and-operations\t''
dynamics-on-premises\t''
power-bi\t''
billing\t''
licensing\t''
microsoft-365\t''
office-365-21vianet\t''
office-365-germany\t''
mpn-product-support\t''
signature-cloud-support\t''
csp-customer-support\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l channel -d 'For licensing: how the licences were bought' -r -f -a "direct\t''
volume-licensing\t''
csp\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l partner -d 'Show the routes for Microsoft partners acting for their customers'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l preview -d 'The request is about a public preview (beta) feature: add what the documents say of support for previews'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand where" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l at -d 'The instant (RFC 3339, or `now`): for `sla`, when the request was submitted (the answer then says when the response is due); for `hours`, whether support is open then' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l holidays -d 'Holidays that close business-hours calendars: iCalendar (.ics) or one YYYY-MM-DD a line. REGION=FILE applies a file to that region\'s calendar only; a bare FILE to every calendar without its own. Repeatable' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l holiday-category -d 'Keep only iCalendar events with this CATEGORIES value (any letter case; repeatable)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l day -d 'The day to chart (YYYY-MM-DD, in --tz); default: today' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l region -d 'The region whose business hours count (default for `sla`: inferred from --tz; for `hours`: every region)' -r -f -a "apac\t''
japan\t''
emea\t''
north-america\t''
other\t''
china\t''
china-critical\t''
m365-billing\t''
m365-billing-australia\t''
m365-technical\t''
germany-billing\t''
germany-technical\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l chart -d 'Draw one 24-hour strip per region and desk for a day, in --tz, with now marked'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand hours" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l product -d 'Only the lines for this product' -r -f -a "dynamics-365\t''
power-platform\t''
customer-engagement\t''
business-central\t''
customer-engagement-on-premises\t''
finance\t''
supply-chain-management\t''
commerce\t''
finance-and-operations\t''
dynamics-on-premises\t''
power-bi\t''
billing\t''
licensing\t''
microsoft-365\t''
office-365-21vianet\t''
office-365-germany\t''
mpn-product-support\t''
signature-cloud-support\t''
csp-customer-support\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand contact" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l competency -d 'Whether the partner\'s competencies are cloud competencies' -r -f -a "cloud\t''
other\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l membership -d 'The MPN membership: action-pack, silver or gold' -r -f -a "action-pack\t''
silver\t''
gold\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand partner" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -l format -d 'Output format: tables for people, JSON for scripts' -r -f -a "table\t''
json\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -l rules -d 'Load rule files from DIR instead of the built-in rules' -r -F
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -l now -d 'The instant taken as "now" (RFC 3339); default: the system clock. Read by the commands that answer about a time, so a bad `SUPPORT_ADVISOR_NOW` never stops `man` or `completions`' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -l tz -d 'The IANA zone times are shown in (default: the system\'s zone, `TZ` honoured)' -r
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -l color -l colour -d 'Colour: on a terminal unless NO_COLOR is set (auto), always, or never' -r -f -a "auto\t''
always\t''
never\t''"
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -l json -d 'Shorthand for `--format json`'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -l details -d 'Tables: add the background to the answer (what the terms mean, the policies around it, the severity\'s impact and examples). JSON always carries all of it'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand policy" -s h -l help -d 'Print help'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "can-reopen" -d 'May a closed incident be reopened, or must a new one be filed? Exit 1 unless reopen'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "plans" -d 'Every plan and support option, with what it includes and its severities'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "ids" -d 'Every identifier the other commands take: plans, severities, products, regions, …'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "rules" -d 'Work with rule files'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "holidays" -d 'What a holiday file closes in a range: each day or stretch of hours, its name and categories'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, powershell, elvish)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "man" -d 'Print the man page (roff)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "sla" -d 'The initial-response target for a plan and severity, and how it counts'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "where" -d 'Where to file a support request: portal or channel, steps, who may file'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "hours" -d 'Local business hours by region, and the languages served; open or closed at an instant'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "contact" -d 'Phone lines: numbers, and each desk\'s languages and hours'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "partner" -d 'Partner support incidents by MPN membership and competency'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "policy" -d 'The documents\' other answers; without a topic, the list of topics'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and not __fish_seen_subcommand_from can-reopen plans ids rules holidays completions man sla where hours contact partner policy help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "check" -d 'Validate rule files (default: the built-in rules); every problem with file:line:column'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "dump" -d 'Write the built-in rule files into DIR, as a starting point for your own rules'
complete -c support-advisor -n "__fish_support_advisor_using_subcommand help; and __fish_seen_subcommand_from rules" -f -a "coverage" -d 'For each document, every section heading and the rules that cite it'
