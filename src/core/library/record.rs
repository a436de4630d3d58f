//! A document's record: `{version, id, title, source, added, text, annotations, history}` (`text`
//! is null for the bundled article, which ships with the app) and, when not empty, `rejected`
//! (the keys of suggestions the reader rejected) and `speakers` (the reader's speaker merges and
//! splits). Backups carry records in this form (record version 2); storage splits a record
//! into a manifest, its text and parts (`layout`).

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::index::IndexEntry;
use super::layout::Snapshot;
use crate::core::annotation::Annotation;
use crate::core::bundled::NATO_DIALOGUE_TEXT;
use crate::core::credit::Credit;
use crate::core::insight::roster::Aliases;
use crate::core::persist::SAVED_HISTORY_LIMIT;
use crate::core::store::{AnnotationStore, History};
use crate::core::suggestions::SuggestionKey;
use crate::core::time::Timestamp;

/// The version of a whole [`DocumentRecord`], as backups carry it.
pub const RECORD_VERSION: u32 = 2;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub version: u32,
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<String>,
    /// Byline, date and site from the page's metadata (or the reader); left out when empty.
    #[serde(default, skip_serializing_if = "Credit::is_empty")]
    pub credit: Credit,
    pub added: Timestamp,
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
    /// An empty record for `entry`: no text of its own, no annotations.
    pub fn empty(entry: &IndexEntry) -> Self {
        Self {
            version: RECORD_VERSION,
            id: entry.id.clone(),
            title: entry.title.clone(),
            source: entry.source.clone(),
            credit: entry.credit.clone(),
            added: entry.added.clone(),
            text: None,
            annotations: Vec::new(),
            history: History::default(),
            rejected: Vec::new(),
            speakers: Aliases::new(),
        }
    }

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

    /// Takes in annotations saved elsewhere (another tab, a journal, a backup) as
    /// `AnnotationStore::merge_external` does: added, or newer ones replacing older, none
    /// removed. When anything changed, the undo history is dropped: it no longer describes how
    /// the set came to be. Gives whether anything changed.
    pub fn merge_annotations(&mut self, theirs: impl IntoIterator<Item = Annotation>) -> bool {
        let mut store = self.store();
        if !store.merge_external(theirs) {
            return false;
        }
        self.annotations = store.iter().cloned().collect();
        self.history = History::default();
        true
    }

    /// The record as a save takes it, its annotations shared in `shared`.
    pub fn snapshot<'a>(&'a self, shared: &'a [Rc<Annotation>]) -> Snapshot<'a> {
        Snapshot {
            id: &self.id,
            title: &self.title,
            source: self.source.as_deref(),
            credit: &self.credit,
            added: &self.added,
            text: self.text.as_deref(),
            annotations: shared,
            history: &self.history,
            rejected: &self.rejected,
            speakers: &self.speakers,
        }
    }

    pub(super) fn shared_annotations(&self) -> Vec<Rc<Annotation>> {
        self.annotations.iter().cloned().map(Rc::new).collect()
    }
}

/// The record for a document's current state.
pub fn record_of(
    entry: &IndexEntry,
    text: Option<&str>,
    store: &AnnotationStore,
) -> DocumentRecord {
    DocumentRecord {
        text: if entry.bundled {
            None
        } else {
            text.map(str::to_owned)
        },
        annotations: store.iter().cloned().collect(),
        history: store.history(SAVED_HISTORY_LIMIT),
        ..DocumentRecord::empty(entry)
    }
}
