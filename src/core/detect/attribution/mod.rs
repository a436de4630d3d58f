//! Who said a quotation, with which cue, and what kind of quotation it is.
//!
//! For each outermost quotation the rules look, in order, for: a title of a work, a nickname
//! or a word mentioned as a word (not suggested); a framing (`so-called "…"`,
//! `what Washington calls the "…"`); an attribution right after the quotation (`"…," he said`,
//! `"…," said Mr. Smith`); a reporting verb before it in the sentence (`Stoltenberg said "…"`,
//! `noting, "…"`, `according to X, "…"`, `called the alliance "…"`); a reporting clause that
//! ends the sentence (`…, lead singer Gary Lightbody has said.`); a reporting verb later in
//! the sentence; a transcript label (`WALLACE: "…"`). A quotation left without a speaker
//! borrows one from the quotation it continues, from another in its paragraph, or, when it
//! fills its own paragraph, from the paragraph before. Short quotations with no speaker are
//! scare quotes, unless their clause's subject is a document whose wording they are (`The Bill
//! proposes "control orders"`, `document.rs`), their words come inside another quotation of
//! a speaker their sentence names (`echo.rs`), or the sentence before, in their paragraph,
//! reports someone's words (`report_run.rs`).
//!
//! Positions are token indices into [`Doc::tokens`]. Each way of finding a speaker is a file of
//! its own: after the quotation (`after.rs`), a reporting verb (`cue.rs`), a reporting clause
//! that ends the sentence (`final_report.rs`), a clause ending in a colon (`colon.rs`), a
//! transcript label or lead-in (`labels.rs`), a framing (`framing.rs`), what someone casts a
//! thing as or believes (`opinion.rs`), titles and mentions (`names.rs`), a document's wording
//! (`document.rs`), speakers borrowed from other quotations (`borrow.rs`), echoes of a
//! speaker's words (`echo.rs`), and quotations inside a phrase that a verb after them does not
//! report (`in_phrase.rs`).

use std::ops::Range;

use super::ScareRule;
use super::lexicon;
use super::mentions::{self, Mention};
use super::tokens::{Doc, SPEECH_VERB};

mod after;
mod borrow;
mod colon;
mod cue;
mod document;
mod echo;
mod final_report;
mod framing;
mod in_phrase;
mod labels;
mod names;
mod opinion;
mod participle;
mod report_run;
mod words_of;

pub use borrow::{borrow_speakers, coordinated};
pub use echo::{echoes, headline_quotes};
pub use report_run::after_reports;

use after::attribution_after;
use colon::{colon_clause, headline_speaker, named_before_colon};
use cue::cue_in;
use final_report::final_report;
use framing::framing;
use in_phrase::{describes_the_subject, governed_by_the_quoted, in_apposition_to_a_name};
use labels::{label_inside, transcript_label};
use names::title_or_mention;
use words_of::in_the_words_of;

/// What a quotation is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Class {
    Direct,
    Partial,
    /// A framing; `by` is whose framing it is, when the text says; `rule` what found it.
    Scare {
        by: Option<Mention>,
        rule: ScareRule,
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
    /// Whether the speaker was found because the quotation's words come inside another
    /// quotation of theirs, or a headline's inside what a claim of theirs reports (`echo.rs`),
    /// not by a cue of its own: `cue` is then the other's.
    pub echoes: bool,
}

impl Analysis {
    /// Whether the quotation is a scare quote only for want of a speaker (no distancing word,
    /// no framing, nobody it is attributed to): what the passes after the first may still find
    /// to be someone's words.
    pub fn is_unspoken(&self) -> bool {
        matches!(
            self.class,
            Class::Scare {
                by: None,
                rule: ScareRule::NoSpeaker
            }
        )
    }
}

/// Words allowed between a framing verb and its quotation ("what he called Machado's").
const MAX_FRAMED_OBJECT: usize = 3;

/// The longest quotation a framing (`so-called`, `what X calls`) makes a scare quote, and the
/// longest that names a thing after it, in words. Measured: of four-word ones nobody is said to
/// speak, PolNeAR's train split attributes two in three to a speaker, and dev's hand labels
/// confirm none of the unattributed.
const MAX_SCARE_WORDS: usize = 3;
/// The longest quotation that is a scare quote when nobody is said to speak it and no framing
/// names it, in words. Measured: of the 24 three-word ones on train, a reading by the dev
/// labels' guideline found 5 framings (the rest titles and fragments of someone's words); dev
/// has 2 of 3 right. One or two words are a framing far more often.
const MAX_UNSPOKEN_SCARE_WORDS: usize = 2;
/// How far after a quotation its attribution may start, in tokens.
/// (Long enough for "Rep. Jim Jordan (R-Ohio), an oversight panel member, said".)
const ATTRIBUTION_REACH: usize = 30;

/// Where a quotation sits: its tokens and its sentence.
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
        echoes: false,
    };
    if f.words == 0 {
        return none(Class::Mentioned);
    }
    if f.words <= 8 {
        if let Some(class) = title_or_mention(doc, q, &f) {
            return none(class);
        }
        if let Some((by, cue, rule)) = framing(doc, &f) {
            // "what we call "infrastructure"", "what we might call the "technocratic
            // ideology"": the writer's own term, not words held at a distance; unless the
            // writer is quoting someone who says "we".
            let span = &doc.quotes[q];
            let by_writer = rule == ScareRule::NamedFraming
                && cue.as_ref().is_some_and(|verb| {
                    (f.sentence.start..verb.start)
                        .rev()
                        .take(4)
                        .take_while(|&t| doc.is_word(t) && !matches!(doc.lower(t), "what" | "as"))
                        .any(|t| matches!(doc.lower(t), "we" | "i"))
                });
            if by_writer
                && !doc
                    .quotes
                    .iter()
                    .any(|o| o.start < span.start && o.end > span.end)
            {
                return none(Class::Mentioned);
            }
            // "what it called "a clear threat to international peace"" is a whole phrase of
            // the framer's: their partial quote, not a scare-quoted term.
            let class = if f.words > MAX_SCARE_WORDS && by.is_some() {
                Class::Partial
            } else {
                Class::Scare {
                    by: by.clone(),
                    rule,
                }
            };
            return Analysis {
                speaker: by,
                class,
                cue,
                echoes: false,
            };
        }
    }
    // What comes after a quotation in apposition to a name is the name's verb, not a report.
    let apposition = in_apposition_to_a_name(doc, &f);
    let found = attribution_after(doc, &f)
        .filter(|_| !apposition)
        .map(|a| (a, Side::After))
        .or_else(|| colon_clause(doc, &f).map(|a| (a, Side::Before)))
        .or_else(|| cue_in(doc, f.sentence.start..f.open, true).map(|a| (a, Side::Before)))
        .or_else(|| {
            final_report(doc, f.after, f.sentence.end)
                .filter(|_| !apposition)
                .map(|a| (a, Side::Later))
        })
        .or_else(|| {
            cue_in(doc, f.after..f.sentence.end, false)
                .filter(|(speaker, cue)| {
                    !apposition
                        && !describes_the_subject(doc, &f, speaker.as_ref(), cue)
                        && !speaker
                            .as_ref()
                            .is_some_and(|s| governed_by_the_quoted(doc, &f, s))
                })
                .map(|a| (a, Side::Later))
        })
        .or_else(|| transcript_label(doc, f.open).map(|a| (a, Side::Label)))
        .or_else(|| label_inside(doc, &f).map(|a| (a, Side::Label)))
        .or_else(|| named_before_colon(doc, &f).map(|a| (a, Side::Before)))
        .or_else(|| headline_speaker(doc, &f).map(|a| (a, Side::Before)))
        .or_else(|| in_the_words_of(doc, &f).map(|a| (a, Side::Before)))
        .or_else(|| unspoken_cue(doc, &f).map(|cue| ((None, cue), Side::Before)))
        .or_else(|| opinion::cast_as(doc, &f).map(|a| (a, Side::Before)))
        .or_else(|| opinion::belief_before(doc, &f).map(|a| (a, Side::Before)));
    // "you can’t yell “fire”", "put it in the “FYI” folder": outside quotation marks, "you" is
    // the reader, whom no quotation is given to.
    let found = found.map(|((speaker, cue), side)| {
        let reader = speaker.as_ref().is_some_and(|s| {
            s.kind == mentions::MentionKind::Pronoun && doc.lower(s.tokens.start) == "you"
        });
        ((speaker.filter(|_| !reader), cue), side)
    });
    match found {
        // "a line of sets called the “Master Builder Series”": a naming verb whose subject is
        // a thing, not a person, before words in capitals names a title.
        Some(((speaker, cue), _))
            if lexicon::names_a_thing(doc.lower(cue.start))
                && speaker
                    .as_ref()
                    .is_none_or(|s| s.kind == mentions::MentionKind::Description)
                && f.open > f.sentence.start
                && !doc.in_headline(f.open)
                && names::is_title_case(doc, q) =>
        {
            none(Class::Title)
        }
        Some(((speaker, cue), side)) => Analysis {
            class: quote_type(doc, &f, side, cue.end),
            speaker,
            cue: Some(cue),
            echoes: false,
        },
        None if f.words <= MAX_SCARE_WORDS
            && !doc.quotes[q].continued
            && !utterance(doc, q)
            && !introduced(doc, &f) =>
        {
            // A name in capitals mid-sentence ("the “War On Drugs”", "his “Contract with
            // America”"), or of two words or more at its start (“Wild Rose” is out on DVD),
            // is a title, a slogan or a programme, not a framing; a headline capitalises every
            // word, so there it says nothing.
            // One word at its start is a name when described after a comma ("“Parasite,” the
            // Korean satire, won …", "“Alone,” which hit No. 1, …").
            let described = || {
                let word = |k: usize| {
                    (f.after + k < f.sentence.end && doc.is_word(f.after + k))
                        .then(|| doc.lower(f.after + k))
                };
                let comma = doc.is_punct(f.after - 2, ',')
                    || f.after < f.sentence.end && doc.is_punct(f.after, ',');
                let next = if doc.is_punct(f.after - 2, ',') {
                    word(0)
                } else {
                    word(1)
                };
                comma && matches!(next, Some("which" | "the" | "a" | "an"))
            };
            if (f.open > f.sentence.start || f.words >= 2 || described())
                && !doc.in_title_case_headline(f.open)
                && names::is_title_case(doc, q)
            {
                return none(Class::Title);
            }
            if let Some(class) = names::by_layout(doc, q) {
                return none(class);
            }
            if f.words > MAX_UNSPOKEN_SCARE_WORDS || graded(doc, &f) {
                return none(Class::Partial);
            }
            if names::nickname_before_name(doc, &f)
                || names::show_before_its_people(doc, &f)
                || names::named_by_the_word_before(doc, &f)
            {
                return none(Class::Title);
            }
            if let Some((speaker, cue)) = document::wording_of(doc, &f)
                .or_else(|| document::under_document(doc, &f))
                .or_else(|| document::proposed_by(doc, &f))
            {
                return Analysis {
                    class: Class::Partial,
                    speaker,
                    cue: Some(cue),
                    echoes: false,
                };
            }
            none(Class::Scare {
                by: None,
                rule: ScareRule::NoSpeaker,
            })
        }
        None => none(if f.sentence.start == f.open {
            Class::Direct
        } else {
            Class::Partial
        }),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
/// Where the attribution was found, relative to the quotation.
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

/// Whether the quotation reads as something said whole, not a term: it opens with a capital
/// and closes with its own punctuation ("It's about me.", "You winning?", "Here he is,"), or
/// speaks in the first or second person ("I", "we", "you"). A writer does not frame a term so.
fn utterance(doc: &Doc, q: usize) -> bool {
    let text: String = doc.chars[doc.quotes[q].inner()].iter().collect();
    let Some(first) = text.chars().find(|c| c.is_alphanumeric()) else {
        return false;
    };
    let closes = text.trim_end().ends_with(['.', '!', '?', ',']);
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    // "he left", "they didn't": a clause with its subject is said, not a term.
    let clause = words.len() > 1 && matches!(words[0].as_str(), "he" | "she" | "they");
    let personal = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "i" | "i'm"
                | "i’m"
                | "me"
                | "my"
                | "we"
                | "we're"
                | "we’re"
                | "us"
                | "our"
                | "you"
                | "you're"
                | "you’re"
                | "your"
        )
    });
    // A cry on its own ("Nooooo!" as a paragraph of its own) is said, however short.
    let open = doc.token_at_or_after(doc.quotes[q].start);
    let sentence = doc.sentence_tokens(doc.tokens[open].sentence);
    let after = doc.token_at_or_after(doc.quotes[q].end);
    let cries =
        text.trim_end().ends_with(['!', '?']) && sentence.start == open && sentence.end <= after;
    // "investigate “Ukrainian collusion.”": inside a sentence, a name's capital, and a full
    // stop put inside the marks, say nothing of a sentence said whole.
    let opens_with_name = open > sentence.start
        && (open..after)
            .find(|&t| doc.is_word(t))
            .is_some_and(|t| mentions::is_name_word(doc, t));
    first.is_uppercase() && closes && words.len() > 1 && !opens_with_name
        || personal
        || clause
        || cries
}

/// A reporting verb before the quotation in its sentence whose speaker the sentence does not
/// name (`… and calls people "losers"`, `softer language calling for "appropriate
/// assistance"`): the quotation is still someone's words, not the writer's framing, and may
/// borrow its speaker from a quotation near it.
fn unspoken_cue(doc: &Doc, f: &Frame) -> Option<Range<usize>> {
    let cue = words_outside_quotes(doc, f.sentence.start..f.open)
        .rev()
        .find(|&t| {
            doc.has(t, SPEECH_VERB) && reads_as_verb(doc, t, f.sentence.start)
                || cue::is_according_to(doc, t) && !cue::names_its_source(doc, t, f.open)
                || reported_by_noun(doc, t, f)
        })?;
    Some(cue..cue + 1)
}

/// `a report by Politico that he "fabricated"`, `Trump opened with a call for the party to
/// "embrace"`: a noun that reports speech, used as a noun, before the quotation in a sentence
/// that names someone before the quotation, or an owner (`the group's statement was blunt: the
/// vote was "rigged"`); `the board ignored the call for "reforms"` names nobody whose words
/// they could be.
fn reported_by_noun(doc: &Doc, t: usize, f: &Frame) -> bool {
    // Nouns of speech only: a "notion" or a "view" is held, not said.
    let reports = lexicon::is_speech_noun(doc.lower(t));
    // A noun with no verb's form may have a date between it and its owner ("Mr. Trump's
    // Oct. 11 announcement that").
    let owned = !lexicon::is_speech_verb(doc.lower(t))
        && (t.saturating_sub(3).max(f.sentence.start)..t)
            .any(|w| doc.is_word(w) && lexicon::is_possessive(doc.lower(w)));
    reports
        && (owned || cue::reads_as_noun(doc, t, f.sentence.start))
        && words_outside_quotes(doc, f.sentence.start..f.open).any(|w| {
            mentions::is_name_word(doc, w)
                || lexicon::is_possessive(doc.lower(w))
                || matches!(
                    doc.lower(w),
                    "he" | "she" | "they" | "his" | "her" | "their"
                )
        })
}

/// Whether the word at `t` (a reporting verb's form) is used as a verb: not capitalised inside
/// its sentence (a name), and not after a determiner or a possessive (a noun: "the call").
pub(super) fn reads_as_verb(doc: &Doc, t: usize, sentence_start: usize) -> bool {
    if t > sentence_start && doc.is_capitalised(t) {
        return false;
    }
    let previous = (t > sentence_start && doc.is_word(t - 1)).then(|| doc.lower(t - 1));
    // "Several said", "Many wrote": a quantity standing for people, then a verb in the past.
    let people_then_past =
        previous.is_some_and(lexicon::stands_for_people) && cue::is_past_tense(doc.lower(t));
    people_then_past
        || !previous.is_some_and(|w| lexicon::is_determiner(w) || lexicon::is_possessive(w))
}

/// Whether the quotation is a phrase graded by its first word (`a Tory spokesman "totally
/// refuted" any wrongdoing`, `sent his "warmest congratulations"`): someone's way of putting
/// it, not a term the writer flags.
fn graded(doc: &Doc, f: &Frame) -> bool {
    f.words >= 2
        && (f.open..f.after)
            .find(|&t| doc.is_word(t))
            .is_some_and(|t| lexicon::grades_what_follows(doc.lower(t)))
}

/// Whether a colon introduces the quotation (`a new campaign message: "It's about me."`): it is
/// then quoted whole, as something said or written.
fn introduced(doc: &Doc, f: &Frame) -> bool {
    f.open > f.sentence.start && doc.is_punct(f.open - 1, ':')
}

/// The word tokens of a range, skipping those inside quotations.
pub(super) fn words_outside_quotes(
    doc: &Doc,
    range: Range<usize>,
) -> impl DoubleEndedIterator<Item = usize> + '_ {
    range.filter(move |&t| doc.is_word(t) && doc.quote_at(doc.tokens[t].start).is_none())
}
