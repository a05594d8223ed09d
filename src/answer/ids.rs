//! `ids`: every identifier the commands take, by kind.

use serde::Serialize;

use super::{table, Answer, Sources};
use crate::rules::schema::Source;
use crate::rules::{Identified, RuleSet};
use crate::style::Style;

#[derive(Debug, Serialize)]
pub struct IdsAnswer {
    pub kinds: Vec<IdKind>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct IdKind {
    pub kind: &'static str,
    /// The flag or argument that takes these ids.
    pub used_by: &'static str,
    pub ids: Vec<IdEntry>,
}

#[derive(Debug, Serialize)]
pub struct IdEntry {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
}

trait Listed: Identified {
    fn name(&self) -> &str;
    fn sources(&self) -> &[Source];
}

macro_rules! listed {
    ($($ty:ty),*) => {$(
        impl Listed for $ty {
            fn name(&self) -> &str {
                &self.name
            }
            fn sources(&self) -> &[Source] {
                &self.source
            }
        }
    )*};
}

use crate::rules::schema::{
    Channel, Membership, PhoneLine, Plan, Product, Region, Severity, Topic,
};
listed!(Plan, Severity, Product, Channel, Region, Membership, PhoneLine);

impl Listed for Topic {
    fn name(&self) -> &str {
        &self.title
    }
    fn sources(&self) -> &[Source] {
        &self.source
    }
}

fn kind<T: Listed>(
    rules: &RuleSet,
    items: &[T],
    used_by: &'static str,
    source: &mut Sources,
) -> IdKind {
    IdKind {
        kind: T::KINDS,
        used_by,
        ids: items
            .iter()
            .map(|item| {
                source.add(rules, item.sources());
                IdEntry {
                    id: item.id().to_string(),
                    name: item.name().to_string(),
                    aliases: item.aliases().to_vec(),
                }
            })
            .collect(),
    }
}

pub fn answer(rules: &RuleSet) -> IdsAnswer {
    let mut source = Sources::default();
    let kinds = vec![
        kind(rules, &rules.plans, "--plan", &mut source),
        kind(rules, &rules.severities, "--sev", &mut source),
        kind(rules, &rules.products, "--product", &mut source),
        kind(rules, &rules.channels, "where --channel", &mut source),
        kind(rules, &rules.regions, "--region", &mut source),
        kind(
            rules,
            &rules.memberships,
            "partner --membership",
            &mut source,
        ),
        kind(rules, &rules.phone_lines, "contact LINE", &mut source),
        kind(rules, &rules.topics, "policy TOPIC", &mut source),
    ];
    IdsAnswer { kinds, source }
}

impl Answer for IdsAnswer {
    fn table(&self, style: &Style) -> String {
        let mut out = table::with_header(style, ["Kind", "Id", "Aliases", "Name"]);
        for kind in &self.kinds {
            for (i, id) in kind.ids.iter().enumerate() {
                let label = if i == 0 {
                    format!("{} ({})", kind.kind, kind.used_by)
                } else {
                    String::new()
                };
                out.add_row(vec![
                    label,
                    id.id.clone(),
                    id.aliases.join(", "),
                    id.name.clone(),
                ]);
            }
        }
        table::blocks(
            style,
            [
                out.to_string(),
                "Ids and aliases are case-insensitive.".to_string(),
            ],
        )
    }
}
