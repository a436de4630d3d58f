//! Offsets into a document, one type per unit.
//!
//! Quotemark stores and exports positions in Unicode **code points** ([`CharOffset`]), the unit
//! of the W3C `TextPositionSelector` and of Python's `str` indices. The DOM reports selections in
//! **UTF-16 code units** ([`Utf16Offset`]) and Rust slices strings by **UTF-8 bytes**
//! ([`ByteOffset`]). Keeping them apart in the type system means a DOM offset can never be used
//! to slice a Rust string by accident; conversions go through [`crate::core::text::TextIndex`].
//!
//! A range is half-open, `start..end`, in one unit.

use std::fmt;
use std::ops::{Add, Sub};

use serde::{Deserialize, Serialize};

macro_rules! offset_type {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(
            Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
        )]
        #[serde(transparent)]
        pub struct $name(usize);

        impl $name {
            pub const ZERO: Self = Self(0);

            pub const fn new(value: usize) -> Self {
                Self(value)
            }

            pub const fn get(self) -> usize {
                self.0
            }
        }

        impl Add<usize> for $name {
            type Output = Self;
            fn add(self, rhs: usize) -> Self {
                Self(self.0 + rhs)
            }
        }

        impl Sub for $name {
            type Output = usize;
            /// The distance between two offsets of the same unit.
            ///
            /// # Panics
            /// When `rhs` is after `self`.
            fn sub(self, rhs: Self) -> usize {
                self.0 - rhs.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

offset_type!(
    /// A position counted in Unicode code points (Rust `char`s). The stored and exported unit.
    CharOffset
);
offset_type!(
    /// A position counted in UTF-16 code units, as the DOM and JavaScript strings count.
    Utf16Offset
);
offset_type!(
    /// A position counted in UTF-8 bytes, as Rust slices `str`.
    ByteOffset
);

/// A half-open range of code points.
///
/// Invariant: `start <= end`, kept when one is read from serde (`{"start": …, "end": …}`): a
/// reversed range is refused, never swapped.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(try_from = "RawRange", into = "RawRange")]
pub struct CharRange {
    start: CharOffset,
    end: CharOffset,
}

/// A range as written, before its invariant is checked.
#[derive(Clone, Copy, Serialize, Deserialize)]
struct RawRange {
    start: CharOffset,
    end: CharOffset,
}

/// A range whose end comes before its start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("range end {end} is before its start {start}")]
pub struct ReversedRange {
    pub start: CharOffset,
    pub end: CharOffset,
}

impl TryFrom<RawRange> for CharRange {
    type Error = ReversedRange;
    fn try_from(raw: RawRange) -> Result<Self, ReversedRange> {
        CharRange::try_new(raw.start, raw.end).ok_or(ReversedRange {
            start: raw.start,
            end: raw.end,
        })
    }
}

impl From<CharRange> for RawRange {
    fn from(range: CharRange) -> Self {
        RawRange {
            start: range.start,
            end: range.end,
        }
    }
}

impl CharRange {
    /// # Panics
    /// When `end` is before `start`.
    pub fn new(start: CharOffset, end: CharOffset) -> Self {
        assert!(start <= end, "range end {end} is before its start {start}");
        Self { start, end }
    }

    /// The fallible twin of [`CharRange::new`], for ranges that come from outside.
    pub fn try_new(start: CharOffset, end: CharOffset) -> Option<Self> {
        (start <= end).then_some(Self { start, end })
    }

    pub fn start(self) -> CharOffset {
        self.start
    }

    pub fn end(self) -> CharOffset {
        self.end
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies wholly inside `self`.
    pub fn contains_range(self, other: CharRange) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the two ranges share at least one code point.
    pub fn overlaps(self, other: CharRange) -> bool {
        self.start < other.end && other.start < self.end
    }
}

impl fmt::Display for CharRange {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(start: usize, end: usize) -> CharRange {
        CharRange::new(CharOffset::new(start), CharOffset::new(end))
    }

    #[test]
    fn a_range_crosses_serde_as_start_and_end_and_a_reversed_one_is_refused() {
        let text = serde_json::to_string(&range(3, 7)).unwrap();
        assert_eq!(text, r#"{"start":3,"end":7}"#);
        assert_eq!(
            serde_json::from_str::<CharRange>(&text).unwrap(),
            range(3, 7)
        );
        let refused = serde_json::from_str::<CharRange>(r#"{"start":7,"end":3}"#).unwrap_err();
        assert!(
            refused
                .to_string()
                .contains("range end 3 is before its start 7"),
            "{refused}"
        );
    }

    #[test]
    fn overlap_is_strict_and_containment_is_inclusive() {
        assert!(range(0, 5).overlaps(range(4, 9)));
        assert!(!range(0, 5).overlaps(range(5, 9)));
        assert!(range(0, 5).contains_range(range(0, 5)));
        assert!(!range(1, 5).contains_range(range(0, 5)));
    }

    #[test]
    fn try_new_rejects_a_reversed_range() {
        assert_eq!(
            CharRange::try_new(CharOffset::new(3), CharOffset::new(2)),
            None
        );
        assert_eq!(range(2, 7).len(), 5);
    }

    #[test]
    #[should_panic(expected = "before its start")]
    fn new_panics_on_a_reversed_range() {
        range(3, 2);
    }
}
