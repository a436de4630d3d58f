//! Coders' layers of one article, and what a coder's own layer needs written to the team's
//! replica.
//!
//! A coder's own annotations of an article are the article's annotations in the coder's
//! library, edited as ever; the replica holds a copy of them as [`AnnotationDoc`]s, which sync
//! sends to the team. [`reconcile`] compares the two: a new or changed annotation is put (with
//! the revision it replaces); one the replica holds and the library does not is deleted only
//! if the library held it earlier in this session (`known`): the reader deleted it. Otherwise
//! it came from elsewhere (the same coder in another browser) and is taken into the library,
//! so that no annotation is lost to an ordering of events. Everyone else's annotations are
//! read-only [`Layer`]s, one per coder, each drawn with its own outline pattern.

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

use super::docs::{AnnotationDoc, Deletion};
use crate::core::annotation::Annotation;

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

/// The layers of everyone but `me` among `docs` (the replica's annotations of one article),
/// by coder name, each with its pattern by that order.
pub fn others_layers(docs: impl IntoIterator<Item = AnnotationDoc>, me: &str) -> Vec<Layer> {
    let mut by_coder: BTreeMap<String, Vec<Annotation>> = BTreeMap::new();
    for doc in docs {
        if doc.coder != me {
            by_coder.entry(doc.coder).or_default().push(doc.annotation);
        }
    }
    by_coder
        .into_iter()
        .enumerate()
        .map(|(position, (coder, mut annotations))| {
            annotations.sort_by_key(|a| (a.start, a.end));
            Layer {
                coder,
                pattern: position % PATTERNS,
                annotations,
            }
        })
        .collect()
}

/// One write to the replica, in the shape `bulkDocs` takes.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Write {
    Put(Box<AnnotationDoc>),
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
    /// For the library: annotations the replica holds that the library never had.
    pub take_in: Vec<Annotation>,
}

/// Compares `mine` (the library's annotations of `document`) with `held` (`me`'s docs of it in
/// the replica); `known` holds the ids of annotations the library has held this session.
pub fn reconcile<'a>(
    me: &str,
    document: &str,
    mine: impl IntoIterator<Item = &'a Annotation>,
    held: &[AnnotationDoc],
    known: &BTreeSet<String>,
) -> Reconciled {
    let mut held: BTreeMap<&str, &AnnotationDoc> = held
        .iter()
        .filter(|doc| doc.coder == me && doc.document == document)
        .map(|doc| (doc.annotation.id.as_str(), doc))
        .collect();
    let mut reconciled = Reconciled::default();
    for annotation in mine {
        let put = |rev| {
            Write::Put(Box::new(AnnotationDoc {
                rev,
                ..AnnotationDoc::new(me, document, annotation.clone())
            }))
        };
        match held.remove(annotation.id.as_str()) {
            Some(doc) if doc.annotation == *annotation => {}
            Some(doc) => reconciled.writes.push(put(doc.rev.clone())),
            None => reconciled.writes.push(put(None)),
        }
    }
    for (id, doc) in held {
        match Deletion::of(&doc.id, doc.rev.as_deref()) {
            Some(deletion) if known.contains(id) => reconciled.writes.push(Write::Delete(deletion)),
            _ => reconciled.take_in.push(doc.annotation.clone()),
        }
    }
    reconciled
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::Kind;
    use crate::core::team::testing::annotation_in;

    fn annotation(byte: u8, exact: &str) -> Annotation {
        annotation_in(
            "Ann said “no” and Bob said “yes” to the “deal”.",
            byte,
            Kind::Quote,
            exact,
        )
    }

    fn held(coder: &str, annotation: Annotation, rev: &str) -> AnnotationDoc {
        AnnotationDoc {
            rev: Some(rev.to_owned()),
            ..AnnotationDoc::new(coder, "d", annotation)
        }
    }

    fn known(annotations: &[&Annotation]) -> BTreeSet<String> {
        annotations
            .iter()
            .map(|a| a.id.as_str().to_owned())
            .collect()
    }

    #[test]
    fn a_replica_that_agrees_needs_nothing() {
        let mine = [annotation(1, "“no”"), annotation(2, "“yes”")];
        let replica = [
            held("ann", mine[0].clone(), "1-a"),
            held("ann", mine[1].clone(), "3-b"),
        ];
        let known = known(&[&mine[0], &mine[1]]);
        assert_eq!(
            reconcile("ann", "d", &mine, &replica, &known),
            Reconciled::default()
        );
    }

    #[test]
    fn what_the_library_never_held_is_taken_in_not_deleted() {
        // Ann's other browser wrote “yes”; this library has never seen it.
        let mine = [annotation(1, "“no”")];
        let elsewhere = annotation(2, "“yes”");
        let replica = [
            held("ann", mine[0].clone(), "1-a"),
            held("ann", elsewhere.clone(), "1-b"),
        ];
        let reconciled = reconcile("ann", "d", &mine, &replica, &known(&[&mine[0]]));
        assert_eq!(reconciled.writes, []);
        assert_eq!(reconciled.take_in, [elsewhere]);
    }

    #[test]
    fn new_changed_and_deleted_annotations_are_written_with_the_revision_they_replace() {
        let kept = annotation(1, "“no”");
        let mut changed = annotation(2, "“yes”");
        let deleted = annotation(3, "“deal”");
        let added = annotation(4, "“deal”");
        let replica = [
            held("ann", kept.clone(), "1-a"),
            held("ann", changed.clone(), "2-b"),
            held("ann", deleted.clone(), "5-c"),
            // Someone else's annotation of the same article is not Ann's to delete.
            held("bob", annotation(9, "“no”"), "1-z"),
        ];
        let known_ids = known(&[&kept, &changed, &deleted]);
        changed.speaker = Some("Bob".into());
        let reconciled = reconcile("ann", "d", [&kept, &changed, &added], &replica, &known_ids);
        assert_eq!(reconciled.take_in, []);
        let writes = reconciled.writes;
        let mut expected_put = AnnotationDoc::new("ann", "d", changed.clone());
        expected_put.rev = Some("2-b".into());
        assert_eq!(
            writes,
            [
                Write::Put(Box::new(expected_put)),
                Write::Put(Box::new(AnnotationDoc::new("ann", "d", added.clone()))),
                Write::Delete(Deletion {
                    id: format!("annotation:d:ann:{}", deleted.id.as_str()),
                    rev: "5-c".into(),
                    deleted: true,
                }),
            ]
        );
        // As bulkDocs takes them: a deletion is its id, its revision and `_deleted`.
        let json = serde_json::to_value(&writes[2]).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"_id": writes[2].id(), "_rev": "5-c", "_deleted": true})
        );
        assert_eq!(serde_json::to_value(&writes[0]).unwrap()["speaker"], "Bob");
    }

    #[test]
    fn others_are_layers_by_name_with_patterns_in_turn_and_mine_left_out() {
        let docs: Vec<AnnotationDoc> = [
            ("zoe", 1, "“deal”"),
            ("ann", 2, "“no”"),
            ("bob", 3, "“yes”"),
            ("bob", 4, "“no”"),
        ]
        .into_iter()
        .map(|(coder, byte, exact)| AnnotationDoc::new(coder, "d", annotation(byte, exact)))
        .collect();
        let layers = others_layers(docs.clone(), "ann");
        let names: Vec<(&str, usize, usize)> = layers
            .iter()
            .map(|l| (l.coder.as_str(), l.pattern, l.annotations.len()))
            .collect();
        assert_eq!(names, [("bob", 0, 2), ("zoe", 1, 1)]);
        // In the article's order.
        assert_eq!(layers[0].annotations[0].exact, "“no”");
    }

    #[test]
    fn patterns_come_round_again_after_the_last() {
        let docs = (0..=PATTERNS as u8)
            .map(|i| AnnotationDoc::new(&format!("coder{i:02}"), "d", annotation(i, "“no”")));
        let layers = others_layers(docs, "nobody");
        assert_eq!(layers.last().unwrap().pattern, 0);
        assert_eq!(layers[PATTERNS - 1].pattern, PATTERNS - 1);
    }
}
