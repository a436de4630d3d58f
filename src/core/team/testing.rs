//! What the team modules' tests share: an annotation made by a reader on a text.

use crate::core::annotation::{Annotation, AnnotationId, Kind};
use crate::core::article::Article;
use crate::core::time::Timestamp;

/// The reader's annotation `seed` of the first `needle` in `text`, as `kind`.
pub fn annotation_in(text: &str, seed: u8, kind: Kind, needle: &str) -> Annotation {
    let article = Article::parse(text);
    Annotation::new(
        AnnotationId::from_random_bytes([seed; 16]),
        kind,
        article.find(needle).expect("the needle is in the text"),
        &article,
        &Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap(),
    )
}
