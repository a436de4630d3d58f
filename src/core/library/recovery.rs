//! Reading the library index when it is not simply there and readable: an index written by a
//! newer Quotemark (read-only), an unreadable index (backed up, then rebuilt from the records
//! themselves), and no index at all (version 1 records migrated, if there are any).

use super::index::entry_for;
use super::layout::RECORD_PREFIX;
use super::{
    DocumentRecord, INDEX_KEY, LIBRARY_VERSION, Library, LibraryIndex, LoadProblem,
    V1_ANNOTATIONS_PREFIX, V1_HISTORY_PREFIX, layout, record_key, save,
};
use crate::core::bundled::NATO_DIALOGUE_TEXT;
use crate::core::persist::KeyValueStore;
use crate::core::saved::{self, document_id};
use crate::core::store::History;
use crate::core::time::Timestamp;
use crate::core::versioned::version_of;
use crate::json;

pub(super) fn read_index(kv: &dyn KeyValueStore, text: &str, now: &Timestamp) -> Library {
    match (version_of(text), json::parse::<LibraryIndex>(text)) {
        (Ok(found), index) if found > LIBRARY_VERSION => Library {
            index: index.unwrap_or(LibraryIndex {
                version: found,
                documents: Vec::new(),
            }),
            writable: false,
            problems: vec![LoadProblem::NewerLibrary { found }],
        },
        (_, Ok(index)) => Library {
            index,
            writable: true,
            problems: Vec::new(),
        },
        (_, Err(error)) => {
            let backup = format!("quotemark:backup:{now}:{INDEX_KEY}");
            let backup = kv.set(&backup, text).is_ok().then_some(backup);
            let mut library = rebuild_index(kv);
            library.writable = backup.is_some();
            library.problems.push(LoadProblem::IndexUnreadable {
                error: error.to_string(),
                backup,
                rebuilt: library.index.documents.len(),
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
pub(super) fn migrate_v1(kv: &dyn KeyValueStore, now: &Timestamp) -> Library {
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
                library.problems.push(LoadProblem::V1Unreadable {
                    key: key.clone(),
                    error,
                });
                continue;
            }
        };
        let history = kv
            .get(&format!("{V1_HISTORY_PREFIX}{id}"))
            .ok()
            .flatten()
            .and_then(|h| json::parse::<History>(&h).ok())
            .unwrap_or_default();
        let bundled = id == document_id(NATO_DIALOGUE_TEXT);
        // Version 1 stored annotations only for the bundled article; others lack their text.
        if !bundled {
            library
                .problems
                .push(LoadProblem::V1UnknownArticle { key: key.clone() });
            continue;
        }
        let record = DocumentRecord {
            annotations,
            history,
            ..DocumentRecord::empty(&super::bundled_entry(now))
        };
        match save(kv, &mut library.index, &record, now) {
            Ok(()) => {
                let _ = kv.remove(key);
                let _ = kv.remove(&format!("{V1_HISTORY_PREFIX}{id}"));
            }
            Err(error) => library.problems.push(LoadProblem::V1NotMigrated {
                key: key.clone(),
                error,
            }),
        }
    }
    library
}
