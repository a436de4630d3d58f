//! Whatever storage holds under the library's keys: the index, a record's manifest and one of
//! its parts, each taken from the input. Loading and opening must report, never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::library;
use quotemark::core::persist::{KeyValueStore, MemoryStore};

const NOW: &str = "2026-11-28T10:00:00.000Z";

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // Three values separated by a form feed: index, manifest, part.
    let mut values = text.splitn(3, '\u{c}');
    let (index, manifest, part) = (
        values.next().unwrap_or_default(),
        values.next().unwrap_or_default(),
        values.next().unwrap_or_default(),
    );
    let kv = MemoryStore::default();
    let id = "sha256:f";
    kv.set(library::INDEX_KEY, index).unwrap();
    kv.set(&format!("quotemark:doc:{id}:1"), manifest).unwrap();
    kv.set(&format!("quotemark:part:{id}:1:a0"), part).unwrap();
    let stored = library::load(&kv, NOW);
    for entry in &stored.index.documents {
        let _ = library::open(&kv, entry, NOW).record.store();
    }
    library::sweep(&kv, &stored.index);
});
