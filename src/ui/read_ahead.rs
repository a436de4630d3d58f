//! Reading a long document's stored arrays ahead of the synchronous code that needs them
//! (issue #21): opening a document and reading its undo history convert thousands of stored
//! values (`json::ahead`). Read ahead here, in turns of at most [`TURN_MS`] with the page free
//! in between, they are handed over when the core parses the same texts; no task holds the
//! whole conversion.

use std::cell::Cell;

use serde::de::DeserializeOwned;

use super::browser::{BrowserStorage, next_task};
use crate::core::persist::KeyValueStore;
use crate::json::ahead;

/// The longest a turn converts before the page is given one: well under the 50 ms of a long
/// task, with the turn's own overheads.
const TURN_MS: f64 = 12.0;
/// How many values are converted between looks at the clock (some 6 µs each).
const PER_LOOK: usize = 100;

/// Reads the arrays stored under `keys` ahead, as `Vec<T>`s, in turns. A key that is missing
/// or holds something else is left for the code that reads it to report.
pub async fn read_ahead<T: DeserializeOwned + 'static>(keys: impl IntoIterator<Item = String>) {
    let pacer = Pacer {
        since: Cell::new(js_sys::Date::now()),
    };
    for key in keys {
        if let Ok(Some(text)) = BrowserStorage.get(&key) {
            ahead::read_ahead::<T, _, _>(text, PER_LOOK, || pacer.turn()).await;
        }
        pacer.turn().await;
    }
}

struct Pacer {
    since: Cell<f64>,
}

impl Pacer {
    /// Gives the page a turn when this one has lasted [`TURN_MS`].
    async fn turn(&self) {
        if js_sys::Date::now() - self.since.get() >= TURN_MS {
            next_task().await;
            self.since.set(js_sys::Date::now());
        }
    }
}
