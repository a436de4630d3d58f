//! Dropping a file anywhere on the page.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::ui::browser::window;
use crate::ui::import_file;
use crate::ui::library_actions::LibraryActions;
use crate::ui::state::Workspace;

/// Dropping a file anywhere on the page imports it (annotation files) or opens it (articles).
#[hook]
pub fn use_file_drop(
    dispatcher: UseReducerDispatcher<Workspace>,
    actions: Rc<RefCell<Option<LibraryActions>>>,
) {
    let reading = use_mut_ref(|| None);
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
                    import_file(file, reading.clone(), dispatcher.clone());
                } else if let Some(actions) = actions.borrow().as_ref() {
                    // An article: .txt, .md or .html (anything else is refused with a message).
                    actions.open_file(file);
                }
            }),
        ];
        move || drop(listeners)
    });
}
