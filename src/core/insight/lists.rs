//! The framing list and the claims list, in document order.

use crate::core::annotation::{Annotation, Kind};
use crate::core::order;

/// A scare-quoted term and whose framing it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Framing {
    pub term: String,
    /// `None` when the article does not say (the writer's own distance).
    pub by: Option<String>,
}

/// A claim and who it is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimLine {
    pub text: String,
    /// `None` for an unattributed claim (the writer's own assertion).
    pub speaker: Option<String>,
}

impl Framing {
    /// "framing of Washington", or "the writer's distance (no one named)".
    pub fn whose(&self) -> String {
        self.by.as_deref().map_or_else(
            || "the writer's distance (no one named)".to_owned(),
            |by| format!("framing of {by}"),
        )
    }
}

impl ClaimLine {
    /// "attributed to NATO leaders", or "unattributed".
    pub fn status(&self) -> String {
        self.speaker.as_deref().map_or_else(
            || "unattributed".to_owned(),
            |s| format!("attributed to {s}"),
        )
    }
}

/// "2 attributed, 2 unattributed."
pub fn claims_summary(claims: &[ClaimLine]) -> String {
    let attributed = claims.iter().filter(|c| c.speaker.is_some()).count();
    format!(
        "{attributed} attributed, {} unattributed.",
        claims.len() - attributed
    )
}

fn in_order<'a>(
    annotations: impl Iterator<Item = &'a Annotation>,
    kind: Kind,
) -> Vec<&'a Annotation> {
    let mut of_kind: Vec<&Annotation> = annotations
        .filter(|a| a.kind == kind && !a.orphaned)
        .collect();
    order::sort_by_key(&mut of_kind, |a| (a.start, a.end));
    of_kind
}

fn filled(field: &Option<String>) -> Option<String> {
    field
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

pub fn framings<'a>(annotations: impl Iterator<Item = &'a Annotation>) -> Vec<Framing> {
    in_order(annotations, Kind::ScareQuote)
        .into_iter()
        .map(|a| Framing {
            term: a.exact.clone(),
            by: filled(&a.attributed_to),
        })
        .collect()
}

pub fn claims<'a>(annotations: impl Iterator<Item = &'a Annotation>) -> Vec<ClaimLine> {
    in_order(annotations, Kind::Claim)
        .into_iter()
        .map(|a| ClaimLine {
            text: a.exact.clone(),
            speaker: filled(&a.speaker),
        })
        .collect()
}
