//! W3C Web Annotation (JSON-LD): an `AnnotationCollection` whose first page holds one
//! `Annotation` per annotation.
//!
//! Bodies are `TextualBody`s, told apart by `purpose`, and, where one purpose carries several
//! of our fields, by a `role` (our extension, ignored by tools that do not know it):
//! - the kind: `classifying` (`claim`, `quote`, `scare_quote`);
//! - the note: `commenting`; each tag: `tagging`;
//! - the speaker: `identifying`, role `speaker`; whose framing: `identifying`, role
//!   `attributed_to`;
//! - the cue: `describing`, role `cue`; the quote type: `describing`, role `quote_type`;
//!   the origin: `describing`, role `origin`.
//!
//! The target names the document (its URL when known, else `urn:sha256:…`) and carries a
//! `TextQuoteSelector` and a `TextPositionSelector` (code points).

use serde_json::{Value, json};

use super::{DocumentInfo, context};
use crate::core::anchoring::SearchText;
use crate::core::annotation::{Annotation, Origin};
use crate::core::time::Timestamp;
use crate::json;

pub const CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The target `source` for a document: its URL, or a URN made from its id.
pub fn target_source(document: &DocumentInfo) -> String {
    match &document.source {
        Some(url) => url.clone(),
        None => format!("urn:{}", document.id),
    }
}

fn body(purpose: &str, role: Option<&str>, value: &str) -> Value {
    let mut body = json!({ "type": "TextualBody", "purpose": purpose, "value": value });
    if let Some(role) = role {
        body["role"] = json!(role);
    }
    body
}

/// One annotation as a W3C `Annotation`.
pub fn annotation(text: &SearchText, document: &DocumentInfo, a: &Annotation) -> Value {
    let mut bodies = vec![body("classifying", None, a.kind.as_str())];
    if !a.note.is_empty() {
        bodies.push(body("commenting", None, &a.note));
    }
    bodies.extend(a.tags.iter().map(|t| body("tagging", None, t)));
    let optional = [
        ("identifying", "speaker", a.speaker.as_deref()),
        ("identifying", "attributed_to", a.attributed_to.as_deref()),
        ("describing", "cue", a.cue.as_deref()),
        ("describing", "quote_type", a.quote_type.map(|t| t.as_str())),
    ];
    for (purpose, role, value) in optional {
        if let Some(value) = value {
            bodies.push(body(purpose, Some(role), value));
        }
    }
    if a.origin == Origin::Suggested {
        bodies.push(body("describing", Some("origin"), "suggested"));
    }
    let (prefix, suffix) = context(text, a);
    json!({
        "@context": CONTEXT,
        "id": format!("urn:uuid:{}", a.id),
        "type": "Annotation",
        "motivation": "classifying",
        "created": a.created,
        "modified": a.modified,
        "body": bodies,
        "target": {
            "source": target_source(document),
            "selector": [
                { "type": "TextQuoteSelector", "exact": a.exact, "prefix": prefix, "suffix": suffix },
                { "type": "TextPositionSelector", "start": a.start, "end": a.end },
            ],
        },
    })
}

/// The whole collection.
pub fn export(
    text: &SearchText,
    document: &DocumentInfo,
    annotations: &[Annotation],
    exported: &Timestamp,
) -> Value {
    let items: Vec<Value> = annotations
        .iter()
        .map(|a| annotation(text, document, a))
        .collect();
    json!({
        "@context": CONTEXT,
        "id": format!("urn:quotemark:collection:{}", document.id),
        "type": "AnnotationCollection",
        "label": document.title,
        "generated": exported.as_str(),
        "total": items.len(),
        "first": { "type": "AnnotationPage", "startIndex": 0, "items": items },
    })
}

pub fn to_string(export: &Value) -> String {
    json::print_pretty(export).expect("JSON values always serialise")
}
