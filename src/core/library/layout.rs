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

use std::collections::HashSet;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::{DocumentRecord, RECORD_VERSION, record_key};
use crate::core::annotation::Annotation;
use crate::core::insight::roster::Aliases;
use crate::core::persist::{KeyValueStore, SAVED_HISTORY_LIMIT, StorageError};
use crate::core::store::{AnnotationStore, Change, History, Step};
use crate::core::suggestions::SuggestionKey;

/// How many buckets a document's annotations are spread over. 5,000 annotations make
/// buckets of about 80 (some 30 KB of JSON), so an edit rewrites about that much.
pub const BUCKETS: usize = 64;
const PART_PREFIX: &str = "quotemark:part:";
/// How [`assemble`] says that a manifest's text is missing (see [`text_is_missing`]).
const MISSING_TEXT: &str = "its text is missing from storage";
const TEXT_PREFIX: &str = "quotemark:text:";
/// The layout version written in a manifest (and the index).
pub const LAYOUT_VERSION: u32 = 3;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub(super) struct Manifest {
    pub version: u32,
    pub id: String,
    pub title: String,
    #[serde(default)]
    pub source: Option<String>,
    pub added: String,
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

/// What is saved of a document, borrowing the store's shared annotations.
#[derive(Clone, Copy, Debug)]
pub struct Snapshot<'a> {
    pub id: &'a str,
    pub title: &'a str,
    pub source: Option<&'a str>,
    pub added: &'a str,
    /// The document's text; `None` for the bundled article.
    pub text: Option<&'a str>,
    pub annotations: &'a [Rc<Annotation>],
    pub history: &'a History,
    pub rejected: &'a [SuggestionKey],
    pub speakers: &'a Aliases,
}

/// What the last save of one document wrote, so that the next writes only what changed.
#[derive(Clone, Debug, Default)]
pub struct SaveCache {
    last: Option<Written>,
}

/// Where a record read from storage keeps its annotations and history: the keys its manifest
/// lists. Only a version 3 record read whole has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredParts {
    generation: u64,
    annotations: Vec<String>,
    undo: Vec<String>,
    redo: Vec<String>,
}

impl SaveCache {
    /// What storage holds of a record just opened as `store`, so that the first save after
    /// opening writes only what changed too. `store` must be the record's store as read (its
    /// annotations and history), before any edit.
    pub fn after_open(id: &str, parts: &StoredParts, store: &AnnotationStore) -> Self {
        let grouped = by_bucket(store.iter_shared());
        let mut buckets = vec![None; BUCKETS];
        for key in &parts.annotations {
            let bucket = key
                .rsplit(':')
                .next()
                .and_then(|name| name.strip_prefix('a'))
                .and_then(|b| b.parse::<usize>().ok())
                .filter(|&b| b < BUCKETS);
            if let Some(b) = bucket.filter(|&b| !grouped[b].is_empty()) {
                buckets[b] = Some((grouped[b].clone(), key.clone()));
            }
        }
        Self {
            last: Some(Written {
                id: id.to_owned(),
                generation: parts.generation,
                buckets,
                changes: stored_changes(parts, &store.history(SAVED_HISTORY_LIMIT)),
            }),
        }
    }

    /// This cache, made by [`SaveCache::after_open`] for a record opened without its history
    /// ([`HistoryRead::Later`]), now also knowing the history read since ([`read_history`]), so
    /// that the first save does not write it again. Its annotations stay as they were opened,
    /// whatever was edited since.
    pub fn with_history(&self, parts: &StoredParts, history: &History) -> Self {
        let mut cache = self.clone();
        if let Some(written) = cache.last.as_mut() {
            written.changes = stored_changes(parts, history);
        }
        cache
    }

    /// Whether this remembers generation `generation` of document `id`.
    pub fn covers(&self, id: &str, generation: u64) -> bool {
        self.last
            .as_ref()
            .is_some_and(|w| w.id == id && w.generation == generation)
    }
}

#[derive(Clone, Debug)]
struct Written {
    id: String,
    generation: u64,
    /// Per bucket, the annotations its part holds and the part's key.
    buckets: Vec<Option<(Vec<Rc<Annotation>>, String)>>,
    /// Each history change written, with its part's key.
    changes: Vec<(Change, String)>,
}

impl Written {
    fn bucket(&self, bucket: usize, annotations: &[Rc<Annotation>]) -> Option<&str> {
        let (held, key) = self.buckets[bucket].as_ref()?;
        let same = held.len() == annotations.len()
            && held.iter().zip(annotations).all(|(a, b)| Rc::ptr_eq(a, b));
        same.then_some(key.as_str())
    }

    /// The key of the part holding `change`: the very same shared change, as the store keeps
    /// it from the save or the read that recorded it.
    fn change(&self, change: &Change) -> Option<&str> {
        self.changes
            .iter()
            .find(|(held, _)| Rc::ptr_eq(held, change))
            .map(|(_, key)| key.as_str())
    }
}

/// Each change of `history` with the key of the part that holds it, when `history` is the one
/// `parts` lists (as many changes on each stack); otherwise none.
fn stored_changes(parts: &StoredParts, history: &History) -> Vec<(Change, String)> {
    let fits = history.undo.len() == parts.undo.len() && history.redo.len() == parts.redo.len();
    if !fits {
        return Vec::new();
    }
    history
        .undo
        .iter()
        .cloned()
        .zip(parts.undo.iter().cloned())
        .chain(history.redo.iter().cloned().zip(parts.redo.iter().cloned()))
        .collect()
}

/// The bucket of an annotation id: FNV-1a, so that it is the same in every build.
fn bucket_of(id: &str) -> usize {
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    // The high bits: FNV's low bits depend only on the low bits of each byte.
    ((hash >> 32) % BUCKETS as u64) as usize
}

/// The annotations of each bucket, in the order given.
fn by_bucket<'a>(
    annotations: impl Iterator<Item = &'a Rc<Annotation>>,
) -> Vec<Vec<Rc<Annotation>>> {
    let mut grouped = vec![Vec::new(); BUCKETS];
    for annotation in annotations {
        grouped[bucket_of(annotation.id.as_str())].push(annotation.clone());
    }
    grouped
}

fn text_key(id: &str) -> String {
    format!("{TEXT_PREFIX}{id}")
}

fn part_key(id: &str, generation: u64, name: &str) -> String {
    format!("{PART_PREFIX}{id}:{generation}:{name}")
}

/// Writes generation `generation` of a document, then calls `commit` (which points the index
/// at it), then removes what only generation `previous` used. When anything fails, what this
/// call wrote is removed again and generation `previous` stays whole.
pub(super) fn write(
    kv: &dyn KeyValueStore,
    snapshot: &Snapshot,
    previous: u64,
    generation: u64,
    cache: &mut SaveCache,
    commit: impl FnOnce() -> Result<(), StorageError>,
) -> Result<(), StorageError> {
    let id = snapshot.id;
    let before = (previous > 0)
        .then(|| read_manifest(kv, &record_key(id, previous)))
        .flatten();
    let known = cache
        .last
        .as_ref()
        .filter(|w| w.id == id && w.generation == previous);
    let mut written = Vec::new();
    let result = write_parts(
        kv,
        snapshot,
        generation,
        before.as_ref(),
        known,
        &mut written,
    )
    .and_then(|(manifest, next)| {
        let manifest_text = serde_json::to_string(&manifest).expect("manifests always serialise");
        let key = record_key(id, generation);
        kv.set(&key, &manifest_text)?;
        written.push(key);
        commit()?;
        Ok((manifest, next))
    });
    let (manifest, next) = match result {
        Ok(done) => done,
        Err(error) => {
            for key in &written {
                let _ = kv.remove(key);
            }
            return Err(error);
        }
    };
    if previous > 0 {
        let _ = kv.remove(&record_key(id, previous));
    }
    if let Some(before) = before {
        let kept: Vec<&String> = manifest.keys().collect();
        for key in before.keys().filter(|k| !kept.contains(k)) {
            let _ = kv.remove(key);
        }
    }
    cache.last = Some(next);
    Ok(())
}

/// Writes the text (when the previous generation lacks it) and every part that changed, and
/// returns the manifest and what the cache should remember. The keys written are pushed to
/// `written` as they are.
fn write_parts(
    kv: &dyn KeyValueStore,
    snapshot: &Snapshot,
    generation: u64,
    before: Option<&Manifest>,
    known: Option<&Written>,
    written: &mut Vec<String>,
) -> Result<(Manifest, Written), StorageError> {
    let id = snapshot.id;
    let mut write = |key: String, value: &str| -> Result<String, StorageError> {
        kv.set(&key, value)?;
        written.push(key.clone());
        Ok(key)
    };
    let text = match snapshot.text {
        None => None,
        Some(text) => match before.and_then(|m| m.text.clone()) {
            Some(key) => Some(key),
            None => Some(write(text_key(id), text)?),
        },
    };

    let grouped = by_bucket(snapshot.annotations.iter());
    let mut buckets = Vec::with_capacity(BUCKETS);
    let mut annotation_keys = Vec::new();
    for (bucket, annotations) in grouped.into_iter().enumerate() {
        if annotations.is_empty() {
            buckets.push(None);
            continue;
        }
        let key = match known.and_then(|k| k.bucket(bucket, &annotations)) {
            Some(key) => key.to_owned(),
            None => write(
                part_key(id, generation, &format!("a{bucket}")),
                &serde_json::to_string(&annotations).expect("annotations always serialise"),
            )?,
        };
        annotation_keys.push(key.clone());
        buckets.push(Some((annotations, key)));
    }

    let mut changes = Vec::new();
    let mut change_keys = |stack: &[Change]| -> Result<Vec<String>, StorageError> {
        let mut keys = Vec::with_capacity(stack.len());
        for steps in stack {
            let key = match known.and_then(|k| k.change(steps)) {
                Some(key) => key.to_owned(),
                None => write(
                    part_key(id, generation, &format!("h{}", changes.len())),
                    &serde_json::to_string(steps).expect("history always serialises"),
                )?,
            };
            changes.push((steps.clone(), key.clone()));
            keys.push(key);
        }
        Ok(keys)
    };
    let undo = change_keys(&snapshot.history.undo)?;
    let redo = change_keys(&snapshot.history.redo)?;

    let manifest = Manifest {
        version: LAYOUT_VERSION,
        id: id.to_owned(),
        title: snapshot.title.to_owned(),
        source: snapshot.source.map(str::to_owned),
        added: snapshot.added.to_owned(),
        text,
        annotations: annotation_keys,
        undo,
        redo,
        rejected: snapshot.rejected.to_vec(),
        speakers: snapshot.speakers.clone(),
    };
    let next = Written {
        id: id.to_owned(),
        generation,
        buckets,
        changes,
    };
    Ok((manifest, next))
}

fn read_manifest(kv: &dyn KeyValueStore, key: &str) -> Option<Manifest> {
    let text = kv.get(key).ok()??;
    serde_json::from_str(&text).ok()
}

/// A part of a record that could not be read; the rest of the record was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct PartProblem {
    pub key: String,
    pub error: String,
    /// What storage holds under the key, if anything, so that it can be backed up.
    pub stored: Option<String>,
}

/// A record read from storage.
pub(super) struct Assembled {
    pub record: DocumentRecord,
    /// Its parts that could not be read.
    pub problems: Vec<PartProblem>,
    /// Where it is stored, when it was read whole from the version 3 layout.
    pub parts: Option<StoredParts>,
}

/// Whether reading a version 3 record reads its undo history now, or leaves it in storage for
/// [`read_history`] (a long article's history can be as large as its annotations, and the
/// first screen does not need it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HistoryRead {
    Now,
    Later,
}

/// Reads a record from its stored value: a version 2 record whole, or a version 3 manifest
/// with its text and parts (its history only with [`HistoryRead::Now`]). `Err` when the value
/// itself cannot be read; parts that cannot be read are left out and reported (a history
/// change that cannot be read drops the history, which would not fit the annotations without
/// it).
pub(super) fn assemble(
    kv: &dyn KeyValueStore,
    stored: &str,
    generation: u64,
    history: HistoryRead,
) -> Result<Assembled, String> {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let version = serde_json::from_str::<VersionOnly>(stored)
        .map_err(|e| e.to_string())?
        .version;
    if version < LAYOUT_VERSION {
        return serde_json::from_str::<DocumentRecord>(stored)
            .map(|record| Assembled {
                record,
                problems: Vec::new(),
                parts: None,
            })
            .map_err(|e| e.to_string());
    }
    let manifest: Manifest = serde_json::from_str(stored).map_err(|e| e.to_string())?;
    let mut problems = Vec::new();
    let mut read = |key: &String| -> Option<String> {
        match kv.get(key) {
            Ok(Some(value)) => Some(value),
            Ok(None) => {
                problems.push(PartProblem {
                    key: key.clone(),
                    error: "it is missing".into(),
                    stored: None,
                });
                None
            }
            Err(error) => {
                problems.push(PartProblem {
                    key: key.clone(),
                    error: error.to_string(),
                    stored: None,
                });
                None
            }
        }
    };
    let text = match &manifest.text {
        None => None,
        Some(key) => match read(key) {
            Some(text) => Some(text),
            // Without its text a document cannot be shown. Its parts are left as they are: the
            // caller keeps the record read-only, so no save removes them.
            None => return Err(format!("{MISSING_TEXT} ({key})")),
        },
    };
    let mut parsed = Vec::new();
    for key in &manifest.annotations {
        if let Some(value) = read(key) {
            parsed.push((key, value));
        }
    }
    let mut annotations = Vec::new();
    for (key, value) in parsed {
        match serde_json::from_str::<Vec<Annotation>>(&value) {
            Ok(part) => annotations.extend(part),
            Err(error) => problems.push(PartProblem {
                key: key.clone(),
                error: error.to_string(),
                stored: Some(value),
            }),
        }
    }
    let (history, history_readable) = match history {
        HistoryRead::Now => match read_changes(kv, &manifest.undo, &manifest.redo) {
            Ok(history) => (history, true),
            // Only what storage holds is reported (and backed up); a missing change drops
            // the history quietly.
            Err(unread) => {
                problems.extend(unread.into_iter().filter(|p| p.stored.is_some()));
                (History::default(), false)
            }
        },
        HistoryRead::Later => (History::default(), true),
    };
    let parts = (problems.is_empty() && history_readable).then(|| StoredParts {
        generation,
        annotations: manifest.annotations.clone(),
        undo: manifest.undo.clone(),
        redo: manifest.redo.clone(),
    });
    let record = DocumentRecord {
        version: RECORD_VERSION,
        id: manifest.id,
        title: manifest.title,
        source: manifest.source,
        added: manifest.added,
        text,
        annotations,
        history,
        rejected: manifest.rejected,
        speakers: manifest.speakers,
    };
    Ok(Assembled {
        record,
        problems,
        parts,
    })
}

/// Reads the undo and redo stacks stored under `undo` and `redo`. `Err` with every change
/// that is missing (`stored: None`) or unreadable when any is: the history would not fit the
/// annotations without it.
fn read_changes(
    kv: &dyn KeyValueStore,
    undo: &[String],
    redo: &[String],
) -> Result<History, Vec<PartProblem>> {
    let mut problems = Vec::new();
    let mut stack = |keys: &[String]| -> Vec<Change> {
        let mut changes = Vec::with_capacity(keys.len());
        for key in keys {
            let Ok(Some(value)) = kv.get(key) else {
                problems.push(PartProblem {
                    key: key.clone(),
                    error: "it is missing".into(),
                    stored: None,
                });
                continue;
            };
            match serde_json::from_str::<Vec<Step>>(&value) {
                Ok(steps) => changes.push(steps.into()),
                Err(error) => problems.push(PartProblem {
                    key: key.clone(),
                    error: error.to_string(),
                    stored: Some(value),
                }),
            }
        }
        changes
    };
    let history = History {
        undo: stack(undo),
        redo: stack(redo),
    };
    if problems.is_empty() {
        Ok(history)
    } else {
        Err(problems)
    }
}

/// Reads the history of a record opened with [`HistoryRead::Later`], from the parts it was
/// opened from. `Err` with what could not be read when any change is missing or unreadable:
/// the history is dropped then, as [`assemble`] drops it.
pub(super) fn read_history(
    kv: &dyn KeyValueStore,
    parts: &StoredParts,
) -> Result<History, Vec<PartProblem>> {
    read_changes(kv, &parts.undo, &parts.redo)
}

/// Whether an error of [`assemble`] is a readable manifest whose text is missing: its parts
/// still hold the annotations, so the record must stay read-only rather than be replaced.
pub(super) fn text_is_missing(error: &str) -> bool {
    error.starts_with(MISSING_TEXT)
}

/// Removes a record's manifest and everything it refers to.
pub(super) fn remove(kv: &dyn KeyValueStore, id: &str, generation: u64) {
    let key = record_key(id, generation);
    if let Some(manifest) = read_manifest(kv, &key) {
        for part in manifest.keys() {
            let _ = kv.remove(part);
        }
    }
    let _ = kv.remove(&key);
}

/// Removes parts that no current manifest refers to, left by a tab closed in the middle of a
/// save. Only parts of listed documents, of generations up to the current one, are touched:
/// a save another tab is making at this moment (of a later generation, or of a document not
/// listed yet) is left alone. Returns how many were removed.
pub(super) fn sweep(kv: &dyn KeyValueStore, current: &[(String, u64)]) -> usize {
    let Ok(keys) = kv.keys() else {
        return 0;
    };
    let referenced: HashSet<String> = current
        .iter()
        .filter_map(|(id, generation)| read_manifest(kv, &record_key(id, *generation)))
        .flat_map(|m| m.keys().cloned().collect::<Vec<_>>())
        .collect();
    let mut removed = 0;
    for key in keys {
        if referenced.contains(&key) {
            continue;
        }
        let Some(rest) = key.strip_prefix(PART_PREFIX) else {
            continue;
        };
        // `<id>:<generation>:<name>`; the id has a colon of its own (`sha256:…`).
        let mut fields = rest.rsplitn(3, ':');
        let (Some(_name), Some(generation), Some(id)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        let generation = generation.parse::<u64>().unwrap_or(u64::MAX);
        let stale = current
            .iter()
            .any(|(known, now)| known == id && generation <= *now);
        if stale && kv.remove(&key).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_stable_and_spread() {
        assert_eq!(bucket_of("a"), bucket_of("a"));
        let used: std::collections::HashSet<usize> = (0..1000)
            .map(|i| bucket_of(&format!("urn:uuid:{i:08x}-0000-4000-8000-000000000000")))
            .collect();
        assert!(used.len() > BUCKETS * 9 / 10, "{} buckets used", used.len());
    }
}
