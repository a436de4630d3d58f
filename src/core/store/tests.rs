//! The store's own tests: edits, undo and redo, history that fits, merging.

use super::*;
use crate::core::annotation::{Kind, Origin};

fn annotation(seed: u8, start: usize, end: usize) -> Annotation {
    Annotation {
        id: AnnotationId::from_random_bytes([seed; 16]),
        kind: Kind::Claim,
        start: CharOffset::new(start),
        end: CharOffset::new(end),
        exact: "x".repeat(end - start),
        note: String::new(),
        tags: vec![],
        speaker: None,
        cue: None,
        quote_type: None,
        attributed_to: None,
        origin: Origin::User,
        created: Timestamp::parse("2026-11-28T00:00:00Z").unwrap(),
        modified: Timestamp::parse("2026-11-28T00:00:00Z").unwrap(),
        orphaned: false,
        suggested: None,
    }
}

fn starts(store: &AnnotationStore) -> Vec<(usize, usize)> {
    store.iter().map(|a| (a.start.get(), a.end.get())).collect()
}

#[test]
fn annotations_stay_in_document_order_with_enclosing_ones_first() {
    let mut store = AnnotationStore::default();
    store.apply(vec![Edit::Add(annotation(1, 10, 12))]).unwrap();
    store.apply(vec![Edit::Add(annotation(2, 2, 4))]).unwrap();
    store.apply(vec![Edit::Add(annotation(3, 2, 20))]).unwrap();
    assert_eq!(starts(&store), [(2, 20), (2, 4), (10, 12)]);
}

#[test]
fn undo_and_redo_walk_every_kind_of_change_back_and_forth() {
    let mut store = AnnotationStore::default();
    let a = annotation(1, 0, 5);
    store.apply(vec![Edit::Add(a.clone())]).unwrap();
    let mut edited = a.clone();
    edited.note = "checked".into();
    store.apply(vec![Edit::Replace(edited.clone())]).unwrap();
    store.apply(vec![Edit::Remove(a.id.clone())]).unwrap();
    assert!(store.is_empty());

    assert!(store.undo());
    assert_eq!(store.get(&a.id), Some(&edited));
    assert!(store.undo());
    assert_eq!(store.get(&a.id), Some(&a));
    assert!(store.undo());
    assert!(store.is_empty());
    assert!(!store.undo(), "nothing left to undo");

    assert!(store.redo());
    assert!(store.redo());
    assert_eq!(store.get(&a.id), Some(&edited));
    assert!(store.redo());
    assert!(store.is_empty());
    assert!(!store.redo());
}

#[test]
fn a_new_change_clears_redo() {
    let mut store = AnnotationStore::default();
    store.apply(vec![Edit::Add(annotation(1, 0, 5))]).unwrap();
    store.undo();
    assert!(store.can_redo());
    store.apply(vec![Edit::Add(annotation(2, 0, 3))]).unwrap();
    assert!(!store.can_redo());
}

#[test]
fn a_failed_change_changes_nothing_not_even_its_valid_edits() {
    let mut store = AnnotationStore::default();
    store.apply(vec![Edit::Add(annotation(1, 0, 5))]).unwrap();
    let before = store.clone();
    let result = store.apply(vec![
        Edit::Add(annotation(2, 1, 2)),
        Edit::Add(annotation(1, 3, 4)),
    ]);
    assert_eq!(result, Err(StoreError::DuplicateId(annotation(1, 0, 0).id)));
    assert_eq!(store, before);
    let unknown = annotation(9, 0, 1);
    assert_eq!(
        store.apply(vec![Edit::Replace(unknown.clone())]),
        Err(StoreError::UnknownId(unknown.id))
    );
}

#[test]
fn replacing_with_an_identical_annotation_is_not_a_change() {
    let mut store = AnnotationStore::default();
    let a = annotation(1, 0, 5);
    store.apply(vec![Edit::Add(a.clone())]).unwrap();
    assert_eq!(store.apply(vec![Edit::Replace(a)]), Ok(false));
    assert!(store.undo());
    assert!(!store.can_undo(), "the no-op left no history");
}

#[test]
fn several_edits_undo_as_one_change() {
    let mut store = AnnotationStore::default();
    store
        .apply(vec![
            Edit::Add(annotation(1, 0, 5)),
            Edit::Add(annotation(2, 6, 9)),
        ])
        .unwrap();
    assert_eq!(store.len(), 2);
    store.undo();
    assert!(store.is_empty());
}

#[test]
fn a_saved_history_restores_undo_and_redo_on_a_fresh_store() {
    let mut store = AnnotationStore::default();
    let a = annotation(1, 0, 5);
    store.apply(vec![Edit::Add(a.clone())]).unwrap();
    store.apply(vec![Edit::Add(annotation(2, 6, 9))]).unwrap();
    store.apply(vec![Edit::Remove(a.id.clone())]).unwrap();
    store.undo();
    let saved = serde_json::to_string(&store.history(100)).unwrap();

    let mut reloaded = AnnotationStore::from_annotations(store.iter().cloned());
    assert!(reloaded.restore_history(serde_json::from_str(&saved).unwrap()));
    assert!(reloaded.redo(), "the undone removal can be redone");
    assert!(reloaded.get(&a.id).is_none());
    reloaded.undo();
    reloaded.undo();
    reloaded.undo();
    assert!(reloaded.is_empty());
}

#[test]
fn a_history_that_does_not_fit_the_annotations_is_dropped_and_they_are_kept() {
    let mut store = AnnotationStore::default();
    store.apply(vec![Edit::Add(annotation(1, 0, 5))]).unwrap();
    let history = store.history(100);
    // Elsewhere, the annotation was edited after that history was saved.
    let mut edited = annotation(1, 0, 5);
    edited.note = "changed in another tab".into();
    let mut reloaded = AnnotationStore::from_annotations([edited.clone()]);
    assert!(!reloaded.restore_history(history));
    assert!(!reloaded.can_undo());
    assert_eq!(reloaded.iter().cloned().collect::<Vec<_>>(), [edited]);
}

#[test]
fn merging_another_tabs_annotations_adds_and_updates_but_never_removes() {
    let mut ours = AnnotationStore::default();
    let mine = annotation(1, 0, 5);
    let shared = annotation(2, 6, 9);
    ours.apply(vec![Edit::Add(mine.clone()), Edit::Add(shared.clone())])
        .unwrap();
    let mut newer_shared = shared.clone();
    newer_shared.note = "edited in the other tab".into();
    newer_shared.modified = Timestamp::parse("2026-11-28T00:05:00Z").unwrap();
    let theirs_only = annotation(3, 10, 12);
    assert!(ours.merge_external([newer_shared.clone(), theirs_only.clone()]));
    assert_eq!(ours.get(&mine.id), Some(&mine), "ours stays");
    assert_eq!(
        ours.get(&shared.id),
        Some(&newer_shared),
        "the newer edit wins"
    );
    assert_eq!(
        ours.get(&theirs_only.id),
        Some(&theirs_only),
        "theirs is added"
    );
    assert!(!ours.can_undo(), "history no longer describes the set");
    // An older copy changes nothing.
    assert!(!ours.merge_external([shared]));
}

#[test]
fn contains_fn_answers_as_get_does() {
    let mut store = AnnotationStore::default();
    let (held, other) = (annotation(1, 0, 5), annotation(2, 6, 9));
    store.apply(vec![Edit::Add(held.clone())]).unwrap();
    let contains = store.contains_fn();
    assert!(contains(&held.id));
    assert!(!contains(&other.id));
}

#[test]
fn undo_remembers_a_bounded_number_of_changes() {
    let mut store = AnnotationStore::default();
    for i in 0..UNDO_LIMIT + 5 {
        let mut a = annotation(0, i, i + 1);
        a.id = AnnotationId::from_random_bytes((i as u128).to_le_bytes());
        store.apply(vec![Edit::Add(a)]).unwrap();
    }
    let mut undone = 0;
    while store.undo() {
        undone += 1;
    }
    assert_eq!(undone, UNDO_LIMIT);
    assert_eq!(store.len(), 5);
}

#[test]
fn only_identical_replacements_would_change_nothing() {
    let mut store = AnnotationStore::default();
    store.apply(vec![Edit::Add(annotation(1, 0, 4))]).unwrap();
    let same = annotation(1, 0, 4);
    let mut moved = annotation(1, 0, 4);
    moved.end = CharOffset::new(5);
    assert!(!store.would_change(&[Edit::Replace(same.clone())]));
    assert!(store.would_change(&[Edit::Replace(same.clone()), Edit::Replace(moved)]));
    assert!(store.would_change(&[Edit::Add(annotation(2, 5, 6))]));
    assert!(store.would_change(&[Edit::Remove(same.id)]));
    assert!(!store.would_change(&[]));
}
