//! Merging another tab's annotations (`AnnotationStore::merge_external`) gives what taking
//! them in one at a time gives: each id ends with its newest copy (ours on a tie), nothing of
//! ours is dropped, and the store stays in document order.
// Native only: the property-test crate is a native dev-dependency.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use proptest::prelude::*;
use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::article::Article;
use quotemark::core::offsets::{CharOffset, CharRange};
use quotemark::core::store::{AnnotationStore, Edit};
use quotemark::core::time::Timestamp;

const TEXT: &str = "Headline\n\nThe “alliance” said it wants dialogue, not “aggression”, he said.";

/// An annotation with id number `id`, over `start..start + 1 + len` (kept inside the text),
/// modified at minute `minute`.
fn annotation((id, start, len, minute): (u8, usize, usize, u8)) -> Annotation {
    let article = Article::parse(TEXT);
    let length = TEXT.chars().count();
    let start = start % (length - 1);
    let end = (start + 1 + len).min(length);
    let range = CharRange::new(CharOffset::new(start), CharOffset::new(end));
    let mut a = Annotation::new(
        AnnotationId::from_random_bytes([id; 16]),
        Kind::Claim,
        range,
        &article,
        &Timestamp::parse("2026-11-28T10:00:00Z").unwrap(),
    );
    a.modified = Timestamp::parse(&format!("2026-11-28T10:{minute:02}:00Z")).unwrap();
    a
}

fn annotations(max: usize) -> impl Strategy<Value = Vec<Annotation>> {
    prop::collection::vec((0u8..12, 0usize..80, 0usize..10, 0u8..5), 0..max)
        .prop_map(|xs| xs.into_iter().map(annotation).collect())
}

proptest! {
    #[test]
    fn merging_matches_taking_them_in_one_at_a_time(ours in annotations(10), theirs in annotations(16)) {
        let mut store = AnnotationStore::default();
        for a in &ours {
            // Duplicate ids among ours are refused by the store; keep what it accepted.
            let _ = store.apply(vec![Edit::Add(a.clone())]);
        }
        let mut expected: BTreeMap<AnnotationId, Annotation> =
            store.iter().map(|a| (a.id.clone(), a.clone())).collect();
        let mut expected_change = false;
        for a in &theirs {
            if expected.get(&a.id).is_none_or(|held| a.modified > held.modified) {
                expected.insert(a.id.clone(), a.clone());
                expected_change = true;
            }
        }

        let changed = store.merge_external(theirs);

        prop_assert_eq!(changed, expected_change);
        let merged: Vec<Annotation> = store.iter().cloned().collect();
        let mut in_order: Vec<Annotation> = expected.into_values().collect();
        in_order.sort_by(|a, b| (a.start, std::cmp::Reverse(a.end), &a.id).cmp(&(b.start, std::cmp::Reverse(b.end), &b.id)));
        prop_assert_eq!(merged, in_order);
        if changed {
            prop_assert!(!store.can_undo());
        }
    }
}
