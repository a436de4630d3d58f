//! The save of a page that is being hidden or closed, which cannot wait for the library's lock.
//!
//! Tabs take turns saving (`ui::locks`), but the browser gives a page that is going away no time
//! to wait for its turn, and a save made without it could write the same keys as another tab's
//! save at the same moment. So that save writes a journal instead: what its save would write
//! (the new parts and the manifest, prepared exactly as [`save_snapshot`](super::save_snapshot)
//! prepares them) as one value under a key of its own, `quotemark:unsaved:<tab>:<id>`. Writing
//! one key is all or nothing, and no other tab writes that key, so it collides with nothing.
//!
//! A tab holding the lock then replays it ([`replay`]): if the document is still at the
//! generation the journal was prepared over (the generation check), the journal becomes its
//! next generation, exactly, undo history included; if another save came first, the
//! journal's annotations are merged into the document as stored now (added, or newer ones
//! replacing older ones: none is lost). Either way the journal is removed after. A journal of
//! a document deleted since is kept as a backup. The tab that wrote a journal removes it itself
//! once its own save has written the same state ([`discard`]).
//!
//! A journal is kept small ([`MAX_JOURNAL_BYTES`]): replaying it needs room for its parts while
//! it still holds them, so a large change (an import of thousands of annotations, then the page
//! closed at once) would need twice its size in storage. Such a save is refused here
//! ([`JournalError::TooLarge`]) and the page saves directly, as it did before journals.

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::index::{IndexEntry, LibraryIndex, entry_for, write_index};
use super::layout::{self, HistoryRead, Manifest, SaveCache, Snapshot, read_manifest};
use super::problem::SaveError;
use super::record::DocumentRecord;
use super::save::unchanged_since;
use super::{LIBRARY_VERSION, record_key};
use crate::core::annotation::Annotation;
use crate::core::persist::{KeyValueStore, StorageError};
use crate::core::time::Timestamp;
use crate::json;

pub const JOURNAL_PREFIX: &str = "quotemark:unsaved:";
const JOURNAL_VERSION: u32 = 1;
/// The largest journal written: 256 KiB of JSON, some hundreds of changed annotations. An
/// edit's journal is a few kilobytes.
pub const MAX_JOURNAL_BYTES: usize = 256 * 1024;

/// Why no journal was written.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum JournalError {
    /// The change is too large to journal (see the module's documentation); nothing written.
    #[error("the change is {bytes} bytes, over the journal's {MAX_JOURNAL_BYTES}")]
    TooLarge { bytes: usize },
    #[error(transparent)]
    Storage(#[from] StorageError),
}

/// The key of tab `tab`'s journal of document `id`.
pub fn journal_key(tab: &str, id: &str) -> String {
    format!("{JOURNAL_PREFIX}{tab}:{id}")
}

#[derive(Debug, Serialize, Deserialize)]
struct Journal {
    version: u32,
    /// The generation it was prepared over.
    base: u64,
    /// The index entry of the generation it makes.
    entry: IndexEntry,
    manifest: Manifest,
    /// The parts it adds, as key and JSON text.
    parts: Vec<(String, String)>,
}

/// Writes the save of `snapshot` as tab `tab`'s journal, and nothing else. `seen` is the
/// generation of the document the tab's state grew from (the last it saved or read); `cache`
/// is what the tab's last save wrote, so that the journal holds only what changed since.
pub fn write(
    kv: &dyn KeyValueStore,
    tab: &str,
    seen: u64,
    snapshot: &Snapshot,
    cache: &SaveCache,
    now: &Timestamp,
) -> Result<(), JournalError> {
    let id = snapshot.id;
    // Over what the tab saw: if another tab saved since, replaying merges.
    let base = seen;
    let before = (base > 0)
        .then(|| read_manifest(kv, &record_key(id, base)))
        .flatten();
    let known = cache.knowing(id, base);
    let generation = base + 1;
    let prepared = layout::prepare(snapshot, generation, before.as_ref(), known);
    let journal = Journal {
        version: JOURNAL_VERSION,
        base,
        entry: entry_for(snapshot, generation, now),
        manifest: prepared.manifest,
        parts: prepared.parts,
    };
    let text = json::print(&journal).expect("journals always serialise");
    if text.len() > MAX_JOURNAL_BYTES {
        return Err(JournalError::TooLarge { bytes: text.len() });
    }
    Ok(kv.set(&journal_key(tab, id), &text)?)
}

/// Removes tab `tab`'s journal of document `id`: its own save has written that state since.
pub fn discard(kv: &dyn KeyValueStore, tab: &str, id: &str) {
    let _ = kv.remove(&journal_key(tab, id));
}

/// The keys of every journal in storage.
pub fn journals(kv: &dyn KeyValueStore) -> Vec<String> {
    let mut keys: Vec<String> = kv
        .keys()
        .unwrap_or_default()
        .into_iter()
        .filter(|k| k.starts_with(JOURNAL_PREFIX))
        .collect();
    keys.sort_unstable();
    keys
}

/// What replaying a journal did to its document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Replayed {
    /// The journal was written as the document's next generation.
    Written { id: String },
    /// Another save came first: the journal's annotations were merged into what it saved.
    Merged { id: String },
    /// Nothing was left to do (the journal was gone, or added nothing).
    Nothing,
    /// Its document was deleted since, or the journal could not be read: it is kept under
    /// `backup`.
    KeptAside { backup: String },
}

/// Replays the journal under `key` (see the module's documentation). Call it holding the
/// library's lock. `Err` when storage refused a write: the journal is kept, to be replayed
/// again.
pub fn replay(kv: &dyn KeyValueStore, key: &str, now: &Timestamp) -> Result<Replayed, SaveError> {
    let Some(text) = kv.get(key)? else {
        return Ok(Replayed::Nothing);
    };
    let Ok(journal) = json::parse::<Journal>(&text) else {
        return keep_aside(kv, key, &text, now);
    };
    let mut library = super::load(kv, now);
    if !library.writable {
        return Err(SaveError::ReadOnly);
    }
    let id = journal.entry.id.clone();
    let current = library.index.generation(&id);
    let outcome = if current == journal.base {
        write_journal(kv, &mut library.index, journal)?;
        Replayed::Written { id }
    } else if current == 0 {
        return keep_aside(kv, key, &text, now);
    } else {
        merge_journal(kv, &mut library.index, &journal, now)?
    };
    let _ = kv.remove(key);
    Ok(outcome)
}

/// The entry and record of document `id` as tab `tab`'s journal of it would leave them once
/// replayed, read without writing anything: what a page reloaded in the middle of its own save
/// shows on its first screen, before the journal is replayed in its turn. The entry keeps the
/// generation storage holds now. `None` when there is no such journal, or it cannot be read.
pub fn read_over(
    kv: &dyn KeyValueStore,
    tab: &str,
    id: &str,
    now: &Timestamp,
) -> Option<(IndexEntry, DocumentRecord)> {
    let journal: Journal = json::parse(&kv.get(&journal_key(tab, id)).ok()??).ok()?;
    let index = super::load(kv, now).index;
    let current = index.generation(id);
    let entry = IndexEntry {
        generation: current,
        ..journal.entry.clone()
    };
    if current == journal.base {
        let manifest = json::print(&journal.manifest).ok()?;
        let overlay = Overlay {
            kv,
            parts: &journal.parts,
        };
        let read = layout::assemble(&overlay, &manifest, current + 1, HistoryRead::Now).ok()?;
        return Some((entry, read.record));
    }
    let stored = index.entry(id)?;
    let mut record = super::open(kv, stored, now).record;
    record.merge_annotations(journal_annotations(&journal));
    Some((stored.clone(), record))
}

/// Storage as a journal would leave it: its parts, then what storage holds. Read-only.
struct Overlay<'a> {
    kv: &'a dyn KeyValueStore,
    parts: &'a [(String, String)],
}

impl KeyValueStore for Overlay<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        match self.parts.iter().find(|(k, _)| k == key) {
            Some((_, value)) => Ok(Some(value.clone())),
            None => self.kv.get(key),
        }
    }
    fn set(&self, _: &str, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable(
            "a journal is read, never written to".into(),
        ))
    }
    fn remove(&self, _: &str) -> Result<(), StorageError> {
        Err(StorageError::Unavailable(
            "a journal is read, never written to".into(),
        ))
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.kv.keys()
    }
}

/// The annotations of the buckets the journal's tab changed. The others it shared with the
/// generation it was made over, which a newer one started from too.
fn journal_annotations(journal: &Journal) -> Vec<Annotation> {
    journal
        .parts
        .iter()
        .filter(|(key, _)| journal.manifest.annotations.contains(key))
        .filter_map(|(_, value)| json::parse::<Vec<Annotation>>(value).ok())
        .flatten()
        .collect()
}

/// Writes the journal as generation `base + 1`, as the save that prepared it would have.
fn write_journal(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    journal: Journal,
) -> Result<(), SaveError> {
    let id = journal.entry.id.clone();
    let before = (journal.base > 0)
        .then(|| read_manifest(kv, &record_key(&id, journal.base)))
        .flatten();
    let mut next = index.clone();
    let entry = journal.entry;
    match next.documents.iter_mut().find(|e| e.id == id) {
        Some(existing) => {
            *existing = IndexEntry {
                added: existing.added.clone(),
                ..entry
            }
        }
        None => next.documents.push(entry),
    }
    next.version = LIBRARY_VERSION;
    layout::write_prepared(
        kv,
        &id,
        journal.base,
        before,
        (journal.base + 1, &journal.parts, &journal.manifest),
        || {
            unchanged_since(kv, index)?;
            write_index(kv, &next).map_err(SaveError::from)
        },
    )?;
    *index = next;
    Ok(())
}

/// Merges the annotations the journal changed into the document as stored now.
fn merge_journal(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    journal: &Journal,
    now: &Timestamp,
) -> Result<Replayed, SaveError> {
    let id = &journal.entry.id;
    let theirs = journal_annotations(journal);
    let entry = index
        .entry(id)
        .cloned()
        .expect("the caller found it listed");
    let mut record = super::open(kv, &entry, now).record;
    if !record.merge_annotations(theirs) {
        return Ok(Replayed::Nothing);
    }
    super::save(kv, index, &record, now)?;
    Ok(Replayed::Merged { id: id.clone() })
}

fn keep_aside(
    kv: &dyn KeyValueStore,
    key: &str,
    text: &str,
    now: &Timestamp,
) -> Result<Replayed, SaveError> {
    let backup = format!("quotemark:backup:{now}:{key}");
    kv.set(&backup, text)?;
    let _ = kv.remove(key);
    Ok(Replayed::KeptAside { backup })
}
