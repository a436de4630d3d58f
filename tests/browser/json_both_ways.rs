//! The browser half of issue #21's JSON check (the native half is `tests/json_both_ways.rs`):
//! in the browser, Quotemark writes JSON with `JSON.stringify` and reads it with `JSON.parse`
//! (`quotemark::json::browser`). The sample library and its exports must come out byte for
//! byte as `serde_json` wrote them into the fixture, and what `serde_json` wrote must read
//! back. Since the bytes are the same, `serde_json` reads what the browser writes: the native
//! half reads the fixture.

#[path = "../common/json_sample.rs"]
mod json_sample;

use std::collections::BTreeMap;

use json_sample::{check_reads, sample_written};
use quotemark::json;
use wasm_bindgen_test::wasm_bindgen_test;

fn fixture() -> BTreeMap<String, String> {
    json::native::parse(include_str!("../fixtures/json-both-ways.json")).unwrap()
}

#[wasm_bindgen_test]
fn the_browser_writes_the_sample_as_serde_json_wrote_it() {
    let written = sample_written();
    let kept = fixture();
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        kept.keys().collect::<Vec<_>>()
    );
    for (name, text) in &written {
        assert_eq!(text, &kept[name], "{name}");
    }
}

#[wasm_bindgen_test]
fn the_browser_reads_what_serde_json_wrote() {
    check_reads(&fixture());
}

#[wasm_bindgen_test]
fn each_side_reads_the_other_and_says_where_a_text_is_broken() {
    let annotations = json_sample::sample_annotations();
    let by_browser = json::browser::print(&annotations).unwrap();
    let by_serde_json = json::native::print(&annotations).unwrap();
    assert_eq!(by_browser, by_serde_json);
    let read: Vec<quotemark::core::annotation::Annotation> =
        json::browser::parse(&by_serde_json).unwrap();
    assert_eq!(read, annotations);
    // V8 names the place of this error (not of every error: for an unexpected token it quotes
    // the text around it instead, and no place is given).
    let broken = "[1,\n 2 3]";
    let error = json::browser::parse::<Vec<u32>>(broken).unwrap_err();
    assert_eq!(
        error.at(),
        Some(json::LineColumn { line: 2, column: 4 }),
        "{error:?}"
    );
    let shape = json::browser::parse::<Vec<u32>>(r#"["one"]"#).unwrap_err();
    assert!(matches!(shape, json::JsonError::Shape { .. }), "{shape:?}");
}
