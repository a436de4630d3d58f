//! Removing what no current record refers to: a deleted document's keys, and what a save left
//! when its tab stopped in the middle of it.

use std::collections::HashSet;

use super::{PART_PREFIX, RECORD_PREFIX, TEXT_PREFIX, read_manifest, record_key};
use crate::core::library::save::Writers;
use crate::core::persist::KeyValueStore;

/// Removes a record's manifest and everything it refers to.
pub(in crate::core::library) fn remove(kv: &dyn KeyValueStore, id: &str, generation: u64) {
    let key = record_key(id, generation);
    if let Some(manifest) = read_manifest(kv, &key) {
        for part in manifest.keys() {
            let _ = kv.remove(part);
        }
    }
    let _ = kv.remove(&key);
}

/// A key of the layout: whose it is, and of which generation (none for a text).
struct Owned<'a> {
    id: &'a str,
    generation: Option<u64>,
    manifest: bool,
}

impl<'a> Owned<'a> {
    fn of(key: &'a str) -> Option<Self> {
        if let Some(rest) = key.strip_prefix(PART_PREFIX) {
            // `<id>:<generation>:<name>`; the id has a colon of its own (`sha256:…`).
            let mut fields = rest.rsplitn(3, ':');
            let (_name, generation, id) = (fields.next()?, fields.next()?, fields.next()?);
            return Some(Self {
                id,
                generation: Some(generation.parse().unwrap_or(u64::MAX)),
                manifest: false,
            });
        }
        if let Some(rest) = key.strip_prefix(RECORD_PREFIX) {
            let (id, generation) = rest.rsplit_once(':')?;
            return Some(Self {
                id,
                generation: Some(generation.parse().ok()?),
                manifest: true,
            });
        }
        key.strip_prefix(TEXT_PREFIX).map(|id| Self {
            id,
            generation: None,
            manifest: false,
        })
    }
}

/// Removes the keys that no current manifest refers to, left by saves that stopped.
///
/// With [`Writers::Others`] only older generations of listed documents are touched: a save
/// another tab is making at this moment (of a later generation, or of a document not listed
/// yet) is left alone. With [`Writers::None`] everything unreferenced goes. Either way the
/// keys of a document whose current manifest cannot be read are kept: they may be all that
/// is left of its annotations. Returns how many keys were removed.
pub(in crate::core::library) fn sweep(
    kv: &dyn KeyValueStore,
    current: &[(String, u64)],
    writers: Writers,
) -> usize {
    let Ok(keys) = kv.keys() else {
        return 0;
    };
    let mut referenced = HashSet::new();
    let mut unreadable = HashSet::new();
    for (id, generation) in current {
        let key = record_key(id, *generation);
        match read_manifest(kv, &key) {
            Some(manifest) => referenced.extend(manifest.keys().cloned()),
            // A version 2 record is no manifest but refers to nothing else either.
            None if is_version_2_record(kv, &key) => {}
            None => {
                unreadable.insert(id.as_str());
            }
        }
        referenced.insert(key);
    }
    let mut removed = 0;
    for key in keys {
        if referenced.contains(&key) {
            continue;
        }
        let Some(owned) = Owned::of(&key) else {
            continue;
        };
        if unreadable.contains(owned.id) {
            continue;
        }
        let listed = current
            .iter()
            .find(|(id, _)| id == owned.id)
            .map(|(_, g)| *g);
        let left_over = match (writers, listed, owned.generation) {
            (Writers::None, _, _) => true,
            // Older manifests, and parts up to the current generation (the current
            // generation's own parts it does not list were written by a save that stopped).
            (Writers::Others, Some(now), Some(generation)) if owned.manifest => generation < now,
            (Writers::Others, Some(now), Some(generation)) => generation <= now,
            (Writers::Others, _, _) => false,
        };
        if left_over && kv.remove(&key).is_ok() {
            removed += 1;
        }
    }
    removed
}

fn is_version_2_record(kv: &dyn KeyValueStore, key: &str) -> bool {
    kv.get(key)
        .ok()
        .flatten()
        .and_then(|text| crate::core::versioned::version_of(&text).ok())
        .is_some_and(|version| version < super::LAYOUT_VERSION)
}
