//! The Yew adapter of the workspace model: [`Workspace::apply`] (in `core::workspace`, where it
//! is tested natively) is the reducer. A copy of the workspace is six pointers; an action that
//! changes nothing returns the same `Rc`, so Yew skips the re-render.
//!
//! Each action is counted as a User Timing mark, `quotemark:action`, for the benchmark's count
//! of actions dispatched while the reader scrolls.

use std::rc::Rc;

use yew::Reducible;

pub use crate::core::workspace::{Action, Dialog, Workspace};

use super::browser::mark;

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        mark("quotemark:action");
        let mut next = (*self).clone();
        if next.apply(action) {
            Rc::new(next)
        } else {
            self
        }
    }
}
