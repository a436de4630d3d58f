//! A framing: `so-called "…"`, `his supposed "…"`, `what Washington calls the "…"`, `"…," as X
//! called it`, with whose framing it is when the text says.

use std::ops::Range;

use super::super::mentions::{self, Mention};
use super::super::tokens::Doc;
use super::super::{ScareRule, lexicon};
use super::{Frame, MAX_FRAMED_OBJECT};

/// `so-called "…"`, `his supposed "…"`, `what Washington calls the "…"`, `"…," as X called it`.
/// Returns whose framing it is, if the text says, the word that frames it, and which rule found
/// it.
pub(super) fn framing(
    doc: &Doc,
    f: &Frame,
) -> Option<(Option<Mention>, Option<Range<usize>>, ScareRule)> {
    let before: Vec<usize> = (f.sentence.start..f.open).rev().take(8).collect();
    let word = |i: usize| {
        before
            .get(i)
            .filter(|&&t| doc.is_word(t))
            .map(|&t| doc.lower(t))
    };
    let distancing = if word(0).is_some_and(lexicon::distances) {
        Some(0)
    } else if word(1).is_some_and(lexicon::distances) && word(0).is_some() {
        Some(1)
    } else {
        None
    };
    if let Some(i) = distancing {
        return Some((None, Some(before[i]..before[i] + 1), ScareRule::Distanced));
    }
    // `known as "passing off"`: a term flagged as the trade's, not the writer's (a name in
    // capitals after "known as" is a title, found before this).
    if word(0) == Some("as") && word(1) == Some("known") {
        return Some((None, Some(before[1]..before[0] + 1), ScareRule::Distanced));
    }
    if let Some(found) = as_called_them(doc, f) {
        return Some(found);
    }
    // what/as NP calls (the / Machado's / North Korea's) "…": the verb, then a few words
    // that are not verbs or punctuation.
    let verb_at = (0..before.len().min(MAX_FRAMED_OBJECT + 1))
        .take_while(|&i| word(i).is_some())
        .find(|&i| word(i).is_some_and(lexicon::names_a_framing))?;
    if verb_at > 0 && (0..verb_at).any(|i| word(i).is_some_and(lexicon::is_speech_verb)) {
        return None;
    }
    let verb_token = before[verb_at];
    // The opener starts the clause the verb ends: no punctuation between ("as he has
    // struggled, called his rival "…"" is a clause of its own, then a report). Only "what"
    // and "as" frame: "…, which Trump called "a disgrace"" is his verdict on a thing the
    // sentence names, his words (the dev labels' guideline lists so-called, what X calls and
    // as X called it).
    // "went so far as to call his play "ridiculous"": "as to" is no opener of a framing.
    let opener = (f.sentence.start..verb_token)
        .rev()
        .take(WHAT_REACH)
        .take_while(|&t| doc.is_word(t))
        .enumerate()
        // "what’s called" is "what is called".
        .find(|&(i, t)| {
            matches!(doc.lower(t), "what" | "what's" | "what’s")
                || doc.lower(t) == "as" && i < AS_REACH
        })
        .map(|(_, t)| t)
        .filter(|&t| !(doc.lower(t) == "as" && doc.is_word(t + 1) && doc.lower(t + 1) == "to"))?;
    let by = mentions::subject_before(doc, verb_token, opener + 1);
    Some((
        by,
        Some(verb_token..verb_token + 1),
        ScareRule::NamedFraming,
    ))
}

/// `(or, as The Daily Beast called them in an article last week, "…")`: "as", whose framing,
/// a naming verb and its pronoun, then a comma right before the quotation.
fn as_called_them(
    doc: &Doc,
    f: &Frame,
) -> Option<(Option<Mention>, Option<Range<usize>>, ScareRule)> {
    if f.open == f.sentence.start || !doc.is_punct(f.open - 1, ',') {
        return None;
    }
    let comma = f.open - 1;
    let verb = (f.sentence.start..comma)
        .rev()
        .take(AS_CALLED_REACH)
        .take_while(|&t| doc.is_word(t))
        .find(|&t| {
            lexicon::names_a_framing(doc.lower(t))
                && t + 1 < comma
                && matches!(doc.lower(t + 1), "it" | "them" | "him" | "her" | "this")
        })?;
    let opener = (f.sentence.start..verb)
        .rev()
        .take(AS_REACH)
        .take_while(|&t| doc.is_word(t))
        .find(|&t| doc.lower(t) == "as")?;
    let by = mentions::subject_before(doc, verb, opener + 1)?;
    Some((Some(by), Some(verb..verb + 1), ScareRule::NamedFraming))
}

/// How far before the naming verb "as" may stand, in words ("as the former senator called it").
const AS_REACH: usize = 7;

/// How far "what" may: a framer's phrase can be long ("what one former George W. Bush
/// administration appointee described as"), and "what" seldom opens anything else before a
/// naming verb.
const WHAT_REACH: usize = 10;

/// How far before the comma "as X called them" may stand, in words.
const AS_CALLED_REACH: usize = 10;
