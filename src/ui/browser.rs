//! Thin adapters to the browser that the components share: the clock, random ids, the
//! document, and localStorage as a [`KeyValueStore`].

use wasm_bindgen::JsCast;
use web_sys::{Document, Storage, Window};

use crate::core::annotation::AnnotationId;
use crate::core::persist::{KeyValueStore, StorageError};
use crate::core::time::Timestamp;

pub fn window() -> Window {
    web_sys::window().expect("Quotemark runs in a browser window")
}

pub fn document() -> Document {
    window().document().expect("a window has a document")
}

/// The current time.
pub fn now() -> Timestamp {
    Timestamp::from_unix_millis(js_sys::Date::now() as i64)
}

/// `at` as the reader's clock shows it (hours, minutes, seconds).
pub fn local_clock(at: &Timestamp) -> String {
    js_sys::Date::new(&at.as_str().into())
        .to_locale_time_string("en-GB")
        .into()
}

/// Where a tab keeps its page's id across a reload (session storage lives as long as the tab).
const TAB_KEY: &str = "quotemark:tab";

thread_local! {
    /// This page's own id, for the keys only it writes (its journal), and the id of the page
    /// this tab showed before it, if any.
    static TAB_IDS: (String, Option<String>) = {
        let session = window().session_storage().ok().flatten();
        let previous = session.as_ref().and_then(|s| s.get_item(TAB_KEY).ok().flatten());
        // A fresh id for every page, even a reload: a duplicated tab copies session storage,
        // and two live pages must never write the same journal.
        let own = new_annotation_id().to_string();
        if let Some(session) = session {
            let _ = session.set_item(TAB_KEY, &own);
        }
        (own, previous)
    };
}

/// A random id of this page, the same for as long as it lives.
pub fn tab_id() -> String {
    TAB_IDS.with(|(own, _)| own.clone())
}

/// The id of the page this tab showed before this one (before a reload), if any.
pub fn previous_tab_id() -> Option<String> {
    TAB_IDS.with(|(_, previous)| previous.clone())
}

/// A fresh UUID v4 from the browser's cryptographic random source (`getRandomValues` works in
/// insecure contexts too, unlike `randomUUID`).
pub fn new_annotation_id() -> AnnotationId {
    let mut bytes = [0u8; 16];
    window()
        .crypto()
        .and_then(|crypto| crypto.get_random_values_with_u8_array(&mut bytes).map(drop))
        .expect("the browser offers crypto.getRandomValues");
    AnnotationId::from_random_bytes(bytes)
}

/// Runs `work` and records how long it took as a User Timing measure named `name` (seen in
/// the browser's performance tools and read by `scripts/bench-app.sh`).
pub fn timed<T>(name: &str, work: impl FnOnce() -> T) -> T {
    let performance = window().performance();
    let start = format!("{name}:start");
    if let Some(p) = &performance {
        let _ = p.mark(&start);
    }
    let result = work();
    if let Some(p) = &performance {
        let _ = p.measure_with_start_mark(name, &start);
        p.clear_marks_with_mark_name(&start);
    }
    result
}

/// Marks a moment (User Timing), e.g. when the app is first ready to annotate.
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(name);
    }
}

/// Records a User Timing measure `name` from the mark `start` until now.
pub fn measure_since(name: &str, start: &str) {
    if let Some(p) = window().performance() {
        let _ = p.measure_with_start_mark(name, start);
    }
}

/// Runs `work` once the next frame has been painted. Work that reads the layout (scrolling
/// an item into view) then finds the page already laid out, instead of forcing a layout that
/// holds back the frame showing the reader's change.
///
/// Until the page's first contentful paint has been shown, "the next frame" is the first frame
/// after it: work started as soon as the first frame is committed (fetching the App's module,
/// installing the service worker) takes the cores of a small machine from rastering that frame.
pub fn after_next_paint(work: impl FnOnce() + 'static) {
    in_a_frame(work, FRAMES_AWAITING_FIRST_PAINT);
}

/// How many frames `after_next_paint` waits at most for the first contentful paint to be
/// reported: a page that is never told of it (one opened in a background tab may not be) still
/// does its work, a few frames late. In traces here it is reported within two frames of the commit.
const FRAMES_AWAITING_FIRST_PAINT: u32 = 20;

fn in_a_frame(work: impl FnOnce() + 'static, frames_left: u32) {
    let in_next_frame = wasm_bindgen::closure::Closure::once_into_js(move || {
        if frames_left > 0 && reports_paints() && !first_contentful_paint_shown() {
            // Not shown yet: a frame or two, while the browser rasters and presents it.
            return in_a_frame(work, frames_left - 1);
        }
        gloo_timers::callback::Timeout::new(0, work).forget();
    });
    // A hidden page has no frames; the work waits with them until the page is shown.
    let _ = window().request_animation_frame(in_next_frame.unchecked_ref());
}

/// Whether the browser reports Paint Timing entries (`PerformanceObserver.supportedEntryTypes`,
/// which web-sys does not bind, lists "paint"); where it does not, only the next frame is
/// waited for.
fn reports_paints() -> bool {
    js_sys::Reflect::get(&window(), &"PerformanceObserver".into())
        .and_then(|observer| js_sys::Reflect::get(&observer, &"supportedEntryTypes".into()))
        .ok()
        .and_then(|types| types.dyn_into::<js_sys::Array>().ok())
        .is_some_and(|types| types.includes(&"paint".into(), 0))
}

/// Whether the first frame that showed text has been presented: its Paint Timing entry is in
/// the timeline once it has, not when the frame was committed.
fn first_contentful_paint_shown() -> bool {
    window().performance().is_none_or(|performance| {
        performance
            .get_entries_by_name("first-contentful-paint")
            .length()
            > 0
    })
}

/// Resolves in a task of its own: awaited between slices of long work, so that the browser
/// paints and handles input in between.
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Scrolls the side column, and only it, so that `item` is in view: the article the reader
/// is working in stays where it is (`scrollIntoView` may scroll the page as well). Where the
/// column does not scroll (a narrow window puts it under the article), nothing moves.
pub fn keep_in_side_column(item: &web_sys::Element) {
    let Some(column) = item.closest(".side-column").ok().flatten() else {
        return;
    };
    let (view, shown) = (
        column.get_bounding_client_rect(),
        item.get_bounding_client_rect(),
    );
    let by = if shown.top() < view.top() {
        shown.top() - view.top()
    } else if shown.bottom() > view.bottom() {
        // As far as needed to show its end, but never past its start.
        (shown.bottom() - view.bottom()).min(shown.top() - view.top())
    } else {
        return;
    };
    column.set_scroll_top(column.scroll_top() + by.round() as i32);
}

/// Whether the reader asked the system for less motion.
pub fn prefers_reduced_motion() -> bool {
    window()
        .match_media("(prefers-reduced-motion: reduce)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
}

/// The browser's localStorage. Every call reports failure instead of throwing: private modes
/// and locked-down browsers refuse access, and a full store refuses writes.
#[derive(Clone, Copy, Debug, Default)]
pub struct BrowserStorage;

impl BrowserStorage {
    fn storage(self) -> Result<Storage, StorageError> {
        match window().local_storage() {
            Ok(Some(storage)) => Ok(storage),
            Ok(None) => Err(StorageError::Unavailable(
                "this browser has no localStorage".into(),
            )),
            Err(error) => Err(StorageError::Unavailable(describe(&error))),
        }
    }
}

impl KeyValueStore for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage()?
            .get_item(key)
            .map_err(|error| StorageError::Unavailable(describe(&error)))
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage()?.set_item(key, value).map_err(|error| {
            let quota = error
                .dyn_ref::<web_sys::DomException>()
                .is_some_and(|e| e.name() == "QuotaExceededError");
            if quota {
                StorageError::QuotaExceeded(describe(&error))
            } else {
                StorageError::Unavailable(describe(&error))
            }
        })
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage()?
            .remove_item(key)
            .map_err(|error| StorageError::Unavailable(describe(&error)))
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = self.storage()?;
        let count = storage
            .length()
            .map_err(|error| StorageError::Unavailable(describe(&error)))?;
        Ok((0..count)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}

fn describe(error: &wasm_bindgen::JsValue) -> String {
    match error.dyn_ref::<web_sys::DomException>() {
        Some(exception) => format!("{}: {}", exception.name(), exception.message()),
        None => error.as_string().unwrap_or_else(|| format!("{error:?}")),
    }
}
