//! Reading one generation of a document back: a version 2 record whole, or a version 3
//! manifest with its text and parts. Parts that cannot be read are left out and reported with
//! what storage held, for the caller to back up.

use super::{LAYOUT_VERSION, Manifest, StoredParts};
use crate::core::annotation::Annotation;
use crate::core::library::RECORD_VERSION;
use crate::core::library::problem::ReadError;
use crate::core::library::record::DocumentRecord;
use crate::core::persist::KeyValueStore;
use crate::core::store::{Change, History, Step};
use crate::core::versioned::version_of;
use crate::json::{self, JsonError};

/// A part of a record that could not be read; the rest of the record was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::core::library) struct PartProblem {
    pub key: String,
    pub error: ReadError,
    /// What storage holds under the key, if anything, so that it can be backed up.
    pub stored: Option<String>,
}

/// Why a stored record could not be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(in crate::core::library) enum AssembleError {
    /// The stored value itself is not a record or manifest.
    Unreadable(ReadError),
    /// A readable manifest whose text is missing: its parts still hold the annotations, so the
    /// record must stay read-only rather than be replaced.
    TextMissing { key: String, error: ReadError },
}

/// A record read from storage.
pub(in crate::core::library) struct Assembled {
    pub record: DocumentRecord,
    /// Its parts that could not be read.
    pub problems: Vec<PartProblem>,
    /// Where it is stored, when it was read whole from the version 3 layout.
    pub parts: Option<StoredParts>,
}

/// Whether reading a version 3 record reads its undo history now, or leaves it in storage for
/// [`read_history`] (a long article's history can be as large as its annotations, and the
/// first screen does not need it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryRead {
    Now,
    Later,
}

/// The keys of the annotation parts a version 3 manifest stored as `stored` lists, in the order
/// [`assemble`] reads them; none for a version 2 record or a value that is no manifest.
pub(in crate::core::library) fn annotation_part_keys(stored: &str) -> Vec<String> {
    match version_of(stored) {
        Ok(version) if version >= LAYOUT_VERSION => json::parse::<Manifest>(stored)
            .map(|manifest| manifest.annotations)
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Reads the value stored under `key`: `Err` when it is missing or storage refuses.
fn read_value(kv: &dyn KeyValueStore, key: &str) -> Result<String, ReadError> {
    kv.get(key)?.ok_or(ReadError::Missing)
}

/// Reads a record from its stored value: a version 2 record whole, or a version 3 manifest
/// with its text and parts (its history only with [`HistoryRead::Now`]). `Err` when the value
/// itself cannot be read; parts that cannot be read are left out and reported (a history
/// change that cannot be read drops the history, which would not fit the annotations without
/// it).
pub(in crate::core::library) fn assemble(
    kv: &dyn KeyValueStore,
    stored: &str,
    generation: u64,
    history: HistoryRead,
) -> Result<Assembled, AssembleError> {
    let unreadable = |error: JsonError| AssembleError::Unreadable(error.into());
    if version_of(stored).map_err(unreadable)? < LAYOUT_VERSION {
        return json::parse::<DocumentRecord>(stored)
            .map(|record| Assembled {
                record,
                problems: Vec::new(),
                parts: None,
            })
            .map_err(unreadable);
    }
    let manifest: Manifest = json::parse(stored).map_err(unreadable)?;
    let text = match &manifest.text {
        None => None,
        // Without its text a document cannot be shown. Its parts are left as they are: the
        // caller keeps the record read-only, so no save removes them.
        Some(key) => Some(
            read_value(kv, key).map_err(|error| AssembleError::TextMissing {
                key: key.clone(),
                error,
            })?,
        ),
    };
    let mut problems = Vec::new();
    let mut annotations = Vec::new();
    for key in &manifest.annotations {
        let part = read_value(kv, key)
            .map_err(|error| (error, None))
            .and_then(|value| {
                json::parse::<Vec<Annotation>>(&value).map_err(|e| (e.into(), Some(value)))
            });
        match part {
            Ok(part) => annotations.extend(part),
            Err((error, stored)) => problems.push(PartProblem {
                key: key.clone(),
                error,
                stored,
            }),
        }
    }
    let (history, history_readable) = match history {
        HistoryRead::Now => match read_changes(kv, &manifest.undo, &manifest.redo) {
            Ok(history) => (history, true),
            // Only what storage holds is reported (and backed up); a missing change drops
            // the history quietly.
            Err(unread) => {
                problems.extend(unread.into_iter().filter(|p| p.stored.is_some()));
                (History::default(), false)
            }
        },
        HistoryRead::Later => (History::default(), true),
    };
    let parts = (problems.is_empty() && history_readable).then(|| StoredParts {
        generation,
        annotations: manifest.annotations.clone(),
        undo: manifest.undo.clone(),
        redo: manifest.redo.clone(),
    });
    let record = DocumentRecord {
        version: RECORD_VERSION,
        id: manifest.id,
        title: manifest.title,
        source: manifest.source,
        credit: manifest.credit,
        added: manifest.added,
        text,
        annotations,
        history,
        rejected: manifest.rejected,
        speakers: manifest.speakers,
    };
    Ok(Assembled {
        record,
        problems,
        parts,
    })
}

/// Reads the undo and redo stacks stored under `undo` and `redo`. `Err` with every change
/// that is missing (`stored: None`) or unreadable when any is: the history would not fit the
/// annotations without it.
fn read_changes(
    kv: &dyn KeyValueStore,
    undo: &[String],
    redo: &[String],
) -> Result<History, Vec<PartProblem>> {
    let mut problems = Vec::new();
    let mut stack = |keys: &[String]| -> Vec<Change> {
        let mut changes = Vec::with_capacity(keys.len());
        for key in keys {
            let value = match read_value(kv, key) {
                Ok(value) => value,
                Err(error) => {
                    problems.push(PartProblem {
                        key: key.clone(),
                        error,
                        stored: None,
                    });
                    continue;
                }
            };
            match json::parse::<Vec<Step>>(&value) {
                Ok(steps) => changes.push(steps.into()),
                Err(error) => problems.push(PartProblem {
                    key: key.clone(),
                    error: error.into(),
                    stored: Some(value),
                }),
            }
        }
        changes
    };
    let history = History {
        undo: stack(undo),
        redo: stack(redo),
    };
    if problems.is_empty() {
        Ok(history)
    } else {
        Err(problems)
    }
}

/// Reads the history of a record opened with [`HistoryRead::Later`], from the parts it was
/// opened from. `Err` with what could not be read when any change is missing or unreadable:
/// the history is dropped then, as [`assemble`] drops it.
pub(in crate::core::library) fn read_history(
    kv: &dyn KeyValueStore,
    parts: &StoredParts,
) -> Result<History, Vec<PartProblem>> {
    read_changes(kv, &parts.undo, &parts.redo)
}
