//! Shared table layout for the answers.
//!
//! Colour in a table is a comfy-table cell attribute, applied to each line of a cell after
//! the layout: cell text never holds an escape while it is measured and wrapped. A cell
//! written with [`Style::paint`] is turned into such a cell here ([`cell`]).

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{Attribute, Cell, ColumnConstraint, ContentArrangement, Row, Table, Width};

use super::style::{unpaint, Paint, Style};

/// An empty table in the house style: wrapped to fit, bold headings when coloured.
fn table(style: &Style) -> Table {
    let mut table = Table::new();
    table
        .load_preset(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    table.set_width(u16::try_from(style.width).unwrap_or(u16::MAX));
    if style.colour {
        table.enforce_styling();
        // The padding stays outside the escapes, so a line's end can be trimmed.
        table.style_text_only();
        // crossterm drops colours (not bold) where NO_COLOR is set; the run has decided
        // already (`--color always`, `FORCE_COLOR`), so it must not decide again.
        crossterm::style::Colored::set_ansi_color_disabled(false);
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

    /// The rows as a list, each its labelled lines (the header's names as the labels), a
    /// blank line between rows: for a width where the columns' words cannot stand side by
    /// side.
    fn listed(&self) -> String {
        let labels: Vec<String> = self
            .table
            .header()
            .map(|h| h.cell_iter().map(Cell::content).collect())
            .unwrap_or_default();
        let label_width = labels
            .iter()
            .map(|l| textwrap::core::display_width(l))
            .max()
            .unwrap_or(0);
        let mut out = String::new();
        for row in self.table.row_iter() {
            // A row whose first cell is empty goes on with the row above it (another desk
            // of the same line): no blank line between them.
            let goes_on = row
                .cell_iter()
                .next()
                .is_some_and(|c| c.content().trim().is_empty());
            let mut table = Table::new();
            table
                .load_preset(comfy_table::presets::NOTHING)
                .set_content_arrangement(ContentArrangement::Dynamic);
            table.set_width(u16::try_from(self.width).unwrap_or(u16::MAX));
            if self.table.should_style() {
                table.enforce_styling();
                table.style_text_only();
            } else {
                table.force_no_tty();
            }
            for (label, cell) in labels.iter().zip(row.cell_iter()) {
                if !cell.content().trim().is_empty() {
                    table.add_row(vec![
                        Cell::new(label).add_attribute(Attribute::Bold),
                        cell.clone(),
                    ]);
                }
            }
            let widths = [label_width + 2, self.width.saturating_sub(label_width + 2)];
            for (i, w) in widths.into_iter().enumerate() {
                if let (Some(column), Ok(w)) = (table.column_mut(i), u16::try_from(w)) {
                    column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
                    column.set_padding(if i == 0 { (0, 2) } else { (0, 0) });
                }
            }
            if !out.is_empty() {
                out.push_str(if goes_on { "\n" } else { "\n\n" });
            }
            out.push_str(&table.trim_fmt());
        }
        out
    }

    /// Adds a row of cells; text painted with [`Style::paint`] becomes a coloured cell.
    pub fn add_row<T: Into<Row>>(&mut self, row: T) -> &mut Grid {
        let row: Row = row.into();
        let cells: Vec<Cell> = row.cell_iter().map(unpainted).collect();
        self.table.add_row(cells);
        self
    }
}

impl std::fmt::Display for Grid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut table = self.table.clone();
        let text = match keep_words_whole(&mut table, self.width, &self.whole) {
            Layout::Table => table.to_string(),
            Layout::Listed => self.listed(),
        };
        f.write_str(&text.replace(UNBROKEN_SPACE, " "))
    }
}

/// A cell of `text` shown in `paint`'s colour when the table is coloured.
pub fn painted(text: &str, paint: Paint) -> Cell {
    Cell::new(text).fg(paint.color())
}

/// `text` as a cell: when it was written with [`Style::paint`] as a whole, its colour
/// becomes the cell's; any other escape is taken out, so the layout measures only text.
pub fn cell(text: &str) -> Cell {
    let (plain, spans) = unpaint(text);
    match spans.as_slice() {
        [span] if span.chars == (0..plain.chars().count()) => painted(&plain, span.paint),
        _ => Cell::new(plain),
    }
}

/// `cell` as it is, or as [`cell`] reads it when its text holds an escape.
fn unpainted(cell: &Cell) -> Cell {
    let content = cell.content();
    if content.contains('\x1b') {
        self::cell(&content)
    } else {
        cell.clone()
    }
}

pub use super::style::UNBROKEN_SPACE;

/// `text` (a phone number, a command) kept on one line by tables and prose alike.
pub fn unbroken(text: &str) -> String {
    text.replace(' ', &UNBROKEN_SPACE.to_string())
}

/// `text` with each phone number in it (two or more groups of digits separated by single
/// spaces, the first perhaps with `+`: `1 800 865 9408`, `+49 69 380 789 305`) kept on one
/// line, by tables and prose alike.
pub fn numbers_unbroken(text: &str) -> String {
    if text.contains('\n') {
        return text
            .split('\n')
            .map(numbers_unbroken)
            .collect::<Vec<_>>()
            .join("\n");
    }
    let is_group = |word: &str, last: bool| {
        let word = word.strip_prefix(['+', '(']).unwrap_or(word);
        let word = if last {
            word.trim_end_matches(['.', ',', ';', ':', ')'])
        } else {
            word
        };
        !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
    };
    let words: Vec<&str> = text.split(' ').collect();
    let mut out = String::with_capacity(text.len());
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            let joined = is_group(words[i - 1], false) && is_group(word, true);
            out.push(if joined { UNBROKEN_SPACE } else { ' ' });
        }
        out.push_str(word);
    }
    out
}

/// The width (padding included) of a column that has to break its longest words...
const BREAKING_COLUMN: usize = 10;
/// ...and the narrowest it gets beside a column kept whole.
const NARROWEST_COLUMN: usize = 6;

/// How a [`Grid`] is shown.
enum Layout {
    /// As a table, its columns' widths set.
    Table,
    /// As a list of labelled lines a row ([`Grid::listed`]).
    Listed,
}

/// Lays the columns out so that no word is broken (by display width; no line at all in the
/// `whole` columns): each column gets at least its longest word, and the room left is
/// shared out the way that draws the fewest lines. When the longest words cannot all stand
/// side by side in `width`, the `whole` columns and those with the shortest longest word
/// (ids, zones) are kept, and the others narrowed, given first what room is left up to the
/// longest word they can then hold whole; only a URL may be broken so. When some other word
/// would be broken (an id, a zone, an offset), or not even that fits, the table is
/// [`Layout::Listed`] instead.
fn keep_words_whole(table: &mut Table, width: usize, whole: &[usize]) -> Layout {
    let columns = table.column_count();
    // Per column, with the cell's padding (one each side): its words (a line in the
    // `whole` columns), its longest word and its widest line.
    let mut words: Vec<Vec<(usize, bool)>> = vec![Vec::new(); columns];
    let mut least = vec![2usize; columns];
    let mut most = vec![2usize; columns];
    let rows = table.header().into_iter().chain(table.row_iter());
    for row in rows {
        for (i, cell) in row.cell_iter().enumerate().take(columns) {
            let content = cell.content();
            let widest = content.lines().map(textwrap::core::display_width).max();
            // Words as comfy-table breaks lines: at ASCII spaces only.
            let pieces: Vec<&str> = if whole.contains(&i) {
                content.lines().collect()
            } else {
                content.split([' ', '\n']).collect()
            };
            for piece in pieces {
                let w = textwrap::core::display_width(piece) + 2;
                words[i].push((w, piece.contains("://")));
                least[i] = least[i].max(w);
            }
            most[i] = most[i].max(widest.unwrap_or(0) + 2);
        }
    }
    // The borders: one left of each column and one at the right.
    let room = width.saturating_sub(columns + 1);
    if most.iter().sum::<usize>() <= room {
        return Layout::Table; // Everything fits on one line a cell.
    }
    if least.iter().sum::<usize>() > room {
        // Not every column's words fit side by side: keep whole the `whole` columns, then
        // those with the shortest longest word (ids, zones), as long as the others keep a
        // narrow column each; those break their longest words (a URL) instead.
        let mut order: Vec<usize> = (0..columns).collect();
        order.sort_by_key(|&i| (!whole.contains(&i), least[i]));
        // Beside a column kept whole (a phone number) the prose may get narrower.
        let floor = if whole.is_empty() {
            BREAKING_COLUMN
        } else {
            NARROWEST_COLUMN
        };
        let mut kept = vec![false; columns];
        let (mut used, mut kept_count) = (0, 0);
        for &i in &order {
            // Every column not kept keeps `floor`.
            let others = (columns - kept_count - 1) * floor;
            if used + least[i] + others <= room {
                kept[i] = true;
                used += least[i];
                kept_count += 1;
            }
        }
        for i in 0..columns {
            if !kept[i] {
                least[i] = least[i].min(floor);
            }
        }
        if least.iter().sum::<usize>() > room {
            return Layout::Listed;
        }
        // The room left goes first to the narrowed columns: each up to the longest word
        // it can then hold whole.
        for i in 0..columns {
            let left = room - least.iter().sum::<usize>();
            if !kept[i] {
                let fits = words[i]
                    .iter()
                    .map(|&(w, _)| w)
                    .filter(|&w| w <= least[i] + left);
                least[i] = least[i].max(fits.max().unwrap_or(0));
            }
        }
        // Only a URL may be broken; an id, a zone or any other word makes a list.
        let broken = (0..columns).any(|i| words[i].iter().any(|&(w, url)| w > least[i] && !url));
        if broken {
            return Layout::Listed;
        }
    }
    // Two ways to share out the room left: the columns that need least more first (each
    // then fits one line a cell), or in proportion to what each needs. The one that draws
    // fewer lines wins.
    let spare = room - least.iter().sum::<usize>();
    let candidates = [
        fewest_first(&least, &most, spare),
        proportional(&least, &most, spare),
    ];
    let drawn = candidates.iter().map(|widths| {
        let mut laid_out = table.clone();
        set_widths(&mut laid_out, widths);
        (laid_out.lines().count(), widths)
    });
    if let Some((_, widths)) = drawn.min_by_key(|(lines, _)| *lines) {
        set_widths(table, widths);
    }
    Layout::Table
}

/// Fixes each column's width (padding included).
fn set_widths(table: &mut Table, widths: &[usize]) {
    for (i, &w) in widths.iter().enumerate() {
        if let (Some(column), Ok(w)) = (table.column_mut(i), u16::try_from(w)) {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
}

/// `spare` columns given first whole to the columns that need least to reach `most`,
/// then in equal shares to those still short of it.
fn fewest_first(least: &[usize], most: &[usize], mut spare: usize) -> Vec<usize> {
    let mut widths = least.to_vec();
    let mut by_deficit: Vec<usize> = (0..widths.len()).collect();
    by_deficit.sort_by_key(|&i| most[i] - least[i]);
    for &i in &by_deficit {
        let deficit = most[i] - widths[i];
        if deficit > spare {
            break;
        }
        widths[i] = most[i];
        spare -= deficit;
    }
    share_equally(&mut widths, most, spare);
    widths
}

/// `spare` columns shared in proportion to what each column needs to reach `most`.
fn proportional(least: &[usize], most: &[usize], spare: usize) -> Vec<usize> {
    let needs: Vec<usize> = least.iter().zip(most).map(|(l, m)| m - l).collect();
    let total: usize = needs.iter().sum();
    let mut widths = least.to_vec();
    let mut left = spare;
    for (i, need) in needs.iter().enumerate() {
        let add = (spare * need).checked_div(total).unwrap_or(0);
        let add = add.min(*need).min(left);
        widths[i] += add;
        left -= add;
    }
    share_equally(&mut widths, most, left);
    widths
}

/// `spare` columns in equal shares to the columns still short of `most`.
fn share_equally(widths: &mut [usize], most: &[usize], mut spare: usize) {
    while spare > 0 {
        let growing: Vec<usize> = (0..widths.len()).filter(|&i| widths[i] < most[i]).collect();
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
                cell(&value),
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
