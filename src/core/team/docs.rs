//! The documents of a team project's database, as Quotemark writes and reads them:
//! an article (`article:<document id>`, published by an owner) and one coder's layer of it
//! (`layer:<document id>:<coder>`: every annotation that coder made on that article, with
//! `type`, `coder` and `document`). The article comes first in a layer's id so that one range
//! of ids holds every coder's layer of one article.
//!
//! One document per coder and article, not one per annotation: a project of 10 coders × 300
//! articles × 50 annotations is 3,000 documents rather than 150,000, which a first sync and
//! the agreement over the project read some fifteen times faster (docs/PERFORMANCE.md, "Teams").
//! Only its coder writes a layer, so two revisions of one conflict only when the same coder
//! wrote from two browsers, and `core::team::layers` merges them annotation by annotation.
//!
//! These are the names and fields the project's `validate_doc_update` checks, so a document
//! made here passes it when its coder is the one signed in. Revisions (`_rev`) are CouchDB's:
//! they are kept when read so that an update names the revision it replaces.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::core::annotation::Annotation;
use crate::core::credit::Credit;

/// One coder's annotations of one article, as the team's database holds them. `A` is how each
/// annotation is read: whole, or as the agreement table needs it
/// (`core::team::agreement::CodedSpan`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LayerDoc<A = Annotation> {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub coder: String,
    /// The id of the article (`core::saved::document_id` of its text).
    pub document: String,
    pub annotations: Vec<A>,
}

/// An article of the project's corpus.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleDoc {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub title: String,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Credit::is_empty")]
    pub credit: Credit,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DocType {
    Article,
    Layer,
    Gold,
}

/// The deletion of revision `rev` of document `id`, in the shape `bulkDocs` takes: any
/// document of the project (a layer, a gold decision) is deleted so.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deletion {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev")]
    pub rev: String,
    #[serde(rename = "_deleted")]
    pub deleted: bool,
}

impl Deletion {
    /// The deletion of `id` at `rev`; `None` for a document never written (no revision).
    pub fn of(id: &str, rev: Option<&str>) -> Option<Self> {
        Some(Self {
            id: id.to_owned(),
            rev: rev?.to_owned(),
            deleted: true,
        })
    }
}

/// The ids of the annotations of one article that this browser's library has held while a
/// team project ran, kept in the replica as a `_local` document (PouchDB and CouchDB never
/// replicate those): an annotation the replica's layer holds and the library does not was
/// deleted here if its id is listed, and came from elsewhere if it is not, even when the
/// deletion was made while the project was not running (the page closed before the write, or
/// the reader had left the project).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownDoc {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    pub ids: BTreeSet<String>,
}

impl KnownDoc {
    /// Nothing known yet of the article `document`.
    pub fn new(document: &str) -> Self {
        Self {
            id: format!("_local/quotemark-known:{document}"),
            ..Self::default()
        }
    }

    /// Whether it is the list of the article `document`.
    pub fn is_of(&self, document: &str) -> bool {
        self.id == Self::new(document).id
    }
}

/// The id of `coder`'s layer of the article `document`.
pub fn layer_doc_id(document: &str, coder: &str) -> String {
    format!("{}{coder}", layers_of_prefix(document))
}

/// What the ids of every coder's layer of the article `document` start with.
pub fn layers_of_prefix(document: &str) -> String {
    format!("layer:{document}:")
}

/// The article and the coder a layer's id names (`None` for any other id). Coders' names hold
/// no `:`; a document id may.
pub fn parse_layer_doc_id(id: &str) -> Option<(&str, &str)> {
    let (document, coder) = id.strip_prefix("layer:")?.rsplit_once(':')?;
    (!document.is_empty() && !coder.is_empty()).then_some((document, coder))
}

impl<A> LayerDoc<A> {
    /// `coder`'s layer of document `document`, new (no revision yet).
    pub fn new(coder: &str, document: &str, annotations: Vec<A>) -> Self {
        Self {
            id: layer_doc_id(document, coder),
            rev: None,
            doc_type: DocType::Layer,
            coder: coder.to_owned(),
            document: document.to_owned(),
            annotations,
        }
    }
}

impl ArticleDoc {
    /// The article `document_id` with `text`, as an owner publishes it.
    pub fn new(
        document_id: &str,
        title: &str,
        text: &str,
        source: Option<&str>,
        credit: &Credit,
    ) -> Self {
        Self {
            id: format!("article:{document_id}"),
            rev: None,
            doc_type: DocType::Article,
            title: title.to_owned(),
            text: text.to_owned(),
            source: source.map(str::to_owned),
            credit: credit.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::{AnnotationId, Kind};
    use crate::core::article::Article;
    use crate::core::time::Timestamp;

    fn annotation() -> Annotation {
        let article = Article::parse("He called it “obsolete,” again.");
        let mut a = Annotation::new(
            AnnotationId::from_random_bytes([7; 16]),
            Kind::Quote,
            article.find("“obsolete,”").unwrap(),
            &article,
            &Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap(),
        );
        a.speaker = Some("He".into());
        a
    }

    #[test]
    fn a_layer_doc_has_the_fields_the_server_checks_and_reads_back_whole() {
        let doc = LayerDoc::new("ann", "sha256:abc", vec![annotation()]);
        let json: serde_json::Value = serde_json::to_value(&doc).unwrap();
        // What validate_doc_update reads: the type, the coder, the id under the coder's name,
        // the article, the annotations.
        assert_eq!(json["type"], "layer");
        assert_eq!(json["coder"], "ann");
        assert_eq!(json["_id"], "layer:sha256:abc:ann");
        assert_eq!(
            parse_layer_doc_id("layer:sha256:abc:ann"),
            Some(("sha256:abc", "ann"))
        );
        assert_eq!(json["document"], "sha256:abc");
        assert!(
            json.get("_rev").is_none(),
            "a new document names no revision"
        );
        // Each annotation in the schema of Quotemark's own JSON.
        let first = &json["annotations"][0];
        assert_eq!(first["kind"], "quote");
        assert_eq!(first["exact"], "“obsolete,”");
        assert_eq!(first["speaker"], "He");
        let mut read: LayerDoc = serde_json::from_value(json).unwrap();
        assert_eq!(read, doc);
        // A revision from the server is kept for the next update.
        read.rev = Some("2-abc".into());
        let again: LayerDoc = serde_json::from_str(&serde_json::to_string(&read).unwrap()).unwrap();
        assert_eq!(again.rev.as_deref(), Some("2-abc"));
    }

    #[test]
    fn only_layer_ids_are_parsed() {
        assert_eq!(parse_layer_doc_id("layer:d:bo"), Some(("d", "bo")));
        assert_eq!(
            parse_layer_doc_id("layer:sha256:a:b:bo"),
            Some(("sha256:a:b", "bo"))
        );
        for id in [
            "article:sha256:abc",
            "layer:bo",
            "layer::bo",
            "layer:d:",
            "gold:d:1",
            "annotation:d:bo:1",
        ] {
            assert_eq!(parse_layer_doc_id(id), None, "{id}");
        }
        assert!(layer_doc_id("d", "bo").starts_with(&layers_of_prefix("d")));
    }

    #[test]
    fn an_article_doc_carries_its_text_and_metadata() {
        let credit = Credit::new(Some("Ann Lee"), None, Some("PolNeAR"));
        let doc = ArticleDoc::new("sha256:abc", "Talks", "Talks\n\nEnd.", None, &credit);
        let json: serde_json::Value = serde_json::to_value(&doc).unwrap();
        assert_eq!(json["_id"], "article:sha256:abc");
        assert_eq!(json["type"], "article");
        assert_eq!(json["text"], "Talks\n\nEnd.");
        assert_eq!(json["credit"]["site"], "PolNeAR");
        assert!(json.get("source").is_none());
        assert_eq!(serde_json::from_value::<ArticleDoc>(json).unwrap(), doc);
    }

    #[test]
    fn what_the_library_held_is_a_local_document_of_its_article() {
        let mut known = KnownDoc::new("sha256:abc");
        assert!(known.is_of("sha256:abc"));
        assert!(!known.is_of("sha256:ab"));
        known.ids.insert("a1".into());
        let json = serde_json::to_value(&known).unwrap();
        // `_local/`: kept in this browser's replica, never sent to the team.
        assert_eq!(
            json,
            serde_json::json!({"_id": "_local/quotemark-known:sha256:abc", "ids": ["a1"]})
        );
        assert_eq!(serde_json::from_value::<KnownDoc>(json).unwrap(), known);
    }
}
