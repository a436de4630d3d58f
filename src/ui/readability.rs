//! Mozilla Readability (`@mozilla/readability` 0.6 from npm, the extractor of Firefox's Reader
//! View), loaded the first time a reader opens an HTML page and run on the page as `DOMParser`
//! built it.
//!
//! The script is not part of the first screen: `scripts/csp-hook.mjs` names it by the hash of
//! its content and lists it in the page as `<link rel="quotemark-module" data-module=
//! "readability">` (which the browser does not fetch, and the service worker caches with the
//! rest of the app), and [`find_article`] adds it as a `<script>` when first needed (the
//! Content-Security-Policy allows scripts of the app's own origin). A load that fails is tried
//! again on the next page. The four metadata strings are read with `Reflect` (reading them with
//! `serde-wasm-bindgen` put 10 KB gzip into the first screen's module, measured); the article
//! itself stays an element, so that its blocks can be walked without parsing it again.

use std::cell::RefCell;

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Document, Element, HtmlScriptElement};

use super::browser::document;

#[wasm_bindgen]
extern "C" {
    /// Readability's class, a global once its script has run.
    type Readability;
    #[wasm_bindgen(constructor, catch)]
    fn new(page: &Document, options: &JsValue) -> Result<Readability, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn parse(this: &Readability) -> Result<JsValue, JsValue>;
}

/// What Readability found: the article's element and the page's metadata.
pub struct Found {
    pub article: Element,
    pub metadata: ReadMetadata,
}

/// The metadata Readability reads (JSON-LD, Open Graph, Dublin Core, Parse.ly, `<meta>`,
/// `<title>` without the site name).
#[derive(Debug, Default)]
pub struct ReadMetadata {
    pub title: Option<String>,
    pub byline: Option<String>,
    pub site_name: Option<String>,
    pub published_time: Option<String>,
}

/// Why no article could be looked for.
#[derive(Debug)]
pub enum Unavailable {
    /// The page does not list the script (a development build without the hook).
    NotListed,
    /// The script did not load (offline before it was ever cached).
    NotLoaded,
    /// Readability threw on this page.
    Failed,
}

thread_local! {
    /// The script's load, shared by every page opened while it is under way.
    static LOADING: RefCell<Option<Promise>> = const { RefCell::new(None) };
}

/// Runs Readability on `page` (which it changes): `Ok(None)` when it finds no article.
pub async fn find_article(page: &Document) -> Result<Option<Found>, Unavailable> {
    load().await?;
    let options = Object::new();
    // The article as an element rather than as HTML text.
    let keep_element = Closure::<dyn Fn(JsValue) -> JsValue>::new(|element| element);
    Reflect::set(&options, &"serializer".into(), keep_element.as_ref())
        .map_err(|_| Unavailable::Failed)?;
    let parsed = Readability::new(page, &options)
        .and_then(|reader| reader.parse())
        .map_err(|_| Unavailable::Failed)?;
    if parsed.is_null() || parsed.is_undefined() {
        return Ok(None);
    }
    let text = |field: &str| {
        Reflect::get(&parsed, &field.into())
            .ok()
            .and_then(|value| value.as_string())
    };
    let metadata = ReadMetadata {
        title: text("title"),
        byline: text("byline"),
        site_name: text("siteName"),
        published_time: text("publishedTime"),
    };
    let article = Reflect::get(&parsed, &"content".into())
        .ok()
        .and_then(|content| content.dyn_into::<Element>().ok());
    Ok(article.map(|article| Found { article, metadata }))
}

async fn load() -> Result<(), Unavailable> {
    if Reflect::has(&js_sys::global(), &"Readability".into()).unwrap_or(false) {
        return Ok(());
    }
    let loading = LOADING.with(|loading| loading.borrow().clone());
    let loading = match loading {
        Some(loading) => loading,
        None => {
            let started = start_loading()?;
            LOADING.with(|loading| *loading.borrow_mut() = Some(started.clone()));
            started
        }
    };
    let loaded = JsFuture::from(loading).await;
    if loaded.is_err() {
        // The next page tries again.
        LOADING.with(|loading| *loading.borrow_mut() = None);
        return Err(Unavailable::NotLoaded);
    }
    Ok(())
}

fn start_loading() -> Result<Promise, Unavailable> {
    let document = document();
    let href = document
        .query_selector("link[rel=quotemark-module][data-module=readability]")
        .ok()
        .flatten()
        .and_then(|link| link.get_attribute("href"))
        .ok_or(Unavailable::NotListed)?;
    let script: HtmlScriptElement = document
        .create_element("script")
        .map_err(|_| Unavailable::NotLoaded)?
        .unchecked_into();
    script.set_src(&href);
    let promise = Promise::new(&mut |resolve, reject| {
        script.set_onload(Some(&resolve));
        script.set_onerror(Some(&reject));
    });
    document
        .head()
        .ok_or(Unavailable::NotLoaded)?
        .append_child(&script)
        .map_err(|_| Unavailable::NotLoaded)?;
    Ok(promise)
}
