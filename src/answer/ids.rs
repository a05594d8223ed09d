//! `ids`: every identifier the commands take, by kind.

use serde::Serialize;

use super::{table, Answer, Sources};
use crate::rules::model::Named;
use crate::rules::model::Source;
use crate::rules::RuleSet;
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

/// A kind `ids` lists: named, with sources.
trait Listed: Named {
    fn sources(&self) -> &[Source];
}

macro_rules! listed {
    ($($ty:ty),*) => {$(
        impl Listed for $ty {
            fn sources(&self) -> &[Source] {
                &self.source
            }
        }
    )*};
}

use crate::rules::model::{Channel, Membership, PhoneLine, Plan, Product, Region, Severity, Topic};
listed!(Plan, Severity, Product, Channel, Region, Membership, PhoneLine, Topic);

fn kind<T: Listed>(rules: &RuleSet, used_by: &'static str, source: &mut Sources) -> IdKind {
    IdKind {
        kind: T::KINDS,
        used_by,
        ids: T::all(rules)
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
        kind::<Plan>(rules, "--plan", &mut source),
        kind::<Severity>(rules, "--sev", &mut source),
        kind::<Product>(rules, "--product", &mut source),
        kind::<Channel>(rules, "where --channel", &mut source),
        kind::<Region>(rules, "--region", &mut source),
        kind::<Membership>(rules, "partner --membership", &mut source),
        kind::<PhoneLine>(rules, "contact LINE", &mut source),
        kind::<Topic>(rules, "policy TOPIC", &mut source),
    ];
    IdsAnswer { kinds, source }
}

impl Answer for IdsAnswer {
    /// One table per kind, under a heading naming the option that takes it: the id in a
    /// column of its own (never broken), the name and the aliases beside it.
    fn table(&self, style: &Style) -> String {
        let mut parts = Vec::new();
        for kind in &self.kinds {
            let mut out = table::with_header(style, ["Id", "Name, and aliases also accepted"]);
            for id in &kind.ids {
                let named = match id.aliases.as_slice() {
                    [] => id.name.clone(),
                    aliases => format!("{}\nalso: {}", id.name, aliases.join(", ")),
                };
                out.add_row(vec![id.id.clone(), named]);
            }
            parts.push(format!("{} ({}):\n{out}", kind.kind, kind.used_by));
        }
        parts.push("Ids and aliases are case-insensitive.".to_string());
        table::blocks(style, parts)
    }
}
