//! Does what the reader did on the first screen (`ui::early`), once, as the App mounts: each
//! intent in the order it was made, through the App's own actions and intents, and the text
//! still selected is selected again in the App's article, where the App's selection tracking
//! finds it as it finds any selection (and the popover places itself at it).
//!
//! The first screen shows only on a first visit, when the App opens the bundled article; labels
//! are applied to that article alone, as a guard should storage have changed in between (another
//! tab saving first), rather than to another document's text.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::workspace::Action;
use crate::ui::dom_selection;
use crate::ui::early::{Early, EarlyIntent};
use crate::ui::intents::Intents;
use crate::ui::state::Workspace;

#[hook]
pub fn use_early(
    early: &Rc<Early>,
    state: &UseReducerHandle<Workspace>,
    intents: &Rc<Intents>,
    dispatcher: UseReducerDispatcher<Workspace>,
    article_ref: NodeRef,
) {
    let early = early.clone();
    let (intents, document) = (intents.clone(), state.document.clone());
    use_effect_with((), move |_| {
        let bundled = document.entry.bundled;
        for intent in &early.intents {
            match intent.clone() {
                EarlyIntent::Label {
                    kind,
                    range,
                    id,
                    now,
                } if bundled => dispatcher.dispatch(Action::Label {
                    kind,
                    range,
                    id,
                    now,
                }),
                EarlyIntent::Label { .. } => {}
                EarlyIntent::Open(dialog) => intents.open_dialog.emit(dialog),
                EarlyIntent::Export(format) => intents.export.emit(format),
                EarlyIntent::Import(file) => intents.import.emit(file),
            }
        }
        if let (Some(range), Some(root), true) = (
            early.selection,
            article_ref.cast::<web_sys::Element>(),
            bundled,
        ) {
            dom_selection::select(&root, &document.article, range);
        }
    });
}
