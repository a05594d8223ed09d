//! Which holiday files close which region's calendar (`--holidays [REGION=]FILE`).

use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use chrono::NaiveDate;

use super::{Error, HolidayFile};
use crate::rules::model::{Id, Named, Region};
use crate::rules::RuleSet;

/// One `--holidays` value: a file, for one region or for every calendar without its own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HolidaySpec {
    /// The region as typed before `=`, or `None` for a bare FILE.
    pub region: Option<String>,
    pub path: PathBuf,
}

impl FromStr for HolidaySpec {
    type Err = String;

    /// `REGION=FILE` or `FILE`. A value is read as `REGION=FILE` when the part before the
    /// first `=` looks like an id (letters, digits, `-`, `_`, spaces) and the whole value
    /// is not an existing file, so a file named `a=b.ics` still works.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.trim().is_empty() {
            return Err("expected FILE or REGION=FILE, such as emea=nl.ics".to_string());
        }
        let region_form = text.split_once('=').filter(|(region, _)| {
            !region.trim().is_empty()
                && region
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | ' '))
                && !Path::new(text).exists()
        });
        Ok(match region_form {
            Some((_, "")) => return Err(format!("`{text}` names no file after `=`")),
            Some((region, path)) => HolidaySpec {
                region: Some(region.trim().to_string()),
                path: PathBuf::from(path),
            },
            None => HolidaySpec {
                region: None,
                path: PathBuf::from(text),
            },
        })
    }
}

/// The holiday files of a command, by the region they close.
#[derive(Debug, Default)]
pub struct Catalog {
    /// Files for every calendar without its own.
    all: Vec<Arc<HolidayFile>>,
    /// Files for one region each, with the region's id as messages name it.
    by_region: Vec<(Id<Region>, String, Arc<HolidayFile>)>,
    /// Files whose all-day events open days (make-up working days), the same way.
    working_all: Vec<Arc<HolidayFile>>,
    working_by_region: Vec<(Id<Region>, Arc<HolidayFile>)>,
}

impl Catalog {
    /// The catalog of a command's holiday arguments: `--holidays` files (less the events
    /// of `--working-day-category`) close days; `--working-days` files, and the events of
    /// `--working-day-category` in the `--holidays` files, open them.
    ///
    /// Errors: those of [`Catalog::load`], and a working-day category no `--holidays` file
    /// has (with the categories the files have).
    pub fn from_args(args: &crate::cli::HolidayArgs, rules: &RuleSet) -> Result<Catalog, Error> {
        let mut catalog = Catalog::default();
        let working = &args.working_categories;
        for spec in &args.files {
            catalog.add(spec, &args.categories, working, false, rules)?;
        }
        if !working.is_empty() {
            for spec in &args.files {
                catalog.add(spec, working, &[], true, rules)?;
            }
            let opening: Vec<&Arc<HolidayFile>> = catalog
                .working_all
                .iter()
                .chain(catalog.working_by_region.iter().map(|(_, f)| f))
                .collect();
            for category in working.iter().map(|c| c.trim().to_lowercase()) {
                if opening
                    .iter()
                    .all(|f| f.absent_categories.contains(&category))
                {
                    let mut present: Vec<String> = opening
                        .iter()
                        .flat_map(|f| f.present_categories.iter().cloned())
                        .collect();
                    present.sort();
                    present.dedup();
                    return Err(Error::Argument(format!(
                        "--working-day-category `{}`: no event of the --holidays files has it; their categories: {}",
                        crate::render::echo::escape(&category),
                        if present.is_empty() {
                            "none".to_string()
                        } else {
                            crate::render::echo::escape(&present.join(", ")).into_owned()
                        }
                    )));
                }
            }
        }
        for spec in &args.working_days {
            catalog.add(spec, &[], &[], true, rules)?;
        }
        Ok(catalog)
    }

    /// Reads every file once (a file named twice is shared), keeping only events with one
    /// of `categories`. Errors: an unknown region (with the valid ids and a suggestion),
    /// or a file that cannot be read.
    pub fn load(
        specs: &[HolidaySpec],
        categories: &[String],
        rules: &RuleSet,
    ) -> Result<Catalog, Error> {
        let mut catalog = Catalog::default();
        for spec in specs {
            catalog.add(spec, categories, &[], false, rules)?;
        }
        Ok(catalog)
    }

    /// Adds one file: closing, or (`opens`) opening days.
    fn add(
        &mut self,
        spec: &HolidaySpec,
        categories: &[String],
        dropped: &[String],
        opens: bool,
        rules: &RuleSet,
    ) -> Result<(), Error> {
        let flag = if opens {
            "--working-days"
        } else {
            "--holidays"
        };
        let region = spec
            .region
            .as_deref()
            .map(|r| rules.find::<Region>(r))
            .transpose()
            .map_err(|e| Error::Argument(format!("{flag}: {e}")))?;
        // A desk open every day of the year: a file for it alone could change nothing.
        if let Some(region) = region.filter(|r| !r.closed_on_holidays) {
            let closed: Vec<&str> = rules
                .regions()
                .iter()
                .filter(|r| r.closed_on_holidays)
                .map(|r| r.id())
                .collect();
            return Err(Error::Argument(format!(
                "{flag}: region `{}` is open on holidays, so no holiday file closes it; regions that close on holidays: {}",
                region.id(),
                closed.join(", ")
            )));
        }
        let region = region.map(|r| (r.key, r.id.clone()));
        let (all, by_region): (&mut Vec<_>, Vec<&Arc<HolidayFile>>) = if opens {
            (
                &mut self.working_all,
                self.working_by_region.iter().map(|(_, f)| f).collect(),
            )
        } else {
            (
                &mut self.all,
                self.by_region.iter().map(|(_, _, f)| f).collect(),
            )
        };
        // A file named twice is read once (by path, for the same role).
        let known = all
            .iter()
            .chain(by_region)
            .find(|f| f.path.as_deref() == Some(spec.path.as_path()))
            .map(Arc::clone);
        let file = match known {
            Some(file) => file,
            None => {
                let mut file = HolidayFile::load_kept(&spec.path, categories, dropped)?;
                file.path = Some(spec.path.clone());
                Arc::new(file)
            }
        };
        // The same file twice for the same calendars counts once.
        match (region, opens) {
            (Some((region, id)), false) => {
                if !self
                    .by_region
                    .iter()
                    .any(|(r, _, f)| *r == region && Arc::ptr_eq(f, &file))
                {
                    self.by_region.push((region, id, file));
                }
            }
            (Some((region, _)), true) => {
                if !self
                    .working_by_region
                    .iter()
                    .any(|(r, f)| *r == region && Arc::ptr_eq(f, &file))
                {
                    self.working_by_region.push((region, file));
                }
            }
            (None, _) => {
                let all = if opens {
                    &mut self.working_all
                } else {
                    &mut self.all
                };
                if !all.iter().any(|f| Arc::ptr_eq(f, &file)) {
                    all.push(file);
                }
            }
        }
        Ok(())
    }

    /// The files that open days on `region`'s calendar: its own, else those for every
    /// calendar.
    pub fn working_for_region(&self, region: Id<Region>) -> Vec<Arc<HolidayFile>> {
        let own: Vec<Arc<HolidayFile>> = self
            .working_by_region
            .iter()
            .filter(|(r, _)| *r == region)
            .map(|(_, f)| Arc::clone(f))
            .collect();
        if own.is_empty() {
            self.working_all.clone()
        } else {
            own
        }
    }

    /// A catalog of one file for every calendar.
    #[cfg(test)]
    pub fn single(file: HolidayFile) -> Catalog {
        Catalog {
            all: vec![Arc::new(file)],
            ..Catalog::default()
        }
    }

    /// The files that close `region`'s calendar: its own, else those for every calendar.
    pub fn for_region(&self, region: Id<Region>) -> Vec<Arc<HolidayFile>> {
        let own: Vec<Arc<HolidayFile>> = self
            .by_region
            .iter()
            .filter(|(r, _, _)| *r == region)
            .map(|(_, _, f)| Arc::clone(f))
            .collect();
        if own.is_empty() {
            self.all.clone()
        } else {
            own
        }
    }

    /// Every file given, once each.
    pub fn files(&self) -> Vec<Arc<HolidayFile>> {
        let mut files: Vec<Arc<HolidayFile>> = Vec::new();
        for file in self
            .all
            .iter()
            .chain(self.by_region.iter().map(|(_, _, f)| f))
        {
            if !files.iter().any(|f| Arc::ptr_eq(f, file)) {
                files.push(Arc::clone(file));
            }
        }
        files
    }

    /// Why no file, or not every file, closes `region`'s calendar: the files given for
    /// other regions only, and the bare files set aside because the region has its own.
    pub fn left_aside(&self, region: &Region) -> Option<String> {
        let own = self.by_region.iter().any(|(r, _, _)| *r == region.key);
        let region = &region.id;
        let names = |files: Vec<&Arc<HolidayFile>>| {
            files
                .iter()
                .map(|f| f.file.clone())
                .collect::<Vec<_>>()
                .join(", ")
        };
        if own && !self.all.is_empty() {
            return Some(format!(
                "{} (for every calendar without its own) does not apply: region `{region}` has its own.",
                names(self.all.iter().collect())
            ));
        }
        if !own && self.all.is_empty() && !self.by_region.is_empty() {
            let others: Vec<&str> = self
                .by_region
                .iter()
                .map(|(_, id, _)| id.as_str())
                .collect();
            return Some(format!(
                "The --holidays files given are for {} only, not for region `{region}`.",
                others.join(", ")
            ));
        }
        None
    }
}

/// The earliest `known_until` of some files: past it, at least one of them says nothing.
pub fn known_until(files: &[Arc<HolidayFile>]) -> Option<NaiveDate> {
    files.iter().filter_map(|f| f.known_until).min()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_prefix_or_bare_file() {
        let spec: HolidaySpec = "emea=nl.ics".parse().expect("spec");
        assert_eq!(spec.region.as_deref(), Some("emea"));
        assert_eq!(spec.path, PathBuf::from("nl.ics"));
        let spec: HolidaySpec = "north-america=/tmp/us holidays.ics".parse().expect("spec");
        assert_eq!(spec.region.as_deref(), Some("north-america"));
        let spec: HolidaySpec = "nl.ics".parse().expect("spec");
        assert_eq!(spec.region, None);
        // A path with a directory before `=` is a file, not a region.
        let spec: HolidaySpec = "./a=b.ics".parse().expect("spec");
        assert_eq!(spec.region, None);
        assert!("emea=".parse::<HolidaySpec>().is_err());
        assert!("".parse::<HolidaySpec>().is_err());
    }
}
