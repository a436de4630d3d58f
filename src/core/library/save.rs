//! Saving and deleting documents, and sweeping what interrupted saves left.
//!
//! A save writes the record's next generation first, then the index that points to it, and
//! only then removes what only the previous generation used: whenever it stops, the index
//! points at a complete record. Just before it switches the index, a save checks that the
//! index is still the one it started from; if another tab changed it meanwhile, the save takes
//! back what it wrote and says so ([`SaveError::Conflict`]), and the caller merges and saves
//! again. Tabs take turns through a lock (`ui::locks`); the check is what holds where no lock
//! could be taken.

use serde::Deserialize;

use super::index::{LibraryIndex, entry_for, write_index};
use super::layout::{self, SaveCache, Snapshot};
use super::problem::SaveError;
use super::record::DocumentRecord;
use super::{INDEX_KEY, LIBRARY_VERSION};
use crate::core::persist::KeyValueStore;
use crate::core::time::Timestamp;
use crate::core::versioned::version_of;
use crate::json;

/// Saves a whole record (an import, a rename, a backup): see [`save_snapshot`].
pub fn save(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    record: &DocumentRecord,
    now: &Timestamp,
) -> Result<(), SaveError> {
    let shared = record.shared_annotations();
    save_snapshot(
        kv,
        index,
        &record.snapshot(&shared),
        &mut SaveCache::default(),
        now,
    )
}

/// Saves a document over `index`, the library as the caller read it: the document's next
/// generation, then the index pointing to it, then what only the previous generation used is
/// removed. `index` is updated only when every write succeeded. When storage's index is no
/// longer `index`, nothing is written ([`SaveError::Conflict`]). `cache` remembers what was
/// written, so that the next save of the same document writes only what changed; a fresh
/// cache writes everything.
pub fn save_snapshot(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    snapshot: &Snapshot,
    cache: &mut SaveCache,
    now: &Timestamp,
) -> Result<(), SaveError> {
    // Before writing anything (and again just before the switch): a save over a library that
    // changed since `index` was read would write the keys of a generation another tab made.
    unchanged_since(kv, index)?;
    save_snapshot_read_now(kv, index, snapshot, cache, now)
}

/// [`save_snapshot`] for a caller that read `index` from `kv` in this same task, holding the
/// library's lock (the autosave): no other save can have come between, so only the check just
/// before the switch is made.
pub fn save_snapshot_read_now(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    snapshot: &Snapshot,
    cache: &mut SaveCache,
    now: &Timestamp,
) -> Result<(), SaveError> {
    if index.version > LIBRARY_VERSION {
        return Err(SaveError::ReadOnly);
    }
    let previous = index.generation(snapshot.id);
    let generation = previous + 1;
    let mut next = index.clone();
    let entry = entry_for(snapshot, generation, now);
    match next.documents.iter_mut().find(|e| e.id == snapshot.id) {
        Some(existing) => {
            *existing = super::IndexEntry {
                added: existing.added.clone(),
                ..entry
            }
        }
        None => next.documents.push(entry),
    }
    next.version = LIBRARY_VERSION;
    layout::write(kv, snapshot, previous, generation, cache, || {
        unchanged_since(kv, index)?;
        write_index(kv, &next).map_err(SaveError::from)
    })?;
    *index = next;
    Ok(())
}

/// The index as a save checks it: only the version and each document's id and generation are
/// read (a save checks twice, and titles, times and counts are no part of the answer).
#[derive(Deserialize)]
struct Listing {
    version: u32,
    documents: Vec<Listed>,
}

#[derive(Deserialize)]
struct Listed {
    id: String,
    generation: u64,
}

/// The generation of document `id` that storage's index lists now; `None` without a readable
/// index or the document in it.
pub(super) fn stored_generation(kv: &dyn KeyValueStore, id: &str) -> Option<u64> {
    let text = kv.get(INDEX_KEY).ok()??;
    let listing = json::parse::<Listing>(&text).ok()?;
    listing
        .documents
        .into_iter()
        .find(|e| e.id == id)
        .map(|e| e.generation)
}

/// `Ok` when storage's index still lists the generations `base` lists: no other tab has saved,
/// added or deleted a document since `base` was read.
pub(super) fn unchanged_since(
    kv: &dyn KeyValueStore,
    base: &LibraryIndex,
) -> Result<(), SaveError> {
    let Some(text) = kv.get(INDEX_KEY)? else {
        // No index yet: the library is being made, by this save or by one racing it.
        return if base.documents.iter().all(|e| e.generation == 0) {
            Ok(())
        } else {
            Err(SaveError::Conflict { found: 0 })
        };
    };
    let Ok(stored) = json::parse::<Listing>(&text) else {
        // One a newer Quotemark wrote in another shape is never replaced; one that cannot be
        // read was backed up when the library was loaded, and is.
        return match version_of(&text) {
            Ok(version) if version > LIBRARY_VERSION => Err(SaveError::ReadOnly),
            _ => Ok(()),
        };
    };
    if stored.version > LIBRARY_VERSION {
        return Err(SaveError::ReadOnly);
    }
    let listed = stored
        .documents
        .iter()
        .map(|e| (e.id.as_str(), e.generation));
    if generations(listed)
        == generations(base.documents.iter().map(|e| (e.id.as_str(), e.generation)))
    {
        return Ok(());
    }
    // Name the generation of a document that differs.
    let found = stored
        .documents
        .iter()
        .find(|e| base.generation(&e.id) != e.generation)
        .map_or(0, |e| e.generation);
    Err(SaveError::Conflict { found })
}

/// The stored generations of an index's documents (id and generation), in a fixed order.
fn generations<'a>(documents: impl Iterator<Item = (&'a str, u64)>) -> Vec<(&'a str, u64)> {
    let mut listed: Vec<(&str, u64)> = documents.filter(|(_, g)| *g > 0).collect();
    listed.sort_unstable();
    listed
}

/// Who else may be writing the library while [`sweep`] runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Writers {
    /// This tab holds the library's lock: nothing else writes, so everything no index entry
    /// refers to is left over from a save that stopped.
    None,
    /// Other tabs may be saving right now: only what is older than each document's current
    /// generation is taken to be left over.
    Others,
}

/// Removes what no current record refers to: parts and manifests left by a tab closed in the
/// middle of a save, and (with [`Writers::None`]) the text and parts of a first save that
/// stopped before its document was listed. Returns how many keys were removed.
pub fn sweep(kv: &dyn KeyValueStore, index: &LibraryIndex, writers: Writers) -> usize {
    let current: Vec<(String, u64)> = index
        .documents
        .iter()
        .filter(|e| e.generation > 0)
        .map(|e| (e.id.clone(), e.generation))
        .collect();
    layout::sweep(kv, &current, writers)
}

/// Removes a document from the index, then its record. Returns the removed entry.
pub fn delete(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    id: &str,
) -> Result<Option<super::IndexEntry>, SaveError> {
    let Some(position) = index.documents.iter().position(|e| e.id == id) else {
        return Ok(None);
    };
    unchanged_since(kv, index)?;
    let mut next = index.clone();
    let removed = next.documents.remove(position);
    write_index(kv, &next)?;
    if removed.generation > 0 {
        layout::remove(kv, id, removed.generation);
    }
    *index = next;
    Ok(Some(removed))
}
