//! One backup file of the whole library: every document with its text (the bundled article's
//! is implied) and its annotations.
//!
//! `{"format": "quotemark-library", "version": 2, "exported": RFC 3339, "documents": [record]}`,
//! each record as the library stores it. Importing a backup merges: a document the library
//! lacks is added; for one it has, annotations are merged by id and the newest `modified`
//! wins, so nothing in the library is lost and nothing newer is overwritten by something older.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::library::{self, DocumentRecord, LibraryIndex, RECORD_VERSION, SaveError};
use super::limits;
use super::persist::KeyValueStore;
use super::saved::document_id;
use super::time::Timestamp;
use crate::json;

pub const BACKUP_FORMAT: &str = "quotemark-library";

#[derive(Debug, Serialize, Deserialize)]
struct Backup {
    format: String,
    version: u32,
    exported: Timestamp,
    documents: Vec<DocumentRecord>,
}

/// The backup of every stored document, and how many it holds.
pub fn export_all(kv: &dyn KeyValueStore, now: &Timestamp) -> (String, usize) {
    let stored = library::load(kv, now);
    let documents: Vec<DocumentRecord> = stored
        .index
        .documents
        .iter()
        .filter(|e| e.generation > 0)
        .map(|e| library::open(kv, e, now).record)
        .collect();
    let count = documents.len();
    let backup = Backup {
        format: BACKUP_FORMAT.into(),
        version: RECORD_VERSION,
        exported: now.clone(),
        documents,
    };
    (
        json::print_pretty(&backup).expect("backups always serialise"),
        count,
    )
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum BackupError {
    #[error(
        "the file is {} MB; Quotemark reads library backups of up to {} MB",
        super::units::megabytes(*.0),
        limits::MAX_BACKUP_BYTES / 1_048_576
    )]
    TooLarge(usize),
    #[error("documents[{index}] is over a limit: {error}")]
    OverLimit {
        index: usize,
        error: limits::LimitError,
    },
    #[error("the file is not a Quotemark library backup ({0})")]
    NotABackup(String),
    #[error(
        "the backup was made by a newer Quotemark (version {0}); this one reads version {RECORD_VERSION}"
    )]
    Newer(u32),
    #[error(
        "documents[{index}] does not match its text: its id is {found}, its text hashes to {expected}"
    )]
    WrongId {
        index: usize,
        found: String,
        expected: String,
    },
    #[error("the library is read-only here: it was written by a newer Quotemark")]
    ReadOnly,
    #[error("writing to storage failed after {done} of {total} documents: {error}")]
    Storage {
        done: usize,
        total: usize,
        error: SaveError,
    },
}

/// What importing a backup did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MergeReport {
    pub documents_added: usize,
    pub documents_merged: usize,
    pub annotations_added_or_updated: usize,
}

/// Reads a backup and merges it into the library. Every record is checked before anything is
/// written.
pub fn import_all(
    kv: &dyn KeyValueStore,
    bytes: &[u8],
    now: &Timestamp,
) -> Result<(MergeReport, LibraryIndex), BackupError> {
    if bytes.len() > limits::MAX_BACKUP_BYTES {
        return Err(BackupError::TooLarge(bytes.len()));
    }
    // Read as text first: `from_str` is the reader the rest of the app uses, so the wasm holds
    // one copy of the record's deserializers rather than a second one for byte slices.
    let text = std::str::from_utf8(bytes)
        .map_err(|e| BackupError::NotABackup(format!("it is not UTF-8 text: {e}")))?;
    let backup: Backup = json::parse(text).map_err(|e| BackupError::NotABackup(e.to_string()))?;
    if backup.format != BACKUP_FORMAT {
        return Err(BackupError::NotABackup(format!(
            "its format is \u{201c}{}\u{201d}",
            backup.format
        )));
    }
    if backup.version > RECORD_VERSION {
        return Err(BackupError::Newer(backup.version));
    }
    for (index, record) in backup.documents.iter().enumerate() {
        let over = |error| BackupError::OverLimit { index, error };
        limits::check_count(record.annotations.len()).map_err(over)?;
        for annotation in &record.annotations {
            limits::check_annotation(annotation).map_err(over)?;
        }
        let expected = document_id(record.text());
        if record.id != expected {
            return Err(BackupError::WrongId {
                index,
                found: record.id.clone(),
                expected,
            });
        }
    }
    let mut stored = library::load(kv, now);
    if !stored.writable {
        return Err(BackupError::ReadOnly);
    }
    let mut report = MergeReport::default();
    let total = backup.documents.len();
    for (done, theirs) in backup.documents.into_iter().enumerate() {
        let merged = match stored.entry(&theirs.id).filter(|e| e.generation > 0) {
            None => {
                report.documents_added += 1;
                report.annotations_added_or_updated += theirs.annotations.len();
                theirs
            }
            Some(entry) => {
                let mut ours = library::open(kv, entry, now).record;
                let before = ours.annotations.clone();
                ours.merge_annotations(theirs.annotations);
                report.annotations_added_or_updated += ours
                    .annotations
                    .iter()
                    .filter(|a| !before.contains(a))
                    .count();
                report.documents_merged += 1;
                // A restored document starts undo afresh, merged into or not.
                ours.history = Default::default();
                ours
            }
        };
        library::save(kv, &mut stored.index, &merged, now)
            .map_err(|error| BackupError::Storage { done, total, error })?;
    }
    Ok((report, stored.index))
}

/// Roughly how many bytes Quotemark's keys take in storage (UTF-16, as browsers count).
pub fn bytes_used(kv: &dyn KeyValueStore) -> usize {
    kv.keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with("quotemark:"))
        .map(|k| {
            let value = kv.get(&k).ok().flatten().unwrap_or_default();
            (k.encode_utf16().count() + value.encode_utf16().count()) * 2
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::{Annotation, AnnotationId, Kind};
    use crate::core::article::Article;
    use crate::core::bundled::NATO_DIALOGUE_TEXT;
    use crate::core::library::{bundled_entry, record_of};
    use crate::core::offsets::{CharOffset, CharRange};
    use crate::core::persist::MemoryStore;
    use crate::core::store::{AnnotationStore, Edit};

    fn now() -> Timestamp {
        Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
    }

    fn annotate(store: &mut AnnotationStore, seed: u8, needle: &str, modified: &str) {
        let article = Article::parse(NATO_DIALOGUE_TEXT);
        let byte = NATO_DIALOGUE_TEXT.find(needle).unwrap();
        let start = NATO_DIALOGUE_TEXT[..byte].chars().count();
        let range = CharRange::new(
            CharOffset::new(start),
            CharOffset::new(start + needle.chars().count()),
        );
        let mut a = Annotation::new(
            AnnotationId::from_random_bytes([seed; 16]),
            Kind::Claim,
            range,
            &article,
            &now(),
        );
        a.modified = Timestamp::parse(modified).unwrap();
        store.apply(vec![Edit::Add(a)]).unwrap();
    }

    fn save_bundled(kv: &MemoryStore, store: &AnnotationStore) {
        let mut library = library::load(kv, &now());
        library::save(
            kv,
            &mut library.index,
            &record_of(&bundled_entry(&now()), None, store),
            &now(),
        )
        .unwrap();
    }

    #[test]
    fn a_backup_restores_into_an_empty_library() {
        let kv = MemoryStore::default();
        let mut store = AnnotationStore::default();
        annotate(&mut store, 1, "obsolete", "2026-11-28T10:00:00.000Z");
        save_bundled(&kv, &store);
        let (backup, count) = export_all(&kv, &now());
        assert_eq!(count, 1);

        let fresh = MemoryStore::default();
        let (report, index) = import_all(&fresh, backup.as_bytes(), &now()).unwrap();
        assert_eq!(
            report,
            MergeReport {
                documents_added: 1,
                documents_merged: 0,
                annotations_added_or_updated: 1
            }
        );
        let entry = index.documents.iter().find(|e| e.bundled).unwrap();
        assert_eq!(
            library::open(&fresh, entry, &now())
                .record
                .annotations
                .len(),
            1
        );
    }

    #[test]
    fn importing_merges_by_id_and_keeps_the_newest_modified() {
        let kv = MemoryStore::default();
        let mut old = AnnotationStore::default();
        annotate(&mut old, 1, "obsolete", "2026-11-01T00:00:00Z");
        annotate(&mut old, 2, "Vladimir Putin", "2026-11-01T00:00:00Z");
        save_bundled(&kv, &old);
        let (backup, _) = export_all(&kv, &now());

        // Since the backup, one annotation was edited and one added.
        let mut since = AnnotationStore::default();
        annotate(&mut since, 1, "obsolete", "2026-11-20T00:00:00Z");
        annotate(&mut since, 2, "Vladimir Putin", "2026-11-01T00:00:00Z");
        annotate(&mut since, 3, "Russian aggression", "2026-11-20T00:00:00Z");
        let kv2 = MemoryStore::default();
        save_bundled(&kv2, &since);
        let (report, index) = import_all(&kv2, backup.as_bytes(), &now()).unwrap();
        assert_eq!(
            report.annotations_added_or_updated, 0,
            "the backup holds nothing newer"
        );
        let entry = index.documents.iter().find(|e| e.bundled).unwrap();
        let merged = library::open(&kv2, entry, &now()).record.annotations;
        assert_eq!(merged.len(), 3);
        assert!(
            merged
                .iter()
                .all(|a| a.modified.as_str() != "2026-11-01T00:00:00Z"
                    || a.exact == "Vladimir Putin")
        );
    }

    #[test]
    fn bad_backups_change_nothing() {
        let kv = MemoryStore::default();
        assert!(matches!(
            import_all(&kv, b"[]", &now()),
            Err(BackupError::NotABackup(_))
        ));
        let latin1 = import_all(&kv, b"{\"format\": \"caf\xe9\"}", &now()).unwrap_err();
        assert!(latin1.to_string().contains("not UTF-8 text"), "{latin1}");
        let newer =
            r#"{"format": "quotemark-library", "version": 9, "exported": "x", "documents": []}"#;
        assert_eq!(
            import_all(&kv, newer.as_bytes(), &now()).unwrap_err(),
            BackupError::Newer(9)
        );
        let forged = r#"{"format": "quotemark-library", "version": 2, "exported": "x", "documents": [
            {"version": 2, "id": "sha256:00", "title": "t", "added": "x", "text": "some text", "annotations": []}]}"#;
        assert!(matches!(
            import_all(&kv, forged.as_bytes(), &now()),
            Err(BackupError::WrongId { index: 0, .. })
        ));
        assert!(kv.keys().unwrap().is_empty());
    }

    #[test]
    fn usage_counts_utf16_bytes_of_quotemark_keys_only() {
        let kv = MemoryStore::default();
        kv.set("quotemark:x", "“ab”").unwrap();
        kv.set("other", "ignored").unwrap();
        assert_eq!(bytes_used(&kv), (11 + 4) * 2);
    }
}
