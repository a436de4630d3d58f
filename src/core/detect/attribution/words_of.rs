//! `In Voss's words, "…"`, `in his words`, `in the words of Ana Ruiz, "…"`: a quotation the
//! sentence opens by naming whose words they are.

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::Doc;
use super::{Frame, words_outside_quotes};

/// The owner of the words and the cue "words", when "in … words" comes before the quotation in
/// its sentence.
pub(super) fn in_the_words_of(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let words =
        words_outside_quotes(doc, f.sentence.start..f.open).find(|&t| doc.lower(t) == "words")?;
    let word_at = |t: usize| (t < doc.tokens.len() && doc.is_word(t)).then(|| doc.lower(t));
    let cue = words..words + 1;
    // "in the words of Ana Ruiz"
    if words >= f.sentence.start + 2
        && word_at(words - 1) == Some("the")
        && word_at(words - 2) == Some("in")
        && word_at(words + 1) == Some("of")
    {
        let owner = mentions::phrase_starting_at(doc, words + 2, f.open)?;
        return Some((Some(owner), cue));
    }
    // "in his words", "in Voss's words"
    let owner_end = words;
    let owner = match words.checked_sub(1).and_then(word_at) {
        Some("his" | "her" | "their" | "its") => Mention {
            tokens: owner_end - 1..owner_end,
            kind: MentionKind::Pronoun,
        },
        Some(w) if lexicon::is_possessive(w) => {
            mentions::phrase_ending_at(doc, owner_end, f.sentence.start)
                .filter(|m| m.kind == MentionKind::Name)?
        }
        _ => return None,
    };
    let opens_with_in =
        owner.tokens.start > f.sentence.start && word_at(owner.tokens.start - 1) == Some("in");
    opens_with_in.then_some((Some(owner), cue))
}
