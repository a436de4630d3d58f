//! A quotation inside a phrase of its sentence, whose verb after it is no report of it: a
//! noun phrase in apposition to a name (`Lorenz, “the father of chaos,” started …`), part of
//! what describes a verb's subject between commas (`Emery, a writer for the partisan
//! “fact-checking” website, retweeted …`), or the head of a phrase whose preposition governs
//! the verb's subject (`the “weather” inside this model would repeat`).

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention};
use super::super::tokens::Doc;
use super::Frame;

/// `Emery, a writer for the partisan “fact-checking” website, retweeted …`: a quotation in
/// what stands between commas after a verb's subject describes the subject; it is not what the
/// subject says. (Without the commas it may be: `Trump blamed it on “sickos” and suggested …`.)
pub(super) fn describes_the_subject(
    doc: &Doc,
    f: &Frame,
    speaker: Option<&Mention>,
    cue: &Range<usize>,
) -> bool {
    speaker.is_some_and(|s| s.tokens.end < f.open && doc.is_punct(s.tokens.end, ','))
        && cue.start > f.after
        && doc.is_punct(cue.start - 1, ',')
}

/// `Lorenz, “the father of chaos,” started a revolution`: a noun phrase quoted and set off by
/// commas right after a name is what the name is called, in apposition, not words of the verb
/// after. (`Nadella, “had me at ‘independence,’” Weiner wrote` is a clause, Weiner's.)
pub(super) fn in_apposition_to_a_name(doc: &Doc, f: &Frame) -> bool {
    let closed_by_comma =
        doc.is_punct(f.after - 2, ',') || f.after < doc.tokens.len() && doc.is_punct(f.after, ',');
    let noun_phrase = (f.open..f.after)
        .find(|&t| doc.is_word(t))
        .is_some_and(|t| lexicon::is_article(doc.lower(t)));
    noun_phrase
        && f.open >= f.sentence.start + 2
        && doc.is_punct(f.open - 1, ',')
        && mentions::is_name_word(doc, f.open - 2)
        && closed_by_comma
}

/// `the “weather” inside this model would repeat`: a speaker right after the quotation and a
/// preposition is that preposition's object, in the phrase the quotation heads; the verb's
/// subject is the phrase, not someone whose words the quotation is.
pub(super) fn governed_by_the_quoted(doc: &Doc, f: &Frame, speaker: &Mention) -> bool {
    speaker.tokens.start == f.after + 1
        && doc.is_word(f.after)
        && matches!(
            doc.lower(f.after),
            "in" | "inside" | "within" | "of" | "on" | "at" | "from" | "with" | "for" | "behind"
        )
}
