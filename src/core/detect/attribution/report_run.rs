//! `Ministers will only hit the target if courses are made more attractive, a report says. But
//! a target of 1.5 million more by 2010 needed "creative" ideas.`: news goes on reporting what a
//! report or a speaker said over the next sentence without a cue of its own. A short quotation nobody is
//! said to speak, in the sentence right after one that reports someone's words (a claim with
//! a speaker, in the same paragraph), is most likely more of that report: a quotation, not the
//! writer's framing. Whose words it is the rules do not say: on the BBC sets the reporter of
//! the sentence before was the speaker in fewer than half of the cases read, so it is kept
//! without a speaker.

use super::super::claims::Claim;
use super::super::tokens::Doc;
use super::{Analysis, Class};

/// Turns each scare quote found for want of a speaker into a quotation with no speaker when
/// the sentence before it, in its paragraph, reports someone's words.
pub fn after_reports(doc: &Doc, out: &mut [Analysis], claims: &[Claim]) {
    let reported: Vec<usize> = claims
        .iter()
        .filter(|c| c.reported.as_ref().is_some_and(|r| r.speaker.is_some()))
        .map(|c| c.sentence)
        .collect();
    for (q, analysis) in out.iter_mut().enumerate() {
        if !analysis.is_unspoken() {
            continue;
        }
        let sentence = doc.tokens[doc.token_at_or_after(doc.quotes[q].start)].sentence;
        let follows_a_report = sentence > 0
            && doc.sentences[sentence - 1].paragraph == doc.sentences[sentence].paragraph
            && reported.binary_search(&(sentence - 1)).is_ok();
        if follows_a_report {
            *analysis = Analysis {
                class: Class::Partial,
                speaker: None,
                cue: None,
                echoes: false,
            };
        }
    }
}
