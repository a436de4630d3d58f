//! Quotemark's own JSON, version 1: `format`, `version`, `exported`, `document` and
//! `annotations`, nothing else at the top level. Each annotation carries every field of the
//! model plus its `prefix` and `suffix` context. The schema is
//! `static/schema/quotemark-v1.schema.json`.

use serde::{Deserialize, Serialize};

use super::{DocumentInfo, context};
use crate::core::anchoring::SearchText;
use crate::core::annotation::Annotation;
use crate::core::time::Timestamp;
use crate::json;

pub const FORMAT: &str = "quotemark";
pub const VERSION: u32 = 1;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuotemarkExport {
    pub format: String,
    pub version: u32,
    pub exported: Timestamp,
    pub document: DocumentInfo,
    pub annotations: Vec<ExportedAnnotation>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExportedAnnotation {
    #[serde(flatten)]
    pub annotation: Annotation,
    pub prefix: String,
    pub suffix: String,
}

/// The export of `annotations` on `text`, made at `exported`.
pub fn export(
    text: &SearchText,
    document: DocumentInfo,
    annotations: &[Annotation],
    exported: &Timestamp,
) -> QuotemarkExport {
    QuotemarkExport {
        format: FORMAT.into(),
        version: VERSION,
        exported: exported.clone(),
        document,
        annotations: annotations
            .iter()
            .map(|a| {
                let (prefix, suffix) = context(text, a);
                ExportedAnnotation {
                    annotation: a.clone(),
                    prefix,
                    suffix,
                }
            })
            .collect(),
    }
}

/// The export as indented JSON text.
pub fn to_string(export: &QuotemarkExport) -> String {
    json::print_pretty(export).expect("exports always serialise")
}
