//! A clause that ends in a colon before the quotation it introduces: `Rubio fired back: "…"`,
//! `… doesn't surprise pollster Daron Shaw: "…"`, a paragraph ending in a colon before a
//! quotation that opens the next (`Trump issued the following statement:`), and a headline
//! that names its speaker and topic before a colon (`Obama on Climate: Trends Are 'Terrifying'`).

use std::ops::Range;

use super::super::mentions::{self, Mention};
use super::super::tokens::{Doc, SPEECH_VERB, TokenKind};
use super::{Frame, cue, introduced, words_outside_quotes};

/// `Rubio fired back: "…"`, `When Trump suggested …, Rubio fired back: "…"`, and a quotation
/// that opens the paragraph after `Trump issued the following statement:`: the subject of the
/// clause a colon ends speaks what it introduces, whatever its verb, when no reporting verb
/// stands between that subject and the colon (then the reporting verb's own rules apply).
pub(super) fn colon_clause(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let colon = if introduced(doc, f) {
        f.open - 1
    } else {
        // The quotation opens its paragraph, and the paragraph before ends with a colon.
        let first_in_paragraph = f.open == f.sentence.start
            && f.open > 0
            && doc.tokens[f.open - 1].sentence + 1 == doc.tokens[f.open].sentence
            && doc.sentences[doc.tokens[f.open - 1].sentence].paragraph
                != doc.sentences[doc.tokens[f.open].sentence].paragraph;
        (first_in_paragraph && doc.is_punct(f.open - 1, ':')).then(|| f.open - 1)?
    };
    let clause_start = doc.sentence_tokens(doc.tokens[colon].sentence).start;
    if (clause_start..colon).any(|t| doc.quote_at(doc.tokens[t].start).is_some()) {
        return None;
    }
    // A reporting verb elsewhere in the sentence has its own rules ("as Pollak observed, the
    // winner was …:", "…," the pitch says), except in a clause set before the subject ("When
    // Trump suggested …, Rubio fired back:").
    let subordinate = doc.is_word(clause_start)
        && matches!(
            doc.lower(clause_start),
            "when"
                | "after"
                | "before"
                | "if"
                | "while"
                | "although"
                | "though"
                | "because"
                | "since"
                | "once"
                | "asked"
        );
    // A reporting word in a verb's object is a noun and reports nothing ("Sanders delivered a
    // snappy retort:").
    let reports = |range: Range<usize>| {
        let start = range.start;
        words_outside_quotes(doc, range).any(|t| {
            doc.has(t, SPEECH_VERB) && !cue::reads_as_noun(doc, t, start)
                || cue::is_according_to(doc, t)
        })
    };
    if !subordinate && reports(clause_start..colon)
        || f.open > colon && reports(f.after..f.sentence.end)
    {
        return None;
    }
    let subject = mentions::clause_subject(doc, colon)?;
    let verb = subject.tokens.end;
    // "Media shares blame - HuffPollster:": the name after the dash signs what follows.
    let signed =
        (verb..colon).any(|t| matches!(doc.tokens[t].kind, TokenKind::Punct('-' | '—' | '–')));
    if signed || reports(verb..colon) {
        return None;
    }
    // "The delay did not surprise pollster Daron Shaw:": a thing as the subject, a person
    // named right before the colon.
    if subject.kind == mentions::MentionKind::Description
        && let Some(named) = named_before_colon(doc, f)
    {
        return Some(named);
    }
    Some((Some(subject), verb..colon + 1))
}

/// `… doesn't surprise pollster Daron Shaw: "…"`, `Rep. Trey Gowdy (R-S.C.): "…"`: a name
/// right before the colon that introduces the quotation speaks it.
pub(super) fn named_before_colon(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    if !introduced(doc, f) {
        return None;
    }
    let colon = f.open - 1;
    // Not a place or a topic: "concern about Europe: "…"", "on Twitter: "…"" ("a statement
    // from the White House: "…"" is the White House's).
    let after_place_or_topic = |m: &Mention| {
        m.tokens.start > f.sentence.start
            && doc.is_word(m.tokens.start - 1)
            && matches!(
                doc.lower(m.tokens.start - 1),
                "about" | "in" | "on" | "over" | "at" | "into" | "against" | "with"
            )
    };
    let name = mentions::subject_before(doc, colon, f.sentence.start)
        .filter(|m| m.kind == mentions::MentionKind::Name && !after_place_or_topic(m))?;
    Some((Some(name), colon..colon + 1))
}

/// `Obama on Climate Change: The Trends Are 'Terrifying'`: a headline that opens with a name and
/// what the person spoke on, then a colon, gives that person the words quoted after the colon.
/// (A name alone before the colon is [`colon_clause`]'s, with the verb it asks for: "The Latest:
/// Trump delivers …" is a series, not a speaker.) A headline capitalises every word, so the
/// name must be one the article names again below it.
pub(super) fn headline_speaker(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    if !doc.in_headline(f.open) {
        return None;
    }
    let colon = (f.sentence.start..f.open).find(|&t| doc.is_punct(t, ':'))?;
    let name = mentions::phrase_starting_at(doc, f.sentence.start, colon)
        .filter(|m| m.kind == mentions::MentionKind::Name && m.tokens.start == f.sentence.start)?;
    let end = name.tokens.end;
    let on_a_topic = colon - end <= MAX_TOPIC
        && end < colon
        && doc.is_lowercase_word(end)
        && matches!(doc.lower(end), "on" | "about" | "to" | "at" | "in");
    let last = doc.lower(end - 1);
    let named_below = || {
        (0..doc.tokens.len())
            .any(|t| !doc.in_headline(t) && mentions::is_name_word(doc, t) && doc.lower(t) == last)
    };
    (on_a_topic && named_below()).then(|| (Some(name), colon..colon + 1))
}

/// The most tokens from a headline's name to its colon: "on" and a topic of a few words.
const MAX_TOPIC: usize = 6;
