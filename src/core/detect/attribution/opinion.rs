//! What someone named in the clause casts a thing as (`Merkel heralded the deal as a
//! "breakthrough"`) or believes (`Ramos believes in journalism that "takes sides"`): the
//! quotation is their words.

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention};
use super::super::tokens::Doc;
use super::{Frame, cue, reads_as_verb, words_outside_quotes};

/// `Merkel heralded the deal as a "breakthrough"`, `introduced him as "a fighter"`: the
/// quotation is what someone named in the clause casts something as, their words. The speaker
/// is the clause's subject, a name or a pronoun; the cue, the verb after it.
pub(super) fn cast_as(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let mut t = f.open;
    // Over an article and up to three words of the phrase ("as a former liberal who would",
    // "as more than just a").
    let mut skipped = 0;
    while t > f.sentence.start && doc.is_word(t - 1) && doc.lower(t - 1) != "as" && skipped < 4 {
        t -= 1;
        skipped += 1;
    }
    if t == f.sentence.start || !doc.is_word(t - 1) || doc.lower(t - 1) != "as" {
        return None;
    }
    let as_token = t - 1;
    // "concepts such as "trigger warnings"", "as well as": examples, not what someone casts
    // something as; nor "no such thing as "the gig economy"", a thing denied.
    let such = (as_token.saturating_sub(3).max(f.sentence.start)..as_token)
        .any(|t| doc.is_word(t) && doc.lower(t) == "such");
    if such
        || as_token > f.sentence.start
            && doc.is_word(as_token - 1)
            && doc.lower(as_token - 1) == "well"
    {
        return None;
    }
    // "in a way Comey slammed as "…"": the verb right before "as" has its own subject. Not
    // after an owner: in "sees Nintendo's lineup as its "…"" the word is a noun it owns.
    let own_subject = (as_token > f.sentence.start && doc.is_lowercase_word(as_token - 1))
        .then(|| mentions::subject_before(doc, as_token - 1, f.sentence.start))
        .flatten()
        .filter(|m| {
            m.kind == mentions::MentionKind::Name
                && !lexicon::is_possessive(doc.lower(m.tokens.end - 1))
        });
    let subject = own_subject.or_else(|| mentions::clause_subject(doc, as_token))?;
    if subject.kind == mentions::MentionKind::Description {
        return None;
    }
    let verb = subject.tokens.end;
    // "(Part of the reason companies earmark the cash as "held overseas")": a name followed by
    // "of" is the head of a longer phrase, not the subject of the verb that casts.
    if verb < as_token && doc.is_word(verb) && doc.lower(verb) == "of" {
        return None;
    }
    let cue = if verb < as_token && doc.is_lowercase_word(verb) {
        verb..verb + 1
    } else {
        as_token..as_token + 1
    };
    Some((Some(subject), cue))
}

/// `Ramos believes in journalism that "takes sides"`: a verb of opinion before the quotation,
/// with its subject (not every verb of belief: what someone "shows" or "knows" is not their
/// words). What someone believes in quotation marks is their words, as PolNeAR
/// attributes beliefs, a description's too ("Gulf sources believe").
pub(super) fn belief_before(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    words_outside_quotes(doc, f.sentence.start..f.open)
        .rev()
        .filter(|&t| {
            // "The courts have held that …": holding that is an opinion, holding a rally not.
            let holds_that = matches!(doc.lower(t), "hold" | "holds" | "held")
                && t + 1 < f.open
                && doc.is_word(t + 1)
                && doc.lower(t + 1) == "that";
            (lexicon::holds_an_opinion(doc.lower(t)) || holds_that)
                && reads_as_verb(doc, t, f.sentence.start)
        })
        .find_map(|t| {
            let speaker = cue::speaker_of_cue(doc, t, f.sentence.start, f.open)?;
            // "Do you still consider yourself a “backpacker”?": what the reader is asked to
            // think is no one's words.
            if speaker.kind == mentions::MentionKind::Pronoun
                && doc.lower(speaker.tokens.start) == "you"
            {
                return None;
            }
            Some((Some(speaker), t..t + 1))
        })
}
