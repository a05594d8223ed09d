//! Shared table layout for the answers.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Table, Width};

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
pub fn with_header<I: IntoIterator<Item = &'static str>>(style: &Style, header: I) -> Grid {
    let mut table = table(style);
    table.set_header(
        header
            .into_iter()
            .map(|h| Cell::new(h).add_attribute(Attribute::Bold)),
    );
    Grid {
        table,
        width: style.width,
        whole: Vec::new(),
    }
}

/// A table with a header row whose cells never break a word: an id, a zone name or a phone
/// number keeps its column wide enough, and the prose columns wrap instead.
pub struct Grid {
    table: Table,
    width: usize,
    /// Columns whose lines are never broken at all, spaces included (phone numbers).
    whole: Vec<usize>,
}

impl Grid {
    /// Keeps each line of the cells of `column` whole, spaces included: a phone number
    /// (`+31 20 500 1005`) is dialled as one piece. Such columns are kept first.
    pub fn keep_lines_whole(&mut self, column: usize) -> &mut Grid {
        self.whole.push(column);
        self
    }

    /// Adds a row of cells.
    pub fn add_row<T: Into<comfy_table::Row>>(&mut self, row: T) -> &mut Grid {
        self.table.add_row(row);
        self
    }
}

impl std::fmt::Display for Grid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut table = self.table.clone();
        keep_words_whole(&mut table, self.width, &self.whole);
        f.write_str(&table.to_string())
    }
}

/// Lays the columns out so that no word is broken (by display width; no line at all in the
/// `whole` columns): each column gets at least its longest word; the room left goes first
/// to the columns that need least more to fit one line a cell, then in equal shares to
/// those that still wrap. When even the longest words cannot stand side by side in `width`,
/// comfy-table lays the table out itself with the `whole` columns kept, breaking words
/// only in the others.
fn keep_words_whole(table: &mut Table, width: usize, whole: &[usize]) {
    let columns = table.column_count();
    // Per column, with the cell's padding (one each side): its longest word and its
    // widest line.
    let mut least = vec![2usize; columns];
    let mut most = vec![2usize; columns];
    let rows = table.header().into_iter().chain(table.row_iter());
    for row in rows {
        for (i, cell) in row.cell_iter().enumerate().take(columns) {
            let content = cell.content();
            let widest = content.lines().map(textwrap::core::display_width).max();
            let longest = if whole.contains(&i) {
                widest
            } else {
                content
                    .split_whitespace()
                    .map(textwrap::core::display_width)
                    .max()
            };
            least[i] = least[i].max(longest.unwrap_or(0) + 2);
            most[i] = most[i].max(widest.unwrap_or(0) + 2);
        }
    }
    // The borders: one left of each column and one at the right.
    let room = width.saturating_sub(columns + 1);
    if most.iter().sum::<usize>() <= room {
        return; // Everything fits on one line a cell.
    }
    if least.iter().sum::<usize>() > room {
        for &i in whole {
            if let (Some(column), Ok(bound)) = (table.column_mut(i), u16::try_from(least[i])) {
                column.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(bound)));
            }
        }
        return;
    }
    let mut widths = least.clone();
    let mut spare = room - least.iter().sum::<usize>();
    // First the columns that need least to fit on one line a cell, while that fits...
    let mut by_deficit: Vec<usize> = (0..columns).collect();
    by_deficit.sort_by_key(|&i| most[i] - least[i]);
    for &i in &by_deficit {
        let deficit = most[i] - widths[i];
        if deficit > spare {
            break;
        }
        widths[i] = most[i];
        spare -= deficit;
    }
    // ...then what is left, in equal shares, to those that still wrap.
    while spare > 0 {
        let growing: Vec<usize> = (0..columns).filter(|&i| widths[i] < most[i]).collect();
        if growing.is_empty() {
            break;
        }
        let share = (spare / growing.len()).max(1);
        for i in growing {
            let add = share.min(most[i] - widths[i]).min(spare);
            widths[i] += add;
            spare -= add;
        }
    }
    for (i, w) in widths.into_iter().enumerate() {
        if let (Some(column), Ok(w)) = (table.column_mut(i), u16::try_from(w)) {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
}

/// A two-column list of labelled values, without borders (the answer's lines are the
/// answer, not a frame around it), rendered; empty values are left out.
pub fn key_values<'a>(style: &Style, rows: impl IntoIterator<Item = (&'a str, String)>) -> String {
    let mut table = table(style);
    table.load_preset(comfy_table::presets::NOTHING);
    for (label, value) in rows {
        if !value.is_empty() {
            table.add_row(vec![
                Cell::new(label).add_attribute(Attribute::Bold),
                Cell::new(value),
            ]);
        }
    }
    // No frame: the labels start at the margin, and no line ends in padding.
    if let Some(labels) = table.column_mut(0) {
        labels.set_padding((0, 2));
    }
    if let Some(values) = table.column_mut(1) {
        values.set_padding((0, 0));
    }
    table.trim_fmt()
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

/// The end of an answer: its sources, then the line saying what `--details` adds (no
/// blank line between: both are about the answer, not part of it).
pub fn ending(sources: String, more: String) -> String {
    [sources, more]
        .into_iter()
        .filter(|p| !p.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// "Note: …" for an optional note.
pub fn note(note: Option<&str>) -> String {
    note.map_or(String::new(), |n| format!("Note: {n}"))
}
