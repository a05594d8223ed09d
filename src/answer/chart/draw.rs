//! Drawing the chart: strips of cells, hour ticks, the now column, colour, and the notes,
//! all within the width. The strips themselves are computed in the parent module.

use super::*;

pub(super) fn pad(text: &str, width: usize) -> String {
    format!("{:<width$}", fit(text, width))
}

/// Words wrapped to `width` columns: the first line after `first`, the others after `indent`
/// spaces; a word too long for a line is cut across lines.
pub(super) fn wrap(width: usize, first: &str, indent: usize, text: &str) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    let room = width.saturating_sub(indent).max(1);
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        let len = line.chars().count();
        let needed = if empty { word.len() } else { word.len() + 1 };
        if len + needed > width && !empty {
            lines.push(std::mem::replace(&mut line, " ".repeat(indent)));
            empty = true;
        }
        while line.chars().count() + word.len() > width && word.len() > room {
            let take = width.saturating_sub(line.chars().count()).max(1);
            let rest = word.split_off(take.min(word.len()));
            line.extend(word);
            lines.push(std::mem::replace(&mut line, " ".repeat(indent)));
            word = rest;
        }
        if !empty {
            line.push(' ');
        }
        line.extend(word);
        empty = false;
    }
    lines.push(line);
    lines
}

/// ANSI colouring, or none.
#[derive(Clone, Copy)]
struct Paint(bool);

impl Paint {
    fn paint(self, style: &str, text: &str) -> String {
        if self.0 && !text.is_empty() {
            format!("{style}{text}{RESET}")
        } else {
            text.to_string()
        }
    }
}

/// When the next change comes, as read in the user's zone on `day`: "18:00",
/// "Mon 08:00" within a week, else "4 Jan".
fn when_text(t: DateTime<Utc>, zone: Tz, day: NaiveDate) -> String {
    let local = t.with_timezone(&zone);
    let on = local.date_naive();
    if on == day {
        local.format("%H:%M").to_string()
    } else if on > day && (on - day).num_days() < 7 {
        local.format("%a %H:%M").to_string()
    } else {
        local.format("%-d %b").to_string()
    }
}

/// What happens next, for a row's right-hand column: "until 18:00" or "opens 15:00",
/// or where that does not fit in `room`, "→ 18:00" (and `true`).
fn status_text(row: &ChartRow, zone: Tz, day: NaiveDate, room: usize) -> (String, bool) {
    let full = match (row.open_now, row.next_change.map(|n| n.utc)) {
        (true, None) => "always open".to_string(),
        (false, None) => "no opening within a year".to_string(),
        (true, Some(t)) => format!("until {}", when_text(t, zone, day)),
        (false, Some(t)) => format!("opens {}", when_text(t, zone, day)),
    };
    if full.chars().count() <= room {
        return (full, false);
    }
    let compact = match (row.open_now, row.next_change.map(|n| n.utc)) {
        (true, None) => "always open".to_string(),
        (false, None) => "no opening".to_string(),
        (_, Some(t)) => format!("→ {}", when_text(t, zone, day)),
    };
    let arrow = compact.starts_with('→');
    (fit(&compact, room), arrow)
}

impl Drawn {
    /// The strip of one row: a glyph per cell, coloured in runs.
    fn strip(&self, cells: &[bool], paint: Paint) -> String {
        let mut out = String::new();
        let mut run = String::new();
        let mut run_style = "";
        for (i, &open) in cells.iter().enumerate() {
            let now = self.chart.now_cell == Some(i);
            let (style, glyph) = match (open, now) {
                (true, false) => (GREEN, OPEN),
                (false, false) => (DIM, CLOSED),
                (true, true) => (NOW_STYLE, OPEN),
                (false, true) => (NOW_STYLE, NOW_CLOSED),
            };
            if style != run_style && !run.is_empty() {
                out.push_str(&paint.paint(run_style, &run));
                run.clear();
            }
            run_style = style;
            run.push(glyph);
        }
        out.push_str(&paint.paint(run_style, &run));
        out
    }

    /// The hour ticks: `00 03 06 …` over the cells that start at that local hour.
    fn ticks(&self) -> String {
        let d = &self.drawing;
        let mut line: Vec<char> = vec![' '; d.cell_starts.len() + 2];
        let mut placed: Vec<u32> = Vec::new();
        let mut free_from = 0;
        for (i, t) in d.cell_starts.iter().enumerate() {
            let local = t.with_timezone(&d.zone);
            let hour = local.hour();
            if local.minute() != 0 || local.second() != 0 || hour % 3 != 0 {
                continue;
            }
            if placed.contains(&hour) || i < free_from || local.date_naive() != d.day {
                continue;
            }
            let label: Vec<char> = format!("{hour:02}").chars().collect();
            line[i..i + 2].copy_from_slice(&label);
            placed.push(hour);
            free_from = i + 3;
        }
        line.into_iter().collect::<String>().trim_end().to_string()
    }

    /// "UTC+01:00", or "UTC+02:00 → UTC+01:00" on a day whose offset changes.
    fn offsets(&self) -> String {
        let d = &self.drawing;
        let offset = |t: DateTime<Utc>| format!("UTC{}", t.with_timezone(&d.zone).format("%:z"));
        let (first, last) = (offset(d.start), offset(d.end - TimeDelta::seconds(1)));
        if first == last {
            first
        } else {
            format!("{first} → {last}")
        }
    }

    fn now_local_time(&self) -> DateTime<Tz> {
        self.drawing.now.with_timezone(&self.drawing.zone)
    }

    /// The title (the day, the zone and its offsets), the hour ticks, and the now marker.
    fn title_and_now(&self, paint: Paint, indent: &str, right: usize, lines: &mut Vec<String>) {
        let d = &self.drawing;
        let cells = self.chart.cells;
        let day_text = d.day.format("%a %-d %b %Y");
        let zone_text = format!("{} ({})", d.zone.name(), self.offsets());
        let title = format!("Support desks on {day_text}, {zone_text}");
        lines.push(if title.chars().count() <= d.width {
            paint.paint(BOLD, &title)
        } else {
            paint.paint(BOLD, &fit(&format!("{day_text}, {zone_text}"), d.width))
        });
        lines.push(format!("{indent}{}", self.ticks()));
        if let Some(now_cell) = self.chart.now_cell {
            let now_text = format!("now {}", self.now_local_time().format("%H:%M"));
            let room = cells + right;
            let marker = if now_cell + 2 + now_text.chars().count() <= room {
                format!(
                    "{}{} {now_text}",
                    " ".repeat(now_cell),
                    paint.paint(NOW_STYLE, &NOW_MARK.to_string())
                )
            } else if now_cell > now_text.chars().count() {
                format!(
                    "{}{now_text} {}",
                    " ".repeat(now_cell - now_text.chars().count() - 1),
                    paint.paint(NOW_STYLE, &NOW_MARK.to_string())
                )
            } else {
                format!(
                    "{}{}",
                    " ".repeat(now_cell),
                    paint.paint(NOW_STYLE, &NOW_MARK.to_string())
                )
            };
            lines.push(format!("{indent}{marker}"));
        }
    }

    /// One line a row, business hours first, then service desks; the regions whose hours
    /// need `--tz` under their group, not drawn.
    fn desk_rows(
        &self,
        paint: Paint,
        label_width: usize,
        statuses: &[String],
        right: usize,
        lines: &mut Vec<String>,
    ) {
        let d = &self.drawing;
        let cells = self.chart.cells;
        let now_on_day = self.chart.now_cell.is_some();
        let needs_tz_text = fit(
            "not drawn: the customer's own local hours, give --tz",
            cells + right,
        );
        let groups = [(false, "Business hours"), (true, "Service desks")];
        for (service_desk, heading) in groups {
            let rows: Vec<(usize, &ChartRow)> = self
                .chart
                .rows
                .iter()
                .enumerate()
                .filter(|(_, r)| r.service_desk() == service_desk)
                .collect();
            let missing: Vec<&NeedsTz> = self
                .chart
                .needs_tz
                .iter()
                .filter(|n| n.service_desk() == service_desk)
                .collect();
            if rows.is_empty() && missing.is_empty() {
                continue;
            }
            lines.push(paint.paint(BOLD, heading));
            for (i, row) in rows {
                let label = pad(&row.label, label_width);
                let label = if row.open_now && now_on_day {
                    paint.paint(BOLD, &label)
                } else {
                    label
                };
                let status = &statuses[i];
                let status = if row.open_now {
                    paint.paint(GREEN, status)
                } else {
                    paint.paint(DIM, status)
                };
                let line = format!("{label} {} {status}", self.strip(&d.strips[i], paint));
                lines.push(line.trim_end().to_string());
            }
            for missing in missing {
                lines.push(format!(
                    "{} {}",
                    pad(&missing.label, label_width),
                    paint.paint(DIM, &needs_tz_text)
                ));
            }
        }
    }

    /// What the symbols mean, the cell's length, and the arrow where one is drawn.
    fn legend(&self, paint: Paint, arrows: bool, lines: &mut Vec<String>) {
        let d = &self.drawing;
        let now_on_day = self.chart.now_cell.is_some();
        let mut legend = format!(
            "{} open  {} closed",
            paint.paint(GREEN, &OPEN.to_string()),
            paint.paint(DIM, &CLOSED.to_string())
        );
        if now_on_day {
            legend.push_str(&format!(
                "  {} now",
                paint.paint(NOW_STYLE, &format!("{NOW_MARK}{NOW_CLOSED}"))
            ));
        }
        let cell = format!(
            "one cell = {} min, shown open if open at its start",
            self.chart.cell_minutes
        );
        // The legend's symbols take 24 columns with the now mark, 15 without.
        let symbols = if now_on_day { 24 } else { 15 };
        if symbols + 2 + cell.chars().count() <= d.width {
            legend.push_str("  ");
            legend.push_str(&cell);
            lines.push(legend);
        } else {
            lines.push(legend);
            lines.extend(wrap(d.width, "", 0, &cell));
        }
        if arrows {
            lines.extend(wrap(
                d.width,
                "",
                0,
                "→ the next change: closing where open now, opening where closed now",
            ));
        }
    }

    /// Notes on the day: a clock change, now elsewhere, which holidays count.
    fn notes(&self, lines: &mut Vec<String>) {
        let d = &self.drawing;
        let cells = self.chart.cells;
        let now_on_day = self.chart.now_cell.is_some();
        let mut notes: Vec<String> = Vec::new();
        if self.chart.day_minutes != 24 * 60 {
            notes.push(format!(
                "The clocks change on this day in {}: it lasts {}, drawn as {cells} cells; \
                 the ticks follow the local clock.",
                d.zone.name(),
                duration_text(self.chart.day_minutes)
            ));
        }
        if !now_on_day {
            notes.push(format!(
                "Now ({}) is not on this day: no now marker, and no next change.",
                self.now_local_time().format("%a %-d %b %Y %H:%M")
            ));
        }
        match &self.chart.holidays_file {
            Some(file) if d.open_on_holidays.is_empty() => {
                notes.push(format!("Holidays from {file} were taken into account."))
            }
            Some(file) => notes.push(format!(
                "Holidays from {file} were taken into account; {} open on holidays.",
                d.open_on_holidays.join(", ")
            )),
            None if d.holidays_matter => notes.push(
                "Public holidays are not taken into account (give --holidays FILE).".to_string(),
            ),
            None => {}
        }
        notes.extend(self.chart.holiday_notes.iter().cloned());
        for note in notes {
            lines.extend(wrap(d.width, "", 0, &note));
        }
    }

    /// The languages each row's desk serves, the footnotes of the language desks' rows, and
    /// the desks' conditions.
    fn languages(&self, label_width: usize, lines: &mut Vec<String>) {
        let d = &self.drawing;
        lines.push(String::new());
        lines.push("Languages, in the hours of their row:".to_string());
        let mut footnote_rows: Vec<&ChartRow> = Vec::new();
        let mut language_lines: Vec<(bool, String, &[LanguageServed])> = self
            .chart
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::Region)
            .map(|r| (r.service_desk(), r.label.clone(), r.languages.as_slice()))
            .collect();
        language_lines.extend(
            self.chart
                .needs_tz
                .iter()
                .map(|n| (n.service_desk(), n.label.clone(), n.languages.as_slice())),
        );
        language_lines.sort_by_key(|(service_desk, _, _)| *service_desk);
        for (_, label, languages) in language_lines {
            let names = if languages.is_empty() {
                "none named".to_string()
            } else {
                languages
                    .iter()
                    .map(|l| {
                        if l.own_row {
                            format!("{}*", l.name)
                        } else {
                            l.name.clone()
                        }
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            lines.extend(wrap(
                d.width,
                &format!("  {} ", pad(&label, label_width)),
                label_width + 3,
                &names,
            ));
        }
        for row in self
            .chart
            .rows
            .iter()
            .filter(|r| r.kind == RowKind::LanguageDesk)
        {
            if !footnote_rows.iter().any(|f| f.label == row.label) {
                footnote_rows.push(row);
            }
        }
        for row in footnote_rows {
            let text = match &row.condition {
                Some(condition) => format!("{}, row `{}`: {condition}", row.name, row.label),
                None => format!("{}: row `{}`.", row.name, row.label),
            };
            lines.extend(wrap(d.width, "* ", 2, &text));
        }
        for condition in &d.conditions {
            lines.extend(wrap(d.width, "Note: ", 6, condition));
        }
        lines.extend(wrap(
            d.width,
            "",
            0,
            "Notes and sources: `support-advisor hours`.",
        ));
    }
}

impl Answer for Drawn {
    fn table(&self, style: &Style) -> String {
        let d = &self.drawing;
        let paint = Paint(style.colour);
        let cells = self.chart.cells;
        let now_on_day = self.chart.now_cell.is_some();
        let longest_label = self
            .chart
            .rows
            .iter()
            .map(|r| r.label.chars().count())
            .chain(self.chart.needs_tz.iter().map(|n| n.label.chars().count()))
            .max()
            .unwrap_or(0);
        // The label, the strip, and room for what happens next in its shortest form.
        let status_min = if now_on_day { STATUS_MIN + 1 } else { 0 };
        let label_width = longest_label
            .min(MAX_LABEL)
            .min(d.width.saturating_sub(cells + 1 + status_min))
            .max(1);
        let room = d.width.saturating_sub(label_width + cells + 2);
        let mut arrows = false;
        let statuses: Vec<String> = self
            .chart
            .rows
            .iter()
            .map(|r| {
                if now_on_day {
                    let (text, arrow) = status_text(r, d.zone, d.day, room);
                    arrows |= arrow;
                    text
                } else {
                    String::new()
                }
            })
            .collect();
        let right = room + 1;
        let indent = " ".repeat(label_width + 1);
        let mut lines: Vec<String> = Vec::new();

        self.title_and_now(paint, &indent, right, &mut lines);
        self.desk_rows(paint, label_width, &statuses, right, &mut lines);
        self.legend(paint, arrows, &mut lines);
        self.notes(&mut lines);
        self.languages(label_width, &mut lines);
        let mut out = lines.join("\n");
        out.push('\n');
        out
    }
}

/// "23 hours", "25 hours", "47 hours 1 minute".
fn duration_text(minutes: i64) -> String {
    let (hours, minutes) = (minutes / 60, minutes % 60);
    let plural = text::plural;
    if minutes == 0 {
        plural(hours, "hour")
    } else {
        format!("{} {}", plural(hours, "hour"), plural(minutes, "minute"))
    }
}
