//! Coders' layers of one article, and what a coder's own layer needs written to the team's
//! replica.
//!
//! A coder's own annotations of an article are the article's annotations in the coder's
//! library, edited as ever; the replica holds a copy of them as that coder's [`LayerDoc`] of
//! the article, which sync sends to the team. [`reconcile`] compares the two and gives the
//! layer to write: the library's annotations, plus those the replica holds that the library
//! never held this session (`known`) or holds changed later (`modified`), which came from
//! elsewhere (the same coder in another browser) and are taken into the library too, so that
//! no annotation is lost to an ordering of events; an annotation the library held and no longer holds was deleted by the reader and
//! is left out. A layer left empty is deleted, so that who has annotated an article can be
//! read from the ids of its layers.
//!
//! Only its coder writes a layer, so its revisions conflict only when that coder wrote from
//! two browsers apart; [`merge_revisions`] then keeps every annotation of each (the one changed
//! last where both hold it), and the merge is written over the revisions it ends. Everyone
//! else's annotations are read-only [`Layer`]s, one per coder, each drawn with its own outline
//! pattern.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::docs::{Deletion, LayerDoc};
use crate::core::annotation::{Annotation, AnnotationId};
use crate::core::offsets::CharOffset;

/// How many outline patterns tell coders' layers apart (the CSS has one per pattern); the
/// coder after the last takes the first again.
pub const PATTERNS: usize = 6;

/// One coder's annotations of the open article.
#[derive(Clone, Debug, PartialEq)]
pub struct Layer {
    pub coder: String,
    /// Which outline pattern draws it, `0..PATTERNS`.
    pub pattern: usize,
    pub annotations: Vec<Annotation>,
}

/// What merging a layer's revisions reads of an annotation: which it is, when it last changed
/// and where it is.
pub trait Revised: Clone {
    fn id(&self) -> &AnnotationId;
    /// Whether it was changed after `other` (the same annotation in another revision).
    fn changed_after(&self, other: &Self) -> bool;
    fn position(&self) -> (CharOffset, CharOffset);
}

impl Revised for Annotation {
    fn id(&self) -> &AnnotationId {
        &self.id
    }

    fn changed_after(&self, other: &Self) -> bool {
        self.modified > other.modified
    }

    fn position(&self) -> (CharOffset, CharOffset) {
        (self.start, self.end)
    }
}

/// One coder's layer of one article as the replica holds it: the revision the replica shows,
/// and those it conflicts with (CouchDB's `_conflicts`, kept rather than chosen).
#[derive(Clone, Debug, PartialEq)]
pub struct HeldLayer<A = Annotation> {
    pub shown: LayerDoc<A>,
    pub conflicts: Vec<LayerDoc<A>>,
}

/// A layer as the replica gives it: the revision shown, and those in conflict.
impl<A> From<(LayerDoc<A>, Vec<LayerDoc<A>>)> for HeldLayer<A> {
    fn from((shown, conflicts): (LayerDoc<A>, Vec<LayerDoc<A>>)) -> Self {
        Self { shown, conflicts }
    }
}

impl<A> HeldLayer<A> {
    /// A layer with no revision in conflict.
    pub fn single(shown: LayerDoc<A>) -> Self {
        Self {
            shown,
            conflicts: Vec::new(),
        }
    }
}

/// Every annotation of `held`'s revisions, as one: an annotation that several revisions hold
/// is taken from the one that changed it last (`modified`; the shown revision on a tie). In
/// the article's order.
pub fn merge_revisions<A: Revised>(held: &HeldLayer<A>) -> Vec<A> {
    if held.conflicts.is_empty() {
        // The common case, without a map: one revision, kept as written.
        return in_article_order(held.shown.annotations.clone());
    }
    let mut by_id: BTreeMap<&AnnotationId, &A> = BTreeMap::new();
    for annotation in std::iter::once(&held.shown)
        .chain(&held.conflicts)
        .flat_map(|doc| &doc.annotations)
    {
        by_id
            .entry(annotation.id())
            .and_modify(|kept| {
                if annotation.changed_after(kept) {
                    *kept = annotation;
                }
            })
            .or_insert(annotation);
    }
    in_article_order(by_id.into_values().cloned().collect())
}

fn in_article_order<A: Revised>(mut annotations: Vec<A>) -> Vec<A> {
    annotations.sort_by(|a, b| (a.position(), a.id()).cmp(&(b.position(), b.id())));
    annotations
}

/// The layers of everyone but `me` among `held` (the replica's layers of one article), by
/// coder name, each with its pattern by that order.
pub fn others_layers(held: impl IntoIterator<Item = HeldLayer>, me: &str) -> Vec<Layer> {
    let by_coder: BTreeMap<String, Vec<Annotation>> = held
        .into_iter()
        .filter(|layer| layer.shown.coder != me)
        .map(|layer| (layer.shown.coder.clone(), merge_revisions(&layer)))
        .filter(|(_, annotations)| !annotations.is_empty())
        .collect();
    by_coder
        .into_iter()
        .enumerate()
        .map(|(position, (coder, annotations))| Layer {
            coder,
            pattern: position % PATTERNS,
            annotations,
        })
        .collect()
}

/// One write to the replica, in the shape `bulkDocs` takes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Write {
    Put(Box<LayerDoc>),
    Delete(Deletion),
}

impl Write {
    pub fn id(&self) -> &str {
        match self {
            Write::Put(doc) => &doc.id,
            Write::Delete(deletion) => &deletion.id,
        }
    }
}

/// What brings `me`'s layer of `document` in the library and in the replica together.
#[derive(Debug, Default, PartialEq)]
pub struct Reconciled {
    /// For the replica.
    pub writes: Vec<Write>,
    /// For the library: annotations the replica holds that the library never had, or holds
    /// changed later than the library's copy.
    pub take_in: Vec<Annotation>,
}

/// Compares `mine` (the library's annotations of `document`) with `held` (`me`'s layer of it
/// in the replica, if there is one); `known` holds the ids of annotations the library has held
/// this session.
pub fn reconcile<'a>(
    me: &str,
    document: &str,
    mine: impl IntoIterator<Item = &'a Annotation>,
    held: Option<&HeldLayer>,
    known: &BTreeSet<String>,
) -> Reconciled {
    let mut layer: BTreeMap<AnnotationId, Annotation> = mine
        .into_iter()
        .map(|a| (a.id.clone(), a.clone()))
        .collect();
    let mut take_in = Vec::new();
    for theirs in held.map(merge_revisions).unwrap_or_default() {
        let wanted = match layer.get(&theirs.id) {
            // Changed later elsewhere (the same coder's other browser).
            Some(ours) => theirs.modified > ours.modified,
            None => !known.contains(theirs.id.as_str()),
        };
        if wanted {
            layer.insert(theirs.id.clone(), theirs.clone());
            take_in.push(theirs);
        }
    }
    let layer = in_article_order(layer.into_values().collect());
    let mut writes = Vec::new();
    match held {
        None if layer.is_empty() => {}
        None => writes.push(Write::Put(Box::new(LayerDoc::new(me, document, layer)))),
        Some(held) => {
            let shown = &held.shown;
            let unchanged =
                held.conflicts.is_empty() && in_article_order(shown.annotations.clone()) == layer;
            if layer.is_empty() {
                writes.extend(Deletion::of(&shown.id, shown.rev.as_deref()).map(Write::Delete));
            } else if !unchanged {
                writes.push(Write::Put(Box::new(LayerDoc {
                    rev: shown.rev.clone(),
                    ..LayerDoc::new(me, document, layer)
                })));
            }
            // The merge ends every revision it was made from.
            writes.extend(
                held.conflicts
                    .iter()
                    .filter_map(|doc| Deletion::of(&doc.id, doc.rev.as_deref()))
                    .map(Write::Delete),
            );
        }
    }
    Reconciled { writes, take_in }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::Kind;
    use crate::core::team::testing::annotation_in;
    use crate::core::time::Timestamp;

    fn annotation(byte: u8, exact: &str) -> Annotation {
        annotation_in(
            "Ann said “no” and Bob said “yes” to the “deal”.",
            byte,
            Kind::Quote,
            exact,
        )
    }

    fn changed_at(mut annotation: Annotation, time: &str, speaker: &str) -> Annotation {
        annotation.modified = Timestamp::parse(time).unwrap();
        annotation.speaker = Some(speaker.to_owned());
        annotation
    }

    fn held(coder: &str, annotations: &[&Annotation], rev: &str) -> HeldLayer {
        HeldLayer::single(revision(coder, annotations, rev))
    }

    fn revision(coder: &str, annotations: &[&Annotation], rev: &str) -> LayerDoc {
        LayerDoc {
            rev: Some(rev.to_owned()),
            ..LayerDoc::new(
                coder,
                "d",
                annotations.iter().map(|a| (*a).clone()).collect(),
            )
        }
    }

    fn known(annotations: &[&Annotation]) -> BTreeSet<String> {
        annotations
            .iter()
            .map(|a| a.id.as_str().to_owned())
            .collect()
    }

    fn put(annotations: &[&Annotation], rev: Option<&str>) -> Write {
        Write::Put(Box::new(LayerDoc {
            rev: rev.map(str::to_owned),
            ..LayerDoc::new(
                "ann",
                "d",
                annotations.iter().map(|a| (*a).clone()).collect(),
            )
        }))
    }

    #[test]
    fn a_replica_that_agrees_needs_nothing_whatever_its_order() {
        let no = annotation(1, "“no”");
        let yes = annotation(2, "“yes”");
        let replica = held("ann", &[&yes, &no], "3-b");
        assert_eq!(
            reconcile(
                "ann",
                "d",
                [&no, &yes],
                Some(&replica),
                &known(&[&no, &yes])
            ),
            Reconciled::default()
        );
        // Nothing marked and nothing held: nothing to write.
        assert_eq!(
            reconcile("ann", "d", [], None, &BTreeSet::new()),
            Reconciled::default()
        );
    }

    #[test]
    fn a_first_annotation_writes_a_new_layer() {
        let no = annotation(1, "“no”");
        let reconciled = reconcile("ann", "d", [&no], None, &known(&[&no]));
        assert_eq!(reconciled.writes, [put(&[&no], None)]);
        let json = serde_json::to_value(&reconciled.writes[0]).unwrap();
        assert_eq!(json["_id"], "layer:d:ann");
        assert_eq!(json["annotations"][0]["exact"], "“no”");
        assert!(json.get("_rev").is_none());
    }

    #[test]
    fn what_the_library_never_held_is_taken_in_not_deleted() {
        // Ann's other browser wrote “yes”; this library has never seen it.
        let no = annotation(1, "“no”");
        let elsewhere = annotation(2, "“yes”");
        let replica = held("ann", &[&no, &elsewhere], "2-a");
        let reconciled = reconcile("ann", "d", [&no], Some(&replica), &known(&[&no]));
        assert_eq!(reconciled.writes, [], "the replica already holds both");
        assert_eq!(reconciled.take_in, [elsewhere]);
    }

    #[test]
    fn a_change_made_later_elsewhere_is_taken_in_and_an_earlier_one_is_overwritten() {
        let original = annotation(1, "“no”");
        let later_there = changed_at(original.clone(), "2026-12-05T11:00:00.000Z", "Ann");
        let here = changed_at(original.clone(), "2026-12-05T10:30:00.000Z", "Bob");
        let replica = held("ann", &[&later_there], "2-a");
        let reconciled = reconcile("ann", "d", [&here], Some(&replica), &known(&[&original]));
        assert_eq!(reconciled.take_in, std::slice::from_ref(&later_there));
        assert_eq!(reconciled.writes, []);
        // The other way round, the library's later change is written over the replica's.
        let replica = held("ann", &[&here], "2-a");
        let reconciled = reconcile(
            "ann",
            "d",
            [&later_there],
            Some(&replica),
            &known(&[&original]),
        );
        assert_eq!(reconciled.take_in, []);
        assert_eq!(reconciled.writes, [put(&[&later_there], Some("2-a"))]);
    }

    #[test]
    fn new_changed_and_deleted_annotations_are_written_as_one_layer_over_the_revision_it_replaces()
    {
        let kept = annotation(1, "“no”");
        let changed = annotation(2, "“yes”");
        let deleted = annotation(3, "“deal”");
        let added = annotation(4, "“deal”");
        let replica = held("ann", &[&kept, &changed, &deleted], "5-c");
        let known_ids = known(&[&kept, &changed, &deleted]);
        let changed = changed_at(changed, "2026-12-05T10:05:00.000Z", "Bob");
        let reconciled = reconcile(
            "ann",
            "d",
            [&added, &kept, &changed],
            Some(&replica),
            &known_ids,
        );
        assert_eq!(reconciled.take_in, []);
        // In the article's order: “no”, “yes”, then “deal”.
        assert_eq!(
            reconciled.writes,
            [put(&[&kept, &changed, &added], Some("5-c"))]
        );
        let json = serde_json::to_value(&reconciled.writes[0]).unwrap();
        assert_eq!(json["_rev"], "5-c");
        assert_eq!(json["annotations"][1]["speaker"], "Bob");
    }

    #[test]
    fn a_layer_left_empty_is_deleted() {
        let gone = annotation(1, "“no”");
        let replica = held("ann", &[&gone], "4-d");
        let reconciled = reconcile("ann", "d", [], Some(&replica), &known(&[&gone]));
        assert_eq!(
            reconciled.writes,
            [Write::Delete(Deletion {
                id: "layer:d:ann".into(),
                rev: "4-d".into(),
                deleted: true,
            })]
        );
        // As bulkDocs takes it: its id, its revision and `_deleted`.
        let json = serde_json::to_value(&reconciled.writes[0]).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"_id": "layer:d:ann", "_rev": "4-d", "_deleted": true})
        );
    }

    #[test]
    fn revisions_in_conflict_are_merged_and_the_merge_ends_them() {
        // Ann coded in two browsers offline: one changed “no” later, the other added “deal”.
        let no = annotation(1, "“no”");
        let yes = annotation(2, "“yes”");
        let deal = annotation(3, "“deal”");
        let no_later = changed_at(no.clone(), "2026-12-05T12:00:00.000Z", "Ann");
        let replica = HeldLayer {
            shown: revision("ann", &[&no, &yes], "3-a"),
            conflicts: vec![revision("ann", &[&no_later, &yes, &deal], "3-b")],
        };
        assert_eq!(
            merge_revisions(&replica),
            [no_later.clone(), yes.clone(), deal.clone()]
        );
        // This browser held “no” and “yes” as they were.
        let reconciled = reconcile(
            "ann",
            "d",
            [&no, &yes],
            Some(&replica),
            &known(&[&no, &yes]),
        );
        assert_eq!(reconciled.take_in, [no_later.clone(), deal.clone()]);
        assert_eq!(
            reconciled.writes,
            [
                put(&[&no_later, &yes, &deal], Some("3-a")),
                Write::Delete(Deletion {
                    id: "layer:d:ann".into(),
                    rev: "3-b".into(),
                    deleted: true,
                }),
            ]
        );
    }

    #[test]
    fn others_are_layers_by_name_with_patterns_in_turn_mine_and_empty_ones_left_out() {
        let no = annotation(1, "“no”");
        let yes = annotation(2, "“yes”");
        let deal = annotation(3, "“deal”");
        let layers = others_layers(
            [
                held("zoe", &[&deal], "1-a"),
                held("ann", &[&no], "1-b"),
                held("bob", &[&yes, &no], "1-c"),
                held("cy", &[], "1-d"),
            ],
            "ann",
        );
        let names: Vec<(&str, usize, usize)> = layers
            .iter()
            .map(|l| (l.coder.as_str(), l.pattern, l.annotations.len()))
            .collect();
        assert_eq!(names, [("bob", 0, 2), ("zoe", 1, 1)]);
        // In the article's order.
        assert_eq!(layers[0].annotations[0].exact, "“no”");
        // A layer in conflict shows every annotation of its revisions.
        let conflicted = HeldLayer {
            shown: revision("bob", &[&no], "2-a"),
            conflicts: vec![revision("bob", &[&yes], "2-b")],
        };
        assert_eq!(others_layers([conflicted], "ann")[0].annotations, [no, yes]);
    }

    #[test]
    fn patterns_come_round_again_after_the_last() {
        let no = annotation(1, "“no”");
        let held = (0..=PATTERNS).map(|i| held(&format!("coder{i:02}"), &[&no], "1-a"));
        let layers = others_layers(held, "nobody");
        assert_eq!(layers.last().unwrap().pattern, 0);
        assert_eq!(layers[PATTERNS - 1].pattern, PATTERNS - 1);
    }
}
