//! Who said a quotation, with which cue, and what kind of quotation it is.
//!
//! For each outermost quotation the rules look, in order, for: a title of a work, a nickname
//! or a word mentioned as a word (not suggested); a framing (`so-called "…"`,
//! `what Washington calls the "…"`); an attribution right after the quotation (`"…," he said`,
//! `"…," said Mr. Smith`); a reporting verb before it in the sentence (`Stoltenberg said "…"`,
//! `noting, "…"`, `according to X, "…"`, `called the alliance "…"`); a reporting verb later in
//! the sentence; a transcript label (`WALLACE: "…"`). A quotation left without a speaker
//! borrows one from the quotation it continues, from another in its paragraph, or, when it
//! fills its own paragraph, from the paragraph before. Short quotations with no speaker are
//! scare quotes.
//!
//! Positions are token indices into [`Doc::tokens`].

use std::ops::Range;

use super::lexicon;
use super::mentions::{self, Mention, MentionKind};
use super::tokens::{Doc, SPEECH_VERB, TokenKind};

/// What a quotation is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Class {
    Direct,
    Partial,
    /// A framing; `by` is whose framing it is, when the text says.
    Scare {
        by: Option<Mention>,
    },
    /// A title of a work, a nickname or a name: not suggested.
    Title,
    /// A word mentioned as a word: not suggested.
    Mentioned,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Analysis {
    pub class: Class,
    pub speaker: Option<Mention>,
    /// The cue's tokens.
    pub cue: Option<Range<usize>>,
}

/// Words allowed between a framing verb and its quotation ("what he called Machado's").
const MAX_FRAMED_OBJECT: usize = 3;

/// The longest quotation that is a scare quote when nobody is said to speak it, in words.
const MAX_SCARE_WORDS: usize = 4;
/// How far after a quotation its attribution may start, in tokens.
/// (Long enough for "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".)
const ATTRIBUTION_REACH: usize = 30;

struct Frame {
    /// The quotation's opening mark token.
    open: usize,
    /// The first token after the quotation.
    after: usize,
    sentence: Range<usize>,
    words: usize,
}

fn frame(doc: &Doc, q: usize) -> Frame {
    let span = &doc.quotes[q];
    let open = doc.token_at_or_after(span.start);
    let after = doc.token_at_or_after(span.end);
    let inner = span.inner();
    let words = (open..after)
        .filter(|&t| {
            doc.is_word(t) && doc.tokens[t].start >= inner.start && doc.tokens[t].end <= inner.end
        })
        .count();
    let sentence = doc.sentence_tokens(doc.tokens[open].sentence);
    let sentence = sentence.start..sentence.end.max(after);
    Frame {
        open,
        after,
        sentence,
        words,
    }
}

pub fn analyse_one(doc: &Doc, q: usize) -> Analysis {
    let f = frame(doc, q);
    let none = |class| Analysis {
        class,
        speaker: None,
        cue: None,
    };
    if f.words == 0 {
        return none(Class::Mentioned);
    }
    if f.words <= 8 {
        if let Some(class) = title_or_mention(doc, q, &f) {
            return none(class);
        }
        if let Some((by, cue)) = framing(doc, &f) {
            // "what it called "a clear threat to international peace"" is a whole phrase of
            // the framer's: their partial quote, not a scare-quoted term.
            let class = if f.words > MAX_SCARE_WORDS && by.is_some() {
                Class::Partial
            } else {
                Class::Scare { by: by.clone() }
            };
            return Analysis {
                speaker: by,
                class,
                cue,
            };
        }
    }
    let found = attribution_after(doc, &f)
        .map(|a| (a, Side::After))
        .or_else(|| cue_in(doc, f.sentence.start..f.open, true).map(|a| (a, Side::Before)))
        .or_else(|| cue_in(doc, f.after..f.sentence.end, false).map(|a| (a, Side::Later)))
        .or_else(|| transcript_label(doc, f.open).map(|a| (a, Side::Label)))
        .or_else(|| label_inside(doc, &f).map(|a| (a, Side::Label)));
    match found {
        Some(((speaker, cue), side)) => Analysis {
            class: quote_type(doc, &f, side, cue.end),
            speaker,
            cue: Some(cue),
        },
        None if f.words <= MAX_SCARE_WORDS && !doc.quotes[q].continued => {
            none(Class::Scare { by: None })
        }
        None => none(if f.sentence.start == f.open {
            Class::Direct
        } else {
            Class::Partial
        }),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    After,
    Before,
    Later,
    Label,
}

/// Direct when the quotation is the whole of what is reported: nothing but the attribution
/// around it. Short fragments are always partial.
fn quote_type(doc: &Doc, f: &Frame, side: Side, cue_end: usize) -> Class {
    if f.words <= 3 {
        return Class::Partial;
    }
    let words_between = |range: Range<usize>| range.filter(|&t| doc.is_word(t)).count();
    let direct = match side {
        Side::After | Side::Label => words_between(f.sentence.start..f.open) == 0,
        // `told reporters: "…"`, `said in a statement, "…"`: punctuation introduces it.
        Side::Before => {
            let introduced = f.open > cue_end
                && (doc.is_punct(f.open - 1, ':') || doc.is_punct(f.open - 1, ','));
            words_between(cue_end..f.open) == 0 || introduced && words_between(cue_end..f.open) <= 6
        }
        Side::Later => false,
    };
    if direct {
        Class::Direct
    } else {
        Class::Partial
    }
}

/// The word tokens of a range, skipping those inside quotations.
fn words_outside_quotes(
    doc: &Doc,
    range: Range<usize>,
) -> impl DoubleEndedIterator<Item = usize> + '_ {
    range.filter(move |&t| doc.is_word(t) && doc.quote_at(doc.tokens[t].start).is_none())
}

/// `"…," he said` / `"…," said Mr. Smith` / `"…," according to X`: an attribution that
/// starts right after the quotation.
fn attribution_after(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    if let Some(signed) = signature_after(doc, f) {
        return Some(signed);
    }
    let mut start = f.after;
    while start < f.sentence.end
        && matches!(
            doc.tokens[start].kind,
            TokenKind::Punct(',' | '—' | '–' | '-' | ':')
        )
    {
        start += 1;
    }
    let reach = (start + ATTRIBUTION_REACH).min(f.sentence.end);
    let cue = (start..reach)
        .find(|&t| doc.is_word(t) && (doc.has(t, SPEECH_VERB) || is_according_to(doc, t)))?;
    if (start..cue).any(|t| doc.quote_at(doc.tokens[t].start).is_some()) {
        return None;
    }
    let lower = doc.lower(cue);
    if is_according_to(doc, cue) {
        return (cue == start).then(|| {
            (
                mentions::phrase_starting_at(doc, cue + 2, f.sentence.end),
                cue..cue + 2,
            )
        });
    }
    if cue == start {
        if lexicon::is_participle(lower) || lexicon::takes_object(lower) {
            return None;
        }
        let speaker = mentions::inverted_subject(doc, cue, f.sentence.end)?;
        return Some((Some(speaker), cue..cue + 1));
    }
    let speaker = mentions::subject_before(doc, cue, start)?;
    (speaker.tokens.start == start).then_some((Some(speaker), cue..cue + 1))
}

/// `"…" ― Carlos Raúl` / `"…" -- Mitt Romney`: a dash and a name that sign the quotation.
fn signature_after(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let is_dash = |t: usize| matches!(doc.tokens[t].kind, TokenKind::Punct('―' | '—' | '–' | '-'));
    let mut name = f.after;
    while name < f.sentence.end && name < f.after + 2 && is_dash(name) {
        name += 1;
    }
    if name == f.after {
        return None;
    }
    let speaker = mentions::phrase_starting_at(doc, name, f.sentence.end)?;
    let end = speaker.tokens.end;
    let signs = speaker.kind == MentionKind::Name && (end >= f.sentence.end || !doc.is_word(end));
    signs.then_some((Some(speaker), f.after..name))
}

/// `"WALLACE: Governor, …"`: a transcript line whose speaker's name opens the quotation.
fn label_inside(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Range<usize>)> {
    let first = f.open + 1;
    let colon = (first..(first + 4).min(f.after)).find(|&t| doc.is_punct(t, ':'))?;
    let upper = |t: usize| doc.word(t).chars().all(|c| !c.is_lowercase());
    let label = colon > first && (first..colon).all(|t| mentions::is_name_word(doc, t) && upper(t));
    label.then(|| {
        (
            Some(Mention {
                tokens: first..colon,
                kind: MentionKind::Name,
            }),
            colon..colon + 1,
        )
    })
}

fn is_according_to(doc: &Doc, t: usize) -> bool {
    doc.lower(t) == "according"
        && t + 1 < doc.tokens.len()
        && doc.is_word(t + 1)
        && doc.lower(t + 1) == "to"
}

/// A reporting verb in `range` (outside quotations), nearest to the quotation, and its
/// speaker. `before` says whether the range precedes the quotation.
fn cue_in(doc: &Doc, range: Range<usize>, before: bool) -> Option<(Option<Mention>, Range<usize>)> {
    let floor = doc
        .sentence_tokens(doc.tokens[range.start.min(doc.tokens.len() - 1)].sentence)
        .start;
    let candidates: Vec<usize> = words_outside_quotes(doc, range.clone())
        .filter(|&t| doc.has(t, SPEECH_VERB) || is_according_to(doc, t))
        .collect();
    let ordered: Box<dyn Iterator<Item = &usize>> = if before {
        Box::new(candidates.iter().rev())
    } else {
        Box::new(candidates.iter())
    };
    let mut fallback = None;
    for &cue in ordered {
        if is_according_to(doc, cue) {
            let speaker = mentions::phrase_starting_at(doc, cue + 2, range.end.max(cue + 2));
            if speaker.is_some() {
                return Some((speaker, cue..cue + 2));
            }
            continue;
        }
        if let Some(speaker) = speaker_of_cue(doc, cue, floor, range.end) {
            // A description ("protests demands") is weaker than a name or a pronoun: a
            // nearer cue with a description yields to a farther one with a name.
            if speaker.kind != MentionKind::Description {
                return Some((Some(speaker), cue..cue + 1));
            }
            fallback.get_or_insert((Some(speaker), cue..cue + 1));
        }
    }
    fallback
}

/// The speaker of the reporting verb at `cue`, in a sentence starting at `floor`; `None`
/// when the verb has nobody to say it ("the said document") or is a noun ("his remarks").
pub fn speaker_of_cue(doc: &Doc, cue: usize, floor: usize, ceiling: usize) -> Option<Mention> {
    let lower = doc.lower(cue);
    // A capitalised verb mid-sentence is a name ("the United States"), except in a headline.
    let in_headline = doc.headline == Some(doc.sentences[doc.tokens[cue].sentence].paragraph);
    if doc.is_capitalised(cue) && cue > floor && !in_headline {
        return None;
    }
    let previous = (cue > floor && doc.is_word(cue - 1)).then(|| doc.lower(cue - 1));
    if let Some(w) =
        previous.filter(|w| lexicon::is_determiner(w) && !matches!(*w, "that" | "who" | "which"))
    {
        // A noun, not a verb: "his claim that …", "Trump's remark" name their speaker.
        let possessor = matches!(w, "his" | "her" | "their" | "its") || lexicon::is_possessive(w);
        return possessor
            .then(|| {
                mentions::phrase_ending_at(doc, cue, floor)
                    .filter(|m| m.kind == MentionKind::Name)
                    .unwrap_or(Mention {
                        tokens: cue - 1..cue,
                        kind: MentionKind::Pronoun,
                    })
            })
            .filter(|_| lexicon::is_noun_cue(lower));
    }
    let after_comma = cue > floor && doc.is_punct(cue - 1, ',');
    let coordinated = previous.is_some_and(|w| matches!(w, "and" | "but" | "then"));
    if lexicon::is_participle(lower) || coordinated || after_comma && !is_past_tense(lower) {
        return mentions::clause_subject(doc, cue);
    }
    mentions::subject_before(doc, cue, floor)
        .or_else(|| {
            (!lexicon::takes_object(lower))
                .then(|| mentions::inverted_subject(doc, cue, ceiling))
                .flatten()
        })
        .or_else(|| mentions::clause_subject(doc, cue))
}

fn is_past_tense(lower: &str) -> bool {
    lower.ends_with("ed")
        || matches!(
            lower,
            "said" | "told" | "wrote" | "says" | "tells" | "writes"
        )
}

/// `WALLACE: "…"`: a paragraph that opens with a name and a colon.
fn transcript_label(doc: &Doc, open: usize) -> Option<(Option<Mention>, Range<usize>)> {
    let paragraph = doc.sentences[doc.tokens[open].sentence].paragraph;
    let first = doc.token_at_or_after(doc.paragraphs[paragraph].start);
    let colon = (first..open.min(first + 5)).find(|&t| doc.is_punct(t, ':'))?;
    let all_names = colon > first && (first..colon).all(|t| mentions::is_name_word(doc, t));
    all_names.then(|| {
        (
            Some(Mention {
                tokens: first..colon,
                kind: MentionKind::Name,
            }),
            colon..colon + 1,
        )
    })
}

/// A title of a work (`CNN's "State of the Union"`, `the documentary "13th"`), a nickname
/// (`Robert C. "Bobby" Scott`) or a word mentioned as a word (`the word "deplorable"`).
fn title_or_mention(doc: &Doc, q: usize, f: &Frame) -> Option<Class> {
    let prev_words: Vec<&str> = (f.sentence.start..f.open)
        .rev()
        .take_while(|&t| doc.is_word(t) || doc.is_punct(t, ','))
        .filter(|&t| doc.is_word(t))
        .take(3)
        .map(|t| doc.lower(t))
        .collect();
    let prev = prev_words.first().copied();
    // A lone quoted pronoun or article is a word mentioned as a word ("because "she" is a …").
    if f.words == 1 {
        let inner = doc.token_at_or_after(doc.quotes[q].inner().start);
        if lexicon::is_pronoun(doc.lower(inner)) || lexicon::is_determiner(doc.lower(inner)) {
            return Some(Class::Mentioned);
        }
    }
    if prev_words
        .iter()
        .take(2)
        .any(|w| lexicon::introduces_mention(w))
        && f.words <= 3
    {
        return Some(Class::Mentioned);
    }
    let title_case = is_title_case(doc, q);
    let next_is_name = f.after < doc.tokens.len() && mentions::is_name_word(doc, f.after);
    let prev_is_name = f.open > f.sentence.start && mentions::is_name_word(doc, f.open - 1);
    if f.words <= 2 && prev_is_name && next_is_name {
        return Some(Class::Title); // a nickname between first and last name
    }
    if prev_words.contains(&"known") && prev == Some("as") {
        return Some(Class::Title);
    }
    if !title_case {
        return None;
    }
    let by_title_word = prev_words.iter().any(|w| lexicon::introduces_title(w));
    let after_possessive_or_on = prev.is_some_and(|w| {
        lexicon::is_possessive(w)
            || matches!(
                w,
                "on" | "of" | "in" | "from" | "and" | "watching" | "hosts" | "host"
            )
    });
    let named = prev.is_some_and(|w| matches!(w, "called" | "named" | "dubbed"))
        && prev_words.get(1).is_some_and(|w| {
            !lexicon::is_pronoun(w) && !w.chars().next().is_some_and(char::is_uppercase)
        });
    (by_title_word || after_possessive_or_on || named).then_some(Class::Title)
}

/// Whether every word of the quotation starts with a capital (short words like "of" and "the"
/// aside, and a leading number allowed), as titles do.
fn is_title_case(doc: &Doc, q: usize) -> bool {
    let inner = doc.quotes[q].inner();
    let first = doc.token_at_or_after(inner.start);
    let mut words = 0;
    for t in first..doc.tokens.len() {
        if doc.tokens[t].start >= inner.end {
            break;
        }
        if !doc.is_word(t) {
            continue;
        }
        words += 1;
        let lower = doc.lower(t);
        let minor = matches!(
            lower,
            "of" | "the"
                | "a"
                | "an"
                | "and"
                | "in"
                | "on"
                | "for"
                | "to"
                | "with"
                | "at"
                | "is"
                | "or"
                | "by"
        );
        let numeral = doc.chars[doc.tokens[t].start].is_ascii_digit();
        if !(doc.is_capitalised(t) || numeral || (minor && words > 1)) {
            return false;
        }
    }
    words > 0
}

/// `so-called "…"`, `his supposed "…"`, `what Washington calls the "…"`, `"…," as X called it`.
/// Returns whose framing it is, if the text says.
fn framing(doc: &Doc, f: &Frame) -> Option<(Option<Mention>, Option<Range<usize>>)> {
    let before: Vec<usize> = (f.sentence.start..f.open).rev().take(8).collect();
    let word = |i: usize| {
        before
            .get(i)
            .filter(|&&t| doc.is_word(t))
            .map(|&t| doc.lower(t))
    };
    if word(0).is_some_and(lexicon::distances)
        || word(1).is_some_and(lexicon::distances) && word(0).is_some()
    {
        return Some((None, None));
    }
    // what/as NP calls (the / Machado's / North Korea's) "…": the verb, then a few words
    // that are not verbs or punctuation.
    let verb_at = (0..before.len().min(MAX_FRAMED_OBJECT + 1))
        .take_while(|&i| word(i).is_some())
        .find(|&i| word(i).is_some_and(lexicon::names_a_framing))?;
    if verb_at > 0 && (0..verb_at).any(|i| word(i).is_some_and(lexicon::is_speech_verb)) {
        return None;
    }
    let verb_token = before[verb_at];
    let opener = (f.sentence.start..verb_token)
        .rev()
        .take(7)
        .find(|&t| doc.is_word(t) && matches!(doc.lower(t), "what" | "as" | "which"))?;
    let by = mentions::subject_before(doc, verb_token, opener + 1);
    Some((by, Some(verb_token..verb_token + 1)))
}

/// `Caddell continued:` / `The New York Times reports:` closing the paragraph before.
fn lead_in(doc: &Doc, paragraph: usize) -> Option<(Option<Mention>, Range<usize>)> {
    let previous = paragraph.checked_sub(1)?;
    let end = doc.token_at_or_after(doc.paragraphs[previous].end);
    if end == 0 || !doc.is_punct(end - 1, ':') {
        return None;
    }
    let sentence = doc.sentence_tokens(doc.tokens[end - 1].sentence);
    cue_in(doc, sentence.start..end - 1, true)
}

/// Quotations left without a speaker borrow one: a continued quotation from its previous
/// piece; one sharing a paragraph with an attributed quotation from it; one that fills its
/// own paragraph from the paragraph before.
pub fn borrow_speakers(doc: &Doc, out: &mut [Analysis]) {
    for q in 0..out.len() {
        let span = &doc.quotes[q];
        // A short quotation with nobody to say it is a scare quote, unless it is a whole
        // utterance of its own beside an attributed one (`"I would," she said. "I would."`).
        let utterance = {
            let f = frame(doc, q);
            f.sentence.start == f.open
        };
        let unattributed_short = out[q].class == Class::Scare { by: None } && utterance;
        if out[q].speaker.is_some()
            || !(matches!(out[q].class, Class::Direct | Class::Partial) || unattributed_short)
        {
            continue;
        }
        let fills_paragraph = span.start == doc.paragraphs[span.paragraph].start;
        if fills_paragraph
            && !unattributed_short
            && let Some((speaker, cue)) = lead_in(doc, span.paragraph)
        {
            out[q].speaker = speaker;
            out[q].cue = Some(cue);
            continue;
        }
        let has_speaker =
            |a: &Analysis| a.speaker.is_some() && matches!(a.class, Class::Direct | Class::Partial);
        let same_paragraph = |k: usize| doc.quotes[k].paragraph == span.paragraph;
        let source = if span.continued && q > 0 && has_speaker(&out[q - 1]) {
            Some(q - 1)
        } else {
            (0..q)
                .rev()
                .take_while(|&k| same_paragraph(k))
                .find(|&k| has_speaker(&out[k]))
                .or_else(|| {
                    (q + 1..out.len())
                        .take_while(|&k| same_paragraph(k))
                        .find(|&k| has_speaker(&out[k]))
                })
                .or_else(|| {
                    let previous = (0..q)
                        .rev()
                        .find(|&k| doc.quotes[k].paragraph < span.paragraph)?;
                    (fills_paragraph
                        && doc.quotes[previous].paragraph + 1 == span.paragraph
                        && has_speaker(&out[previous]))
                    .then_some(previous)
                })
        };
        if let Some(k) = source {
            if unattributed_short {
                if doc.quotes[k].paragraph != span.paragraph {
                    continue;
                }
                out[q].class = Class::Partial;
            }
            out[q].speaker = out[k].speaker.clone();
            out[q].cue = out[k].cue.clone();
        }
    }
}
