//! `The bill proposes "control orders"`, `The proposed scheme would mean voters using
//! individual "identifiers"`: a short quotation nobody is said to speak, in a clause whose
//! subject is a written thing (a bill, a scheme, a leaflet), is that document's wording, not
//! the writer's framing. The document is shown as its speaker, as "the report states" is.

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::Doc;
use super::Frame;

/// The document that is the subject of the quotation's clause, and its verb as the cue.
pub(super) fn wording_of(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let subject = mentions::clause_subject(doc, f.open)?;
    let end = subject.tokens.end;
    // The head of a description ("the aim of the new legislation" is an aim); a name's last
    // word ("The Prevention of Terrorism Bill").
    let head = match subject.kind {
        MentionKind::Description => subject.head(doc),
        _ => end - 1,
    };
    if end >= f.open || !lexicon::is_document_word(doc.lower(head)) {
        return None;
    }
    // "The leaflet, published by police and prosecutors, aims to …": past an appositive.
    let verb = if doc.is_punct(end, ',') {
        (end + 1..f.open).find(|&t| doc.is_punct(t, ','))? + 1
    } else {
        end
    };
    (verb < f.open && doc.is_lowercase_word(verb)).then(|| (Some(subject), verb..verb + 1))
}
