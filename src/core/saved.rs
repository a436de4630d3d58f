//! Document identity, and the version 1 storage record (issue #3), which
//! [`crate::core::library`] reads to migrate it into version 2.
//!
//! A document's id is the SHA-256 of its UTF-8 text. The version 1 record held one document's
//! annotations under `quotemark:annotations:<id>`. Reading never guesses: a record that does
//! not parse, or that comes from a newer version of Quotemark, is an error that says so.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use thiserror::Error;

use super::annotation::Annotation;
use super::versioned::version_of;
use crate::json;

/// The version of the record this module reads and writes (version 1).
pub const SAVED_VERSION: u32 = 1;

/// A document's identity: `sha256:` and the hex digest of its UTF-8 text.
pub fn document_id(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

#[derive(Debug, Serialize, Deserialize)]
struct Record {
    version: u32,
    document: String,
    annotations: Vec<Annotation>,
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum SavedError {
    #[error("the saved annotations are not valid JSON or not in Quotemark's format ({0})")]
    Unreadable(String),
    #[error(
        "the saved annotations were written by a newer Quotemark (format version {found}; \
         this one reads up to {SAVED_VERSION})"
    )]
    NewerVersion { found: u32 },
    #[error("the saved annotations belong to another document ({found})")]
    OtherDocument { found: String },
}

/// The stored text of a document's annotations.
pub fn encode(document_id: &str, annotations: impl IntoIterator<Item = Annotation>) -> String {
    let record = Record {
        version: SAVED_VERSION,
        document: document_id.to_owned(),
        annotations: annotations.into_iter().collect(),
    };
    json::print(&record).expect("annotations always serialise")
}

/// Reads a stored record for `document_id`.
pub fn decode(document_id: &str, stored: &str) -> Result<Vec<Annotation>, SavedError> {
    let version = version_of(stored).map_err(|e| SavedError::Unreadable(e.to_string()))?;
    if version > SAVED_VERSION {
        return Err(SavedError::NewerVersion { found: version });
    }
    let record: Record = json::parse(stored).map_err(|e| SavedError::Unreadable(e.to_string()))?;
    if record.document != document_id {
        return Err(SavedError::OtherDocument {
            found: record.document,
        });
    }
    Ok(record.annotations)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::{AnnotationId, Kind};
    use crate::core::article::Article;
    use crate::core::offsets::{CharOffset, CharRange};

    fn sample() -> (String, Vec<Annotation>) {
        let article = Article::parse("What Washington calls the “Russian aggression”.");
        let range = CharRange::new(CharOffset::new(27), CharOffset::new(45));
        let id = AnnotationId::from_random_bytes([7; 16]);
        let mut a = Annotation::new(
            id,
            Kind::ScareQuote,
            range,
            &article,
            &crate::core::time::Timestamp::parse("2026-11-28T10:00:00Z").unwrap(),
        );
        a.attributed_to = Some("Washington".into());
        a.tags = vec!["framing".into()];
        (document_id(article.text()), vec![a])
    }

    #[test]
    fn document_ids_are_sha256_of_the_utf8_text() {
        assert_eq!(
            document_id(""),
            "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
    }

    #[test]
    fn a_record_round_trips_every_field() {
        let (doc, annotations) = sample();
        assert_eq!(annotations[0].exact, "Russian aggression");
        let stored = encode(&doc, annotations.clone());
        assert_eq!(decode(&doc, &stored), Ok(annotations));
    }

    #[test]
    fn corrupt_newer_and_foreign_records_are_errors_not_empty_lists() {
        let (doc, annotations) = sample();
        assert!(matches!(
            decode(&doc, "{\"version\": 1, "),
            Err(SavedError::Unreadable(_))
        ));
        let newer = encode(&doc, annotations.clone()).replace("\"version\":1", "\"version\":2");
        assert_eq!(
            decode(&doc, &newer),
            Err(SavedError::NewerVersion { found: 2 })
        );
        let stored = encode("sha256:other", annotations);
        assert!(matches!(
            decode(&doc, &stored),
            Err(SavedError::OtherDocument { .. })
        ));
    }
}
