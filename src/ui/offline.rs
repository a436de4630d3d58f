//! Installable and offline (issue #10): registers the service worker (`static/sw.js`) and
//! tells whether this visit runs a new version of the app.
//!
//! The service worker is registered relative to the page, so the app works under any sub-path.
//! It caches only the app's own files; the reader's annotations stay in localStorage.

use super::browser::{after_next_paint, document, window};
use crate::core::persist::KeyValueStore;

/// The key under which the last version seen is remembered (the wasm file's name, which
/// Trunk makes from its content hash, so it changes with every new build).
const SEEN_BUILD_KEY: &str = "quotemark:app-build";

/// Asks the browser to install the service worker, where it can (a secure context: https or
/// 127.0.0.1), once the app's first frame is painted: installing fetches the app's files again,
/// which on a first visit would compete with starting the app. Failing to is not an error for
/// the reader: the app works online without it.
pub fn register_service_worker() {
    after_next_paint(register_now);
}

fn register_now() {
    let navigator = window().navigator();
    let supported = js_sys::Reflect::has(&navigator, &"serviceWorker".into()).unwrap_or(false);
    if supported && window().is_secure_context() {
        let promise = navigator.service_worker().register("sw.js");
        wasm_bindgen_futures::spawn_local(async move {
            let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        });
    }
}

/// The build this page runs: the name of its wasm file.
fn running_build() -> Option<String> {
    let link = document()
        .query_selector("link[rel=preload][href$='.wasm']")
        .ok()
        .flatten()?;
    let href = link.get_attribute("href")?;
    Some(href.rsplit('/').next().unwrap_or(&href).to_owned())
}

/// Whether the reader used another version of Quotemark on an earlier visit; remembers this one.
pub fn updated_since_last_visit(kv: &dyn KeyValueStore) -> bool {
    let Some(running) = running_build() else {
        return false;
    };
    let seen = kv.get(SEEN_BUILD_KEY).ok().flatten();
    if seen.as_deref() != Some(running.as_str()) {
        let _ = kv.set(SEEN_BUILD_KEY, &running);
    }
    seen.is_some_and(|seen| seen != running)
}
