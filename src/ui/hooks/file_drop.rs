//! Dropping a file anywhere on the page.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::browser::window;
use crate::ui::intents::Intents;
use std::rc::Rc;

/// Dropping a file anywhere on the page imports it (annotation files) or opens it (articles).
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
                let file = event
                    .data_transfer()
                    .and_then(|t| t.files())
                    .and_then(|files| files.get(0));
                let Some(file) = file else { return };
                let name = file.name().to_lowercase();
                if name.ends_with(".json") || name.ends_with(".jsonld") {
                    intents.import.emit(file);
                } else {
                    // An article: .txt, .md or .html (anything else is refused with a message).
                    intents.open_file.emit(file);
                }
            }),
        ];
        move || drop(listeners)
    });
}
