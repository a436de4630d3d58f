//! What other tabs do, and which document to reopen next time.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::SharedLatest;
use crate::core::library;
use crate::core::persist::KeyValueStore;
use crate::ui::browser::{BrowserStorage, now, window};
use crate::ui::state::{Action, Workspace};

/// Follows what other tabs save: their library changes, and their annotations of the open
/// document, merged in (the `storage` event fires only in the other tabs of an origin).
#[hook]
pub fn use_other_tabs(latest: SharedLatest, dispatcher: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // `key` is null when another tab cleared the whole store.
            if event.key().is_some_and(|key| key != library::INDEX_KEY) {
                return;
            }
            let now = now();
            let stored = library::load(&BrowserStorage, &now);
            let current_id = latest.borrow().current_id.clone();
            if let Some(entry) = stored.entry(&current_id).filter(|e| e.generation > 0) {
                let annotations = library::open(&BrowserStorage, entry, &now)
                    .record
                    .annotations;
                dispatcher.dispatch(Action::MergeExternal {
                    document_id: current_id,
                    annotations,
                });
            }
            dispatcher.dispatch(Action::LibraryChanged(stored.index));
        });
        move || drop(listener)
    });
}

/// Remembers the open document, so a reload comes back to it.
#[hook]
pub fn use_remember_document(id: String) {
    use_effect_with(id, |id| {
        // Best effort: failing to remember only means the bundled article opens next time.
        let _ = BrowserStorage.set(crate::ui::state::LAST_DOCUMENT_KEY, id);
    });
}
