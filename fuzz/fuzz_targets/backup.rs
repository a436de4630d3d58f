//! Any bytes as a library backup, merged into an empty library and then read back.
#![no_main]
use libfuzzer_sys::fuzz_target;
use quotemark::core::backup;
use quotemark::core::time::Timestamp;
use quotemark::core::library;
use quotemark::core::persist::MemoryStore;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
}

fuzz_target!(|data: &[u8]| {
    let kv = MemoryStore::default();
    if backup::import_all(&kv, data, &now()).is_ok() {
        let stored = library::load(&kv, &now());
        for entry in &stored.index.documents {
            let _ = library::open(&kv, entry, &now()).record.store();
        }
    }
});
