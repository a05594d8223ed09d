//! `contact`: phone numbers, with each desk's languages and hours.

use super::error::fail;
use serde::Serialize;

use super::hours::windows_text;
use super::{Answer, Sources};
use crate::render::style::Style;
use crate::render::table;
use crate::rules::countries::{self, Country};
use crate::rules::model::{normalise, PhoneLine, Product};
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct ContactAnswer {
    pub lines: Vec<LineAnswer>,
    /// When a country was asked for (`contact netherlands`, `contact NL`): which lines
    /// serve it, and what to do where the documents list none.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<CountryAnswer>,
    pub source: Sources,
}

/// A country asked for in place of a phone line.
#[derive(Debug, Serialize)]
pub struct CountryAnswer {
    /// ISO 3166-1 alpha-2: `NL`.
    pub code: String,
    /// The country as the answer writes it: `the Netherlands`.
    pub name: String,
    /// Which lines apply, and the way the documents give where no line does.
    pub note: String,
}

/// The lines that serve `country` (its own, by name; for Office 365 Germany, the line of
/// the other markets of the European Economic Area), and a note saying so and what the
/// documents give where no Microsoft 365 number is listed.
fn country_lines(rules: &RuleSet, country: Country) -> (Vec<&PhoneLine>, String) {
    let bare = |name: &str| normalise(name.split_once(" (").map_or(name, |(bare, _)| bare));
    let names = country.names();
    let own: Vec<&PhoneLine> = rules
        .phone_lines()
        .iter()
        .filter(|l| names.contains(&bare(&l.name)))
        .collect();
    let written = countries::written(country);
    let mut lines = own.clone();
    let mut said = Vec::new();
    let eea_line = rules
        .phone_lines()
        .iter()
        .find(|l| normalise(&l.name).contains("european-economic-area"));
    if let Some(eea) = eea_line {
        let has_own = own.iter().any(|l| l.product == eea.product);
        if country.in_eea() && !has_own {
            lines.push(eea);
            said.push(format!(
                "for {}, {written} is one of the other markets of the European Economic Area: line `{}`",
                rules.product(eea.product).name,
                eea.id
            ));
        }
    }
    let m365 = rules
        .phone_lines()
        .iter()
        .filter(|l| rules.product(l.product).id == "microsoft-365");
    let listed: Vec<&str> = m365.clone().map(|l| l.name.as_str()).collect();
    if !own
        .iter()
        .any(|l| rules.product(l.product).id == "microsoft-365")
        && !listed.is_empty()
    {
        said.push(format!(
            "for Microsoft 365 the documents list numbers only for {} (the list by country they point to is not included): for {written}, open the request online in the Microsoft 365 admin center, Support > New service request",
            listed.join(", ")
        ));
    }
    for line in &own {
        said.insert(0, format!("{written}: line `{}`", line.id));
    }
    (lines, said.join("; "))
}

#[derive(Debug, Serialize)]
pub struct LineAnswer {
    pub line: String,
    pub name: String,
    pub product: String,
    pub number: String,
    pub alternative: Option<String>,
    pub desks: Vec<DeskAnswer>,
    pub notes: Vec<String>,
    pub note: Option<String>,
    pub source: Sources,
}

#[derive(Debug, Serialize)]
pub struct DeskAnswer {
    pub kind: String,
    pub languages: Vec<String>,
    /// The region id whose calendar gives the hours (`hours --region`).
    pub region: String,
    pub time_zone: String,
    pub hours: String,
}

/// One line by id, or every line (of one product).
pub fn answer(
    rules: &RuleSet,
    line: Option<&str>,
    product: Option<&str>,
) -> Result<ContactAnswer, super::Error> {
    let product: Option<&Product> = product.map(|p| rules.find(p)).transpose()?;
    let mut country = None;
    let chosen: Vec<&PhoneLine> = match line {
        Some(id) => match rules.find::<PhoneLine>(id) {
            Ok(line) => vec![line],
            // A country, by name or ISO code: the lines that serve it.
            Err(unknown) => {
                let Some(found) = countries::find(id) else {
                    return Err(unknown.into());
                };
                let (lines, note) = country_lines(rules, found);
                let lines: Vec<&PhoneLine> = lines
                    .into_iter()
                    .filter(|l| product.is_none_or(|p| l.product == p.key))
                    .collect();
                if lines.is_empty() {
                    // An answer, not an error: the documents say where to go instead (the
                    // admin center, their list by country), and that is what was asked.
                    let mut source = Sources::default();
                    for line in rules
                        .phone_lines()
                        .iter()
                        .filter(|l| product.is_none_or(|p| l.product == p.key))
                        .filter(|l| l.zones.is_empty())
                        .take(1)
                    {
                        source.add(rules, &line.source);
                    }
                    return Ok(ContactAnswer {
                        lines: Vec::new(),
                        country: Some(CountryAnswer {
                            code: found.code.to_string(),
                            name: countries::written(found),
                            note: format!(
                                "the documents list no phone line for {} ({}): {note}",
                                countries::written(found),
                                found.code
                            ),
                        }),
                        source,
                    });
                }
                country = Some(CountryAnswer {
                    code: found.code.to_string(),
                    name: countries::written(found),
                    note,
                });
                lines
            }
        },
        None => rules
            .phone_lines()
            .iter()
            .filter(|l| product.is_none_or(|p| l.product == p.key))
            .collect(),
    };
    if chosen.is_empty() {
        let mut with_lines: Vec<String> = Vec::new();
        for line in rules.phone_lines() {
            let product = format!("`{}`", rules.product(line.product).id);
            if !with_lines.contains(&product) {
                with_lines.push(product);
            }
        }
        fail!(
            NotAnswered,
            "the documents give no phone line for product `{}`; products with phone lines: {}",
            product.map_or("", |p| p.id.as_str()),
            with_lines.join(", ")
        );
    }
    let mut source = Sources::default();
    let lines = chosen
        .into_iter()
        .map(|line| line_answer(rules, line, &mut source))
        .collect();
    Ok(ContactAnswer {
        lines,
        country,
        source,
    })
}

/// One line's answer: its number and desks; its sources added to `source`.
fn line_answer(rules: &RuleSet, line: &PhoneLine, source: &mut Sources) -> LineAnswer {
    let desks = line
        .desk
        .iter()
        .map(|desk| {
            let region = rules.region(desk.hours);
            DeskAnswer {
                kind: desk.label(rules),
                languages: desk
                    .languages
                    .iter()
                    .map(|l| rules.language(*l).name.clone())
                    .collect(),
                region: region.id.clone(),
                time_zone: region.zone.to_string(),
                hours: windows_text(region),
            }
        })
        .collect();
    let cited = Sources::of(rules, &line.source);
    source.merge(&cited);
    LineAnswer {
        line: line.id.clone(),
        name: line.name.clone(),
        product: rules.product(line.product).id.clone(),
        number: line.number.clone(),
        alternative: line.alternative.clone(),
        desks,
        notes: line.notes.clone(),
        note: line.note.clone(),
        source: cited,
    }
}

impl Answer for ContactAnswer {
    fn table(&self, style: &Style) -> String {
        let mut out = table::with_header(style, ["Line", "Number", "Desk", "Hours"]);
        out.keep_lines_whole(1);
        let mut notes: Vec<String> = Vec::new();
        for line in &self.lines {
            if let Some(alternative) = &line.alternative {
                notes.push(format!(
                    "• {}: alternative number {}",
                    line.name,
                    table::unbroken(alternative)
                ));
            }
            for (i, desk) in line.desks.iter().enumerate() {
                let (name, number) = if i == 0 {
                    (
                        format!("{} ({})", line.name, line.line),
                        line.number.clone(),
                    )
                } else {
                    (String::new(), String::new())
                };
                let languages = match desk.languages.as_slice() {
                    [] => String::new(),
                    languages => format!(" in {}", languages.join(", ")),
                };
                out.add_row(vec![
                    name,
                    number,
                    format!("{}{languages}", desk.kind),
                    format!("{} {}", desk.hours, desk.time_zone),
                ]);
            }
            for n in line.notes.iter().chain(&line.note) {
                let n = format!("• {n}");
                if !notes.contains(&n) {
                    notes.push(n);
                }
            }
        }
        let country = self.country.as_ref().map_or(String::new(), |c| {
            let mut note = c.note.clone();
            if let Some(first) = note.get_mut(0..1) {
                first.make_ascii_uppercase();
            }
            format!("{note}.")
        });
        table::blocks(
            style,
            [
                country,
                if self.lines.is_empty() {
                    String::new()
                } else {
                    out.to_string()
                },
                notes.join("\n"),
                if self.lines.is_empty() {
                    String::new()
                } else {
                    "Each desk's hours as a calendar: `support-advisor hours --region REGION` (`--json` names the regions).".to_string()
                },
                self.source.lines(style),
            ],
        )
    }
}
