//! Opening a document's stored record, with recovery: a record written by a newer Quotemark
//! opens read-only; what cannot be read is copied to a `quotemark:backup:…` key and reported,
//! and the rest opens; a record whose text is missing stays read-only, its parts untouched.

use super::index::IndexEntry;
use super::layout::{self, AssembleError, Assembled, HistoryRead, PartProblem, StoredParts};
use super::problem::{Backups, HistoryProblem, OpenProblem, UnreadPart};
use super::record::DocumentRecord;
use super::{LIBRARY_VERSION, record_key};
use crate::core::persist::KeyValueStore;
use crate::core::store::History;
use crate::core::time::Timestamp;
use crate::core::versioned::version_of;

/// What opening a document's record found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedRecord {
    pub record: DocumentRecord,
    pub writable: bool,
    pub problem: Option<OpenProblem>,
    /// Where the record is stored, when it was read whole (see `SaveCache::after_open`).
    pub parts: Option<StoredParts>,
}

impl OpenedRecord {
    fn whole(record: DocumentRecord, parts: Option<StoredParts>) -> Self {
        Self {
            record,
            writable: true,
            problem: None,
            parts,
        }
    }

    fn with_problem(record: DocumentRecord, problem: OpenProblem) -> Self {
        Self {
            record,
            writable: problem.allows_saving(),
            problem: Some(problem),
            parts: None,
        }
    }
}

/// The keys of the parts holding the annotations of document `id`'s current record, in the
/// order [`open_for_first_screen`] reads them: none when storage's index lists no record of it,
/// or the record is stored whole (version 2) or cannot be read. Only reads, so that a caller
/// can read the parts ahead of opening (the browser converts them between tasks).
pub fn annotation_parts(kv: &dyn KeyValueStore, id: &str) -> Vec<String> {
    let Some(generation) = super::save::stored_generation(kv, id).filter(|&g| g > 0) else {
        return Vec::new();
    };
    match kv.get(&record_key(id, generation)) {
        Ok(Some(stored)) => layout::annotation_part_keys(&stored),
        _ => Vec::new(),
    }
}

/// Reads a document's current record. A bundled article never saved yet is an empty record.
pub fn open(kv: &dyn KeyValueStore, entry: &IndexEntry, now: &Timestamp) -> OpenedRecord {
    open_reading(kv, entry, now, HistoryRead::Now)
}

/// Reads a document's current record for its first screen: as [`open`], but a record read
/// whole from the version 3 layout (one that gives `parts`) comes without its undo history,
/// which stays in storage for [`read_history`].
pub fn open_for_first_screen(
    kv: &dyn KeyValueStore,
    entry: &IndexEntry,
    now: &Timestamp,
) -> OpenedRecord {
    open_reading(kv, entry, now, HistoryRead::Later)
}

/// Reads the undo history [`open_for_first_screen`] left in storage for document `id`, from
/// the parts it gave. When a change cannot be read the history is dropped (undo starts afresh,
/// every annotation stays): what storage held is backed up, and `Err` says so. `Ok(None)` when
/// another tab has saved the document since it was opened: its save removes the parts of the
/// generation opened, which is no loss; the record as saved comes to this tab as any other
/// tab's change does.
pub fn read_history(
    kv: &dyn KeyValueStore,
    id: &str,
    parts: &StoredParts,
    now: &Timestamp,
) -> Result<Option<History>, HistoryProblem> {
    match layout::read_history(kv, parts) {
        Ok(history) => Ok(Some(history)),
        Err(_) if super::save::stored_generation(kv, id) != Some(parts.generation()) => Ok(None),
        Err(problems) => {
            let (parts, backups) = back_up(kv, problems, now);
            Err(HistoryProblem { parts, backups })
        }
    }
}

/// Copies what storage held of each part that could not be read to a backup key.
fn back_up(
    kv: &dyn KeyValueStore,
    problems: Vec<PartProblem>,
    now: &Timestamp,
) -> (Vec<UnreadPart>, Backups) {
    let mut backups = Backups {
        keys: Vec::new(),
        complete: true,
    };
    let parts = problems
        .into_iter()
        .map(|part| {
            if let Some(stored) = &part.stored {
                let backup = format!("quotemark:backup:{now}:{}", part.key);
                backups.complete &= kv.set(&backup, stored).is_ok();
                backups.keys.push(backup);
            }
            UnreadPart {
                key: part.key,
                error: part.error,
            }
        })
        .collect();
    (parts, backups)
}

fn open_reading(
    kv: &dyn KeyValueStore,
    entry: &IndexEntry,
    now: &Timestamp,
    history: HistoryRead,
) -> OpenedRecord {
    let empty = || DocumentRecord::empty(entry);
    if entry.generation == 0 {
        return OpenedRecord::whole(empty(), None);
    }
    let key = record_key(&entry.id, entry.generation);
    let stored = match kv.get(&key) {
        Ok(Some(stored)) => stored,
        Ok(None) => return OpenedRecord::with_problem(empty(), OpenProblem::RecordMissing),
        Err(error) => {
            return OpenedRecord::with_problem(empty(), OpenProblem::RecordUnavailable(error));
        }
    };
    if let Ok(version) = version_of(&stored)
        && version > LIBRARY_VERSION
    {
        let record = layout::assemble(kv, &stored, entry.generation, HistoryRead::Now)
            .map_or_else(|_| empty(), |read| read.record);
        return OpenedRecord::with_problem(record, OpenProblem::NewerRecord { version });
    }
    match layout::assemble(kv, &stored, entry.generation, history) {
        Ok(read) if read.problems.is_empty() => OpenedRecord::whole(read.record, read.parts),
        Ok(Assembled {
            record, problems, ..
        }) => {
            // Keep what could not be read where the reader can find it: the next save of this
            // document no longer refers to it.
            let (parts, backups) = back_up(kv, problems, now);
            OpenedRecord::with_problem(record, OpenProblem::PartsUnreadable { parts, backups })
        }
        Err(AssembleError::TextMissing { key, error }) => {
            OpenedRecord::with_problem(empty(), OpenProblem::TextMissing { key, error })
        }
        Err(AssembleError::Unreadable(error)) => {
            let backup = format!("quotemark:backup:{now}:{key}");
            let backup = kv.set(&backup, &stored).is_ok().then_some(backup);
            OpenedRecord::with_problem(empty(), OpenProblem::RecordUnreadable { error, backup })
        }
    }
}
