//! Opening a record for its first screen without its undo history, then reading the history
//! (`library::open_for_first_screen`, `library::read_history`, `AnnotationStore::
//! prepend_history`, `SaveCache::with_history`): the same undo and redo as a whole open,
//! changes made in between kept newest, an unreadable history backed up, and no history
//! written again by the first save.

mod common;

use common::{add, autosave, entry, now};
use quotemark::core::library::{self, LibraryIndex, ReadError, SaveCache, StoredParts};
use quotemark::core::persist::{KeyValueStore, MemoryStore, SAVED_HISTORY_LIMIT};
use quotemark::core::store::AnnotationStore;

fn ids(store: &AnnotationStore) -> Vec<String> {
    store.iter().map(|a| a.id.to_string()).collect()
}

/// Storage holding the article with three added scare quotes, the third undone (so one change
/// on the redo stack).
fn stored() -> MemoryStore {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    for (seed, needle) in [(1, "“one”"), (2, "“two”"), (3, "“three”")] {
        add(&mut store, seed, needle);
    }
    assert!(store.undo());
    autosave(&kv, &mut index, &store, &mut SaveCache::default());
    kv
}

/// Opens the article for its first screen: the store without history, and its parts.
fn first_screen(kv: &MemoryStore) -> (AnnotationStore, StoredParts, LibraryIndex) {
    let loaded = library::load(kv, &now());
    let opened = library::open_for_first_screen(kv, loaded.entry(&entry().id).unwrap(), &now());
    assert_eq!(opened.problem, None);
    assert!(
        opened.parts.is_some(),
        "read whole, so its history is left in storage"
    );
    let store = opened.record.store();
    assert!(
        !store.can_undo() && !store.can_redo(),
        "the history is left in storage"
    );
    (store, opened.parts.unwrap(), loaded.index)
}

#[test]
fn the_history_read_after_the_first_screen_undoes_and_redoes_as_a_whole_open_does() {
    let kv = stored();
    let whole = {
        let loaded = library::load(&kv, &now());
        library::open(&kv, loaded.entry(&entry().id).unwrap(), &now())
            .record
            .store()
    };
    let (mut store, parts, _) = first_screen(&kv);
    assert_eq!(ids(&store), ids(&whole));
    let history = library::read_history(&kv, &entry().id, &parts, &now())
        .unwrap()
        .unwrap();
    assert!(store.prepend_history(history));
    assert_eq!(
        store.history(SAVED_HISTORY_LIMIT),
        whole.history(SAVED_HISTORY_LIMIT)
    );
    assert!(store.redo(), "the undone third quote comes back");
    assert_eq!(store.len(), 3);
    assert!(store.undo() && store.undo() && store.undo() && !store.undo());
    assert!(store.is_empty());
}

#[test]
fn a_change_made_before_the_history_arrives_stays_newest_and_clears_the_old_redo() {
    let kv = stored();
    let (mut store, parts, _) = first_screen(&kv);
    add(&mut store, 4, "“four”");
    let history = library::read_history(&kv, &entry().id, &parts, &now())
        .unwrap()
        .unwrap();
    assert!(store.prepend_history(history));
    assert!(!store.can_redo(), "the new change cleared the stored redo");
    assert!(store.undo());
    assert_eq!(store.len(), 2, "the new quote is undone first");
    assert!(store.undo() && store.undo() && !store.undo());
    assert!(store.is_empty());
}

#[test]
fn a_history_that_does_not_fit_is_refused_and_the_store_keeps_its_own() {
    let kv = stored();
    let (_, parts, _) = first_screen(&kv);
    let history = library::read_history(&kv, &entry().id, &parts, &now())
        .unwrap()
        .unwrap();
    // A store that never held those annotations: the stored history cannot be replayed on it.
    let mut other = AnnotationStore::default();
    add(&mut other, 9, "“four”");
    assert!(!other.prepend_history(history));
    assert!(other.undo() && other.is_empty() && !other.undo());
}

#[test]
fn an_unreadable_history_is_reported_and_backed_up_and_the_annotations_stay() {
    let kv = stored();
    let (store, parts, _) = first_screen(&kv);
    let change = kv
        .keys()
        .unwrap()
        .into_iter()
        .find(|k| k.starts_with("quotemark:part:") && k.ends_with(":h0"))
        .unwrap();
    kv.set(&change, "[{\"before\": 12").unwrap();
    let problem = library::read_history(&kv, &entry().id, &parts, &now()).unwrap_err();
    assert_eq!(problem.parts.len(), 1, "{problem:?}");
    assert_eq!(problem.parts[0].key, change);
    assert!(matches!(problem.parts[0].error, ReadError::Json(_)));
    let backup = format!("quotemark:backup:{}:{change}", now());
    assert_eq!(
        kv.get(&backup).unwrap().as_deref(),
        Some("[{\"before\": 12")
    );
    assert_eq!(problem.backups.keys, [backup]);
    assert!(problem.backups.complete);
    assert_eq!(store.len(), 2);
}

#[test]
fn the_first_save_after_the_history_arrives_writes_one_bucket_and_one_change() {
    let kv = stored();
    let before: Vec<String> = kv.keys().unwrap();
    let (mut store, parts, mut index) = first_screen(&kv);
    let opened_cache = SaveCache::after_open(&entry().id, &parts, &store);
    let history = library::read_history(&kv, &entry().id, &parts, &now())
        .unwrap()
        .unwrap();
    let mut cache = opened_cache.with_history(&parts, &history);
    assert!(store.prepend_history(history));
    add(&mut store, 4, "“four”");
    autosave(&kv, &mut index, &store, &mut cache);
    let new: Vec<String> = kv
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with("quotemark:part:") && !before.contains(k))
        .collect();
    assert_eq!(new.len(), 2, "one bucket and the new change: {new:?}");
    let loaded = library::load(&kv, &now());
    let mut reread = library::open(&kv, loaded.entry(&entry().id).unwrap(), &now())
        .record
        .store();
    assert_eq!(reread.len(), 3);
    assert!(reread.undo() && reread.undo() && reread.undo() && !reread.undo());
}

#[test]
fn a_history_another_tab_saved_over_before_it_was_read_is_no_loss() {
    let kv = stored();
    let (_, parts, _) = first_screen(&kv);
    // Another tab opens the article whole, adds a quote and saves the next generation, which
    // removes the parts of the one this tab opened.
    let mut index = library::load(&kv, &now()).index;
    let mut theirs = library::open(&kv, index.entry(&entry().id).unwrap(), &now())
        .record
        .store();
    add(&mut theirs, 4, "“four”");
    autosave(&kv, &mut index, &theirs, &mut SaveCache::default());
    assert!(
        !kv.keys()
            .unwrap()
            .iter()
            .any(|k| k.starts_with("quotemark:part:")
                && k.ends_with(&format!(":{}:h0", parts.generation()))),
        "the opened generation's history is gone"
    );
    let read = library::read_history(&kv, &entry().id, &parts, &now());
    assert!(matches!(read, Ok(None)), "{read:?}");
    assert!(
        !kv.keys()
            .unwrap()
            .iter()
            .any(|k| k.starts_with("quotemark:backup:")),
        "nothing was backed up as unreadable"
    );
}
