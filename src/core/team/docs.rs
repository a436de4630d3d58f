//! The documents of a team project's database, as Quotemark writes and reads them:
//! an article (`article:<document id>`, published by an owner) and one coder's annotation
//! (`annotation:<document id>:<coder>:<annotation id>`, with `type`, `coder` and `document`
//! beside the annotation's own fields). The article comes first in an annotation's id so that
//! one range of ids holds every coder's annotations of one article. These are the names and fields the project's
//! `validate_doc_update` checks, so a document made here passes it when its coder is the one
//! signed in. Revisions (`_rev`) are CouchDB's: they are kept when read so that an update names
//! the revision it replaces.

use serde::{Deserialize, Serialize};

use crate::core::annotation::Annotation;
use crate::core::credit::Credit;

/// An annotation of one coder, as the team's database holds it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnotationDoc {
    #[serde(rename = "_id")]
    pub id: String,
    #[serde(rename = "_rev", default, skip_serializing_if = "Option::is_none")]
    pub rev: Option<String>,
    #[serde(rename = "type")]
    pub doc_type: DocType,
    pub coder: String,
    /// The id of the article (`core::saved::document_id` of its text).
    pub document: String,
    #[serde(flatten)]
    pub annotation: Annotation,
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
    Annotation,
    Gold,
}

/// The deletion of revision `rev` of document `id`, in the shape `bulkDocs` takes: any
/// document of the project (an annotation, a gold decision) is deleted so.
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

/// The id of `coder`'s annotation `annotation_id` of the article `document`.
pub fn annotation_doc_id(document: &str, coder: &str, annotation_id: &str) -> String {
    format!("{}{coder}:{annotation_id}", annotations_of_prefix(document))
}

/// What the ids of every annotation of the article `document` start with.
pub fn annotations_of_prefix(document: &str) -> String {
    format!("annotation:{document}:")
}

/// The article and the coder an annotation's id names (`None` for any other id). Coders' names
/// and annotation ids hold no `:`; a document id may.
pub fn parse_annotation_doc_id(id: &str) -> Option<(&str, &str)> {
    let rest = id.strip_prefix("annotation:")?;
    let (rest, _annotation) = rest.rsplit_once(':')?;
    let (document, coder) = rest.rsplit_once(':')?;
    (!document.is_empty() && !coder.is_empty()).then_some((document, coder))
}

impl AnnotationDoc {
    /// `coder`'s annotation on document `document`, new (no revision yet).
    pub fn new(coder: &str, document: &str, annotation: Annotation) -> Self {
        Self {
            id: annotation_doc_id(document, coder, annotation.id.as_str()),
            rev: None,
            doc_type: DocType::Annotation,
            coder: coder.to_owned(),
            document: document.to_owned(),
            annotation,
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
    fn an_annotation_doc_has_the_fields_the_server_checks_and_reads_back_whole() {
        let doc = AnnotationDoc::new("ann", "sha256:abc", annotation());
        let json: serde_json::Value = serde_json::to_value(&doc).unwrap();
        // What validate_doc_update reads: the type, the coder, the id under the coder's name,
        // the article.
        assert_eq!(json["type"], "annotation");
        assert_eq!(json["coder"], "ann");
        let id = format!("annotation:sha256:abc:ann:{}", doc.annotation.id.as_str());
        assert_eq!(json["_id"], id);
        assert_eq!(parse_annotation_doc_id(&id), Some(("sha256:abc", "ann")));
        assert_eq!(json["document"], "sha256:abc");
        assert!(
            json.get("_rev").is_none(),
            "a new document names no revision"
        );
        // The annotation's own fields sit beside them.
        assert_eq!(json["kind"], "quote");
        assert_eq!(json["exact"], "“obsolete,”");
        assert_eq!(json["speaker"], "He");
        let mut read: AnnotationDoc = serde_json::from_value(json).unwrap();
        assert_eq!(read, doc);
        // A revision from the server is kept for the next update.
        read.rev = Some("2-abc".into());
        let again: AnnotationDoc =
            serde_json::from_str(&serde_json::to_string(&read).unwrap()).unwrap();
        assert_eq!(again.rev.as_deref(), Some("2-abc"));
    }

    #[test]
    fn only_annotation_ids_are_parsed() {
        assert_eq!(
            parse_annotation_doc_id("annotation:d:bo:1"),
            Some(("d", "bo"))
        );
        for id in [
            "article:sha256:abc",
            "annotation:bo:1",
            "annotation::bo:1",
            "gold:d:1",
        ] {
            assert_eq!(parse_annotation_doc_id(id), None, "{id}");
        }
        assert!(annotation_doc_id("d", "bo", "1").starts_with(&annotations_of_prefix("d")));
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
}
