//! The native half of issue #21's JSON check: what `serde_json` writes for the sample library
//! and its exports (`common/json_sample.rs`) is kept in `tests/fixtures/json-both-ways.json`,
//! which the browser half (`tests/browser/json_both_ways.rs`) must write byte for byte with
//! the browser's JSON and read; here it is read natively. A change to what Quotemark stores or
//! exports changes the fixture: run with `QM_BLESS=1` to write it again, and read the diff.

#[path = "common/json_sample.rs"]
mod json_sample;

use std::collections::BTreeMap;

use json_sample::{check_reads, sample_written};

const FIXTURE: &str = "tests/fixtures/json-both-ways.json";

fn fixture() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(FIXTURE)
        .unwrap_or_else(|e| panic!("{FIXTURE} is missing ({e}): run with QM_BLESS=1"));
    serde_json::from_str(&text).unwrap()
}

#[test]
fn serde_json_writes_the_sample_as_the_fixture_keeps_it() {
    let written = sample_written();
    if std::env::var_os("QM_BLESS").is_some() {
        let text = serde_json::to_string_pretty(&written).unwrap() + "\n";
        std::fs::write(FIXTURE, text).unwrap();
    }
    let kept = fixture();
    assert_eq!(
        written.keys().collect::<Vec<_>>(),
        kept.keys().collect::<Vec<_>>()
    );
    for (name, text) in &written {
        assert_eq!(
            text, &kept[name],
            "{name} differs from {FIXTURE}: QM_BLESS=1?"
        );
    }
}

#[test]
fn serde_json_reads_the_fixture() {
    check_reads(&fixture());
}
