//! Any bytes as a library backup, merged into an empty library and then read back.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::backup;
use quotemark::core::library;
use quotemark::core::persist::MemoryStore;

const NOW: &str = "2026-11-28T10:00:00.000Z";

fuzz_target!(|data: &[u8]| {
    let kv = MemoryStore::default();
    if backup::import_all(&kv, data, NOW).is_ok() {
        let stored = library::load(&kv, NOW);
        for entry in &stored.index.documents {
            let _ = library::open(&kv, entry, NOW).record.store();
        }
    }
});
