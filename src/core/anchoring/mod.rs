//! Anchoring: finding an annotation's text again in a document that may have changed.
//!
//! In the manner of Hypothesis's `src/annotator/anchoring/`, one file per job: `approx` is the
//! approximate matcher. All offsets are code points.

pub mod approx;
