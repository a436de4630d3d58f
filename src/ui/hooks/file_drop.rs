//! Dropping files or folders anywhere on the page.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::browser::window;
use crate::ui::dropped_files;
use crate::ui::intents::Intents;
use std::rc::Rc;

/// Dropping one file anywhere on the page imports it (annotation files) or opens it (articles
/// or a corpus); several files or a folder open every article in them.
#[hook]
pub fn use_file_drop(intents: Rc<Intents>) {
    use_effect_with((), move |_| {
        // Not passive: the browser would otherwise open the dropped file in place of the app.
        let options = EventListenerOptions::enable_prevent_default();
        let listeners = [
            EventListener::new_with_options(&window(), "dragover", options, |event| {
                event.prevent_default()
            }),
            EventListener::new_with_options(&window(), "drop", options, move |event| {
                event.prevent_default();
                let Some(event) = event.dyn_ref::<web_sys::DragEvent>() else {
                    return;
                };
                let Some(transfer) = event.data_transfer() else {
                    return;
                };
                let single = transfer
                    .files()
                    .filter(|files| files.length() == 1)
                    .and_then(|files| files.get(0));
                let entries = dropped_files::entries(&transfer);
                let is_folder = entries.iter().any(|e| e.is_directory());
                if let Some(file) = single.filter(|_| !is_folder) {
                    let name = file.name().to_lowercase();
                    if name.ends_with(".json") || name.ends_with(".jsonld") {
                        return intents.import.emit(file);
                    }
                    // An article (.txt, .md, .html) or a corpus (.jsonl); anything else is
                    // refused with a message.
                    return intents.open_files.emit(vec![file]);
                }
                if !is_folder {
                    let files = transfer
                        .files()
                        .map(|list| (0..list.length()).filter_map(|i| list.get(i)).collect())
                        .unwrap_or_default();
                    return intents.open_files.emit(files);
                }
                // A folder: every article in it and in its sub-folders.
                let open_files = intents.open_files.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    open_files.emit(dropped_files::files_of(entries).await);
                });
            }),
        ];
        move || drop(listeners)
    });
}
