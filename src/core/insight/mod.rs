//! Insight: who is quoted and how the article frames, computed from the annotations.
//!
//! [`roster`] groups speakers (mentions of one person merged, with the reader's own merges and
//! splits), [`chart`] lays out the bar charts in whole pixels for both the app and the report,
//! and [`report`] writes the self-contained HTML and Markdown reports. Nothing here reads the
//! browser; offsets are the annotations' code points.

pub mod chart;
pub mod lists;
pub mod report;
pub mod roster;
