//! Who a sentence is about beyond its clause subject, for a later pronoun: the name that
//! reports with the sentence's first verb ("Mr Templeton said he agreed."), and the agent of a
//! passive whose subject is a thing ("His claims were denied by Foreign Secretary Jack Straw").

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::{Doc, SPEECH_VERB, TITLE};

/// `Mr Templeton said he agreed.`: the name that opens a sentence and reports with its first
/// verb, which [`mentions::clause_subject`] leaves out (a phrase before "said" is no subject of
/// what follows). A later "he" may stand for it, though the words it reports are too few to be
/// a claim with a speaker of its own.
pub(super) fn reporting_subject(doc: &Doc, tokens: Range<usize>) -> Option<Mention> {
    let verb = tokens
        .clone()
        .take(8)
        .find(|&t| doc.is_lowercase_word(t) && doc.has(t, SPEECH_VERB))?;
    // "But South Africa Finance Minister Trevor Manuel told …": past a word that joins the
    // sentence to the one before.
    let start = if doc.is_word(tokens.start) && lexicon::joins_sentences(doc.lower(tokens.start)) {
        tokens.start + 1
    } else {
        tokens.start
    };
    mentions::subject_before(doc, verb, start)
        .filter(|m| m.kind == MentionKind::Name && m.tokens.start == start)
}

/// `His claims were denied by Foreign Secretary Jack Straw, who …`: the name of two words or
/// more after "by" when the sentence's subject is a thing (`subject`: "His claims", "The
/// report") and its verb a passive right after it ("were denied", "has been welcomed"). The
/// agent acts, so a later "he" may stand for it. Not when a person is the subject ("Sella
/// admitted he had been impressed by Yann Delaigue").
pub(super) fn passive_agent(doc: &Doc, subject: &Mention, tokens: Range<usize>) -> Option<Mention> {
    let participle = (subject.tokens.end..tokens.end)
        .take(4)
        .find(|&t| !(doc.is_lowercase_word(t) && is_auxiliary(doc.lower(t))))?;
    let by = participle + 1;
    let passive = participle > subject.tokens.end
        && doc.is_lowercase_word(participle)
        && doc.lower(participle).ends_with("ed")
        && by < tokens.end
        && doc.is_word(by)
        && doc.lower(by) == "by"
        && lexicon::is_form_of_be(doc.lower(participle - 1));
    if !passive {
        return None;
    }
    // Not an institution named by the noun after it ("the Stop Murder Music coalition").
    mentions::phrase_starting_at(doc, by + 1, tokens.end).filter(|m| {
        m.kind == MentionKind::Name
            && m.tokens
                .clone()
                .filter(|&t| mentions::is_name_word(doc, t) || doc.has(t, TITLE))
                .count()
                >= 2
            && !(doc.is_lowercase_word(m.tokens.end)
                && lexicon::is_organisation_word(doc.lower(m.tokens.end)))
    })
}

/// Words between a subject and its passive participle ("has been", "was also").
fn is_auxiliary(lower: &str) -> bool {
    lexicon::is_form_of_be(lower) || matches!(lower, "has" | "have" | "had" | "also")
}
