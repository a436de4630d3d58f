//! Claims: sentences that report speech or belief without quotation marks (`X said that …`,
//! `…, officials said.`, `according to X, …`, a headline's `…: Stoltenberg`), and sentences
//! that assert a checkable fact (a number, a percentage, a date).
//!
//! Sentences mostly inside quotation marks are left to the quotation rules, and captions,
//! section lines and boilerplate are not searched. Positions are token indices.

use std::ops::Range;

use super::lexicon;
use super::mentions::{self, Mention};
use super::tokens::{Doc, SPEECH_VERB, TokenKind};

pub struct Claim {
    pub sentence: usize,
    /// The reported content, when someone is said to say or believe it.
    pub reported: Option<Reported>,
}

pub struct Reported {
    /// Token range of what is reported.
    pub content: Range<usize>,
    pub speaker: Option<Mention>,
    pub cue: Range<usize>,
}

/// The shortest sentence that is a claim, in words.
const MIN_WORDS: usize = 5;
/// Sentences with more of their words quoted than this share are quotations, not claims.
const MAX_QUOTED_SHARE: f32 = 0.3;

/// The claim sentence `s` makes, if any.
pub fn in_sentence(doc: &Doc, s: usize) -> Option<Claim> {
    let tokens = doc.sentence_tokens(s);
    let words: Vec<usize> = tokens.clone().filter(|&t| doc.is_word(t)).collect();
    let quoted = words
        .iter()
        .filter(|&&t| doc.quote_at(doc.tokens[t].start).is_some())
        .count();
    if words.len() < MIN_WORDS && !is_headline_attribution(doc, &tokens)
        || quoted as f32 > MAX_QUOTED_SHARE * words.len() as f32
        || is_credit(doc, &tokens)
    {
        return None;
    }
    // Trimmed of punctuation, the reported words or the speaker may come to nothing ("''
    // according to …").
    let holds_words = |r: &Reported| {
        !r.content.is_empty() && r.speaker.as_ref().is_none_or(|m| !m.tokens.is_empty())
    };
    if let Some(reported) = reported(doc, tokens).filter(holds_words) {
        return Some(Claim {
            sentence: s,
            reported: Some(reported),
        });
    }
    is_checkable(doc, &words).then_some(Claim {
        sentence: s,
        reported: None,
    })
}

/// `X said (that) …`, `…, X said.`, `According to X, …`, `…: X` (a headline's source).
fn reported(doc: &Doc, tokens: Range<usize>) -> Option<Reported> {
    if is_headline_attribution(doc, &tokens) {
        let colon = (tokens.clone()).rev().find(|&t| doc.is_punct(t, ':'))?;
        let end = last_word(doc, &tokens)? + 1;
        return Some(Reported {
            content: tokens.start..colon,
            speaker: Some(Mention {
                tokens: colon + 1..end,
                kind: mentions::MentionKind::Name,
            }),
            cue: colon..colon + 1,
        });
    }
    let end = content_end(doc, &tokens);
    let outside_quotes = |t: &usize| doc.quote_at(doc.tokens[*t].start).is_none();
    for cue in tokens
        .clone()
        .filter(|&t| doc.is_word(t))
        .filter(outside_quotes)
    {
        let lower = doc.lower(cue);
        if lower == "according" && cue + 2 < end && doc.lower(cue + 1) == "to" {
            let speaker = mentions::phrase_starting_at(doc, cue + 2, end)?;
            let comma = (speaker.tokens.end..end).find(|&t| doc.is_punct(t, ','));
            let content = match comma {
                Some(c) => c + 1..end,
                None if cue > tokens.start => tokens.start..cue,
                None => return None,
            };
            return Some(Reported {
                content: trim(doc, content),
                speaker: Some(speaker),
                cue: cue..cue + 2,
            });
        }
        if !(doc.has(cue, SPEECH_VERB) || lexicon::is_belief_verb(lower))
            || follows_an_article(doc, cue, tokens.start)
            || is_negated(doc, cue, tokens.start)
        {
            continue;
        }
        // Capitalised, the word is a name ("the United States", "The Washington Post") or
        // opens the sentence ("Asked whether …"), except in a headline or a line in title case
        // ("…, Lindsey Graham Says.").
        if doc.is_capitalised(cue) && !doc.in_headline(cue) && !doc.is_title_case(tokens.clone()) {
            continue;
        }
        // `…, said Volker Bromm, an astronomer.`: a verb of saying after a comma, a named
        // speaker after it. Not a verb that takes an object ("Christie, who campaigned for
        // him, blasted Clinton as …"), and not a description ("said the Trump campaign"),
        // which is shown as written anyway, unless it is one person by its noun ("…, said her
        // mother, now 81": not the sentence's subject saying "her mother").
        if cue > tokens.start + 1
            && doc.is_punct(cue - 1, ',')
            && !lexicon::is_participle(lower)
            && !lexicon::takes_object(lower)
            && let Some(speaker) = mentions::inverted_subject(doc, cue, end)
            && (speaker.kind == mentions::MentionKind::Name
                || speaker.person_noun_gender(doc).is_some())
            && (tokens.start..cue - 1).filter(|&t| doc.is_word(t)).count() >= 3
        {
            return Some(Reported {
                content: trim(doc, tokens.start..cue - 1),
                speaker: Some(speaker),
                cue: cue..cue + 1,
            });
        }
        // `…, officials said.`: the verb closes the sentence after a comma.
        let subject = mentions::subject_before(doc, cue, tokens.start);
        if let Some(subject) = &subject {
            let comma_before =
                subject.tokens.start > tokens.start && doc.is_punct(subject.tokens.start - 1, ',');
            let rest_is_short = (cue + 1..end).filter(|&t| doc.is_word(t)).count() <= 6
                && !(cue + 1..end).any(|t| doc.is_word(t) && doc.lower(t) == "that");
            // "At a rally Monday, Rubio said Trump is …": a phrase of place or time before the
            // comma opens the sentence; it is not what was said.
            let opener = subject.tokens.start > tokens.start + 1
                && lexicon::is_preposition(doc.lower(tokens.start))
                && !(tokens.start..subject.tokens.start - 1).any(|t| doc.is_punct(t, ','));
            // "However, the DTI has dismissed the proposal": a word before the comma that
            // links the sentence to the last is not what was said ("That, Walsh explained, is
            // by design" and "Yes, the mayor said" stay). Set off by commas, the report is
            // then a parenthesis, and what was said follows it: "But, the former CEO added,
            // it's not the way to win."
            let linking_word = |before_comma: Range<usize>| {
                let mut words = before_comma.filter(|&t| doc.is_word(t));
                matches!((words.next(), words.next()), (Some(t), None)
                    if lexicon::links_sentences(doc.lower(t)))
            };
            if comma_before && rest_is_short && !opener && subject.tokens.start - 1 > tokens.start {
                let before = tokens.start..subject.tokens.start - 1;
                let content = if !linking_word(before.clone()) {
                    Some(before)
                } else {
                    (cue + 2 < end && doc.is_punct(cue + 1, ',')).then_some(cue + 2..end)
                };
                if let Some(content) = content {
                    return Some(Reported {
                        content: trim(doc, content),
                        speaker: Some(subject.clone()),
                        cue: cue..cue + 1,
                    });
                }
            }
        }
        // `X said (that) …`: the content follows, perhaps after an addressee.
        let that = (cue + 1..end.min(cue + 8)).find(|&t| doc.is_word(t) && doc.lower(t) == "that");
        let start = match that {
            Some(t) => t + 1,
            None if lexicon::reports_without_that(lower)
                && cue + 1 < end
                && doc.is_word(cue + 1) =>
            {
                cue + 1
            }
            None => continue,
        };
        // "Airlines have attacked the legislation saying …": a participle after a verb's
        // object says what the clause's subject does, when a name is that subject.
        // Not "overturn a court ruling that …" (a noun), nor what someone received ("received
        // a telephone call saying …": the caller says it).
        let object = |m: &Mention| {
            let verb = m.tokens.start.checked_sub(1).filter(|&v| v > tokens.start);
            verb.is_some_and(|v| {
                doc.is_lowercase_word(v)
                    && !lexicon::is_preposition(doc.lower(v))
                    && !matches!(doc.lower(v), "received" | "receives" | "got" | "gets")
            })
        };
        // A name of two words or more that is not the first part of a longer phrase ("Two
        // objectors", "Other Republican candidates").
        // Or a plural noun alone that opens the sentence ("Airlines have attacked the
        // legislation saying …").
        let whole_name = |c: &Mention| {
            let plural_opener = c.tokens.len() == 1
                && c.tokens.start == tokens.start
                && doc.lower(c.tokens.start).ends_with('s')
                && !doc.lower(c.tokens.start).ends_with("'s");
            c.kind == mentions::MentionKind::Name
                && (c.tokens.len() >= 2 || plural_opener)
                && !(doc.is_lowercase_word(c.tokens.end)
                    && mentions::is_plain_noun(doc, c.tokens.end))
        };
        let clause_subject = || mentions::clause_subject(doc, cue);
        let speaker = match subject {
            // "…, with other candidates and even a columnist suggesting": "with" gives the
            // participle its own subject.
            Some(s)
                if lexicon::is_participle(lower)
                    && !lexicon::is_speech_noun(lower)
                    && object(&s) =>
            {
                clause_subject()
                    .filter(|c| {
                        whole_name(c)
                            && c.tokens.end <= s.tokens.start
                            && !(c.tokens.end..s.tokens.start)
                                .any(|t| doc.is_word(t) && doc.lower(t) == "with")
                    })
                    .or(Some(s))
            }
            subject => subject.or_else(clause_subject),
        }
        .filter(|s| !is_subject_of_a_passive(doc, s, cue));
        if speaker.is_none() || (start..end).filter(|&t| doc.is_word(t)).count() < 3 {
            continue;
        }
        return Some(Reported {
            content: trim(doc, start..end),
            speaker,
            cue: cue..cue + 1,
        });
    }
    None
}

/// "It was also announced on Oct. 30 that …", "Many Democrats are expected to follow …",
/// "Osman is believed to have been …": the subject of a passive verb of saying or believing is
/// not who says or believes it ("it" there stands for nobody). Not a feeling the subject has
/// ("The Mexican government is worried that …").
fn is_subject_of_a_passive(doc: &Doc, subject: &Mention, cue: usize) -> bool {
    let between = subject.tokens.end..cue;
    let verb = doc.lower(cue);
    !verb.ends_with("ing")
        && !lexicon::is_feeling(verb)
        && between
            .clone()
            .all(|t| doc.is_lowercase_word(t) && lexicon::is_filler(doc.lower(t)))
        && between
            .clone()
            .any(|t| lexicon::is_form_of_be(doc.lower(t)))
}

/// "did not respond to requests for comment", "has never said whether": a verb of saying
/// that is denied reports nothing.
fn is_negated(doc: &Doc, t: usize, floor: usize) -> bool {
    (floor..t)
        .rev()
        .take(2)
        .take_while(|&w| doc.is_word(w))
        .any(|w| {
            matches!(
                doc.lower(w),
                "not" | "never" | "n't" | "didn't" | "doesn't" | "don't"
            )
        })
}

/// "the claims are part of a plot": a reporting verb's form after an article is a noun. Not
/// after a possessive, whose noun reports its owner's words ("Trump's claim that …").
fn follows_an_article(doc: &Doc, t: usize, floor: usize) -> bool {
    t > floor && doc.is_word(t - 1) && lexicon::is_article(doc.lower(t - 1))
}

/// The sentence's tokens without its closing punctuation.
fn content_end(doc: &Doc, tokens: &Range<usize>) -> usize {
    last_word(doc, tokens).map_or(tokens.start, |t| t + 1)
}

fn last_word(doc: &Doc, tokens: &Range<usize>) -> Option<usize> {
    tokens.clone().rev().find(|&t| doc.is_word(t))
}

fn trim(doc: &Doc, range: Range<usize>) -> Range<usize> {
    let mut r = range;
    while r.start < r.end && !doc.is_word(r.start) && !is_quote_mark(doc, r.start) {
        r.start += 1;
    }
    while r.end > r.start && !doc.is_word(r.end - 1) && !is_quote_mark(doc, r.end - 1) {
        r.end -= 1;
    }
    r
}

fn is_quote_mark(doc: &Doc, t: usize) -> bool {
    // A binary search, not a scan of every quotation: this runs for each claim's ends.
    let token = doc.tokens[t];
    doc.quote_at(token.start)
        .map(|q| &doc.quotes[q])
        .is_some_and(|q| q.start == token.start || q.closed && q.end == token.end)
}

/// A headline that ends `…: Name` (news style for "Name says …").
fn is_headline_attribution(doc: &Doc, tokens: &Range<usize>) -> bool {
    let Some(colon) = tokens.clone().rev().find(|&t| doc.is_punct(t, ':')) else {
        return false;
    };
    let Some(last) = last_word(doc, tokens) else {
        return false;
    };
    let paragraph = doc.sentences[doc.tokens[tokens.start].sentence].paragraph;
    let is_headline = doc.headline == Some(paragraph);
    let name_words = colon + 1..last + 1;
    is_headline
        && colon > tokens.start + 2
        && (1..=4).contains(&name_words.len())
        && name_words.clone().all(|t| mentions::is_name_word(doc, t))
}

/// A sentence with a number, a percentage or a date in it, and a verb-like lower-case word.
fn is_checkable(doc: &Doc, words: &[usize]) -> bool {
    let has_number = words.iter().any(|&t| {
        doc.chars[doc.tokens[t].start].is_ascii_digit() || lexicon::is_quantity_word(doc.lower(t))
    });
    let lowercase = words.iter().filter(|&&t| doc.is_lowercase_word(t)).count();
    has_number && lowercase >= 3
}

/// A photo credit in brackets: "(Photo by AFP)", "(AP Photo/…)".
fn is_credit(doc: &Doc, tokens: &Range<usize>) -> bool {
    tokens.clone().any(|t| {
        doc.tokens[t].kind == TokenKind::Punct('(')
            && t + 1 < tokens.end
            && doc.is_word(t + 1)
            && matches!(
                doc.lower(t + 1),
                "photo" | "ap" | "afp" | "reuters" | "getty" | "file" | "image"
            )
    })
}
