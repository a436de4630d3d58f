//! The library index, `quotemark:library`: one entry per document with what the library
//! lists and the generation of the document's current record. Loading it migrates or rebuilds
//! it when needed (`recovery.rs`); the bundled article is always listed.

use serde::{Deserialize, Serialize};

use super::layout::Snapshot;
use super::problem::LoadProblem;
use super::recovery::{migrate_v1, read_index};
use crate::core::annotation::{Annotation, Kind};
use crate::core::bundled::NATO_DIALOGUE_TEXT;
use crate::core::credit::Credit;
use crate::core::persist::{KeyValueStore, StorageError};
use crate::core::saved::document_id;
use crate::core::time::Timestamp;
use crate::json;

pub const INDEX_KEY: &str = "quotemark:library";
/// The bundled article's title, as the library lists it.
pub const BUNDLED_TITLE: &str = "NATO, Trump agree on dialogue with Russia: Stoltenberg";

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

    pub fn total(&self) -> usize {
        self.claims + self.quotes + self.scare_quotes
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexEntry {
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<String>,
    /// Byline, date and site from the page's metadata (or the reader); left out when empty.
    #[serde(default, skip_serializing_if = "Credit::is_empty")]
    pub credit: Credit,
    pub added: Timestamp,
    pub modified: Timestamp,
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

impl LibraryIndex {
    pub fn entry(&self, id: &str) -> Option<&IndexEntry> {
        self.documents.iter().find(|e| e.id == id)
    }

    /// The generation of document `id`'s current record; 0 when none is stored.
    pub fn generation(&self, id: &str) -> u64 {
        self.entry(id).map_or(0, |e| e.generation)
    }
}

/// The library as loaded: its index, whether it may be written, and what went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Library {
    pub index: LibraryIndex,
    pub writable: bool,
    pub problems: Vec<LoadProblem>,
}

impl Library {
    pub fn entry(&self, id: &str) -> Option<&IndexEntry> {
        self.index.entry(id)
    }
}

/// The entry the bundled article has before anything about it is saved.
pub fn bundled_entry(now: &Timestamp) -> IndexEntry {
    IndexEntry {
        id: document_id(NATO_DIALOGUE_TEXT),
        title: BUNDLED_TITLE.into(),
        source: None,
        credit: Credit::default(),
        added: now.clone(),
        modified: now.clone(),
        generation: 0,
        counts: KindCounts::default(),
        bundled: true,
    }
}

/// Loads the index (migrating or rebuilding it when needed). The bundled article is always
/// listed. `now` dates backups and new entries.
pub fn load(kv: &dyn KeyValueStore, now: &Timestamp) -> Library {
    let mut library = match kv.get(INDEX_KEY) {
        Err(error) => Library {
            index: LibraryIndex {
                version: super::LIBRARY_VERSION,
                documents: Vec::new(),
            },
            writable: false,
            problems: vec![LoadProblem::IndexUnavailable(error)],
        },
        Ok(None) => migrate_v1(kv, now),
        Ok(Some(text)) => read_index(kv, &text, now),
    };
    if !library.index.documents.iter().any(|e| e.bundled) {
        library.index.documents.insert(0, bundled_entry(now));
    }
    library
}

pub(super) fn write_index(
    kv: &dyn KeyValueStore,
    index: &LibraryIndex,
) -> Result<(), StorageError> {
    kv.set(
        INDEX_KEY,
        &json::print(index).expect("indexes always serialise"),
    )
}

/// The entry of a record saved as generation `generation` at `modified`.
pub(super) fn entry_for(record: &Snapshot, generation: u64, modified: &Timestamp) -> IndexEntry {
    IndexEntry {
        id: record.id.to_owned(),
        title: record.title.to_owned(),
        source: record.source.map(str::to_owned),
        credit: record.credit.clone(),
        added: record.added.clone(),
        modified: modified.clone(),
        generation,
        counts: KindCounts::of(record.annotations.iter().map(|a| &**a)),
        bundled: record.text.is_none(),
    }
}
