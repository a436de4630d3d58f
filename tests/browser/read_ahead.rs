//! Reading arrays ahead in turns (`quotemark::json::ahead`, issue #21): what was read ahead is
//! handed over, once, to the parse of the same text, and changes nothing a parse returns.

use std::cell::Cell;

use quotemark::json::{self, ahead};
use serde::{Deserialize, Deserializer};
use wasm_bindgen_test::wasm_bindgen_test;

thread_local! {
    /// How many `Counted` values have been converted from the browser's reading.
    static CONVERTED: Cell<usize> = const { Cell::new(0) };
}

/// A number whose conversions are counted: a parse that converts nothing took what was read
/// ahead.
#[derive(Debug, PartialEq)]
struct Counted(u32);

impl<'de> Deserialize<'de> for Counted {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        CONVERTED.with(|c| c.set(c.get() + 1));
        u32::deserialize(deserializer).map(Counted)
    }
}

fn converted() -> usize {
    CONVERTED.with(Cell::get)
}

#[wasm_bindgen_test]
async fn an_array_read_ahead_in_turns_is_handed_over_once() {
    ahead::forget();
    let text = "[1, 2, 3, 4, 5]".to_owned();
    let turns = Cell::new(0);
    let before = converted();
    ahead::read_ahead::<Counted, _, _>(text.clone(), 2, || {
        turns.set(turns.get() + 1);
        std::future::ready(())
    })
    .await;
    assert_eq!(converted() - before, 5);
    // Five values two at a time: a turn after the first two slices, none after the last.
    assert_eq!(turns.get(), 2);

    let read: Vec<Counted> = json::parse(&text).unwrap();
    assert_eq!(read, [1, 2, 3, 4, 5].map(Counted));
    assert_eq!(converted() - before, 5, "the parse converted again");
    // Taken once: the next parse of the text converts it.
    let again: Vec<Counted> = json::parse(&text).unwrap();
    assert_eq!(again, read);
    assert_eq!(converted() - before, 10);
}

#[wasm_bindgen_test]
async fn another_text_or_another_type_is_parsed_as_usual() {
    ahead::forget();
    let text = "[7, 8]".to_owned();
    ahead::read_ahead::<Counted, _, _>(text.clone(), 10, || std::future::ready(())).await;
    // The text as stored now differs (another tab saved): it is read as it is.
    let changed: Vec<Counted> = json::parse("[7, 9]").unwrap();
    assert_eq!(changed, [Counted(7), Counted(9)]);
    // Asked for as another type, the same text is read as that type.
    let numbers: Vec<u32> = json::parse(&text).unwrap();
    assert_eq!(numbers, [7, 8]);

    ahead::read_ahead::<Counted, _, _>(text.clone(), 10, || std::future::ready(())).await;
    ahead::forget();
    let before = converted();
    let read: Vec<Counted> = json::parse(&text).unwrap();
    assert_eq!(read, [Counted(7), Counted(8)]);
    assert_eq!(converted() - before, 2, "forgotten, it is parsed again");
}

#[wasm_bindgen_test]
async fn what_cannot_be_read_ahead_is_left_for_the_parse_to_report() {
    ahead::forget();
    for text in ["[1, \"two\"]", "{\"not\": \"an array\"}", "[1,"] {
        ahead::read_ahead::<Counted, _, _>(text.to_owned(), 10, || std::future::ready(())).await;
        assert!(json::parse::<Vec<Counted>>(text).is_err(), "{text}");
    }
}
