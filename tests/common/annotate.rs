//! An annotation of a test text over the first occurrence of `needle`, as the app makes one
//! from a selection (the id from `seed`); and what an annotation is apart from its id and times,
//! to compare annotations that went through a format that does not carry those (brat).

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

/// What an annotation is, apart from its id and times (brat does not carry them).
#[allow(dead_code)] // Not every test that includes this module compares annotations.
pub fn essence(a: &Annotation) -> impl PartialEq + std::fmt::Debug + use<> {
    (
        a.kind,
        a.start,
        a.end,
        a.exact.clone(),
        a.speaker.clone(),
        a.cue.clone(),
        a.quote_type,
        a.attributed_to.clone(),
        a.tags.clone(),
        a.note.clone(),
    )
}
