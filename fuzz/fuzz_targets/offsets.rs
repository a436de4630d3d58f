//! Any text and offsets: converting between code points, UTF-16 units and bytes either gives
//! an offset that converts back, or nothing.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::offsets::{ByteOffset, CharOffset, Utf16Offset};
use quotemark::core::text::TextIndex;

fuzz_target!(|data: &[u8]| {
    if data.len() < 2 {
        return;
    }
    let Ok(text) = std::str::from_utf8(&data[2..]) else {
        return;
    };
    let index = TextIndex::new(text);
    let n = usize::from(data[0]) + usize::from(data[1]) * 256;
    if let Some(byte) = index.char_to_byte(CharOffset::new(n)) {
        assert_eq!(index.byte_to_char(byte), Some(CharOffset::new(n)));
    }
    if let Some(unit) = index.char_to_utf16(CharOffset::new(n)) {
        assert_eq!(index.utf16_to_char(unit), Some(CharOffset::new(n)));
    }
    let _ = index.byte_to_char(ByteOffset::new(n));
    let clamped = index.utf16_to_char_clamped(Utf16Offset::new(n));
    assert!(clamped <= index.len_chars());
});
