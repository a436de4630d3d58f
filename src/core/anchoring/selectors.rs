//! W3C selectors that describe a range of a text, and the text they are resolved against.
//!
//! A [`TextQuoteSelector`] describes a range by its text and up to [`CONTEXT_CHARS`] code
//! points of context on each side; a [`TextPositionSelector`] by its code-point offsets. Both
//! are plain data, serialised with the W3C field names.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use super::qgrams::QGramIndex;
use crate::core::offsets::{CharOffset, CharRange};
use crate::core::text::TextIndex;

/// How many code points of context a quote selector keeps on each side.
pub const CONTEXT_CHARS: usize = 32;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextQuoteSelector {
    pub exact: String,
    #[serde(default)]
    pub prefix: String,
    #[serde(default)]
    pub suffix: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextPositionSelector {
    pub start: usize,
    pub end: usize,
}

/// A text prepared for describing and anchoring: its string, its code points and the index
/// between them. Building one costs a pass over the text; reuse it for many annotations.
pub struct SearchText {
    text: String,
    chars: Vec<char>,
    index: TextIndex,
    /// Built the first time a quote is searched for in the whole text.
    qgrams: OnceLock<QGramIndex>,
}

impl SearchText {
    pub fn new(text: &str) -> Self {
        Self {
            text: text.to_owned(),
            chars: text.chars().collect(),
            index: TextIndex::new(text),
            qgrams: OnceLock::new(),
        }
    }

    /// The text's q-gram index (built on first use).
    pub fn qgrams(&self) -> &QGramIndex {
        self.qgrams.get_or_init(|| QGramIndex::new(&self.chars))
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn chars(&self) -> &[char] {
        &self.chars
    }

    pub fn index(&self) -> &TextIndex {
        &self.index
    }

    pub fn len_chars(&self) -> usize {
        self.chars.len()
    }

    /// The text of `start..end` (code points), clamped to the text.
    pub fn slice(&self, start: usize, end: usize) -> String {
        let end = end.min(self.chars.len());
        self.chars[start.min(end)..end].iter().collect()
    }

    /// Describes `range` as a quote selector with its context.
    pub fn quote_selector(&self, range: CharRange) -> TextQuoteSelector {
        let (start, end) = (range.start().get(), range.end().get());
        TextQuoteSelector {
            exact: self.slice(start, end),
            prefix: self.slice(start.saturating_sub(CONTEXT_CHARS), start),
            suffix: self.slice(end, end + CONTEXT_CHARS),
        }
    }

    /// Every code-point offset where `needle` occurs exactly (overlapping occurrences too).
    pub fn find_exact(&self, needle: &str) -> Vec<usize> {
        if needle.is_empty() {
            return Vec::new();
        }
        let mut found = Vec::new();
        let mut from = 0;
        while let Some(at) = self.text[from..].find(needle) {
            let byte = from + at;
            let chars = self
                .index
                .byte_to_char(crate::core::offsets::ByteOffset::new(byte))
                .expect("str::find returns char boundaries");
            found.push(chars.get());
            // Step one character, so overlapping occurrences are found too.
            from = byte + self.text[byte..].chars().next().map_or(1, char::len_utf8);
        }
        found
    }
}

impl TextPositionSelector {
    pub fn from_range(range: CharRange) -> Self {
        Self {
            start: range.start().get(),
            end: range.end().get(),
        }
    }

    /// The range, when it is well formed and inside a text of `len` code points.
    pub fn range_within(&self, len: usize) -> Option<CharRange> {
        (self.end <= len)
            .then(|| CharRange::try_new(CharOffset::new(self.start), CharOffset::new(self.end)))
            .flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_selector_keeps_32_code_points_of_context_each_side() {
        let text = SearchText::new(&format!(
            "{}“Russian aggression”{}",
            "é".repeat(40),
            "ü".repeat(40)
        ));
        let range = CharRange::new(CharOffset::new(40), CharOffset::new(60));
        let selector = text.quote_selector(range);
        assert_eq!(selector.exact, "“Russian aggression”");
        assert_eq!(selector.prefix, "é".repeat(32));
        assert_eq!(selector.suffix, "ü".repeat(32));
    }

    #[test]
    fn context_is_shorter_at_the_edges_of_the_text() {
        let text = SearchText::new("“Hi” there");
        let selector = text.quote_selector(CharRange::new(CharOffset::new(0), CharOffset::new(4)));
        assert_eq!(
            (selector.prefix.as_str(), selector.suffix.as_str()),
            ("", " there")
        );
    }

    #[test]
    fn exact_occurrences_are_code_point_offsets_and_may_overlap() {
        let text = SearchText::new("“aa” aaa");
        assert_eq!(text.find_exact("aa"), [1, 5, 6]);
        assert!(text.find_exact("").is_empty());
    }
}
