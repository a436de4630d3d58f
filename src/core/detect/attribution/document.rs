//! `The bill proposes "control orders"`, `The proposed scheme would mean voters using
//! individual "identifiers"`: a short quotation nobody is said to speak, in a clause whose
//! subject is a written thing (a bill, a scheme, a leaflet), is that document's wording, not
//! the writer's framing. The document is shown as its speaker, as "the report states" is.
//! So is a quotation in a sentence that opens "Under" a document (`Under the 1989 Children Act,
//! public bodies have a duty to act in the "best interest" of a child`), and what someone named
//! proposes or aims at (`The Tories plan to tackle "yob culture"`,
//! `It aims to improve discipline by adopting a "zero tolerance" approach`): their policy's
//! words.

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

/// The subject of a verb of proposing or aiming before the quotation in its sentence, and
/// that verb as the cue: a name or a pronoun, or a document ("The bill proposes").
pub(super) fn proposed_by(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let verb = (f.sentence.start..f.open).rev().find(|&t| {
        doc.is_lowercase_word(t)
            && doc.quote_at(doc.tokens[t].start).is_none()
            && lexicon::proposes(doc.lower(t))
    })?;
    // Not a noun ("the Tomlinson plan is for …"), nor a phrase after a preposition ("a tour of
    // the UK aimed at persuading …").
    let word = |t: usize| (t < doc.tokens.len() && doc.is_word(t)).then(|| doc.lower(t));
    let noun = verb > f.sentence.start && word(verb - 1).is_some_and(lexicon::is_determiner)
        || word(verb + 1).is_some_and(|w| matches!(w, "is" | "was" | "for" | "of"));
    if noun {
        return None;
    }
    let subject = mentions::subject_before(doc, verb, f.sentence.start)?;
    let mut start = subject.tokens.start;
    if start > f.sentence.start && word(start - 1).is_some_and(lexicon::is_article) {
        start -= 1;
    }
    let after_preposition = |w: &str| lexicon::is_preposition(w) || matches!(w, "of" | "to");
    if start > f.sentence.start && word(start - 1).is_some_and(after_preposition) {
        return None;
    }
    let document = subject.kind == MentionKind::Description
        && lexicon::is_document_word(doc.lower(subject.head(doc)));
    // "unless we want the owners …": the writer's "we" or "I" proposes nothing of anyone's.
    let someone = match subject.kind {
        MentionKind::Name => true,
        MentionKind::Pronoun => matches!(
            doc.lower(subject.tokens.start),
            "it" | "they" | "he" | "she"
        ),
        MentionKind::Description => document,
    };
    someone.then(|| (Some(subject), verb..verb + 1))
}

/// `Under the 1989 Children Act, …`: the document a sentence opens under, before a comma, and
/// "Under" as the cue.
pub(super) fn under_document(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let under = f.sentence.start;
    if !doc.is_word(under) || doc.lower(under) != "under" {
        return None;
    }
    let comma = (under + 1..f.open).find(|&t| !doc.is_word(t))?;
    if !doc.is_punct(comma, ',') || !lexicon::is_document_word(doc.lower(comma - 1)) {
        return None;
    }
    let document = mentions::phrase_starting_at(doc, under + 1, comma)?;
    Some((Some(document), under..under + 1))
}
