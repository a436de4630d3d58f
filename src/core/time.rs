//! Times: [`Timestamp`], a moment in UTC kept as the RFC 3339 text it is stored and exported as.
//!
//! Quotemark's own times are what JavaScript's `Date.toISOString` gives:
//! `2026-11-28T10:00:00.000Z`. Times from other tools come with an offset (Hypothesis writes
//! `+00:00`), another precision or a lower-case `t`; [`Timestamp::parse`] takes any RFC 3339
//! date-time (and an `xsd:dateTime` without an offset, read as UTC) and normalises it to UTC
//! with `Z`, keeping the fraction as given. Timestamps compare by the moment they name, never by
//! their text: `10:00:00Z` and `10:00:00.000Z` are equal, and `+01:00` is an hour earlier.
//!
//! Stored records are read leniently: a time saved as some other text by an older Quotemark
//! (which kept imported times as given) is kept as that text, orders before every real time,
//! and is written back unchanged, so no record becomes unreadable.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use thiserror::Error;

/// A moment in UTC, with the text it is written as.
#[derive(Clone, Debug)]
pub struct Timestamp {
    /// Seconds and nanoseconds since 1970-01-01T00:00:00Z; `None` for a text that is not an
    /// RFC 3339 time (read from an older record).
    instant: Option<(i64, u32)>,
    text: Rc<str>,
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("\u{201c}{0}\u{201d} is not an RFC 3339 date and time such as 2026-11-28T10:00:00Z")]
pub struct TimeError(pub String);

impl Timestamp {
    /// The moment `millis` milliseconds after the Unix epoch, written as `Date.toISOString`
    /// writes it (years 0 to 9999).
    pub fn from_unix_millis(millis: i64) -> Self {
        let seconds = millis.div_euclid(1000);
        let milli = millis.rem_euclid(1000) as u32;
        let (date, time) = civil_from_seconds(seconds);
        let text = format!("{date}T{time}.{milli:03}Z");
        Self {
            instant: Some((seconds, milli * 1_000_000)),
            text: text.into(),
        }
    }

    /// Reads an RFC 3339 date-time, normalised to UTC (see the module's documentation).
    pub fn parse(text: &str) -> Result<Self, TimeError> {
        let error = || TimeError(text.chars().take(64).collect());
        let parsed = Parsed::read(text.trim()).ok_or_else(error)?;
        let local = days_from_civil(parsed.year, parsed.month, parsed.day) * 86_400
            + i64::from(parsed.hour) * 3_600
            + i64::from(parsed.minute) * 60
            + i64::from(parsed.second);
        let seconds = local - i64::from(parsed.offset_minutes) * 60;
        let (date, time) = civil_from_seconds(seconds);
        if !(0..=9999).contains(&year_of(&date)) {
            return Err(error());
        }
        let text = format!("{date}T{time}{}Z", parsed.fraction);
        Ok(Self {
            instant: Some((seconds, parsed.nanos)),
            text: text.into(),
        })
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The date part, `YYYY-MM-DD`, as file names use it; `None` for a time that is not one.
    pub fn date(&self) -> Option<&str> {
        self.instant.and(self.text.get(..10))
    }

    /// Whether this is a real moment (not a text kept from an older record).
    pub fn is_valid(&self) -> bool {
        self.instant.is_some()
    }
}

impl PartialEq for Timestamp {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Timestamp {}

impl PartialOrd for Timestamp {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Timestamp {
    fn cmp(&self, other: &Self) -> Ordering {
        match (self.instant, other.instant) {
            (Some(a), Some(b)) => a.cmp(&b),
            (None, Some(_)) => Ordering::Less,
            (Some(_), None) => Ordering::Greater,
            (None, None) => self.text.cmp(&other.text),
        }
    }
}

impl Hash for Timestamp {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self.instant {
            Some(instant) => instant.hash(state),
            None => self.text.hash(state),
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        // Normalised if it is a time (a UTC time this Quotemark wrote comes back as written),
        // and otherwise kept as it is (see the module's documentation).
        Ok(Self::parse(&text).unwrap_or_else(|_| Self {
            instant: None,
            text: text.into(),
        }))
    }
}

/// The fields of an RFC 3339 date-time, as read.
struct Parsed<'a> {
    year: i64,
    month: u32,
    day: u32,
    hour: u32,
    minute: u32,
    second: u32,
    /// The fraction of a second as written, with its dot (or empty).
    fraction: &'a str,
    nanos: u32,
    /// East of UTC.
    offset_minutes: i32,
}

impl<'a> Parsed<'a> {
    fn read(text: &'a str) -> Option<Self> {
        let bytes = text.as_bytes();
        let digits = |from: usize, count: usize| -> Option<u32> {
            let field = bytes.get(from..from + count)?;
            field
                .iter()
                .all(u8::is_ascii_digit)
                .then(|| field.iter().fold(0, |n, d| n * 10 + u32::from(d - b'0')))
        };
        let at = |i: usize, allowed: &[u8]| bytes.get(i).is_some_and(|b| allowed.contains(b));
        if !(at(4, b"-") && at(7, b"-") && at(10, b"Tt ") && at(13, b":") && at(16, b":")) {
            return None;
        }
        let (year, month, day) = (digits(0, 4)?, digits(5, 2)?, digits(8, 2)?);
        let (hour, minute, second) = (digits(11, 2)?, digits(14, 2)?, digits(17, 2)?);
        let valid = (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(i64::from(year), month)
            && hour < 24
            && minute < 60
            && second <= 60;
        if !valid {
            return None;
        }
        let mut rest = &text[19..];
        let mut fraction = "";
        let mut nanos = 0;
        if let Some(after_dot) = rest.strip_prefix('.') {
            let count = after_dot.bytes().take_while(u8::is_ascii_digit).count();
            if count == 0 {
                return None;
            }
            fraction = &rest[..=count];
            nanos = after_dot[..count.min(9)]
                .bytes()
                .chain(std::iter::repeat(b'0'))
                .take(9)
                .fold(0, |n, d| n * 10 + u32::from(d - b'0'));
            rest = &after_dot[count..];
        }
        let offset_minutes = match rest.as_bytes() {
            [] | [b'Z' | b'z'] => 0,
            [sign @ (b'+' | b'-'), h1, h2, b':', m1, m2] => {
                let number = |a: u8, b: u8| {
                    (a.is_ascii_digit() && b.is_ascii_digit())
                        .then(|| i32::from(a - b'0') * 10 + i32::from(b - b'0'))
                };
                let (hours, minutes) = (number(*h1, *h2)?, number(*m1, *m2)?);
                if hours > 23 || minutes > 59 {
                    return None;
                }
                let minutes = hours * 60 + minutes;
                if *sign == b'-' { -minutes } else { minutes }
            }
            _ => return None,
        };
        // A leap second is the last instant of its minute, as most readers take it.
        let (second, nanos) = if second == 60 {
            (59, 999_999_999)
        } else {
            (second, nanos)
        };
        Some(Self {
            year: i64::from(year),
            month,
            day,
            hour,
            minute,
            second,
            fraction,
            nanos,
            offset_minutes,
        })
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's `days_from_civil`).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month = i64::from(month);
    let day_of_year =
        (153 * (if month > 2 { month - 3 } else { month + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// `YYYY-MM-DD` and `HH:MM:SS` of a moment in UTC (Hinnant's `civil_from_days`).
fn civil_from_seconds(seconds: i64) -> (String, String) {
    let days = seconds.div_euclid(86_400);
    let of_day = seconds.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (
        format!("{year:04}-{month:02}-{day:02}"),
        format!(
            "{:02}:{:02}:{:02}",
            of_day / 3_600,
            of_day % 3_600 / 60,
            of_day % 60
        ),
    )
}

fn year_of(date: &str) -> i64 {
    date.split('-')
        .next()
        .and_then(|y| y.parse().ok())
        .unwrap_or(-1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_own_times_are_kept_exactly_as_written() {
        for text in [
            "2026-11-28T10:00:00.000Z",
            "2026-11-28T10:00:00Z",
            "1970-01-01T00:00:00.5Z",
        ] {
            assert_eq!(Timestamp::parse(text).unwrap().as_str(), text);
        }
    }

    #[test]
    fn offsets_are_normalised_to_utc_and_times_compare_as_moments() {
        let hypothesis = Timestamp::parse("2017-02-01T23:30:00.123456+00:00").unwrap();
        assert_eq!(hypothesis.as_str(), "2017-02-01T23:30:00.123456Z");
        let east = Timestamp::parse("2017-02-02T00:30:00+01:00").unwrap();
        assert_eq!(east.as_str(), "2017-02-01T23:30:00Z");
        let west = Timestamp::parse("2017-02-01t18:30:00.5-05:00").unwrap();
        assert_eq!(west.as_str(), "2017-02-01T23:30:00.5Z");
        assert!(east < hypothesis && hypothesis < west);
        // Text order says the opposite: '.' sorts before 'Z'.
        let (short, long) = (
            Timestamp::parse("2026-01-01T10:00:00Z").unwrap(),
            Timestamp::parse("2026-01-01T10:00:00.000Z").unwrap(),
        );
        assert_eq!(short, long);
    }

    #[test]
    fn the_unix_clock_is_written_as_to_iso_string_writes_it() {
        // Values checked with `new Date(ms).toISOString()`.
        assert_eq!(
            Timestamp::from_unix_millis(0).as_str(),
            "1970-01-01T00:00:00.000Z"
        );
        assert_eq!(
            Timestamp::from_unix_millis(1_796_054_400_123).as_str(),
            "2026-11-30T16:00:00.123Z"
        );
        assert_eq!(
            Timestamp::from_unix_millis(951_782_400_000).as_str(),
            "2000-02-29T00:00:00.000Z"
        );
        assert_eq!(
            Timestamp::from_unix_millis(-1).as_str(),
            "1969-12-31T23:59:59.999Z"
        );
    }

    #[test]
    fn what_is_not_a_date_and_time_is_refused_with_the_text() {
        for text in [
            "",
            "yesterday",
            "2026-11-28",
            "2026-02-30T10:00:00Z",
            "2026-11-28T24:00:00Z",
            "2026-11-28T10:00:00.Z",
            "2026-11-28T10:00:00+0100",
            "2026-11-28T10:00:00+24:00",
            "2026-11-28T10:00:00Zjunk",
            "２026-11-28T10:00:00Z",
        ] {
            assert!(Timestamp::parse(text).is_err(), "{text}");
        }
        assert_eq!(
            Timestamp::parse("yesterday").unwrap_err(),
            TimeError("yesterday".into())
        );
    }

    #[test]
    fn stored_text_that_is_no_time_is_kept_and_sorts_first() {
        let kept: Timestamp = serde_json::from_str("\"sometime in 2017\"").unwrap();
        assert!(!kept.is_valid());
        assert_eq!(
            serde_json::to_string(&kept).unwrap(),
            "\"sometime in 2017\""
        );
        assert!(kept < Timestamp::from_unix_millis(0));
        let ours: Timestamp = serde_json::from_str("\"2026-11-28T10:00:00.000Z\"").unwrap();
        assert_eq!(
            serde_json::to_string(&ours).unwrap(),
            "\"2026-11-28T10:00:00.000Z\""
        );
    }
}
