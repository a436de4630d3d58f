//! Loading and saving a document's annotations through a key-value store.
//!
//! The browser's localStorage is one [`KeyValueStore`]; [`MemoryStore`] is another, which can
//! be told to fail, so that every storage fault has a native test. The promises kept here:
//! - a save writes the annotations first and the undo history second, under separate keys, so
//!   a history that cannot be written or read never costs an annotation;
//! - a record that cannot be read is copied to a backup key before anything may overwrite it,
//!   and the reader is told;
//! - a record from a newer Quotemark is never overwritten: saving stays off for that document.

use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;

use thiserror::Error;

use super::annotation::Annotation;
use super::saved::{self, SavedError};
use super::store::{AnnotationStore, History};

/// How many recent changes of undo and redo are kept across reloads.
pub const SAVED_HISTORY_LIMIT: usize = 100;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StorageError {
    #[error("the browser's storage is full ({0})")]
    QuotaExceeded(String),
    #[error("the browser's storage is not available ({0})")]
    Unavailable(String),
}

/// A string key-value store such as localStorage.
pub trait KeyValueStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key, in no particular order.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}

/// An in-memory [`KeyValueStore`] whose writes can be made to fail.
#[derive(Debug, Default)]
pub struct MemoryStore {
    entries: RefCell<BTreeMap<String, String>>,
    pub fail_writes: Cell<bool>,
}

impl KeyValueStore for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        Ok(self.entries.borrow().get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        if self.fail_writes.get() {
            return Err(StorageError::QuotaExceeded(
                "the test store refuses writes".into(),
            ));
        }
        self.entries
            .borrow_mut()
            .insert(key.to_owned(), value.to_owned());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        if self.fail_writes.get() {
            return Err(StorageError::Unavailable(
                "the test store refuses writes".into(),
            ));
        }
        self.entries.borrow_mut().remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        Ok(self.entries.borrow().keys().cloned().collect())
    }
}

/// What loading found.
#[derive(Debug, PartialEq, Eq)]
pub struct Loaded {
    pub store: AnnotationStore,
    /// Whether saving may write this document's record.
    pub writable: bool,
    /// What the reader should be told, if anything went wrong.
    pub problem: Option<String>,
}

fn history_key(document_id: &str) -> String {
    format!("quotemark:history:{document_id}")
}

/// Loads a document's annotations and, when it fits them, its undo history. `now` (RFC 3339)
/// names the backup key of an unreadable record.
pub fn load(kv: &dyn KeyValueStore, document_id: &str, now: &str) -> Loaded {
    let key = saved::storage_key(document_id);
    let stored = match kv.get(&key) {
        Ok(stored) => stored,
        Err(error) => {
            return Loaded {
                store: AnnotationStore::default(),
                writable: false,
                problem: Some(format!(
                    "Saved annotations could not be read: {error}. Nothing will be saved in \
                     this tab, so nothing stored is overwritten."
                )),
            };
        }
    };
    let Some(stored) = stored else {
        return Loaded {
            store: AnnotationStore::default(),
            writable: true,
            problem: None,
        };
    };
    match saved::decode(document_id, &stored) {
        Ok(annotations) => Loaded {
            store: with_history(kv, document_id, annotations),
            writable: true,
            problem: None,
        },
        Err(error @ SavedError::NewerVersion { .. }) => Loaded {
            store: AnnotationStore::default(),
            writable: false,
            problem: Some(format!(
                "{error}. They are left untouched, and nothing you do here will be saved over them."
            )),
        },
        Err(error) => {
            let backup = format!("quotemark:backup:{now}:{key}");
            match kv.set(&backup, &stored) {
                Ok(()) => Loaded {
                    store: AnnotationStore::default(),
                    writable: true,
                    problem: Some(format!(
                        "{error}. The stored text was kept under the key \u{201c}{backup}\u{201d}; \
                         new annotations will be saved as usual."
                    )),
                },
                Err(write_error) => Loaded {
                    store: AnnotationStore::default(),
                    writable: false,
                    problem: Some(format!(
                        "{error}, and it could not be backed up ({write_error}). Nothing will be \
                         saved in this tab, so the stored text is not overwritten."
                    )),
                },
            }
        }
    }
}

fn with_history(
    kv: &dyn KeyValueStore,
    document_id: &str,
    annotations: Vec<Annotation>,
) -> AnnotationStore {
    let mut store = AnnotationStore::from_annotations(annotations);
    let history = kv
        .get(&history_key(document_id))
        .ok()
        .flatten()
        .and_then(|text| serde_json::from_str::<History>(&text).ok());
    if let Some(history) = history {
        // A history that does not fit (edited elsewhere since) is dropped; annotations stay.
        store.restore_history(history);
    }
    store
}

/// Saves a document's annotations, then its recent history.
pub fn save(
    kv: &dyn KeyValueStore,
    document_id: &str,
    store: &AnnotationStore,
) -> Result<(), StorageError> {
    kv.set(
        &saved::storage_key(document_id),
        &saved::encode(document_id, store.iter().cloned()),
    )?;
    let history = serde_json::to_string(&store.history(SAVED_HISTORY_LIMIT))
        .expect("history always serialises");
    kv.set(&history_key(document_id), &history)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::{AnnotationId, Kind};
    use crate::core::article::Article;
    use crate::core::offsets::{CharOffset, CharRange};
    use crate::core::store::Edit;

    const DOC: &str = "sha256:test";
    const NOW: &str = "2026-11-28T10:00:00Z";

    fn store_with_two() -> AnnotationStore {
        let article = Article::parse("“One” and two.");
        let mut store = AnnotationStore::default();
        for (seed, start, end) in [(1, 0, 5), (2, 10, 13)] {
            let range = CharRange::new(CharOffset::new(start), CharOffset::new(end));
            let id = AnnotationId::from_random_bytes([seed; 16]);
            let a = Annotation::new(id, Kind::Claim, range, &article, NOW);
            store.apply(vec![Edit::Add(a)]).unwrap();
        }
        store
    }

    #[test]
    fn saved_annotations_and_undo_come_back() {
        let kv = MemoryStore::default();
        let store = store_with_two();
        save(&kv, DOC, &store).unwrap();
        let mut loaded = load(&kv, DOC, NOW);
        assert_eq!(loaded.problem, None);
        assert!(loaded.writable);
        assert_eq!(
            loaded.store.iter().collect::<Vec<_>>(),
            store.iter().collect::<Vec<_>>()
        );
        assert!(loaded.store.undo(), "undo survives a reload");
        assert_eq!(loaded.store.len(), 1);
    }

    #[test]
    fn a_failed_save_reports_quota_and_changes_nothing_stored() {
        let kv = MemoryStore::default();
        save(&kv, DOC, &store_with_two()).unwrap();
        kv.fail_writes.set(true);
        let error = save(&kv, DOC, &AnnotationStore::default()).unwrap_err();
        assert!(matches!(error, StorageError::QuotaExceeded(_)));
        assert_eq!(load(&kv, DOC, NOW).store.len(), 2);
    }

    #[test]
    fn an_unreadable_record_is_backed_up_before_anything_else_is_written() {
        let kv = MemoryStore::default();
        kv.set(&saved::storage_key(DOC), "{not json").unwrap();
        let loaded = load(&kv, DOC, NOW);
        assert!(loaded.writable);
        assert!(loaded.problem.unwrap().contains("quotemark:backup:"));
        let backup = kv
            .keys()
            .unwrap()
            .into_iter()
            .find(|k| k.starts_with("quotemark:backup:"))
            .unwrap();
        assert_eq!(kv.get(&backup).unwrap().as_deref(), Some("{not json"));
    }

    #[test]
    fn an_unreadable_record_that_cannot_be_backed_up_turns_saving_off() {
        let kv = MemoryStore::default();
        kv.set(&saved::storage_key(DOC), "{not json").unwrap();
        kv.fail_writes.set(true);
        let loaded = load(&kv, DOC, NOW);
        assert!(!loaded.writable);
        assert!(loaded.problem.unwrap().contains("could not be backed up"));
    }

    #[test]
    fn a_record_from_a_newer_version_is_never_writable() {
        let kv = MemoryStore::default();
        let newer = r#"{"version": 9, "document": "sha256:test", "annotations": [], "more": 1}"#;
        kv.set(&saved::storage_key(DOC), newer).unwrap();
        let loaded = load(&kv, DOC, NOW);
        assert!(!loaded.writable);
        assert!(loaded.problem.unwrap().contains("newer Quotemark"));
    }

    #[test]
    fn a_corrupt_history_costs_no_annotation() {
        let kv = MemoryStore::default();
        save(&kv, DOC, &store_with_two()).unwrap();
        kv.set(&history_key(DOC), "[garbage").unwrap();
        let loaded = load(&kv, DOC, NOW);
        assert_eq!(loaded.store.len(), 2);
        assert!(!loaded.store.can_undo());
        assert_eq!(loaded.problem, None);
    }
}
