//! Every conversion between code points, UTF-16 units and bytes round-trips on arbitrary
//! Unicode, including the curly quotes, dashes, emoji, combining marks and CRLFs of real news.
// Native only: the property-test and hashing crates are native dev-dependencies.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use quotemark::core::offsets::{ByteOffset, CharOffset, Utf16Offset};
use quotemark::core::text::TextIndex;

/// Text biased towards the characters that break naive offset code.
fn news_like_text() -> impl Strategy<Value = String> {
    let tricky = prop::sample::select(vec![
        "“", "”", "’", "—", "\u{a0}", "😀", "e\u{301}", "\r\n", "\n\n", "a", " ", "«", "»", "字",
    ]);
    prop_oneof![
        prop::collection::vec(tricky, 0..64).prop_map(|parts| parts.concat()),
        any::<String>(),
    ]
}

proptest! {
    #[test]
    fn every_char_offset_round_trips_through_bytes_and_utf16(text in news_like_text()) {
        let index = TextIndex::new(&text);
        let mut utf16 = 0;
        for (chars, (byte, c)) in text.char_indices().enumerate() {
            let at = CharOffset::new(chars);
            prop_assert_eq!(index.char_to_byte(at), Some(ByteOffset::new(byte)));
            prop_assert_eq!(index.char_to_utf16(at), Some(Utf16Offset::new(utf16)));
            prop_assert_eq!(index.byte_to_char(ByteOffset::new(byte)), Some(at));
            prop_assert_eq!(index.utf16_to_char(Utf16Offset::new(utf16)), Some(at));
            utf16 += c.len_utf16();
        }
        prop_assert_eq!(index.char_to_byte(index.len_chars()), Some(index.len_bytes()));
        prop_assert_eq!(index.utf16_to_char(index.len_utf16()), Some(index.len_chars()));
    }

    #[test]
    fn offsets_inside_a_character_are_rejected(text in news_like_text()) {
        let index = TextIndex::new(&text);
        for byte in 0..=text.len() {
            let converted = index.byte_to_char(ByteOffset::new(byte));
            prop_assert_eq!(converted.is_some(), text.is_char_boundary(byte));
        }
        let units: Vec<u16> = text.encode_utf16().collect();
        for (i, unit) in units.iter().enumerate() {
            let low_surrogate = (0xDC00..0xE000).contains(unit);
            prop_assert_eq!(index.utf16_to_char(Utf16Offset::new(i)).is_none(), low_surrogate);
        }
    }
}
