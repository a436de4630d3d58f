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
    let style = format!("left: {:.0}px; top: {:.0}px;", left.max(8.0), y);
    html! {
        <div class="selection-popover" role="toolbar" aria-label="Label the selected text" {style}>
            <LabelButtons enabled={true} on_label={props.on_label.clone()} />
        </div>
    }
}
