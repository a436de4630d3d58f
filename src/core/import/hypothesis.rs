//! Hypothesis's export file: `{export_date, annotations: [{id, target: [{source, selector}],
//! text, tags, created, updated}]}`. The comment becomes the note; a tag naming one of our
//! kinds ("claim", "quote", "scare quote") sets the kind, and otherwise it is a claim.

use super::json_path::At;
use super::{Candidate, ImportError, derived_id, foreign_annotation, selectors};
use crate::core::annotation::Kind;
use crate::core::interop::labels::propose;
use crate::core::time::Timestamp;

pub fn parse(root: &At, now: &Timestamp) -> Result<Vec<Candidate>, ImportError> {
    // An export holds `annotations`; the API's search answers with `rows`.
    let list = if root.value.get("rows").is_some() {
        "rows"
    } else {
        "annotations"
    };
    root.required(list)?
        .array()?
        .iter()
        .map(|item| candidate(item, now))
        .collect()
}

fn candidate(item: &At, now: &Timestamp) -> Result<Candidate, ImportError> {
    let id = match item.get("id") {
        Some(at) => derived_id("hypothesis", at.as_str()?),
        None => derived_id("hypothesis-content", &item.value.to_string()),
    };
    let (quote, position) = selectors::from_target(&item.required("target")?)?;
    let mut tags = item.string_list("tags")?;
    let kind = tags.iter().find_map(|t| propose(t)).unwrap_or(Kind::Claim);
    tags.retain(|t| propose(t).is_none());
    let created = item
        .optional_time("created")?
        .unwrap_or_else(|| now.clone());
    let mut annotation = foreign_annotation(
        id,
        &quote,
        position,
        created,
        item.optional_time("updated")?,
    );
    annotation.kind = kind;
    annotation.note = item.optional_str("text")?.unwrap_or_default();
    annotation.tags = tags;
    Ok(Candidate {
        annotation,
        quote,
        position,
    })
}
