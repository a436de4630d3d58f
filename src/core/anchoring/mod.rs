//! Anchoring: describing an annotation by W3C selectors, and finding its text again in a
//! document that may have changed.
//!
//! In the manner of Hypothesis's `src/annotator/anchoring/`, one file per job: `selectors`
//! (the selector types and the prepared text), `approx` (the approximate matcher), `qgrams`
//! (the filter that narrows the whole-text search to a few windows), `scorer` (how well a place
//! fits, and the searches for the best one) and `anchor` (the strategy). All offsets are code points.

pub mod anchor;
pub mod approx;
pub mod qgrams;
mod scorer;
pub mod selectors;

pub use anchor::{Anchor, AnchorQuality, anchor};
pub use selectors::{SearchText, TextPositionSelector, TextQuoteSelector};
