//! The library (`core::library`): saving and loading documents, migration from version 1,
//! unreadable and newer data, deletion. The storage layout's own tests are in
//! `library_layout.rs`, and a save interrupted at every write in `library_faults.rs`.

use quotemark::core::annotation::AnnotationId;
use quotemark::core::annotation::{Annotation, Kind};
use quotemark::core::article::Article;
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::insight::roster::Aliases;
use quotemark::core::library::*;
use quotemark::core::offsets::{CharOffset, CharRange};
use quotemark::core::persist::KeyValueStore;
use quotemark::core::persist::MemoryStore;
use quotemark::core::saved::document_id;
use quotemark::core::store::AnnotationStore;
use quotemark::core::store::Edit;
use quotemark::core::time::Timestamp;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
}

fn store_with(text: &str, needles: &[&str]) -> AnnotationStore {
    let article = Article::parse(text);
    let mut store = AnnotationStore::default();
    for (i, needle) in needles.iter().enumerate() {
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        let range = CharRange::new(
            CharOffset::new(start),
            CharOffset::new(start + needle.chars().count()),
        );
        let a = Annotation::new(
            AnnotationId::from_random_bytes([i as u8 + 1; 16]),
            Kind::Claim,
            range,
            &article,
            &now(),
        );
        store.apply(vec![Edit::Add(a)]).unwrap();
    }
    store
}

fn other_entry(text: &str) -> IndexEntry {
    IndexEntry {
        id: document_id(text),
        title: "Other".into(),
        bundled: false,
        ..bundled_entry(&now())
    }
}

/// A new library in memory with one document saved: `entry`, its `text` (none for the bundled
/// article) and a claim on each of `needles`. Gives the storage and the index as saved.
fn library_with(
    entry: &IndexEntry,
    text: Option<&str>,
    needles: &[&str],
) -> (MemoryStore, LibraryIndex) {
    let kv = MemoryStore::default();
    let mut index = load(&kv, &now()).index;
    let store = store_with(text.unwrap_or(NATO_DIALOGUE_TEXT), needles);
    save(&kv, &mut index, &record_of(entry, text, &store), &now()).unwrap();
    (kv, index)
}

#[test]
fn rejected_suggestions_and_speaker_merges_are_kept_with_the_record() {
    let kv = MemoryStore::default();
    let mut library = load(&kv, &now());
    let text = "Other article\n\nIt said “something”.";
    let entry = other_entry(text);
    let mut record = record_of(&entry, Some(text), &AnnotationStore::default());
    let article = Article::parse(text);
    let suggestion = quotemark::core::suggestions::from_detection(
        &quotemark::core::detect::detect(&article),
        &article,
    );
    record.rejected = suggestion.iter().map(|s| s.key.clone()).collect();
    record.speakers = Aliases::from([("he".to_owned(), "Ana Ruiz".to_owned())]);
    assert!(!record.rejected.is_empty());
    save(&kv, &mut library.index, &record, &now()).unwrap();
    let opened = open(&kv, load(&kv, &now()).entry(&entry.id).unwrap(), &now());
    assert_eq!(opened.record.rejected, record.rejected);
    assert_eq!(opened.record.speakers, record.speakers);
    // A record without them (as older versions wrote) reads as empty.
    let plain: DocumentRecord = serde_json::from_str(
        &serde_json::to_string(&record_of(&entry, Some(text), &AnnotationStore::default()))
            .unwrap(),
    )
    .unwrap();
    assert!(plain.rejected.is_empty() && plain.speakers.is_empty());
}

#[test]
fn an_empty_store_lists_the_bundled_article() {
    let library = load(&MemoryStore::default(), &now());
    assert_eq!(library.index.documents.len(), 1);
    assert!(library.index.documents[0].bundled);
    assert!(library.writable && library.problems.is_empty());
}

#[test]
fn saved_documents_come_back_with_text_annotations_counts_and_undo() {
    let text = "Other article\n\nIt said “something”.";
    let entry = other_entry(text);
    let (kv, _) = library_with(&entry, Some(text), &["“something”"]);

    let reloaded = load(&kv, &now());
    let listed = reloaded.entry(&entry.id).unwrap();
    assert_eq!(
        listed.counts,
        KindCounts {
            claims: 1,
            quotes: 0,
            scare_quotes: 0
        }
    );
    let opened = open(&kv, listed, &now());
    assert_eq!(opened.record.text(), text);
    let mut restored = opened.record.store();
    assert_eq!(restored.len(), 1);
    assert!(restored.undo(), "undo history is kept");
}

#[test]
fn a_failed_index_write_leaves_the_previous_state_current() {
    let entry = bundled_entry(&now());
    let (kv, mut index) = library_with(&entry, None, &["obsolete"]);
    let before = index.clone();
    kv.inject(quotemark::core::persist::Fault::EveryWrite);
    let result = save(
        &kv,
        &mut index,
        &record_of(&entry, None, &AnnotationStore::default()),
        &now(),
    );
    assert!(result.is_err());
    assert_eq!(index, before);
    kv.inject(quotemark::core::persist::Fault::None);
    let opened = open(&kv, load(&kv, &now()).entry(&entry.id).unwrap(), &now());
    assert_eq!(opened.record.annotations.len(), 1);
}

#[test]
fn version_1_records_are_migrated_from_a_stored_fixture() {
    let kv = MemoryStore::default();
    let fixture: std::collections::BTreeMap<String, String> =
        serde_json::from_str(include_str!("fixtures/storage-v1.json")).unwrap();
    for (key, value) in &fixture {
        kv.set(key, value).unwrap();
    }
    let library = load(&kv, &now());
    assert!(library.problems.is_empty(), "{:?}", library.problems);
    let entry = library.index.documents.iter().find(|e| e.bundled).unwrap();
    assert_eq!(entry.generation, 1);
    let mut store = open(&kv, entry, &now()).record.store();
    let texts: Vec<&str> = store.iter().map(|a| a.exact.as_str()).collect();
    assert_eq!(texts, ["obsolete", "Russian aggression"]);
    assert!(store.undo(), "the version 1 undo history came along");
    assert!(
        kv.keys()
            .unwrap()
            .iter()
            .all(|k| !k.starts_with("quotemark:annotations:")
                && !k.starts_with("quotemark:history:"))
    );
}

#[test]
fn an_unreadable_index_is_backed_up_and_rebuilt_from_the_records() {
    let text = "Other article\n\nIt said “something”.";
    let (kv, _) = library_with(&other_entry(text), Some(text), &["something"]);
    kv.set(INDEX_KEY, "{\"version\": 2, \"documents\": [")
        .unwrap();
    let rebuilt = load(&kv, &now());
    assert!(rebuilt.writable);
    let backup = format!("quotemark:backup:{}:{INDEX_KEY}", now());
    assert!(
        matches!(&rebuilt.problems[..], [LoadProblem::IndexUnreadable { backup: Some(kept), rebuilt: 1, .. }] if *kept == backup),
        "{:?}",
        rebuilt.problems
    );
    assert_eq!(rebuilt.entry(&document_id(text)).unwrap().counts.claims, 1);
    assert!(kv.get(&backup).unwrap().as_deref() == Some("{\"version\": 2, \"documents\": ["));
}

#[test]
fn a_newer_library_or_record_is_read_only() {
    let kv = MemoryStore::default();
    kv.set(
        INDEX_KEY,
        r#"{"version": 4, "documents": [], "shelves": []}"#,
    )
    .unwrap();
    let library = load(&kv, &now());
    assert!(!library.writable);
    assert_eq!(library.problems, [LoadProblem::NewerLibrary { found: 4 }]);

    let entry = bundled_entry(&now());
    let (kv, _) = library_with(&entry, None, &[]);
    let key = format!("quotemark:doc:{}:1", entry.id);
    let newer = kv
        .get(&key)
        .unwrap()
        .unwrap()
        .replace("\"version\":3", "\"version\":7");
    kv.set(&key, &newer).unwrap();
    let opened = open(&kv, load(&kv, &now()).entry(&entry.id).unwrap(), &now());
    assert!(!opened.writable);
    assert_eq!(
        opened.problem,
        Some(OpenProblem::NewerRecord { version: 7 })
    );
}

#[test]
fn an_unreadable_record_is_backed_up_and_the_rest_of_the_library_works() {
    let text = "Other article\n\nIt said “something”.";
    let (kv, _) = library_with(&other_entry(text), Some(text), &["something"]);
    kv.set(&format!("quotemark:doc:{}:1", document_id(text)), "{broken")
        .unwrap();
    let reloaded = load(&kv, &now());
    let opened = open(&kv, reloaded.entry(&document_id(text)).unwrap(), &now());
    let kept = format!(
        "quotemark:backup:{}:quotemark:doc:{}:1",
        now(),
        document_id(text)
    );
    assert!(
        matches!(&opened.problem, Some(OpenProblem::RecordUnreadable { backup: Some(b), .. }) if *b == kept),
        "{:?}",
        opened.problem
    );
    assert!(opened.writable, "backed up, so a save loses nothing");
    assert_eq!(kv.get(&kept).unwrap().as_deref(), Some("{broken"));
    let bundled = reloaded.index.documents.iter().find(|e| e.bundled).unwrap();
    assert!(open(&kv, bundled, &now()).problem.is_none());
}

#[test]
fn deleting_removes_the_entry_then_the_record() {
    let text = "Other article\n\nBody.";
    let (kv, mut index) = library_with(&other_entry(text), Some(text), &[]);
    let removed = delete(&kv, &mut index, &document_id(text))
        .unwrap()
        .unwrap();
    assert_eq!(removed.title, "Other");
    assert!(load(&kv, &now()).entry(&document_id(text)).is_none());
    assert!(
        kv.keys()
            .unwrap()
            .iter()
            .all(|k| !k.starts_with("quotemark:doc:"))
    );
}
