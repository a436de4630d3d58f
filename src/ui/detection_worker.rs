//! The page's side of the detection worker (`src/worker`, issue #21): starts it the first time
//! a document is detected, posts each document as a numbered job, gathers the suggestions it
//! sends in parts, and turns its replies into workspace actions (each part offered as it comes). Only the newest job's replies count; opening another document or
//! [`cancel`] makes the older ones' answers fall on the floor.
//!
//! The worker's start-up script is listed in the page by `scripts/csp-hook.mjs` as
//! `<link rel="quotemark-module" data-module="detect-worker">`. Without it (a build without the
//! hook), or when the browser refuses the worker or it fails to load, [`start_job`] says so and
//! detection runs on the page in slices as before (`super::detection`).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};
use yew::UseReducerDispatcher;

use super::browser::{document, measure_since, timed};
use super::state::{Action, Workspace};
use crate::core::article::Article;
use crate::core::detect::messages::{JobId, Reply, Request};

/// The job the page waits for.
struct Waiting {
    job: JobId,
    /// How many suggestions its parts brought so far.
    received: usize,
    document_id: String,
    dispatcher: UseReducerDispatcher<Workspace>,
    /// Run on the page if the worker fails before it answers.
    fallback: Box<dyn FnOnce()>,
}

struct Client {
    worker: Worker,
    next: Cell<u32>,
    waiting: Rc<RefCell<Option<Waiting>>>,
    /// Set when the worker failed: from then on the page detects. (A flag, not dropping the
    /// client, because the failure is reported inside the client's own handler.)
    failed: Rc<Cell<bool>>,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

/// Whether the page has a worker to detect in.
enum WorkerState {
    NotStarted,
    Started(Client),
    /// The page lists none, or the browser refused it.
    Unavailable,
}

thread_local! {
    static CLIENT: RefCell<WorkerState> = const { RefCell::new(WorkerState::NotStarted) };
}

/// Posts `article` (titled `title`) to the worker as the newest job. `false` when there is no
/// worker: the caller detects on the page. `fallback` runs if the worker fails before it
/// answers.
pub fn start_job(
    article: &Article,
    title: Option<String>,
    document_id: String,
    dispatcher: UseReducerDispatcher<Workspace>,
    fallback: impl FnOnce() + 'static,
) -> bool {
    CLIENT.with(|state| {
        let mut state = state.borrow_mut();
        if matches!(*state, WorkerState::NotStarted) {
            *state = start_worker().map_or(WorkerState::Unavailable, WorkerState::Started);
        }
        let WorkerState::Started(client) = &*state else {
            return false;
        };
        if client.failed.get() {
            return false;
        }
        let job = JobId(client.next.get());
        client.next.set(client.next.get().wrapping_add(1));
        let request = Request {
            job,
            text: article.text().to_owned(),
            title,
        };
        let Ok(message) = serde_wasm_bindgen::to_value(&request) else {
            return false;
        };
        if client.worker.post_message(&message).is_err() {
            return false;
        }
        *client.waiting.borrow_mut() = Some(Waiting {
            job,
            received: 0,
            document_id,
            dispatcher,
            fallback: Box::new(fallback),
        });
        true
    })
}

/// Drops the job the page waits for: its answers are ignored.
pub fn cancel() {
    CLIENT.with(|state| {
        if let WorkerState::Started(client) = &*state.borrow() {
            client.waiting.borrow_mut().take();
        }
    });
}

/// Starts the worker the page lists; `None` when it lists none or the browser refuses it.
fn start_worker() -> Option<Client> {
    let href = document()
        .query_selector("link[rel=quotemark-module][data-module=detect-worker]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))?;
    let worker = Worker::new(&href).ok()?;
    let waiting: Rc<RefCell<Option<Waiting>>> = Rc::new(RefCell::new(None));
    let failed = Rc::new(Cell::new(false));
    let on_message = {
        let waiting = waiting.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let read = timed("quotemark:detect:receive", || {
                serde_wasm_bindgen::from_value::<Reply>(event.data())
            });
            let Ok(reply) = read else {
                return;
            };
            answer(&waiting, reply);
        })
    };
    let on_error = {
        let (waiting, failed) = (waiting.clone(), failed.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            // The worker did not load or crashed: the page detects from now on. Handled here,
            // so the browser does not report it as the page's error too.
            event.prevent_default();
            failed.set(true);
            let waiting = waiting.borrow_mut().take();
            if let Some(waiting) = waiting {
                (waiting.fallback)();
            }
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Some(Client {
        worker,
        next: Cell::new(1),
        waiting,
        failed,
        _on_message: on_message,
        _on_error: on_error,
    })
}

fn answer(waiting: &RefCell<Option<Waiting>>, reply: Reply) {
    let mut slot = waiting.borrow_mut();
    let Some(current) = slot.as_mut().filter(|w| w.job == reply.job()) else {
        return;
    };
    match reply {
        Reply::Progress { done, total, .. } => {
            let action = Action::DetectionProgress {
                document_id: current.document_id.clone(),
                done,
                total,
            };
            let dispatcher = current.dispatcher.clone();
            drop(slot);
            dispatcher.dispatch(action);
        }
        // Each part is offered as it comes, its marks drawn in a task of their own after the
        // one that read it, so that no task both reads a part and draws it (issue #21: no
        // task over 16 ms from detection).
        Reply::Part { suggestions, .. } => {
            let from = current.received;
            current.received += suggestions.len();
            let action = Action::SuggestionsPart {
                document_id: current.document_id.clone(),
                from,
                suggestions,
            };
            let dispatcher = current.dispatcher.clone();
            drop(slot);
            Timeout::new(0, move || dispatcher.dispatch(action)).forget();
        }
        Reply::Done { .. } => {
            let current = slot.take().expect("checked above");
            drop(slot);
            // After the parts' tasks, which were queued first.
            Timeout::new(0, move || {
                measure_since("quotemark:detect", super::detection::DETECT_START);
                current.dispatcher.dispatch(Action::DetectionDone {
                    document_id: current.document_id,
                });
            })
            .forget();
        }
    }
}
