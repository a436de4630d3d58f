//! `Ministers will only hit the target if courses are made more attractive, a report says. But
//! a target of 1.5 million more by 2010 needed "creative" ideas.`: news goes on reporting what a
//! report or a speaker said over the next sentence without a cue of its own. A short quotation
//! nobody is said to speak, in the sentence right after one that reports someone's words (a
//! claim with a speaker, or a quotation with one whose words it does not repeat, in the same
//! paragraph), is most likely more of that report: a quotation, not the writer's framing. Whose
//! words it is the rules do not say: on the BBC sets the reporter of the sentence before was the
//! speaker in fewer than half of the cases read, so it is kept without a speaker.

use super::super::claims::Claim;
use super::super::tokens::Doc;
use super::{Analysis, Class, echo};

/// Turns each scare quote found for want of a speaker into a quotation with no speaker when
/// the sentence before it, in its paragraph, reports or quotes someone's words.
pub fn after_reports(doc: &Doc, out: &mut [Analysis], claims: &[Claim]) {
    let reported: Vec<usize> = claims
        .iter()
        .filter(|c| c.reported.as_ref().is_some_and(|r| r.speaker.is_some()))
        .map(|c| c.sentence)
        .collect();
    for q in 0..out.len() {
        if !out[q].is_unspoken() {
            continue;
        }
        let sentence = doc.sentence_of_quote(q);
        // Or quoted someone: `"We have …," he says, boasting that … "…" The goal is to deliver
        // a "seamless experience" …`. Not where it repeats their words: that echo may be the
        // writer's irony (`echo.rs`).
        let words = echo::words_of(doc, q);
        let quoted_before = (0..q)
            .rev()
            .map_while(|o| (doc.sentence_of_quote(o) + 1 >= sentence).then_some(o))
            .any(|o| {
                doc.sentence_of_quote(o) + 1 == sentence
                    && out[o].speaker.is_some()
                    && matches!(out[o].class, Class::Direct | Class::Partial)
                    && !echo::contains_words(doc, o, &words)
            });
        let follows_a_report = sentence > 0
            && doc.sentences[sentence - 1].paragraph == doc.sentences[sentence].paragraph
            && (reported.binary_search(&(sentence - 1)).is_ok() || quoted_before);
        if follows_a_report {
            out[q] = Analysis {
                class: Class::Partial,
                speaker: None,
                cue: None,
                echoes: false,
            };
        }
    }
}
