//! What the word lists say of each token, looked up once when a text is prepared: whether it
//! may be part of a name ([`NAME_WORD`]), is a title ([`TITLE`]), or reports speech where it
//! stands ([`SPEECH_VERB`]), with the uses in which a reporting verb's form reports nothing
//! ("agreed to spend", "for comment", "a heart attack").

use super::lexicon;
use super::tokens::{Doc, NAME_WORD, SPEECH_VERB, TITLE};

impl Doc {
    /// The flags of token `token`.
    pub(super) fn look_up(&self, token: usize) -> u8 {
        if !self.is_word(token) {
            return 0;
        }
        let lower = self.lower(token);
        let capitalised = self.is_capitalised(token);
        let digit = self.chars[self.tokens[token].start].is_numeric();
        // A word of a line in capitals ("USE DIFFERENT BROWSERS Mr. Grossman …", a heading run
        // into its paragraph) is no part of a name; acronyms alone or in pairs may be ("NATO",
        // "USA TODAY", "BFM TV").
        let in_capitals_line = || self.capitals_run(token) >= 3;
        let name = capitalised
            && !digit
            && !lexicon::is_capitalised_common(lower)
            && (lexicon::bare_pronoun(lower).is_none() || self.is_acronym(token))
            && !in_capitals_line()
            && !self.opens_inverted_cue(token, lower)
            && !self.before_honorific(token, lower);
        let flag = |on: bool, flag: u8| if on { flag } else { 0 };
        // Every word is asked the tests below: its first letter first, a byte compared, not a
        // string (string comparisons' mispredicted branches cost more than their instructions).
        let first = lower.as_bytes().first().copied();
        // "put" reports only as "put it" ("as Ridge put it", "put it in her memoir"), not "put
        // on a show" or "putting it into the national file".
        let put = first == Some(b'p') && matches!(lower, "put" | "puts" | "putting");
        let next = |n: usize| (token + n < self.tokens.len()).then(|| self.lower(token + n));
        let puts_it = || next(1) == Some("it") && !next(2).is_some_and(lexicon::places_a_thing);
        // "made clear that", "made it clear": making clear reports, making a deal does not.
        let make = first == Some(b'm') && matches!(lower, "make" | "makes" | "made" | "making");
        let makes_clear =
            make && (next(1) == Some("clear") || next(1) == Some("it") && next(2) == Some("clear"));
        // "would only allow that they are …", "offered that …": conceding and putting forward,
        // not permitting or giving.
        // After "offer", "that" opens a clause only before its subject ("offered that they"),
        // not before a noun ("offering that amount").
        let offers_that = || {
            matches!(lower, "offer" | "offers" | "offered")
                && next(2).is_some_and(|w| {
                    lexicon::is_pronoun(w) || lexicon::is_article(w) || w == "there"
                })
        };
        // Every word is asked: one cheap test first.
        let grants_that = matches!(first, Some(b'a' | b'o'))
            && (lower.starts_with("allow") || lower.starts_with("offer"))
            && next(1) == Some("that")
            && (matches!(lower, "allow" | "allows" | "allowed" | "allowing") || offers_that());
        // The particle first: it is rarely there, and every word is asked.
        let with_particle = next(1)
            .filter(|p| matches!(p.as_bytes().first(), Some(b'u' | b'o' | b'i' | b'b')))
            .filter(|p| matches!(*p, "up" | "off" | "out" | "in" | "back"))
            .is_some_and(|p| lexicon::reporting_particle(lower) == Some(p));
        // "Alley went on, “…”": going on reports when a mark ends it (not "went on to win").
        let goes_on = matches!(first, Some(b'g' | b'w'))
            && matches!(lower, "go" | "goes" | "went" | "going")
            && next(1) == Some("on")
            && token + 2 < self.tokens.len()
            && !self.is_word(token + 2);
        // "state" and "states" are nouns in the news far more often than verbs ("swing
        // states", "the state that …", "the 35 states that"): verbs after a pronoun ("they
        // state", "it states"), after "to" ("to state, …"), or, for "states", after a singular
        // noun and before "that" or punctuation ("the order states that", "the ad states.").
        let state = first == Some(b's') && matches!(lower, "state" | "states");
        let reads_as_verb = || {
            let Some(previous) =
                (token > 0 && self.is_word(token - 1)).then(|| self.lower(token - 1))
            else {
                return false;
            };
            if lexicon::is_pronoun(previous) || previous == "to" {
                return true;
            }
            let before_that_or_punctuation = token + 1 < self.tokens.len()
                && (!self.is_word(token + 1) || next(1) == Some("that"));
            let singular_noun = self.is_lowercase_word(token - 1)
                && !previous.ends_with('s')
                && !previous.starts_with(|c: char| c.is_ascii_digit())
                && !lexicon::is_quantity_word(previous)
                && !lexicon::is_preposition(previous)
                && !lexicon::is_determiner(previous);
            lower == "states" && before_that_or_punctuation && singular_noun
        };
        // "press secretary", "press conference", "pressing issue": a noun or an adjective,
        // not the verb of "pressed him", "pressing party officials for".
        let press = first == Some(b'p')
            && next(1).is_some_and(|n| match lower {
                "press" => lexicon::follows_press(n),
                "pressing" => lexicon::is_pressing(n),
                _ => false,
            });
        // Forms that report nothing in these uses: "agreed to spend" (a commitment), "Speaking
        // of 5G" (a topic), "billionaires, remember, as …" (an aside between commas: the base
        // form only, since "Smith, a spokesman, said, “…”" reports). Asked of reporting
        // verbs only, after the one look-up every word needs.
        let reports_nothing = || {
            let agree_to = lower.starts_with("agree") && next(1) == Some("to");
            let speaking_of = matches!(lower, "speaking" | "talking") && next(1) == Some("of");
            // "have begun to deliver", "started building": beginning, going on or stopping
            // something else, which, if it reports, is the verb after ("began to say").
            let begins_or_ends = lexicon::is_aspectual(lower);
            let aspectual = begins_or_ends
                && next(1).is_some_and(|n| n == "to" || n.len() > 4 && n.ends_with("ing"));
            // Beginning, starting and finishing report only what they open or close (“…,” she
            // began; began: “…”), not "talks, which began on Monday": a word after them says
            // they begin something else, unless it says how or when ("began softly", "began
            // Sunday with a tweet") or leads to the verb that reports ("began by saying").
            let begins_a_thing = begins_or_ends
                && !lower.starts_with("contin")
                && next(1).is_some_and(|n| {
                    self.is_word(token + 1)
                        && !n.ends_with("ly")
                        && n != "by"
                        && !lexicon::is_time_word(n)
                        && !matches!(n, "today" | "yesterday" | "tonight")
                });
            let aside = token > 0
                && token + 1 < self.tokens.len()
                && self.is_punct(token - 1, ',')
                && self.is_punct(token + 1, ',')
                && lexicon::is_speech_verb_base(lower);
            // "fined pounds 15,000": money, as some papers spell the sign out.
            let money = matches!(lower, "pound" | "pounds")
                && next(1).is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
            // "S&P credit analyst Helena Hessel", "the comment editor": a noun that says which
            // analyst or editor, not a verb of the name before.
            let names_a_trade =
                lexicon::is_speech_verb_base(lower) && next(1).is_some_and(lexicon::is_occupation);
            // "is tough to maintain", "It's fair to say": an act rated, nobody's words
            // reported (the clause's subject is what is done, or "it").
            let rated = token >= 2
                && self.is_word(token - 1)
                && self.lower(token - 1) == "to"
                && self.is_word(token - 2)
                && lexicon::rates_doing(self.lower(token - 2));
            // "the email mentioned above", "the study cited below": a pointer within the
            // text, not a report.
            let points_within = next(1).is_some_and(|n| n == "above" || n == "below");
            // "wouldn’t find itself “increasing fares”": finding oneself, not a finding.
            let finds_oneself = matches!(lower, "find" | "finds" | "found" | "finding")
                && next(1).is_some_and(lexicon::is_reflexive_pronoun);
            // "to call a “special meeting”", "called an election": convening, not speaking.
            // (Only after "a" or "an": "called the election “rigged”" names it.)
            let convenes = matches!(lower, "call" | "calls" | "called" | "calling")
                && matches!(next(1), Some("a" | "an"))
                && (token + 2..(token + 5).min(self.tokens.len()))
                    .filter(|&t| self.is_word(t))
                    .take(2)
                    .any(|t| lexicon::is_convened(self.lower(t)));
            // "we might have read of “hero cabdrivers”": reading, not speaking.
            let reads_of = matches!(lower, "read" | "reads" | "reading")
                && next(1).is_some_and(|n| n == "of" || n == "about");
            // "pointed out", "points to": pointing reports only with its particle ("a map
            // marking points of interest", "pathos points" are nouns).
            let points_at_nothing = matches!(lower, "point" | "points" | "pointed" | "pointing")
                && !next(1).is_some_and(|n| n == "out" || n == "to");
            // "partly thanks to his skill": a cause, not thanking.
            let thanks_to = lower == "thanks" && next(1) == Some("to");
            agree_to
                || points_at_nothing
                || thanks_to
                || convenes
                || finds_oneself
                || begins_a_thing
                || reads_of
                || rated
                || points_within
                || speaking_of
                || names_a_trade
                || money
                || aside
                || aspectual
                || self.noun_after_preposition(token, lower)
        };
        let speech = lexicon::is_speech_verb(lower)
            && !reports_nothing()
            && (!put || puts_it())
            && (!state || reads_as_verb())
            && !press
            || makes_clear
            || grants_that
            || with_particle
            || goes_on;
        flag(name, NAME_WORD) | flag(lexicon::is_title(lower), TITLE) | flag(speech, SPEECH_VERB)
    }

    /// "Should Mr. Clarke …", "in Harrogate Mr Kennedy said": a word right before an
    /// honorific is no part of the name it opens, unless it is a title ("Deputy Prime Minister
    /// Mr Prescott").
    fn before_honorific(&self, token: usize, lower: &str) -> bool {
        token + 1 < self.tokens.len()
            && self.is_word(token + 1)
            && matches!(
                self.lower(token + 1).trim_end_matches('.'),
                "mr" | "mrs" | "ms" | "dr" | "miss"
            )
            && !lexicon::is_title(lower)
    }

    /// "declined requests for comment", "hardened against nuclear attack": the base form of a
    /// reporting verb right after a preposition, or after a preposition and an adjective, is a
    /// noun, and so is its form in -s right after one ("died during protests"). ("went on to
    /// say" is a verb; "about his claim that" and "with a note that" are left to the rules of
    /// owned and reported nouns.)
    fn noun_after_preposition(&self, token: usize, lower: &str) -> bool {
        let preposition = |t: usize| self.is_word(t) && lexicon::is_preposition(self.lower(t));
        let adjective = |t: usize| {
            let word = self.lower(t);
            self.is_lowercase_word(t)
                && word != "to"
                && !lexicon::is_determiner(word)
                && !lexicon::is_possessive(word)
        };
        // After a word between, only words that are nouns of speech as often as verbs: "three
        // in four say" is a verb.
        let noun_as_well =
            || lexicon::is_speech_noun(lower) || matches!(lower, "attack" | "attacks");
        // "the terror attack killed", "a phone call": a singular noun between an article and
        // the word makes it a compound noun (a verb would agree with a subject). Not a noun of
        // speech before "that", nor after an owner: "a recent claim that …", "his absurd claim"
        // report, as nouns of speech ("the terror attack that killed 14" does not).
        let after_determined_noun = || {
            token >= 2
                && !(token + 1 < self.tokens.len()
                    && self.is_word(token + 1)
                    && self.lower(token + 1) == "that"
                    && lexicon::is_speech_noun(lower))
                && adjective(token - 1)
                && !self.lower(token - 1).ends_with('s')
                && self.is_word(token - 2)
                && lexicon::is_article(self.lower(token - 2))
        };
        // "during protests", "over claims": a form in -s right after a preposition is a
        // plural noun, for no verb in -s follows a preposition. (Before "of" it names the words
        // after it: "with chants of “…”".)
        let plural = || {
            lower
                .strip_suffix('s')
                .is_some_and(lexicon::is_speech_verb_base)
                && !(token + 1 < self.tokens.len()
                    && self.is_word(token + 1)
                    && self.lower(token + 1) == "of")
        };
        if plural() && token >= 1 && preposition(token - 1) {
            return true;
        }
        lexicon::is_speech_verb_base(lower)
            && (token >= 1 && preposition(token - 1)
                || token >= 2 && adjective(token - 1) && preposition(token - 2) && noun_as_well()
                || noun_as_well() && after_determined_noun())
    }

    /// "Replied Stephen, …", "Continued Stone: …": a reporting verb in -ed that opens its
    /// sentence before a capitalised word is the cue of an inverted subject, not the first
    /// word of a name. (Names in -ed that are not reporting verbs, such as "Ted", stay names.)
    fn opens_inverted_cue(&self, token: usize, lower: &str) -> bool {
        let opens_sentence =
            token == 0 || self.tokens[token - 1].sentence != self.tokens[token].sentence;
        opens_sentence
            && lower.ends_with("ed")
            && lexicon::is_speech_verb(lower)
            && token + 1 < self.tokens.len()
            && self.is_capitalised(token + 1)
    }

    /// Whether token `t` is a word in capitals of two letters or more ([`lexicon::is_acronym`],
    /// read in place: this is asked of every capitalised word).
    fn in_capitals(&self, t: usize) -> bool {
        self.is_word(t) && lexicon::is_acronym(self.word_chars(t))
    }

    /// How many words in capitals in a row stand around `token` (0 when it is not one).
    fn capitals_run(&self, token: usize) -> usize {
        if !self.in_capitals(token) {
            return 0;
        }
        let before = (0..token)
            .rev()
            .take_while(|&t| self.in_capitals(t))
            .count();
        let after = (token + 1..self.tokens.len())
            .take_while(|&t| self.in_capitals(t))
            .count();
        before + 1 + after
    }

    /// Whether the word at `token` is an acronym written in capitals ("WHO", the World Health
    /// Organization), not a word of a line in capitals ("WHO WILL WIN?").
    fn is_acronym(&self, token: usize) -> bool {
        self.capitals_run(token) == 1
    }
}
