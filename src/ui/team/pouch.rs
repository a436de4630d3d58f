//! PouchDB (npm `pouchdb` 9.0.0, its browser build), called through wasm-bindgen: the team's
//! replica in IndexedDB, the team's database on its server, and live sync between them.
//! Loaded the first time a team project is opened (`lazy_script`); documents cross as
//! `serde-wasm-bindgen` values of the types of `core::team::docs`.
//!
//! The remote database is reached with the browser's cookies (`credentials: "include"`), so
//! the session `_session` began is the one sync uses; the password never reaches PouchDB.

use js_sys::{Array, Function, Object, Promise, Reflect};
use serde::Serialize;
use serde::de::DeserializeOwned;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

use super::super::lazy_script::{self, NotLoaded};

/// How many documents sync moves in one batch (PouchDB's default). A coder's layer of an
/// article holds some tens of annotations: 100 layers are about 1.2 MB, which PouchDB takes in
/// without a task over 50 ms on the page's thread; batches of 50 took longer for no gain
/// (docs/PERFORMANCE.md, "Teams").
const BATCH_SIZE: u32 = 100;

#[wasm_bindgen]
extern "C" {
    /// A PouchDB database: local (IndexedDB) or remote (an address).
    #[wasm_bindgen(js_name = PouchDB)]
    pub type Pouch;
    #[wasm_bindgen(constructor, js_class = PouchDB, catch)]
    fn open(name: &str, options: &JsValue) -> Result<Pouch, JsValue>;
    #[wasm_bindgen(static_method_of = Pouch, js_class = PouchDB, js_name = fetch)]
    fn pouch_fetch(url: &JsValue, options: &JsValue) -> Promise;
    #[wasm_bindgen(method, js_name = bulkDocs)]
    fn bulk_docs(this: &Pouch, docs: &JsValue) -> Promise;
    #[wasm_bindgen(method, js_name = allDocs)]
    fn all_docs(this: &Pouch, options: &JsValue) -> Promise;
    #[wasm_bindgen(method, js_name = get)]
    fn get_doc(this: &Pouch, id: &str, options: &JsValue) -> Promise;
    #[wasm_bindgen(method, js_name = put)]
    fn put_doc(this: &Pouch, doc: &JsValue) -> Promise;
    #[wasm_bindgen(method)]
    fn changes(this: &Pouch, options: &JsValue) -> Emitter;
    #[wasm_bindgen(method)]
    fn sync(this: &Pouch, remote: &Pouch, options: &JsValue) -> Emitter;

    /// A live changes feed or sync, which reports by events until cancelled.
    pub type Emitter;
    #[wasm_bindgen(method)]
    fn on(this: &Emitter, event: &str, handler: &Function) -> Emitter;
    #[wasm_bindgen(method)]
    pub fn cancel(this: &Emitter);
}

/// Loads PouchDB's script (once).
pub async fn load() -> Result<(), NotLoaded> {
    lazy_script::load("pouchdb", "PouchDB").await
}

fn options(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = Object::new();
    for (key, value) in pairs {
        // Setting a property on a new plain object cannot fail.
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}

impl Pouch {
    /// The replica named `name` in this browser's IndexedDB.
    pub fn local(name: &str) -> Result<Pouch, JsValue> {
        Pouch::open(name, &JsValue::UNDEFINED)
    }

    /// The database at `url`, reached with the browser's cookies; never created from here.
    pub fn remote(url: &str) -> Result<Pouch, JsValue> {
        let with_cookies =
            Closure::<dyn Fn(JsValue, JsValue) -> Promise>::new(|url: JsValue, init: JsValue| {
                let _ = Reflect::set(&init, &"credentials".into(), &"include".into());
                Pouch::pouch_fetch(&url, &init)
            });
        let opened = Pouch::open(
            url,
            &options(&[
                ("fetch", with_cookies.as_ref().clone()),
                ("skip_setup", true.into()),
            ]),
        );
        // The database keeps calling it for as long as the page lives.
        with_cookies.forget();
        opened
    }

    /// Writes `docs` (each a document or a deletion); gives each one's outcome.
    pub async fn write<T: Serialize>(&self, docs: &[T]) -> Result<Vec<WriteOutcome>, JsValue> {
        // Plain objects, not `Map`s, as JSON has them.
        let docs = docs
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(JsValue::from)?;
        let results = JsFuture::from(self.bulk_docs(&docs)).await?;
        Ok(Array::from(&results)
            .iter()
            .map(|result| {
                let text = |key: &str| {
                    Reflect::get(&result, &key.into())
                        .ok()
                        .and_then(|v| v.as_string())
                };
                WriteOutcome {
                    id: text("id").unwrap_or_default(),
                    rev: text("rev"),
                    reason: text("reason").or_else(|| text("message")),
                }
            })
            .collect())
    }

    /// The document `id`, read as `T`; `None` when there is none or it does not read.
    pub async fn doc<T: DeserializeOwned>(&self, id: &str) -> Option<T> {
        let found = JsFuture::from(self.get_doc(id, &JsValue::UNDEFINED))
            .await
            .ok()?;
        serde_wasm_bindgen::from_value(found).ok()
    }

    /// Writes one document (a `_local` one too); gives its new revision.
    pub async fn put<T: Serialize>(&self, doc: &T) -> Result<String, JsValue> {
        let doc = doc
            .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
            .map_err(JsValue::from)?;
        let written = JsFuture::from(self.put_doc(&doc)).await?;
        Ok(Reflect::get(&written, &"rev".into())?
            .as_string()
            .unwrap_or_default())
    }

    /// Starts reading every document whose id starts with `prefix` (with the revisions each
    /// conflicts with, if `conflicts`), so that several reads go on at once.
    pub fn reading(&self, prefix: &str, conflicts: bool) -> Reading {
        Reading(self.all_docs(&options(&[
            ("startkey", prefix.into()),
            // The highest code point CouchDB collates: every id with the prefix sorts before.
            ("endkey", format!("{prefix}\u{fff0}").into()),
            ("include_docs", true.into()),
            ("conflicts", conflicts.into()),
        ])))
    }

    /// Every document whose id starts with `prefix`, read as `T` (those that do not read are
    /// left out).
    pub async fn docs_starting<T: DeserializeOwned>(
        &self,
        prefix: &str,
    ) -> Result<Vec<T>, JsValue> {
        self.docs_of(self.reading(prefix, false)).await
    }

    /// The documents `reading` finds, read as `T` (those that do not read are left out).
    pub async fn docs_of<T: DeserializeOwned>(&self, reading: Reading) -> Result<Vec<T>, JsValue> {
        let rows = reading.rows().await?;
        Ok(rows
            .iter()
            .filter_map(|row| Reflect::get(&row, &"doc".into()).ok())
            .filter_map(|doc| serde_wasm_bindgen::from_value(doc).ok())
            .collect())
    }

    /// Every document whose id starts with `prefix`, read as `T`, each with the revisions it
    /// conflicts with (CouchDB's `_conflicts`: kept, not chosen), read as `T` too.
    pub async fn docs_with_conflicts<T: DeserializeOwned>(
        &self,
        prefix: &str,
    ) -> Result<Vec<(T, Vec<T>)>, JsValue> {
        self.docs_with_conflicts_of(self.reading(prefix, true))
            .await
    }

    /// The documents `reading` (started with `conflicts`) finds, each with the revisions it
    /// conflicts with, read as `T`.
    pub async fn docs_with_conflicts_of<T: DeserializeOwned>(
        &self,
        reading: Reading,
    ) -> Result<Vec<(T, Vec<T>)>, JsValue> {
        let rows = reading.rows().await?;
        let mut out = Vec::new();
        for row in rows.iter() {
            let Ok(doc) = Reflect::get(&row, &"doc".into()) else {
                continue;
            };
            let Ok(read) = serde_wasm_bindgen::from_value::<T>(doc.clone()) else {
                continue;
            };
            let id = Reflect::get(&doc, &"_id".into())?
                .as_string()
                .unwrap_or_default();
            let revs = Reflect::get(&doc, &"_conflicts".into())
                .ok()
                .filter(|c| c.is_object())
                .map(|c| Array::from(&c))
                .unwrap_or_default();
            let mut others = Vec::new();
            for rev in revs.iter() {
                let other = JsFuture::from(self.get_doc(&id, &options(&[("rev", rev)]))).await?;
                if let Ok(other) = serde_wasm_bindgen::from_value::<T>(other) {
                    others.push(other);
                }
            }
            out.push((read, others));
        }
        Ok(out)
    }

    /// The ids of every document whose id starts with `prefix`.
    pub async fn ids_starting(&self, prefix: &str) -> Result<Vec<String>, JsValue> {
        let rows = self.rows(prefix, false).await?;
        Ok(rows
            .iter()
            .filter_map(|row| Reflect::get(&row, &"id".into()).ok()?.as_string())
            .collect())
    }

    async fn rows(&self, prefix: &str, include_docs: bool) -> Result<Array, JsValue> {
        let found = JsFuture::from(self.all_docs(&options(&[
            ("startkey", prefix.into()),
            ("endkey", format!("{prefix}\u{fff0}").into()),
            ("include_docs", include_docs.into()),
        ])))
        .await?;
        Ok(Reflect::get(&found, &"rows".into())?.into())
    }

    /// Calls `on_change` after every change written to this database from now on.
    pub fn watch(&self, on_change: &Function) -> Emitter {
        let feed = self.changes(&options(&[("since", "now".into()), ("live", true.into())]));
        feed.on("change", on_change);
        feed
    }

    /// Live sync in both directions with `remote`, trying again after errors, `back_off`
    /// (the last wait in milliseconds → the next) apart.
    pub fn sync_with(&self, remote: &Pouch, back_off: &JsValue) -> Emitter {
        self.sync(
            remote,
            &options(&[
                ("live", true.into()),
                ("retry", true.into()),
                ("back_off_function", back_off.clone()),
                ("batch_size", BATCH_SIZE.into()),
            ]),
        )
    }
}

impl Emitter {
    /// One direction of a sync (`"push"` or `"pull"`), a replication of its own.
    pub fn direction(&self, name: &str) -> Option<Emitter> {
        Reflect::get(self, &name.into())
            .ok()
            .filter(|replication| replication.is_object())
            .map(JsCast::unchecked_into)
    }

    /// Calls `handler` with each `event`'s value.
    pub fn listen(&self, event: &str, handler: &Function) {
        self.on(event, handler);
    }
}

/// A read of the replica under way ([`Pouch::reading`]).
pub struct Reading(Promise);

impl Reading {
    async fn rows(self) -> Result<Array, JsValue> {
        let found = JsFuture::from(self.0).await?;
        Ok(Reflect::get(&found, &"rows".into())?.into())
    }
}

/// How one write went: its new revision, or why it was refused.
#[derive(Debug)]
pub struct WriteOutcome {
    pub id: String,
    pub rev: Option<String>,
    pub reason: Option<String>,
}
