//! Quotemark: a local-first article annotator.
//!
//! [`core`] is pure Rust (text, offsets, the article model) and builds everywhere; [`ui`] holds
//! the Yew components and thin browser adapters and builds only for `wasm32`.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod ui;
