//! `ids [KIND]`: every identifier the commands take, by kind, or those of one kind.

use serde::Serialize;

use super::{Answer, Sources};
use crate::ids::UnknownId;
use crate::render::style::Style;
use crate::render::table;
use crate::rules::model::Named;
use crate::rules::model::Source;
use crate::rules::suggest::{closest, normalise, Form, FormKind};
use crate::rules::RuleSet;

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

use crate::rules::model::{
    Channel, Language, Membership, PhoneLine, Plan, Product, Region, Severity, Topic,
};
listed!(Plan, Severity, Product, Channel, Region, Language, Membership, PhoneLine, Topic);

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

/// A kind `ids` lists: the names `ids KIND` takes for it (the first is the one listed as
/// valid), the flag that takes its ids, and how to list them.
struct Listing {
    names: &'static [&'static str],
    used_by: &'static str,
    list: fn(&RuleSet, &'static str, &mut Sources) -> IdKind,
}

/// Every kind, in the order `ids` lists them. A kind is named by its plural, its
/// singular, or the flag or argument that takes it (`sev`, `line`).
const LISTINGS: [Listing; 9] = [
    Listing {
        names: &["plans", "plan"],
        used_by: "--plan",
        list: kind::<Plan>,
    },
    Listing {
        names: &["severities", "severity", "sev", "sevs"],
        used_by: "--sev",
        list: kind::<Severity>,
    },
    Listing {
        names: &["products", "product"],
        used_by: "--product",
        list: kind::<Product>,
    },
    Listing {
        names: &["channels", "channel"],
        used_by: "where --channel",
        list: kind::<Channel>,
    },
    Listing {
        names: &["regions", "region"],
        used_by: "--region",
        list: kind::<Region>,
    },
    Listing {
        names: &["languages", "language", "lang"],
        used_by: "advise --language",
        list: kind::<Language>,
    },
    Listing {
        names: &["memberships", "membership"],
        used_by: "partner --membership",
        list: kind::<Membership>,
    },
    Listing {
        names: &["phone-lines", "phone-line", "lines", "line"],
        used_by: "contact LINE",
        list: kind::<PhoneLine>,
    },
    Listing {
        names: &["topics", "topic"],
        used_by: "policy TOPIC",
        list: kind::<Topic>,
    },
];

/// The kinds `ids KIND` takes, as completions offer them (the first name of each).
pub fn kind_names() -> impl Iterator<Item = &'static str> {
    LISTINGS.iter().filter_map(|l| l.names.first().copied())
}

/// `ids [KIND]`: every kind's ids, or one kind's (`KIND` read however typed: any case,
/// singular or plural, `phone lines`). The answer has the same shape either way.
///
/// Errors: [`UnknownId`] for a kind `ids` does not list, with the closest and every one.
pub fn answer(rules: &RuleSet, kind: Option<&str>) -> Result<IdsAnswer, UnknownId> {
    let listings: Vec<&Listing> = match kind {
        None => LISTINGS.iter().collect(),
        Some(typed) => {
            let wanted = normalise(typed);
            match LISTINGS.iter().find(|l| l.names.contains(&wanted.as_str())) {
                Some(listing) => vec![listing],
                None => return Err(unknown_kind(typed, &wanted)),
            }
        }
    };
    let mut source = Sources::default();
    let kinds = listings
        .into_iter()
        .map(|l| (l.list)(rules, l.used_by, &mut source))
        .collect();
    Ok(IdsAnswer { kinds, source })
}

fn unknown_kind(typed: &str, wanted: &str) -> UnknownId {
    let forms: Vec<Form> = LISTINGS
        .iter()
        .flat_map(|l| {
            l.names
                .iter()
                .map(|n| Form::new(FormKind::Id, n, l.names[0]))
        })
        .collect();
    UnknownId {
        kind: "kind".to_string(),
        kinds: "kinds".to_string(),
        input: typed.to_string(),
        suggestion: closest(wanted, &forms).map(crate::ids::Suggestion::from),
        valid: LISTINGS.iter().map(|l| l.names[0].to_string()).collect(),
        way_forward: None,
    }
}

/// Below this width an id and its aliases cannot stand beside a name column without
/// breaking: `ids` lists them instead of tabulating them.
const TABLE_WIDTH: usize = 70;

impl Answer for IdsAnswer {
    /// One table per kind, under a heading naming the option that takes it: the id in a
    /// column of its own (never broken), the name and the aliases beside it. On a terminal
    /// narrower than [`TABLE_WIDTH`], a list, wrapped between words.
    fn table(&self, style: &Style) -> String {
        let mut parts = Vec::new();
        for kind in &self.kinds {
            let heading = format!("{} ({}):", kind.kind, kind.used_by);
            let also = |aliases: &[String]| match aliases {
                [] => String::new(),
                aliases => format!("also: {}", aliases.join(", ")),
            };
            if style.width < TABLE_WIDTH {
                let items: Vec<String> = kind
                    .ids
                    .iter()
                    .map(|id| match id.aliases.as_slice() {
                        [] => format!("{}: {}", id.id, id.name),
                        aliases => format!("{}: {}; {}", id.id, id.name, also(aliases)),
                    })
                    .collect();
                parts.push(format!("{heading}\n{}", table::bullets(&items)));
                continue;
            }
            let mut out = table::with_header(style, ["Id", "Name, and aliases also accepted"]);
            // The ids are what people copy: that column is kept first.
            out.keep_lines_whole(0);
            for id in &kind.ids {
                let named = match id.aliases.as_slice() {
                    [] => id.name.clone(),
                    aliases => format!("{}\n{}", id.name, also(aliases)),
                };
                out.add_row(vec![id.id.clone(), named]);
            }
            parts.push(format!("{heading}\n{out}"));
        }
        parts.push(
            "Ids, aliases and names are read in any letter case, with spaces or underscores for hyphens."
                .to_string(),
        );
        table::blocks(style, parts)
    }
}
