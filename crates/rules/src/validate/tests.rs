//! The checker on small rule sets: each check, and every problem reported in order.

use super::*;

/// The rules every test builds on: they load without a problem.
const BASE: &str = r#"
[[document]]
id = "doc"
title = "T"
file = "f"
sections = ["S", "U"]
unencoded = [{ section = "U", reason = "nothing to encode" }]

[[plan]]
id = "pro"
name = "Pro"
aliases = ["professional"]
products = ["app"]
includes = []
source = [{ doc = "doc", section = "S" }]

[[severity]]
id = "a"
name = "A"
impact = "i"
situation = "s"
source = [{ doc = "doc", section = "S" }]

[[product]]
id = "app"
name = "App"
source = [{ doc = "doc", section = "S" }]

[[product]]
id = "tool"
name = "Tool"
source = [{ doc = "doc", section = "S" }]

[[region]]
id = "anywhere"
name = "Anywhere"
zone = "local"
closed-on-holidays = true
window = [{ days = ["mon", "tue", "wed", "thu", "fri"], open = "09:00", close = "17:00" }]
as-written = { region = "r", hours = "h", days = "d", exclusions = "" }
source = [{ doc = "doc", section = "S" }]
"#;

/// The problems of `BASE` plus `text` (as `test.toml`).
fn problems(text: &str) -> Vec<Diagnostic> {
    let files = [
        RuleText {
            name: "base.toml".into(),
            text: BASE.into(),
            user: false,
        },
        RuleText {
            name: "test.toml".into(),
            text: text.into(),
            user: false,
        },
    ];
    load(&files).1
}

/// A region of `test.toml` with these windows, in this zone.
fn region(zone: &str, windows: &str) -> String {
    format!(
        "[[region]]\nid = \"r\"\nname = \"R\"\nzone = \"{zone}\"\nclosed-on-holidays = true\n\
         window = [\n{windows}]\n\
         as-written = {{ region = \"r\", hours = \"h\", days = \"d\", exclusions = \"\" }}\n\
         source = [{{ doc = \"doc\", section = \"S\" }}]\n"
    )
}

/// `file:line:col: [warning: ]message` of each problem.
fn lines(problems: &[Diagnostic]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

#[test]
fn the_base_rules_are_sound() {
    assert_eq!(lines(&problems("")), Vec::<String>::new());
}

#[test]
fn the_builtin_rules_have_no_problem() {
    let (rules, problems) = load(&crate::RuleSet::builtin_texts());
    assert_eq!(lines(&problems), Vec::<String>::new());
    assert!(!rules.region.is_empty());
}

#[test]
fn each_rule_breaking_the_schema_is_reported_and_the_others_are_checked() {
    let text = "[[plan]]\nid = \"basic\"\nname = \"B\"\nincludes = []\ncolour = 1\n\
                source = [{ doc = \"doc\", section = \"S\" }]\n\n\
                [[product]]\nid = \"p2\"\nsource = [{ doc = \"doc\", section = \"S\" }]\n\n\
                [[plans]]\nid = \"x\"\n\n"
        .to_string()
        + &target("minutes = \"sixty\"")
        + "\n"
        // Refers to the plan left out above: not reported again.
        + &target("minutes = 60").replace("plan = \"pro\"", "plan = \"basic\"")
        + "\n"
        // A rule that loads is still checked.
        + &target("minutes = 60").replace("severity = \"a\"", "severity = \"z\"");
    let found = lines(&problems(&text));
    assert_eq!(found.len(), 5, "{found:#?}");
    assert!(
        found[0].starts_with("test.toml:5:1: unknown field `colour`"),
        "{found:#?}"
    );
    assert!(
        found[1].starts_with("test.toml:8:1: missing field `name`"),
        "{found:#?}"
    );
    assert!(
        found[2].starts_with("test.toml:12:3: unknown field `plans`, expected one of `document`"),
        "{found:#?}"
    );
    assert!(
        found[3].starts_with("test.toml:18:11: invalid type: string"),
        "{found:#?}"
    );
    assert!(
        found[4].starts_with("test.toml:33:12: unknown severity `z`"),
        "{found:#?}"
    );
}

#[test]
fn a_file_that_is_not_toml_is_lost_whole_at_its_syntax_error() {
    let found = lines(&problems("[[plan]\nid = \"x\"\n"));
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(
        found[0].starts_with("test.toml:1:8: unclosed array table"),
        "{found:#?}"
    );
}

#[test]
fn overlapping_windows_are_errors() {
    let text = region(
        "Europe/Paris",
        "  { days = [\"mon\", \"tue\"], open = \"08:00\", close = \"12:00\" },\n  \
         { days = [\"tue\", \"wed\"], open = \"11:00\", close = \"18:00\" },\n  \
         { days = [\"mon\"], open = \"12:00\", close = \"13:00\" },\n",
    );
    let found = problems(&text);
    assert_eq!(
        lines(&found),
        [
            "test.toml:8:35: window 11:00-18:00 overlaps the window 08:00-12:00 of line 7 on Tue; \
          a region's windows must not overlap, or their common hours would count twice"
        ]
    );
    assert!(found[0].is_error());
    assert_eq!(found[0].location.as_ref().map(|l| l.span.len()), Some(7));
}

#[test]
fn windows_that_close_before_they_open_are_errors() {
    let text = region(
        "UTC",
        "  { days = [\"mon\"], open = \"22:00\", close = \"06:00\" },\n  \
         { days = [\"tue\"], open = \"09:00\", close = \"09:00\" },\n  \
         { days = [\"wed\"], open = \"09:00\", close = \"24:00\" },\n",
    );
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:7:45: window closes at 06:00 before it opens at 22:00; a window cannot \
             run past midnight: split it into one that closes at 24:00 and one that opens at 00:00",
            "test.toml:8:45: window opens and closes at 09:00, so it is never open",
        ]
    );
}

#[test]
fn times_in_a_daylight_saving_gap_are_warnings() {
    let text = region(
        "Europe/Paris",
        "  { days = [\"sun\"], open = \"02:30\", close = \"12:00\" },\n  \
         { days = [\"sat\"], open = \"01:00\", close = \"02:15\" },\n  \
         { days = [\"mon\", \"tue\"], open = \"02:30\", close = \"02:45\" },\n",
    );
    let found = problems(&text);
    assert_eq!(
        lines(&found),
        [
            "test.toml:7:28: warning: window opens at 02:30, which does not exist in Europe/Paris \
          on 2020-03-29 (the clocks go forward); it opens at 03:00 that day, and likewise on \
          15 more days up to 2035-03-25",
            // The same Sunday 02:30 occurs twice in October.
            "test.toml:7:28: warning: window opens at 02:30, which occurs twice in Europe/Paris \
          on 2020-10-25 (the clocks go back); it opens at the first 02:30, +02:00 (RFC 5545's \
          reading of a repeated local time), and likewise on 15 more days up to 2035-10-28",
        ]
    );
    assert!(!found[0].is_error());
    // The rules still load: a warning does not make them invalid.
    assert!(found.iter().all(|d| !d.is_error()));
}

#[test]
fn times_in_a_repeated_hour_are_warnings() {
    let text = region(
        "America/New_York",
        "  { days = [\"sun\"], open = \"00:30\", close = \"01:30\" },\n  \
         { days = [\"sat\"], open = \"01:00\", close = \"01:30\" },\n",
    );
    let found = problems(&text);
    assert_eq!(
        lines(&found),
        [
            "test.toml:7:45: warning: window closes at 01:30, which occurs twice in \
             America/New_York on 2020-11-01 (the clocks go back); it closes at the first 01:30, \
             -04:00 (RFC 5545's reading of a repeated local time), and likewise on 15 more days \
             up to 2035-11-04"
        ]
    );
    assert!(found.iter().all(|d| !d.is_error()));
}

#[test]
fn a_close_in_a_gap_is_a_warning_but_the_day_bounds_are_not() {
    // Chile moves its clocks from 24:00 to 01:00 on the first Sunday of September.
    let text = region(
        "America/Santiago",
        "  { days = [\"sun\"], open = \"00:00\", close = \"00:30\" },\n  \
         { days = [\"sat\"], open = \"00:00\", close = \"24:00\" },\n",
    );
    let found = lines(&problems(&text));
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(
        found[0].starts_with(
            "test.toml:7:45: warning: window closes at 00:30, which does not exist in \
             America/Santiago on 2020-09-06 (the clocks go forward); it closes at 01:00 that day"
        ),
        "{found:?}"
    );
}

#[test]
fn unknown_zones_get_a_suggestion() {
    let text = region(
        "Europe/Pariss",
        "  { days = [\"mon\"], open = \"09:00\", close = \"17:00\" },\n",
    );
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:4:8: unknown time zone `Europe/Pariss` (did you mean `Europe/Paris`?): \
          expected an IANA zone such as `Europe/Paris`, or `local`"
        ]
    );
}

#[test]
fn a_region_that_is_never_open_is_an_error() {
    let text = region("UTC", "");
    assert_eq!(
        lines(&problems(&text)),
        ["test.toml:2:6: region `r` is never open: it needs at least one `window`"]
    );
    let text = region(
        "UTC",
        "  { days = [], open = \"09:00\", close = \"17:00\" },\n",
    );
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:2:6: region `r` is never open: none of its windows has any open time",
            "test.toml:7:12: a window needs `days`",
        ]
    );
}

#[test]
fn a_day_listed_twice_is_an_error_at_the_second() {
    let text = region(
        "UTC",
        "  { days = [\"mon\", \"tue\", \"mon\"], open = \"09:00\", close = \"17:00\" },\n",
    );
    assert_eq!(
        lines(&problems(&text)),
        ["test.toml:7:27: `mon` is listed twice in this window's `days`, so its hours would count twice"]
    );
}

/// A target of `test.toml` for plan `pro` and severity `a`, with more keys.
fn target(keys: &str) -> String {
    format!(
        "[[target]]\nplan = \"pro\"\nseverity = \"a\"\n{keys}\ncoverage = \"business-hours\"\n\
         as-written = \"w\"\nsource = [{{ doc = \"doc\", section = \"S\" }}]\n"
    )
}

#[test]
fn a_target_counted_in_local_hours_is_a_warning() {
    let found = problems(&target("minutes = 60\ncalendar = \"anywhere\""));
    assert_eq!(
        lines(&found),
        [
            "test.toml:5:12: warning: region `anywhere` keeps the customer's own local hours \
          (zone `local`), so this target can be counted only when the customer's zone is given \
          with --tz"
        ]
    );
    assert_eq!(found[0].location.as_ref().map(|l| l.span.len()), Some(10));
}

#[test]
fn unknown_references_are_errors_with_a_suggestion() {
    let text = target("minutes = 60").replace("plan = \"pro\"", "plan = \"proo\"");
    let found = problems(&text);
    assert_eq!(
        lines(&found),
        ["test.toml:2:8: unknown plan `proo` (did you mean `pro`?); valid plans: `pro`"]
    );
    assert_eq!(
        crate::Diagnostics(found).render(&[RuleText {
            name: "test.toml".into(),
            text: text.clone(),
            user: false,
        }]),
        "error: unknown plan `proo` (did you mean `pro`?); valid plans: `pro`\n \
         --> test.toml:2:8\n  \
         |\n\
         2 | plan = \"proo\"\n  \
         |        ^^^^^^\n\n"
    );
}

#[test]
fn references_by_alias_are_errors() {
    let text = target("minutes = 60").replace("plan = \"pro\"", "plan = \"Professional\"");
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:2:8: `Professional` is an alias of plan `pro`: refer to it by its id, \
          `pro` (plans are looked up by id)"
        ]
    );
    // Ids are matched ignoring case, except documents'.
    let text = target("minutes = 60").replace("plan = \"pro\"", "plan = \"PRO\"");
    assert_eq!(lines(&problems(&text)), Vec::<String>::new());
    let text = target("minutes = 60").replace("doc = \"doc\"", "doc = \"Doc\"");
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:7:19: document `Doc` is written `doc`: document ids are matched exactly, \
          case included"
        ]
    );
}

#[test]
fn a_target_for_a_product_its_plan_does_not_cover_is_an_error() {
    assert_eq!(
        lines(&problems(&target("minutes = 60\nproduct = \"app\""))),
        Vec::<String>::new()
    );
    assert_eq!(
        lines(&problems(&target("minutes = 60\nproduct = \"tool\""))),
        [
            "test.toml:5:11: plan `pro` does not cover product `tool` (its `products` do not \
          list it), so this target is never used"
        ]
    );
}

#[test]
fn duplicate_ids_and_aliases_are_errors_at_the_name() {
    let text = "[[product]]\nid = \"tool-x\"\nname = \"T\"\naliases = [\"x\", \"APP\", \"x\"]\n\
                source = [{ doc = \"doc\", section = \"S\" }]\n\n\
                [[product]]\nid = \"tool\"\nname = \"T\"\nsource = [{ doc = \"doc\", section = \"S\" }]\n";
    assert_eq!(
        lines(&problems(text)),
        [
            "test.toml:4:17: duplicate product alias `APP` (already taken by product `app`)",
            "test.toml:4:24: duplicate product alias `x` (this rule already has it)",
            "test.toml:8:6: duplicate product id `tool`",
        ]
    );
}

#[test]
fn rules_need_a_source() {
    let text = target("minutes = 60").replace(
        "source = [{ doc = \"doc\", section = \"S\" }]",
        "source = []",
    );
    assert_eq!(
        lines(&problems(&text)),
        ["test.toml:2:8: a rule needs at least one `source`"]
    );
}

#[test]
fn citing_an_unencoded_section_is_a_warning() {
    let text = target("minutes = 60").replace("section = \"S\"", "section = \"U\"");
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:7:36: warning: section `U` is cited here but marked unencoded in document \
          `doc`: drop it from `unencoded`, or cite another section"
        ]
    );
}

#[test]
fn document_sections_listed_twice_are_warnings() {
    let text = "[[document]]\nid = \"d2\"\ntitle = \"T\"\nfile = \"f\"\n\
                sections = [\"A\", \"B\", \"A\"]\n\
                unencoded = [{ section = \"B\", reason = \"r\" }, { section = \"B\", reason = \"r\" }, { section = \"C\", reason = \"r\" }]\n";
    assert_eq!(
        lines(&problems(text)),
        [
            "test.toml:5:23: warning: document `d2` lists section `A` twice",
            "test.toml:6:59: warning: section `B` is already marked unencoded",
            "test.toml:6:92: document `d2` has no section `C`",
        ]
    );
}

#[test]
fn zone_patterns_are_checked_at_their_place() {
    let text = region(
        "UTC",
        "  { days = [\"mon\"], open = \"09:00\", close = \"17:00\" },\n",
    )
    .replace(
        "zone = \"UTC\"",
        "zone = \"UTC\"\nzones = [\"Europe/Pariss\", \"Asai/*\", \"UTC\", \"Etc/*\", \"UTC\"]",
    ) + &region(
        "UTC",
        "  { days = [\"mon\"], open = \"09:00\", close = \"17:00\" },\n",
    )
    .replace("id = \"r\"", "id = \"r2\"")
    .replace("zone = \"UTC\"", "zone = \"UTC\"\nzones = [\"Etc/*\"]");
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:5:10: zone pattern `Europe/Pariss` matches no IANA zone (did you mean \
             `Europe/Paris`?): use `Area/Location` or `Area/*`",
            "test.toml:5:27: zone pattern `Asai/*` matches no IANA zone (did you mean \
             `Asia/*`?): use `Area/Location` or `Area/*`",
            "test.toml:5:53: warning: zone pattern `UTC` is listed twice in region `r`",
            "test.toml:16:10: zone pattern `Etc/*` is also listed by region `r`: a customer in \
             it could be either region's",
        ]
    );
}

#[test]
fn urls_that_are_not_web_addresses_are_warnings() {
    let text =
        "[[route]]\nid = \"portal\"\nproducts = [\"app\"]\nchannel = \"c\"\nas-written = \"c\"\n\
                url = \"admin.example.com\"\nsource = [{ doc = \"doc\", section = \"S\" }]\n";
    assert_eq!(
        lines(&problems(text)),
        ["test.toml:6:7: warning: url `admin.example.com` is not a web address: it should start \
          with `https://`"]
    );
}

#[test]
fn every_problem_is_reported_in_file_order() {
    let mut text = target("minutes = 0\ncalendar = \"anywhere\"")
        .replace("severity = \"a\"", "severity = \"z\"");
    text += "\n";
    text += &region(
        "Europe/Paris",
        "  { days = [\"sun\"], open = \"02:30\", close = \"02:00\" },\n",
    );
    let found = problems(&text);
    let at: Vec<((usize, usize), bool)> = found
        .iter()
        .map(|d| (d.line_column(), d.is_error()))
        .collect();
    assert_eq!(
        at,
        [
            ((3, 12), true),
            ((4, 11), true),
            ((5, 12), false),
            ((11, 6), true),
            ((16, 45), true)
        ],
        "{:#?}",
        lines(&found)
    );
    // `from_texts` refuses the rules for the errors, and shows the first one.
    let files = [
        RuleText {
            name: "base.toml".into(),
            text: BASE.into(),
            user: false,
        },
        RuleText {
            name: "test.toml".into(),
            text,
            user: false,
        },
    ];
    let err = crate::RuleSet::from_texts(&files).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("invalid rules: test.toml:3:12: unknown severity `z`"),
        "{err}"
    );
}

#[test]
fn a_bound_must_agree_with_the_cell() {
    let cell = |written: &str, bound: &str| {
        format!(
            "[[target]]\nplan = \"pro\"\nseverity = \"a\"\nminutes = 60\ncoverage = \"24x7\"\n\
             as-written = \"{written}\"\n{bound}\nsource = [{{ doc = \"doc\", section = \"S\" }}]\n"
        )
    };
    assert!(problems(&cell("< 1 uur", "bound = \"lt\"")).is_empty());
    assert!(problems(&cell("1 uur of minder", "bound = \"le\"")).is_empty());
    assert!(problems(&cell("Eén uur", "")).is_empty());
    let wrong = lines(&problems(&cell("< 1 uur", "bound = \"le\"")));
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].contains("needs `bound = \"lt\"`"), "{wrong:?}");
    let missing = lines(&problems(&cell("1 uur of minder", "")));
    assert!(missing[0].contains("needs `bound = \"le\"`"), "{missing:?}");
    let extra = lines(&problems(&cell("Eén uur", "bound = \"lt\"")));
    assert!(extra[0].contains("needs no `bound`"), "{extra:?}");
}

/// A reopen rule of `test.toml`, numbered `number`, with `extra` lines.
fn reopen_rule(number: &str, fact: &str, extra: &str) -> String {
    format!(
        "[[reopen-rule]]\nnumber = {number}\nfact = \"{fact}\"\n{extra}otherwise = \"new-incident\"\n\
         text = \"t\"\nholds = \"h\"\nfails = \"f\"\nsource = [{{ doc = \"doc\", section = \"S\" }}]\n\n"
    )
}

#[test]
fn rule_values_out_of_their_range_are_errors() {
    let text = reopen_rule("0", "build-changed", "")
        + &reopen_rule("5", "other-environment", "")
        + &reopen_rule("3", "months-closed", "months = 0\n")
        + &reopen_rule("4", "months-closed", "months = 1201\n")
        + &reopen_rule("1", "new-error", "");
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:2:10: reopen rule number 0 is out of range: the documents number their \
             four reopen rules 1 to 4",
            "test.toml:11:10: reopen rule number 5 is out of range: the documents number their \
             four reopen rules 1 to 4",
            "test.toml:22:10: `months = 0` is out of range: give 1 to 1200 (a century)",
            "test.toml:32:10: `months = 1201` is out of range: give 1 to 1200 (a century)",
        ]
    );
}

#[test]
fn every_problem_of_one_rule_is_reported() {
    let text = "[[severity]]\nid = \"b\"\nname = \"B\"\nbogus = 1\nimpact = \"i\"\n\
                situation = \"s\"\nalso-bogus = 2\nsource = [{ doc = \"doc\", section = \"S\" }]\n\n\
                [[severity]]\nid = 5\nname = 3\nimpact = \"i\"\nsituation = \"s\"\n\
                source = [{ doc = \"doc\", section = \"S\" }]\n\n\
                [[severity]]\nid = \"c\"\nname = 3\nsource = [{ doc = \"doc\", section = \"S\" }]\n";
    let found = lines(&problems(text));
    let expected = [
        "test.toml:4:1: unknown field `bogus`",
        "test.toml:7:1: unknown field `also-bogus`",
        "test.toml:11:6: invalid type: integer `5`, expected a string",
        "test.toml:12:8: invalid type: integer `3`, expected a string",
        "test.toml:19:8: invalid type: integer `3`, expected a string",
    ];
    assert_eq!(found.len(), expected.len(), "{found:#?}");
    for (found, expected) in found.iter().zip(expected) {
        assert!(found.starts_with(expected), "{found} / {expected}");
    }
}

#[test]
fn severities_around_the_clock_belong_to_a_24x7_desk() {
    let desk = |coverage: &str| {
        format!(
            "[[language]]\nid = \"l{coverage}\"\nname = \"L\"\ncode = \"en\"\n\
             desk = [{{ regions = [\"anywhere\"], customers = \"c\", coverage = \"{coverage}\", around-the-clock-for = [\"a\"] }}]\n\
             source = [{{ doc = \"doc\", section = \"S\" }}]\n"
        )
    };
    let text = desk("24x7") + &desk("business-hours");
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:11:105: language `lbusiness-hours`: a desk with `coverage = \
          \"business-hours\"` is not there around the clock: `around-the-clock-for` belongs \
          to a `24x7` desk"
        ]
    );
}

#[test]
fn a_cross_reference_coverage_belongs_to_an_unspecified_target() {
    let text = target("minutes = 60\ncross-reference-coverage = \"24x7\"");
    assert_eq!(
        lines(&problems(&text)),
        [
            "test.toml:6:12: a target with `coverage = \"business-hours\"` counts by it: \
          `cross-reference-coverage` belongs to an `unspecified` target"
        ]
    );
}
