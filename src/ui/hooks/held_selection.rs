//! Holds the reader's selection in the article while its highlights are redrawn. Yew patches a
//! block's text nodes when marks go in or out under it (a suggestion arriving from the worker,
//! another tab's or a teammate's annotation), and the browser moves or collapses a selection
//! whose end points were in those nodes: the text the reader selected would be lost, or would
//! grow to the paragraph's start. So the selection is read before each patch and put back after
//! it when it no longer reads the same. A selection the reader changes is not touched: it is
//! read again at the next render.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::article::Article;
use crate::core::offsets::CharRange;
use crate::ui::dom_selection;

/// Call in the component that renders the article's blocks, with the article's element.
#[hook]
pub fn use_held_selection(article_ref: NodeRef, article: Rc<Article>) {
    let held = use_mut_ref(|| None::<CharRange>);
    // The body runs before Yew changes the page, so this is the selection as the reader left it.
    if let Some(root) = article_ref.cast::<web_sys::Element>() {
        *held.borrow_mut() = dom_selection::selected_range(&root, &article);
    }
    use_effect(move || {
        let range = held.borrow_mut().take();
        if let (Some(range), Some(root)) = (range, article_ref.cast::<web_sys::Element>())
            && dom_selection::selected_range(&root, &article) != Some(range)
        {
            dom_selection::select(&root, &article, range);
        }
    });
}
