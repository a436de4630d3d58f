//! The names an article gives its people and institutions: the fullest form of each
//! ("Stoltenberg" is "NATO Secretary General Jens Stoltenberg"), whether a name is a
//! person's or an institution's, and the gender a name says.

use rustc_hash::FxHashSet as HashSet;

use super::super::lexicon::{self, Gender};
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::{Doc, TITLE};
use super::titles::is_qualifier;
use super::{Resolver, strip_possessive};

impl Resolver<'_> {
    /// The fullest form of a name the article gives.
    pub(super) fn full_name(&self, mention: &Mention) -> String {
        let doc = self.doc;
        // "economist Henrik Olsen", "Texas delegate Bill Eastland" and "White House press
        // secretary Josh Earnest" show as the name after the title or noun that describes the
        // person; capitalised titles stay ("Sen. Barry Goldwater"), and names joined by "and"
        // stay two ("Mr. Rubio and Mr. Cruz").
        let mut tokens = mention.tokens.clone();
        // "former Pennsylvania Gov. and Democratic National Committee Chairman Ed Rendell": a
        // title before "and" is the first of one person's two offices, named after the second.
        if let Some(and) = tokens
            .clone()
            .find(|&t| doc.is_word(t) && doc.lower(t) == "and")
            && and > tokens.start
            && doc.has(and - 1, TITLE)
        {
            tokens.start = and + 1;
        }
        while tokens.len() > 1 && doc.is_lowercase_word(tokens.start) {
            tokens.start += 1;
        }
        // Not a particle of the name itself ("Eric Van der Sypt", "Ludwig van Beethoven").
        if let Some(t) = tokens.clone().rev().find(|&t| doc.is_lowercase_word(t))
            && !lexicon::joins_name(doc.lower(t))
            && (doc.has(t, TITLE) || mentions::is_plain_noun(doc, t))
            && t + 1 < tokens.end
            && mentions::is_name_word(doc, t + 1)
        {
            tokens.start = t + 1;
        }
        let mention = &Mention {
            tokens,
            kind: mention.kind,
        };
        let text = strip_possessive(&self.text(mention)).to_owned();
        let last = text.rsplit(' ').next().unwrap_or(&text).to_lowercase();
        match self.full_names.get(&last) {
            Some(full)
                if full.len() > text.len() && full.ends_with(text.trim_start_matches("the ")) =>
            {
                full.clone()
            }
            _ => text,
        }
    }

    /// A name of a person rather than an organisation: it has a title or two name words and
    /// no institution word, or its last word is the last word of such a name.
    pub(super) fn is_person(&self, mention: &Mention) -> bool {
        !self.is_institution(mention) && self.is_person_if_no_institution(mention)
    }

    /// [`is_person`](Self::is_person) for a name already known not to be an institution's.
    pub(super) fn is_person_if_no_institution(&self, mention: &Mention) -> bool {
        let words: Vec<&str> = mention.tokens.clone().map(|t| self.doc.lower(t)).collect();
        // "Web of Angels", "Footage of Al-Awlaki": one word then "of" names a thing or a group,
        // not a person ("Michael Brown of Washington"), unless a title makes it a person's
        // ("the Duke of Edinburgh").
        let of_after_one_word = words.iter().position(|&w| w == "of").is_some_and(|k| {
            let before = mention.tokens.start..mention.tokens.start + k;
            before
                .clone()
                .filter(|&t| mentions::is_name_word(self.doc, t))
                .count()
                == 1
                && !before.clone().any(|t| self.doc.has(t, TITLE))
        });
        if of_after_one_word {
            return false;
        }
        let last = strip_possessive(words.last().copied().unwrap_or_default());
        // Name words and titles only: "the Florida senator" and "1 pound Italian" (a recipe's
        // line) have one name word and are no person's name.
        let named = mention
            .tokens
            .clone()
            .filter(|&t| mentions::is_name_word(self.doc, t) || self.doc.has(t, TITLE))
            .count();
        named >= 2 || self.full_names.contains_key(last)
    }

    /// `her mother, Fiona, said`, `said Fiona, her mother`: a name set off by a comma beside a
    /// noun for one person is that person, of that noun's gender, though a first name alone
    /// says neither.
    pub(super) fn person_in_apposition(&self, m: &Mention) -> Option<Gender> {
        let doc = self.doc;
        let before = (m.tokens.start >= 2 && doc.is_punct(m.tokens.start - 1, ','))
            .then(|| m.tokens.start - 2)
            .filter(|&t| doc.is_lowercase_word(t))
            .and_then(|t| lexicon::gender_of_person_noun(doc.lower(t)));
        before.or_else(|| {
            let comma = m.tokens.end;
            let end = doc.sentence_tokens(doc.tokens[m.tokens.start].sentence).end;
            (comma + 1 < end && doc.is_punct(comma, ','))
                .then(|| mentions::phrase_starting_at(doc, comma + 1, end))
                .flatten()
                .and_then(|d| d.person_noun_gender(doc))
        })
    }

    /// A name holding an institution's word or an acronym ("NATO", "the White House"), unless
    /// it also holds a person's title ("NATO Secretary General Jens Stoltenberg").
    pub(super) fn is_institution(&self, mention: &Mention) -> bool {
        let doc = self.doc;
        let mut institution = false;
        for t in mention.tokens.clone() {
            if doc.has(t, TITLE) {
                return false;
            }
            institution |= lexicon::is_organisation_word(strip_possessive(doc.lower(t)))
                || lexicon::is_acronym(doc.word_chars(t));
        }
        institution
    }

    /// Every run of capitalised words that reads as a person's name, by its last word.
    pub(super) fn collect_names(&mut self) {
        let doc = self.doc;
        let mut t = 0;
        // Not in a line of title case, such as a headline, where every word is capitalised
        // ("Woman Reveals Stunning Thing Trump Did" is no fuller form of "Trump").
        let title_case = title_case_paragraphs(doc);
        let is_part = |t: usize| {
            !title_case[doc.sentences[doc.tokens[t].sentence].paragraph]
                && (mentions::is_name_word(doc, t) || doc.is_capitalised(t) && doc.has(t, TITLE))
        };
        // Words capitalised inside a sentence, gathered at the first word that needs them.
        let mut capitalised_inside = None;
        while t < doc.tokens.len() {
            if !is_part(t) {
                t += 1;
                continue;
            }
            let mut start = t;
            while t < doc.tokens.len()
                && doc.tokens[t].sentence == doc.tokens[start].sentence
                && is_part(t)
            {
                t += 1;
            }
            // "Fuming Robinson blasts officials", "Faultless Federer has no equal": a word that
            // opens its sentence with an adjective's ending, no first name and nowhere else
            // capitalised inside a sentence, describes the person named after it.
            if t - start >= 2 && opens_with_an_adjective(doc, start, &mut capitalised_inside) {
                start += 1;
            }
            let mention = Mention {
                tokens: start..t,
                kind: MentionKind::Name,
            };
            let words: Vec<&str> = mention.tokens.clone().map(|i| doc.lower(i)).collect();
            let people_words = words.iter().filter(|w| !lexicon::is_title(w)).count();
            let titled = words.len() > people_words;
            // "the National Center for Scientific Research": the end of an institution's name.
            let ends_a_name = start >= 2
                && doc.is_lowercase_word(start - 1)
                && doc.lower(start - 1) == "for"
                && doc.is_capitalised(start - 2)
                && lexicon::is_organisation_word(doc.lower(start - 2));
            if !self.is_institution(&mention)
                && !ends_a_name
                && (people_words >= 2 || people_words >= 1 && titled)
            {
                let text = strip_possessive(&self.text(&mention)).to_owned();
                if let Some(title) = words.iter().find_map(|w| lexicon::canonical_title(w)) {
                    self.titled.push((start, title, text.clone()));
                } else if let Some((at, title, written)) = lower_case_title_before(doc, start) {
                    // "shadow chancellor Oliver Letwin", "Tory leader Michael Howard": a title
                    // written in lower case before the name.
                    self.titled.push((at, title, format!("{written} {text}")));
                }
                let last = strip_possessive(words.last().unwrap());
                let longer = self
                    .full_names
                    .get(last)
                    .is_none_or(|f| f.len() < text.len());
                if longer {
                    self.full_names.insert(last.to_owned(), text);
                }
            }
        }
    }
}

/// The title written in lower case right before a name starting at `start` ("shadow
/// chancellor", "former prime minister"): where it starts, its office and its words.
fn lower_case_title_before(doc: &Doc, start: usize) -> Option<(usize, &'static str, String)> {
    let floor = doc.sentence_tokens(doc.tokens[start].sentence).start;
    let first = (floor..start)
        .rev()
        .take(3)
        .take_while(|&t| {
            doc.is_lowercase_word(t) && (doc.has(t, TITLE) || is_qualifier(doc.lower(t)))
        })
        .last()?;
    let title = (first..start).find_map(|t| lexicon::canonical_title(doc.lower(t)))?;
    let written: Vec<&str> = (first..start).map(|t| doc.lower(t)).collect();
    Some((first, title, written.join(" ")))
}

/// For each paragraph, whether it is written in title case ([`Doc::is_title_case`]) and has
/// three words or more. A paragraph is read only up to its first lower-case word, most often
/// one of its first few.
fn title_case_paragraphs(doc: &Doc) -> Vec<bool> {
    (0..doc.paragraphs.len())
        .map(|p| {
            let tokens = doc.paragraph_tokens(p);
            doc.is_title_case(tokens.clone()) && tokens.filter(|&t| doc.is_word(t)).nth(2).is_some()
        })
        .collect()
}

/// The gender a mention's own words give, else its full name's ("Clinton" in an article
/// that names Hillary Clinton).
pub(super) fn gender_of(doc: &Doc, mention: &Mention, full_name: &str) -> Option<Gender> {
    gender_of_words(doc, mention).or_else(|| {
        let words: Vec<&str> = full_name.split([' ', '\u{a0}']).collect();
        let given = &words[..words.len().saturating_sub(1)];
        let honorific = given
            .iter()
            .filter(|w| w.ends_with('.'))
            .find_map(|w| lexicon::gender_of_name_word(&w.to_lowercase()));
        honorific.or_else(|| {
            given
                .iter()
                .rev()
                .find(|w| w.trim_end_matches('.').chars().count() > 1)
                .and_then(|w| lexicon::gender_of_name_word(&w.to_lowercase()))
        })
    })
}

/// The gender a person's name says in its own words, not in a fuller form found elsewhere
/// (the article's "Clinton" may be Bill or Hillary): an honorific ("Mr.", "Ms."), or the given
/// name just before the family name, over a middle initial ("Hillary Clinton", "Donald J.
/// Trump"; in "Virginia Gov. Terry McAuliffe" the state says nothing).
fn gender_of_words(doc: &Doc, mention: &Mention) -> Option<Gender> {
    let given = mention.tokens.start..mention.tokens.end.checked_sub(1)?;
    let honorific = given.clone().find_map(|t| {
        let word = doc.lower(t);
        lexicon::gender_of_name_word(word).filter(|_| word.ends_with('.') || doc.has(t, TITLE))
    });
    let initial = |t: usize| doc.lower(t).trim_end_matches('.').chars().count() <= 1;
    honorific.or_else(|| {
        given
            .rev()
            .find(|&t| doc.is_word(t) && !initial(t))
            .and_then(|t| lexicon::gender_of_name_word(doc.lower(t)))
    })
}

/// Whether the capitalised word at `start` opens its sentence, ends as an adjective does
/// ("Fuming", "Faultless", "Jubilant"), is no first name nor part of a title ("Ranking"), and
/// is capitalised nowhere else but at a sentence's start (`inside`: the lower-cased words
/// capitalised inside a sentence, gathered on first use).
fn opens_with_an_adjective<'d>(
    doc: &'d Doc,
    start: usize,
    inside: &mut Option<HashSet<&'d str>>,
) -> bool {
    let lower = doc.lower(start);
    let sentence_start = |t: usize| doc.sentence_tokens(doc.tokens[t].sentence).start == t;
    let adjective_ending = |word: &str| {
        ["ing", "ed", "less", "ful", "ant"]
            .iter()
            .any(|end| word.len() > end.len() + 2 && word.ends_with(end))
    };
    sentence_start(start)
        && adjective_ending(lower)
        && lexicon::gender_of_name_word(lower).is_none()
        && !lexicon::modifies_title(lower)
        && !inside
            .get_or_insert_with(|| {
                (0..doc.tokens.len())
                    .filter(|&t| mentions::is_name_word(doc, t) && adjective_ending(doc.lower(t)))
                    .filter(|&t| !sentence_start(t))
                    .map(|t| doc.lower(t))
                    .collect()
            })
            .contains(lower)
}
