//! Autosave: a moment after each change, holding the library's lock (`locks`), and when the
//! page is hidden. How a save is written is `core::workspace::saving`; this decides when.
//!
//! A page being hidden may be closed before its turn at the lock comes, so it writes its
//! pending save as a journal at once (one key of its own, which no other tab writes) and then
//! asks for the lock to save properly; whichever tab holds the lock next replays a journal
//! left behind. Where the browser has no Web Locks, or the change is too large to journal (a
//! fresh import) or does not fit in storage, the page saves directly, as before.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

use crate::core::backup;
use crate::core::library::SaveCache;
use crate::core::workspace::saving::{self, SaveJob};
use crate::core::workspace::{Action, SaveProblem, Workspace};
use crate::ui::browser::{BrowserStorage, document, mark, now, tab_id, timed, window};
use crate::ui::locks::{self, with_library_lock};

/// How long after the last change the annotations are saved.
const SAVE_DELAY_MS: u32 = 300;
/// Saves at once (in this tab's turn at the lock) whatever is waiting to be saved.
pub type Flush = Rc<dyn Fn()>;

/// The open document's state waiting to be saved, and whether this page wrote it as a
/// journal already (which its save then removes).
type PendingSave = Rc<RefCell<Pending>>;

#[derive(Default)]
struct Pending {
    job: Option<SaveJob>,
    journaled: bool,
}

/// Saves the annotations a moment after each change, and when the page is hidden.
#[hook]
pub fn use_autosave(
    state: &UseReducerHandle<Workspace>,
    dispatcher: UseReducerDispatcher<Workspace>,
) -> Flush {
    let pending: PendingSave = use_mut_ref(Pending::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    // What the last save wrote, so that the next writes only what changed.
    let cache = use_mut_ref(SaveCache::default);
    let save_now = {
        let (pending, cache, dispatcher) = (pending.clone(), cache.clone(), dispatcher.clone());
        Rc::new(move || save_pending(&pending, &cache, &dispatcher))
    };
    let flush: Flush = use_memo((), {
        let save_now = save_now.clone();
        move |_| -> Flush {
            Rc::new(move || {
                mark("quotemark:save-requested");
                let save_now = save_now.clone();
                with_library_lock(move || save_now());
            })
        }
    })
    .as_ref()
    .clone();
    {
        let (flush, timer, pending) = (flush.clone(), timer.clone(), pending.clone());
        // The job is taken from the workspace as it is when the revision changed.
        let (state, writable) = (state.clone(), state.persistence.writable);
        use_effect_with(state.persistence.revision, move |revision| {
            if *revision == 0 {
                return;
            }
            if !writable {
                // Seen and left alone: what storage holds must not be overwritten.
                return mark("quotemark:save-skipped");
            }
            pending.borrow_mut().job = Some(SaveJob::of(&state));
            let flush = flush.clone();
            *timer.borrow_mut() = Some(Timeout::new(SAVE_DELAY_MS, move || flush()));
        });
    }
    {
        let (flush, pending, cache) = (flush.clone(), pending.clone(), cache.clone());
        use_effect_with((), move |_| {
            let on_hide = Rc::new(move || {
                if pending.borrow().job.is_none() {
                    return;
                }
                save_journal_or_now(&pending, &cache, &save_now);
                // Then the proper save, if the page lives long enough for its turn.
                flush();
            });
            let on_pagehide = on_hide.clone();
            let listeners = [
                EventListener::new(&window(), "pagehide", move |_| on_pagehide()),
                EventListener::new(&document(), "visibilitychange", move |_| {
                    if document().visibility_state() == web_sys::VisibilityState::Hidden {
                        on_hide();
                    }
                }),
            ];
            move || drop(listeners)
        });
    }
    flush
}

/// Saves the pending job, if any (call it holding the library's lock). A failed save stays
/// pending: the page-hide save and the next change try again.
fn save_pending(
    pending: &PendingSave,
    cache: &RefCell<SaveCache>,
    dispatcher: &UseReducerDispatcher<Workspace>,
) {
    timed("quotemark:save", || {
        let (Some(mut job), journaled) = ({
            let mut pending = pending.borrow_mut();
            (pending.job.take(), pending.journaled)
        }) else {
            return;
        };
        let tab = journaled.then(tab_id);
        let outcome = saving::save(
            &BrowserStorage,
            tab.as_deref(),
            &mut job,
            &mut cache.borrow_mut(),
            &now(),
        );
        if let Some(annotations) = outcome.merged {
            dispatcher.dispatch(Action::MergeExternal {
                document_id: job.document_id().to_owned(),
                annotations,
            });
        }
        match outcome.result {
            Ok(index) => {
                pending.borrow_mut().journaled = false;
                dispatcher.dispatch(Action::Saved(index));
            }
            Err(error) => {
                pending.borrow_mut().job = Some(job);
                dispatcher.dispatch(Action::SaveFailed(SaveProblem {
                    error,
                    used_bytes: backup::bytes_used(&BrowserStorage),
                }));
            }
        }
    });
}

/// The save of a page being hidden: the pending job as this tab's journal, or saved at once
/// where there are no turns to wait for or no journal was written.
fn save_journal_or_now(
    pending: &PendingSave,
    cache: &RefCell<SaveCache>,
    save_now: &Rc<impl Fn()>,
) {
    if !locks::available() {
        return save_now();
    }
    let written = timed("quotemark:journal", || {
        let mut pending = pending.borrow_mut();
        let job = pending.job.as_mut()?;
        let mut cache = cache.borrow().clone();
        let written = saving::save_journal(&BrowserStorage, &tab_id(), job, &mut cache, &now());
        pending.journaled |= written.is_ok();
        Some(written)
    });
    if matches!(written, Some(Err(_))) {
        save_now();
    }
}
