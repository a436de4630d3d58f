//! Storage faults at every write of a save: a write that fails, and a tab that stops. Whatever
//! write it is, the library afterwards holds one whole generation of the document (the one
//! before the save, or the one it made), and what a failed save wrote is gone again.
//!
//! What the record should hold is written out here (the needles of the article), and which
//! keys a stored manifest refers to is read from its JSON by the test itself.

mod common;

use std::collections::BTreeSet;

use common::{TEXT, add, autosave, entry, now, stored_texts};
use quotemark::core::library::{self, LibraryIndex, SaveCache, Writers};
use quotemark::core::persist::{Fault, KeyValueStore, MemoryStore};
use quotemark::core::store::{AnnotationStore, Edit};

const BEFORE: [&str; 2] = ["“one”", "“two”"];
const AFTER: [&str; 2] = ["“two”", "“three”"];

/// A library holding generation 1 of the document (`BEFORE`, two changes of history), the
/// store as the tab has it then, and the save cache of that save.
fn saved_once() -> (MemoryStore, LibraryIndex, AnnotationStore, SaveCache) {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    add(&mut store, 1, BEFORE[0]);
    add(&mut store, 2, BEFORE[1]);
    let mut cache = SaveCache::default();
    autosave(&kv, &mut index, &store, &mut cache);
    (kv, index, store, cache)
}

/// The edit from `BEFORE` to `AFTER`: "three" added, "one" removed, one change each.
fn edited(mut store: AnnotationStore) -> AnnotationStore {
    add(&mut store, 3, AFTER[1]);
    let one = store
        .iter()
        .find(|a| a.exact == BEFORE[0])
        .unwrap()
        .id
        .clone();
    store.apply(vec![Edit::Remove(one)]).unwrap();
    store
}

fn sorted(texts: [&str; 2]) -> Vec<String> {
    let mut texts: Vec<String> = texts.map(str::to_owned).into();
    texts.sort();
    texts
}

/// The current manifest's key and every key it lists, read from the stored JSON directly.
fn referenced(kv: &MemoryStore) -> BTreeSet<String> {
    let index: serde_json::Value =
        serde_json::from_str(&kv.get("quotemark:library").unwrap().unwrap()).unwrap();
    let generation = index["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["id"] == entry().id.as_str())
        .unwrap()["generation"]
        .as_u64()
        .unwrap();
    let manifest_key = format!("quotemark:doc:{}:{generation}", entry().id);
    let manifest: serde_json::Value =
        serde_json::from_str(&kv.get(&manifest_key).unwrap().unwrap()).unwrap();
    let mut keys: BTreeSet<String> = ["annotations", "undo", "redo"]
        .iter()
        .flat_map(|field| manifest[field].as_array().unwrap().clone())
        .map(|key| key.as_str().unwrap().to_owned())
        .collect();
    keys.insert(manifest["text"].as_str().unwrap().to_owned());
    keys.insert(manifest_key);
    keys
}

/// Every stored text, part and manifest key.
fn stored_parts(kv: &MemoryStore) -> BTreeSet<String> {
    kv.contents()
        .into_keys()
        .filter(|k| {
            ["quotemark:part:", "quotemark:text:", "quotemark:doc:"]
                .iter()
                .any(|p| k.starts_with(p))
        })
        .collect()
}

/// How many writes the edit's save makes when nothing fails, with the cache of the last save
/// (`warm`) or a fresh one (a save right after another tab saved).
fn writes_of_a_save(warm: bool) -> usize {
    let (kv, mut index, store, cache) = saved_once();
    let mut cache = if warm { cache } else { SaveCache::default() };
    kv.inject(Fault::None);
    autosave(&kv, &mut index, &edited(store), &mut cache);
    kv.writes()
}

fn try_save(
    kv: &MemoryStore,
    index: &mut LibraryIndex,
    store: &AnnotationStore,
    cache: &mut SaveCache,
) -> bool {
    let record = library::record_of(&entry(), Some(TEXT), store);
    let shared: Vec<_> = store.iter_shared().cloned().collect();
    library::save_snapshot(kv, index, &record.snapshot(&shared), cache, &now()).is_ok()
}

#[test]
fn a_failed_write_anywhere_in_a_save_leaves_one_whole_generation_and_nothing_of_the_failed_one() {
    for warm in [true, false] {
        let writes = writes_of_a_save(warm);
        assert!(
            writes >= 5,
            "text or parts, manifest, index and removals: {writes}"
        );
        let mut outcomes = Vec::new();
        for failing in 1..=writes {
            let (kv, mut index, store, cache) = saved_once();
            let mut cache = if warm { cache } else { SaveCache::default() };
            let before = kv.contents();
            let index_before = index.clone();
            kv.inject(Fault::Write(failing));
            let saved = try_save(&kv, &mut index, &edited(store), &mut cache);
            kv.inject(Fault::None);
            outcomes.push(saved);
            if saved {
                // Only a removal after the index switch can fail in a save that succeeded: the
                // new generation is current and whole; what was not removed is swept later.
                assert_eq!(stored_texts(&kv), sorted(AFTER), "write {failing}");
                library::sweep(&kv, &library::load(&kv, &now()).index, Writers::None);
                assert_eq!(stored_parts(&kv), referenced(&kv), "write {failing}");
            } else {
                assert_eq!(kv.contents(), before, "write {failing} (warm: {warm})");
                assert_eq!(index, index_before, "write {failing}");
                assert_eq!(stored_texts(&kv), sorted(BEFORE), "write {failing}");
            }
        }
        // Failing up to the index switch fails the save; failing a removal after it does not.
        let switch = outcomes.iter().position(|&saved| saved).unwrap();
        assert!(switch >= 3, "{outcomes:?}");
        assert!(
            outcomes[switch..].iter().all(|&saved| saved),
            "{outcomes:?}"
        );
    }
}

#[test]
fn a_tab_that_stops_at_any_write_of_a_save_leaves_a_library_that_opens_whole() {
    for warm in [true, false] {
        let writes = writes_of_a_save(warm);
        let mut after = 0;
        for last in 0..writes {
            let (kv, mut index, store, cache) = saved_once();
            let mut cache = if warm { cache } else { SaveCache::default() };
            kv.inject(Fault::StopAfter(last));
            try_save(&kv, &mut index, &edited(store), &mut cache);
            // The next tab to open the library.
            kv.inject(Fault::None);
            let texts = stored_texts(&kv);
            assert!(
                texts == sorted(BEFORE) || texts == sorted(AFTER),
                "stopped after write {last}: {texts:?}"
            );
            after += usize::from(texts == sorted(AFTER));
            library::sweep(&kv, &library::load(&kv, &now()).index, Writers::None);
            assert_eq!(stored_parts(&kv), referenced(&kv), "stopped after {last}");
            assert_eq!(
                stored_texts(&kv),
                texts,
                "sweeping keeps the current generation"
            );
        }
        assert!(
            after > 0,
            "stopping after the index switch keeps the new generation"
        );
        assert!(after < writes, "stopping before it keeps the old one");
    }
}
