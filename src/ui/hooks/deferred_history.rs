//! Reads the open document's undo history just after its first screen is painted: a long
//! article's history can be as large as its annotations, and the first screen does not need
//! it (`library::open_for_first_screen`). Its changes are read ahead in turns
//! (`ui::read_ahead`), so that no task converts them all; undo is available once they are in.

use yew::prelude::*;

use crate::core::library;
use crate::core::store::Step;
use crate::ui::browser::{BrowserStorage, after_next_paint, now};
use crate::ui::read_ahead::read_ahead;
use crate::ui::state::{Action, Workspace};

#[hook]
pub fn use_deferred_history(
    state: &UseReducerHandle<Workspace>,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    let waiting = state.persistence.history_later.clone();
    let document_id = state.document_id().to_owned();
    use_effect_with(waiting, move |waiting| {
        if let Some(parts) = waiting.clone() {
            after_next_paint(move || {
                wasm_bindgen_futures::spawn_local(async move {
                    read_ahead::<Step>(parts.changes().map(str::to_owned).collect::<Vec<_>>())
                        .await;
                    let read = library::read_history(&BrowserStorage, &document_id, &parts, &now());
                    crate::json::ahead::forget();
                    dispatcher.dispatch(Action::HistoryRead { document_id, read });
                });
            });
        }
    });
}
