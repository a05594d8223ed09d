//! `contact`: phone numbers, with each desk's languages and hours.

use anyhow::bail;
use serde::Serialize;

use super::hours::windows_text;
use super::{Answer, Sources};
use crate::render::style::Style;
use crate::render::table;
use crate::rules::model::{PhoneLine, Product};
use crate::rules::RuleSet;

#[derive(Debug, Serialize)]
pub struct ContactAnswer {
    pub lines: Vec<LineAnswer>,
    pub source: Sources,
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
) -> anyhow::Result<ContactAnswer> {
    let product: Option<&Product> = product.map(|p| rules.find(p)).transpose()?;
    let chosen: Vec<&PhoneLine> = match line {
        Some(id) => vec![rules.find(id)?],
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
        bail!(
            "the documents give no phone line for product `{}`; products with phone lines: {}",
            product.map_or("", |p| p.id.as_str()),
            with_lines.join(", ")
        );
    }
    let mut source = Sources::default();
    let lines = chosen
        .into_iter()
        .map(|line| {
            let desks = line
                .desk
                .iter()
                .map(|desk| {
                    let region = rules.region(desk.hours);
                    DeskAnswer {
                        kind: desk.kind.clone(),
                        languages: desk.languages.clone(),
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
        })
        .collect();
    Ok(ContactAnswer { lines, source })
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
        table::blocks(style, [
            out.to_string(),
            notes.join("\n"),
            "Each desk's hours as a calendar: `support-advisor hours --region REGION` (`--json` names the regions).".to_string(),
            self.source.lines(style),
        ])
    }
}
