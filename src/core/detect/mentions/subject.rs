//! The subject of a reporting verb, to its left ("NATO Secretary General Jens Stoltenberg
//! said", "Ron Haskins of the Brookings Institution said", "Netanyahu on Sunday said",
//! "Trump on several occasions has said"),
//! looking over fillers, a day, brackets and an appositive between commas.

use super::super::lexicon;
use super::super::tokens::{Doc, TITLE};
use super::{MAX_APPOSITIVE, Mention, MentionKind, is_name_word, is_plain_noun, phrase_ending_at};

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
                        && !names_an_office(doc, m)
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
        let Some(open) = (floor..close)
            .rev()
            .take(MAX_APPOSITIVE)
            .find(|&j| doc.is_punct(j, ','))
        else {
            // "The men's solicitor Matthew Knight, said": a stray comma after a person's name
            // (two name words) that opens the clause, with no appositive it closes. Not an
            // opening adverb ("Worryingly, said the firm").
            // Only a verb that is no participle ("…, saying" goes with the clause before), and
            // only a few words of description before the name ("The men's solicitor").
            let describes = |t: usize| {
                doc.is_lowercase_word(t)
                    || lexicon::is_possessive(doc.lower(t))
                    || t == floor && lexicon::is_article(doc.lower(t))
            };
            return phrase_ending_at(doc, close, floor).filter(|m| {
                m.kind == MentionKind::Name
                    && !doc.lower(cue).ends_with("ing")
                    && m.tokens.clone().filter(|&t| is_name_word(doc, t)).count() >= 2
                    && m.tokens.start - floor <= 3
                    && (floor..m.tokens.start).all(describes)
            });
        };
        let end = before_brackets(doc, open, floor)?;
        // A description is the subject when a relative clause describes it ("The lawmaker,
        // who represents Albay, said", "the association, which represents women who own
        // small businesses, said"); otherwise the commas may hold a list or a clause.
        let relative =
            doc.is_word(open + 1) && matches!(doc.lower(open + 1), "who" | "whose" | "which");
        // "the new chair of the Internet Engineering Task Force, Brian Carpenter, says": a
        // name after "of", "for" or "at" ends a description, whose holder the commas name.
        let ends_description = |m: &Mention| {
            m.tokens.start > floor + 1
                && doc.is_word(m.tokens.start - 1)
                && matches!(doc.lower(m.tokens.start - 1), "of" | "for" | "at")
        };
        let named_within = phrase_ending_at(doc, close, open + 1)
            .filter(|m| m.kind == MentionKind::Name && m.tokens.start == open + 1);
        return phrase_ending_at(doc, end, floor)
            .map(|m| holder_before_place(doc, &m, floor).unwrap_or(m))
            .filter(|m| m.kind != MentionKind::Description || relative)
            .filter(|m| !ends_description(m) || named_within.is_none())
            .filter(|m| !names_an_office(doc, m) || named_within.is_none())
            .or(named_within);
    }
    let subject = phrase_ending_at(doc, i, floor)?;
    if let Some(named) = unclosed_appositive(doc, &subject, floor) {
        return Some(named);
    }
    if let Some(both) = names_joined(doc, &subject, floor) {
        return Some(both);
    }
    if let Some(holder) = holder_before_place(doc, &subject, floor) {
        return Some(holder);
    }
    if let Some(informed) = informed_of(doc, &subject, floor) {
        return Some(informed);
    }
    Some(person_of_institution(doc, &subject, floor).unwrap_or(subject))
}

/// `people familiar with the talks said`, `a person briefed on the call said`: the phrase
/// after the preposition is what the speakers know of; they are the whole phrase.
fn informed_of(doc: &Doc, matter: &Mention, floor: usize) -> Option<Mention> {
    let preposition = matter.tokens.start.checked_sub(1)?;
    let knowing = preposition.checked_sub(1)?;
    // Or who they speak for: "a spokesman for the employers said".
    let informed = knowing > floor
        && doc.is_word(preposition)
        && doc.is_lowercase_word(knowing)
        && (matches!(
            doc.lower(preposition),
            "on" | "with" | "to" | "about" | "in"
        ) && lexicon::is_informed(doc.lower(knowing))
            || matches!(doc.lower(preposition), "for" | "to")
                && lexicon::speaks_for(doc.lower(knowing)));
    if !informed {
        return None;
    }
    // "people familiar with …", "two sources close to …": plural nouns with no article.
    let plural = (floor..knowing)
        .rev()
        .take(2)
        .take_while(|&t| {
            doc.is_lowercase_word(t)
                && (is_plain_noun(doc, t) || lexicon::is_small_count(doc.lower(t)))
        })
        .last()
        .filter(|_| doc.lower(knowing - 1).ends_with('s') || doc.lower(knowing - 1) == "people");
    // The phrase ends before "familiar" or "briefed", and with "spokesman".
    let end = if lexicon::speaks_for(doc.lower(knowing)) {
        knowing + 1
    } else {
        knowing
    };
    let start = phrase_ending_at(doc, end, floor)
        .map(|people| people.tokens.start)
        .or(plural)?;
    Some(Mention {
        tokens: start..matter.tokens.end,
        kind: MentionKind::Description,
    })
}

/// `One shopper on Facebook posted`, `Officials in Madrid, who …, said`: a name after "on" or
/// "in" is where the phrase before it speaks from (a platform, a place), not the speaker; so is
/// the country after an envoy's "to" (`Turkey's ambassador to France said`).
fn holder_before_place(doc: &Doc, place: &Mention, floor: usize) -> Option<Mention> {
    let on = place.tokens.start.checked_sub(1)?;
    // "Turkey's ambassador to France": the country an envoy is sent to.
    let sent_to = doc.is_word(on)
        && doc.lower(on) == "to"
        && on > floor
        && doc.is_lowercase_word(on - 1)
        && doc.has(on - 1, TITLE);
    if place.kind != MentionKind::Name
        || on <= floor
        || !doc.is_word(on)
        || !(matches!(doc.lower(on), "on" | "in") || sent_to)
    {
        return None;
    }
    // "Minister in the Ministry of Finance Brian Manning": a title in capitals goes on to the
    // person ("The senator in Ohio said" is the senator).
    phrase_ending_at(doc, on, floor).filter(|m| {
        let title = m.tokens.end - 1;
        sent_to || !(doc.has(title, TITLE) && doc.is_capitalised(title))
    })
}

/// "Argentina's President", "The Prime Minister": an office and at most its owner, capitalised
/// as a name is but naming nobody; the name in the appositive after it does ("Argentina's
/// President, Nestor Kirchner, said").
fn names_an_office(doc: &Doc, mention: &Mention) -> bool {
    let last = mention.tokens.end - 1;
    doc.has(last, TITLE)
        && mention.tokens.clone().all(|t| {
            let lower = doc.lower(t);
            doc.has(t, TITLE) || lower == "the" || lower.ends_with("'s") || lower.ends_with("’s")
        })
}

/// `John Connors, Microsoft's chief financial officer said`: a name of two words or more that
/// opens the clause, then an appositive whose closing comma the writer left out. The phrase
/// just before the verb ends that appositive ("officer", "the IPPR", "Bristol"); the name is
/// the subject. The appositive must open as a description does: a lower-case word that is no
/// pronoun, conjunction or relative ("senior research fellow at"), a possessive name
/// ("Microsoft's"), or "of" ("of the Centre for Transport").
fn unclosed_appositive(doc: &Doc, last: &Mention, floor: usize) -> Option<Mention> {
    let comma = (floor..last.tokens.start)
        .take(6)
        .find(|&t| doc.is_punct(t, ','))?;
    let name = phrase_ending_at(doc, comma, floor).filter(|m| {
        m.kind == MentionKind::Name
            && m.tokens.start == floor
            && m.tokens.clone().filter(|&t| is_name_word(doc, t)).count() >= 2
    })?;
    let opens = comma + 1;
    let describes = if doc.is_lowercase_word(opens) {
        let lower = doc.lower(opens);
        !lexicon::is_pronoun(lower)
            && !lexicon::is_filler(lower)
            && !lexicon::is_possessive_pronoun(lower)
            && !matches!(
                lower,
                "and" | "or" | "but" | "whose" | "that" | "where" | "when" | "as" | "if"
            )
    } else {
        lexicon::is_possessive(doc.lower(opens)) || doc.lower(opens) == "of"
    };
    let unbroken = (opens..last.tokens.end).all(|t| doc.is_word(t) || doc.is_punct(t, '-'));
    (describes && unbroken && last.tokens.end - opens <= MAX_APPOSITIVE).then_some(name)
}

/// `Pelosi and Schumer said`: two names joined by "and" that open the clause are its subject
/// together, not the second alone. Not the end of a list ("Alabama, Georgia and Virginia").
/// `Paganini and his team wrote`: the name, when the second is the first's people.
fn names_joined(doc: &Doc, second: &Mention, floor: usize) -> Option<Mention> {
    let and = second.tokens.start.checked_sub(1)?;
    let their_people = second.kind != MentionKind::Name
        && matches!(doc.lower(second.tokens.start), "his" | "her" | "their");
    if second.kind != MentionKind::Name && !their_people
        || and <= floor
        || !doc.is_word(and)
        || doc.lower(and) != "and"
    {
        return None;
    }
    let first = phrase_ending_at(doc, and, floor)?;
    // After a comma the names may end a list ("Alabama, Georgia and Virginia").
    let opens = first.tokens.start == floor
        || !doc.is_word(first.tokens.start - 1) && !doc.is_punct(first.tokens.start - 1, ',');
    if their_people {
        return (first.kind == MentionKind::Name && opens).then_some(first);
    }
    (first.kind == MentionKind::Name && opens).then_some(Mention {
        tokens: first.tokens.start..second.tokens.end,
        kind: MentionKind::Name,
    })
}

/// `Ron Haskins of the Brookings Institution said`, `Matthew Herren from EduVision told`: the
/// person before "of", "from" or "at", when the phrase ending at the verb is an institution's
/// name. The person's name needs two name words or a
/// title ("Friends of the Earth said" is no person of the Earth), or the institution a word
/// that says it is one.
fn person_of_institution(doc: &Doc, institution: &Mention, floor: usize) -> Option<Mention> {
    let of = institution.tokens.start.checked_sub(1)?;
    // "Speaker of the House Rep. Paul Ryan said": a title in the phrase makes it a person's.
    if institution.kind != MentionKind::Name
        || institution.tokens.clone().any(|t| doc.has(t, TITLE))
        || of <= floor
        || !doc.is_word(of)
        || !matches!(doc.lower(of), "of" | "from" | "at")
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
/// "Clinton Tuesday night told"), the week or the year ("The company this week said"), where
/// the words were said ("Trump in his announcement speech called") or the occasions ("Trump on
/// several occasions has said").
fn before_day(doc: &Doc, end: usize, floor: usize) -> usize {
    let is_day = |t: usize| {
        doc.is_word(t)
            && (lexicon::is_weekday(doc.lower(t)) || matches!(doc.lower(t), "yesterday" | "today"))
    };
    let mut i = end;
    // "Trump in his announcement speech called", "Obama in an interview said": where the
    // words were said, between the subject and its verb.
    // (Asked for every subject: the noun first, the search for "in" only after it.)
    let said_in = (i > floor + 2 && lexicon::is_occasion_of_words(doc.lower(i - 1)))
        .then(|| {
            (floor + 1..i)
                .rev()
                .take(5)
                .find(|&t| doc.is_lowercase_word(t) && matches!(doc.lower(t), "in" | "during"))
        })
        .flatten();
    if let Some(at) = said_in
        && at > floor
        && doc.is_word(at + 1)
        && (lexicon::is_determiner(doc.lower(at + 1)) || lexicon::is_possessive(doc.lower(at + 1)))
        && (at + 2..i).all(|t| doc.is_lowercase_word(t))
    {
        return at;
    }
    // "The company this week said", "Microsoft earlier this month announced".
    if i >= floor + 3
        && doc.is_lowercase_word(i - 1)
        && matches!(
            doc.lower(i - 1),
            "week"
                | "weekend"
                | "month"
                | "year"
                | "spring"
                | "summer"
                | "autumn"
                | "fall"
                | "winter"
        )
        && doc.is_lowercase_word(i - 2)
        && matches!(doc.lower(i - 2), "this" | "last" | "next")
    {
        i -= 2;
        if i > floor + 1
            && doc.is_lowercase_word(i - 1)
            && matches!(doc.lower(i - 1), "earlier" | "later")
        {
            i -= 1;
        }
        return i;
    }
    if i >= floor + 3
        && doc.is_word(i - 1)
        && matches!(doc.lower(i - 1), "occasion" | "occasions")
        && doc.is_lowercase_word(i - 2)
        && doc.is_word(i - 3)
        && doc.lower(i - 3) == "on"
    {
        return i - 3;
    }
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
