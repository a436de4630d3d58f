//! Noun phrases that name a speaker: found to the left of a reporting verb ("NATO Secretary
//! General Jens Stoltenberg said", "the chief of the military coalition says"), to its right
//! ("said Mr. Smith", "according to the Kremlin"), or as the subject of a clause.
//!
//! Arguments and results are token indices into [`Doc::tokens`]; a mention is a half-open
//! token range. The rules read capitals, determiners and a few word lists; they know no names.

use std::ops::Range;

use super::lexicon;
use super::tokens::{Doc, NAME_WORD, SPEECH_VERB, TITLE};

mod clause;

pub use clause::clause_subject;

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

/// Longest appositive between a name and its verb, in tokens ("David Kamin, an outside
/// adviser to the campaign on tax and budget issues and an associate professor at …, said").
const MAX_APPOSITIVE: usize = 32;

/// Longest description we accept, in tokens.
const MAX_DESCRIPTION: usize = 9;

/// The subject of the verb at `cue`, looking left no further than token `floor`: skips
/// auxiliaries and adverbs ("has also said") and an appositive between commas ("Smith, the
/// campaign's chairman, said").
pub fn subject_before(doc: &Doc, cue: usize, floor: usize) -> Option<Mention> {
    // Fillers are lower-case: a capitalised "Kelly" or "Connolly" is a name, not an adverb.
    let before_fillers = |mut i: usize| {
        while i > floor && doc.is_lowercase_word(i - 1) && lexicon::is_filler(doc.lower(i - 1)) {
            i -= 1;
        }
        i
    };
    let i = before_fillers(cue);
    let after_day = before_day(doc, i, floor);
    let i = if after_day == i {
        i
    } else {
        before_fillers(after_day)
    };
    let i = before_brackets(doc, i, floor)?;
    if i == floor {
        return None;
    }
    if doc.is_punct(i - 1, ',') {
        // An appositive: `NAME, DESCRIPTION, said`, or the other way round, `DESCRIPTION,
        // NAME, said` ("Her chief policy aide, Jake Sullivan, calls …").
        let close = i - 1;
        // A name that opens the clause before a run of commas is its subject ("Clinton, during
        // a town hall in Columbus, Ohio, said"; "Vian, the editor of the Vatican's newspaper,
        // L'Osservatore Romano, said"), also after a one-word opener ("Still, Sanders delegate
        // Courtney Rowe, 34, from Cedar Rapids, Iowa, said").
        let opening_name = |from: usize| {
            let first = (from..close)
                .take(MAX_APPOSITIVE)
                .find(|&j| doc.is_punct(j, ','))?;
            // Lower-case nouns may lead to the name ("ferry clerk Dana Pell, 34, …").
            let leads_to_name = |start: usize| {
                start - from <= 3
                    && (from..start).all(|t| doc.is_lowercase_word(t) && is_plain_noun(doc, t))
            };
            phrase_ending_at(doc, first, from)
                .filter(|m| {
                    close - first <= MAX_APPOSITIVE
                        && leads_to_name(m.tokens.start)
                        && m.kind == MentionKind::Name
                })
                .map(|m| Mention {
                    tokens: from..m.tokens.end,
                    kind: m.kind,
                })
        };
        let after_opener = (floor + 2 < close
            && doc.is_word(floor)
            && !is_name_word(doc, floor)
            && doc.is_punct(floor + 1, ','))
        .then_some(floor + 2);
        if let Some(opening) = opening_name(floor).or_else(|| after_opener.and_then(opening_name)) {
            return Some(opening);
        }
        let open = (floor..close)
            .rev()
            .take(MAX_APPOSITIVE)
            .find(|&j| doc.is_punct(j, ','))?;
        let end = before_brackets(doc, open, floor)?;
        // A description is the subject when a relative clause describes it ("The lawmaker,
        // who represents Albay, said"); otherwise the commas may hold a list or a clause.
        let relative = doc.is_word(open + 1) && matches!(doc.lower(open + 1), "who" | "whose");
        return phrase_ending_at(doc, end, floor)
            .filter(|m| m.kind != MentionKind::Description || relative)
            .or_else(|| {
                phrase_ending_at(doc, close, open + 1)
                    .filter(|m| m.kind == MentionKind::Name && m.tokens.start == open + 1)
            });
    }
    let subject = phrase_ending_at(doc, i, floor)?;
    Some(person_of_institution(doc, &subject, floor).unwrap_or(subject))
}

/// `Ron Haskins of the Brookings Institution said`: the person before "of", when the phrase
/// ending at the verb is an institution's name. The person's name needs two name words or a
/// title ("Friends of the Earth said" is no person of the Earth), or the institution a word
/// that says it is one.
fn person_of_institution(doc: &Doc, institution: &Mention, floor: usize) -> Option<Mention> {
    let of = institution.tokens.start.checked_sub(1)?;
    // "Speaker of the House Rep. Paul Ryan said": a title in the phrase makes it a person's.
    if institution.kind != MentionKind::Name
        || institution.tokens.clone().any(|t| doc.has(t, TITLE))
        || of <= floor
        || !doc.is_word(of)
        || doc.lower(of) != "of"
    {
        return None;
    }
    let person = phrase_ending_at(doc, of, floor).filter(|m| m.kind == MentionKind::Name)?;
    let named = person
        .tokens
        .clone()
        .filter(|&t| is_name_word(doc, t) || doc.has(t, TITLE))
        .count();
    let an_institution = institution
        .tokens
        .clone()
        .any(|t| lexicon::is_organisation_word(doc.lower(t)));
    (named >= 2 || an_institution).then_some(person)
}

/// Steps left over the day between a subject and its verb ("Netanyahu on Sunday said",
/// "Clinton Tuesday night told").
fn before_day(doc: &Doc, end: usize, floor: usize) -> usize {
    let is_day = |t: usize| {
        doc.is_word(t)
            && (lexicon::is_weekday(doc.lower(t)) || matches!(doc.lower(t), "yesterday" | "today"))
    };
    let mut i = end;
    if i > floor + 1
        && doc.is_word(i - 1)
        && matches!(
            doc.lower(i - 1),
            "morning" | "afternoon" | "evening" | "night"
        )
        && is_day(i - 2)
    {
        i -= 1;
    }
    if i == floor || !is_day(i - 1) {
        return end;
    }
    i -= 1;
    // "on Sunday", "late Thursday", "last Friday".
    if i > floor
        && doc.is_word(i - 1)
        && matches!(doc.lower(i - 1), "on" | "late" | "early" | "last")
    {
        i -= 1;
    }
    // "A poll released Friday found": the participle belongs with the day.
    if i > floor + 1 && doc.is_lowercase_word(i - 1) && doc.lower(i - 1).ends_with("ed") {
        i -= 1;
    }
    i
}

/// Steps left over a party and state in brackets ("Rep. John Mica (R-Fla.) said"); `None`
/// when a closing bracket has no opening one near.
fn before_brackets(doc: &Doc, end: usize, floor: usize) -> Option<usize> {
    if end > floor && doc.is_punct(end - 1, ')') {
        return (floor..end - 1)
            .rev()
            .take(8)
            .find(|&j| doc.is_punct(j, '('));
    }
    Some(end)
}

/// The phrase that ends just before token `end` (exclusive), looking no further left than
/// `floor`.
pub fn phrase_ending_at(doc: &Doc, end: usize, floor: usize) -> Option<Mention> {
    if end <= floor || !doc.is_word(end - 1) {
        return None;
    }
    let last = end - 1;
    let lower = doc.lower(last);
    if lexicon::bare_pronoun(lower).is_some() {
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
        if lexicon::ends_phrase(w) || lexicon::is_speech_verb(w) || lexicon::is_pronoun(w) {
            break;
        }
        start = prev;
    }
    // Without a determiner, accept only a short plural or title phrase ("officials",
    // "Republican leaders").
    if !found_determiner {
        let short_plural = end - start <= 3 && lower.ends_with('s');
        if !(short_plural || lexicon::is_title(lower)) || lexicon::is_filler(lower) {
            return None;
        }
    }
    Some(Mention {
        tokens: start..end,
        kind: MentionKind::Description,
    })
}

/// `Committee for (a) Responsible Federal Budget`: the start of an institution's name that runs
/// on through "for" (and "a" or "the") to the name starting at `start`.
fn institution_before_for(doc: &Doc, start: usize, floor: usize) -> Option<usize> {
    let mut t = start;
    if t > floor && doc.is_lowercase_word(t - 1) && matches!(doc.lower(t - 1), "a" | "the") {
        t -= 1;
    }
    let word = t.checked_sub(2)?;
    if word < floor
        || !doc.is_lowercase_word(t - 1)
        || doc.lower(t - 1) != "for"
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
    if start > floor && doc.is_word(start - 1) && matches!(doc.lower(start - 1), "the" | "a" | "an")
    {
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
    if lexicon::bare_pronoun(lower).is_some_and(|p| p != "who") {
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
        }
        return Some(Mention {
            tokens: start..end,
            kind: MentionKind::Name,
        });
    }
    if !lexicon::is_determiner(lower) || matches!(lower, "that" | "this" | "these" | "those") {
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
        let speaks_for = matches!(w, "for" | "to") && lexicon::speaks_for(doc.lower(end - 1));
        // "one source who identified Sullivan": a relative clause is not the phrase.
        if lexicon::ends_phrase(w) && w != "of" && !speaks_for
            || lexicon::is_speech_verb(w) && end > start + 1
            || matches!(w, "who" | "whose")
        {
            break;
        }
        end += 1;
    }
    (end > start + 1).then_some(Mention {
        tokens: start..end,
        kind: MentionKind::Description,
    })
}

/// The source named after "according to" at `start`: a phrase as [`phrase_starting_at`] finds
/// it, or a bare noun phrase ("according to police", "according to court papers filed …"), up
/// to its first word that is not a plain noun or adjective.
pub fn source_after_according_to(doc: &Doc, start: usize, ceiling: usize) -> Option<Mention> {
    let source = phrase_starting_at(doc, start, ceiling).or_else(|| {
        let end = (start..ceiling.min(start + MAX_DESCRIPTION))
            .take_while(|&t| doc.is_lowercase_word(t) && is_plain_noun(doc, t))
            .last()?
            + 1;
        Some(Mention {
            tokens: start..end,
            kind: MentionKind::Description,
        })
    })?;
    // "according to calculations by Amy Glasmeier", "a count by The Associated Press": the
    // author of the thing. Not after a participle: in "a copy of the letter reviewed by The
    // Post", The Post has read the letter, not written it.
    let by = source.tokens.end;
    if source.kind == MentionKind::Description
        && !doc.lower(by - 1).ends_with("ed")
        && by + 1 < ceiling
        && doc.is_word(by)
        && doc.lower(by) == "by"
        && let Some(author) =
            phrase_starting_at(doc, by + 1, ceiling).filter(|m| m.kind == MentionKind::Name)
    {
        return Some(author);
    }
    Some(source)
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
        // An adverb ("quickly"), but not a noun as short as "ally".
        && !(w.ends_with("ly") && w.chars().count() > 4)
        && w.chars().count() > 2
}

/// A capitalised word that can be part of a name: not a common sentence opener, a day or a
/// month, and not a title abbreviation alone.
pub fn is_name_word(doc: &Doc, token: usize) -> bool {
    doc.has(token, NAME_WORD)
}

/// The phrase after a reporting verb that names its speaker ("said Mr. Smith:", "says the
/// report."): only when punctuation, a quotation or the end follows it, since otherwise the
/// words after "said" are what was said.
pub fn inverted_subject(doc: &Doc, cue: usize, ceiling: usize) -> Option<Mention> {
    if let Some(two_offices) = offices_joined(doc, cue, ceiling) {
        return Some(two_offices);
    }
    let mut mention = phrase_starting_at(doc, cue + 1, ceiling)?;
    // "said MSNBC host Chris Matthews", "said Concord resident Whit Symms", "said Smith's top
    // policy aide Jo Cole", "said Oversight ranking Democrat Al Ruiz": a lower-case title or up
    // to three lower-case nouns between names.
    while mention.kind == MentionKind::Name {
        let mut end = mention.tokens.end;
        while end < ceiling
            && end < mention.tokens.end + 3
            && doc.is_lowercase_word(end)
            && (doc.has(end, TITLE)
                || is_plain_noun(doc, end)
                || lexicon::modifies_title(doc.lower(end)))
        {
            end += 1;
        }
        if end == mention.tokens.end {
            break;
        }
        if end >= ceiling || !is_name_word(doc, end) {
            // "said the Florida senator, …": a place or party before the title it describes.
            if closes_mention(doc, end, ceiling) && doc.has(end - 1, TITLE) {
                mention = Mention {
                    tokens: mention.tokens.start..end,
                    kind: MentionKind::Description,
                };
            }
            break;
        }
        while end < ceiling && is_name_word(doc, end) {
            end += 1;
        }
        mention.tokens.end = end;
    }
    closes_mention(doc, mention.tokens.end, ceiling).then_some(mention)
}

/// `said lobbyist and GOP strategist Charlie Black`, `said former Pennsylvania Gov. and
/// Democratic National Committee Chairman Ed Rendell`: one person's two offices joined by "and"
/// after the verb at `cue`, the name after the second. Not two people ("said Smith and Jones"):
/// the word before "and" must be a title or a lower-case noun.
fn offices_joined(doc: &Doc, cue: usize, ceiling: usize) -> Option<Mention> {
    // The first office: titles, names and lower-case nouns only ("former Pennsylvania Gov.").
    let in_office = |t: usize| {
        doc.is_word(t)
            && (doc.has(t, TITLE)
                || is_name_word(doc, t)
                || doc.is_lowercase_word(t)
                    && (is_plain_noun(doc, t) || lexicon::modifies_title(doc.lower(t))))
    };
    let and = (cue + 1..ceiling.min(cue + 8))
        .find(|&t| !in_office(t))
        .filter(|&t| t > cue + 1 && doc.is_word(t) && doc.lower(t) == "and")?;
    let office =
        doc.has(and - 1, TITLE) || doc.is_lowercase_word(and - 1) && is_plain_noun(doc, and - 1);
    if !office {
        return None;
    }
    let second = inverted_subject(doc, and, ceiling).filter(|m| m.kind == MentionKind::Name)?;
    Some(Mention {
        tokens: cue + 1..second.tokens.end,
        kind: MentionKind::Name,
    })
}

/// Whether the speaker's phrase after a verb can end before token `end`: at punctuation, the
/// end, a preposition ("said Mr. Smith in a statement") or a clause about the speaker ("said
/// one source who spoke …", "said Sanders as he closed out").
fn closes_mention(doc: &Doc, end: usize, ceiling: usize) -> bool {
    end >= ceiling
        || !doc.is_word(end)
        || matches!(
            doc.lower(end),
            "of" | "in"
                | "on"
                | "at"
                | "from"
                | "during"
                | "after"
                | "before"
                | "to"
                | "who"
                | "whose"
                | "as"
                | "while"
                | "when"
                | "with"
        )
}
