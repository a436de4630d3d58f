//! The App's hooks: each a piece of behaviour with its own listeners and effects, kept out of
//! the component so that `app.rs` reads as the page's layout. Long-lived listeners read the
//! latest render through `intents::Latest`.

pub mod autosave;
pub mod deferred_history;
pub mod early;
pub mod file_drop;
pub mod held_selection;
pub mod keyboard;
pub mod maintenance;
pub mod other_tabs;
pub mod painted;
pub mod reveal;
pub mod selection;
pub mod team;
