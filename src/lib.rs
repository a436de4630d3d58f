//! Quotemark: a local-first article annotator.
//!
//! [`core`] is pure Rust (text, offsets, the article model, the workspace and its actions) and
//! builds everywhere; [`json`] reads and writes JSON text (with the browser's own parser in the
//! browser); [`words`] turns what the core reports into the sentences the reader sees;
//! [`ui`] holds the Yew components and thin browser adapters and builds only for `wasm32`.

pub mod core;
pub mod json;
pub mod words;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod worker;
