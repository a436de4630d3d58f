//! Autosave: a moment after each change, and at once when the page is hidden; merges what
//! another tab saved of the same document first, so nothing of it is lost.

use std::cell::RefCell;
use std::collections::BTreeSet;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::core::annotation::Annotation;
use crate::core::article::Article;
use crate::core::backup;
use crate::core::insight::roster::Aliases;
use crate::core::library::{self, IndexEntry, LibraryIndex, SaveCache, Snapshot, StoredParts};
use crate::core::persist::{SAVED_HISTORY_LIMIT, StorageError};
use crate::core::store::AnnotationStore;
use crate::core::suggestions::SuggestionKey;
use crate::core::units::megabytes;
use crate::ui::browser::{BrowserStorage, document, now, timed, window};
use crate::ui::state::{Action, SavedBase, Workspace, settle_history};

/// How long after the last change the annotations are saved.
const SAVE_DELAY_MS: u32 = 300;
/// Saves at once whatever is waiting to be saved.
pub type Flush = Rc<dyn Fn()>;

/// A document's state waiting to be saved, for the debounce timer and the page-hide flush.
type PendingSave = Rc<RefCell<Option<SaveJob>>>;

/// A document as it is to be saved.
struct SaveJob {
    entry: IndexEntry,
    article: Rc<Article>,
    store: AnnotationStore,
    rejected: Rc<BTreeSet<SuggestionKey>>,
    speakers: Rc<Aliases>,
    base: Option<SavedBase>,
    /// The undo history still waiting in storage (see `hooks::deferred_history`).
    history_later: Option<Rc<StoredParts>>,
}

/// Saves the annotations a moment after each change, and at once when the page is hidden.
#[hook]
pub fn use_autosave(
    state: &UseReducerHandle<Workspace>,
    dispatcher: UseReducerDispatcher<Workspace>,
) -> Flush {
    let pending: PendingSave = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);
    // What the last save wrote, so that the next writes only what changed.
    let cache = use_mut_ref(SaveCache::default);
    let flush: Flush = {
        let (pending, dispatcher) = (pending.clone(), dispatcher.clone());
        Rc::new(move || {
            timed("quotemark:save", || {
                let Some(mut job) = pending.borrow_mut().take() else {
                    return;
                };
                match save(&mut job, &cache, &dispatcher) {
                    Ok(index) => {
                        dispatcher.dispatch(Action::LibraryChanged(index));
                        dispatcher.dispatch(Action::SaveSucceeded);
                    }
                    Err(error) => {
                        // Keep it pending: the page-hide flush and the next change try again.
                        *pending.borrow_mut() = Some(job);
                        dispatcher.dispatch(Action::SaveFailed(error));
                    }
                }
            })
        })
    };
    {
        let (flush, timer) = (flush.clone(), timer.clone());
        let job = SaveJob {
            entry: state.current.clone(),
            article: state.article.clone(),
            store: state.store.clone(),
            rejected: state.rejected.clone(),
            speakers: state.speaker_aliases.clone(),
            base: state.saved_base.clone(),
            history_later: state.history_later.clone(),
        };
        let writable = state.writable;
        use_effect_with(state.revision, move |revision| {
            if *revision > 0 && writable {
                *pending.borrow_mut() = Some(job);
                let flush = flush.clone();
                *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || flush()));
            }
        });
    }
    {
        let flush = flush.clone();
        use_effect_with((), move |_| {
            let on_hide = flush.clone();
            let listeners = [
                EventListener::new(&window(), "pagehide", move |_| on_hide()),
                EventListener::new(&document(), "visibilitychange", move |_| {
                    if document().visibility_state() == web_sys::VisibilityState::Hidden {
                        flush();
                    }
                }),
            ];
            move || drop(listeners)
        });
    }
    flush
}

/// Saves `job`, first merging what another tab saved of the same document into its store;
/// gives the index as saved, or what to tell the reader.
fn save(
    job: &mut SaveJob,
    cache: &RefCell<SaveCache>,
    dispatcher: &UseReducerDispatcher<Workspace>,
) -> Result<LibraryIndex, String> {
    let now = now();
    // The index and record as storage holds them now: another tab may have saved this
    // document since; its annotations are merged in, never overwritten.
    let mut stored = library::load(&BrowserStorage, &now);
    let entry = &job.entry;
    // Only a generation this tab has not seen can hold another tab's annotations; reading
    // back our own record would cost a parse of all of them per save.
    let newer = |e: &&IndexEntry| e.generation > 0 && e.generation != entry.generation;
    if let Some(theirs) = stored.entry(&entry.id).filter(newer) {
        let saved = library::open(&BrowserStorage, theirs, &now)
            .record
            .annotations;
        if job.store.merge_external(saved.clone()) {
            dispatcher.dispatch(Action::MergeExternal {
                document_id: entry.id.clone(),
                annotations: saved,
            });
        }
    }
    if let Some(parts) = job.history_later.take() {
        // A change saved before the history was read (a page hidden in its first frames): read
        // it now, or this save would leave it out of the record and remove it from storage.
        if let Ok(older) = library::read_history(&BrowserStorage, &parts, &entry.title, &now) {
            settle_history(&mut job.store, &mut job.base, &parts, older);
        }
    }
    if !stored.writable {
        return Err(
            "the library was written by a newer Quotemark and is read-only here".to_owned(),
        );
    }
    let shared: Vec<Rc<Annotation>> = job.store.iter_shared().cloned().collect();
    let history = job.store.history(SAVED_HISTORY_LIMIT);
    let rejected: Vec<SuggestionKey> = job.rejected.iter().cloned().collect();
    let snapshot = Snapshot {
        id: &entry.id,
        title: &entry.title,
        source: entry.source.as_deref(),
        added: &entry.added,
        text: (!entry.bundled).then(|| job.article.text()),
        annotations: &shared,
        history: &history,
        rejected: &rejected,
        speakers: &job.speakers,
    };
    // After opening, the first save starts from what was read.
    let previous = stored.entry(&entry.id).map_or(0, |e| e.generation);
    let mut cache = cache.borrow_mut();
    if !cache.covers(&entry.id, previous)
        && let Some(base) = job
            .base
            .as_ref()
            .filter(|b| b.0.covers(&entry.id, previous))
    {
        *cache = (*base.0).clone();
    }
    library::save_snapshot(&BrowserStorage, &mut stored.index, &snapshot, &mut cache, &now)
        .map_err(|error| match error {
            StorageError::QuotaExceeded(_) => format!(
                "{error}; Quotemark uses about {} MB of it. Export the library to keep a copy, then delete articles you no longer need",
                megabytes(backup::bytes_used(&BrowserStorage))
            ),
            other => other.to_string(),
        })?;
    Ok(stored.index)
}
