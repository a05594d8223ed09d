//! Shared table layout for the answers.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, ContentArrangement, Table};

use crate::style::Style;

/// An empty table in the house style: wrapped to fit, bold headings when coloured.
fn table(style: &Style) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(u16::try_from(style.width).unwrap_or(u16::MAX));
    if style.colour {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

/// A table with a header row.
pub fn with_header<I: IntoIterator<Item = &'static str>>(style: &Style, header: I) -> Table {
    let mut table = table(style);
    table.set_header(
        header
            .into_iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    table
}

/// A two-column table of labelled values; empty values are left out.
pub fn key_values<'a>(style: &Style, rows: impl IntoIterator<Item = (&'a str, String)>) -> Table {
    let mut table = table(style);
    for (label, value) in rows {
        if !value.is_empty() {
            table.add_row(vec![
                Cell::new(label).add_attribute(Attribute::Bold),
                Cell::new(value),
            ]);
        }
    }
    table
}

/// Bulleted lines.
pub fn bullets(items: &[String]) -> String {
    items
        .iter()
        .map(|i| format!("• {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Joins the non-empty blocks of an answer with blank lines, prose wrapped to the width.
pub fn blocks<I: IntoIterator<Item = String>>(style: &Style, parts: I) -> String {
    let mut out = parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n");
    out.push('\n');
    style.wrap(&out)
}

/// "Note: …" for an optional note.
pub fn note(note: Option<&str>) -> String {
    note.map_or(String::new(), |n| format!("Note: {n}"))
}
