//! Writing one generation of a document: its text (once), the parts that changed since the
//! last save, the manifest, then the caller's commit (the index switch), then removing what
//! only the previous generation used. A write that fails takes back what it wrote.

use super::save_cache::{Written, by_bucket};
use super::{
    BUCKETS, LAYOUT_VERSION, Manifest, SaveCache, Snapshot, part_key, read_manifest, record_key,
    text_key,
};
use crate::core::library::problem::SaveError;
use crate::core::persist::{KeyValueStore, StorageError};
use crate::core::store::Change;
use crate::json;

/// Writes generation `generation` of a document, then calls `commit` (which points the index
/// at it), then removes what only generation `previous` used. When anything fails, what this
/// call wrote is removed again and generation `previous` stays whole.
pub(in crate::core::library) fn write(
    kv: &dyn KeyValueStore,
    snapshot: &Snapshot,
    previous: u64,
    generation: u64,
    cache: &mut SaveCache,
    commit: impl FnOnce() -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    let id = snapshot.id;
    let before = (previous > 0)
        .then(|| read_manifest(kv, &record_key(id, previous)))
        .flatten();
    let known = cache.knowing(id, previous);
    let prepared = prepare(snapshot, generation, before.as_ref(), known);
    write_prepared(
        kv,
        id,
        previous,
        before,
        (generation, &prepared.parts, &prepared.manifest),
        commit,
    )?;
    cache.last = Some(prepared.next);
    Ok(())
}

/// A generation of a document made ready to write: the parts it adds (key and JSON), its
/// manifest, and what a save cache remembers of it once written.
#[derive(Clone, Debug)]
pub(in crate::core::library) struct Prepared {
    pub parts: Vec<(String, String)>,
    pub manifest: Manifest,
    pub next: Written,
}

/// Writes generation `generation`, given as its new parts and its manifest, over generation
/// `previous` (whose manifest is `before`): the parts, the manifest, then `commit`, then
/// removes what only `previous` used. When anything fails before the commit is done, what
/// this call wrote is removed again.
pub(in crate::core::library) fn write_prepared(
    kv: &dyn KeyValueStore,
    id: &str,
    previous: u64,
    before: Option<Manifest>,
    (generation, parts, manifest): (u64, &[(String, String)], &Manifest),
    commit: impl FnOnce() -> Result<(), SaveError>,
) -> Result<(), SaveError> {
    let mut written = Vec::new();
    let mut write = |key: &str, value: &str| -> Result<(), StorageError> {
        kv.set(key, value)?;
        written.push(key.to_owned());
        Ok(())
    };
    let result = parts
        .iter()
        .try_for_each(|(key, value)| write(key, value))
        .and_then(|()| {
            let text = json::print(manifest).expect("manifests always serialise");
            write(&record_key(id, generation), &text)
        })
        .map_err(SaveError::from)
        .and_then(|()| commit());
    if let Err(error) = result {
        for key in &written {
            let _ = kv.remove(key);
        }
        return Err(error);
    }
    if previous > 0 {
        let _ = kv.remove(&record_key(id, previous));
    }
    if let Some(before) = before {
        let kept: Vec<&String> = manifest.keys().collect();
        for key in before.keys().filter(|k| !kept.contains(k)) {
            let _ = kv.remove(key);
        }
    }
    Ok(())
}

/// Prepares generation `generation` of the document: the text (when the previous generation,
/// `before`, lacks it) and every part that changed since the save `known` describes, with the
/// manifest that lists them. Writes nothing.
pub(in crate::core::library) fn prepare(
    snapshot: &Snapshot,
    generation: u64,
    before: Option<&Manifest>,
    known: Option<&Written>,
) -> Prepared {
    let id = snapshot.id;
    let mut parts = Vec::new();
    let mut add = |key: String, value: String| -> String {
        parts.push((key.clone(), value));
        key
    };
    let text = match snapshot.text {
        None => None,
        Some(text) => match before.and_then(|m| m.text.clone()) {
            Some(key) => Some(key),
            None => Some(add(text_key(id), text.to_owned())),
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
            None => add(
                part_key(id, generation, &format!("a{bucket}")),
                json::print(&annotations).expect("annotations always serialise"),
            ),
        };
        annotation_keys.push(key.clone());
        buckets.push(Some((annotations, key)));
    }

    let mut changes = Vec::new();
    let mut change_keys = |stack: &[Change]| -> Vec<String> {
        let mut keys = Vec::with_capacity(stack.len());
        for steps in stack {
            let key = match known.and_then(|k| k.change(steps)) {
                Some(key) => key.to_owned(),
                None => add(
                    part_key(id, generation, &format!("h{}", changes.len())),
                    json::print(steps).expect("history always serialises"),
                ),
            };
            changes.push((steps.clone(), key.clone()));
            keys.push(key);
        }
        keys
    };
    let undo = change_keys(&snapshot.history.undo);
    let redo = change_keys(&snapshot.history.redo);

    let manifest = Manifest {
        version: LAYOUT_VERSION,
        id: id.to_owned(),
        title: snapshot.title.to_owned(),
        source: snapshot.source.map(str::to_owned),
        credit: snapshot.credit.clone(),
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
    Prepared {
        parts,
        manifest,
        next,
    }
}
