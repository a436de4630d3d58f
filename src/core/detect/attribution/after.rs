//! An attribution right after the quotation: `"…," he said`, `"…," said Mr. Smith`,
//! `"…," according to X`, or a signature, `"…" ― Carlos Raúl`.

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::{Doc, SPEECH_VERB, TokenKind};
use super::cue::is_according_to;
use super::{ATTRIBUTION_REACH, Frame};

/// `"…," he said` / `"…," said Mr. Smith` / `"…," according to X`: an attribution that
/// starts right after the quotation.
pub(super) fn attribution_after(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    if let Some(signed) = signature_after(doc, f) {
        return Some(signed);
    }
    let mut start = f.after;
    while start < f.sentence.end
        && matches!(
            doc.tokens[start].kind,
            TokenKind::Punct(',' | '—' | '–' | '-' | ':')
        )
    {
        start += 1;
    }
    // "…," as a Homeland Security memo put it.
    if start + 1 < f.sentence.end && doc.is_word(start) && doc.lower(start) == "as" {
        start += 1;
    }
    let reach = (start + ATTRIBUTION_REACH).min(f.sentence.end);
    let cue = (start..reach)
        .find(|&t| doc.is_word(t) && (doc.has(t, SPEECH_VERB) || is_according_to(doc, t)))?;
    if (start..cue).any(|t| doc.quote_at(doc.tokens[t].start).is_some()) {
        return None;
    }
    let lower = doc.lower(cue);
    if is_according_to(doc, cue) {
        return (cue == start).then(|| {
            (
                mentions::phrase_starting_at(doc, cue + 2, f.sentence.end),
                cue..cue + 2,
            )
        });
    }
    if cue == start {
        if lexicon::is_participle(lower) {
            return None;
        }
        let speaker = mentions::inverted_subject(doc, cue, f.sentence.end)?;
        // A verb that takes an object ("asked", "warned") may still be inverted right after
        // the quotation ("…?" asked Sen. Barbara Mikulski), but only a name reads as its
        // speaker there: "…," told reporters names whom it was told to.
        if lexicon::takes_object(lower) && speaker.kind != MentionKind::Name {
            return None;
        }
        return Some((Some(speaker), cue..cue + 1));
    }
    let speaker = mentions::subject_before(doc, cue, start)?;
    (speaker.tokens.start == start).then_some((Some(speaker), cue..cue + 1))
}

/// `"…" ― Carlos Raúl` / `"…" -- Mitt Romney`: a dash and a name that sign the quotation.
pub(super) fn signature_after(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let is_dash = |t: usize| matches!(doc.tokens[t].kind, TokenKind::Punct('―' | '—' | '–' | '-'));
    let mut name = f.after;
    while name < f.sentence.end && name < f.after + 2 && is_dash(name) {
        name += 1;
    }
    if name == f.after {
        return None;
    }
    let speaker = mentions::phrase_starting_at(doc, name, f.sentence.end)?;
    let end = speaker.tokens.end;
    let signs = speaker.kind == MentionKind::Name && (end >= f.sentence.end || !doc.is_word(end));
    signs.then_some((Some(speaker), f.after..name))
}
