//! What answers say of the holiday files that closed a calendar: which files, where they
//! end, what in them closes nothing, and what a category filter left out.

use std::sync::Arc;

use chrono::NaiveDate;
use serde::Serialize;

use crate::holidays::HolidayFile;

/// The most ignored events a table names; JSON carries them all.
const SHOWN_IGNORED: usize = 3;

/// The holiday files behind one calendar, as an answer reports them.
#[derive(Debug, Clone, Default, Serialize)]
pub struct FilesReport {
    /// The files, joined with ", "; `null` when none applies.
    pub file: Option<String>,
    /// Each file that closes the calendar.
    pub files: Vec<String>,
    /// The last day the files know of (the earliest among them); `null` when they recur
    /// without end or none applies.
    pub known_until: Option<NaiveDate>,
    /// Events that close nothing, with file, line and reason.
    pub ignored: Vec<IgnoredEvent>,
    /// Events left out because none of their categories was asked for.
    pub left_out: usize,
    /// Categories asked for (`--holiday-category`) that no event of a file has.
    pub absent_categories: Vec<AbsentCategory>,
    /// Whether the file that ends first still has events recurring after `known_until`.
    #[serde(skip)]
    pub recurs_after: bool,
}

/// A category asked for that a file does not have, with the categories it has.
#[derive(Debug, Clone, Serialize)]
pub struct AbsentCategory {
    pub file: String,
    pub category: String,
    pub file_categories: Vec<String>,
    /// The file is a date list: the category does not apply and every date counts.
    pub date_list: bool,
}

/// An event of a holiday file that closes nothing.
#[derive(Debug, Clone, Serialize)]
pub struct IgnoredEvent {
    pub file: String,
    pub line: usize,
    pub reason: String,
}

impl FilesReport {
    pub fn of(files: &[Arc<HolidayFile>]) -> FilesReport {
        let names: Vec<String> = files.iter().map(|f| f.file.clone()).collect();
        let known_until = crate::holidays::known_until(files);
        FilesReport {
            file: (!names.is_empty()).then(|| names.join(", ")),
            known_until,
            recurs_after: files
                .iter()
                .any(|f| f.known_until == known_until && f.recurs_without_end),
            ignored: files
                .iter()
                .flat_map(|f| {
                    f.ignored.iter().map(|i| IgnoredEvent {
                        file: f.file.clone(),
                        line: i.line,
                        reason: i.reason.clone(),
                    })
                })
                .collect(),
            left_out: files.iter().map(|f| f.left_out).sum(),
            absent_categories: files
                .iter()
                .flat_map(|f| {
                    f.absent_categories.iter().map(|c| AbsentCategory {
                        file: f.file.clone(),
                        category: c.clone(),
                        file_categories: f.present_categories.clone(),
                        date_list: f.date_lines,
                    })
                })
                .collect(),
            files: names,
        }
    }

    /// Sentences for a table: where the files end (when `last_day`, the last local day
    /// the answer looks at, is past it), what they ignored, what the filter left out.
    pub fn caveats(&self, last_day: Option<NaiveDate>) -> Vec<String> {
        let mut out = Vec::new();
        if let (Some(until), Some(last)) = (self.known_until, last_day) {
            if last > until {
                out.push(until_caveat(until, self.recurs_after));
            }
        }
        if !self.ignored.is_empty() {
            let shown: Vec<String> = self
                .ignored
                .iter()
                .take(SHOWN_IGNORED)
                .map(|i| format!("{} line {}: {}", i.file, i.line, i.reason))
                .collect();
            let more = match self.ignored.len().saturating_sub(SHOWN_IGNORED) {
                0 => String::new(),
                n => format!("; and {n} more"),
            };
            out.push(format!(
                "{} in the holiday file{} close{} nothing: {}{more} (`support-advisor holidays FILE` lists them).",
                crate::render::text::count(self.ignored.len() as i64, "event", "events"),
                if self.files.len() == 1 { "" } else { "s" },
                if self.ignored.len() == 1 { "s" } else { "" },
                shown.join("; ")
            ));
        }
        for absent in &self.absent_categories {
            out.push(absent_caveat(absent));
        }
        if self.left_out > 0 {
            out.push(format!(
                "{} without the categories asked for (--holiday-category) {} left out.",
                crate::render::text::count(self.left_out as i64, "event", "events"),
                if self.left_out == 1 { "was" } else { "were" }
            ));
        }
        out
    }
}

/// A category asked for that a file does not have: likely a typo that keeps nothing.
pub fn absent_caveat(absent: &AbsentCategory) -> String {
    if absent.date_list {
        return format!(
            "{} is a date list, which has no categories: --holiday-category `{}` does not apply to it, and every date in it counts.",
            absent.file,
            crate::render::echo::shorten(&absent.category, 60)
        );
    }
    let has = if absent.file_categories.is_empty() {
        "it has no categories at all".to_string()
    } else {
        format!(
            "its categories: {}",
            crate::render::echo::shorten(&absent.file_categories.join(", "), 300)
        )
    };
    format!(
        "No event in {} has the category `{}` ({has}).",
        absent.file,
        crate::render::echo::shorten(&absent.category, 60)
    )
}

/// What a file that ends at `until` means for later days.
pub fn until_caveat(until: NaiveDate, recurs_after: bool) -> String {
    if recurs_after {
        format!(
            "Holidays known until {until}: after that day only the holiday file's recurring \
             events close days, so one-off holidays (such as those that follow Easter) are missing."
        )
    } else {
        format!(
            "Holidays known until {until}: the holiday file lists nothing after that day, \
             so later days were counted as working days."
        )
    }
}
