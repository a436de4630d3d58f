//! What other tabs do, and which document to reopen next time.

use gloo_events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::library::{self, journal};
use crate::core::persist::KeyValueStore;
use crate::core::workspace::{Action, LAST_DOCUMENT_KEY, Workspace};
use crate::ui::browser::{BrowserStorage, now, window};
use crate::ui::latest::Latest;
use crate::ui::locks::with_library_lock;

/// Follows what other tabs save: their library changes, and their annotations of the open
/// document, merged in (the `storage` event fires only in the other tabs of an origin). A
/// journal another tab left as it was hidden is replayed here, in this tab's turn.
#[hook]
pub fn use_other_tabs(latest: Latest, dispatcher: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "storage", move |event| {
            let Some(event) = event.dyn_ref::<web_sys::StorageEvent>() else {
                return;
            };
            // `key` is null when another tab cleared the whole store.
            let key = event.key();
            let (latest, dispatcher) = (latest.clone(), dispatcher.clone());
            match key {
                Some(key) if key.starts_with(journal::JOURNAL_PREFIX) => {
                    if event.new_value().is_some() {
                        with_library_lock(move || {
                            if journal::replay(&BrowserStorage, &key, &now()).is_ok() {
                                refresh_from_storage(&latest, &dispatcher);
                            }
                        });
                    }
                }
                Some(key) if key != library::INDEX_KEY => {}
                _ => with_library_lock(move || refresh_from_storage(&latest, &dispatcher)),
            }
        });
        move || drop(listener)
    });
}

/// Takes in what storage holds now: the open document's annotations (merged, none lost) and
/// the library.
pub fn refresh_from_storage(latest: &Latest, dispatcher: &UseReducerDispatcher<Workspace>) {
    let now = now();
    let stored = library::load(&BrowserStorage, &now);
    let current_id = latest.workspace().document_id().to_owned();
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
}

/// Remembers the open document, so a reload comes back to it.
#[hook]
pub fn use_remember_document(id: String) {
    use_effect_with(id, |id| {
        // Best effort: failing to remember only means the bundled article opens next time.
        let _ = BrowserStorage.set(LAST_DOCUMENT_KEY, id);
    });
}
