//! Quotemark JSON, version 1 (the only version so far).

use super::json_path::At;
use super::{Candidate, ImportError};
use crate::core::anchoring::{TextPositionSelector, TextQuoteSelector};
use crate::core::annotation::{Annotation, AnnotationId, Kind, Origin, QuoteType};
use crate::core::interop::labels::propose;
use crate::core::offsets::CharOffset;
use crate::core::time::Timestamp;

pub fn parse(root: &At, now: &Timestamp) -> Result<Vec<Candidate>, ImportError> {
    let version_at = root.required("version")?;
    let version = version_at
        .value
        .as_u64()
        .ok_or_else(|| version_at.error("must be a whole number"))?;
    if version > 1 {
        return Err(ImportError::NewerVersion { found: version });
    }
    if version == 0 {
        return Err(version_at.error("must be 1"));
    }
    let length = match root.get("document").and_then(|d| d.get("length")) {
        Some(at) => Some(at.as_offset()?),
        None => None,
    };
    root.required("annotations")?
        .array()?
        .iter()
        .map(|item| candidate(item, length, now))
        .collect()
}

fn candidate(item: &At, length: Option<usize>, now: &Timestamp) -> Result<Candidate, ImportError> {
    let id_at = item.required("id")?;
    let id = AnnotationId::parse(id_at.as_str()?).ok_or_else(|| id_at.error("must be a UUID"))?;
    let kind_at = item.required("kind")?;
    let kind_text = kind_at.as_str()?;
    // "scare-quote", "Scare quote", "ScareQuote": our kinds however another hand spelled them.
    let kind = Kind::parse(kind_text)
        .or_else(|| propose(kind_text))
        .ok_or_else(|| {
            kind_at.error(format!(
            "is an unknown kind \u{201c}{kind_text}\u{201d}; expected claim, quote or scare_quote"
        ))
        })?;
    let start = item.required("start")?.as_offset()?;
    let end_at = item.required("end")?;
    let end = end_at.as_offset()?;
    if end < start {
        return Err(end_at.error(format!("must not be before start ({start})")));
    }
    if let Some(length) = length
        && end > length
    {
        return Err(end_at.error(format!(
            "is past the end of the document ({length} code points)"
        )));
    }
    let exact_at = item.required("exact")?;
    let exact = exact_at.as_str()?.to_owned();
    if exact.is_empty() {
        return Err(exact_at.error("must not be empty"));
    }
    let quote_type = match item.get("quote_type") {
        None => None,
        Some(at) => Some(
            QuoteType::parse(at.as_str()?)
                .ok_or_else(|| at.error("must be direct, partial or indirect"))?,
        ),
    };
    let origin = match item.optional_str("origin")?.as_deref() {
        None | Some("user") => Origin::User,
        Some("suggested") => Origin::Suggested,
        Some(_) => return Err(item.required("origin")?.error("must be user or suggested")),
    };
    let orphaned = match item.get("orphaned") {
        None => false,
        Some(at) => at
            .value
            .as_bool()
            .ok_or_else(|| at.error("must be true or false"))?,
    };
    let created = item
        .optional_time("created")?
        .unwrap_or_else(|| now.clone());
    let annotation = Annotation {
        id,
        kind,
        start: CharOffset::new(start),
        end: CharOffset::new(end),
        exact: exact.clone(),
        note: item.optional_str("note")?.unwrap_or_default(),
        tags: item.string_list("tags")?,
        speaker: item.optional_str("speaker")?,
        cue: item.optional_str("cue")?,
        quote_type,
        attributed_to: item.optional_str("attributed_to")?,
        origin,
        modified: item
            .optional_time("modified")?
            .unwrap_or_else(|| created.clone()),
        created,
        orphaned,
        suggested: match item.get("suggested") {
            None => None,
            Some(at) => Some(serde_json::from_value(at.value.clone()).map_err(|error| {
                at.error(format!("is not the reason of a suggestion: {error}"))
            })?),
        },
    };
    let quote = TextQuoteSelector {
        exact,
        prefix: item.optional_str("prefix")?.unwrap_or_default(),
        suffix: item.optional_str("suffix")?.unwrap_or_default(),
    };
    Ok(Candidate {
        annotation,
        quote,
        position: Some(TextPositionSelector { start, end }),
    })
}
