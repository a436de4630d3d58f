//! Follows the browser's selection in the article: which text waits for a label. Only a change
//! of the selected text is news; where the floating toolbar sits is the toolbar's own business
//! (`SelectionPopover` follows scrolling itself), so scrolling changes no state here.

use gloo_events::EventListener;
use yew::prelude::*;

use crate::core::offsets::CharRange;
use crate::ui::browser::document;
use crate::ui::dom_selection;
use crate::ui::latest::Latest;

/// The text selected in the article, kept in `selection` (equal values do not re-render).
#[hook]
pub fn use_selection_tracking(
    article_ref: NodeRef,
    latest: Latest,
    selection: UseStateSetter<Option<CharRange>>,
) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&document(), "selectionchange", move |_| {
            let Some(root) = article_ref.cast::<web_sys::Element>() else {
                return;
            };
            let article = latest.workspace().document.article.clone();
            selection.set(dom_selection::selected_range(&root, &article));
        });
        move || drop(listener)
    });
}
