//! Any bytes as a rules directory's files, layered over the built-in rules: loading and
//! checking never panics, and a rule set that loads answers every plan's targets.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor_fuzz::rules::{RuleSet, RuleText};

fuzz_target!(|data: &[u8]| {
    // Up to three files, split at NUL bytes.
    let mut texts = RuleSet::builtin_texts();
    for (i, part) in data.split(|b| *b == 0).take(3).enumerate() {
        texts.push(RuleText {
            name: format!("fuzz/{i}.toml"),
            text: String::from_utf8_lossy(part).into_owned(),
            user: true,
        });
    }
    let problems = RuleSet::check_texts(&texts);
    let _ = problems.render(&texts);
    if let Ok(rules) = RuleSet::from_texts(&texts) {
        let _ = support_advisor_fuzz::answer::plans::answer(&rules);
        let _ = support_advisor_fuzz::answer::coverage::answer(&rules);
    }
});
