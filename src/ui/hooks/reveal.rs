//! Scrolling to a revealed highlight, flashing it, and keeping the selected item in view in
//! the side column.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::ui::browser::{after_next_paint, document, keep_in_side_column, prefers_reduced_motion};
use crate::ui::state::Workspace;

/// How long a revealed highlight flashes.
const FLASH_MS: u32 = 1200;

/// Scrolls to a revealed highlight and flashes it; keeps the selected item in the panel in view.
#[hook]
pub fn use_reveal(state: &UseReducerHandle<Workspace>) {
    use_effect_with(state.view.flash.clone(), |flash| {
        let Some((id, _)) = flash else { return };
        let selector = format!(".article mark[data-annotation-id=\"{id}\"]");
        let Ok(Some(mark)) = document().query_selector(&selector) else {
            return;
        };
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Center);
        let behavior = if prefers_reduced_motion() {
            web_sys::ScrollBehavior::Auto
        } else {
            web_sys::ScrollBehavior::Smooth
        };
        options.set_behavior(behavior);
        mark.scroll_into_view_with_scroll_into_view_options(&options);
        let _ = mark.class_list().add_1("hl-flash");
        Timeout::new(FLASH_MS, move || {
            let _ = mark.class_list().remove_1("hl-flash");
        })
        .forget();
    });
    use_effect_with(state.view.selected.clone(), |selected| {
        let Some(id) = selected else { return };
        let selector = format!(".panel [data-annotation-id=\"{id}\"]");
        // After the paint: measuring reads the layout, and forcing it before the frame made
        // adding a highlight on a long article wait about 6 ms more for its mark to show.
        after_next_paint(move || {
            if let Ok(Some(item)) = document().query_selector(&selector) {
                keep_in_side_column(&item);
            }
        });
    });
}
