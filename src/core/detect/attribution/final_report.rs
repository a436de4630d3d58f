//! A reporting clause that ends its sentence: `…, lead singer Gary Lightbody has said.`

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention};
use super::super::tokens::{Doc, SPEECH_VERB};
use super::cue::{ends_sentence, is_passive};

/// `Snow Patrol had "no other course of action" but to ask …, lead singer Gary Lightbody has
/// said.`: a reporting clause that ends the sentence after a comma ("…, X has said.", "…, a new
/// study shows.") reports the whole sentence, so it names who says a quotation in it rather than a
/// reporting word between ("to ask"). `after` is the first token after the quotation and
/// `end` the end of its sentence.
pub(super) fn final_report(
    doc: &Doc,
    after: usize,
    end: usize,
) -> Option<(Option<Mention>, Range<usize>)> {
    let verb = (after..end).rev().find(|&t| doc.is_word(t))?;
    if verb <= after
        || !doc.is_lowercase_word(verb)
        || !(doc.has(verb, SPEECH_VERB) || lexicon::is_belief_verb(doc.lower(verb)))
        || doc.quote_at(doc.tokens[verb].start).is_some()
        || !ends_sentence(doc, verb + 1)
    {
        return None;
    }
    let floor = doc.sentence_tokens(doc.tokens[verb].sentence).start;
    // "…, it has been claimed.": nobody is named.
    if is_passive(doc, verb, floor) {
        return None;
    }
    // The clause starts after the last comma; its subject is all that comes before the verb.
    let comma = (after..verb).rev().find(|&t| doc.is_punct(t, ','))?;
    if comma + 1 == verb || (comma + 1..verb).any(|t| !doc.is_word(t)) {
        return None;
    }
    // "lead singer Gary Lightbody": lower-case words before a name describe it.
    mentions::subject_before(doc, verb, comma + 1)
        .filter(|m| {
            m.tokens.start - (comma + 1) <= MAX_DESCRIBED_NAME
                && (comma + 1..m.tokens.start).all(|t| doc.is_lowercase_word(t))
        })
        .map(|speaker| (Some(speaker), verb..verb + 1))
}

/// Lower-case words that may stand before a name in a final reporting clause ("lead singer").
const MAX_DESCRIBED_NAME: usize = 3;
