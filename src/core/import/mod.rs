//! Getting annotations in: Quotemark JSON (every version so far), W3C Web Annotation
//! (ours and other tools': one annotation, a list, a page or a collection) and Hypothesis's
//! export file. Then every imported annotation is re-anchored on the current article.
//!
//! Import is all or nothing: [`parse`] either returns every annotation of the file or one
//! [`ImportError`] that names the field at fault by its JSON path (`annotations[3].end`), and
//! nothing is changed until it has succeeded. Files over [`MAX_IMPORT_BYTES`] are refused
//! before they are read as JSON.
//!
//! Annotations from other tools have no UUID of ours; they get one derived from the tool's
//! own id (or from their content), so importing the same file twice skips the duplicates.

mod hypothesis;
mod json_path;
mod quotemark;
mod selectors;
mod stepwise;
mod w3c;

use serde_json::Value;
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::anchoring::{
    AnchorQuality, SearchText, TextPositionSelector, TextQuoteSelector, anchor,
};
use super::annotation::{Annotation, AnnotationId};
use super::limits;
use super::offsets::CharOffset;
use super::time::Timestamp;
use crate::json::{self, JsonError};
use json_path::At;
pub use stepwise::Anchoring;

/// The largest file Quotemark imports: 10 MiB, far beyond any real annotation file.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ImportError {
    #[error("the file is empty")]
    Empty,
    #[error(
        "the file is {} MB; Quotemark imports annotation files of up to {} MB",
        super::units::megabytes(*.bytes),
        MAX_IMPORT_BYTES / 1_048_576
    )]
    TooLarge { bytes: usize },
    #[error("the file is not text (it is not valid UTF-8); is it the right file?")]
    NotText,
    #[error("the file is not valid JSON ({0})")]
    NotJson(JsonError),
    #[error(
        "the file is JSON but in no format Quotemark reads: expected Quotemark JSON \
         (\"format\": \"quotemark\"), W3C Web Annotation (\"type\": \"Annotation\" or \
         \"AnnotationCollection\"), a Hypothesis export (\"annotations\" with targets) or a \
         Hypothesis API search result (\"rows\")"
    )]
    UnknownFormat,
    #[error(
        "the file was made by a newer Quotemark (format version {found}); this one reads version 1"
    )]
    NewerVersion { found: u64 },
    #[error("{path} {message}")]
    Invalid { path: String, message: String },
    #[error("annotation {number} of the file is over a limit: {error}")]
    OverLimit {
        number: usize,
        error: limits::LimitError,
    },
}

/// Which format a file was in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    Quotemark,
    W3c,
    Hypothesis,
}

/// An annotation read from a file, before it is anchored on the current text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub annotation: Annotation,
    pub quote: TextQuoteSelector,
    pub position: Option<TextPositionSelector>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    pub format: SourceFormat,
    pub candidates: Vec<Candidate>,
}

/// A file read and anchored on a document's text: what importing it adds, and the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportRead {
    pub format: SourceFormat,
    pub annotations: Vec<Annotation>,
    pub report: ImportReport,
}

/// Reads a file's bytes and anchors what it holds on `text`, skipping the ids `exists` says
/// the document has. The app does this in a part of its own, fetched on the first import
/// (issue #21); the workspace then adds the result as one change.
pub fn read(
    bytes: &[u8],
    text: &str,
    exists: &dyn Fn(&AnnotationId) -> bool,
    now: &Timestamp,
) -> Result<ImportRead, ImportError> {
    let mut anchoring = Anchoring::new(text, parse(bytes, now)?, exists);
    anchoring.step(usize::MAX);
    Ok(anchoring.finish())
}

/// Reads a file's bytes. `now` stands in for missing creation times.
pub fn parse(bytes: &[u8], now: &Timestamp) -> Result<Parsed, ImportError> {
    if bytes.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::NotText)?;
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value =
        json::parse(text.trim_start_matches('\u{feff}')).map_err(ImportError::NotJson)?;
    let root = At::root(&value);
    let format = detect(&value).ok_or(ImportError::UnknownFormat)?;
    let candidates = match format {
        SourceFormat::Quotemark => quotemark::parse(&root, now)?,
        SourceFormat::W3c => w3c::parse(&root, now)?,
        SourceFormat::Hypothesis => hypothesis::parse(&root, now)?,
    };
    for (index, candidate) in candidates.iter().enumerate() {
        limits::check_annotation(&candidate.annotation).map_err(|error| {
            ImportError::OverLimit {
                number: index + 1,
                error,
            }
        })?;
    }
    Ok(Parsed { format, candidates })
}

/// Whether a JSON value is in one of the annotation formats imported onto an open article.
pub(crate) fn has_annotation_format(value: &Value) -> bool {
    detect(value).is_some()
}

fn detect(value: &Value) -> Option<SourceFormat> {
    let kind = |v: &Value| v.get("type").and_then(Value::as_str).map(str::to_owned);
    match value {
        Value::Object(map) if map.get("format").and_then(Value::as_str) == Some("quotemark") => {
            Some(SourceFormat::Quotemark)
        }
        Value::Object(_)
            if matches!(
                kind(value).as_deref(),
                Some("Annotation" | "AnnotationCollection" | "AnnotationPage")
            ) =>
        {
            Some(SourceFormat::W3c)
        }
        Value::Object(map)
            if map.get("annotations").is_some_and(Value::is_array)
                || map.get("rows").is_some_and(Value::is_array) =>
        {
            Some(SourceFormat::Hypothesis)
        }
        Value::Array(items)
            if !items.is_empty()
                && items
                    .iter()
                    .all(|i| kind(i).as_deref() == Some("Annotation")) =>
        {
            Some(SourceFormat::W3c)
        }
        _ => None,
    }
}

/// An id of ours for an annotation from another tool: a version 4 UUID whose bits come from
/// the SHA-256 of the tool's id, so the same annotation always gets the same id.
pub(crate) fn derived_id(namespace: &str, key: &str) -> AnnotationId {
    let digest = Sha256::digest(format!("{namespace}:{key}").as_bytes());
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&digest[..16]);
    AnnotationId::from_random_bytes(bytes)
}

/// A bare annotation read from another tool's file: a claim with nothing filled in, at the
/// position its selector gave (0..0 without one), with the file's times. The parser then sets
/// what the file says.
pub(crate) fn foreign_annotation(
    id: AnnotationId,
    quote: &TextQuoteSelector,
    position: Option<TextPositionSelector>,
    created: Timestamp,
    modified: Option<Timestamp>,
) -> Annotation {
    Annotation {
        id,
        kind: super::annotation::Kind::Claim,
        start: CharOffset::new(position.map_or(0, |p| p.start)),
        end: CharOffset::new(position.map_or(0, |p| p.end)),
        exact: quote.exact.clone(),
        note: String::new(),
        tags: Vec::new(),
        speaker: None,
        cue: None,
        quote_type: None,
        attributed_to: None,
        origin: super::annotation::Origin::User,
        modified: modified.unwrap_or_else(|| created.clone()),
        created,
        orphaned: false,
        suggested: None,
    }
}

/// What an import did, for the message the reader sees.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Annotations added (exact + fuzzy + orphaned).
    pub imported: usize,
    /// Found at their stored position with their exact text.
    pub exact: usize,
    /// Found elsewhere, or with a changed text.
    pub fuzzy: usize,
    /// Not found: kept as orphans.
    pub orphaned: usize,
    /// Already present (same id), or repeated in the file: skipped.
    pub duplicates: usize,
}

/// Anchors parsed annotations on `text`, skipping those whose id `exists` already or that
/// the file repeats. Anchored ones take the range and text they were found at; the others
/// are kept as orphans with what the file said.
pub fn reanchor(
    text: &SearchText,
    parsed: Parsed,
    exists: impl Fn(&AnnotationId) -> bool,
) -> (Vec<Annotation>, ImportReport) {
    reanchor_candidates(text, parsed.candidates, exists)
}

/// [`reanchor`] for candidates from any reader (`core::interop` too).
pub fn reanchor_candidates(
    text: &SearchText,
    candidates: Vec<Candidate>,
    exists: impl Fn(&AnnotationId) -> bool,
) -> (Vec<Annotation>, ImportReport) {
    let mut report = ImportReport::default();
    let mut out: Vec<Annotation> = Vec::new();
    for Candidate {
        mut annotation,
        quote,
        position,
    } in candidates
    {
        if exists(&annotation.id) || out.iter().any(|a| a.id == annotation.id) {
            report.duplicates += 1;
            continue;
        }
        match anchor(text, &quote, position) {
            Some(found) => {
                annotation.start = found.range.start();
                annotation.end = found.range.end();
                annotation.exact = text.slice(annotation.start.get(), annotation.end.get());
                annotation.orphaned = false;
                if found.quality == AnchorQuality::Exact {
                    report.exact += 1;
                } else {
                    report.fuzzy += 1;
                }
            }
            None => {
                // The position came from another copy of the text; kept inside this one so
                // that every export of the document imports back onto it.
                let end = annotation.end.min(CharOffset::new(text.len_chars()));
                annotation.start = annotation.start.min(end);
                annotation.end = end;
                annotation.orphaned = true;
                report.orphaned += 1;
            }
        }
        report.imported += 1;
        out.push(annotation);
    }
    (out, report)
}
