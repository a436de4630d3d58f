//! The small floating toolbar that appears next to selected text.

use yew::prelude::*;

use super::LabelButtons;
use super::state::PendingSelection;
use crate::core::annotation::Kind;

#[derive(Properties, PartialEq)]
pub struct SelectionPopoverProps {
    pub pending: PendingSelection,
    pub on_label: Callback<Kind>,
}

/// Height the popover needs above the selection before it flips below it.
const ROOM_ABOVE_PX: f64 = 56.0;

#[component]
pub fn SelectionPopover(props: &SelectionPopoverProps) -> Html {
    let (left, top, bottom) = props.pending.anchor;
    // Fixed position in the viewport: above the selection, or below it near the top edge.
    let y = if top > ROOM_ABOVE_PX {
        top - ROOM_ABOVE_PX + 8.0
    } else {
        bottom + 8.0
    };
    let (x, y) = (left.max(8.0), y);
    // Placed through the CSSOM, not a `style` attribute: the Content-Security-Policy allows no
    // inline styles in markup.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect_with((x.round() as i64, y.round() as i64), move |&(x, y)| {
            if let Some(element) = node.cast::<web_sys::HtmlElement>() {
                let style = element.style();
                let _ = style.set_property("left", &format!("{x}px"));
                let _ = style.set_property("top", &format!("{y}px"));
            }
        });
    }
    html! {
        <div class="selection-popover" role="toolbar" aria-label="Label the selected text" ref={node}>
            <LabelButtons enabled={true} on_label={props.on_label.clone()} />
        </div>
    }
}
