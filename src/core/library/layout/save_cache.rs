//! What the last save of one document wrote ([`SaveCache`]), so that the next save writes only
//! the parts that changed, compared by pointer; and which bucket part an annotation goes in.

use std::rc::Rc;

use crate::core::annotation::Annotation;
use crate::core::persist::SAVED_HISTORY_LIMIT;
use crate::core::store::{AnnotationStore, Change, History};

/// How many buckets a document's annotations are spread over. 5,000 annotations make
/// buckets of about 80 (some 30 KB of JSON), so an edit rewrites about that much.
pub const BUCKETS: usize = 64;

/// What the last save of one document wrote, so that the next writes only what changed.
#[derive(Clone, Debug, Default)]
pub struct SaveCache {
    pub(super) last: Option<Written>,
}

/// Where a record read from storage keeps its annotations and history: the keys its manifest
/// lists. Only a version 3 record read whole has them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredParts {
    pub(super) generation: u64,
    pub(super) annotations: Vec<String>,
    pub(super) undo: Vec<String>,
    pub(super) redo: Vec<String>,
}

impl StoredParts {
    /// The generation of the record these parts belong to.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The keys of the history's changes, undo stack then redo stack, as
    /// [`read_history`](super::read_history) reads them.
    pub fn changes(&self) -> impl Iterator<Item = &str> {
        self.undo.iter().chain(&self.redo).map(String::as_str)
    }
}

impl SaveCache {
    /// What storage holds of a record just opened as `store`, so that the first save after
    /// opening writes only what changed too. `store` must be the record's store as read (its
    /// annotations and history), before any edit.
    pub fn after_open(id: &str, parts: &StoredParts, store: &AnnotationStore) -> Self {
        let grouped = by_bucket(store.iter_shared());
        let mut buckets = vec![None; BUCKETS];
        for key in &parts.annotations {
            let bucket = key
                .rsplit(':')
                .next()
                .and_then(|name| name.strip_prefix('a'))
                .and_then(|b| b.parse::<usize>().ok())
                .filter(|&b| b < BUCKETS);
            if let Some(b) = bucket.filter(|&b| !grouped[b].is_empty()) {
                buckets[b] = Some((grouped[b].clone(), key.clone()));
            }
        }
        Self {
            last: Some(Written {
                id: id.to_owned(),
                generation: parts.generation,
                buckets,
                changes: stored_changes(parts, &store.history(SAVED_HISTORY_LIMIT)),
            }),
        }
    }

    /// This cache, made by [`SaveCache::after_open`] for a record opened without its history
    /// (`HistoryRead::Later`), now also knowing the history read since (`library::read_history`), so
    /// that the first save does not write it again. Its annotations stay as they were opened,
    /// whatever was edited since.
    pub fn with_history(&self, parts: &StoredParts, history: &History) -> Self {
        let mut cache = self.clone();
        if let Some(written) = cache.last.as_mut() {
            written.changes = stored_changes(parts, history);
        }
        cache
    }

    /// Whether this remembers generation `generation` of document `id`.
    pub fn covers(&self, id: &str, generation: u64) -> bool {
        self.knowing(id, generation).is_some()
    }

    /// What was written of generation `generation` of document `id`, if this remembers it.
    pub(in crate::core::library) fn knowing(&self, id: &str, generation: u64) -> Option<&Written> {
        self.last
            .as_ref()
            .filter(|w| w.id == id && w.generation == generation)
    }
}

/// What one save wrote of a document.
#[derive(Clone, Debug)]
pub(in crate::core::library) struct Written {
    pub id: String,
    pub generation: u64,
    /// Per bucket, the annotations its part holds and the part's key.
    pub buckets: Vec<Option<(Vec<Rc<Annotation>>, String)>>,
    /// Each history change written, with its part's key.
    pub changes: Vec<(Change, String)>,
}

impl Written {
    pub fn bucket(&self, bucket: usize, annotations: &[Rc<Annotation>]) -> Option<&str> {
        let (held, key) = self.buckets[bucket].as_ref()?;
        let same = held.len() == annotations.len()
            && held.iter().zip(annotations).all(|(a, b)| Rc::ptr_eq(a, b));
        same.then_some(key.as_str())
    }

    /// The key of the part holding `change`: the very same shared change, as the store keeps
    /// it from the save or the read that recorded it.
    pub fn change(&self, change: &Change) -> Option<&str> {
        self.changes
            .iter()
            .find(|(held, _)| Rc::ptr_eq(held, change))
            .map(|(_, key)| key.as_str())
    }
}

/// Each change of `history` with the key of the part that holds it, when `history` is the one
/// `parts` lists (as many changes on each stack); otherwise none.
fn stored_changes(parts: &StoredParts, history: &History) -> Vec<(Change, String)> {
    let fits = history.undo.len() == parts.undo.len() && history.redo.len() == parts.redo.len();
    if !fits {
        return Vec::new();
    }
    history
        .undo
        .iter()
        .cloned()
        .zip(parts.undo.iter().cloned())
        .chain(history.redo.iter().cloned().zip(parts.redo.iter().cloned()))
        .collect()
}

/// The bucket of an annotation id: FNV-1a, so that it is the same in every build.
fn bucket_of(id: &str) -> usize {
    let hash = id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    });
    // The high bits: FNV's low bits depend only on the low bits of each byte.
    ((hash >> 32) % BUCKETS as u64) as usize
}

/// The annotations of each bucket, in the order given.
pub(super) fn by_bucket<'a>(
    annotations: impl Iterator<Item = &'a Rc<Annotation>>,
) -> Vec<Vec<Rc<Annotation>>> {
    let mut grouped = vec![Vec::new(); BUCKETS];
    for annotation in annotations {
        grouped[bucket_of(annotation.id.as_str())].push(annotation.clone());
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buckets_are_stable_and_spread() {
        assert_eq!(bucket_of("a"), bucket_of("a"));
        let used: std::collections::HashSet<usize> = (0..1000)
            .map(|i| bucket_of(&format!("urn:uuid:{i:08x}-0000-4000-8000-000000000000")))
            .collect();
        assert!(used.len() > BUCKETS * 9 / 10, "{} buckets used", used.len());
    }
}
