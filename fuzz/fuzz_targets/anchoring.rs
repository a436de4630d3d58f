//! A text, a quote with its context and a position hint, all from the input: anchoring finds
//! a range inside the text or nothing.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::anchoring::{SearchText, TextPositionSelector, TextQuoteSelector, anchor};

fuzz_target!(|data: &[u8]| {
    let Ok(input) = std::str::from_utf8(data) else {
        return;
    };
    // text \u{1} exact \u{1} prefix \u{1} suffix, and a hint from the first two bytes.
    let mut parts = input.split('\u{1}');
    let text = parts.next().unwrap_or_default();
    let quote = TextQuoteSelector {
        exact: parts.next().unwrap_or_default().to_owned(),
        prefix: parts.next().unwrap_or_default().to_owned(),
        suffix: parts.next().unwrap_or_default().to_owned(),
    };
    let hint = data.first().map(|&b| TextPositionSelector {
        start: usize::from(b) * 3,
        end: usize::from(b) * 3 + usize::from(*data.get(1).unwrap_or(&0)),
    });
    let search = SearchText::new(text);
    if let Some(found) = anchor(&search, &quote, hint) {
        assert!(found.range.end().get() <= text.chars().count());
    }
});
