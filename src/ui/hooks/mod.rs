//! The App's hooks: each a piece of behaviour with its own listeners and effects, kept out of
//! the component so that `app.rs` reads as the page's layout.

use std::cell::RefCell;
use std::rc::Rc;

use crate::core::annotation::AnnotationId;
use crate::core::article::Article;
use crate::core::offsets::CharRange;

pub mod autosave;
pub mod deferred_history;
pub mod file_drop;
pub mod keyboard;
pub mod other_tabs;
pub mod painted;
pub mod reveal;
pub mod selection;

/// What the long-lived event listeners need to know about the latest render.
pub struct Latest {
    pub article: Rc<Article>,
    pub current_id: String,
    pub pending: Option<CharRange>,
    pub selected: Option<AnnotationId>,
}

/// The latest render, shared with the long-lived listeners.
pub type SharedLatest = Rc<RefCell<Latest>>;
