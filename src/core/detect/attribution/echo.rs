//! Short quotations that echo someone's quoted words elsewhere in the article.

use std::ops::Range;

use super::super::ScareRule;
use super::super::mentions;
use super::super::tokens::Doc;
use super::{Analysis, Class};

/// `Trump invited Russia to dig up "missing" emails. … "I hope you're able to find the 30,000
/// emails that are missing," he said.`: a short quotation nobody is said to speak whose words
/// come, in the same order, inside another quotation the article gives a speaker named in the
/// short one's sentence is that speaker's words, not the writer's framing. Without the name in
/// the sentence, an echo may be the writer's irony ("ironic echoes" are framings).
pub fn echoes(doc: &Doc, out: &mut [Analysis]) {
    let unspoken = |a: &Analysis| {
        matches!(
            a.class,
            Class::Scare {
                by: None,
                rule: ScareRule::NoSpeaker
            }
        )
    };
    for q in 0..out.len() {
        if !unspoken(&out[q]) {
            continue;
        }
        let words = words_of(doc, q);
        if words.is_empty() {
            continue;
        }
        let sentence =
            doc.sentence_tokens(doc.tokens[doc.token_at_or_after(doc.quotes[q].start)].sentence);
        let names = names_in(doc, sentence);
        if names.is_empty() {
            continue;
        }
        // The speaker's name first: it rules out nearly every quotation at once.
        let source = (0..out.len()).find(|&k| {
            k != q
                && matches!(out[k].class, Class::Direct | Class::Partial)
                && out[k].speaker.as_ref().is_some_and(|s| {
                    s.tokens
                        .clone()
                        .any(|t| mentions::is_name_word(doc, t) && names.contains(&doc.lower(t)))
                })
                && contains_words(doc, k, &words)
        });
        if let Some(k) = source {
            out[q] = Analysis {
                class: Class::Partial,
                speaker: out[k].speaker.clone(),
                cue: out[k].cue.clone(),
            };
        }
    }
}

/// The name words of a sentence outside quotations, lower-cased.
fn names_in(doc: &Doc, sentence: Range<usize>) -> Vec<&str> {
    sentence
        .filter(|&t| mentions::is_name_word(doc, t) && doc.quote_at(doc.tokens[t].start).is_none())
        .map(|t| doc.lower(t))
        .collect()
}

/// The word tokens inside quotation `q`.
fn word_tokens(doc: &Doc, q: usize) -> impl Iterator<Item = usize> + '_ {
    let inner = doc.quotes[q].inner();
    (doc.token_at_or_after(inner.start)..doc.tokens.len())
        .take_while(move |&t| doc.tokens[t].start < inner.end)
        .filter(|&t| doc.is_word(t))
}

/// The quotation's words, lower-cased.
fn words_of(doc: &Doc, q: usize) -> Vec<&str> {
    word_tokens(doc, q).map(|t| doc.lower(t)).collect()
}

/// Whether quotation `k` holds `words` in a row.
fn contains_words(doc: &Doc, k: usize, words: &[&str]) -> bool {
    let inner = doc.quotes[k].inner();
    // A quotation shorter in characters than the words cannot hold them.
    if inner.len() < words.iter().map(|w| w.len()).sum::<usize>() {
        return false;
    }
    let theirs = words_of(doc, k);
    theirs.windows(words.len()).any(|w| w == words)
}
