//! Mozilla Readability (`@mozilla/readability` 0.6 from npm, the extractor of Firefox's Reader
//! View), loaded the first time a reader opens an HTML page and run on the page as `DOMParser`
//! built it.
//!
//! The script is not part of the first screen: [`find_article`] loads it when first needed
//! (`lazy_script`); a load that fails is tried again on the next page. The four metadata strings are read with `Reflect` (reading them with
//! `serde-wasm-bindgen` put 10 KB gzip into the first screen's module, measured); the article
//! itself stays an element, so that its blocks can be walked without parsing it again.

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use web_sys::{Document, Element};

use super::lazy_script::{self, NotLoaded};

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

/// Runs Readability on `page` (which it changes): `Ok(None)` when it finds no article.
pub async fn find_article(page: &Document) -> Result<Option<Found>, Unavailable> {
    lazy_script::load("readability", "Readability")
        .await
        .map_err(|not_loaded| match not_loaded {
            NotLoaded::NotListed => Unavailable::NotListed,
            NotLoaded::Failed => Unavailable::NotLoaded,
        })?;
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
