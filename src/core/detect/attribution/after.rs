//! An attribution right after the quotation: `"…," he said`, `"…," said Mr. Smith`,
//! `"…," according to X`, or a signature, `"…" ― Carlos Raúl`.

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::{Doc, SPEECH_VERB, TokenKind};
use super::cue::{is_according_to, is_passive, is_past_tense};
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
    // "a “mindless escape,” in the words of one campaign operative": whose words they are.
    let words_of = ["in", "the", "words", "of"];
    if start + words_of.len() < f.sentence.end
        && (0..words_of.len())
            .all(|k| doc.is_word(start + k) && doc.lower(start + k) == words_of[k])
    {
        let speaker = mentions::phrase_starting_at(doc, start + words_of.len(), f.sentence.end)?;
        return Some((Some(speaker), start + 2..start + 3));
    }
    // "…," as a Homeland Security memo put it.
    if start + 1 < f.sentence.end && doc.is_word(start) && doc.lower(start) == "as" {
        start += 1;
    }
    let reach = (start + ATTRIBUTION_REACH).min(f.sentence.end);
    // A capitalised form mid-sentence is a name ("the United States"), except in a headline.
    let in_headline = doc.in_headline(f.open);
    let reports = |t: usize| {
        doc.is_word(t)
            && (doc.has(t, SPEECH_VERB) && (in_headline || !doc.is_capitalised(t))
                || is_according_to(doc, t))
    };
    if let Some(heard) = heard_after(doc, f, start) {
        return Some((None, heard));
    }
    let Some(cue) = (start..reach).find(|&t| reports(t)) else {
        return any_verb_after(doc, f, start);
    };
    if (start..cue).any(|t| doc.quote_at(doc.tokens[t].start).is_some()) {
        return None;
    }
    let lower = doc.lower(cue);
    if is_according_to(doc, cue) {
        return (cue == start).then(|| {
            (
                mentions::source_after_according_to(doc, cue + 2, f.sentence.end),
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
    // "Those “well-connected” clients were not charged", "“…” of buyers were charged": a
    // passive's subject is who is spoken of, not a speaker ("was quoted as saying", "was
    // reported to have said" go on to the report).
    let next = (cue + 1 < f.sentence.end && doc.is_word(cue + 1)).then(|| doc.lower(cue + 1));
    if is_passive(doc, cue, start) && is_past_tense(lower) && !matches!(next, Some("as" | "to")) {
        return None;
    }
    // A phrase that opens with a preposition ("of buyers") goes on with the quotation's.
    mentions::subject_before(doc, cue, start)
        .filter(|speaker| {
            speaker.tokens.start == start
                && !lexicon::is_preposition(doc.lower(speaker.tokens.start))
        })
        .map(|speaker| (Some(speaker), cue..cue + 1))
        // "…," Bennett shot back with a laugh: the reporting word is not this verb.
        .or_else(|| any_verb_after(doc, f, start))
}

/// `"…", the court heard.`, `"…", MPs were told.`: the hearing that closes the sentence
/// reports what someone said to it, a court's or an inquiry's way of citing evidence; who said
/// it the sentence does not say. The cue is the verb.
fn heard_after(doc: &Doc, f: &Frame, start: usize) -> Option<Range<usize>> {
    let words: Vec<usize> = (start..f.sentence.end)
        .take_while(|&t| doc.is_word(t))
        .collect();
    let &last = words.last()?;
    let closes = last + 1 >= f.sentence.end || doc.is_punct(last + 1, '.');
    // "…," he said he had heard: a verb of saying before is the attribution.
    let said_before = words[..words.len() - 1]
        .iter()
        .any(|&t| doc.has(t, SPEECH_VERB));
    // The hearer opens the phrase: "the court", "an inquiry", "MPs" (not "until shots are
    // heard").
    let hearer = lexicon::is_determiner(doc.lower(words[0])) || doc.is_capitalised(words[0]);
    if !closes || said_before || !hearer || words.len() < 2 || words.len() > 6 {
        return None;
    }
    let before = doc.lower(last - 1);
    match doc.lower(last) {
        "heard" if !lexicon::is_form_of_be(before) => {
            Some(if matches!(before, "has" | "had" | "have") {
                last - 1..last + 1
            } else {
                last..last + 1
            })
        }
        "told" if matches!(before, "was" | "were") => Some(last - 1..last + 1),
        _ => None,
    }
}

/// `"…," he went on.`, `"…," Bennett shot back with a laugh.`, `"…?" reacted Trump.`: a
/// quotation whose own punctuation hands over to the sentence (a comma, a question or
/// exclamation mark inside its marks), followed at once by a name or pronoun and a verb in the
/// past, or by such a verb and a name, is attributed by that verb, whatever the verb.
fn any_verb_after(doc: &Doc, f: &Frame, start: usize) -> Option<(Option<Mention>, Range<usize>)> {
    let inner: String = doc.chars[doc.quotes[doc.quote_at(doc.tokens[f.open].start)?].inner()]
        .iter()
        .collect();
    if !inner.trim_end().ends_with([',', '?', '!']) || start >= f.sentence.end {
        return None;
    }
    let past = |t: usize| {
        t < f.sentence.end
            && doc.is_lowercase_word(t)
            && (doc.lower(t).ends_with("ed")
                || matches!(
                    doc.lower(t),
                    "went" | "shot" | "broke" | "spoke" | "shouted"
                ))
    };
    let closes =
        |t: usize| t >= f.sentence.end || !doc.is_word(t) || lexicon::ends_phrase(doc.lower(t));
    if past(start) {
        let speaker = mentions::phrase_starting_at(doc, start + 1, f.sentence.end)
            .filter(|m| m.kind == MentionKind::Name && closes(m.tokens.end))?;
        return Some((Some(speaker), start..start + 1));
    }
    let speaker = mentions::phrase_starting_at(doc, start, f.sentence.end)
        .filter(|m| m.kind != MentionKind::Description)?;
    let verb = speaker.tokens.end;
    let verb_end = if verb + 1 < f.sentence.end
        && doc.is_word(verb + 1)
        && matches!(doc.lower(verb + 1), "on" | "back")
    {
        verb + 2
    } else {
        verb + 1
    };
    (past(verb) && closes(verb_end)).then_some((Some(speaker), verb..verb_end))
}

/// `"…" ― Carlos Raúl` / `"…" -- Mitt Romney`: a dash and a name that sign the quotation.
pub(super) fn signature_after(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let is_dash = |t: usize| matches!(doc.tokens[t].kind, TokenKind::Punct('―' | '—' | '–' | '-'));
    // A quotation that fills its paragraph may be signed on the next line (`— TYLER
    // McCLOSKEY, a 13-year-old pitcher …`, under a pull quote).
    let span = &doc.quotes[doc.quote_at(doc.tokens[f.open].start)?];
    let fills_paragraph = span.start == doc.paragraphs[span.paragraph].start
        && doc.chars[span.end..doc.paragraphs[span.paragraph].end]
            .iter()
            .all(|c| c.is_whitespace());
    let line_end = if fills_paragraph && f.after < doc.tokens.len() && is_dash(f.after) {
        doc.sentence_tokens(doc.tokens[f.after].sentence).end
    } else {
        f.sentence.end
    };
    let mut name = f.after;
    while name < line_end && name < f.after + 2 && is_dash(name) {
        name += 1;
    }
    if name == f.after {
        return None;
    }
    let speaker = mentions::phrase_starting_at(doc, name, line_end)?;
    let end = speaker.tokens.end;
    // `"…" – Jennifer Lawrence http://t.co/…`: an embedded post's link may follow the name.
    let link = |t: usize| doc.is_word(t) && matches!(doc.lower(t), "http" | "https" | "pic");
    let signs =
        speaker.kind == MentionKind::Name && (end >= line_end || !doc.is_word(end) || link(end));
    signs.then_some((Some(speaker), f.after..name))
}
