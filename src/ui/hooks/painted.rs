//! Whether the App's first screen has been painted: what the reader does not need in the first
//! frame (the side column's lists, the closed dialogs) renders only after it, so that a first
//! visit shows the article, ready to annotate, as early as it can (issue #8).
//!
//! False in the first render; true from the render that follows the first paint. A page opened
//! hidden paints nothing, so it stays false until the page is shown.

use yew::prelude::*;

use crate::ui::browser::after_next_paint;

#[hook]
pub fn use_painted() -> bool {
    let painted = use_state_eq(|| false);
    {
        let painted = painted.setter();
        use_effect_with((), move |_| after_next_paint(move || painted.set(true)));
    }
    *painted
}
