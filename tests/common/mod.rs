//! The article and helpers shared by the storage tests (`library_layout.rs`,
//! `deferred_history.rs`, `library_faults.rs`, `library_journal.rs`): a short article with curly
//! quotes, its library entry, scare quotes added one change each, a save the way the autosave
//! makes it, and what a fresh tab reads back.

// Each test file uses some of these helpers, not all.
#![allow(dead_code)]

use std::rc::Rc;

use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::article::Article;
use quotemark::core::library::{
    self, IndexEntry, LibraryIndex, SaveCache, bundled_entry, record_of,
};
use quotemark::core::persist::MemoryStore;
use quotemark::core::saved::document_id;
use quotemark::core::store::{AnnotationStore, Edit};
use quotemark::core::time::Timestamp;

pub fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
}
/// Curly quotes, so that code points and bytes differ.
pub const TEXT: &str = "Other article\n\nShe said “one”, “two” and “three” were “four” words.";

pub fn entry() -> IndexEntry {
    IndexEntry {
        id: document_id(TEXT),
        title: "Other".into(),
        bundled: false,
        ..bundled_entry(&now())
    }
}

fn annotation(seed: u8, needle: &str) -> Annotation {
    let article = Article::parse(TEXT);
    Annotation::new(
        AnnotationId::from_random_bytes([seed; 16]),
        Kind::ScareQuote,
        article.find(needle).unwrap(),
        &article,
        &now(),
    )
}

/// Adds a scare quote on `needle` as one change.
pub fn add(store: &mut AnnotationStore, seed: u8, needle: &str) {
    store
        .apply(vec![Edit::Add(annotation(seed, needle))])
        .unwrap();
}

/// Saves the store the way the autosave does: sharing its annotations, through `cache`.
pub fn autosave(
    kv: &MemoryStore,
    index: &mut LibraryIndex,
    store: &AnnotationStore,
    cache: &mut SaveCache,
) {
    // The record's history shares the store's annotations; its annotation list is a copy.
    let record = record_of(&entry(), Some(TEXT), store);
    let shared: Vec<Rc<_>> = store.iter_shared().cloned().collect();
    library::save_snapshot(kv, index, &record.snapshot(&shared), cache, &now()).unwrap();
}

/// The texts of the annotations the library's current record holds, as a fresh tab opens it.
pub fn stored_texts(kv: &MemoryStore) -> Vec<String> {
    let library = library::load(kv, &now());
    let opened = library::open(kv, library.entry(&entry().id).unwrap(), &now());
    assert_eq!(opened.problem, None, "the record reads whole");
    let mut texts: Vec<String> = opened
        .record
        .annotations
        .into_iter()
        .map(|a| a.exact)
        .collect();
    texts.sort();
    texts
}
