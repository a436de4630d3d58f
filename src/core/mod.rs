//! The pure core of Quotemark: text, offsets and the article model.
//!
//! Nothing here touches the browser; it builds and tests natively with `cargo test`.

pub mod article;
pub mod bundled;
pub mod offsets;
pub mod text;
