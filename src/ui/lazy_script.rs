//! Scripts the first screen does without, loaded the first time they are needed: Readability
//! (issue #18) and PouchDB (issue #19); and the App's style sheet, loaded with the App (#21).
//!
//! `scripts/csp-hook.mjs` names each by the hash of its content and lists it in the page as
//! `<link rel="quotemark-module" data-module="NAME">` (which the browser does not fetch, and the
//! service worker caches with the rest of the app). [`load`] adds it as a `<script>` once and
//! resolves when the global it defines is there; every caller during the load waits for the
//! same one, and a load that failed is tried again by the next caller. [`load_style`] adds the
//! style sheet.

use std::cell::RefCell;
use std::collections::BTreeMap;

use js_sys::{Promise, Reflect};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{HtmlElement, HtmlScriptElement};

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
    let script: HtmlScriptElement = document()
        .create_element("script")
        .map_err(|_| NotLoaded::Failed)?
        .unchecked_into();
    script.set_src(&listed_href(name)?);
    appended(&script)
}

/// Starts loading the style sheet listed as module `name` (the App's, `app-style`), and gives
/// what resolves when its rules apply. Called once, as the App's module is asked for.
pub fn load_style(name: &str) -> Result<JsFuture, NotLoaded> {
    let href = listed_href(name)?;
    let link: HtmlElement = document()
        .create_element("link")
        .map_err(|_| NotLoaded::Failed)?
        .unchecked_into();
    link.set_attribute("rel", "stylesheet")
        .and_then(|()| link.set_attribute("href", &href))
        .map_err(|_| NotLoaded::Failed)?;
    appended(&link).map(JsFuture::from)
}

/// The address the page lists for module `name`.
fn listed_href(name: &str) -> Result<String, NotLoaded> {
    document()
        .query_selector(&format!("link[rel=quotemark-module][data-module={name}]"))
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .ok_or(NotLoaded::NotListed)
}

/// Appends `element` (a script or a style sheet) to the page's head, and gives what resolves
/// when it has loaded and rejects when it has not.
fn appended(element: &HtmlElement) -> Result<Promise, NotLoaded> {
    let promise = Promise::new(&mut |resolve, reject| {
        element.set_onload(Some(&resolve));
        element.set_onerror(Some(&reject));
    });
    document()
        .head()
        .ok_or(NotLoaded::Failed)?
        .append_child(element)
        .map_err(|_| NotLoaded::Failed)?;
    Ok(promise)
}
