//! The minimap's ticks, drawn only when they change.
//!
//! A long article has about a thousand ticks, and most edits leave them where they were (a
//! row already has its tick). The ticks are their own component, whose props are only each
//! tick's row and kind, compared by value, so an edit that adds no tick draws nothing; each is
//! keyed by its row and kind, so a new one does not shift the others. Which highlight a tick
//! reveals is the minimap's to know: it handles the clicks, once, from `data-row` and
//! `data-kind`.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::annotation::{AnnotationId, Kind};

/// Rows of the strip; a tick is one row high.
pub const ROWS: usize = 400;

/// One tick: the first highlight of `kind` that falls on `row`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tick {
    pub row: usize,
    pub kind: Kind,
    pub id: AnnotationId,
}

#[derive(Properties, PartialEq)]
pub struct MinimapTicksProps {
    /// Row and kind of each tick.
    pub slots: Rc<Vec<(usize, Kind)>>,
}

#[component]
pub fn MinimapTicks(props: &MinimapTicksProps) -> Html {
    let column = |kind: Kind| match kind {
        Kind::Claim => "0",
        Kind::Quote => "4",
        Kind::ScareQuote => "8",
    };
    html! {
        { for props.slots.iter().map(|&(row, kind)| html! {
            <rect
                key={row * Kind::ALL.len() + kind as usize}
                class={classes!("minimap-tick", kind.as_str())}
                data-row={row.to_string()}
                data-kind={kind.as_str()}
                x={column(kind)} y={row.to_string()} width="4" height="2"
            >
                <title>{ kind.label() }</title>
            </rect>
        }) }
    }
}
