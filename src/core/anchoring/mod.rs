//! Anchoring: describing an annotation by W3C selectors, and finding its text again in a
//! document that may have changed.
//!
//! In the manner of Hypothesis's `src/annotator/anchoring/`, one file per job: `selectors`
//! (the selector types and the prepared text), `approx` (the approximate matcher), `qgrams`
//! (the filter that narrows the whole-text search to a few windows) and `anchor` (the strategy
//! and its scoring). All offsets are code points.

pub mod anchor;
pub mod approx;
pub mod qgrams;
pub mod selectors;

pub use anchor::{Anchor, AnchorQuality, anchor};
pub use selectors::{SearchText, TextPositionSelector, TextQuoteSelector};
