//! The library: every document a reader has opened, and its annotations, kept in a key-value
//! store (the browser's localStorage).
//!
//! Layout, version 3:
//! - `quotemark:library`, the index: `{version, documents: [entry]}`, one entry per document
//!   with what the library list shows and the generation of the document's current record;
//! - per document, its record, [`DocumentRecord`]: `{version, id, title, source, added, text,
//!   annotations, history}` (`text` is null for the bundled article, which ships with the app),
//!   and, when not empty, `rejected` (the keys of suggestions the reader rejected) and
//!   `speakers` (the reader's speaker merges and splits). Backups carry records in this form
//!   (record version 2). In storage a record is split into a manifest, its text and parts, so
//!   that a save writes only what changed: see [`layout`].
//!
//! A save writes the record's next generation first, then the index that points to it, and
//! only then removes what only the previous generation used: whenever it stops, the index
//! points at a complete record. An index that cannot be read is backed up and rebuilt from the records;
//! a record that cannot be read is backed up and reported, and the rest of the library works.
//! Anything written by a newer Quotemark is opened read-only and never overwritten.
//!
//! Version 2 kept each record whole under `quotemark:doc:<id>:<generation>`; it is still read,
//! and the next save of a document writes it in the version 3 layout. Version 1 (issue #3) kept `quotemark:annotations:<id>` and `quotemark:history:<id>`;
//! loading migrates them into version 2 and then removes them. Reading an index that is newer,
//! unreadable or missing is in `recovery.rs`.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::annotation::{Annotation, Kind};
use super::bundled::NATO_DIALOGUE_TEXT;
use super::insight::roster::Aliases;
use super::persist::{KeyValueStore, SAVED_HISTORY_LIMIT, StorageError};
use super::saved::document_id;
use super::store::{AnnotationStore, History};
use super::suggestions::SuggestionKey;

pub mod layout;
mod recovery;

use layout::PartProblem;
pub use layout::{HistoryRead, SaveCache, Snapshot, StoredParts};
use recovery::{migrate_v1, read_index};

/// The version of the storage layout: the index and the manifests.
pub const LIBRARY_VERSION: u32 = layout::LAYOUT_VERSION;
/// The version of a whole [`DocumentRecord`], as backups carry it.
pub const RECORD_VERSION: u32 = 2;
pub const INDEX_KEY: &str = "quotemark:library";
const RECORD_PREFIX: &str = "quotemark:doc:";
const V1_ANNOTATIONS_PREFIX: &str = "quotemark:annotations:";
const V1_HISTORY_PREFIX: &str = "quotemark:history:";

/// The bundled article's title, as the library lists it.
pub const BUNDLED_TITLE: &str = "NATO, Trump agree on dialogue with Russia: Stoltenberg";

fn record_key(id: &str, generation: u64) -> String {
    format!("{RECORD_PREFIX}{id}:{generation}")
}

/// How many annotations of each kind a document has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KindCounts {
    pub claims: usize,
    pub quotes: usize,
    pub scare_quotes: usize,
}

impl KindCounts {
    pub fn of<'a>(annotations: impl IntoIterator<Item = &'a Annotation>) -> Self {
        let mut counts = Self::default();
        for a in annotations {
            match a.kind {
                Kind::Claim => counts.claims += 1,
                Kind::Quote => counts.quotes += 1,
                Kind::ScareQuote => counts.scare_quotes += 1,
            }
        }
        counts
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<String>,
    pub added: String,
    pub modified: String,
    /// The generation of the current record; 0 for the bundled article before it is saved.
    pub generation: u64,
    #[serde(default)]
    pub counts: KindCounts,
    #[serde(default)]
    pub bundled: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LibraryIndex {
    pub version: u32,
    pub documents: Vec<IndexEntry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub version: u32,
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<String>,
    pub added: String,
    /// The document's text; `None` for the bundled article.
    pub text: Option<String>,
    pub annotations: Vec<Annotation>,
    #[serde(default)]
    pub history: History,
    /// Suggestions the reader rejected for this document.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<SuggestionKey>,
    /// The reader's speaker merges and splits (see `insight::roster`).
    #[serde(default, skip_serializing_if = "Aliases::is_empty")]
    pub speakers: Aliases,
}

impl DocumentRecord {
    /// The document's text, the bundled article's when the record does not carry one.
    pub fn text(&self) -> &str {
        self.text.as_deref().unwrap_or(NATO_DIALOGUE_TEXT)
    }

    /// The annotations with their undo history (dropped if it does not fit them).
    pub fn store(&self) -> AnnotationStore {
        let mut store = AnnotationStore::from_annotations(self.annotations.iter().cloned());
        store.restore_history(self.history.clone());
        store
    }

    /// The record as a save takes it, its annotations shared in `shared`.
    pub fn snapshot<'a>(&'a self, shared: &'a [Rc<Annotation>]) -> Snapshot<'a> {
        Snapshot {
            id: &self.id,
            title: &self.title,
            source: self.source.as_deref(),
            added: &self.added,
            text: self.text.as_deref(),
            annotations: shared,
            history: &self.history,
            rejected: &self.rejected,
            speakers: &self.speakers,
        }
    }

    fn shared_annotations(&self) -> Vec<Rc<Annotation>> {
        self.annotations.iter().cloned().map(Rc::new).collect()
    }
}

/// The library as loaded: its index, whether it may be written, and what went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    pub index: LibraryIndex,
    pub writable: bool,
    pub problems: Vec<String>,
}

impl Library {
    pub fn entry(&self, id: &str) -> Option<&IndexEntry> {
        self.index.documents.iter().find(|e| e.id == id)
    }
}

/// The entry the bundled article has before anything about it is saved.
pub fn bundled_entry(now: &str) -> IndexEntry {
    IndexEntry {
        id: document_id(NATO_DIALOGUE_TEXT),
        title: BUNDLED_TITLE.into(),
        source: None,
        added: now.into(),
        modified: now.into(),
        generation: 0,
        counts: KindCounts::default(),
        bundled: true,
    }
}

/// Loads the index (migrating or rebuilding it when needed). The bundled article is always
/// listed. `now` dates backups and new entries.
pub fn load(kv: &dyn KeyValueStore, now: &str) -> Library {
    let mut library = match kv.get(INDEX_KEY) {
        Err(error) => Library {
            index: LibraryIndex {
                version: LIBRARY_VERSION,
                documents: Vec::new(),
            },
            writable: false,
            problems: vec![format!(
                "The library could not be read: {error}. Nothing will be saved in this tab, so nothing stored is overwritten."
            )],
        },
        Ok(None) => migrate_v1(kv, now),
        Ok(Some(text)) => read_index(kv, &text, now),
    };
    if !library.index.documents.iter().any(|e| e.bundled) {
        library.index.documents.insert(0, bundled_entry(now));
    }
    library
}

fn entry_for(record: &Snapshot, generation: u64, modified: &str) -> IndexEntry {
    IndexEntry {
        id: record.id.to_owned(),
        title: record.title.to_owned(),
        source: record.source.map(str::to_owned),
        added: record.added.to_owned(),
        modified: modified.to_owned(),
        generation,
        counts: KindCounts::of(record.annotations.iter().map(|a| &**a)),
        bundled: record.text.is_none(),
    }
}

/// What opening a document's record found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenedRecord {
    pub record: DocumentRecord,
    pub writable: bool,
    pub problem: Option<String>,
    /// Where the record is stored, when it was read whole (see [`SaveCache::after_open`]).
    pub parts: Option<StoredParts>,
}

/// Reads a document's current record. A bundled article never saved yet is an empty record.
pub fn open(kv: &dyn KeyValueStore, entry: &IndexEntry, now: &str) -> OpenedRecord {
    open_reading(kv, entry, now, HistoryRead::Now)
}

/// Reads a document's current record for its first screen: as [`open`], but a record read
/// whole from the version 3 layout (one that gives `parts`) comes without its undo history,
/// which stays in storage for [`read_history`].
pub fn open_for_first_screen(
    kv: &dyn KeyValueStore,
    entry: &IndexEntry,
    now: &str,
) -> OpenedRecord {
    open_reading(kv, entry, now, HistoryRead::Later)
}

/// Reads the undo history [`open_for_first_screen`] left in storage, from the parts it gave.
/// When a change cannot be read the history is dropped (undo starts afresh, every annotation
/// stays): what storage held is backed up, and `Err` says so, for the reader.
pub fn read_history(
    kv: &dyn KeyValueStore,
    parts: &StoredParts,
    title: &str,
    now: &str,
) -> Result<History, String> {
    layout::read_history(kv, parts).map_err(|problems| {
        let (details, kept, backed_up) = back_up(kv, &problems, now);
        let kept = if backed_up { kept } else { " It could not be backed up.".into() };
        format!(
            "The undo history of \u{201c}{title}\u{201d} could not be read: {details}. Every annotation is open; undo starts from here.{kept}"
        )
    })
}

/// Backs up what storage held of each part that could not be read. Gives the problems as the
/// reader is told them, what is kept where (or ""), and whether every backup was written.
fn back_up(kv: &dyn KeyValueStore, problems: &[PartProblem], now: &str) -> (String, String, bool) {
    let mut backed_up = true;
    let mut kept = Vec::new();
    for part in problems {
        if let Some(stored) = &part.stored {
            let backup = format!("quotemark:backup:{now}:{}", part.key);
            backed_up &= kv.set(&backup, stored).is_ok();
            kept.push(backup);
        }
    }
    let details: Vec<String> = problems
        .iter()
        .map(|p| format!("{} ({})", p.key, p.error))
        .collect();
    let kept = if kept.is_empty() {
        String::new()
    } else {
        format!(" What was stored is kept under {}.", kept.join(", "))
    };
    (details.join("; "), kept, backed_up)
}

fn open_reading(
    kv: &dyn KeyValueStore,
    entry: &IndexEntry,
    now: &str,
    history: HistoryRead,
) -> OpenedRecord {
    let empty = || DocumentRecord {
        version: RECORD_VERSION,
        id: entry.id.clone(),
        title: entry.title.clone(),
        source: entry.source.clone(),
        added: entry.added.clone(),
        text: None,
        annotations: Vec::new(),
        history: History::default(),
        rejected: Vec::new(),
        speakers: Aliases::new(),
    };
    if entry.generation == 0 {
        return OpenedRecord {
            record: empty(),
            writable: true,
            problem: None,
            parts: None,
        };
    }
    let key = record_key(&entry.id, entry.generation);
    let text = match kv.get(&key) {
        Ok(Some(text)) => text,
        Ok(None) => {
            return OpenedRecord {
                record: empty(),
                writable: false,
                problem: Some(format!(
                    "The saved annotations of \u{201c}{}\u{201d} are missing from storage.",
                    entry.title
                )),
                parts: None,
            };
        }
        Err(error) => {
            return OpenedRecord {
                record: empty(),
                writable: false,
                problem: Some(format!("The saved annotations could not be read: {error}.")),
                parts: None,
            };
        }
    };
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    if let Ok(VersionOnly { version }) = serde_json::from_str(&text)
        && version > LIBRARY_VERSION
    {
        let record = layout::assemble(kv, &text, entry.generation, HistoryRead::Now)
            .map_or_else(|_| empty(), |read| read.record);
        return OpenedRecord {
            record,
            writable: false,
            problem: Some(format!(
                "\u{201c}{}\u{201d} was saved by a newer Quotemark (version {version}). It is open read-only: nothing you change will be saved over it.",
                entry.title
            )),
            parts: None,
        };
    }
    match layout::assemble(kv, &text, entry.generation, history) {
        Ok(read) if read.problems.is_empty() => OpenedRecord {
            record: read.record,
            writable: true,
            problem: None,
            parts: read.parts,
        },
        Ok(layout::Assembled {
            record, problems, ..
        }) => {
            // Keep what could not be read where the reader can find it: the next save of this
            // document no longer refers to it.
            let (details, kept, backed_up) = back_up(kv, &problems, now);
            OpenedRecord {
                record,
                writable: backed_up,
                problem: Some(format!(
                    "Part of the saved annotations of \u{201c}{}\u{201d} could not be read: {details}. The rest is open.{kept}{}",
                    entry.title,
                    if backed_up {
                        ""
                    } else {
                        " It could not be backed up, so nothing will be saved for it in this tab."
                    }
                )),
                parts: None,
            }
        }
        Err(error) if layout::text_is_missing(&error) => OpenedRecord {
            record: empty(),
            writable: false,
            problem: Some(format!(
                "\u{201c}{}\u{201d} cannot be shown: {error}. Its annotations are kept in storage as they are, and nothing will be saved over them in this tab.",
                entry.title
            )),
            parts: None,
        },
        Err(error) => {
            let backup = format!("quotemark:backup:{now}:{key}");
            let backed_up = kv.set(&backup, &text).is_ok();
            OpenedRecord {
                record: empty(),
                writable: backed_up,
                problem: Some(if backed_up {
                    format!(
                        "The saved annotations of \u{201c}{}\u{201d} could not be read ({error}); the stored text was kept under \u{201c}{backup}\u{201d}.",
                        entry.title
                    )
                } else {
                    format!(
                        "The saved annotations of \u{201c}{}\u{201d} could not be read ({error}) nor backed up; nothing will be saved for it in this tab.",
                        entry.title
                    )
                }),
                parts: None,
            }
        }
    }
}

/// The record for a document's current state.
pub fn record_of(
    entry: &IndexEntry,
    text: Option<&str>,
    store: &AnnotationStore,
) -> DocumentRecord {
    DocumentRecord {
        version: RECORD_VERSION,
        id: entry.id.clone(),
        title: entry.title.clone(),
        source: entry.source.clone(),
        added: entry.added.clone(),
        text: if entry.bundled {
            None
        } else {
            text.map(str::to_owned)
        },
        annotations: store.iter().cloned().collect(),
        history: store.history(SAVED_HISTORY_LIMIT),
        rejected: Vec::new(),
        speakers: Aliases::new(),
    }
}

/// Saves a whole record (an import, a rename, a backup): see [`save_snapshot`].
pub fn save(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    record: &DocumentRecord,
    now: &str,
) -> Result<(), StorageError> {
    let shared = record.shared_annotations();
    save_snapshot(
        kv,
        index,
        &record.snapshot(&shared),
        &mut SaveCache::default(),
        now,
    )
}

/// Saves a document: its next generation, then the index pointing to it, then what only the
/// previous generation used is removed. `index` is updated only when every write succeeded.
/// `cache` remembers what was written, so that the next save of the same document writes only
/// what changed; a fresh cache writes everything.
pub fn save_snapshot(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    snapshot: &Snapshot,
    cache: &mut SaveCache,
    now: &str,
) -> Result<(), StorageError> {
    let previous = index
        .documents
        .iter()
        .find(|e| e.id == snapshot.id)
        .map_or(0, |e| e.generation);
    let generation = previous + 1;
    let mut next = index.clone();
    let entry = entry_for(snapshot, generation, now);
    match next.documents.iter_mut().find(|e| e.id == snapshot.id) {
        Some(existing) => {
            *existing = IndexEntry {
                added: existing.added.clone(),
                ..entry
            }
        }
        None => next.documents.push(entry),
    }
    next.version = LIBRARY_VERSION;
    layout::write(kv, snapshot, previous, generation, cache, || {
        kv.set(
            INDEX_KEY,
            &serde_json::to_string(&next).expect("indexes always serialise"),
        )
    })?;
    *index = next;
    Ok(())
}

/// Removes parts no current record refers to (left by a tab closed in the middle of a save).
/// Returns how many were removed.
pub fn sweep(kv: &dyn KeyValueStore, index: &LibraryIndex) -> usize {
    let current: Vec<(String, u64)> = index
        .documents
        .iter()
        .filter(|e| e.generation > 0)
        .map(|e| (e.id.clone(), e.generation))
        .collect();
    layout::sweep(kv, &current)
}

/// Removes a document from the index, then its record. Returns the removed entry.
pub fn delete(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    id: &str,
) -> Result<Option<IndexEntry>, StorageError> {
    let Some(position) = index.documents.iter().position(|e| e.id == id) else {
        return Ok(None);
    };
    let mut next = index.clone();
    let removed = next.documents.remove(position);
    kv.set(
        INDEX_KEY,
        &serde_json::to_string(&next).expect("indexes always serialise"),
    )?;
    if removed.generation > 0 {
        layout::remove(kv, id, removed.generation);
    }
    *index = next;
    Ok(Some(removed))
}
