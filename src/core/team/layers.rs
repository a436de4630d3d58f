//! Coders' layers of one article, and what a coder's own layer needs written to the team's
//! replica.
//!
//! A coder's own annotations of an article are the article's annotations in the coder's
//! library, edited as ever; the replica holds a copy of them as [`AnnotationDoc`]s, which sync
//! sends to the team. [`own_writes`] compares the two and gives the writes that make the
//! replica hold what the library holds (a new or changed annotation put, with the revision it
//! replaces; a deleted one deleted), and nothing when they agree. Everyone else's annotations
//! are read-only [`Layer`]s, one per coder, each drawn with its own outline pattern.

use std::collections::BTreeMap;

use serde::Serialize;

use super::docs::AnnotationDoc;
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

/// `me`'s annotations among `docs`, for taking into the library.
pub fn own_annotations(docs: &[AnnotationDoc], me: &str) -> Vec<Annotation> {
    docs.iter()
        .filter(|doc| doc.coder == me)
        .map(|doc| doc.annotation.clone())
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

/// A deletion of the revision `rev` of document `id`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deletion {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev")]
    pub rev: String,
    #[serde(rename = "_deleted")]
    pub deleted: bool,
}

/// The writes that make the replica's copy of `me`'s layer of `document` (`held`: `me`'s docs
/// of that article, as the replica holds them) equal `mine` (the library's annotations).
pub fn own_writes<'a>(
    me: &str,
    document: &str,
    mine: impl IntoIterator<Item = &'a Annotation>,
    held: &[AnnotationDoc],
) -> Vec<Write> {
    let mut held: BTreeMap<&str, &AnnotationDoc> = held
        .iter()
        .filter(|doc| doc.coder == me && doc.document == document)
        .map(|doc| (doc.annotation.id.as_str(), doc))
        .collect();
    let mut writes = Vec::new();
    for annotation in mine {
        match held.remove(annotation.id.as_str()) {
            Some(doc) if doc.annotation == *annotation => {}
            Some(doc) => writes.push(Write::Put(Box::new(AnnotationDoc {
                rev: doc.rev.clone(),
                ..AnnotationDoc::new(me, document, annotation.clone())
            }))),
            None => writes.push(Write::Put(Box::new(AnnotationDoc::new(
                me,
                document,
                annotation.clone(),
            )))),
        }
    }
    // What the replica holds and the library no longer does was deleted here.
    writes.extend(held.into_values().filter_map(|doc| {
        Some(Write::Delete(Deletion {
            id: doc.id.clone(),
            rev: doc.rev.clone()?,
            deleted: true,
        }))
    }));
    writes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::{AnnotationId, Kind};
    use crate::core::article::Article;
    use crate::core::time::Timestamp;

    fn annotation(byte: u8, exact: &str) -> Annotation {
        let article = Article::parse("Ann said “no” and Bob said “yes” to the “deal”.");
        Annotation::new(
            AnnotationId::from_random_bytes([byte; 16]),
            Kind::Quote,
            article.find(exact).unwrap(),
            &article,
            &Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap(),
        )
    }

    fn held(coder: &str, annotation: Annotation, rev: &str) -> AnnotationDoc {
        AnnotationDoc {
            rev: Some(rev.to_owned()),
            ..AnnotationDoc::new(coder, "d", annotation)
        }
    }

    #[test]
    fn a_replica_that_agrees_needs_no_write() {
        let mine = [annotation(1, "“no”"), annotation(2, "“yes”")];
        let replica = [
            held("ann", mine[0].clone(), "1-a"),
            held("ann", mine[1].clone(), "3-b"),
        ];
        assert_eq!(own_writes("ann", "d", &mine, &replica), []);
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
        changed.speaker = Some("Bob".into());
        let writes = own_writes("ann", "d", [&kept, &changed, &added], &replica);
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
    fn others_are_layers_by_name_with_patterns_in_turn_and_mine_are_kept_apart() {
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
        let mine = own_annotations(&docs, "ann");
        assert_eq!(mine.len(), 1);
        assert_eq!(mine[0].exact, "“no”");
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
