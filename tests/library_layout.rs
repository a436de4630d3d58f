//! The version 3 storage layout: a save writes only what changed, removes what no record
//! uses any more, reads version 2 records, and keeps what it cannot read.

mod common;

use common::{TEXT, add, autosave, entry, now};
use quotemark::core::credit::Credit;
use quotemark::core::library::{
    self, DocumentRecord, IndexEntry, LIBRARY_VERSION, OpenProblem, ReadError, SaveCache, Writers,
    record_of,
};
use quotemark::core::persist::{KeyValueStore, MemoryStore};
use quotemark::core::saved::document_id;
use quotemark::core::store::AnnotationStore;

fn keys(kv: &MemoryStore, prefix: &str) -> Vec<String> {
    let mut keys: Vec<String> = kv
        .keys()
        .unwrap()
        .into_iter()
        .filter(|k| k.starts_with(prefix))
        .collect();
    keys.sort();
    keys
}

fn reopened(kv: &MemoryStore) -> DocumentRecord {
    let library = library::load(kv, &now());
    let opened = library::open(kv, library.entry(&document_id(TEXT)).unwrap(), &now());
    assert_eq!(opened.problem, None);
    opened.record
}

#[test]
fn an_edit_writes_one_bucket_one_change_and_the_manifest() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut cache = SaveCache::default();
    let mut store = AnnotationStore::default();
    for (seed, needle) in [(1, "“one”"), (2, "“two”"), (3, "“three”")] {
        add(&mut store, seed, needle);
    }
    autosave(&kv, &mut index, &store, &mut cache);
    let first = keys(&kv, "quotemark:part:");

    add(&mut store, 4, "“four”");
    autosave(&kv, &mut index, &store, &mut cache);
    let second = keys(&kv, "quotemark:part:");
    let new: Vec<&String> = second.iter().filter(|k| !first.contains(k)).collect();
    assert_eq!(
        new.len(),
        2,
        "one annotation bucket and one history change: {new:?}"
    );
    assert!(new.iter().all(|k| k.contains(":2:")), "{new:?}");
    assert_eq!(
        keys(&kv, "quotemark:text:").len(),
        1,
        "the text is written once"
    );
    assert_eq!(
        keys(&kv, "quotemark:doc:").len(),
        1,
        "generation 1 is removed"
    );

    // Undo moves a change from undo to redo: nothing but the bucket it touches is rewritten.
    store.undo();
    autosave(&kv, &mut index, &store, &mut cache);
    let record = reopened(&kv);
    assert_eq!(record.text(), TEXT);
    assert_eq!(record.annotations.len(), 3);
    assert_eq!(
        (record.history.undo.len(), record.history.redo.len()),
        (3, 1)
    );
    let mut restored = record.store();
    assert!(restored.redo());
    assert_eq!(restored.len(), 4);
}

#[test]
fn a_save_removes_every_part_only_the_previous_generation_used() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut cache = SaveCache::default();
    let mut store = AnnotationStore::default();
    for seed in 1..=20 {
        add(&mut store, seed, "“one”");
        autosave(&kv, &mut index, &store, &mut cache);
    }
    let stored = keys(&kv, "quotemark:part:");
    let manifest = kv.get(&keys(&kv, "quotemark:doc:")[0]).unwrap().unwrap();
    assert!(
        stored.iter().all(|k| manifest.contains(k.as_str())),
        "every stored part is referenced"
    );
    assert_eq!(library::sweep(&kv, &index, Writers::Others), 0);
    assert_eq!(library::sweep(&kv, &index, Writers::None), 0);
    assert_eq!(reopened(&kv).annotations.len(), 20);
}

#[test]
fn a_fresh_cache_after_another_tab_saved_writes_everything_again() {
    let kv = MemoryStore::default();
    let mut ours = library::load(&kv, &now()).index;
    let mut cache = SaveCache::default();
    let mut store = AnnotationStore::default();
    add(&mut store, 1, "“one”");
    autosave(&kv, &mut ours, &store, &mut cache);
    // Another tab saves generation 2 with its own annotation.
    let mut theirs = library::load(&kv, &now()).index;
    let mut other = store.clone();
    add(&mut other, 2, "“two”");
    autosave(&kv, &mut theirs, &other, &mut SaveCache::default());
    // Our cache knows generation 1 only; reloading the index shows generation 2.
    let mut index = library::load(&kv, &now()).index;
    add(&mut store, 3, "“three”");
    autosave(&kv, &mut index, &store, &mut cache);
    let record = reopened(&kv);
    let mut exact: Vec<&str> = record
        .annotations
        .iter()
        .map(|a| a.exact.as_str())
        .collect();
    exact.sort();
    assert_eq!(exact, ["“one”", "“three”"], "the last save wins whole");
}

#[test]
fn a_version_2_record_is_read_and_rewritten_in_version_3_on_the_next_save() {
    let kv = MemoryStore::default();
    let mut store = AnnotationStore::default();
    add(&mut store, 1, "“one”");
    let record = record_of(&entry(), Some(TEXT), &store);
    let key = format!("quotemark:doc:{}:1", entry().id);
    kv.set(&key, &serde_json::to_string(&record).unwrap())
        .unwrap();
    let mut listed = serde_json::to_value(IndexEntry {
        generation: 1,
        ..entry()
    })
    .unwrap();
    listed["modified"] = now().as_str().into();
    let index = serde_json::json!({ "version": 2, "documents": [listed] });
    kv.set(library::INDEX_KEY, &index.to_string()).unwrap();

    assert_eq!(reopened(&kv).annotations, record.annotations);
    let mut index = library::load(&kv, &now()).index;
    add(&mut store, 2, "“two”");
    autosave(&kv, &mut index, &store, &mut SaveCache::default());
    assert_eq!(index.version, LIBRARY_VERSION);
    assert!(
        kv.get(&key).unwrap().is_none(),
        "the version 2 record is gone"
    );
    assert_eq!(reopened(&kv).annotations.len(), 2);
}

#[test]
fn an_unreadable_part_is_backed_up_and_the_other_annotations_stay_open() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    for (seed, needle) in [(1, "“one”"), (2, "“two”"), (3, "“three”"), (4, "“four”")]
    {
        add(&mut store, seed, needle);
    }
    autosave(&kv, &mut index, &store, &mut SaveCache::default());
    let parts: Vec<String> = keys(&kv, "quotemark:part:")
        .into_iter()
        .filter(|k| k.rsplit(':').next().unwrap().starts_with('a'))
        .collect();
    assert!(parts.len() > 1, "four ids fall in more than one bucket");
    let broken_part = &parts[0];
    let lost =
        serde_json::from_str::<Vec<serde_json::Value>>(&kv.get(broken_part).unwrap().unwrap())
            .unwrap()
            .len();
    kv.set(broken_part, "[{\"id\": ").unwrap();

    let library = library::load(&kv, &now());
    let opened = library::open(&kv, library.entry(&entry().id).unwrap(), &now());
    let backup = format!("quotemark:backup:{}:{broken_part}", now());
    let Some(OpenProblem::PartsUnreadable { parts, backups }) = opened.problem else {
        panic!("{:?}", opened.problem);
    };
    assert_eq!(parts.len(), 1);
    assert_eq!(&parts[0].key, broken_part);
    assert!(matches!(parts[0].error, ReadError::Json(_)));
    assert_eq!(backups.keys, std::slice::from_ref(&backup));
    assert!(backups.complete);
    assert_eq!(opened.record.annotations.len(), 4 - lost);
    assert!(opened.writable);
    assert_eq!(kv.get(&backup).unwrap().as_deref(), Some("[{\"id\": "));
}

#[test]
fn a_missing_text_leaves_the_record_read_only_and_its_parts_in_place() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    add(&mut store, 1, "“one”");
    autosave(&kv, &mut index, &store, &mut SaveCache::default());
    kv.remove(&keys(&kv, "quotemark:text:")[0]).unwrap();
    let parts = keys(&kv, "quotemark:part:");
    assert_eq!(parts.len(), 2, "one bucket and one change");
    let library = library::load(&kv, &now());
    let opened = library::open(&kv, library.entry(&entry().id).unwrap(), &now());
    assert_eq!(
        opened.problem,
        Some(OpenProblem::TextMissing {
            key: format!("quotemark:text:{}", entry().id),
            error: ReadError::Missing
        })
    );
    assert!(
        !opened.writable,
        "read-only, so that no save removes the parts"
    );
    assert_eq!(keys(&kv, "quotemark:part:"), parts);
}

#[test]
fn a_tab_closed_in_the_middle_of_a_save_leaves_parts_the_sweep_removes() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    add(&mut store, 1, "“one”");
    autosave(&kv, &mut index, &store, &mut SaveCache::default());
    let id = entry().id;
    // Left by a save of generation 1 that stopped short (an older attempt), and one of
    // generation 2 that another tab may be writing right now; and the text and part of a
    // first save of another document that stopped before it was listed.
    kv.set(&format!("quotemark:part:{id}:1:a63x"), "[]")
        .unwrap();
    kv.set(&format!("quotemark:part:{id}:2:a0"), "[]").unwrap();
    kv.set("quotemark:text:sha256:0ther", "Another text")
        .unwrap();
    kv.set("quotemark:part:sha256:0ther:1:a3", "[]").unwrap();
    let others_saving = library::sweep(&kv, &index, Writers::Others);
    assert_eq!(others_saving, 1, "only the older generation's leftover");
    assert!(
        kv.get(&format!("quotemark:part:{id}:2:a0"))
            .unwrap()
            .is_some()
    );
    assert!(kv.get("quotemark:text:sha256:0ther").unwrap().is_some());
    // Holding the library's lock, nothing else is being written: all of it is left over.
    assert_eq!(library::sweep(&kv, &index, Writers::None), 3);
    assert!(keys(&kv, "quotemark:part:sha256:0ther").is_empty());
    assert!(keys(&kv, "quotemark:text:sha256:0ther").is_empty());
    assert_eq!(reopened(&kv).annotations.len(), 1);
}

#[test]
fn deleting_a_document_removes_its_manifest_text_and_parts() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    add(&mut store, 1, "“one”");
    autosave(&kv, &mut index, &store, &mut SaveCache::default());
    library::delete(&kv, &mut index, &entry().id).unwrap();
    assert_eq!(
        kv.keys().unwrap(),
        vec![library::INDEX_KEY.to_owned()],
        "nothing of the document is left"
    );
}

#[test]
fn the_first_save_after_opening_writes_only_what_changed_and_loses_nothing() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    for (seed, needle) in [(1, "“one”"), (2, "“two”"), (3, "“three”")] {
        add(&mut store, seed, needle);
    }
    autosave(&kv, &mut index, &store, &mut SaveCache::default());
    let before = keys(&kv, "quotemark:part:");

    // A new page: open the record, build its store, and start the cache from what was read.
    let library = library::load(&kv, &now());
    let opened = library::open(&kv, library.entry(&entry().id).unwrap(), &now());
    let mut index = library.index;
    let mut store = opened.record.store();
    let mut cache = SaveCache::after_open(&entry().id, &opened.parts.unwrap(), &store);
    add(&mut store, 4, "“four”");
    let edited = store.iter().cloned().collect::<Vec<_>>();
    autosave(&kv, &mut index, &store, &mut cache);
    let after = keys(&kv, "quotemark:part:");
    let new: Vec<&String> = after.iter().filter(|k| !before.contains(k)).collect();
    assert_eq!(new.len(), 2, "{new:?}");
    let mut reread = reopened(&kv).store();
    assert_eq!(reread.iter().cloned().collect::<Vec<_>>(), edited);
    assert!(reread.undo() && reread.undo(), "the history came through");
}

#[test]
fn a_credit_is_saved_with_the_record_and_listed_and_an_empty_one_is_not_written() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let credit = Credit::new(Some("Ann Lee"), Some("2017-05-18"), Some("BBC News"));
    let with_credit = IndexEntry {
        credit: credit.clone(),
        ..entry()
    };
    let record = record_of(&with_credit, Some(TEXT), &AnnotationStore::default());
    library::save(&kv, &mut index, &record, &now()).unwrap();
    assert_eq!(reopened(&kv).credit, credit);
    let listed = library::load(&kv, &now());
    assert_eq!(listed.entry(&document_id(TEXT)).unwrap().credit, credit);
    let stored: Vec<String> = keys(&kv, "quotemark:doc:")
        .iter()
        .map(|k| kv.get(k).unwrap().unwrap())
        .collect();
    assert!(
        stored[0].contains(
            r#""credit":{"byline":"Ann Lee","published":"2017-05-18","site":"BBC News"}"#
        ),
        "{stored:?}"
    );

    // Without a credit, neither the manifest nor the index mention one: older versions read it.
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let record = record_of(&entry(), Some(TEXT), &AnnotationStore::default());
    library::save(&kv, &mut index, &record, &now()).unwrap();
    let everything: String = keys(&kv, "quotemark:")
        .iter()
        .map(|k| kv.get(k).unwrap().unwrap())
        .collect();
    assert!(!everything.contains("credit"), "{everything}");
    assert_eq!(reopened(&kv).credit, Credit::default());
}

#[test]
fn the_parts_to_read_ahead_are_the_annotation_parts_of_the_current_record_only() {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut cache = SaveCache::default();
    let mut store = AnnotationStore::default();
    assert_eq!(
        library::annotation_parts(&kv, &document_id(TEXT)),
        Vec::<String>::new()
    );
    for (seed, needle) in [(1, "“one”"), (2, "“two”"), (3, "“three”")] {
        add(&mut store, seed, needle);
    }
    autosave(&kv, &mut index, &store, &mut cache);
    add(&mut store, 4, "“four”");
    autosave(&kv, &mut index, &store, &mut cache);

    let listed = library::annotation_parts(&kv, &document_id(TEXT));
    // Every annotation bucket the current generation refers to, and no change of history: read
    // in that order, they hold the record's annotations.
    assert!(!listed.is_empty());
    assert!(
        listed
            .iter()
            .all(|k| k.starts_with("quotemark:part:")
                && k.rsplit(':').next().unwrap().starts_with('a')),
        "{listed:?}"
    );
    let mut read: Vec<String> = listed
        .iter()
        .flat_map(|key| {
            let value = kv.get(key).unwrap().expect("a listed part is stored");
            quotemark::json::parse::<Vec<quotemark::core::annotation::Annotation>>(&value).unwrap()
        })
        .map(|a| a.exact)
        .collect();
    read.sort();
    assert_eq!(read, ["“four”", "“one”", "“three”", "“two”"]);
    assert_eq!(
        library::annotation_parts(&kv, "not-a-document"),
        Vec::<String>::new()
    );
}
