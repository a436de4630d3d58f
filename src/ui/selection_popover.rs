//! The small floating toolbar that appears next to selected text. It places itself: at the
//! selection when the selected text changes, and again as the page scrolls (its own listener,
//! alive only while it shows), so scrolling re-renders nothing else.

use gloo_events::EventListener;
use yew::prelude::*;

use super::LabelButtons;
use super::browser::window;
use super::dom_selection::selection_anchor;
use crate::core::annotation::Kind;
use crate::core::offsets::CharRange;

#[derive(Properties, PartialEq)]
pub struct SelectionPopoverProps {
    /// The selected text; the popover moves to it whenever it changes.
    pub range: CharRange,
    pub on_label: Callback<Kind>,
}

/// Height the popover needs above the selection before it flips below it.
const ROOM_ABOVE_PX: f64 = 56.0;

/// Where the popover goes for a selection at (left, top, bottom) of the viewport: above it,
/// or below it near the top edge.
fn place((left, top, bottom): (f64, f64, f64)) -> (i64, i64) {
    let y = if top > ROOM_ABOVE_PX {
        top - ROOM_ABOVE_PX + 8.0
    } else {
        bottom + 8.0
    };
    (left.max(8.0).round() as i64, y.round() as i64)
}

#[component]
pub fn SelectionPopover(props: &SelectionPopoverProps) -> Html {
    let node = use_node_ref();
    // Placed through the CSSOM, not a `style` attribute: the Content-Security-Policy allows no
    // inline styles in markup.
    let move_to_selection = {
        let node = node.clone();
        move || {
            let (Some(element), Some(anchor)) =
                (node.cast::<web_sys::HtmlElement>(), selection_anchor())
            else {
                return;
            };
            let (x, y) = place(anchor);
            let style = element.style();
            let _ = style.set_property("left", &format!("{x}px"));
            let _ = style.set_property("top", &format!("{y}px"));
        }
    };
    {
        let move_to_selection = move_to_selection.clone();
        use_effect_with(props.range, move |_| move_to_selection());
    }
    use_effect_with((), move |_| {
        let listener = EventListener::new(&window(), "scroll", move |_| move_to_selection());
        move || drop(listener)
    });
    html! {
        <div class="selection-popover" role="toolbar" aria-label="Label the selected text" ref={node}>
            <LabelButtons enabled={true} on_label={props.on_label.clone()} />
        </div>
    }
}
