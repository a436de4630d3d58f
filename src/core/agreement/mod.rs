//! Agreement between coders, computed natively: pairwise span F1 (exact and overlap, as
//! `../shared/tools/eval_quotes.py` defines them), Krippendorff's unitizing alpha over code
//! points, and, on matched spans, percent agreement and Cohen's kappa on a label (a speaker, a
//! quote type).
//!
//! Each measure takes plain spans and labels, so that it can be applied per article, per kind
//! and to any chosen coders; the tests check each against values worked by hand and against a
//! published worked example.

pub mod alpha_u;
pub mod kappa;
pub mod spans;
pub mod table;

pub use alpha_u::{AlphaU, alpha_u};
pub use kappa::{LabelAgreement, label_agreement};
pub use spans::{MatchMode, SpanAgreement, span_agreement};
pub use table::{AgreementRow, Coded, CoderLayer, Tally, to_csv};
