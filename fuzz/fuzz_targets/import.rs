//! Any bytes as an annotation file (Quotemark JSON, W3C, Hypothesis), then re-anchored on the
//! bundled article: an error value or annotations inside the text, never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::import;
use quotemark::core::offsets::CharOffset;
use quotemark::core::time::Timestamp;

fuzz_target!(|data: &[u8]| {
    let now = Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap();
    if let Ok(read) = import::read(data, NATO_DIALOGUE_TEXT, &|_| false, &now) {
        let length = CharOffset::new(NATO_DIALOGUE_TEXT.chars().count());
        for a in read.annotations {
            assert!(a.start <= a.end && a.end <= length);
        }
    }
});
