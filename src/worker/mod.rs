//! The detection worker: a Web Worker with a wasm module of its own that runs the suggestion
//! rules off the page's thread (issue #21). It answers each [`Request`] the page posts with
//! [`Reply::Progress`] now and then, the suggestions in [`Reply::Part`]s, and [`Reply::Done`]. A newer request supersedes the
//! one running: the old job stops at its next slice and says nothing more.
//!
//! A thin adapter: the job itself is [`Running`], natively tested in the core.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use crate::core::detect::messages::{JobId, Reply, Request, Running};

/// Steps done between two looks at the clock.
const STEPS_PER_CHECK: usize = 64;
/// The longest a slice runs before the worker yields, so that a newer request is read.
const SLICE_MS: f64 = 50.0;
/// How often progress is posted.
const PROGRESS_EVERY_MS: f64 = 100.0;

thread_local! {
    /// The newest job asked for; any other stops.
    static NEWEST: Cell<Option<JobId>> = const { Cell::new(None) };
}

/// Listens for requests from the page.
pub fn start() {
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(|event: MessageEvent| {
        match serde_wasm_bindgen::from_value::<Request>(event.data()) {
            Ok(request) => {
                NEWEST.set(Some(request.job));
                let running = Rc::new(RefCell::new(Running::start(request)));
                run_slice(running, now());
            }
            Err(error) => log(&format!("detection worker: not a request: {error}")),
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
}

fn run_slice(running: Rc<RefCell<Running>>, last_progress: f64) {
    let mut job = running.borrow_mut();
    if NEWEST.get() != Some(job.job()) {
        return;
    }
    let started = now();
    while now() - started < SLICE_MS {
        if let Some(replies) = job.advance(STEPS_PER_CHECK) {
            for reply in &replies {
                post(reply);
            }
            return;
        }
    }
    let last_progress = if now() - last_progress >= PROGRESS_EVERY_MS {
        if let Some(progress) = job.progress() {
            post(&progress);
        }
        now()
    } else {
        last_progress
    };
    drop(job);
    let next = Closure::once_into_js(move || run_slice(running, last_progress));
    if scope()
        .set_timeout_with_callback_and_timeout_and_arguments_0(next.unchecked_ref(), 0)
        .is_err()
    {
        log("detection worker: could not schedule the next slice");
    }
}

fn post(reply: &Reply) {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    match serde::Serialize::serialize(reply, &serializer) {
        Ok(value) => {
            if let Err(error) = scope().post_message(&value) {
                log(&format!("detection worker: could not post: {error:?}"));
            }
        }
        Err(error) => log(&format!(
            "detection worker: could not convert a reply: {error}"
        )),
    }
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn log(message: &str) {
    web_sys::console::error_1(&message.into());
}
