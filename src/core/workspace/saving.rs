//! Saving the open document: what a save takes from the workspace ([`SaveJob`]) and how it is
//! written: [`save`], holding the library's lock, or [`save_journal`] when the page is being
//! hidden and cannot wait for it (`core::library::journal`). The UI's autosave decides when (a
//! moment after each change) and passes the browser's storage; everything else is here,
//! tested natively.
//!
//! A save first reads the library as storage holds it now. If another tab saved the document
//! since this tab last did, its annotations are merged in first (none is ever overwritten);
//! if the undo history still waits in storage (`Action::HistoryRead` has not come yet), it is
//! read first, or the save would drop it. If another tab's save lands between this save's read
//! and its switch of the index (`SaveError::Conflict`), the save takes back what it wrote and
//! starts again from the library as it is then.

use std::collections::BTreeSet;
use std::rc::Rc;

use super::Workspace;
use crate::core::annotation::Annotation;
use crate::core::article::Article;
use crate::core::insight::roster::Aliases;
use crate::core::library::journal::{self, JournalError};
use crate::core::library::{
    self, IndexEntry, LibraryIndex, SaveCache, SaveError, Snapshot, StoredParts,
};
use crate::core::persist::{KeyValueStore, SAVED_HISTORY_LIMIT};
use crate::core::store::{AnnotationStore, History};
use crate::core::suggestions::SuggestionKey;
use crate::core::time::Timestamp;

/// How many times a save starts again after another tab's save got in between.
const ATTEMPTS: usize = 3;

/// What storage holds of the open document as it was opened, handed to the autosave so that
/// even its first save writes only what changed. Compared by pointer.
#[derive(Clone, Debug)]
pub struct SavedBase(pub Rc<SaveCache>);

impl PartialEq for SavedBase {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl SavedBase {
    /// What storage holds of record `id`, opened as `store` from `parts` (none when the record
    /// was not read whole from the version 3 layout).
    pub fn after_open(
        id: &str,
        parts: Option<&StoredParts>,
        store: &AnnotationStore,
    ) -> Option<Self> {
        parts.map(|parts| Self(Rc::new(SaveCache::after_open(id, parts, store))))
    }
}

/// Puts the history read after the first screen (`older`, from `parts`) beneath `store`'s
/// own, and tells `base` where it is stored, so that no save writes it again. Gives whether
/// it fitted; if not, the store keeps its own history, and the next save drops the old one.
pub fn settle_history(
    store: &mut AnnotationStore,
    base: &mut Option<SavedBase>,
    parts: &StoredParts,
    older: History,
) -> bool {
    let knowing = base
        .as_ref()
        .map(|b| SavedBase(Rc::new(b.0.with_history(parts, &older))));
    let fitted = store.prepend_history(older);
    if fitted {
        *base = knowing;
    }
    fitted
}

/// The open document as it is to be saved: shared pointers taken from the workspace, so
/// making one copies no annotation.
#[derive(Clone, Debug)]
pub struct SaveJob {
    pub entry: IndexEntry,
    pub article: Rc<Article>,
    pub store: Rc<AnnotationStore>,
    pub rejected: Rc<BTreeSet<SuggestionKey>>,
    pub speakers: Rc<Aliases>,
    pub base: Option<SavedBase>,
    /// The undo history still waiting in storage.
    pub history_later: Option<Rc<StoredParts>>,
}

impl SaveJob {
    pub fn of(workspace: &Workspace) -> Self {
        let document = &workspace.document;
        Self {
            entry: document.entry.clone(),
            article: document.article.clone(),
            store: document.store.clone(),
            rejected: document.rejected.clone(),
            speakers: document.speakers.clone(),
            base: workspace.persistence.saved_base.clone(),
            history_later: workspace.persistence.history_later.clone(),
        }
    }

    pub fn document_id(&self) -> &str {
        &self.entry.id
    }

    /// Reads the undo history still waiting in storage into the store: a change saved before
    /// it was read (a page hidden in its first frames) would otherwise leave it out of the
    /// record, and the save would remove it from storage.
    fn settle_waiting_history(&mut self, kv: &dyn KeyValueStore, now: &Timestamp) {
        if let Some(parts) = self.history_later.take()
            && let Ok(Some(older)) = library::read_history(kv, &self.entry.id, &parts, now)
        {
            settle_history(Rc::make_mut(&mut self.store), &mut self.base, &parts, older);
        }
    }

    /// Calls `write` with the record as a save takes it.
    fn with_snapshot<R>(&self, write: impl FnOnce(&Snapshot) -> R) -> R {
        let shared: Vec<Rc<Annotation>> = self.store.iter_shared().cloned().collect();
        let history = self.store.history(SAVED_HISTORY_LIMIT);
        let rejected: Vec<SuggestionKey> = self.rejected.iter().cloned().collect();
        let entry = &self.entry;
        write(&Snapshot {
            id: &entry.id,
            title: &entry.title,
            source: entry.source.as_deref(),
            credit: &entry.credit,
            added: &entry.added,
            text: (!entry.bundled).then(|| self.article.text()),
            annotations: &shared,
            history: &history,
            rejected: &rejected,
            speakers: &self.speakers,
        })
    }

    /// Takes `cache` from what storage held when the document was opened, when that is what
    /// storage holds now (`previous`) and `cache` knows nothing newer.
    fn start_cache_from_base(&self, cache: &mut SaveCache, previous: u64) {
        let id = &self.entry.id;
        if !cache.covers(id, previous)
            && let Some(base) = self.base.as_ref().filter(|b| b.0.covers(id, previous))
        {
            *cache = (*base.0).clone();
        }
    }
}

/// What a save did.
#[derive(Clone, Debug, PartialEq)]
pub struct SaveOutcome {
    /// The library as storage holds it after the save, or why nothing was saved.
    pub result: Result<LibraryIndex, SaveError>,
    /// What another tab had saved of the document, merged into the job before saving (for the
    /// workspace to merge too: `Action::MergeExternal`), whether or not the save succeeded.
    pub merged: Option<Vec<Annotation>>,
}

/// Saves `job` into `kv` (see the module's documentation), holding the library's lock. `cache`
/// is what this tab's last save wrote; it is updated to what this one wrote. Once saved, the
/// journal tab `journaled_by` left of the document, if it wrote one, is removed: this save holds
/// all of it.
pub fn save(
    kv: &dyn KeyValueStore,
    journaled_by: Option<&str>,
    job: &mut SaveJob,
    cache: &mut SaveCache,
    now: &Timestamp,
) -> SaveOutcome {
    let mut merged = None;
    let mut attempt = 0;
    let result = loop {
        attempt += 1;
        match save_once(kv, job, cache, now, &mut merged) {
            Err(SaveError::Conflict { .. }) if attempt < ATTEMPTS => continue,
            result => break result,
        }
    };
    if let (Ok(_), Some(tab)) = (&result, journaled_by) {
        journal::discard(kv, tab, job.document_id());
    }
    SaveOutcome { result, merged }
}

/// Saves `job` as tab `tab`'s journal, writing no other key: the save of a page being hidden,
/// which cannot wait for the library's lock. `cache` is what this tab's last save wrote. On
/// `Err` nothing was written, and the page saves with [`save`] instead.
pub fn save_journal(
    kv: &dyn KeyValueStore,
    tab: &str,
    job: &mut SaveJob,
    cache: &mut SaveCache,
    now: &Timestamp,
) -> Result<(), JournalError> {
    job.settle_waiting_history(kv, now);
    job.start_cache_from_base(cache, job.entry.generation);
    job.with_snapshot(|snapshot| {
        journal::write(kv, tab, job.entry.generation, snapshot, cache, now)
    })
}

fn save_once(
    kv: &dyn KeyValueStore,
    job: &mut SaveJob,
    cache: &mut SaveCache,
    now: &Timestamp,
    merged: &mut Option<Vec<Annotation>>,
) -> Result<LibraryIndex, SaveError> {
    // The index and record as storage holds them now: another tab may have saved this
    // document since; its annotations are merged in, never overwritten.
    let mut stored = library::load(kv, now);
    // Only a generation this tab has not seen can hold another tab's annotations; reading
    // back our own record would cost a parse of all of them per save.
    let seen = job.entry.generation;
    if let Some(theirs) = stored
        .entry(job.document_id())
        .filter(|e| e.generation > 0 && e.generation != seen)
    {
        let saved = library::open(kv, theirs, now).record.annotations;
        // Copied only when another tab's annotations are taken in.
        if Rc::make_mut(&mut job.store).merge_external(saved.clone()) {
            merged.get_or_insert_with(Vec::new).extend(saved);
        }
        job.entry.generation = theirs.generation;
    }
    job.settle_waiting_history(kv, now);
    if !stored.writable {
        return Err(SaveError::ReadOnly);
    }
    // After opening, the first save starts from what was read.
    job.start_cache_from_base(cache, stored.index.generation(job.document_id()));
    job.with_snapshot(|snapshot| {
        // Read above, in this task and this tab's turn.
        library::save_snapshot_read_now(kv, &mut stored.index, snapshot, cache, now)
    })?;
    job.entry.generation = stored.index.generation(job.document_id());
    Ok(stored.index)
}
