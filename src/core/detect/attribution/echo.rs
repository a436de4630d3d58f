//! Short quotations that echo someone's quoted words elsewhere in the article.

use std::ops::Range;

use rustc_hash::FxHashMap as HashMap;

use super::super::claims::Claim;
use super::super::mentions;
use super::super::tokens::Doc;
use super::{Analysis, Class};

/// `Trump invited Russia to dig up "missing" emails. … "I hope you're able to find the 30,000
/// emails that are missing," he said.`: a short quotation nobody is said to speak whose words
/// come, in the same order, inside another quotation the article gives a speaker named in the
/// short one's sentence is that speaker's words, not the writer's framing. Without the name in
/// the sentence, an echo may be the writer's irony ("ironic echoes" are framings); but not in
/// the headline, whose quotation marks quote the article's speakers.
pub fn echoes(doc: &Doc, out: &mut [Analysis]) {
    let unspoken = Analysis::is_unspoken;
    // Who speaks which quotation, by the name words of the speaker: made once, at the first
    // short quotation with a name in its sentence.
    let mut by_name: Option<HashMap<&str, Vec<usize>>> = None;
    for q in 0..out.len() {
        if !unspoken(&out[q]) {
            continue;
        }
        let words = words_of(doc, q);
        if words.is_empty() {
            continue;
        }
        let sentence = doc.sentence_tokens(doc.sentence_of_quote(q));
        let in_headline = doc.in_headline(sentence.start);
        let names = names_in(doc, sentence);
        // A headline's quoted word is the article's quotation of someone ("Pompeo might bring
        // assets to 'hellish' secretary of state role" … "“This is a hellish environment …,”
        // said one State Department official"), whoever its own line names.
        if names.is_empty() && !in_headline {
            continue;
        }
        let mut candidates: Vec<usize> = if in_headline {
            (0..out.len()).filter(|&k| is_spoken(&out[k])).collect()
        } else {
            let by_name = by_name.get_or_insert_with(|| spoken_by_name(doc, out));
            names
                .iter()
                .filter_map(|name| by_name.get(name))
                .flatten()
                .copied()
                .collect()
        };
        candidates.retain(|&k| k != q);
        candidates.sort_unstable();
        candidates.dedup();
        let source = candidates
            .into_iter()
            .find(|&k| contains_words(doc, k, &words));
        if let Some(k) = source {
            out[q] = Analysis {
                class: Class::Partial,
                speaker: out[k].speaker.clone(),
                cue: out[k].cue.clone(),
                echoes: true,
            };
        }
    }
}

/// The quotations with a speaker, by each name word of the speaker's mention (lower-cased).
fn spoken_by_name<'d>(doc: &'d Doc, out: &[Analysis]) -> HashMap<&'d str, Vec<usize>> {
    let mut by_name: HashMap<&str, Vec<usize>> = HashMap::default();
    for (k, analysis) in out.iter().enumerate() {
        let Some(speaker) = analysis.speaker.as_ref().filter(|_| is_spoken(analysis)) else {
            continue;
        };
        for t in speaker.tokens.clone() {
            if mentions::is_name_word(doc, t) {
                by_name.entry(doc.lower(t)).or_default().push(k);
            }
        }
    }
    by_name
}

/// Whether a quotation is someone's words: direct or partial, with a speaker.
fn is_spoken(analysis: &Analysis) -> bool {
    analysis.speaker.is_some() && matches!(analysis.class, Class::Direct | Class::Partial)
}

/// The name words of a sentence outside quotations, lower-cased.
fn names_in(doc: &Doc, sentence: Range<usize>) -> Vec<&str> {
    sentence
        .filter(|&t| mentions::is_name_word(doc, t) && doc.quote_at(doc.tokens[t].start).is_none())
        .map(|t| doc.lower(t))
        .collect()
}

/// The tokens inside quotation `q`.
fn tokens_of(doc: &Doc, q: usize) -> impl Iterator<Item = usize> + '_ {
    let inner = doc.quotes[q].inner();
    (doc.token_at_or_after(inner.start)..doc.tokens.len())
        .take_while(move |&t| doc.tokens[t].start < inner.end)
}

/// The quotation's words, lower-cased.
pub(super) fn words_of(doc: &Doc, q: usize) -> Vec<&str> {
    lower_words(doc, tokens_of(doc, q)).collect()
}

/// The words among `tokens`, lower-cased.
fn lower_words(doc: &Doc, tokens: impl Iterator<Item = usize>) -> impl Iterator<Item = &str> {
    tokens.filter(|&t| doc.is_word(t)).map(|t| doc.lower(t))
}

/// Whether the words among `tokens` hold `words` (lower-cased, at least one) in a row.
fn holds_in_a_row(doc: &Doc, tokens: impl Iterator<Item = usize>, words: &[&str]) -> bool {
    let theirs: Vec<&str> = lower_words(doc, tokens).collect();
    theirs.windows(words.len()).any(|w| w == words)
}

/// Whether quotation `k` holds `words` in a row.
pub(super) fn contains_words(doc: &Doc, k: usize, words: &[&str]) -> bool {
    let inner = doc.quotes[k].inner();
    // A quotation shorter in characters than the words cannot hold them.
    if inner.len() < words.iter().map(|w| w.len()).sum::<usize>() {
        return false;
    }
    holds_in_a_row(doc, tokens_of(doc, k), words)
}

/// `Umaga ready for "fearsome" Lions` … `Tama Umaga has warned the Lions will be his most
/// fearsome opponents yet`: a headline's quoted words, found in a row in what a claim reports
/// and no quotation holds, are that claim's speaker's, as the article reports them. (Run after
/// [`echoes`], which looks in quotations first.) Any other quotation in the headline that no
/// rule gives a speaker is still someone's words, not the writer's framing: news headlines
/// quote what the article reports (`CSA chief who 'quit' still in job`, `Ebbers 'aware' of
/// WorldCom fraud`), so it is a quotation with no speaker named.
pub fn headline_quotes(doc: &Doc, out: &mut [Analysis], claims: &[Claim]) {
    for (q, analysis) in out.iter_mut().enumerate() {
        if !analysis.is_unspoken() || !doc.in_headline(doc.token_at_or_after(doc.quotes[q].start)) {
            continue;
        }
        let words = words_of(doc, q);
        if words.is_empty() {
            continue;
        }
        let reports = claims
            .iter()
            .filter_map(|c| c.reported.as_ref())
            .find(|r| r.speaker.is_some() && holds_in_a_row(doc, r.content.clone(), &words));
        *analysis = Analysis {
            class: Class::Partial,
            speaker: reports.and_then(|r| r.speaker.clone()),
            cue: reports.map(|r| r.cue.clone()),
            echoes: reports.is_some(),
        };
    }
}
