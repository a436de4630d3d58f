//! Other tools' files read as documents and labelled spans (issue #22), before their labels are
//! mapped to Quotemark's kinds ([`labels`]) and the spans anchored on the text.
//!
//! A reader turns one tool's format into [`ForeignSpan`]s: the label as the tool wrote it, where
//! the span is (code points, converted at the edge from however the format counts), the text the
//! file says it covers, and what the format attaches (a quote's speaker and cue, notes). It
//! refuses single items with the line and the reason, never the whole file for one bad line.

pub mod articles;
pub mod batch;
pub mod brat;
pub mod doccano;
pub mod label_studio;
pub mod labels;
pub mod mapping;
mod position;
pub mod webanno_tsv;

use crate::core::offsets::CharRange;

/// A document read from another tool's file: its text and its labelled spans.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForeignDocument {
    /// What the file calls it (a task id, a line of a JSON Lines file), for the report.
    pub name: String,
    pub text: String,
    pub spans: Vec<ForeignSpan>,
}

/// What a file held: its documents, and the items that could not be read.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ForeignRead {
    pub documents: Vec<ForeignDocument>,
    pub refused: Vec<Refused>,
}

/// A span of a document as another tool labelled it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ForeignSpan {
    /// The label (entity or event type) as the file spells it.
    pub label: String,
    /// From the start of the first fragment to the end of the last, in code points.
    pub range: CharRange,
    /// The document's text over `range` when the file's text for the span matches it (for
    /// brat, its fragments joined by spaces); else the text the file gives.
    pub exact: String,
    /// Whether the file's text for the span is the document's at its offsets: when not, the
    /// span must be found again (or kept as an orphan), never taken at its offsets.
    pub matches_text: bool,
    /// The speaker and cue of a quotation, where the format links them to it.
    pub speaker: Option<String>,
    pub cue: Option<String>,
    /// Notes the file attaches to the span, in order.
    pub notes: Vec<String>,
}

/// An item of a file that was not read, where it is, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    pub at: Place,
    pub reason: RefusalReason,
}

/// Where in a file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Place {
    /// A line, from 1.
    Line(usize),
    /// A JSON path, as `[0].annotations[0].result[2]`.
    Path(String),
    /// A JSON path in a line of a JSON Lines file.
    LinePath(usize, String),
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum RefusalReason {
    #[error("it is not a line of brat standoff (expected an id, a tab and an annotation)")]
    NotStandoff,
    #[error("its offsets “{0}” are not pairs of whole numbers")]
    BadOffsets(String),
    #[error(
        "its span {start}–{end} ends before it starts or past the end of the text ({length} characters)"
    )]
    OutsideText {
        start: usize,
        end: usize,
        length: usize,
    },
    #[error("it refers to {0}, which the file does not define")]
    UnknownId(String),
    #[error("it is not JSON ({0})")]
    NotJson(String),
    #[error("{0}")]
    Shape(String),
    #[error("it has no text to annotate")]
    NoText,
}
