//! Two tabs saving one document at the same moment (`core::library::journal`, `save.rs`): a
//! page being hidden writes a journal instead of the library's keys, at any write of another
//! tab's save, and replaying it afterwards keeps both tabs' annotations; a save another tab
//! made between this save's read and its index switch is found by the generation check.
//!
//! The annotations each tab made are named here by their text; what storage holds is read back
//! as a fresh tab opens it.

mod common;

use std::cell::{Cell, RefCell};

use common::{TEXT, add, entry, now, stored_texts};
use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::library::journal::{self, JournalError, Replayed};
use quotemark::core::library::{self, LibraryIndex, SaveCache, SaveError, Writers};
use quotemark::core::persist::{KeyValueStore, MemoryStore, StorageError};
use quotemark::core::store::{AnnotationStore, Edit};

/// A store that runs `hook` (another tab's work, on the same storage) just before its
/// `at`-th write.
struct Interleaved<'a> {
    inner: &'a MemoryStore,
    at: usize,
    writes: Cell<usize>,
    hook: RefCell<Option<Box<dyn FnOnce() + 'a>>>,
}

impl<'a> Interleaved<'a> {
    fn new(inner: &'a MemoryStore, at: usize, hook: impl FnOnce() + 'a) -> Self {
        Self {
            inner,
            at,
            writes: Cell::new(0),
            hook: RefCell::new(Some(Box::new(hook))),
        }
    }

    fn before_write(&self) {
        self.writes.set(self.writes.get() + 1);
        if self.writes.get() == self.at
            && let Some(hook) = self.hook.borrow_mut().take()
        {
            hook();
        }
    }
}

impl KeyValueStore for Interleaved<'_> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.inner.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.before_write();
        self.inner.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.before_write();
        self.inner.remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.inner.keys()
    }
}

fn save(
    kv: &dyn KeyValueStore,
    index: &mut LibraryIndex,
    store: &AnnotationStore,
    cache: &mut SaveCache,
) -> Result<(), SaveError> {
    let record = library::record_of(&entry(), Some(TEXT), store);
    let shared: Vec<_> = store.iter_shared().cloned().collect();
    library::save_snapshot(kv, index, &record.snapshot(&shared), cache, &now())
}

/// Tab `tab`'s journal of `store`, grown from generation 1.
fn write_journal(kv: &dyn KeyValueStore, tab: &str, store: &AnnotationStore, cache: &SaveCache) {
    let record = library::record_of(&entry(), Some(TEXT), store);
    let shared: Vec<_> = store.iter_shared().cloned().collect();
    journal::write(kv, tab, 1, &record.snapshot(&shared), cache, &now()).unwrap();
}

fn sorted(texts: &[&str]) -> Vec<String> {
    let mut texts: Vec<String> = texts.iter().map(|t| (*t).to_owned()).collect();
    texts.sort();
    texts
}

/// A library with "one" saved (generation 1) by both tabs; each tab's store and cache.
fn both_tabs_at_generation_1() -> (
    MemoryStore,
    (AnnotationStore, SaveCache),
    (AnnotationStore, SaveCache),
) {
    let kv = MemoryStore::default();
    let mut index = library::load(&kv, &now()).index;
    let mut store = AnnotationStore::default();
    add(&mut store, 1, "“one”");
    let mut cache = SaveCache::default();
    save(&kv, &mut index, &store, &mut cache).unwrap();
    (kv, (store.clone(), cache.clone()), (store, cache))
}

#[test]
fn a_journal_replayed_over_its_generation_is_the_tabs_state_exactly_with_its_undo() {
    let (kv, _, (mut b, b_cache)) = both_tabs_at_generation_1();
    add(&mut b, 2, "“two”");
    write_journal(&kv, "tab-b", &b, &b_cache);
    assert_eq!(
        stored_texts(&kv),
        sorted(&["“one”"]),
        "nothing but the journal was written"
    );
    let key = journal::journal_key("tab-b", &entry().id);
    assert_eq!(journal::journals(&kv), std::slice::from_ref(&key));

    assert_eq!(
        journal::replay(&kv, &key, &now()).unwrap(),
        Replayed::Written { id: entry().id }
    );
    assert_eq!(stored_texts(&kv), sorted(&["“one”", "“two”"]));
    assert!(journal::journals(&kv).is_empty());
    let library = library::load(&kv, &now());
    let mut reopened = library::open(&kv, library.entry(&entry().id).unwrap(), &now())
        .record
        .store();
    assert!(
        reopened.undo() && reopened.undo(),
        "both changes undo, as the tab had them"
    );
    assert!(reopened.is_empty());
    library::sweep(&kv, &library.index, Writers::None);
    assert_eq!(stored_texts(&kv), sorted(&["“one”", "“two”"]));
}

#[test]
fn a_journal_hidden_at_any_write_of_another_tabs_save_loses_neither_tab_s_annotation() {
    // How many writes tab A's save makes.
    let writes = {
        let (kv, (mut a, mut a_cache), _) = both_tabs_at_generation_1();
        add(&mut a, 3, "“three”");
        kv.inject(quotemark::core::persist::Fault::None);
        let mut index = library::load(&kv, &now()).index;
        save(&kv, &mut index, &a, &mut a_cache).unwrap();
        kv.writes()
    };
    assert!(writes >= 4);
    for at in 1..=writes {
        let (kv, (mut a, mut a_cache), (mut b, b_cache)) = both_tabs_at_generation_1();
        add(&mut a, 3, "“three”");
        add(&mut b, 2, "“two”");
        // Tab A saves holding the lock; tab B is closed in the middle of it.
        let tab_a = Interleaved::new(&kv, at, || write_journal(&kv, "tab-b", &b, &b_cache));
        let mut index = library::load(&tab_a, &now()).index;
        save(&tab_a, &mut index, &a, &mut a_cache).unwrap();
        // Then a tab holding the lock replays what B left.
        for key in journal::journals(&kv) {
            journal::replay(&kv, &key, &now()).unwrap();
        }
        assert_eq!(
            stored_texts(&kv),
            sorted(&["“one”", "“two”", "“three”"]),
            "B's journal written before A's write {at}"
        );
        library::sweep(&kv, &library::load(&kv, &now()).index, Writers::None);
        assert_eq!(stored_texts(&kv), sorted(&["“one”", "“two”", "“three”"]));
    }
}

#[test]
fn a_save_finds_another_tabs_save_made_since_it_read_the_library_and_writes_nothing() {
    let (kv, (mut a, mut a_cache), (mut b, mut b_cache)) = both_tabs_at_generation_1();
    let mut a_index = library::load(&kv, &now()).index;
    let mut b_index = a_index.clone();
    add(&mut b, 2, "“two”");
    save(&kv, &mut b_index, &b, &mut b_cache).unwrap();
    let before = kv.contents();
    add(&mut a, 3, "“three”");
    assert_eq!(
        save(&kv, &mut a_index, &a, &mut a_cache),
        Err(SaveError::Conflict { found: 2 })
    );
    assert_eq!(kv.contents(), before, "what the refused save wrote is gone");
    assert_eq!(stored_texts(&kv), sorted(&["“one”", "“two”"]));
}

#[test]
fn a_journal_of_a_document_deleted_since_is_kept_aside_not_replayed() {
    let (kv, _, (mut b, b_cache)) = both_tabs_at_generation_1();
    add(&mut b, 2, "“two”");
    write_journal(&kv, "tab-b", &b, &b_cache);
    let mut index = library::load(&kv, &now()).index;
    library::delete(&kv, &mut index, &entry().id).unwrap();
    let key = journal::journal_key("tab-b", &entry().id);
    let Replayed::KeptAside { backup } = journal::replay(&kv, &key, &now()).unwrap() else {
        panic!("kept aside");
    };
    assert!(kv.get(&backup).unwrap().unwrap().contains("“two”"));
    assert!(journal::journals(&kv).is_empty());
    assert!(library::load(&kv, &now()).entry(&entry().id).is_none());
}

#[test]
fn a_change_too_large_to_journal_writes_nothing_and_says_so() {
    let (kv, _, (mut b, b_cache)) = both_tabs_at_generation_1();
    // A thousand annotations in one change: an import, with the page closed at once.
    let article = quotemark::core::article::Article::parse(TEXT);
    let edits = (0..1000u32)
        .map(|i| {
            let mut bytes = [0u8; 16];
            bytes[..4].copy_from_slice(&i.to_be_bytes());
            bytes[4] = 0xee;
            Edit::Add(Annotation::new(
                AnnotationId::from_random_bytes(bytes),
                Kind::Claim,
                article.find("“two”").unwrap(),
                &article,
                &now(),
            ))
        })
        .collect();
    b.apply(edits).unwrap();
    let before = kv.contents();
    let record = library::record_of(&entry(), Some(TEXT), &b);
    let shared: Vec<_> = b.iter_shared().cloned().collect();
    let refused = journal::write(&kv, "tab-b", 1, &record.snapshot(&shared), &b_cache, &now());
    assert!(
        matches!(refused, Err(JournalError::TooLarge { bytes }) if bytes > journal::MAX_JOURNAL_BYTES),
        "{refused:?}"
    );
    assert_eq!(kv.contents(), before);
}
