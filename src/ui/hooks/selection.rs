//! Follows the browser's selection in the article, for the floating toolbar.

use std::rc::Rc;

use gloo_events::EventListener;
use yew::prelude::*;

use super::SharedLatest;
use crate::ui::browser::{document, window};
use crate::ui::dom_selection;
use crate::ui::state::{Action, PendingSelection, Workspace};

/// Follows the browser's selection (and keeps the floating toolbar beside it on scroll).
#[hook]
pub fn use_selection_tracking(
    article_ref: NodeRef,
    latest: SharedLatest,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    use_effect_with((), move |_| {
        let update = Rc::new(move |_: &Event| {
            let Some(root) = article_ref.cast::<web_sys::Element>() else {
                return;
            };
            let article = latest.borrow().article.clone();
            let pending = dom_selection::selected_range(&root, &article)
                .map(|(range, anchor)| PendingSelection { range, anchor });
            dispatcher.dispatch(Action::SelectText(pending));
        });
        let on_change = update.clone();
        let listeners = [
            EventListener::new(&document(), "selectionchange", move |e| on_change(e)),
            EventListener::new(&window(), "scroll", move |e| update(e)),
        ];
        move || drop(listeners)
    });
}
