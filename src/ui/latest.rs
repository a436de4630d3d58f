//! The latest render's workspace and the text selected in the article, for the reader's
//! intents (made once) and the long-lived event listeners, which outlive the render they were
//! made in.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::dom_selection;
use crate::core::offsets::CharRange;
use crate::core::workspace::Workspace;

/// The latest render's workspace and the text selected in the article, for handlers made
/// once and for the long-lived event listeners.
#[derive(Clone)]
pub struct Latest(Rc<RefCell<LatestState>>);

pub struct LatestState {
    pub workspace: Workspace,
    /// The text selected in the article, waiting for a label.
    pub selection: Option<CharRange>,
    /// Sets the App's state of the selection.
    select: UseStateSetter<Option<CharRange>>,
}

impl Latest {
    pub fn new(workspace: Workspace, select: UseStateSetter<Option<CharRange>>) -> Self {
        Self(Rc::new(RefCell::new(LatestState {
            workspace,
            selection: None,
            select,
        })))
    }

    /// Lets go of the selected text once it is labelled: in the browser, and at once in the
    /// App, whose floating toolbar would otherwise stay until the browser's `selectionchange`
    /// comes (a task later), in the way of the next selection.
    pub fn clear_selection(&self) {
        dom_selection::clear();
        let select = {
            let mut state = self.0.borrow_mut();
            state.selection = None;
            state.select.clone()
        };
        // Not while borrowed: setting the state may render the App, which updates `self`.
        select.set(None);
    }

    pub fn set(&self, workspace: Workspace, selection: Option<CharRange>) {
        let mut state = self.0.borrow_mut();
        state.workspace = workspace;
        state.selection = selection;
    }

    /// The workspace as last rendered (a copy of its six pointers).
    pub fn workspace(&self) -> Workspace {
        self.0.borrow().workspace.clone()
    }

    pub fn selection(&self) -> Option<CharRange> {
        self.0.borrow().selection
    }
}
