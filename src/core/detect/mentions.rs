//! Noun phrases that name a speaker: found to the left of a reporting verb ("NATO Secretary
//! General Jens Stoltenberg said", "the chief of the military coalition says"), to its right
//! ("said Mr. Smith", "according to the Kremlin"), or as the subject of a clause.
//!
//! Arguments and results are token indices into [`Doc::tokens`]; a mention is a half-open
//! token range. The rules read capitals, determiners and a few word lists; they know no names.

use std::ops::Range;

use super::lexicon;
use super::tokens::{Doc, NAME_WORD, SPEECH_VERB, TITLE};

mod after_verb;
mod clause;
mod subject;

pub use after_verb::{inverted_subject, name_in_apposition, source_after_according_to};
pub use clause::clause_subject;
pub use subject::subject_before;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MentionKind {
    Pronoun,
    /// A capitalised name, perhaps with its titles ("Sen. Ted Cruz", "the Kremlin").
    Name,
    /// A common noun phrase ("the chief of the military coalition", "officials").
    Description,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mention {
    pub tokens: Range<usize>,
    pub kind: MentionKind,
}

impl Mention {
    /// The head noun of a description: its last word, or the word before "of" ("the chief of
    /// the coalition" gives "chief").
    pub fn head(&self, doc: &Doc) -> usize {
        let words = self.tokens.clone();
        words
            .clone()
            .find(|&t| doc.lower(t) == "of")
            .map_or(words.end - 1, |of| of - 1)
    }

    /// Whether it is a description of one person by a noun that says so ("her mother", "the
    /// woman's husband"), and the gender the noun gives.
    pub fn person_noun_gender(&self, doc: &Doc) -> Option<lexicon::Gender> {
        (self.kind == MentionKind::Description)
            .then(|| lexicon::gender_of_person_noun(doc.lower(self.head(doc))))
            .flatten()
    }
}

/// Longest appositive between a name and its verb, in tokens ("David Kamin, an outside
/// adviser to the campaign on tax and budget issues and an associate professor at …, said").
const MAX_APPOSITIVE: usize = 32;

/// Longest description we accept, in tokens.
const MAX_DESCRIPTION: usize = 9;

/// The phrase that ends just before token `end` (exclusive), looking no further left than
/// `floor`.
pub fn phrase_ending_at(doc: &Doc, end: usize, floor: usize) -> Option<Mention> {
    if end <= floor || !doc.is_word(end - 1) {
        return None;
    }
    let last = end - 1;
    let lower = doc.lower(last);
    // "the WHO said": an acronym is a name word, no pronoun.
    if lexicon::bare_pronoun(lower).is_some() && !is_name_word(doc, last) {
        return Some(Mention {
            tokens: last..end,
            kind: MentionKind::Pronoun,
        });
    }
    if is_name_word(doc, last) {
        let mut start = last;
        while start > floor {
            let prev = start - 1;
            if is_name_word(doc, prev) || doc.is_word(prev) && doc.has(prev, TITLE) {
                start = prev;
            } else if (doc.has(start, TITLE) || start + 1 < last && doc.has(start + 1, TITLE))
                && doc.is_lowercase_word(prev)
                && is_plain_noun(doc, prev)
            {
                // "White House press secretary Josh Earnest", "campaign policy director Jo
                // Cole": the nouns that say which secretary or director it is.
                start = prev;
            } else if prev > floor
                && doc.is_word(prev)
                && lexicon::joins_name(doc.lower(prev))
                && is_name_word(doc, prev - 1)
            {
                start = prev - 1;
            } else {
                break;
            }
        }
        // "the Committee for a Responsible Federal Budget", "the Center for American Progress":
        // an institution's name runs on through "for".
        if let Some(institution) = institution_before_for(doc, start, floor) {
            start = institution;
        }
        // "the Kremlin", "the White House": keep the article with the name.
        if start > floor && doc.is_word(start - 1) && doc.lower(start - 1) == "the" {
            start -= 1;
        }
        // "A spokeswoman for Sen. Lena Voss said": the one who speaks for the name.
        if start > floor + 1
            && doc.is_word(start - 1)
            && matches!(doc.lower(start - 1), "for" | "to" | "of")
            && doc.is_word(start - 2)
            && lexicon::speaks_for(doc.lower(start - 2))
        {
            let noun = start - 2;
            let opening = (floor..noun)
                .rev()
                .take(3)
                .take_while(|&t| doc.is_word(t))
                .find(|&t| lexicon::is_determiner(doc.lower(t)))
                .unwrap_or(noun);
            return Some(Mention {
                tokens: opening..end,
                kind: MentionKind::Description,
            });
        }
        return Some(Mention {
            tokens: start..end,
            kind: MentionKind::Name,
        });
    }
    // "The two referred to Trump as …": a number after "the" stands for the people counted,
    // when a verb or punctuation follows it, not a noun ("the four states").
    let verb_follows = end >= doc.tokens.len()
        || !doc.is_word(end)
        || doc.has(end, SPEECH_VERB)
        || lexicon::is_filler(doc.lower(end));
    if lexicon::is_small_count(lower)
        && verb_follows
        && last > floor
        && doc.is_word(last - 1)
        && doc.lower(last - 1) == "the"
    {
        return Some(Mention {
            tokens: last - 1..end,
            kind: MentionKind::Description,
        });
    }
    if !doc.is_lowercase_word(last) || lexicon::ends_phrase(lower) || lexicon::is_determiner(lower)
    {
        return None;
    }
    // A description: walk left to its determiner, through "of" ("the chief of the coalition").
    let mut start = last;
    let mut found_determiner = false;
    while start > floor && end - start < MAX_DESCRIPTION {
        let prev = start - 1;
        if !doc.is_word(prev) {
            break;
        }
        let w = doc.lower(prev);
        if lexicon::is_determiner(w) {
            if last == prev + 1 && describes_the_noun_to_come(w, lower) {
                return None;
            }
            // "the decision to no longer consider": an adverb, no phrase.
            if w == "no" && matches!(lower, "longer" | "more" | "less") && last == prev + 1 {
                return None;
            }
            start = prev;
            found_determiner = true;
            if start > floor + 1 && doc.is_word(start - 1) && doc.lower(start - 1) == "of" {
                start -= 1;
                continue;
            }
            // "The Trump campaign's statement", "the Harbour Board's statement": an owner's
            // name and its article belong to the phrase.
            if lexicon::is_possessive(w) {
                start = owner_start(doc, start, floor);
            }
            break;
        }
        // `The state officials whose laws have been invalidated say`: the phrase "whose"
        // describes is the subject.
        if w == "whose"
            && let Some(described) = phrase_ending_at(doc, prev, floor)
        {
            return Some(described);
        }
        // A verb's form right after an article is a modifier ("the state police").
        let modifier =
            prev > floor && doc.is_word(prev - 1) && lexicon::is_article(doc.lower(prev - 1));
        if lexicon::ends_phrase(w)
            || lexicon::is_speech_verb(w) && !modifier
            || lexicon::is_pronoun(w)
        {
            break;
        }
        start = prev;
    }
    // Without a determiner, accept only a short plural or title phrase ("officials",
    // "Republican leaders").
    if !found_determiner {
        let short_plural = end - start <= 3 && lower.ends_with('s')
            || end - start <= 2 && lexicon::is_collective_noun(lower);
        if !(short_plural || lexicon::is_title(lower)) || lexicon::is_filler(lower) {
            return None;
        }
    }
    Some(Mention {
        tokens: start..end,
        kind: MentionKind::Description,
    })
}

/// `His repeated claims`, `His seeming principled concern`: after a possessive pronoun, a
/// verb's form describes the noun to come; the two head nothing that speaks.
fn describes_the_noun_to_come(possessive: &str, word: &str) -> bool {
    lexicon::is_possessive_pronoun(possessive)
        && (word.ends_with("ed") || lexicon::is_participle(word))
}

/// `Committee for (a) Responsible Federal Budget`, `Joint Committee on Intelligence and
/// Security`: the start of an institution's name that runs on through "for" or "on" (and an
/// article, or an "and" between two names) to the name starting at `start`.
fn institution_before_for(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    // "… on Intelligence and Security": the name before "and" first.
    if start >= floor + 2
        && doc.is_lowercase_word(start - 1)
        && doc.lower(start - 1) == "and"
        && is_name_word(doc, start - 2)
    {
        let mut first = start - 2;
        while first > floor && is_name_word(doc, first - 1) {
            first -= 1;
        }
        if let Some(institution) = institution_before(doc, first, floor) {
            return Some(institution);
        }
    }
    institution_before(doc, start, floor)
}

/// The start of an institution's name that runs on through "for" or "on" (and an article) to
/// the name starting at `start`.
fn institution_before(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    let mut t = start;
    if t > floor && doc.is_lowercase_word(t - 1) && lexicon::is_article(doc.lower(t - 1)) {
        t -= 1;
    }
    let word = t.checked_sub(2)?;
    if word < floor
        || !doc.is_lowercase_word(t - 1)
        || !matches!(doc.lower(t - 1), "for" | "on")
        || !doc.is_capitalised(word)
        || !lexicon::is_organisation_word(doc.lower(word))
    {
        return None;
    }
    let mut first = word;
    while first > floor && is_name_word(doc, first - 1) {
        first -= 1;
    }
    Some(first)
}

/// The start of an owner's phrase ending with the possessive at `owner` ("The Trump
/// campaign's", "the Harbour Board's"): the capitalised words or one lower-case noun before it,
/// and their article, up to four words.
fn owner_start(doc: &Doc, owner: usize, floor: usize) -> usize {
    let mut start = owner;
    while start > floor && owner - start < 4 && is_name_word(doc, start - 1) {
        start -= 1;
    }
    if start == owner
        && !is_name_word(doc, owner)
        && start > floor
        && doc.is_lowercase_word(start - 1)
        && is_plain_noun(doc, start - 1)
    {
        start -= 1;
    }
    if start > floor && doc.is_word(start - 1) && lexicon::is_article(doc.lower(start - 1)) {
        start -= 1;
    }
    start
}

/// The phrase that starts at token `start`, going right no further than `ceiling`
/// ("said Mr. Smith", "according to the Kremlin").
pub fn phrase_starting_at(doc: &Doc, start: usize, ceiling: usize) -> Option<Mention> {
    if start >= ceiling || !doc.is_word(start) {
        return None;
    }
    let lower = doc.lower(start);
    if lexicon::bare_pronoun(lower).is_some_and(|p| p != "who") && !is_name_word(doc, start) {
        return Some(Mention {
            tokens: start..start + 1,
            kind: MentionKind::Pronoun,
        });
    }
    let name_start = if lower == "the" && start + 1 < ceiling && is_name_word(doc, start + 1) {
        start + 1
    } else {
        start
    };
    if is_name_word(doc, name_start) || doc.has(name_start, TITLE) && doc.is_capitalised(name_start)
    {
        let mut end = name_start + 1;
        while end < ceiling {
            if is_name_word(doc, end) {
                end += 1;
            } else if end + 1 < ceiling
                && doc.is_word(end)
                && lexicon::joins_name(doc.lower(end))
                && is_name_word(doc, end + 1)
            {
                end += 2;
            } else {
                break;
            }
        }
        // "Turkey's ambassador to France criticised …": an owner's title after it heads the
        // phrase; the owner names nobody who speaks.
        let titled = (end..ceiling.min(end + 3))
            .take_while(|&t| doc.is_lowercase_word(t) && doc.has(t, TITLE))
            .count();
        // Only where the phrase ends there: before "to" or a reporting verb ("Rubio's deputy
        // campaign manager, Rich Beeson" goes on to the person).
        let ends_there = |t: usize| {
            t < doc.tokens.len()
                && doc.is_lowercase_word(t)
                && (doc.lower(t) == "to" || doc.has(t, SPEECH_VERB))
        };
        if titled > 0 && lexicon::is_possessive(doc.lower(end - 1)) && ends_there(end + titled) {
            return Some(Mention {
                tokens: start..end + titled,
                kind: MentionKind::Description,
            });
        }
        // "Staff writer David Emery posted …", "Snopes fact checker and staff writer David
        // Emery": lower-case titles or nouns between a name and the person's name belong to
        // the phrase, which ends with the person's name.
        let described = (end..ceiling.min(end + 5))
            .take_while(|&t| {
                doc.is_lowercase_word(t)
                    && (doc.has(t, TITLE) || is_plain_noun(doc, t) || doc.lower(t) == "and")
            })
            .last()
            .filter(|&t| doc.lower(t) != "and" && t + 1 < ceiling && is_name_word(doc, t + 1));
        if let Some(last) = described {
            end = last + 1;
            while end < ceiling && is_name_word(doc, end) {
                end += 1;
            }
            // "Former royal PR aides called it …": an acronym before a plural noun qualifies
            // it; the noun is the head of a description of several people. (After a person's
            // name, a word in -s is a verb: "officer Timothy Smith holds up the gun".)
            if end < ceiling
                && lexicon::is_acronym(doc.word_chars(end - 1))
                && doc.is_lowercase_word(end)
                && is_plain_noun(doc, end)
                && doc.lower(end).ends_with('s')
            {
                return Some(Mention {
                    tokens: start..end + 1,
                    kind: MentionKind::Description,
                });
            }
        } else if name_start > start {
            // "said the President", "says the DJ": titles alone after "the" name nobody; they
            // head a description.
            if (name_start..end).all(|t| doc.has(t, TITLE)) {
                return Some(Mention {
                    tokens: start..end,
                    kind: MentionKind::Description,
                });
            }
            // "The Tory leader admitted …", "the White House spokesman": a title after "the"
            // and a name is the head of a description the name qualifies.
            // Also a person's occupation: "the Australian-born actress joked".
            // Up to two words may qualify the title: "The Democratic presidential candidate".
            let is_title = |t: usize| doc.has(t, TITLE) || lexicon::is_occupation(doc.lower(t));
            let run_end = (end..ceiling.min(end + 4))
                .take_while(|&t| doc.is_lowercase_word(t) && (is_title(t) || is_plain_noun(doc, t)))
                .last()
                .map_or(end, |t| t + 1);
            if let Some(first) = (end..run_end.min(end + 3)).find(|&t| is_title(t)) {
                let last = (first..run_end).take_while(|&t| is_title(t)).last();
                return Some(Mention {
                    tokens: start..last.unwrap_or(first) + 1,
                    kind: MentionKind::Description,
                });
            }
        }
        return Some(Mention {
            tokens: start..end,
            kind: MentionKind::Name,
        });
    }
    // "people familiar with the matter", "sources close to him": a plural with no article
    // before what makes them informed.
    let informed_people = start + 1 < ceiling
        && doc.is_lowercase_word(start)
        && (lower.ends_with('s') || lower == "people")
        && doc.is_lowercase_word(start + 1)
        && lexicon::is_informed(doc.lower(start + 1));
    if !informed_people
        && (!lexicon::is_determiner(lower) || matches!(lower, "that" | "this" | "these" | "those"))
    {
        // "conservative talk radio host Rush Limbaugh": lower-case words that lead to a name.
        // Not a clause ("said it's an out-of-control Trump -- not … -- that explains").
        let name = (start..ceiling.min(start + MAX_DESCRIPTION))
            .take_while(|&t| {
                doc.is_word(t)
                    && !lexicon::ends_phrase(doc.lower(t))
                    && !lexicon::is_contraction(doc.lower(t))
            })
            .find(|&t| is_name_word(doc, t))?;
        let mut end = name;
        while end < ceiling && is_name_word(doc, end) {
            end += 1;
        }
        return Some(Mention {
            tokens: start..end,
            kind: MentionKind::Name,
        });
    }
    let mut end = start + 1;
    while end < ceiling && end - start < MAX_DESCRIPTION && doc.is_word(end) {
        let w = doc.lower(end);
        // "a spokesman for the Justice Department": whom they speak for is part of it.
        let speaks_for = matches!(w, "for" | "to") && lexicon::speaks_for(doc.lower(end - 1))
            || matches!(w, "with" | "on" | "to" | "about")
                && lexicon::is_informed(doc.lower(end - 1));
        // "one source who identified Sullivan": a relative clause is not the phrase.
        if lexicon::ends_phrase(w) && w != "of" && !speaks_for
            || lexicon::is_speech_verb(w) && end > start + 1
            || matches!(w, "who" | "whose")
        {
            break;
        }
        end += 1;
    }
    if end == start + 2 && describes_the_noun_to_come(lower, doc.lower(end - 1)) {
        return None;
    }
    (end > start + 1).then_some(Mention {
        tokens: start..end,
        kind: MentionKind::Description,
    })
}

/// A lower-case word that can stand between a place or party and a name ("resident", "ally",
/// "pollster"): not a word of grammar, a reporting verb or a verb's form.
pub(super) fn is_plain_noun(doc: &Doc, t: usize) -> bool {
    let w = doc.lower(t);
    !doc.has(t, SPEECH_VERB)
        && !lexicon::is_filler(w)
        && !lexicon::is_determiner(w)
        && !lexicon::is_pronoun(w)
        && !lexicon::ends_phrase(w)
        && !w.ends_with("ed")
        && !w.ends_with("ing")
        // An adverb ("quickly"), but not a noun as short as "ally" or one in the list.
        && !lexicon::is_adverb_in_ly(w)
        && w.chars().count() > 2
}

/// A capitalised word that can be part of a name: not a common sentence opener, a day or a
/// month, and not a title abbreviation alone.
pub fn is_name_word(doc: &Doc, token: usize) -> bool {
    doc.has(token, NAME_WORD)
}
