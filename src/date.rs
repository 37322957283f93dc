//! Calendar dates: the one date type of the content format, parsed from TOML dates
//! (`2025-03-01`) or ISO strings (`"2025-03-01"`), validated (no 30 February), and
//! counted in days so that "overdue" and "days late" are plain arithmetic.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A date in the proleptic Gregorian calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    /// A date, when it exists in the calendar.
    pub fn new(year: i32, month: u8, day: u8) -> Result<Date, String> {
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} does not exist (expected 1 to 12)"));
        }
        let last = days_in_month(year, month);
        if day == 0 || day > last {
            return Err(format!(
                "{} {year} has {last} days, so day {day} does not exist",
                MONTHS[usize::from(month - 1)]
            ));
        }
        Ok(Date { year, month, day })
    }

    /// The year.
    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub(crate) fn month(self) -> u8 {
        self.month
    }

    /// The day of the month.
    pub fn day(self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before).
    pub(crate) fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub(crate) fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    pub(crate) fn days_until(self, later: Date) -> i64 {
        later.days_since_epoch() - self.days_since_epoch()
    }

    /// The date `days` later.
    pub fn add_days(self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// Today in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_secs());
        Date::from_unix_seconds(secs as i64)
    }

    /// The UTC date of a Unix timestamp.
    pub(crate) fn from_unix_seconds(secs: i64) -> Date {
        Date::from_days_since_epoch(secs.div_euclid(86_400))
    }

    /// "3 March 2025".
    pub(crate) fn human(self) -> String {
        format!(
            "{} {} {}",
            self.day,
            MONTHS[usize::from(self.month - 1)],
            self.year
        )
    }

    /// "2025-03-03T00:00:00Z", for feeds.
    pub(crate) fn rfc3339(self) -> String {
        format!("{self}T00:00:00Z")
    }
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl FromStr for Date {
    type Err = String;

    fn from_str(s: &str) -> Result<Date, String> {
        let expected = || format!("expected a date like 2025-03-01, found `{s}`");
        let parts: Vec<&str> = s.split('-').collect();
        let [y, m, d] = parts.as_slice() else {
            return Err(expected());
        };
        if y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return Err(expected());
        }
        let year = y.parse().map_err(|_| expected())?;
        let month = m.parse().map_err(|_| expected())?;
        let day = d.parse().map_err(|_| expected())?;
        Date::new(year, month, day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "format": "date",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Toml(toml::value::Datetime),
            Text(String),
        }
        use serde::de::Error;
        let raw = Raw::deserialize(deserializer).map_err(|e| {
            // A date left out altogether is reported as the missing field it is.
            if e.to_string().starts_with("missing field") {
                e
            } else {
                D::Error::custom("expected a date like 2025-03-01 (a TOML date, without quotes)")
            }
        })?;
        match raw {
            Raw::Text(s) => s.parse().map_err(D::Error::custom),
            Raw::Toml(dt) => match (dt.date, dt.time) {
                (Some(d), None) if dt.offset.is_none() => {
                    Date::new(i32::from(d.year), d.month, d.day).map_err(D::Error::custom)
                }
                _ => Err(D::Error::custom(format!(
                    "expected a date without a time, like 2025-03-01, found `{dt}`"
                ))),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_day_counts() {
        for days in [-800_000, -1, 0, 1, 59, 365, 11_016, 20_000, 2_000_000] {
            assert_eq!(Date::from_days_since_epoch(days).days_since_epoch(), days);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().days_since_epoch(), 0);
        assert_eq!(Date::new(2000, 3, 1).unwrap().days_since_epoch(), 11_017);
    }

    #[test]
    fn rejects_days_that_do_not_exist() {
        assert_eq!(
            "2025-02-30".parse::<Date>().unwrap_err(),
            "February 2025 has 28 days, so day 30 does not exist"
        );
        assert!("2024-02-29".parse::<Date>().is_ok());
        assert!("2025-13-01".parse::<Date>().is_err());
        assert!("25-1-1".parse::<Date>().is_err());
    }

    #[test]
    fn counts_days_between_dates() {
        let a: Date = "2025-01-30".parse().unwrap();
        let b: Date = "2025-03-01".parse().unwrap();
        assert_eq!(a.days_until(b), 30);
        assert_eq!(b.days_until(a), -30);
        assert_eq!(a.add_days(30), b);
    }

    #[test]
    fn formats_for_people_and_feeds() {
        let d: Date = "2025-03-03".parse().unwrap();
        assert_eq!(d.human(), "3 March 2025");
        assert_eq!(d.rfc3339(), "2025-03-03T00:00:00Z");
    }
}
