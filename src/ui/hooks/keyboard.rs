//! The keyboard: the global shortcuts, and caret movement inside the article.

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::annotation::Kind;
use crate::ui::browser::{document, new_annotation_id, now};
use crate::ui::dom_selection;
use crate::ui::latest::Latest;
use crate::ui::state::{Action, Dialog, Workspace};

/// The global shortcuts, and caret movement inside the article.
#[hook]
pub fn use_keyboard(
    article_ref: NodeRef,
    latest: Latest,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    use_effect_with((), move |_| {
        // Not passive: shortcuts must stop the browser's own handling of their keys.
        let options = EventListenerOptions::enable_prevent_default();
        let listener =
            EventListener::new_with_options(&document(), "keydown", options, move |event| {
                let Some(event) = event.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                // A modal dialog (shortcuts, insight, library, open) handles its own keys, Escape
                // included. The DOM says at once; the state learns a render later.
                if document()
                    .query_selector("dialog[open]")
                    .ok()
                    .flatten()
                    .is_some()
                {
                    return;
                }
                let (workspace, selection) = (latest.workspace(), latest.selection());
                let selected = workspace.view.selected.clone();
                let in_field = event
                    .target()
                    .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
                    .is_some_and(|t| {
                        matches!(t.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                            || t.is_content_editable()
                    });
                if in_field {
                    return; // typing, and the fields' own undo
                }
                let key = event.key();
                let command = event.ctrl_key() || event.meta_key();
                let action = match key.as_str() {
                    "z" | "Z" if command && event.shift_key() => Some(Action::Redo),
                    "z" | "Z" if command => Some(Action::Undo),
                    "y" | "Y" if command => Some(Action::Redo),
                    _ if command || event.alt_key() => None,
                    "Escape" if selection.is_some() => {
                        event.prevent_default();
                        return latest.clear_selection();
                    }
                    "Escape" if selected.is_some() => Some(Action::Select(None)),
                    "Delete" | "Backspace" if selection.is_none() => selected.map(Action::Delete),
                    "?" => Some(Action::OpenDialog(Dialog::Help)),
                    _ => None,
                };
                if let Some(action) = action {
                    event.prevent_default();
                    dispatcher.dispatch(action);
                    return;
                }
                let Some(root) = article_ref.cast::<web_sys::Element>() else {
                    return;
                };
                if let Some(kind) = Kind::from_shortcut(&key).filter(|_| !command) {
                    // The selection as it is now: `selectionchange` arrives a task later, so a
                    // key pressed right after a double click would otherwise find nothing.
                    let range = dom_selection::selected_range(&root, &workspace.document.article)
                        .or(selection);
                    if let Some(range) = range {
                        event.prevent_default();
                        let id = new_annotation_id();
                        dispatcher.dispatch(Action::Label {
                            kind,
                            range,
                            id,
                            now: now(),
                        });
                        latest.clear_selection();
                    }
                    return;
                }
                let focus_in_article = document()
                    .active_element()
                    .is_some_and(|a| root.contains(Some(&a)));
                if focus_in_article
                    && let Some((direction, granularity)) =
                        caret_motion(&key, event.ctrl_key() || event.alt_key())
                {
                    event.prevent_default();
                    let alter = if event.shift_key() { "extend" } else { "move" };
                    dom_selection::move_by_keyboard(&root, alter, direction, granularity);
                }
            });
        move || drop(listener)
    });
}

/// The caret motion a key asks for: direction and granularity for `Selection.modify`.
fn caret_motion(key: &str, by_word: bool) -> Option<(&'static str, &'static str)> {
    let along_line = if by_word { "word" } else { "character" };
    Some(match key {
        "ArrowLeft" => ("backward", along_line),
        "ArrowRight" => ("forward", along_line),
        "ArrowUp" => ("backward", "line"),
        "ArrowDown" => ("forward", "line"),
        "Home" => ("backward", "lineboundary"),
        "End" => ("forward", "lineboundary"),
        _ => return None,
    })
}
