//! Any bytes as a rules directory's files, layered over the built-in documents (so sources
//! can resolve): loading and checking never panics, and a rule set that loads answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use support_advisor::rules::{RuleSet, RuleText};

fuzz_target!(|data: &[u8]| {
    // Up to three files, split at NUL bytes.
    // Only the documents of the built-in rules: all of them would make each run slow.
    let mut texts: Vec<RuleText> = RuleSet::builtin_texts()
        .into_iter()
        .filter(|t| t.name.ends_with("documents.toml"))
        .collect();
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
        let _ = support_advisor::answer::plans::answer(&rules);
        let _ = support_advisor::answer::coverage::answer(&rules);
    }
});
