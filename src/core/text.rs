//! Conversions between code points, UTF-16 code units and UTF-8 bytes for one text.
//!
//! A [`TextIndex`] remembers only the characters that are not ASCII (in news text, the curly
//! quotes, dashes and no-break spaces), in the manner of rust-analyzer's `line-index`. Every
//! conversion is a binary search over them, so it costs `O(log w)` for `w` such characters, and
//! the index stays small on a 100,000-word article.
//!
//! Every offset type is counted from the start of the text the index was built from.
//! Conversions return `None` for an offset past the end of the text or in the middle of a
//! character (a byte inside a multi-byte character, a UTF-16 offset between the two halves of a
//! surrogate pair); the `*_clamped` variants round down instead, for offsets that come from the
//! DOM and may fall anywhere.

use super::offsets::{ByteOffset, CharOffset, CharRange, Utf16Offset};

/// One character that takes more than one byte in UTF-8.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct WideChar {
    char: CharOffset,
    byte: ByteOffset,
    utf16: Utf16Offset,
    len_utf8: u8,
    len_utf16: u8,
}

/// Where one character starts in every unit.
#[derive(Clone, Copy)]
struct Position {
    char: usize,
    byte: usize,
    utf16: usize,
}

/// Converts offsets of one text between units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TextIndex {
    wide: Vec<WideChar>,
    len_chars: usize,
    len_bytes: usize,
    len_utf16: usize,
}

impl TextIndex {
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let (mut chars, mut utf16) = (0, 0);
        for (byte, c) in text.char_indices() {
            if !c.is_ascii() {
                wide.push(WideChar {
                    char: CharOffset::new(chars),
                    byte: ByteOffset::new(byte),
                    utf16: Utf16Offset::new(utf16),
                    len_utf8: c.len_utf8() as u8,
                    len_utf16: c.len_utf16() as u8,
                });
            }
            chars += 1;
            utf16 += c.len_utf16();
        }
        Self {
            wide,
            len_chars: chars,
            len_bytes: text.len(),
            len_utf16: utf16,
        }
    }

    /// The length of the text in code points.
    pub fn len_chars(&self) -> CharOffset {
        CharOffset::new(self.len_chars)
    }

    /// The length of the text in UTF-16 code units.
    pub fn len_utf16(&self) -> Utf16Offset {
        Utf16Offset::new(self.len_utf16)
    }

    /// The length of the text in bytes.
    pub fn len_bytes(&self) -> ByteOffset {
        ByteOffset::new(self.len_bytes)
    }

    pub fn char_to_byte(&self, offset: CharOffset) -> Option<ByteOffset> {
        let at = self.locate_exact(Unit::Char, offset.get())?;
        Some(ByteOffset::new(at.byte))
    }

    pub fn char_to_utf16(&self, offset: CharOffset) -> Option<Utf16Offset> {
        let at = self.locate_exact(Unit::Char, offset.get())?;
        Some(Utf16Offset::new(at.utf16))
    }

    pub fn byte_to_char(&self, offset: ByteOffset) -> Option<CharOffset> {
        let at = self.locate_exact(Unit::Byte, offset.get())?;
        Some(CharOffset::new(at.char))
    }

    pub fn utf16_to_char(&self, offset: Utf16Offset) -> Option<CharOffset> {
        let at = self.locate_exact(Unit::Utf16, offset.get())?;
        Some(CharOffset::new(at.char))
    }

    /// Like [`TextIndex::utf16_to_char`], but an offset inside a surrogate pair rounds down to
    /// the start of its character and one past the end clamps to the end.
    pub fn utf16_to_char_clamped(&self, offset: Utf16Offset) -> CharOffset {
        let offset = offset.get().min(self.len_utf16);
        CharOffset::new(self.locate(Unit::Utf16, offset).char)
    }

    /// The byte range of a code-point range, for slicing the text.
    pub fn byte_range(&self, range: CharRange) -> Option<std::ops::Range<usize>> {
        Some(self.char_to_byte(range.start())?.get()..self.char_to_byte(range.end())?.get())
    }

    /// Finds the character that contains `target` (counted in `unit`) and returns where it
    /// starts, in every unit. The last wide character at or before `target` anchors the count;
    /// everything after it is ASCII, one unit per character in every encoding.
    fn locate(&self, unit: Unit, target: usize) -> Position {
        let before = self.wide.partition_point(|w| unit.start_of(w) <= target);
        let Some(w) = before.checked_sub(1).map(|i| self.wide[i]) else {
            return Position {
                char: target,
                byte: target,
                utf16: target,
            };
        };
        let inside = target - unit.start_of(&w);
        if inside < unit.len_of(&w) {
            return Position {
                char: w.char.get(),
                byte: w.byte.get(),
                utf16: w.utf16.get(),
            };
        }
        let ascii_after = inside - unit.len_of(&w);
        Position {
            char: w.char.get() + 1 + ascii_after,
            byte: w.byte.get() + usize::from(w.len_utf8) + ascii_after,
            utf16: w.utf16.get() + usize::from(w.len_utf16) + ascii_after,
        }
    }

    /// Like `locate`, but `None` past the end or when `target` is inside a character.
    fn locate_exact(&self, unit: Unit, target: usize) -> Option<Position> {
        let total = match unit {
            Unit::Char => self.len_chars,
            Unit::Byte => self.len_bytes,
            Unit::Utf16 => self.len_utf16,
        };
        if target > total {
            return None;
        }
        let at = self.locate(unit, target);
        // `locate` rounds down inside a character: reading the start back tells.
        (unit.of(at) == target).then_some(at)
    }
}

/// The unit a conversion starts from.
#[derive(Clone, Copy)]
enum Unit {
    Char,
    Byte,
    Utf16,
}

impl Unit {
    fn start_of(self, w: &WideChar) -> usize {
        match self {
            Unit::Char => w.char.get(),
            Unit::Byte => w.byte.get(),
            Unit::Utf16 => w.utf16.get(),
        }
    }

    fn len_of(self, w: &WideChar) -> usize {
        match self {
            Unit::Char => 1,
            Unit::Byte => usize::from(w.len_utf8),
            Unit::Utf16 => usize::from(w.len_utf16),
        }
    }

    fn of(self, at: Position) -> usize {
        match self {
            Unit::Char => at.char,
            Unit::Byte => at.byte,
            Unit::Utf16 => at.utf16,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "a “b” — 😀e\u{301}\r\nz";

    fn chars(n: usize) -> CharOffset {
        CharOffset::new(n)
    }

    #[test]
    fn counts_every_unit() {
        let index = TextIndex::new(SAMPLE);
        assert_eq!(index.len_chars().get(), SAMPLE.chars().count());
        assert_eq!(index.len_utf16().get(), SAMPLE.encode_utf16().count());
        assert_eq!(index.len_bytes().get(), SAMPLE.len());
    }

    #[test]
    fn converts_a_curly_quote_in_every_unit() {
        let index = TextIndex::new(SAMPLE);
        // "a “" : the opening quote is code point 2, three bytes long.
        assert_eq!(index.char_to_byte(chars(3)), Some(ByteOffset::new(5)));
        assert_eq!(index.char_to_utf16(chars(3)), Some(Utf16Offset::new(3)));
        assert_eq!(index.byte_to_char(ByteOffset::new(5)), Some(chars(3)));
        assert_eq!(index.byte_to_char(ByteOffset::new(3)), None, "inside “");
    }

    #[test]
    fn an_emoji_is_one_code_point_and_two_utf16_units() {
        let index = TextIndex::new(SAMPLE);
        let emoji = SAMPLE.chars().position(|c| c == '😀').unwrap();
        let utf16 = index.char_to_utf16(chars(emoji)).unwrap();
        assert_eq!(index.char_to_utf16(chars(emoji + 1)).unwrap(), utf16 + 2);
        assert_eq!(
            index.utf16_to_char(utf16 + 1),
            None,
            "between the surrogates"
        );
        assert_eq!(index.utf16_to_char_clamped(utf16 + 1), chars(emoji));
    }

    #[test]
    fn past_the_end_is_none_but_the_end_itself_converts() {
        let index = TextIndex::new(SAMPLE);
        let end = index.len_chars();
        assert_eq!(index.char_to_byte(end), Some(index.len_bytes()));
        assert_eq!(index.char_to_byte(end + 1), None);
        assert_eq!(index.utf16_to_char(index.len_utf16() + 1), None);
        assert_eq!(index.utf16_to_char_clamped(index.len_utf16() + 9), end);
    }

    #[test]
    fn byte_range_slices_the_text() {
        let text = "what Washington calls the “Russian aggression” in Ukraine";
        let index = TextIndex::new(text);
        let start = text.chars().position(|c| c == '“').unwrap();
        let range = CharRange::new(chars(start), chars(start + 20));
        assert_eq!(
            &text[index.byte_range(range).unwrap()],
            "“Russian aggression”"
        );
    }
}
