//! Runs the suggestion rules on the open article without freezing the page.
//!
//! The rules run in the detection worker (`super::detection_worker`, issue #21), started after
//! the first paint. Where there is no worker, detection is done on the page in slices of at
//! most [`SLICE_MS`] milliseconds, each in its own task (a zero-delay timeout), so input and
//! painting go on between them. The job is prepared and started only after the article is
//! painted: in the render's effects, it (and compiling the detector's code on first use) would
//! hold back the first screen, and a hidden page waits until it is shown. Progress is reported
//! at most every [`PROGRESS_EVERY_MS`], which is what the progress indicator shows on a long
//! article. Opening another document drops the timer, which stops the old job.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::browser::{after_next_paint, mark, measure_since};
use super::detection_worker;
use super::lazy::parts;
use super::state::{Action, Workspace};
use crate::core::article::Article;
use crate::core::detect::DetectionJob;
use crate::core::suggestions;
use crate::core::workspace::Notice;

/// The User Timing mark where detection of the open document starts.
pub(super) const DETECT_START: &str = "quotemark:detect:start";

/// The longest a slice of detection runs before yielding to the browser.
const SLICE_MS: f64 = 8.0;
/// Steps done between two looks at the clock.
const STEPS_PER_CHECK: usize = 32;
/// How often progress is reported.
const PROGRESS_EVERY_MS: f64 = 100.0;

struct Run {
    job: Option<DetectionJob>,
    /// The article the job reads (its suggestions quote it).
    article: Rc<Article>,
    document_id: String,
    dispatcher: UseReducerDispatcher<Workspace>,
    last_progress: f64,
}

/// Detects suggestions in `article` whenever the open document changes.
#[hook]
pub fn use_detection(
    article: Rc<Article>,
    title: String,
    document_id: String,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    let timer = use_mut_ref(|| None::<Timeout>);
    use_effect_with(document_id, move |id| {
        mark(DETECT_START);
        // Another document opened before the paint cancels the job that had not started.
        let cancelled = Rc::new(Cell::new(false));
        {
            let (cancelled, timer, document_id) = (cancelled.clone(), timer.clone(), id.clone());
            after_next_paint(move || {
                if cancelled.get() {
                    return;
                }
                let on_page = {
                    let (article, document_id, dispatcher, timer, cancelled) = (
                        article.clone(),
                        document_id.clone(),
                        dispatcher.clone(),
                        timer.clone(),
                        cancelled.clone(),
                    );
                    // Its code is a part of its own (issue #21), fetched on first use.
                    move || {
                        wasm_bindgen_futures::spawn_local(async move {
                            match parts().detect_on_page.get().await {
                                Ok(detect) if !cancelled.get() => {
                                    detect(article, document_id, dispatcher, timer)
                                }
                                Ok(_) => {}
                                Err(_) => {
                                    dispatcher.dispatch(Action::ShowNotice(Notice::NoSuggestions))
                                }
                            }
                        });
                    }
                };
                let posted = detection_worker::start_job(
                    &article,
                    Some(title),
                    document_id.clone(),
                    dispatcher.clone(),
                    on_page.clone(),
                );
                if !posted {
                    on_page();
                }
            });
        }
        move || {
            cancelled.set(true);
            detection_worker::cancel();
            drop(timer.borrow_mut().take());
        }
    });
}

/// What starts detection on the page: [`detect_on_page`], as the part that holds it hands it back.
pub type DetectOnPage =
    fn(Rc<Article>, String, UseReducerDispatcher<Workspace>, Rc<RefCell<Option<Timeout>>>);

/// Detects on the page, in slices: where there is no worker.
pub fn detect_on_page(
    article: Rc<Article>,
    document_id: String,
    dispatcher: UseReducerDispatcher<Workspace>,
    timer: Rc<RefCell<Option<Timeout>>>,
) {
    // Preparing the job reads the whole text (sentences, paragraphs): it waits too.
    let run = Rc::new(RefCell::new(Run {
        job: Some(DetectionJob::new(&article)),
        article: article.clone(),
        document_id,
        dispatcher,
        last_progress: clock(),
    }));
    run_slice(run, timer);
}

fn run_slice(run: Rc<RefCell<Run>>, timer: Rc<RefCell<Option<Timeout>>>) {
    let started = clock();
    let mut guard = run.borrow_mut();
    let state = &mut *guard;
    let Some(job) = state.job.as_mut() else {
        return;
    };
    let mut done = false;
    while clock() - started < SLICE_MS {
        if job.advance(STEPS_PER_CHECK).is_some() {
            done = true;
            break;
        }
    }
    if done {
        let job = state.job.take().expect("the job is there");
        let found = suggestions::from_detection(&job.finish(), &state.article);
        measure_since("quotemark:detect", DETECT_START);
        state.dispatcher.dispatch(Action::SuggestionsFound {
            document_id: state.document_id.clone(),
            suggestions: found,
        });
        return;
    }
    if clock() - state.last_progress >= PROGRESS_EVERY_MS {
        state.last_progress = clock();
        state.dispatcher.dispatch(Action::DetectionProgress {
            document_id: state.document_id.clone(),
            done: job.steps_done(),
            total: job.total_steps(),
        });
    }
    drop(guard);
    let next = {
        let timer = timer.clone();
        Timeout::new(0, move || run_slice(run, timer))
    };
    *timer.borrow_mut() = Some(next);
}

fn clock() -> f64 {
    js_sys::Date::now()
}
