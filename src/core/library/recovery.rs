//! Reading the library index when it is not simply there and readable: an index written by a
//! newer Quotemark (read-only), an unreadable index (backed up, then rebuilt from the records
//! themselves), and no index at all (version 1 records migrated, if there are any).

use serde::Deserialize;

use super::{
    BUNDLED_TITLE, DocumentRecord, INDEX_KEY, LIBRARY_VERSION, Library, LibraryIndex,
    RECORD_PREFIX, RECORD_VERSION, V1_ANNOTATIONS_PREFIX, V1_HISTORY_PREFIX, entry_for, layout,
    record_key, save,
};
use crate::core::bundled::NATO_DIALOGUE_TEXT;
use crate::core::insight::roster::Aliases;
use crate::core::persist::KeyValueStore;
use crate::core::saved::{self, document_id};
use crate::core::store::History;

pub(super) fn read_index(kv: &dyn KeyValueStore, text: &str, now: &str) -> Library {
    #[derive(Deserialize)]
    struct VersionOnly {
        version: u32,
    }
    let version = serde_json::from_str::<VersionOnly>(text).map(|v| v.version);
    match (version, serde_json::from_str::<LibraryIndex>(text)) {
        (Ok(found), index) if found > LIBRARY_VERSION => Library {
            index: index.unwrap_or(LibraryIndex {
                version: found,
                documents: Vec::new(),
            }),
            writable: false,
            problems: vec![format!(
                "This library was saved by a newer Quotemark (library version {found}; this one knows {LIBRARY_VERSION}). \
                 It is open read-only: nothing you change here will be saved over it."
            )],
        },
        (_, Ok(index)) => Library {
            index,
            writable: true,
            problems: Vec::new(),
        },
        (_, Err(error)) => {
            let backup = format!("quotemark:backup:{now}:{INDEX_KEY}");
            let backed_up = kv.set(&backup, text).is_ok();
            let mut library = rebuild_index(kv);
            library.problems.push(if backed_up {
                format!(
                    "The library index could not be read ({error}); it was kept under \u{201c}{backup}\u{201d} and rebuilt \
                     from the {} stored documents.",
                    library.index.documents.len()
                )
            } else {
                library.writable = false;
                format!("The library index could not be read ({error}) nor backed up; nothing will be saved in this tab.")
            });
            library
        }
    }
}

/// An index made from the records themselves: the newest readable generation of each.
fn rebuild_index(kv: &dyn KeyValueStore) -> Library {
    let mut newest: Vec<(String, u64)> = Vec::new();
    for key in kv.keys().unwrap_or_default() {
        let Some((id, generation)) = key
            .strip_prefix(RECORD_PREFIX)
            .and_then(|rest| rest.rsplit_once(':'))
        else {
            continue;
        };
        let Ok(generation) = generation.parse::<u64>() else {
            continue;
        };
        match newest.iter_mut().find(|(known, _)| known == id) {
            Some(entry) if entry.1 < generation => entry.1 = generation,
            Some(_) => {}
            None => newest.push((id.to_owned(), generation)),
        }
    }
    let documents = newest
        .into_iter()
        .filter_map(|(id, generation)| {
            let text = kv.get(&record_key(&id, generation)).ok()??;
            let record = layout::assemble(kv, &text, generation, layout::HistoryRead::Now)
                .ok()?
                .record;
            let shared = record.shared_annotations();
            Some(entry_for(
                &record.snapshot(&shared),
                generation,
                &record.added,
            ))
        })
        .collect();
    Library {
        index: LibraryIndex {
            version: LIBRARY_VERSION,
            documents,
        },
        writable: true,
        problems: Vec::new(),
    }
}

/// Moves version 1 records (one per document, bundled article only in practice) into the
/// version 2 layout, then removes them. A version 1 record that cannot be read stays where it
/// is and is reported.
pub(super) fn migrate_v1(kv: &dyn KeyValueStore, now: &str) -> Library {
    let mut library = Library {
        index: LibraryIndex {
            version: LIBRARY_VERSION,
            documents: Vec::new(),
        },
        writable: true,
        problems: Vec::new(),
    };
    let keys = kv.keys().unwrap_or_default();
    for key in keys.iter().filter(|k| k.starts_with(V1_ANNOTATIONS_PREFIX)) {
        let id = &key[V1_ANNOTATIONS_PREFIX.len()..];
        let Ok(Some(text)) = kv.get(key) else {
            continue;
        };
        let annotations = match saved::decode(id, &text) {
            Ok(annotations) => annotations,
            Err(error) => {
                library.problems.push(format!(
                    "Saved annotations under \u{201c}{key}\u{201d} were not migrated: {error}."
                ));
                continue;
            }
        };
        let history = kv
            .get(&format!("{V1_HISTORY_PREFIX}{id}"))
            .ok()
            .flatten()
            .and_then(|h| serde_json::from_str::<History>(&h).ok())
            .unwrap_or_default();
        let bundled = id == document_id(NATO_DIALOGUE_TEXT);
        let record = DocumentRecord {
            version: RECORD_VERSION,
            id: id.to_owned(),
            title: if bundled {
                BUNDLED_TITLE.into()
            } else {
                "Untitled article".into()
            },
            source: None,
            added: now.to_owned(),
            text: None,
            annotations,
            history,
            rejected: Vec::new(),
            speakers: Aliases::new(),
        };
        // Version 1 stored annotations only for the bundled article; others lack their text.
        if !bundled {
            library.problems.push(format!("Saved annotations under \u{201c}{key}\u{201d} belong to an unknown article and were kept there."));
            continue;
        }
        match save(kv, &mut library.index, &record, now) {
            Ok(()) => {
                let _ = kv.remove(key);
                let _ = kv.remove(&format!("{V1_HISTORY_PREFIX}{id}"));
            }
            Err(error) => library.problems.push(format!("Migrating saved annotations failed ({error}); they stay under \u{201c}{key}\u{201d}.")),
        }
    }
    library
}
