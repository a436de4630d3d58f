//! The agreement table of a team project: the coders' layers of one article, or of every
//! article of the project, put to `core::agreement`'s measures for the coders chosen.

use std::collections::{BTreeMap, BTreeSet};

use serde::Deserialize;

use super::docs::ArticleDoc;
use super::layers::{HeldLayer, Revised, merge_revisions};
use crate::core::agreement::{AgreementRow, Coded, CoderLayer, Tally};
use crate::core::annotation::{Annotation, AnnotationId, Kind, QuoteType};
use crate::core::offsets::{CharOffset, CharRange};
use crate::core::time::Timestamp;

/// An annotation as the agreement table reads it: the fields the table compares, and those
/// that merge a layer's revisions in conflict. Read from a layer in the replica it leaves the
/// rest (the text, the note, the tags…) in JavaScript, which halves what crosses into Rust.
#[derive(Clone, Debug, PartialEq, Deserialize)]
pub struct CodedSpan {
    pub id: AnnotationId,
    pub kind: Kind,
    pub start: CharOffset,
    pub end: CharOffset,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub quote_type: Option<QuoteType>,
    #[serde(default)]
    pub orphaned: bool,
    /// As written: read as a time only when two revisions of a layer are merged, so that
    /// reading a project does not parse 150,000 times.
    pub modified: String,
}

impl From<&Annotation> for CodedSpan {
    fn from(a: &Annotation) -> Self {
        Self {
            id: a.id.clone(),
            kind: a.kind,
            start: a.start,
            end: a.end,
            speaker: a.speaker.clone(),
            quote_type: a.quote_type,
            orphaned: a.orphaned,
            modified: a.modified.as_str().to_owned(),
        }
    }
}

impl Coded for CodedSpan {
    fn kind(&self) -> Kind {
        self.kind
    }

    fn span(&self) -> Option<CharRange> {
        if self.orphaned {
            None
        } else {
            CharRange::try_new(self.start, self.end)
        }
    }

    fn speaker(&self) -> Option<&str> {
        self.speaker.as_deref()
    }

    fn quote_type(&self) -> Option<QuoteType> {
        self.quote_type
    }
}

impl Revised for CodedSpan {
    fn id(&self) -> &AnnotationId {
        &self.id
    }

    fn changed_after(&self, other: &Self) -> bool {
        match (
            Timestamp::parse(&self.modified),
            Timestamp::parse(&other.modified),
        ) {
            (Ok(mine), Ok(theirs)) => mine > theirs,
            // A time that does not read (an older record's) orders before every real one.
            (Ok(_), Err(_)) => true,
            (Err(_), Ok(_)) => false,
            (Err(_), Err(_)) => self.modified > other.modified,
        }
    }

    fn position(&self) -> (CharOffset, CharOffset) {
        (self.start, self.end)
    }
}

/// One article as the coders coded it: its text, and each coder's annotations of it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CodedArticle {
    pub text: String,
    pub layers: BTreeMap<String, Vec<CodedSpan>>,
}

impl CodedArticle {
    /// The article `text` with `layers` (coder, annotations) as the reader's page holds them.
    pub fn of<'a>(
        text: &str,
        layers: impl IntoIterator<Item = (&'a str, &'a [Annotation])>,
    ) -> Self {
        Self {
            text: text.to_owned(),
            layers: layers
                .into_iter()
                .map(|(coder, annotations)| {
                    (
                        coder.to_owned(),
                        annotations.iter().map(CodedSpan::from).collect(),
                    )
                })
                .collect(),
        }
    }
}

/// The project's articles with their layers, from the replica's documents (a layer in conflict
/// with every annotation of its revisions). Layers of an article the project does not hold are
/// left out (there is no text to measure them on).
pub fn coded_articles(
    articles: Vec<ArticleDoc>,
    layers: impl IntoIterator<Item = HeldLayer<CodedSpan>>,
) -> Vec<CodedArticle> {
    let mut by_id: BTreeMap<String, CodedArticle> = articles
        .into_iter()
        .filter_map(|article| {
            let id = article.id.strip_prefix("article:")?.to_owned();
            Some((
                id,
                CodedArticle {
                    text: article.text,
                    layers: BTreeMap::new(),
                },
            ))
        })
        .collect();
    for layer in layers {
        if let Some(article) = by_id.get_mut(&layer.shown.document) {
            let annotations = merge_revisions(&layer);
            article.layers.insert(layer.shown.coder, annotations);
        }
    }
    by_id.into_values().collect()
}

/// Every coder who has a layer in `articles`.
pub fn coders_of(articles: &[CodedArticle]) -> BTreeSet<String> {
    articles
        .iter()
        .flat_map(|a| a.layers.keys().cloned())
        .collect()
}

/// The table over `articles` for the coders in `chosen` (every coder when it is empty): per
/// kind and pair of coders, pooled over the articles.
pub fn agreement_table(articles: &[CodedArticle], chosen: &BTreeSet<String>) -> Vec<AgreementRow> {
    let mut tally = Tally::new();
    for article in articles {
        let layers: Vec<CoderLayer<CodedSpan>> = article
            .layers
            .iter()
            .filter(|(coder, _)| chosen.is_empty() || chosen.contains(*coder))
            .map(|(coder, annotations)| CoderLayer { coder, annotations })
            .collect();
        tally.add(&article.text, &layers);
    }
    tally.rows()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::annotation::Kind;
    use crate::core::team::testing::annotation_in;

    use crate::core::credit::Credit;
    use crate::core::saved::document_id;
    use crate::core::team::docs::LayerDoc;

    const TEXT: &str = "Ann said “yes” and Bo said “no” to the “plan”.";

    fn annotation(seed: u8, kind: Kind, needle: &str) -> Annotation {
        annotation_in(TEXT, seed, kind, needle)
    }

    #[test]
    fn the_table_pairs_the_chosen_coders_worked_by_hand() {
        let id = document_id(TEXT);
        let article = ArticleDoc::new(&id, "Talks", TEXT, None, &Credit::default());
        let layer = |coder: &str, document: &str, annotations: Vec<Annotation>| {
            HeldLayer::single(LayerDoc::new(
                coder,
                document,
                annotations.iter().map(CodedSpan::from).collect(),
            ))
        };
        let layers = vec![
            layer(
                "ann",
                &id,
                vec![
                    annotation(1, Kind::Quote, "“yes”"),
                    annotation(2, Kind::Quote, "“no”"),
                ],
            ),
            layer(
                "bob",
                &id,
                vec![
                    annotation(3, Kind::Quote, "“yes”"),
                    annotation(4, Kind::ScareQuote, "“plan”"),
                ],
            ),
            layer("cy", &id, vec![annotation(5, Kind::Quote, "“yes”")]),
            // An article the project does not hold is left out.
            layer(
                "ann",
                "sha256:gone",
                vec![annotation(6, Kind::Claim, "Ann")],
            ),
        ];
        let articles = coded_articles(vec![article], layers);
        assert_eq!(articles.len(), 1);
        assert_eq!(
            coders_of(&articles).into_iter().collect::<Vec<_>>(),
            ["ann", "bob", "cy"]
        );
        let chosen: BTreeSet<String> = ["ann".to_owned(), "bob".to_owned()].into();
        let rows = agreement_table(&articles, &chosen);
        let quote = rows
            .iter()
            .find(|r| r.kind == Kind::Quote)
            .expect("a quote row");
        // Ann marked 2 quotes, Bob 1, one of them the same: F1 = 2·1 / (2 + 1).
        assert_eq!(
            (quote.coder_a.as_str(), quote.coder_b.as_str()),
            ("ann", "bob")
        );
        assert_eq!((quote.spans_a, quote.spans_b), (2, 1));
        assert!((quote.exact_f1 - 2.0 / 3.0).abs() < 1e-9);
        // Only Bob marked a scare quote: nothing agrees.
        let scare = rows.iter().find(|r| r.kind == Kind::ScareQuote).unwrap();
        assert_eq!((scare.spans_a, scare.spans_b, scare.exact_f1), (0, 1, 0.0));
        assert!(rows.iter().all(|r| r.coder_b != "cy"), "cy was not chosen");
        // Nobody chosen means everyone: three pairs per kind.
        let all = agreement_table(&articles, &BTreeSet::new());
        assert_eq!(all.iter().filter(|r| r.kind == Kind::Quote).count(), 3);
    }

    #[test]
    fn a_layer_read_for_the_table_holds_what_the_table_compares() {
        let mut quote = annotation(1, Kind::Quote, "“yes”");
        quote.speaker = Some("Ann".into());
        quote.quote_type = Some(QuoteType::Direct);
        quote.note = "checked".into();
        let written = LayerDoc::new("ann", "sha256:x", vec![quote.clone()]);
        let json = serde_json::to_string(&written).unwrap();
        let read: LayerDoc<CodedSpan> = serde_json::from_str(&json).unwrap();
        assert_eq!(read.coder, "ann");
        let span = &read.annotations[0];
        assert_eq!(span, &CodedSpan::from(&quote));
        assert_eq!(
            (span.speaker.as_deref(), span.quote_type),
            (Some("Ann"), Some(QuoteType::Direct))
        );
        assert_eq!(span.span(), quote.range());
        // An orphan is not in the text: the table leaves it out.
        quote.orphaned = true;
        assert_eq!(CodedSpan::from(&quote).span(), None);
    }

    #[test]
    fn revisions_read_for_the_table_are_merged_by_the_moment_each_changed() {
        let mut early = CodedSpan::from(&annotation(1, Kind::Quote, "“yes”"));
        let mut late = early.clone();
        // The same moment written two ways, then an hour later with an offset.
        early.modified = "2026-12-05T10:00:00Z".into();
        late.modified = "2026-12-05T10:00:00.000Z".into();
        assert!(!late.changed_after(&early) && !early.changed_after(&late));
        late.modified = "2026-12-05T12:00:00+01:00".into();
        late.speaker = Some("Ann".into());
        assert!(late.changed_after(&early));
        let held = HeldLayer {
            shown: LayerDoc::new("ann", "d", vec![early.clone()]),
            conflicts: vec![LayerDoc::new("ann", "d", vec![late.clone()])],
        };
        assert_eq!(merge_revisions(&held), [late]);
    }
}
