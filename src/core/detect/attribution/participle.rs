//! Who speaks by a verb that has no subject of its own before it: an infinitive ("was prompted
//! to say"), a participle after "with" ("with forecasters warning"), or one in a relative
//! clause ("the party, which tried to rally support by saying").

use super::super::lexicon;
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::Doc;

/// `Mr. Trump was prompted to say`, `he went on to argue`, `urged him to say`: the speaker of a
/// reporting verb after "to" (at `to`) is the object right before it, when it is a pronoun, or
/// else the subject of the verbs that lead to it (up to three lower-case words).
pub(super) fn infinitive_subject(doc: &Doc, to: usize, floor: usize) -> Option<Mention> {
    if to > floor && doc.is_word(to - 1) && matches!(doc.lower(to - 1), "him" | "her" | "them") {
        return Some(Mention {
            tokens: to - 1..to,
            kind: MentionKind::Pronoun,
        });
    }
    let mut start = to;
    while start > floor
        && to - start < 3
        && doc.is_lowercase_word(start - 1)
        && !lexicon::is_pronoun(doc.lower(start - 1))
        && !lexicon::is_determiner(doc.lower(start - 1))
    {
        start -= 1;
    }
    if start == to {
        return None;
    }
    // "Trump took to Twitter overnight to accuse": a name after a preposition is its object.
    let after_preposition = |m: &Mention| {
        m.tokens.start > floor
            && doc.is_word(m.tokens.start - 1)
            && matches!(
                doc.lower(m.tokens.start - 1),
                "to" | "on" | "in" | "at" | "with" | "from" | "by" | "for" | "of" | "into"
            )
    };
    mentions::subject_before(doc, start, floor)
        .filter(|m| m.kind != MentionKind::Description && !after_preposition(m))
}

/// `…, with Trump reportedly yelling: "…"`, `with the campaign of the former senator saying`:
/// the phrase after "with" is the participle's subject.
pub(super) fn with_participle(doc: &Doc, cue: usize, floor: usize) -> Option<Mention> {
    let mut end = cue;
    while end > floor && doc.is_lowercase_word(end - 1) && lexicon::is_filler(doc.lower(end - 1)) {
        end -= 1;
    }
    let with = (floor..end)
        .rev()
        .take(MAX_WITH_PHRASE)
        .take_while(|&t| doc.is_word(t))
        .find(|&t| doc.lower(t) == "with")?;
    // "with forecasters warning", "with local officials saying": a plural noun alone, with
    // no article to open a phrase, names people too.
    let plural = || {
        let words = with + 1..end;
        (1..=2).contains(&words.len())
            && words
                .clone()
                .all(|t| doc.is_lowercase_word(t) && mentions::is_plain_noun(doc, t))
            && doc.lower(end - 1).ends_with('s')
    };
    let speaker = mentions::phrase_starting_at(doc, with + 1, end).or_else(|| {
        plural().then(|| Mention {
            tokens: with + 1..end,
            kind: MentionKind::Description,
        })
    })?;
    (speaker.tokens.end == end).then_some(speaker)
}

/// `the ruling party, which tried to rally support by saying …`: a participle or a second verb
/// in a relative clause set off by a comma, with no punctuation between, has the relative
/// pronoun for subject (resolved to what it stands for), not the sentence's subject.
pub(super) fn relative_subject(doc: &Doc, cue: usize, floor: usize) -> Option<Mention> {
    let relative = (floor..cue)
        .rev()
        .take(MAX_RELATIVE_CLAUSE)
        .take_while(|&t| doc.is_word(t))
        .find(|&t| matches!(doc.lower(t), "which" | "who"))?;
    (relative > floor && doc.is_punct(relative - 1, ',')).then_some(Mention {
        tokens: relative..relative + 1,
        kind: MentionKind::Pronoun,
    })
}

/// Longest run of words between a relative pronoun and its clause's participle.
const MAX_RELATIVE_CLAUSE: usize = 10;

/// Longest phrase between "with" and its participle, in tokens.
const MAX_WITH_PHRASE: usize = 10;
