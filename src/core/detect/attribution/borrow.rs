//! Speakers borrowed by quotations the rules left without one.

use std::ops::Range;

use super::super::mentions::{Mention, is_name_word};
use super::super::tokens::Doc;
use super::cue::cue_in;
use super::labels::lead_in;
use super::{Analysis, Class, frame};

/// Quotations left without a speaker borrow one: a continued quotation from its previous
/// piece; one sharing a paragraph with an attributed quotation from it; one that fills its
/// own paragraph from the paragraph before.
pub fn borrow_speakers(doc: &Doc, out: &mut [Analysis]) {
    for q in 0..out.len() {
        let span = &doc.quotes[q];
        // A short quotation with nobody to say it is a scare quote, unless it is a whole
        // utterance of its own beside an attributed one (`"I would," she said. "I would."`).
        let utterance = {
            let f = frame(doc, q);
            f.sentence.start == f.open
        };
        let unattributed_short = out[q].is_unspoken() && utterance;
        if out[q].speaker.is_some()
            || !(matches!(out[q].class, Class::Direct | Class::Partial) || unattributed_short)
        {
            continue;
        }
        let fills_paragraph = span.start == doc.paragraphs[span.paragraph].start;
        if fills_paragraph
            && !unattributed_short
            && let Some((speaker, cue)) = lead_in(doc, span.paragraph)
        {
            out[q].speaker = speaker;
            out[q].cue = Some(cue);
            continue;
        }
        let has_speaker =
            |a: &Analysis| a.speaker.is_some() && matches!(a.class, Class::Direct | Class::Partial);
        let same_paragraph = |k: usize| doc.quotes[k].paragraph == span.paragraph;
        let source = if span.continued && q > 0 && has_speaker(&out[q - 1]) {
            Some(q - 1)
        } else {
            (0..q)
                .rev()
                .take_while(|&k| same_paragraph(k))
                .find(|&k| has_speaker(&out[k]))
                .or_else(|| {
                    (q + 1..out.len())
                        .take_while(|&k| same_paragraph(k))
                        .find(|&k| has_speaker(&out[k]))
                })
        };
        // The sentence just before reports someone's words: the quotation goes on with that
        // report, even when a quotation of the paragraph before had another speaker (`…
        // responded: "…". …, Mr Howard said.` then a paragraph of quotation), or one before
        // that report in this paragraph (`He insisted the changes were "very modest". But Dave
        // Prentis criticised the plans. "If you …"`), or one after it in this paragraph (`…,
        // he argued. "…" A spokesman later said …. "…," she said.`). Not a continued one, nor
        // one after it when the report is in the paragraph before.
        let nearer_than_report = |k: usize| {
            let sentence = doc.tokens[frame(doc, q).open].sentence;
            if k > q {
                sentence == 0
                    || doc.sentences[sentence - 1].paragraph != doc.sentences[sentence].paragraph
            } else {
                span.continued
                    || sentence == 0
                    || doc.sentences[sentence - 1].tokens.start
                        <= doc.token_at_or_after(doc.quotes[k].end)
            }
        };
        if source.is_none_or(|k| !nearer_than_report(k))
            && !unattributed_short
            && let Some((speaker, cue)) = report_before(doc, q)
        {
            out[q].speaker = speaker;
            out[q].cue = Some(cue);
            continue;
        }
        let source = source.or_else(|| {
            let previous = (0..q)
                .rev()
                .find(|&k| doc.quotes[k].paragraph < span.paragraph)?;
            ((fills_paragraph || utterance && names_nobody_before(doc, q))
                && doc.quotes[previous].paragraph + 1 == span.paragraph
                && has_speaker(&out[previous]))
            .then_some(previous)
        });
        if let Some(k) = source {
            if unattributed_short {
                if doc.quotes[k].paragraph != span.paragraph {
                    continue;
                }
                out[q].class = Class::Partial;
            }
            out[q].speaker = out[k].speaker.clone();
            out[q].cue = out[k].cue.clone();
        }
    }
}

/// `curb "a certain feminist spirit" and "secularist mentality"`: a short quotation nobody is
/// said to speak, joined by "and", "or" or a comma to the partial quotation just before it,
/// is more of the same words, the same speaker's if it has one, not the writer's framing.
pub fn coordinated(doc: &Doc, out: &mut [Analysis]) {
    for q in 1..out.len() {
        let unspoken = out[q].is_unspoken();
        let before = &out[q - 1];
        if !unspoken || before.class != Class::Partial {
            continue;
        }
        let between = doc.token_at_or_after(doc.quotes[q - 1].end)
            ..doc.token_at_or_after(doc.quotes[q].start);
        let joined = between.len() <= 2
            && between.clone().all(|t| {
                doc.is_punct(t, ',') || doc.is_word(t) && matches!(doc.lower(t), "and" | "or")
            });
        if joined
            && doc.tokens[between.start.min(doc.tokens.len() - 1)].sentence
                == doc.sentence_of_quote(q - 1)
        {
            out[q].class = Class::Partial;
            out[q].speaker = out[q - 1].speaker.clone();
            out[q].cue = out[q - 1].cue.clone();
        }
    }
}

/// `She said she and Obama had made progress. "I really believe …"`: a quotation that opens
/// its sentence, right after a sentence of the same paragraph that reports someone's words,
/// goes on with that report.
fn report_before(doc: &Doc, q: usize) -> Option<(Option<Mention>, Range<usize>)> {
    let f = frame(doc, q);
    let sentence = doc.tokens[f.open].sentence;
    if f.sentence.start != f.open || sentence == 0 {
        return None;
    }
    let previous = &doc.sentences[sentence - 1];
    let fills_paragraph = doc.quotes[q].start == doc.paragraphs[doc.quotes[q].paragraph].start;
    if previous.paragraph != doc.sentences[sentence].paragraph && !fills_paragraph {
        return None;
    }
    let found = cue_in(doc, previous.tokens.clone(), true)?;
    found.0.is_some().then_some(found)
}

/// Whether the paragraph of quotation `q` names nobody before it, outside quotations: no name,
/// no pronoun for a person (`The government wanted to tackle this … "increasingly consigned to
/// the past". "We're sweeping them away …"` goes on with the paragraph before's speaker).
fn names_nobody_before(doc: &Doc, q: usize) -> bool {
    let span = &doc.quotes[q];
    let start = doc.token_at_or_after(doc.paragraphs[span.paragraph].start);
    let open = doc.token_at_or_after(span.start);
    (start..open)
        .filter(|&t| doc.is_word(t) && doc.quote_at(doc.tokens[t].start).is_none())
        .all(|t| {
            !is_name_word(doc, t)
                && !matches!(
                    doc.lower(t),
                    "he" | "she" | "they" | "his" | "her" | "their" | "him" | "them"
                )
        })
}
