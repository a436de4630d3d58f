//! The subject of a clause: the first phrase of its sentence, past an opening phrase, whose
//! verb follows it ("Speaking on Tuesday, Jens Stoltenberg pointed to …"); none when "it" only
//! holds a place ("It is too soon to say …").

use super::super::lexicon;
use super::super::tokens::{Doc, SPEECH_VERB, TITLE};
use super::{MAX_APPOSITIVE, Mention, MentionKind, is_plain_noun, phrase_starting_at};

/// The subject of the clause that holds token `before`: the first phrase of its sentence,
/// after an opening phrase set off by a comma ("Speaking on Tuesday, Jens Stoltenberg
/// pointed to …"), when a verb-like word follows it.
pub fn clause_subject(doc: &Doc, before: usize) -> Option<Mention> {
    let sentence = doc.sentence_tokens(doc.tokens[before].sentence);
    let mut start = sentence.start;
    while start < before && !(doc.is_word(start) && doc.quote_at(doc.tokens[start].start).is_none())
    {
        start += 1;
    }
    // "Washington (AFP) – Democrat Hillary Clinton has …": a dateline, a place and a wire in
    // capitals before a dash, opens the story, not its subject.
    if let Some(dash) = (start..before.min(start + 6))
        .find(|&t| doc.is_punct(t, '—') || doc.is_punct(t, '–') || doc.is_punct(t, '-'))
        && dash > start
        && (start..dash).all(|t| {
            doc.is_capitalised(t)
                || doc.is_punct(t, '(')
                || doc.is_punct(t, ')')
                || doc.is_punct(t, ',')
        })
    {
        start = dash + 1;
    }
    // "And then Trump went …": words that join the sentence to the one before.
    while start + 1 < before && doc.is_word(start + 1) && lexicon::joins_sentences(doc.lower(start))
    {
        start += 1;
    }
    if start >= before {
        return None;
    }
    let first = doc.lower(start);
    // "Speaking on Tuesday, …", "In July, …", "However, …" open with a phrase before the
    // subject; "The board …" and "His aide …" open with the subject itself.
    let opens_with_phrase = lexicon::is_capitalised_common(first)
        && lexicon::bare_pronoun(first).is_none()
        && !lexicon::is_determiner(first)
        || lexicon::is_participle(first)
        || first.ends_with("ed");
    // "Last week David Holmes revealed …", "Earlier this month the court ruled …": with no
    // comma after a time that opens the sentence, the subject follows it.
    let after = after_opening_time(doc, start, before);
    if after > start
        && after < before
        && !doc.is_punct(after, ',')
        && let Some(subject) = subject_at(doc, after, before, true)
    {
        return Some(subject);
    }
    // "One woman, Victoria Lapete, found her sister": a person described, then named.
    if let Some(named) = name_after_description(doc, start, before) {
        return Some(named);
    }
    if opens_with_phrase {
        // "At an event in Salem, New Hampshire, Trump went …": the phrase may hold commas of
        // its own, so the subject is looked for after each, first one a verb follows at once,
        // then one with an appositive between ("…, Dean, a former chairman, poked at …").
        let commas: Vec<usize> = (start..before).filter(|&j| doc.is_punct(j, ',')).collect();
        return commas
            .iter()
            .find_map(|&c| subject_at(doc, c + 1, before, false))
            .or_else(|| {
                commas
                    .iter()
                    .find_map(|&c| subject_at(doc, c + 1, before, true))
            })
            // "Earlier chief constable Green questioned …", "What Mr. Obama has seen …": with
            // no comma to end an opening word, a title after it opens the subject.
            .or_else(|| {
                (commas.is_empty() && start + 1 < before && doc.has(start + 1, TITLE))
                    .then(|| subject_at(doc, start + 1, before, true))
                    .flatten()
            });
    }
    subject_at(doc, start, before, true)
}

/// The token after a time that opens a sentence ("Last week", "Earlier this month", "On
/// Tuesday"), or `start` when none does.
fn after_opening_time(doc: &Doc, start: usize, before: usize) -> usize {
    let word = |t: usize| (t < before && doc.is_word(t)).then(|| doc.lower(t));
    let period = |w: Option<&str>| {
        w.is_some_and(|w| {
            matches!(
                w,
                "week" | "weekend" | "month" | "year" | "night" | "morning"
            ) || lexicon::is_time_word(w)
        })
    };
    let mut t = start;
    if matches!(word(t), Some("earlier" | "later")) {
        t += 1;
    }
    if matches!(word(t), Some("last" | "this" | "next" | "on")) && period(word(t + 1)) {
        return t + 2;
    }
    if t > start {
        return t;
    }
    start
}

/// Longest description of one person before their name, in words ("One elderly woman").
const MAX_PERSON_DESCRIPTION: usize = 4;

/// `One woman, Victoria Lapete, found …`, `His lawyer, Karl Ruiz, said …`, `The Attorney
/// General, Lord Goldsmith, has …`: a description of one person or an office opening the
/// clause, then a name between commas and a verb; the name is the subject.
fn name_after_description(doc: &Doc, start: usize, before: usize) -> Option<Mention> {
    let first = (start..before).find(|&t| doc.is_punct(t, ','))?;
    // Read word by word: a capitalised "One" opening the sentence is no name here.
    let head = first.checked_sub(1)?;
    // Or an office: "The Attorney General, Lord Goldsmith, has …".
    let person_noun = (start + 1..=head).all(|t| doc.is_lowercase_word(t))
        && lexicon::gender_of_person_noun(doc.lower(head)).is_some();
    let office = (start + 1..=head).all(|t| doc.has(t, TITLE));
    let described = head > start
        && head - start < MAX_PERSON_DESCRIPTION
        && lexicon::is_determiner(doc.lower(start))
        && (person_noun || office);
    if !described {
        return None;
    }
    let name = phrase_starting_at(doc, first + 1, before)?;
    let second = name.tokens.end;
    let verb_follows = second < before
        && doc.is_punct(second, ',')
        && doc.is_lowercase_word(second + 1)
        && !lexicon::ends_phrase(doc.lower(second + 1));
    // A first name alone ("his wife, Jane,") says less to a later "she" than the noun does.
    let full = name.tokens.len() >= 2;
    (name.kind == MentionKind::Name && full && verb_follows).then_some(name)
}

/// The subject starting at `start` of a clause whose verb comes before `before`, if a verb
/// follows it (after an appositive, when `appositive` allows one).
fn subject_at(doc: &Doc, start: usize, before: usize, appositive: bool) -> Option<Mention> {
    let mut mention = phrase_starting_at(doc, start, before)?;
    if mention.kind == MentionKind::Name && common_word_opening(doc, &mention) {
        // The phrase it opens runs over the nouns after it ("Two military analysts").
        let end = (mention.tokens.end..before)
            .take_while(|&t| doc.is_lowercase_word(t) && is_plain_noun(doc, t))
            .last()?
            + 1;
        mention = Mention {
            tokens: mention.tokens.start..end,
            kind: MentionKind::Description,
        };
    }
    // ", which is set to host …": a relative clause, not the sentence's subject.
    if mention.kind == MentionKind::Pronoun
        && matches!(
            doc.lower(mention.tokens.start),
            "which" | "where" | "whom" | "whose"
        )
    {
        return None;
    }
    // "It is too soon to say …", "It was reported that …", "It seems …": "it" before a form of
    // "be" or a verb of seeming holds a place; it does not speak.
    if mention.kind == MentionKind::Pronoun
        && doc.lower(mention.tokens.start) == "it"
        && holds_a_place(doc, mention.tokens.end, before)
    {
        return None;
    }
    // "The board rejected …": a description stops at the first word that reads as its verb.
    if mention.kind == MentionKind::Description {
        let verb = (mention.tokens.start + 2..mention.tokens.end).find(|&t| {
            let w = doc.lower(t);
            // Lower-case only: "the House Armed Services Committee" has no verb in it.
            doc.is_lowercase_word(t)
                && (w.ends_with("ed") || lexicon::is_filler(w) || doc.has(t, SPEECH_VERB))
        });
        if let Some(verb) = verb {
            mention.tokens.end = verb;
        }
    }
    // "Trump and Ryan issued a statement …": two names speak together.
    let end = mention.tokens.end;
    if mention.kind == MentionKind::Name
        && end + 1 < before
        && doc.is_word(end)
        && doc.lower(end) == "and"
        && let Some(other) = phrase_starting_at(doc, end + 1, before)
        && other.kind == MentionKind::Name
    {
        mention.tokens.end = other.tokens.end;
    }
    let mut next = mention.tokens.end;
    // "Sen. Claire McCaskill (D-Mo.) scolded …": step over a party and state in brackets.
    if next < before && doc.is_punct(next, '(') {
        next = (next + 1..before).take(8).find(|&j| doc.is_punct(j, ')'))? + 1;
    }
    // "Dean, a former party chairman, poked at …": step over the appositive.
    if appositive
        && next < before
        && doc.is_punct(next, ',')
        && mention.kind != MentionKind::Pronoun
    {
        next = (next + 1..before)
            .take(MAX_APPOSITIVE)
            .find(|&j| doc.is_punct(j, ','))?
            + 1;
    }
    // "Donald Trump on Thursday ratcheted up …": step over when.
    if next + 1 < before
        && doc.is_word(next + 1)
        && matches!(
            doc.lower(next),
            "on" | "in" | "last" | "this" | "earlier" | "late"
        )
        && lexicon::is_time_word(doc.lower(next + 1))
    {
        next += 2;
    }
    // The verb may be the word at `before` itself ("Marco Rubio, who …, argues that").
    let verb_follows = next <= before
        && next < doc.tokens.len()
        && doc.is_lowercase_word(next)
        && !lexicon::ends_phrase(doc.lower(next));
    verb_follows.then_some(mention)
}

/// `Human hibernation has been …`, `One campaign video featured …`: a sentence's first word is
/// capitalised whatever it is. One word before a noun, a word that counts or picks ("One",
/// "Another") or one the article writes in lower case near it, is that common word, not a
/// name. (A verb in -s or -ed after it may be the name's: "Young says", "Cook joked".)
fn common_word_opening(doc: &Doc, mention: &Mention) -> bool {
    let word = mention.tokens.start;
    let next = mention.tokens.end;
    let sentence = doc.sentence_tokens(doc.tokens[word].sentence);
    mention.tokens.len() == 1
        && next < sentence.end
        && (sentence.start..word).all(|t| !doc.is_word(t))
        && doc.is_lowercase_word(next)
        && is_plain_noun(doc, next)
        && !doc.lower(next).ends_with('s')
        && (lexicon::counts_or_picks(doc.lower(word)) || doc.written_in_lower_case_near(word))
}

/// Whether the words from `at` (adverbs such as "also" or "not" stepped over) begin with a form
/// of "be" or a verb of seeming, after which "it" is a placeholder ("it is unclear whether",
/// "it was said that", "it seems").
fn holds_a_place(doc: &Doc, at: usize, before: usize) -> bool {
    let verb = (at..before.min(at + 3))
        .find(|&t| !(doc.is_lowercase_word(t) && matches!(doc.lower(t), "also" | "not" | "still")));
    verb.is_some_and(|t| {
        doc.is_lowercase_word(t)
            && matches!(
                doc.lower(t),
                "is" | "was"
                    | "isn't"
                    | "isn’t"
                    | "wasn't"
                    | "wasn’t"
                    | "seems"
                    | "seemed"
                    | "appears"
                    | "appeared"
                    | "remains"
                    | "remained"
            )
    })
}
