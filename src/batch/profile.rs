//! `--profile FILE`: a helpdesk export as its helpdesk writes it, named once in TOML —
//! which column is which field, which priority is which severity (the helpdesk's policy,
//! stated by the profile, never invented here), how times are written and in which zone,
//! the separator, and the plan when the export has no plan column. Tested profiles for
//! Zendesk, Freshdesk, Jira Service Management and ServiceNow are in `examples/profiles/`.

use std::collections::BTreeMap;
use std::path::Path;

use chrono_tz::Tz;
use serde::Deserialize;

use super::answerer::LineError;
use super::ErrorKind;
use crate::render::echo::escape;

/// Why a `--profile` was refused, naming the file as given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProfileError {
    /// "cannot read --profile `F`: REASON".
    Unreadable { file: String, reason: String },
    /// A file larger than a profile is.
    TooLarge { file: String },
    /// "invalid --profile `F`: PROBLEM": TOML that does not read (with its line and
    /// column), or a value no profile takes.
    Invalid { file: String, problem: String },
}

impl std::fmt::Display for ProfileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProfileError::Unreadable { file, reason } => {
                write!(f, "cannot read --profile `{file}`: {reason}")
            }
            ProfileError::TooLarge { file } => write!(
                f,
                "--profile `{file}` is over {MAX_PROFILE_BYTES} bytes: a profile is a few lines of TOML"
            ),
            ProfileError::Invalid { file, problem } => {
                write!(f, "invalid --profile `{file}`: {problem}")
            }
        }
    }
}

impl std::error::Error for ProfileError {}

/// The largest profile read: a profile is a screen of TOML.
const MAX_PROFILE_BYTES: u64 = 1 << 20;

/// An export profile, checked.
#[derive(Debug, Clone, Default)]
pub struct Profile {
    /// The column of each ticket field, as the export's header writes it.
    pub columns: Columns,
    /// Each priority as the export writes it → the severity it stands for.
    pub severities: Option<Severities>,
    /// How `submitted` is written (chrono's strftime), when not in the forms read anyway.
    pub time_format: Option<String>,
    /// The zone the export writes its times in.
    pub time_zone: Option<Tz>,
    /// The separator, when not detected.
    pub delimiter: Option<u8>,
    /// Every ticket's plan, when no column gives one.
    pub plan: Option<String>,
}

/// Which column of the export holds each field; a field not named is read from the column
/// of its own name, as without a profile.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Columns {
    /// The ticket's id (passed through with the row).
    pub id: Option<String>,
    /// The support plan.
    pub plan: Option<String>,
    /// The priority, looked up in the profile's `[severity]` table when it has one.
    pub severity: Option<String>,
    /// When the ticket was opened.
    pub submitted: Option<String>,
    /// The customer's region.
    pub region: Option<String>,
    /// The product.
    pub product: Option<String>,
    /// The customer's zone (not the zone times are written in: that is `time_zone` at the
    /// profile's top level).
    pub time_zone: Option<String>,
    /// The organisation's own target in business minutes.
    pub target_minutes: Option<String>,
    /// When Microsoft first responded (read as `submitted` is: the profile's time format
    /// and zone).
    pub responded: Option<String>,
}

/// The profile's priority → severity table; priorities match in any letter case, with
/// spaces around them ignored.
#[derive(Debug, Clone, Default)]
pub struct Severities {
    /// By the priority in lower case.
    map: BTreeMap<String, String>,
    /// The priorities as the profile writes them, for the error line.
    listed: String,
}

impl Severities {
    /// The severity a priority stands for; a priority the table does not name fails the
    /// ticket (`unmapped-priority`): the tool does not decide the helpdesk's policy.
    pub fn severity(&self, priority: &str) -> Result<&str, LineError> {
        let priority = priority.trim();
        // A table is a few lines: compared in turn, without a lower-case copy of each
        // ticket's priority unless it is not ASCII.
        let found = if priority.is_ascii() {
            self.map
                .iter()
                .find(|(key, _)| key.eq_ignore_ascii_case(priority))
                .map(|(_, severity)| severity)
        } else {
            self.map.get(&priority.to_lowercase())
        };
        found.map(String::as_str).ok_or_else(|| {
                LineError::new(
                    ErrorKind::UnmappedPriority,
                    format!(
                        "priority `{}` is not in the profile's [severity] table (it maps {}): add it there",
                        escape(priority),
                        self.listed
                    ),
                )
            })
    }
}

/// The profile's TOML.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    #[serde(default)]
    columns: Columns,
    severity: Option<BTreeMap<String, String>>,
    time_format: Option<String>,
    time_zone: Option<String>,
    delimiter: Option<String>,
    plan: Option<String>,
}

impl Profile {
    /// Reads and checks a profile. Errors name the file, and where TOML is wrong, the line
    /// and column.
    pub fn load(path: &Path) -> Result<Profile, ProfileError> {
        use std::io::Read;
        let file = escape(&path.display().to_string()).into_owned();
        let mut text = String::new();
        if let Err(e) = std::fs::File::open(path)
            .and_then(|f| f.take(MAX_PROFILE_BYTES + 1).read_to_string(&mut text))
        {
            let reason = e.to_string();
            return Err(ProfileError::Unreadable { file, reason });
        }
        if text.len() as u64 > MAX_PROFILE_BYTES {
            return Err(ProfileError::TooLarge { file });
        }
        Profile::parse(&text).map_err(|problem| ProfileError::Invalid { file, problem })
    }

    /// A profile from its TOML text; the error is what is wrong with it.
    pub fn parse(text: &str) -> Result<Profile, String> {
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let place = e
                .span()
                .map(|span| {
                    let before = &text[..span.start.min(text.len())];
                    let line = before.matches('\n').count() + 1;
                    let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
                    format!("line {line}, column {column}: ")
                })
                .unwrap_or_default();
            format!("{place}{}", escape(e.message().trim()))
        })?;
        let time_zone = raw
            .time_zone
            .as_deref()
            .map(|zone| crate::time::zone("time_zone", zone))
            .transpose()
            .map_err(|e| e.to_string())?;
        let time_format = match raw.time_format {
            Some(format) => Some(
                crate::time::time_format_arg(&format)
                    .map_err(|problem| format!("time_format `{}`: {problem}", escape(&format)))?,
            ),
            None => None,
        };
        let delimiter = raw
            .delimiter
            .as_deref()
            .map(|d| delimiter_arg(d).map_err(|problem| format!("delimiter: {problem}")))
            .transpose()?;
        let severities = raw.severity.map(|table| {
            let listed = table
                .keys()
                .map(|k| format!("`{}`", escape(k)))
                .collect::<Vec<_>>()
                .join(", ");
            Severities {
                map: table
                    .into_iter()
                    .map(|(k, v)| (k.trim().to_lowercase(), v))
                    .collect(),
                listed,
            }
        });
        Ok(Profile {
            columns: raw.columns,
            severities,
            time_format,
            time_zone,
            delimiter,
            plan: raw.plan,
        })
    }
}

/// `--delimiter` (and a profile's `delimiter`): `,`, `;`, `|`, or a tab (`tab`, `\t`, or
/// the character itself).
pub fn delimiter_arg(text: &str) -> Result<u8, String> {
    match text {
        "," => Ok(b','),
        ";" => Ok(b';'),
        "|" => Ok(b'|'),
        "\t" | "\\t" | "tab" | "TAB" | "Tab" => Ok(b'\t'),
        _ => Err(format!(
            "`{}` is not a separator read: give `,`, `;`, `|` or `tab`",
            escape(text)
        )),
    }
}
