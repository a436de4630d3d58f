//! An annotation of a test text over the first occurrence of `needle`, as the app makes one
//! from a selection (the id from `seed`).

use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::article::Article;
use quotemark::core::time::Timestamp;

pub fn annotation_in(
    text: &str,
    seed: u8,
    kind: Kind,
    needle: &str,
    now: &Timestamp,
) -> Annotation {
    let article = Article::parse(text);
    Annotation::new(
        AnnotationId::from_random_bytes([seed; 16]),
        kind,
        article.find(needle).unwrap(),
        &article,
        now,
    )
}
