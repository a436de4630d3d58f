//! The Yew front end: one component per file, and thin adapters to the browser.
//!
//! Components read the pure [`crate::core`] model and render it; they never compute offsets
//! themselves.

mod app;
mod article_view;
mod block_view;

pub use app::App;
pub use article_view::{ArticleView, ArticleViewProps};
pub use block_view::{BlockView, BlockViewProps};
