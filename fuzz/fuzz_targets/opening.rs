//! Any bytes as a file to open: checked, normalised, read as text or Markdown, and as HTML to
//! defuse. An error value or a document, never a panic; the defused page keeps its length order.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::defuse::defuse_page;
use quotemark::core::opening::{check_bytes, from_markdown, from_plain_text};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = check_bytes(data) else {
        return;
    };
    let _ = from_plain_text(text);
    let _ = from_markdown(text);
    let defused = defuse_page(text);
    assert!(defused.len() <= text.len() + 13 * text.len() / 2 + 1);
});
