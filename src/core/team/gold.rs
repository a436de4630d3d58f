//! Adjudication: the gold layer of an article, decided passage by passage.
//!
//! A **passage** is what the coders marked in one place: the annotations of every coder that
//! overlap one another (of any kind), gathered transitively, named by the smallest annotation
//! id among them so that every adjudicator names it alike. A passage is **agreed** when every
//! coder of the article marked it once, with the same span and kind. The gold layer holds one
//! **decision** per passage ([`GoldDoc`], id `gold:<document>:<passage>`): a coder's version
//! taken (perhaps edited), or the passage dropped. Two adjudicators deciding one passage at
//! once write the same document: CouchDB keeps both revisions as a conflict, and
//! [`resolution`] writes the one a person chose and deletes the others, so nothing is lost
//! before someone chooses.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::docs::{Deletion, DocType};
use crate::core::annotation::Annotation;

/// What the coders marked in one place.
#[derive(Clone, Debug, PartialEq)]
pub struct Passage {
    /// The smallest annotation id among its annotations.
    pub id: String,
    /// Every coder's annotations in it, by coder, in the article's order.
    pub versions: Vec<(String, Annotation)>,
}

impl Passage {
    /// Where it starts, in code points.
    pub fn start(&self) -> usize {
        self.versions
            .iter()
            .map(|(_, a)| a.start.get())
            .min()
            .unwrap_or(0)
    }

    /// The annotation every one of `coders` marked alike here, if they did.
    pub fn agreed(&self, coders: usize) -> Option<&Annotation> {
        let (_, first) = self.versions.first()?;
        let alike = self
            .versions
            .iter()
            .all(|(_, a)| a.start == first.start && a.end == first.end && a.kind == first.kind);
        let mut who: Vec<&str> = self.versions.iter().map(|(c, _)| c.as_str()).collect();
        who.dedup();
        (alike && self.versions.len() == coders && who.len() == coders).then_some(first)
    }
}

/// The passages of `layers` (coder, annotations), in the article's order. Orphans are left out.
pub fn passages(layers: &[(String, Vec<Annotation>)]) -> Vec<Passage> {
    let mut all: Vec<(String, Annotation)> = layers
        .iter()
        .flat_map(|(coder, annotations)| {
            annotations
                .iter()
                .filter(|a| !a.orphaned)
                .map(move |a| (coder.clone(), a.clone()))
        })
        .collect();
    all.sort_by(|(c, a), (d, b)| (a.start, a.end, c).cmp(&(b.start, b.end, d)));
    let mut out: Vec<Passage> = Vec::new();
    let mut reach = 0;
    for (coder, annotation) in all {
        match out.last_mut() {
            // Sorted by start: it belongs to the last passage if it starts before that ends.
            Some(last) if annotation.start.get() < reach => {
                reach = reach.max(annotation.end.get());
                last.versions.push((coder, annotation));
            }
            _ => {
                reach = annotation.end.get();
                out.push(Passage {
                    id: String::new(),
                    versions: vec![(coder, annotation)],
                });
            }
        }
    }
    for passage in &mut out {
        passage.id = passage
            .versions
            .iter()
            .map(|(_, a)| a.id.as_str())
            .min()
            .unwrap_or_default()
            .to_owned();
    }
    out
}

/// One decision of the gold layer, as the team's database holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct GoldDoc {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub document: String,
    /// Who decided.
    pub adjudicator: String,
    /// The coder whose version was taken; none when the passage was dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// The gold annotation; none when the passage was dropped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub annotation: Option<Annotation>,
    /// The adjudicator changed `from`'s version before taking it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub edited: bool,
}

/// The id of the decision on `passage` of the article `document`.
pub fn gold_id(document: &str, passage: &str) -> String {
    format!("gold:{document}:{passage}")
}

impl GoldDoc {
    /// `adjudicator` takes `from`'s version of `passage` (or, with `None`, drops the passage).
    pub fn decide(
        document: &str,
        passage: &Passage,
        adjudicator: &str,
        taken: Option<(&str, &Annotation)>,
    ) -> Self {
        Self {
            id: gold_id(document, &passage.id),
            rev: None,
            doc_type: DocType::Gold,
            document: document.to_owned(),
            adjudicator: adjudicator.to_owned(),
            from: taken.map(|(coder, _)| coder.to_owned()),
            annotation: taken.map(|(_, a)| a.clone()),
            edited: false,
        }
    }

    /// `adjudicator` takes `from`'s version of `passage` changed to `edited` (its kind, its
    /// speaker, its note…); `edited` keeps the id of the version it was made from.
    pub fn decide_edited(
        document: &str,
        passage: &Passage,
        adjudicator: &str,
        from: &str,
        edited: Annotation,
    ) -> Self {
        Self {
            annotation: Some(edited),
            edited: true,
            ..Self::decide(document, passage, adjudicator, None)
        }
        .taken_from(from)
    }

    fn taken_from(mut self, coder: &str) -> Self {
        self.from = Some(coder.to_owned());
        self
    }

    /// Whether it decides the same as `other` (whoever decided, whatever the revision).
    pub fn same_decision(&self, other: &GoldDoc) -> bool {
        self.from == other.from
            && self.annotation == other.annotation
            && self.edited == other.edited
    }
}

/// The decisions that accept every agreed passage not decided yet (one step, undone by
/// deleting what it wrote).
pub fn accept_agreements(
    document: &str,
    passages: &[Passage],
    coders: usize,
    decided: &BTreeMap<String, GoldDoc>,
    adjudicator: &str,
) -> Vec<GoldDoc> {
    passages
        .iter()
        .filter(|p| !decided.contains_key(&gold_id(document, &p.id)))
        .filter_map(|p| {
            let agreed = p.agreed(coders)?;
            let coder = p.versions[0].0.as_str();
            Some(GoldDoc::decide(
                document,
                p,
                adjudicator,
                Some((coder, agreed)),
            ))
        })
        .collect()
}

/// The passages still to decide, in order.
pub fn open_passages<'a>(
    document: &str,
    passages: &'a [Passage],
    decided: &BTreeMap<String, GoldDoc>,
) -> Vec<&'a Passage> {
    passages
        .iter()
        .filter(|p| !decided.contains_key(&gold_id(document, &p.id)))
        .collect()
}

/// A decision with conflicting revisions: the one CouchDB shows (`winner`) and the others.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    pub winner: GoldDoc,
    pub others: Vec<GoldDoc>,
}

/// What a write to the database is: a document, or a deletion of one revision.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum GoldWrite {
    Put(Box<GoldDoc>),
    Delete(Deletion),
}

/// The writes that settle `conflict` on `chosen` (one of its versions): the chosen decision
/// written over the winning revision, every other revision deleted.
pub fn resolution(conflict: &Conflict, chosen: &GoldDoc, adjudicator: &str) -> Vec<GoldWrite> {
    let mut writes = vec![GoldWrite::Put(Box::new(GoldDoc {
        rev: conflict.winner.rev.clone(),
        adjudicator: adjudicator.to_owned(),
        ..chosen.clone()
    }))];
    writes.extend(
        conflict
            .others
            .iter()
            .filter_map(|other| Deletion::of(&other.id, other.rev.as_deref()))
            .map(GoldWrite::Delete),
    );
    writes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::{AnnotationId, Kind};
    use crate::core::team::testing::annotation_in;

    const TEXT: &str = "Ann said “yes” and Bo said “no, never” to the “plan”, critics said.";

    fn annotation(seed: u8, kind: Kind, needle: &str) -> Annotation {
        annotation_in(TEXT, seed, kind, needle)
    }

    fn layers() -> Vec<(String, Vec<Annotation>)> {
        vec![
            (
                "ann".into(),
                vec![
                    annotation(1, Kind::Quote, "“yes”"),
                    annotation(2, Kind::Quote, "“no, never”"),
                    annotation(3, Kind::ScareQuote, "“plan”"),
                ],
            ),
            (
                "bob".into(),
                vec![
                    annotation(11, Kind::Quote, "“yes”"),
                    annotation(12, Kind::Quote, "“no,"),
                    annotation(14, Kind::Claim, "critics said"),
                ],
            ),
        ]
    }

    #[test]
    fn passages_gather_what_overlaps_and_agreement_needs_every_coder_alike() {
        let found = passages(&layers());
        let said: Vec<(usize, Option<&str>)> = found
            .iter()
            .map(|p| (p.versions.len(), p.agreed(2).map(|a| a.exact.as_str())))
            .collect();
        // “yes” alike; “no, never” against “no,”; “plan” by Ann only; the claim by Bob only.
        assert_eq!(said, [(2, Some("“yes”")), (2, None), (1, None), (1, None)]);
        // Named by the smallest id among them, the same for every adjudicator.
        assert_eq!(
            found[0].id,
            AnnotationId::from_random_bytes([1; 16]).as_str()
        );
        assert!(found.windows(2).all(|w| w[0].start() < w[1].start()));
    }

    #[test]
    fn accepting_agreements_decides_only_what_is_agreed_and_not_decided() {
        let found = passages(&layers());
        let mut decided = BTreeMap::new();
        let accepted = accept_agreements("d", &found, 2, &decided, "olga");
        assert_eq!(accepted.len(), 1);
        assert_eq!(accepted[0].from.as_deref(), Some("ann"));
        assert_eq!(accepted[0].annotation.as_ref().unwrap().exact, "“yes”");
        assert_eq!(accepted[0].id, format!("gold:d:{}", found[0].id));
        decided.insert(accepted[0].id.clone(), accepted[0].clone());
        assert_eq!(accept_agreements("d", &found, 2, &decided, "olga"), []);
        assert_eq!(open_passages("d", &found, &decided).len(), 3);
    }

    #[test]
    fn a_conflict_is_settled_on_the_chosen_version_and_the_others_deleted() {
        let found = passages(&layers());
        let plan = &found[2];
        let mut taken = GoldDoc::decide("d", plan, "olga", Some(("ann", &plan.versions[0].1)));
        taken.rev = Some("2-a".into());
        let mut dropped = GoldDoc::decide("d", plan, "ada", None);
        dropped.rev = Some("2-b".into());
        assert_eq!(taken.id, dropped.id, "both decided the same passage");
        assert!(!taken.same_decision(&dropped));
        let conflict = Conflict {
            winner: taken.clone(),
            others: vec![dropped.clone()],
        };
        let writes = resolution(&conflict, &dropped, "ada");
        let json = serde_json::to_value(&writes).unwrap();
        assert_eq!(json[0]["_rev"], "2-a", "written over the winning revision");
        assert!(json[0].get("annotation").is_none(), "the drop was chosen");
        assert_eq!(json[0]["adjudicator"], "ada");
        assert_eq!(
            json[1],
            serde_json::json!({"_id": taken.id, "_rev": "2-b", "_deleted": true})
        );
    }

    #[test]
    fn an_edited_version_is_taken_as_edited_and_said_so() {
        let found = passages(&layers());
        let no = &found[1];
        let (coder, version) = no.versions.iter().find(|(c, _)| c == "bob").unwrap();
        let mut changed = version.clone();
        changed.speaker = Some("the mayor".into());
        let edited = GoldDoc::decide_edited("d", no, "olga", coder, changed);
        let json = serde_json::to_value(&edited).unwrap();
        assert_eq!(json["_id"], format!("gold:d:{}", no.id));
        assert_eq!(json["from"], "bob");
        assert_eq!(json["edited"], true);
        assert_eq!(json["annotation"]["speaker"], "the mayor");
        assert_eq!(json["annotation"]["exact"], "“no,");
        let read: GoldDoc = serde_json::from_value(json).unwrap();
        assert_eq!(read, edited);
        // Taken as it was, it is another decision, and says nothing of editing.
        let taken = GoldDoc::decide("d", no, "olga", Some((coder, version)));
        assert!(!taken.same_decision(&edited));
        assert!(
            serde_json::to_value(&taken)
                .unwrap()
                .get("edited")
                .is_none()
        );
    }
}
