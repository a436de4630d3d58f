//! Quoted words that are not suggested: a title of a work, a nickname, a word mentioned as a
//! word.

use super::super::lexicon;
use super::super::mentions;
use super::super::tokens::{Doc, TITLE};
use super::{Class, Frame};

/// A title of a work (`CNN's "State of the Union"`, `the documentary "13th"`), a nickname
/// (`Robert C. "Bobby" Scott`) or a word mentioned as a word (`the word "deplorable"`).
pub(super) fn title_or_mention(doc: &Doc, q: usize, f: &Frame) -> Option<Class> {
    let prev_words: Vec<&str> = (f.sentence.start..f.open)
        .rev()
        .take_while(|&t| doc.is_word(t) || doc.is_punct(t, ','))
        .filter(|&t| doc.is_word(t))
        .take(3)
        .map(|t| doc.lower(t))
        .collect();
    let prev = prev_words.first().copied();
    // A quoted label alone in its paragraph and ending in a colon ("Related:") is page chrome.
    let span = &doc.quotes[q];
    let paragraph = &doc.paragraphs[span.paragraph];
    let inner: String = doc.chars[span.inner()].iter().collect();
    if span.start == paragraph.start
        && doc.chars[span.end..paragraph.end]
            .iter()
            .all(|c| c.is_whitespace())
        && inner.trim_end().ends_with(':')
    {
        return Some(Class::Mentioned);
    }
    // A lone quoted pronoun or article is a word mentioned as a word ("because "she" is a …"),
    // and a lone "yes" or "no" is an answer or a vote ("those voting “yes”"). Not a noun's
    // possessive: the "devil's" music is a framing.
    if f.words == 1 {
        let inner = doc.token_at_or_after(doc.quotes[q].inner().start);
        let word = doc.lower(inner);
        if lexicon::is_pronoun(word)
            || lexicon::is_determiner(word) && !lexicon::is_possessive(word)
            || matches!(word, "yes" | "no" | "aye" | "nay")
        {
            return Some(Class::Mentioned);
        }
    }
    // `the word "x"`, `terms like "x"`; and through "such as" (`Words such as "incumbent"`).
    let through_such_as = prev == Some("as") && prev_words.get(1) == Some(&"such");
    let mention_reach = if through_such_as { 3 } else { 2 };
    if prev_words
        .iter()
        .take(mention_reach)
        .any(|w| lexicon::introduces_mention(w))
        && f.words <= 3
    {
        return Some(Class::Mentioned);
    }
    // `words like "email" and "e-commerce"`: the next of a list of words mentioned is one too.
    if f.words <= 3 && follows_a_mention(doc, q, f) {
        return Some(Class::Mentioned);
    }
    // `"Libor" stands for "London Interbank Offered Rate"`: an abbreviation and what it stands
    // for are words mentioned.
    let word_after = |k: usize| {
        after_in_sentence(doc, f, k)
            .filter(|&t| doc.is_word(t))
            .map(|t| doc.lower(t))
    };
    let stands_for_it = word_after(0) == Some("stands") && word_after(1) == Some("for")
        || word_after(0) == Some("is")
            && word_after(1) == Some("short")
            && word_after(2) == Some("for");
    let what_it_stands_for = prev == Some("for")
        && prev_words
            .get(1)
            .is_some_and(|w| matches!(*w, "stands" | "short"));
    if (stands_for_it && f.words <= 3) || (what_it_stands_for && f.words <= 8) {
        return Some(Class::Mentioned);
    }
    // `"should" vs. "will"`: words set against each other are compared as words.
    let versus = |t: usize| doc.is_word(t) && matches!(doc.lower(t), "vs" | "vs." | "versus");
    let quote_at = |t: usize| t < doc.tokens.len() && doc.quote_at(doc.tokens[t].start).is_some();
    let against_next = f.after + 1 < doc.tokens.len()
        && versus(f.after)
        && quote_at(f.after + 1 + usize::from(doc.is_punct(f.after + 1, '.')));
    let against_previous = f.open >= 2
        && (versus(f.open - 1) || doc.is_punct(f.open - 1, '.') && versus(f.open - 2))
        && quote_at(f.open - 2 - usize::from(doc.is_punct(f.open - 1, '.')));
    if f.words <= 2 && (against_next || against_previous) {
        return Some(Class::Mentioned);
    }
    // `Phobos means "fear"`: a name's meaning, a word mentioned. ("means" after anyone else is
    // left alone: what someone means may be their words.)
    // So is a word's: `the verb おく means "to place"`, `the word jihad means "struggle"`.
    let word_means = prev_words.iter().skip(1).any(|w| {
        matches!(
            *w,
            "word" | "verb" | "noun" | "term" | "phrase" | "expression" | "prefix" | "suffix"
        )
    });
    let name_means = prev == Some("means")
        && f.open >= 2
        && (mentions::is_name_word(doc, f.open - 2) && !doc.has(f.open - 2, TITLE) || word_means);
    if name_means && f.words <= 2 {
        return Some(Class::Mentioned);
    }
    let title_case = is_title_case(doc, q);
    // The name goes on after the nickname in the same sentence (not the next paragraph's first
    // word), and does not own it ("Machado's "sex tape"").
    let next_is_name = after_in_sentence(doc, f, 0).is_some_and(|t| mentions::is_name_word(doc, t));
    let prev_is_name = f.open > f.sentence.start
        && mentions::is_name_word(doc, f.open - 1)
        && !lexicon::is_possessive(doc.lower(f.open - 1));
    if f.words <= 2 && prev_is_name && next_is_name {
        return Some(Class::Title); // a nickname between first and last name
    }
    // "the hacker known as "Guccifer"": a name. A term in lower case after "known as" is the
    // trade's jargon, flagged as a term (`framing`): "known as "passing off"".
    if prev_words.contains(&"known") && prev == Some("as") && title_case {
        return Some(Class::Title);
    }
    // `her "clawback" plan`, `the "king of debt" moniker`, `"is it over?" headlines`: a name
    // given to the thing the next word says.
    let next_names_it = f.words <= super::MAX_SCARE_WORDS
        && after_in_sentence(doc, f, 0)
            .is_some_and(|t| doc.is_lowercase_word(t) && lexicon::is_named_thing(doc.lower(t)));
    if next_names_it {
        return Some(Class::Title);
    }
    if !title_case {
        return None;
    }
    // `"Parasite" director Bong Joon Ho`, `"Mrs Maisel" actress Alex Borstein`: a work in
    // capitals credited to the person named after their trade.
    let trade = after_in_sentence(doc, f, 0).filter(|&t| {
        doc.is_lowercase_word(t) && (doc.has(t, TITLE) || lexicon::is_occupation(doc.lower(t)))
    });
    if trade.is_some_and(|t| t + 1 < doc.tokens.len() && mentions::is_name_word(doc, t + 1)) {
        return Some(Class::Title);
    }
    let by_title_word = prev_words.iter().any(|w| lexicon::introduces_title(w));
    let after_possessive_or_on = prev.is_some_and(|w| {
        lexicon::is_possessive(w)
            || matches!(
                w,
                "on" | "of" | "in" | "from" | "and" | "watching" | "hosts" | "host"
                    // `remarks he made during "The Larry O'Connor Show"`: a show or an event.
                    | "during"
                    // `Fiorina told "Fox and Friends"`: whom it was told, a show or a paper.
                    | "told" | "tells" | "telling" | "tell"
            )
    });
    let named = prev.is_some_and(|w| matches!(w, "called" | "named" | "dubbed"))
        && prev_words.get(1).is_some_and(|w| {
            !lexicon::is_pronoun(w) && !w.chars().next().is_some_and(char::is_uppercase)
        });
    (by_title_word || after_possessive_or_on || named).then_some(Class::Title)
}

/// The token `k` places after the quotation, if its sentence goes on that far.
fn after_in_sentence(doc: &Doc, f: &Frame, k: usize) -> Option<usize> {
    let t = f.after + k;
    (t < doc.tokens.len() && doc.tokens[t].sentence == doc.tokens[f.open].sentence).then_some(t)
}

/// Whether the quotation `q` follows another of its sentence, joined by "and", "or", a comma,
/// "as", "to" or "with" only (`words like "email" and "e-commerce"`, `misread "beacon" as
/// "bacon"`), that is a word mentioned.
fn follows_a_mention(doc: &Doc, q: usize, f: &Frame) -> bool {
    let Some(previous) = q.checked_sub(1) else {
        return false;
    };
    let between = doc.token_at_or_after(doc.quotes[previous].end)..f.open;
    let joined = between.len() <= 2
        && between.clone().all(|t| {
            doc.is_punct(t, ',')
                || doc.is_word(t) && matches!(doc.lower(t), "and" | "or" | "as" | "to" | "with")
        });
    let before = super::frame(doc, previous);
    joined
        && before.sentence == f.sentence
        && before.words > 0
        && title_or_mention(doc, previous, &before) == Some(Class::Mentioned)
}

/// `turned to "little" Marco Rubio`, `"Low energy" Jeb Bush`: a short quotation nobody is said
/// to speak, right before a person's full name in its sentence, is a nickname. Only asked of
/// quotations without a speaker: PolNeAR quotes a nickname someone is said to use as theirs.
/// Not after a pronoun (`as he "endorses" Hillary Clinton`: a verb) or "the" (`the "new"
/// Richard Nixon`: a description of the man, the writer's framing).
pub(super) fn nickname_before_name(doc: &Doc, f: &Frame) -> bool {
    let sentence = doc.tokens[f.open].sentence;
    if f.open > f.sentence.start && doc.is_word(f.open - 1) {
        let previous = doc.lower(f.open - 1);
        if lexicon::is_pronoun(previous) || previous == "the" {
            return false;
        }
    }
    let name_at = |t: usize| {
        t < doc.tokens.len() && doc.tokens[t].sentence == sentence && mentions::is_name_word(doc, t)
    };
    name_at(f.after) && name_at(f.after + 1)
}

/// `the slogan "Ferries first"`, `the hashtag "open door"`: a short quotation nobody speaks
/// right after a word that names it is a name, however it is spelled. Only asked of
/// quotations without a speaker: PolNeAR quotes a slogan someone is said to use as theirs.
pub(super) fn named_by_the_word_before(doc: &Doc, f: &Frame) -> bool {
    f.open > f.sentence.start
        && doc.is_word(f.open - 1)
        && lexicon::names_what_follows(doc.lower(f.open - 1))
}

/// `"Broad City" star Arturo Castro`: a short quotation nobody speaks, right before a noun for
/// a show's people, is the show's title. Only asked of quotations without a speaker: PolNeAR
/// quotes some such titles as the words of someone near them. A headline capitalises the noun
/// (`"Broad City" Star Asked Actors …`).
pub(super) fn show_before_its_people(doc: &Doc, f: &Frame) -> bool {
    f.after < doc.tokens.len()
        && doc.tokens[f.after].sentence == doc.tokens[f.open].sentence
        && doc.is_word(f.after)
        && lexicon::is_person_of_a_show(doc.lower(f.after))
}

/// Whether every word of the quotation starts with a capital (short words like "of" and "the"
/// aside, and a leading number allowed), as titles do.
pub(super) fn is_title_case(doc: &Doc, q: usize) -> bool {
    let inner = doc.quotes[q].inner();
    let mut first = doc.token_at_or_after(inner.start);
    let end = doc.token_at_or_after(inner.end);
    // "the Liars", "the Flash": a name the sentence gives its article inside the marks.
    if first + 1 < end && doc.is_lowercase_word(first) && doc.lower(first) == "the" {
        first += 1;
    }
    doc.is_title_case(first..end)
}

/// What the quotation's place in its paragraph says it is, whatever its words: `“Thumper”
/// ($20)` alone on its line is a heading, the name of what the paragraphs below describe, and
/// `“Gotcha.”` alone, a line of dialogue;
/// `“opaque”: a response for …` opening its paragraph before a colon is a term being defined;
/// `fetch("/login", {…})`, in a paragraph of code, is a value. None of them is a framing. Only
/// asked of quotations without a speaker.
pub(super) fn by_layout(doc: &Doc, q: usize) -> Option<Class> {
    let span = &doc.quotes[q];
    let paragraph = doc.paragraphs[span.paragraph].clone();
    let rest: String = doc.chars[span.end..paragraph.end].iter().collect();
    let rest = rest.trim();
    if span.start == paragraph.start {
        // A line of dialogue (`“Gotcha.”`) ends as a sentence does; a heading does not.
        let inner: String = doc.chars[span.inner()].iter().collect();
        if rest.is_empty() && inner.trim_end().ends_with(['.', '!', '?', '…']) {
            return Some(Class::Direct);
        }
        let parenthetical = rest.strip_prefix('(').and_then(|r| r.strip_suffix(')'));
        if rest.is_empty() || parenthetical.is_some_and(|inside| !inside.contains(['(', ')'])) {
            return Some(Class::Title);
        }
        if rest.starts_with(':') {
            return Some(Class::Mentioned);
        }
    }
    // News prose has no braces, opens a quotation after "[" or "=" only with a space, and
    // writes "(" right after a word only in a call: `fetch("/login")`, not ` (“sit on it” in
    // consultant-speak)`.
    let before = |back: usize| span.start.checked_sub(back).map(|i| doc.chars[i]);
    let call = before(1) == Some('(') && before(2).is_some_and(|c| c.is_alphanumeric() || c == '_');
    let code = call
        || before(1).is_some_and(|c| matches!(c, '[' | '{' | '='))
        || doc.chars[paragraph].iter().any(|&c| c == '{' || c == '}');
    code.then_some(Class::Mentioned)
}
