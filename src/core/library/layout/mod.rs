//! How one document's record is laid out in the key-value store (library version 3), so that
//! an autosave writes only what changed.
//!
//! A record is split into:
//! - its manifest, `quotemark:doc:<id>:<generation>`: `{version, id, title, source, added,
//!   text, annotations, undo, redo}` plus, when not empty, `rejected` and `speakers`. `text` is
//!   the key of the document's text (null for the bundled article, which ships with the app);
//!   `annotations`, `undo` and `redo` list the keys of its parts, oldest change first;
//! - its text, `quotemark:text:<id>`, written once: the id is the hash of the text, so a
//!   document's text never changes;
//! - its parts, `quotemark:part:<id>:<generation>:<name>`, each a JSON array: of the
//!   annotations whose id falls in one of [`BUCKETS`] buckets (`a<bucket>`), or of the steps of
//!   one undoable change (`h<n>`). A part is written in the generation that changed it and is
//!   never rewritten; later manifests refer to it for as long as it holds.
//!
//! One edit therefore writes one bucket, at most one change of history, the manifest and the
//! index: a few kilobytes, however many annotations the document has. Version 2's promise
//! holds: a generation's text, parts and manifest are all written before the index points to
//! it, and the parts only the previous manifest used are removed after.
//!
//! Knowing what changed costs no serialisation: [`SaveCache`] remembers the shared annotations
//! and history changes each part holds, and compares them by pointer.
//!
//! Version 2 records (`{version: 2, ..., text, annotations, history}` in one value) are still
//! read; the next save of the document writes it in this layout.
//!
//! The jobs are apart: the cache of what was written (`save_cache.rs`), writing a generation
//! (`write.rs`), reading one (`read.rs`) and removing what none refers to (`sweep.rs`).

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use crate::core::annotation::Annotation;
use crate::core::credit::Credit;
use crate::core::insight::roster::Aliases;
use crate::core::persist::KeyValueStore;
use crate::core::store::History;
use crate::core::suggestions::SuggestionKey;
use crate::core::time::Timestamp;
use crate::json;

mod read;
mod save_cache;
mod sweep;
mod write;

pub use read::HistoryRead;
pub(super) use read::{
    AssembleError, Assembled, PartProblem, annotation_part_keys, assemble, read_history,
};
pub use save_cache::{BUCKETS, SaveCache, StoredParts};
pub(super) use sweep::{remove, sweep};
pub(super) use write::{prepare, write, write_prepared};

const PART_PREFIX: &str = "quotemark:part:";
const TEXT_PREFIX: &str = "quotemark:text:";
pub(super) const RECORD_PREFIX: &str = "quotemark:doc:";
/// The layout version written in a manifest (and the index).
pub const LAYOUT_VERSION: u32 = 3;

/// The key of generation `generation` of document `id`'s manifest (or version 2 record).
pub(super) fn record_key(id: &str, generation: u64) -> String {
    format!("{RECORD_PREFIX}{id}:{generation}")
}

fn text_key(id: &str) -> String {
    format!("{TEXT_PREFIX}{id}")
}

fn part_key(id: &str, generation: u64, name: &str) -> String {
    format!("{PART_PREFIX}{id}:{generation}:{name}")
}

/// A generation's manifest, as stored under its record key.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(in crate::core::library) struct Manifest {
    pub version: u32,
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Credit::is_empty")]
    pub credit: Credit,
    pub added: Timestamp,
    /// The key of the text; `None` for the bundled article.
    pub text: Option<String>,
    pub annotations: Vec<String>,
    pub undo: Vec<String>,
    pub redo: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rejected: Vec<SuggestionKey>,
    #[serde(default, skip_serializing_if = "Aliases::is_empty")]
    pub speakers: Aliases,
}

impl Manifest {
    /// Every key this manifest refers to.
    fn keys(&self) -> impl Iterator<Item = &String> {
        self.text
            .iter()
            .chain(&self.annotations)
            .chain(&self.undo)
            .chain(&self.redo)
    }
}

pub(in crate::core::library) fn read_manifest(
    kv: &dyn KeyValueStore,
    key: &str,
) -> Option<Manifest> {
    let text = kv.get(key).ok()??;
    json::parse(&text).ok()
}

/// What is saved of a document, borrowing the store's shared annotations.
#[derive(Clone, Copy, Debug)]
pub struct Snapshot<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub credit: &'a Credit,
    pub added: &'a Timestamp,
    /// The document's text; `None` for the bundled article.
    pub text: Option<&'a str>,
    pub annotations: &'a [Rc<Annotation>],
    pub history: &'a History,
    pub rejected: &'a [SuggestionKey],
    pub speakers: &'a Aliases,
}
