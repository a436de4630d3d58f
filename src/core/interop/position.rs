//! Offsets as each format counts them, turned into code points at the edge (`core::offsets`),
//! and the span they make.

use super::{ForeignSpan, RefusalReason};
use crate::core::offsets::{CharOffset, CharRange, Utf16Offset};
use crate::core::text::TextIndex;

/// How a format counts its offsets (all here are 0-based, end exclusive).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Unicode code points, as Python counts (brat, current Label Studio).
    CodePoints,
    /// UTF-16 code units, as JavaScript and Java count (doccano, WebAnno TSV, older Label
    /// Studio).
    Utf16,
}

/// A document's text with what converting into it needs.
pub struct Located<'a> {
    text: &'a str,
    index: TextIndex,
}

impl<'a> Located<'a> {
    pub fn new(text: &'a str) -> Self {
        Self {
            text,
            index: TextIndex::new(text),
        }
    }

    /// `start..end` counted in `unit`, as code points; `None` when it falls outside the text or
    /// inside a character.
    pub fn range(&self, start: usize, end: usize, unit: Unit) -> Option<CharRange> {
        let (start, end) = match unit {
            Unit::CodePoints => {
                let length = self.index.len_chars().get();
                (start <= length && end <= length)
                    .then(|| (CharOffset::new(start), CharOffset::new(end)))?
            }
            Unit::Utf16 => (
                self.index.utf16_to_char(Utf16Offset::new(start))?,
                self.index.utf16_to_char(Utf16Offset::new(end))?,
            ),
        };
        CharRange::try_new(start, end)
    }

    fn covered(&self, range: CharRange) -> String {
        let bytes = self
            .index
            .byte_range(range)
            .expect("a range made by this index");
        self.text[bytes].to_owned()
    }

    /// The span `label` over `start..end` counted in the first of `units` whose range covers
    /// `stated` (the text the file says the span covers), or in the first unit when the file
    /// states none or none matches (then the span is flagged, to be found again).
    pub fn span(
        &self,
        label: &str,
        (start, end): (usize, usize),
        units: &[Unit],
        stated: Option<&str>,
    ) -> Result<ForeignSpan, RefusalReason> {
        let outside = RefusalReason::OutsideText {
            start,
            end,
            length: self.index.len_chars().get(),
        };
        let candidates: Vec<CharRange> = units
            .iter()
            .filter_map(|&unit| self.range(start, end, unit))
            .collect();
        let first = *candidates.first().ok_or(outside)?;
        let matching = stated.and_then(|stated| {
            candidates
                .iter()
                .copied()
                .find(|&range| self.covered(range) == stated)
        });
        let range = matching.unwrap_or(first);
        let covered = self.covered(range);
        Ok(ForeignSpan {
            label: label.to_owned(),
            range,
            exact: stated.map_or_else(|| covered.clone(), str::to_owned),
            matches_text: stated.is_none_or(|stated| stated == covered),
            speaker: None,
            cue: None,
            notes: Vec::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_and_code_points_part_after_an_astral_character() {
        let text = "I like it 😊 . Yes";
        let located = Located::new(text);
        // "Yes" is code points 14–17 and UTF-16 units 15–18.
        let by_units = located.span("X", (15, 18), &[Unit::Utf16], None).unwrap();
        assert_eq!(by_units.exact, "Yes");
        let by_points = located
            .span("X", (14, 17), &[Unit::CodePoints], None)
            .unwrap();
        assert_eq!(by_points.range, by_units.range);
        // Inside the emoji's surrogate pair: not a place in the text.
        assert_eq!(located.range(11, 12, Unit::Utf16), None);
    }

    #[test]
    fn the_stated_text_picks_the_unit_and_a_mismatch_is_flagged_not_moved() {
        let text = "😊 a b";
        let located = Located::new(text);
        // "b" at UTF-16 5–6, code points 4–5: the unit whose range covers "b" wins.
        let span = located
            .span("X", (5, 6), &[Unit::CodePoints, Unit::Utf16], Some("b"))
            .unwrap();
        assert!(span.matches_text);
        assert_eq!(span.range.start().get(), 4);
        let wrong = located
            .span("X", (2, 3), &[Unit::CodePoints], Some("zzz"))
            .unwrap();
        assert!(!wrong.matches_text);
        assert_eq!(wrong.exact, "zzz");
        assert!(
            located
                .span("X", (2, 30), &[Unit::CodePoints], None)
                .is_err()
        );
    }
}
