//! Scripts the first screen does without, loaded the first time they are needed: Readability
//! (issue #18) and PouchDB (issue #19).
//!
//! `scripts/csp-hook.mjs` names each by the hash of its content and lists it in the page as
//! `<link rel="quotemark-module" data-module="NAME">` (which the browser does not fetch, and the
//! service worker caches with the rest of the app). [`load`] adds it as a `<script>` once and
//! resolves when the global it defines is there; every caller during the load waits for the
//! same one, and a load that failed is tried again by the next caller.

use std::cell::RefCell;
use std::collections::BTreeMap;

use js_sys::{Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlScriptElement;

use super::browser::document;

/// Why a script is not there.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NotLoaded {
    /// The page does not list it (a development build without the hook).
    NotListed,
    /// It did not load (offline before it was ever cached).
    Failed,
}

thread_local! {
    /// Each script's load under way, by module name.
    static LOADING: RefCell<BTreeMap<&'static str, Promise>> = const { RefCell::new(BTreeMap::new()) };
}

/// Loads module `name`, whose script defines the global `global`.
pub async fn load(name: &'static str, global: &str) -> Result<(), NotLoaded> {
    if Reflect::has(&js_sys::global(), &global.into()).unwrap_or(false) {
        return Ok(());
    }
    let loading = LOADING.with(|loading| loading.borrow().get(name).cloned());
    let loading = match loading {
        Some(loading) => loading,
        None => {
            let started = start_loading(name)?;
            LOADING.with(|loading| loading.borrow_mut().insert(name, started.clone()));
            started
        }
    };
    if JsFuture::from(loading).await.is_err() {
        LOADING.with(|loading| loading.borrow_mut().remove(name));
        return Err(NotLoaded::Failed);
    }
    Ok(())
}

fn start_loading(name: &str) -> Result<Promise, NotLoaded> {
    let document = document();
    let href = document
        .query_selector(&format!("link[rel=quotemark-module][data-module={name}]"))
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .ok_or(NotLoaded::NotListed)?;
    let script: HtmlScriptElement = document
        .create_element("script")
        .map_err(|_| NotLoaded::Failed)?
        .unchecked_into();
    script.set_src(&href);
    let promise = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document
        .head()
        .ok_or(NotLoaded::Failed)?
        .append_child(&script)
        .map_err(|_| NotLoaded::Failed)?;
    Ok(promise)
}
