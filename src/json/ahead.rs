//! Reading long arrays ahead (issue #21): the browser converts a stored array of thousands of
//! values in slices, with the page given a turn between them, before the core's synchronous
//! reading asks [`super::parse`] for it; `parse` then hands over what was read ahead for that
//! very text, so that no single task converts the whole of a long document.
//!
//! What was read ahead is the value `parse` would return for the same text and type: it is
//! kept under the text itself and taken once. A text that changed in storage meanwhile is
//! another text, and is parsed as usual; [`forget`] drops whatever was not asked for.

use std::any::Any;
use std::cell::RefCell;
use std::future::Future;

use rustc_hash::FxHashMap;
use serde::de::DeserializeOwned;
use wasm_bindgen::JsCast;

use super::browser::{from_js, parse_js};

thread_local! {
    static AHEAD: RefCell<FxHashMap<String, Box<dyn Any>>> = RefCell::default();
}

/// Reads `text`, a JSON array, as a `Vec<T>` for a later [`super::parse`] of the same text,
/// converting `per_turn` values at a time and awaiting `turn()` between. A text that is no
/// array of `T`s is left for `parse`, which says why.
pub async fn read_ahead<T, Turn, Next>(text: String, per_turn: usize, mut turn: Turn)
where
    T: DeserializeOwned + 'static,
    Turn: FnMut() -> Next,
    Next: Future<Output = ()>,
{
    let Ok(value) = parse_js(&text) else { return };
    let Some(array) = value.dyn_ref::<js_sys::Array>() else {
        return;
    };
    let length = array.length();
    let mut read: Vec<T> = Vec::with_capacity(length as usize);
    let mut at = 0;
    while at < length {
        let end = length.min(at + per_turn.max(1) as u32);
        for i in at..end {
            let Ok(item) = from_js::<T>(array.get(i)) else {
                return;
            };
            read.push(item);
        }
        at = end;
        if at < length {
            turn().await;
        }
    }
    AHEAD.with(|ahead| ahead.borrow_mut().insert(text, Box::new(read)));
}

/// What was read ahead for `text`, if it is a `T`; taken, so that it is handed over once.
pub(super) fn take<T: 'static>(text: &str) -> Option<T> {
    let found = AHEAD.with(|ahead| ahead.borrow_mut().remove(text))?;
    found.downcast::<T>().ok().map(|value| *value)
}

/// Drops whatever was read ahead and not asked for.
pub fn forget() {
    AHEAD.with(|ahead| ahead.borrow_mut().clear());
}
