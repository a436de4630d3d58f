//! Words of grammar the rules step over or stop at: pronouns, determiners, possessives,
//! fillers between a subject and its verb, words that end a phrase, join a name or a sentence,
//! times, sentence openers that are not names, abbreviations and quantities.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Words that may stand between a subject and its verb ("has also said").
#[rustfmt::skip]
pub fn is_filler(lower: &str) -> bool {
    matches!(
        lower,
        "has" | "have" | "had" | "was" | "is" | "were" | "are" | "be" | "been" | "also" | "later"
            | "then" | "once" | "again" | "would" | "will" | "could" | "might" | "may" | "did"
            | "does" | "do" | "not" | "never" | "even" | "just" | "still" | "already" | "first"
            | "only" | "often" | "all" | "both" | "himself" | "herself" | "themselves" | "too"
            | "ever" | "recently" | "previously" | "repeatedly" | "reportedly" | "publicly"
            | "privately" | "flatly" | "simply" | "quickly" | "further" | "bluntly"
            | "subsequently" | "can" | "should" | "must" | "being" | "always" | "sometimes"
            | "perhaps" | "each"
    ) || is_adverb_in_ly(lower)
        // "wouldn’t", "didn't": an auxiliary with its negation.
        || lower.ends_with("n’t")
        || lower.ends_with("n't")
}

/// An adverb by its ending ("quickly", "reportedly"), not a noun or adjective that only ends
/// the same way ("the former monopoly said", "the weekly reported", "the elderly").
#[rustfmt::skip]
pub fn is_adverb_in_ly(lower: &str) -> bool {
    lower.ends_with("ly")
        && lower.len() > 4
        && !matches!(
            lower,
            "monopoly" | "duopoly" | "family" | "assembly" | "anomaly" | "supply" | "reply"
                | "rally" | "homily" | "weekly" | "monthly" | "quarterly" | "elderly" | "bully"
                | "belly" | "jelly" | "folly" | "holly"
        )
}

/// Participles that, after a form of "be", say what the subject feels or holds ("is worried
/// that", "was convinced that"), not what is done to it.
pub fn is_feeling(lower: &str) -> bool {
    matches!(
        lower,
        "worried"
            | "concerned"
            | "convinced"
            | "pleased"
            | "surprised"
            | "alarmed"
            | "disappointed"
            | "satisfied"
            | "frustrated"
            | "annoyed"
            | "angered"
            | "persuaded"
            | "determined"
            | "encouraged"
            | "relieved"
            | "troubled"
            | "shocked"
            | "upset"
    )
}

/// Prepositions that open a phrase of place, time, means or topic ("in a blog", "about").
pub fn is_preposition(lower: &str) -> bool {
    matches!(
        lower,
        "in" | "on"
            | "at"
            | "from"
            | "by"
            | "with"
            | "for"
            | "during"
            | "over"
            | "under"
            | "about"
            | "into"
            | "against"
            | "through"
            | "without"
    )
}

/// Words of quantity that stand for people when they are a clause's subject ("Several said",
/// "Another tweeted").
pub fn stands_for_people(lower: &str) -> bool {
    matches!(
        lower,
        "several"
            | "some"
            | "many"
            | "most"
            | "few"
            | "both"
            | "all"
            | "others"
            | "another"
            | "one"
    )
}

/// Verbs that give something its name ("a series called …", "a bill dubbed …").
pub fn names_a_thing(lower: &str) -> bool {
    matches!(
        lower,
        "called" | "named" | "dubbed" | "titled" | "entitled" | "nicknamed" | "branded"
    )
}

/// "NATO", "U.S.", "FBI", "WHO": two or more letters, all capitals. (A word's characters as
/// the text holds them: the resolver asks it of every word of every name.)
pub fn is_acronym(word: &[char]) -> bool {
    let mut letters = word.iter().filter(|c| c.is_alphabetic());
    letters.clone().nth(1).is_some() && letters.all(|c| c.is_uppercase())
}

/// Pronouns that can be a speaker.
pub fn is_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which"
    )
}

/// The pronoun of a pronoun with a contraction ("he’s predicting", "they've said"), or of a
/// pronoun alone. Not "it’s", which mostly opens a sentence about nothing in particular ("It's
/// worth noting", "It’s a good bet").
pub fn bare_pronoun(lower: &str) -> Option<&str> {
    const CONTRACTIONS: [&str; 12] = [
        "’s", "'s", "’ve", "'ve", "’d", "'d", "’ll", "'ll", "’re", "'re", "’m", "'m",
    ];
    // Asked of every word when a text is prepared: most hold no apostrophe, and so no
    // contraction. (Byte by byte: '’' is E2 80 99 in UTF-8, and a 0x99 of another character
    // only takes the longer way.)
    if !lower.bytes().any(|b| b == b'\'' || b == 0x99) {
        return is_pronoun(lower).then_some(lower);
    }
    match CONTRACTIONS.iter().find_map(|c| lower.strip_suffix(c)) {
        None => is_pronoun(lower).then_some(lower),
        Some("it") => None,
        Some(bare) => is_pronoun(bare).then_some(bare),
    }
}

/// A form of "be", as in a passive ("was said", "has been called").
pub fn is_form_of_be(lower: &str) -> bool {
    matches!(
        lower,
        "was" | "were" | "been" | "is" | "are" | "be" | "being"
    )
}

/// Plural nouns without an "s" for a body of people that speaks as one ("police said", "state
/// police said"). Not "people" or "staff", which are as often spoken to or of.
pub fn is_collective_noun(lower: &str) -> bool {
    matches!(lower, "police" | "personnel")
}

/// "two" to "five": after "the", the people counted ("the two said").
pub fn is_small_count(lower: &str) -> bool {
    matches!(lower, "two" | "three" | "four" | "five")
}

/// Words that count or pick what follows ("One campaign video", "Another cloud", "Former
/// prosecutor"): capitalised to open a sentence before a noun, they are no name.
#[rustfmt::skip]
pub fn counts_or_picks(lower: &str) -> bool {
    is_small_count(lower) || matches!(
        lower,
        "one" | "another" | "other" | "each" | "every" | "any" | "some" | "several" | "many"
            | "few" | "most" | "no" | "former"
    )
}

/// "the", "a" or "an".
pub fn is_article(lower: &str) -> bool {
    matches!(lower, "the" | "a" | "an")
}

/// Adjectives that rate doing something ("hard to say", "fair to call it", "tough to
/// maintain"): the infinitive after one has no speaker in its clause, whose subject is what
/// is done or "it".
#[rustfmt::skip]
pub fn rates_doing(lower: &str) -> bool {
    matches!(
        lower,
        "hard" | "harder" | "easy" | "easier" | "tough" | "difficult" | "impossible"
            | "necessary" | "unnecessary" | "fair" | "unfair" | "safe" | "premature"
    )
}

#[rustfmt::skip]
pub fn is_determiner(lower: &str) -> bool {
    is_article(lower) || is_possessive_pronoun(lower) || matches!(
        lower,
        "this" | "that" | "these" | "those" | "one" | "two" | "three" | "several" | "some"
            | "many" | "another" | "other" | "most" | "each" | "every" | "no" | "few"
    ) || is_possessive(lower)
}

/// "itself", "himself": a pronoun that stands for its clause's subject.
#[rustfmt::skip]
pub fn is_reflexive_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "itself" | "himself" | "herself" | "themselves" | "myself" | "ourselves" | "yourself"
            | "yourselves" | "oneself"
    )
}

/// Particles and prepositions that place a thing ("put it into the file", "put it back").
#[rustfmt::skip]
pub fn places_a_thing(lower: &str) -> bool {
    matches!(
        lower,
        "into" | "onto" | "back" | "together" | "down" | "away" | "aside" | "off" | "up" | "out"
            | "through" | "forward"
    )
}

/// "his", "their", "my": a pronoun's possessive form.
pub fn is_possessive_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "his" | "her" | "their" | "its" | "our" | "my" | "your"
    )
}

pub fn is_possessive(lower: &str) -> bool {
    let marked = lower.ends_with("'s")
        || lower.ends_with("’s")
        || lower.ends_with("s'")
        || lower.ends_with("s’");
    marked && !is_contraction(lower)
}

/// "he's", "it’s", "that's": a pronoun and "is" or "has", not a possessive.
pub fn is_contraction(lower: &str) -> bool {
    let stem = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower);
    matches!(
        stem,
        "he" | "she" | "it" | "that" | "there" | "here" | "what" | "who" | "where" | "let"
    )
}

/// Words that stop a noun phrase going left or right.
#[rustfmt::skip]
pub fn ends_phrase(lower: &str) -> bool {
    matches!(
        lower,
        "and" | "or" | "but" | "that" | "which" | "when" | "where" | "while" | "as" | "if"
            | "because" | "after" | "before" | "since" | "than" | "to" | "in" | "on" | "at" | "for"
            | "with" | "by" | "from" | "about" | "into" | "over" | "what" | "how" | "why" | "there"
            | "not" | "so" | "said" | "says" | "told"
            // `something officials say …`: what they say, not who.
            | "something" | "anything" | "everything" | "nothing"
    )
}

/// Adverbs that open a sentence and link it to the one before ("However, the DTI has
/// dismissed the proposal", "Meanwhile, Rubio claimed …"): set off by a comma, they are not
/// what anyone said.
#[rustfmt::skip]
pub fn links_sentences(lower: &str) -> bool {
    matches!(
        lower,
        "however" | "meanwhile" | "instead" | "but" | "and" | "now" | "soon" | "still" | "yet"
            | "also" | "earlier" | "later" | "then" | "separately" | "rather" | "moreover"
            | "furthermore" | "nevertheless" | "nonetheless" | "likewise" | "similarly"
            | "otherwise" | "besides" | "thus" | "hence" | "therefore" | "ultimately" | "again"
            | "finally" | "indeed" | "elsewhere" | "previously" | "recently" | "today"
            | "yesterday" | "additionally" | "alternatively" | "consequently" | "accordingly"
    )
}

/// Words that join the parts of a name or a title ("Secretary of State", "Bank of England").
#[rustfmt::skip]
pub fn joins_name(lower: &str) -> bool {
    matches!(
        lower,
        "of" | "de" | "van" | "von" | "bin" | "al" | "la" | "le" | "der" | "da" | "du"
    )
}

#[rustfmt::skip]
const CAPITALISED_COMMON: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "june", "july", "august", "september", "october", "november",
    "december", "jan.", "feb.", "aug.", "sept.", "oct.", "nov.", "dec.", "the", "a", "an", "but",
    "and", "however", "in", "on", "at", "this", "that", "it", "he", "she", "they", "we", "i", "if",
    "when", "after", "before", "during", "while", "as", "for", "earlier", "later", "last", "next",
    "yesterday", "today", "tonight", "so", "yet", "still", "now", "then", "there", "here", "what",
    "why", "how", "meanwhile", "also", "his", "her", "their", "its", "our", "my", "speaking",
    "asked", "according", "since", "with", "by", "from", "of", "to", "or", "not", "no", "yes",
    "although", "though", "because", "instead", "even", "just", "over", "amid", "like", "behind",
    "shortly", "under", "despite", "throughout", "without", "within", "among", "amongst", "across",
    "against", "toward", "towards", "upon", "unlike", "following", "into", "around", "through",
    "beyond", "until", "unless", "whether", "where", "ask", "once", "whenever", "whereas",
    "whilst",
    // Participles that open a sentence as prepositions do ("Given the precision of …").
    "given", "considering", "regarding", "concerning",
    // Adverbs of how often ("Sometimes the “weather” would repeat").
    "sometimes", "often", "usually", "occasionally", "always", "never", "rarely", "seldom",
    "frequently",
    // Contractions that open a sentence and name nobody ("There’s still time for Cruz"); "it’s"
    // may stand for a campaign that speaks.
    "there's", "there’s", "that's", "that’s", "here's", "here’s", "what's", "what’s",
    // Spans of time that open a sentence ("Hours later, Trump …").
    "hours", "days", "minutes", "weeks", "months", "years", "moments", "seconds",
    // Words that open a sentence before a name and are no part of it ("Perhaps Dubicki
    // embodies …", "Neither Johnson nor Weld …", "Do Trump's tweets …"). ("Both" and numbers
    // stay: "Both men said", "One says".)
    "perhaps", "maybe", "neither", "either", "well", "whatever", "whoever", "do", "does", "did",
    "indeed",
    // Adverbs that open a sentence and link it to the one before ("Rather, he said, …").
    "rather", "moreover", "furthermore", "nevertheless", "nonetheless", "likewise",
    "similarly", "otherwise", "besides", "thus", "hence", "therefore", "regardless",
    "separately", "ultimately", "again", "finally", "further", "additionally", "soon",
    // Auxiliaries that open a question or a condition ("Should it become a firm offer, …",
    // "Had the vote gone the other way, …"). ("Will" and "May" stay: they are names too.)
    "should", "would", "could", "can", "might", "must", "shall", "had", "were", "was", "is",
    "are", "has", "have",
];

/// Capitalised words that are not names: days, months, and words that start sentences; days
/// also in the possessive ("Today’s Cowboys brass", "Monday’s vote"). ("He’s" stays: it may
/// be the subject that speaks.)
pub fn is_capitalised_common(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&str>> = OnceLock::new();
    let words = WORDS.get_or_init(|| CAPITALISED_COMMON.iter().copied().collect());
    let day = |bare: &str| is_time_word(bare) || matches!(bare, "today" | "tonight" | "yesterday");
    words.contains(lower)
        || is_sentence_adverb(lower)
        || lower
            .strip_suffix("'s")
            .or_else(|| lower.strip_suffix("’s"))
            .is_some_and(day)
}

/// An adverb that opens a sentence ("Eventually Google had …", "Unfortunately the city …"),
/// by endings no name has ("Kelly", "Beverly" and "Connolly" keep theirs).
fn is_sentence_adverb(lower: &str) -> bool {
    // Asked of every capitalised word: the shared ending first.
    lower.len() >= 7
        && lower.ends_with("ly")
        && [
            "ally", "ately", "ously", "ently", "antly", "ively", "fully", "edly", "ingly", "ibly",
            "ably", "ainly", "early",
        ]
        .iter()
        .any(|ending| lower.ends_with(ending))
}

/// The days of the week.
pub fn is_weekday(lower: &str) -> bool {
    matches!(
        lower,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Words that say when, after "on", "in", "last" or "this" ("on Thursday", "last week").
pub fn is_time_word(lower: &str) -> bool {
    is_weekday(lower)
        || matches!(
            lower,
            "january"
                | "february"
                | "march"
                | "april"
                | "may"
                | "june"
                | "july"
                | "august"
                | "september"
                | "october"
                | "november"
                | "december"
                | "week"
                | "weekend"
                | "month"
                | "year"
                | "morning"
                | "afternoon"
                | "evening"
                | "night"
        )
}

/// Words that join a sentence to the one before ("And then Trump went …", "But Clinton …"),
/// before its subject.
pub fn joins_sentences(lower: &str) -> bool {
    matches!(
        lower,
        "and" | "but" | "so" | "yet" | "then" | "or" | "still" | "now"
    )
}

/// Abbreviations whose dot does not end a sentence (matched as written, without the dot).
#[rustfmt::skip]
pub fn is_abbreviation(word: &str) -> bool {
    matches!(
        word,
        "Mr" | "Mrs" | "Ms" | "Dr" | "Prof" | "Rev" | "Sen" | "Rep" | "Gov" | "Gen" | "Lt" | "Col"
            | "Sgt" | "Capt" | "Adm" | "St" | "Jr" | "Sr" | "Jan" | "Feb" | "Mar" | "Apr" | "Aug"
            | "Sept" | "Sep" | "Oct" | "Nov" | "Dec" | "Mt" | "Ft" | "vs" | "No" | "Inc" | "Co"
            | "Corp" | "Ltd" | "Calif" | "Fla" | "Mass" | "Va" | "Ga" | "Tenn" | "Wash" | "Del"
            | "Ky" | "Pa" | "Mich" | "Minn" | "Wis" | "Ill" | "Ind" | "Ariz" | "Colo" | "Conn"
            | "Md" | "Mo" | "Nev" | "Okla" | "Ore" | "Tex" | "Vt" | "Ala" | "Ark" | "Kan" | "Neb"
            | "etc" | "Gens" | "Sens" | "Reps"
    )
}

/// Words that make a number-bearing sentence a checkable fact ("percent", "million").
#[rustfmt::skip]
pub fn is_quantity_word(lower: &str) -> bool {
    matches!(
        lower,
        "percent" | "per" | "million" | "billion" | "trillion" | "thousand" | "hundred" | "dozen"
            | "half" | "third" | "quarter" | "twice" | "double" | "doubled" | "tripled"
            | "majority"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pronoun_is_found_with_either_apostrophe_and_without_one() {
        assert_eq!(bare_pronoun("he’s"), Some("he"));
        assert_eq!(bare_pronoun("they'll"), Some("they"));
        assert_eq!(bare_pronoun("we’ve"), Some("we"));
        assert_eq!(bare_pronoun("she"), Some("she"));
        // "It's worth noting": about nothing in particular.
        assert_eq!(bare_pronoun("it’s"), None);
        assert_eq!(bare_pronoun("it"), Some("it"));
        assert_eq!(bare_pronoun("o’neill"), None);
        assert_eq!(bare_pronoun("said"), None);
        // "ę" is C4 99 in UTF-8: a byte of '’' (E2 80 99), in a word with no apostrophe.
        assert_eq!(bare_pronoun("sę"), None);
    }
}
