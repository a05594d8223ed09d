//! Wall-clock values in rule files: weekdays and times of day.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// A day of the week, written `mon` … `sun` in rule files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    pub fn from_chrono(day: chrono::Weekday) -> Self {
        Self::ALL[day.num_days_from_monday() as usize]
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn short_name(self) -> &'static str {
        ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][self.index()]
    }
}

/// A time of day in minutes after midnight, `00:00` to `24:00` inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct ClockTime(u16);

impl ClockTime {
    pub const MIDNIGHT: ClockTime = ClockTime(0);
    pub const END_OF_DAY: ClockTime = ClockTime(24 * 60);

    /// This time read as a window's close: `00:00` is the end of the day (decided reading 5).
    pub fn as_close(self) -> ClockTime {
        if self == ClockTime::MIDNIGHT {
            ClockTime::END_OF_DAY
        } else {
            self
        }
    }

    pub fn minutes(self) -> u16 {
        self.0
    }

    /// Parses `HH:MM`, with `24:00` allowed for the end of the day.
    pub fn parse(text: &str) -> Option<ClockTime> {
        let (h, m) = text.split_once(':')?;
        if h.len() != 2 || m.len() != 2 {
            return None;
        }
        let h: u16 = h.parse().ok()?;
        let m: u16 = m.parse().ok()?;
        match (h, m) {
            (0..=23, 0..=59) | (24, 0) => Some(ClockTime(h * 60 + m)),
            _ => None,
        }
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ClockTime::parse(&text).ok_or_else(|| {
            de::Error::custom(format!(
                "invalid time of day `{text}`: expected HH:MM from 00:00 to 24:00"
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_times_of_day() {
        assert_eq!(ClockTime::parse("08:00"), Some(ClockTime(480)));
        assert_eq!(ClockTime::parse("17:30"), Some(ClockTime(1050)));
        assert_eq!(ClockTime::parse("24:00"), Some(ClockTime::END_OF_DAY));
        for bad in ["24:01", "8:00", "08:60", "0800", "", "ab:cd", "-1:00"] {
            assert_eq!(ClockTime::parse(bad), None, "{bad}");
        }
    }
}
