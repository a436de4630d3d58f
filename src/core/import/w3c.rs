//! W3C Web Annotation: ours (see `export::w3c` for how our fields map to bodies) and other
//! tools'. A `classifying` body names the kind and must be one of ours; without one the
//! annotation is a claim. Bodies of purposes we do not use are ignored.

use super::json_path::At;
use super::{Candidate, ImportError, derived_id, foreign_annotation, selectors};
use crate::core::annotation::{AnnotationId, Kind, Origin, QuoteType};
use crate::core::interop::labels::propose;
use crate::core::time::Timestamp;

pub fn parse(root: &At, now: &Timestamp) -> Result<Vec<Candidate>, ImportError> {
    let kind = root.value.get("type").and_then(|t| t.as_str());
    let items = match kind {
        Some("Annotation") => vec![root.clone()],
        Some("AnnotationPage") => root.required("items")?.array()?,
        Some("AnnotationCollection") => match root.get("first") {
            Some(first) if first.value.is_object() => first.required("items")?.array()?,
            _ => root.required("items")?.array()?,
        },
        _ => root.array()?,
    };
    items.iter().map(|item| candidate(item, now)).collect()
}

fn candidate(item: &At, now: &Timestamp) -> Result<Candidate, ImportError> {
    let id = match item.get("id") {
        Some(at) => {
            let text = at.as_str()?;
            text.strip_prefix("urn:uuid:")
                .and_then(AnnotationId::parse)
                .unwrap_or_else(|| derived_id("w3c", text))
        }
        None => derived_id("w3c-content", &item.value.to_string()),
    };
    let (quote, position) = selectors::from_target(&item.required("target")?)?;
    let created = item
        .optional_time("created")?
        .unwrap_or_else(|| now.clone());
    let mut annotation = foreign_annotation(
        id,
        &quote,
        position,
        created,
        item.optional_time("modified")?,
    );
    let mut notes = Vec::new();
    for body in item.get("body").map(|b| b.items()).unwrap_or_default() {
        // A body may be a plain string: other tools use that for a comment.
        if let Some(text) = body.value.as_str() {
            notes.push(text.to_owned());
            continue;
        }
        let Some(value_at) = body.get("value") else {
            continue;
        };
        let value = value_at.as_str()?.to_owned();
        let purpose = body.optional_str("purpose")?;
        let role = body.optional_str("role")?;
        match (purpose.as_deref(), role.as_deref()) {
            (Some("classifying"), _) => {
                annotation.kind = Kind::parse(&value).or_else(|| propose(&value)).ok_or_else(|| {
                    value_at.error(format!("is an unknown kind \u{201c}{value}\u{201d}; expected claim, quote or scare_quote"))
                })?;
            }
            (Some("tagging"), _) => annotation.tags.push(value),
            (Some("identifying"), Some("attributed_to")) => annotation.attributed_to = Some(value),
            (Some("identifying"), _) => annotation.speaker = Some(value),
            (Some("describing"), Some("cue")) => annotation.cue = Some(value),
            (Some("describing"), Some("quote_type")) => {
                annotation.quote_type = Some(
                    QuoteType::parse(&value)
                        .ok_or_else(|| value_at.error("must be direct, partial or indirect"))?,
                );
            }
            (Some("describing"), Some("origin")) if value == "suggested" => {
                annotation.origin = Origin::Suggested
            }
            (Some("commenting") | None, _) => notes.push(value),
            _ => {}
        }
    }
    annotation.note = notes.join("\n\n");
    Ok(Candidate {
        annotation,
        quote,
        position,
    })
}
