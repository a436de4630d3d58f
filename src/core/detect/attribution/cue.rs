//! A reporting verb and its speaker: `Stoltenberg said "…"`, `noting, "…"`, `according to X`.

use std::ops::Range;

use super::super::lexicon;
use super::super::mentions::{self, Mention, MentionKind};
use super::super::tokens::{Doc, SPEECH_VERB};
use super::participle::{infinitive_subject, relative_subject, with_participle};
use super::words_outside_quotes;

pub(super) fn is_according_to(doc: &Doc, t: usize) -> bool {
    doc.lower(t) == "according"
        && t + 1 < doc.tokens.len()
        && doc.is_word(t + 1)
        && doc.lower(t + 1) == "to"
}

/// `according to the new “dot plot” of projections`: the quotation opening at token `open`
/// is part of the phrase that names the source after "according to" at `according`, not what
/// the source says.
pub(super) fn names_its_source(doc: &Doc, according: usize, open: usize) -> bool {
    open > according + 2
        && open - (according + 2) <= 3
        && (according + 2..open).all(|t| doc.is_lowercase_word(t))
}

/// A reporting verb in `range` (outside quotations), nearest to the quotation, and its
/// speaker. `before` says whether the range precedes the quotation.
pub(super) fn cue_in(
    doc: &Doc,
    range: Range<usize>,
    before: bool,
) -> Option<(Option<Mention>, Range<usize>)> {
    let floor = doc
        .sentence_tokens(doc.tokens[range.start.min(doc.tokens.len() - 1)].sentence)
        .start;
    let candidates: Vec<usize> = words_outside_quotes(doc, range.clone())
        .filter(|&t| {
            doc.has(t, SPEECH_VERB) || is_according_to(doc, t) || is_owned_report(doc, t, floor)
        })
        .collect();
    let ordered: Box<dyn Iterator<Item = &usize>> = if before {
        Box::new(candidates.iter().rev())
    } else {
        Box::new(candidates.iter())
    };
    let mut fallback = None;
    // A noun's speaker ("Trump's remarks") found nearest, kept while a verb before it may
    // still name who is speaking of those remarks ("Priebus called Clinton's remarks a
    // "new low"").
    let mut nouns_speaker = None;
    for &cue in ordered {
        if is_according_to(doc, cue) {
            if before && names_its_source(doc, cue, range.end) {
                continue;
            }
            let speaker = mentions::source_after_according_to(doc, cue + 2, range.end.max(cue + 2));
            if speaker.is_some() {
                return nouns_speaker.or(Some((speaker, cue..cue + 2)));
            }
            continue;
        }
        if is_owned_report(doc, cue, floor) {
            // "Trump's accusation that …", "Reagan's dictum that …": the owner speaks, unless
            // someone reports the claim ("Frazier said Thursday that Rubio's claim that …").
            let owner = owner_of_report(doc, cue, floor);
            let outer = owner
                .as_ref()
                .and_then(|o| outer_report(doc, o, floor, range.end));
            return outer.or(Some((owner, cue..cue + 1)));
        }
        // "has been called a “…” by …": who is spoken of is not who speaks; the agent after
        // "by" is. Without one, another cue may still name the speaker ("… was branded “…”,
        // Song wrote"), or else the quotation is someone's, unnamed (`unspoken_cue`).
        // Only when the quotation completes the verb: not "was reported in a “hit piece” by
        // The Times", where the quotation is someone else's word for the report.
        if is_passive(doc, cue, floor) && is_past_tense(doc.lower(cue)) {
            let completes = !before
                || words_outside_quotes(doc, cue + 1..range.end)
                    .all(|t| doc.lower(t) == "as" || !lexicon::is_preposition(doc.lower(t)));
            match agent_of_passive(doc, cue).filter(|_| completes) {
                Some(agent) => return Some((Some(agent), cue..cue + 1)),
                None => continue,
            }
        }
        if let Some(speaker) = speaker_of_cue(doc, cue, floor, range.end) {
            // Whoever speaks of someone's remarks says the quotation, a description too ("The
            // lawmaker, who …, said Trump's remarks "…"").
            if nouns_speaker.is_some()
                && !is_noun_use(doc, cue, floor)
                && !reads_as_noun(doc, cue, floor)
            {
                return Some((Some(speaker), cue..cue + 1));
            }
            // A description ("protests demands") is weaker than a name or a pronoun: a
            // nearer cue with a description yields to a farther one with a name.
            if speaker.kind != MentionKind::Description {
                let found = outer_report(doc, &speaker, floor, range.end)
                    .unwrap_or((Some(speaker), cue..cue + 1));
                if before && nouns_speaker.is_none() && is_noun_use(doc, cue, floor) {
                    nouns_speaker = Some(found);
                    continue;
                }
                return Some(found);
            }
            fallback.get_or_insert((Some(speaker), cue..cue + 1));
        }
    }
    nouns_speaker.or(fallback)
}

/// `The senator said he rarely asks surrogates …, "…"`: a report inside another's, its
/// subject right after the outer verb (or its "that"). The outer speaker is the one who says
/// the quotation, as PolNeAR attributes nested reports.
fn outer_report(
    doc: &Doc,
    inner: &Mention,
    floor: usize,
    ceiling: usize,
) -> Option<(Option<Mention>, Range<usize>)> {
    let mut verb = inner.tokens.start.checked_sub(1)?;
    if verb > floor && doc.is_word(verb) && doc.lower(verb) == "that" {
        verb -= 1;
        // "said Thursday that", "told reporters that": a time or an addressee between.
        let mut skipped = 0;
        while verb > floor
            && skipped < 2
            && doc.is_word(verb)
            && !doc.has(verb, SPEECH_VERB)
            && (lexicon::is_time_word(doc.lower(verb))
                || matches!(
                    doc.lower(verb),
                    "on" | "last" | "reporters" | "him" | "her" | "them" | "me" | "us"
                ))
        {
            verb -= 1;
            skipped += 1;
        }
    }
    // "told BBC Wales he had agreed", "told the paper she would": a pronoun's report inside a
    // telling, its addressee between.
    if inner.kind == MentionKind::Pronoun
        && verb >= floor
        && doc.is_word(verb)
        && !doc.has(verb, SPEECH_VERB)
        && let Some(told) = (floor..verb)
            .rev()
            .take(3)
            .take_while(|&t| doc.is_word(t))
            .find(|&t| doc.has(t, SPEECH_VERB))
            .filter(|&t| lexicon::takes_object(doc.lower(t)))
    {
        verb = told;
    }
    if verb < floor || !doc.is_word(verb) || !doc.has(verb, SPEECH_VERB) {
        return None;
    }
    let outer = speaker_of_cue(doc, verb, floor, ceiling)?;
    if outer.tokens.end > verb {
        return None;
    }
    // "Mr. Ross said Mr. Obama had told Jewish leaders that he …": the outermost reporter.
    outer_report(doc, &outer, floor, ceiling).or(Some((Some(outer), verb..verb + 1)))
}

/// The speaker of the reporting verb at `cue`, in a sentence starting at `floor`; `None`
/// when the verb has nobody to say it ("the said document") or is a noun ("his remarks").
pub fn speaker_of_cue(doc: &Doc, cue: usize, floor: usize, ceiling: usize) -> Option<Mention> {
    let lower = doc.lower(cue);
    // A capitalised verb mid-sentence is a name ("the United States"), except in a headline.
    let in_headline = doc.in_headline(cue);
    if doc.is_capitalised(cue) && cue > floor && !in_headline {
        return None;
    }
    if is_passive(doc, cue, floor) && is_past_tense(lower) {
        return agent_of_passive(doc, cue);
    }
    let previous = (cue > floor && doc.is_word(cue - 1)).then(|| doc.lower(cue - 1));
    // "Several said", "Another tweeted, “…”": a quantity standing for people, opening its
    // clause, before a verb in the past.
    // So too after a relative ("which some are calling", "that many have described") and
    // over auxiliaries ("some have called").
    let opens_clause = |t: usize| {
        t == floor || !doc.is_word(t - 1) || matches!(doc.lower(t - 1), "that" | "which")
    };
    let mut quantity = cue;
    while quantity > floor
        && doc.is_lowercase_word(quantity - 1)
        && (lexicon::is_form_of_be(doc.lower(quantity - 1))
            || matches!(doc.lower(quantity - 1), "have" | "has" | "had"))
    {
        quantity -= 1;
    }
    let over_auxiliary = quantity < cue;
    if quantity > floor
        && doc.is_word(quantity - 1)
        && lexicon::stands_for_people(doc.lower(quantity - 1))
        && opens_clause(quantity - 1)
        && (is_past_tense(lower) || over_auxiliary && lexicon::is_participle(lower))
    {
        return Some(Mention {
            tokens: quantity - 1..quantity,
            kind: MentionKind::Description,
        });
    }
    // "is to launch a new label": after "a" and one word, a bare form is a noun; a singular
    // subject would take "labels" or "labelled".
    let bare = !lower.ends_with('s') && !is_past_tense(lower) && !lower.ends_with("ing");
    if bare
        && cue > floor + 1
        && doc.is_lowercase_word(cue - 1)
        && doc.is_word(cue - 2)
        && matches!(doc.lower(cue - 2), "a" | "an")
    {
        return None;
    }
    // "his forthcoming annual report would …": so too after an article or an owner and two
    // words, unless the second is a plural ("the local officials report", "the state police
    // say").
    let owner = |w: &str| lexicon::is_article(w) || is_possessor(w);
    // Nor after a pronoun, a subject or a relative: "the way they say …", "a shirt that read".
    let ends_a_noun_phrase = |t: usize| {
        let w = doc.lower(t);
        !w.ends_with('s')
            && !lexicon::is_collective_noun(w)
            && !lexicon::is_pronoun(w)
            && !matches!(w, "people" | "public" | "that" | "which" | "who")
            // An infinitive or a verb after an auxiliary: "at a loss to explain", "will ask",
            // "The courts have held".
            && !lexicon::is_form_of_be(w)
            && !matches!(
                w,
                "to" | "will" | "would" | "can" | "could" | "should" | "may" | "might" | "must"
                    | "did" | "does" | "do" | "have" | "has" | "had"
            )
    };
    if bare
        && cue > floor + 2
        && doc.is_lowercase_word(cue - 1)
        && doc.is_lowercase_word(cue - 2)
        && ends_a_noun_phrase(cue - 1)
        && doc.is_word(cue - 3)
        && owner(doc.lower(cue - 3))
    {
        return None;
    }
    // "The two called …": a number after "the" is the subject, not a determiner of a noun.
    let counted = previous.is_some_and(lexicon::is_small_count)
        && cue > floor + 1
        && doc.is_word(cue - 2)
        && doc.lower(cue - 2) == "the";
    if let Some(w) = previous.filter(|w| {
        lexicon::is_determiner(w) && !matches!(*w, "that" | "who" | "which") && !counted
    }) {
        // A noun, not a verb: "his claim that …", "Trump's remark" name their speaker.
        let possessor = is_possessor(w);
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
    // "a key opportunity for the body to respond": the phrase after "for" is the infinitive's
    // subject, and no speaker.
    if previous == Some("to")
        && (floor..cue - 1)
            .rev()
            .take(4)
            .take_while(|&t| doc.is_lowercase_word(t))
            .any(|t| doc.lower(t) == "for")
    {
        return None;
    }
    if previous == Some("to")
        && let Some(speaker) = infinitive_subject(doc, cue - 1, floor)
    {
        return Some(speaker);
    }
    let after_comma = cue > floor && doc.is_punct(cue - 1, ',');
    let coordinated = previous.is_some_and(|w| matches!(w, "and" | "but" | "then"));
    if lexicon::is_participle(lower)
        && let Some(speaker) = with_participle(doc, cue, floor)
    {
        return Some(speaker);
    }
    // "…, reports Wee.": a verb in the present after a comma, with a name that ends the
    // sentence after it, is inverted as one in the past is ("…, says Smith."); otherwise it may
    // be a second verb of the subject ("slams Trump, praises Clinton as …").
    if after_comma
        && !is_past_tense(lower)
        && lower.ends_with('s')
        && let Some(speaker) = mentions::inverted_subject(doc, cue, ceiling)
        && ends_sentence(doc, speaker.tokens.end)
    {
        return Some(speaker);
    }
    if lexicon::is_participle(lower) || coordinated || after_comma && !is_past_tense(lower) {
        // "…, Spicer said, adding": the participle goes with the verb just before it.
        if after_comma
            && cue > floor + 1
            && reports_in_past(doc, cue - 2, floor)
            && let Some(speaker) = mentions::subject_before(doc, cue - 2, floor)
        {
            return Some(speaker);
        }
        return relative_subject(doc, cue, floor).or_else(|| mentions::clause_subject(doc, cue));
    }
    // "said the governor “offered no changes”": a phrase the quotation follows with no comma
    // or colon between is the subject of the quoted words, not the speaker after the verb.
    let runs_into_quote = |m: &Mention| {
        m.tokens.end < doc.tokens.len()
            && !doc.is_word(m.tokens.end)
            && doc.quote_at(doc.tokens[m.tokens.end].start).is_some()
    };
    // "to claim an easy victory": an infinitive has no subject after it.
    let infinitive = previous == Some("to");
    mentions::subject_before(doc, cue, floor)
        .or_else(|| {
            (!lexicon::takes_object(lower) && !infinitive)
                .then(|| mentions::inverted_subject(doc, cue, ceiling))
                .flatten()
                .filter(|m| !runs_into_quote(m))
        })
        .or_else(|| mentions::clause_subject(doc, cue))
}

/// Whether the reporting verb at `cue` is passive: "has been called", "was widely described",
/// "were not charged" (a form of "be" before it, adverbs or a negation between).
pub(super) fn is_passive(doc: &Doc, cue: usize, floor: usize) -> bool {
    let mut t = cue;
    while t > floor
        && doc.is_lowercase_word(t - 1)
        && (doc.lower(t - 1).ends_with("ly") || matches!(doc.lower(t - 1), "not" | "never"))
    {
        t -= 1;
    }
    t > floor && doc.is_lowercase_word(t - 1) && lexicon::is_form_of_be(doc.lower(t - 1))
}

/// Who does a passive reporting verb: the phrase after "by" in its clause ("has been called a
/// charlatan by fellow physicians"); nobody when the clause names none. The verb's subject
/// is who is spoken of, never the speaker.
fn agent_of_passive(doc: &Doc, cue: usize) -> Option<Mention> {
    // Within the clause, a few words on, not counting a quotation's ("was branded a “traitor”
    // by the council", "were deemed "not... in the best interests of the company" by the
    // board").
    let end = doc.sentence_tokens(doc.tokens[cue].sentence).end;
    let outside = |t: usize| doc.quote_at(doc.tokens[t].start).is_none();
    let by = (cue + 1..end)
        .filter(|&t| outside(t))
        .take(11)
        .take_while(|&t| !(doc.is_punct(t, ',') || doc.is_punct(t, ';')))
        .find(|&t| doc.is_word(t) && doc.lower(t) == "by")?;
    let agent = mentions::phrase_starting_at(doc, by + 1, end)?;
    // "by the shadow chancellor, Oliver Letwin": the name set after the office.
    mentions::name_in_apposition(doc, &agent, end).or(Some(agent))
}

/// Whether token `t` is the end of its sentence or its full stop.
pub(super) fn ends_sentence(doc: &Doc, t: usize) -> bool {
    t >= doc.tokens.len()
        || doc.is_punct(t, '.')
        || doc.sentence_tokens(doc.tokens[t - 1].sentence).end == t
}

/// Whether the word at `t` is a reporting verb in the past used as a verb ("said", not "the
/// said document" or "his remarks").
fn reports_in_past(doc: &Doc, t: usize, floor: usize) -> bool {
    doc.is_word(t)
        && doc.has(t, SPEECH_VERB)
        && is_past_tense(doc.lower(t))
        && !is_noun_use(doc, t, floor)
        && !(t > floor && doc.is_word(t - 1) && lexicon::is_determiner(doc.lower(t - 1)))
}

/// Whether the reporting word at `t` reads as a noun: right after a determiner, or after a
/// determiner and an adjective unless it is a past form ("a retort", "a snappy retort"; but
/// "the columnist suggested" is a verb).
pub(super) fn reads_as_noun(doc: &Doc, t: usize, floor: usize) -> bool {
    let determiner =
        |w: usize| w >= floor && doc.is_word(w) && lexicon::is_determiner(doc.lower(w));
    t > floor && determiner(t - 1)
        || t > floor + 1 && determiner(t - 2) && !is_past_tense(doc.lower(t))
}

/// A report noun with its owner and its content: "Trump's accusation that …", "Obama's
/// patronizing suggestion that …" (a possessive up to three words before, adjectives between,
/// "that" after). Whatever that clause quotes is the owner's.
fn is_owned_report(doc: &Doc, t: usize, floor: usize) -> bool {
    let word = |i: usize| (i < doc.tokens.len() && doc.is_word(i)).then(|| doc.lower(i));
    // "Podliska's most explosive claim is that …": "is" or "was" may stand before "that".
    let that = match word(t + 1) {
        Some("is" | "was") => word(t + 2),
        next => next,
    };
    that == Some("that")
        && lexicon::is_report_noun(doc.lower(t))
        && owner_of_report(doc, t, floor).is_some()
}

/// Who owns the report noun at `noun`: the possessive name, or "his"/"her"/"their".
fn owner_of_report(doc: &Doc, noun: usize, floor: usize) -> Option<Mention> {
    let owner = (floor..noun)
        .rev()
        .take(3)
        .take_while(|&t| doc.is_word(t))
        .find(|&t| is_possessor(doc.lower(t)))?;
    let adjectives =
        (owner + 1..noun).all(|t| doc.is_lowercase_word(t) && !doc.has(t, SPEECH_VERB));
    if !adjectives {
        return None;
    }
    if matches!(doc.lower(owner), "his" | "her" | "their") {
        return Some(Mention {
            tokens: owner..owner + 1,
            kind: MentionKind::Pronoun,
        });
    }
    mentions::phrase_ending_at(doc, owner + 1, floor).filter(|m| m.kind == MentionKind::Name)
}

/// Whether the reporting word at `cue` is a noun after a possessive ("Trump's remarks", "his
/// claim"), as `speaker_of_cue` reads it.
fn is_noun_use(doc: &Doc, cue: usize, floor: usize) -> bool {
    cue > floor && doc.is_word(cue - 1) && is_possessor(doc.lower(cue - 1))
}

/// A word that makes the next one a noun someone owns: "his", "Trump's".
fn is_possessor(lower: &str) -> bool {
    matches!(lower, "his" | "her" | "their" | "its") || lexicon::is_possessive(lower)
}

pub(super) fn is_past_tense(lower: &str) -> bool {
    lower.ends_with("ed")
        || matches!(
            lower,
            "said" | "told" | "wrote" | "says" | "tells" | "writes" | "put"
        )
}
