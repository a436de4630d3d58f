//! Whatever storage holds under the library's keys: the index, a record's manifest, one of its
//! parts and a journal a hidden page left, each taken from the input. Loading, opening,
//! replaying the journal and sweeping must report, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::library::{self, Writers, journal};
use quotemark::core::persist::{KeyValueStore, MemoryStore};
use quotemark::core::time::Timestamp;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Four values separated by a form feed: index, manifest, part, journal.
    let mut values = text.splitn(4, '\u{c}');
    let (index, manifest, part, unsaved) = (
        values.next().unwrap_or_default(),
        values.next().unwrap_or_default(),
        values.next().unwrap_or_default(),
        values.next().unwrap_or_default(),
    );
    let kv = MemoryStore::default();
    let id = "sha256:f";
    kv.set(library::INDEX_KEY, index).unwrap();
    kv.set(&format!("quotemark:doc:{id}:1"), manifest).unwrap();
    kv.set(&format!("quotemark:part:{id}:1:a0"), part).unwrap();
    let journal_key = journal::journal_key("tab", id);
    kv.set(&journal_key, unsaved).unwrap();
    let stored = library::load(&kv, &now());
    for entry in &stored.index.documents {
        let _ = library::open(&kv, entry, &now()).record.store();
    }
    let _ = journal::replay(&kv, &journal_key, &now());
    library::sweep(&kv, &library::load(&kv, &now()).index, Writers::None);
});
