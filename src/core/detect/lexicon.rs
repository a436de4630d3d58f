//! The words the detector knows: reporting verbs, titles, pronouns, determiners, and the words
//! that mark a quoted span as a title of a work or a word mentioned as a word.
//!
//! Words are compared lower-cased, except [`is_abbreviation`]. Verb forms are generated from
//! the base (`warn` gives warns, warned, warning) with a short table of irregular ones.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

/// Verbs that report speech or writing, as bases.
#[rustfmt::skip]
const SPEECH_VERBS: &[&str] = &[
    "say", "tell", "add", "note", "argue", "warn", "insist", "write", "tweet", "call", "claim",
    "explain", "continue", "ask", "recall", "declare", "describe", "acknowledge", "admit", "state",
    "announce", "respond", "reply", "answer", "remark", "comment", "observe", "predict", "promise",
    "vow", "pledge", "urge", "charge", "complain", "concede", "contend", "assert", "stress",
    "emphasize", "emphasise", "joke", "quip", "shout", "yell", "scream", "chant", "sing", "read",
    "report", "quote", "cite", "blast", "slam", "mock", "accuse", "boast", "lament", "confirm",
    "deny", "reiterate", "recount", "muse", "counter", "retort", "testify", "conclude", "post",
    "exclaim", "whisper", "suggest", "allege", "agree", "demand", "tout", "criticize", "criticise",
    "fume", "snap", "interject", "elaborate", "dub", "label", "brand", "term", "proclaim",
    "reveal", "disclose", "inform", "advise", "caution", "recommend", "speak", "mutter", "sigh",
    "laugh", "cry", "marvel", "gush", "rail", "thunder", "scoff", "chide", "scold", "plead", "beg",
    "maintain", "repeat", "reason", "point", "put", "begin", "start", "finish", "wonder",
    "question", "challenge", "estimate", "forecast", "find", "condemn", "denounce", "decry", "rip",
    "hail", "compare", "refer", "reference", "dismiss", "pound", "liken", "characterize",
    "characterise", "portray", "welcome", "applaud", "thank", "attack", "praise", "implore",
    "assure", "remind", "acknowledge", "concur", "remember", "vent", "credit", "bark",
    "press", "retweet", "confess", "echo", "surmise", "riff", "retaliate", "protest",
    "pronounce", "imply", "mention", "highlight", "boom", "beam", "gloat", "demur", "bemoan",
    "express", "assail", "lambaste", "castigate", "deride", "ridicule", "taunt", "hint",
    "insinuate", "lecture", "snipe", "opine", "deem", "hammer", "rule", "indicate",
    "grouse", "talk", "determine", "exhort", "rant", "vouch", "gripe", "grumble", "sneer",
];

/// Verbs that report a belief or intention (reported without quotation marks, as claims).
#[rustfmt::skip]
const BELIEF_VERBS: &[&str] = &[
    "believe", "think", "fear", "hope", "expect", "suspect", "worry", "feel", "know", "doubt",
    "assume", "hold", "reckon", "acknowledge", "understand", "realize", "realise", "learn", "show",
    "indicate", "suggest", "find", "estimate",
];

const IRREGULAR: &[(&str, &[&str])] = &[
    ("say", &["said"]),
    ("tell", &["told"]),
    ("write", &["wrote", "written"]),
    ("sing", &["sang", "sung"]),
    ("read", &["read"]),
    ("speak", &["spoke", "spoken"]),
    ("think", &["thought"]),
    ("feel", &["felt"]),
    ("know", &["knew", "known"]),
    ("hold", &["held"]),
    ("find", &["found"]),
    ("put", &["put"]),
    ("begin", &["began", "begun"]),
    ("admit", &["admitted", "admitting"]),
    ("quip", &["quipped", "quipping"]),
    ("snap", &["snapped", "snapping"]),
    ("dub", &["dubbed", "dubbing"]),
    ("rip", &["ripped", "ripping"]),
    ("refer", &["referred", "referring"]),
    ("label", &["labelled", "labelling", "labeled", "labeling"]),
    ("show", &["showed", "shown"]),
    ("forecast", &["forecast", "forecasted"]),
    ("understand", &["understood"]),
    ("learn", &["learned", "learnt"]),
];

fn forms(base: &str, out: &mut HashSet<String>) {
    out.insert(base.to_owned());
    let stem_y = base
        .strip_suffix('y')
        .filter(|s| !s.ends_with(['a', 'e', 'o', 'u']));
    match stem_y {
        Some(stem) => {
            out.insert(format!("{stem}ies"));
            out.insert(format!("{stem}ied"));
        }
        None if base.ends_with(['s', 'x', 'z']) || base.ends_with("ch") || base.ends_with("sh") => {
            out.insert(format!("{base}es"));
        }
        None => {
            out.insert(format!("{base}s"));
        }
    }
    let irregular = IRREGULAR.iter().find(|(verb, _)| *verb == base);
    if let Some((_, extra)) = irregular {
        out.extend(extra.iter().map(|w| (*w).to_owned()));
    } else if stem_y.is_none() {
        if base.ends_with('e') {
            out.insert(format!("{base}d"));
        } else {
            out.insert(format!("{base}ed"));
        }
    }
    match base.strip_suffix('e').filter(|s| !s.ends_with('e')) {
        Some(stem) => out.insert(format!("{stem}ing")),
        None => out.insert(format!("{base}ing")),
    };
}

fn inflected(bases: &[&str]) -> HashSet<String> {
    let mut out = HashSet::default();
    for base in bases {
        forms(base, &mut out);
    }
    out
}

/// A form of a verb that reports speech ("said", "tweeting", "according").
pub fn is_speech_verb(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| inflected(SPEECH_VERBS))
        .contains(lower)
}

/// A form of a verb that reports a belief ("believes", "feared").
pub fn is_belief_verb(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| inflected(BELIEF_VERBS))
        .contains(lower)
}

/// A form of a verb by which someone holds an opinion ("believes", "feared", "thinks"): the
/// verbs of belief whose object is the holder's own view.
pub fn holds_an_opinion(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            inflected(&[
                "believe", "think", "fear", "hope", "suspect", "worry", "doubt", "assume", "reckon",
            ])
        })
        .contains(lower)
}

/// A present participle ("noting", "adding"): its subject is the clause's subject.
pub fn is_participle(lower: &str) -> bool {
    lower.ends_with("ing") && lower.len() > 4
}

/// Cue verbs that take an addressee or an object right after them ("told reporters",
/// "called the alliance"), so the words after them are not the speaker.
#[rustfmt::skip]
pub fn takes_object(lower: &str) -> bool {
    matches!(
        lower,
        "told" | "tell" | "tells" | "telling" | "called" | "call" | "calls" | "calling" | "asked"
            | "ask" | "asks" | "asking" | "urged" | "accused" | "informed" | "advised"
            | "described" | "labelled" | "labeled" | "branded" | "dubbed" | "termed" | "blasted"
            | "slammed" | "mocked" | "praised" | "criticized" | "criticised" | "warned"
            | "reminded" | "assured" | "promised" | "cited" | "quoted" | "found" | "put"
    )
}

/// Verbs whose reported clause may follow without "that" ("he said the plan failed"); other
/// verbs need "that" before a clause counts as reported ("agreed on a plan" reports nothing).
#[rustfmt::skip]
pub fn reports_without_that(lower: &str) -> bool {
    matches!(
        lower,
        "say" | "says" | "said" | "saying" | "added" | "adds" | "noted" | "notes" | "argued"
            | "argues" | "warned" | "warns" | "insisted" | "insists" | "claimed" | "claims"
            | "wrote" | "writes" | "believes" | "believed" | "thinks" | "thought" | "predicted"
            | "predicts" | "stated" | "states" | "explained" | "suggested" | "suggests"
            | "announced" | "reported" | "reports" | "estimated" | "estimates" | "fears" | "feared"
            | "hopes" | "hoped" | "expects" | "expected"
    )
}

/// Nouns that report speech after a possessive ("his claim", "Trump's remarks").
#[rustfmt::skip]
pub fn is_noun_cue(lower: &str) -> bool {
    matches!(
        lower,
        "claim" | "claims" | "remark" | "remarks" | "comment" | "comments" | "statement"
            | "statements" | "words" | "assertion" | "warning" | "promise" | "pledge" | "call"
            | "description" | "argument" | "accusation" | "charge" | "tweet" | "tweets" | "post"
            | "answer" | "reply" | "response" | "speech" | "message" | "vow" | "boast"
            | "insistence"
    )
}

/// Nouns that report what someone said or holds, when "that" follows ("Trump's accusation
/// that …", "Reagan's dictum that …").
pub fn is_report_noun(lower: &str) -> bool {
    is_noun_cue(lower)
        || matches!(
            lower,
            "dictum"
                | "suggestion"
                | "contention"
                | "belief"
                | "view"
                | "complaint"
                | "allegation"
                | "declaration"
                | "demand"
                | "observation"
                | "prediction"
                | "admission"
                | "assurance"
                | "insinuation"
                | "implication"
                | "notion"
        )
}

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
            | "subsequently" | "can" | "should" | "must" | "being"
    ) || (lower.ends_with("ly") && lower.len() > 4)
}

/// Pronouns that can be a speaker.
pub fn is_pronoun(lower: &str) -> bool {
    matches!(
        lower,
        "he" | "she" | "they" | "it" | "we" | "i" | "you" | "who" | "which"
    )
}

#[rustfmt::skip]
pub fn is_determiner(lower: &str) -> bool {
    matches!(
        lower,
        "the" | "a" | "an" | "his" | "her" | "their" | "its" | "this" | "that" | "these" | "those"
            | "our" | "my" | "your" | "one" | "two" | "three" | "several" | "some" | "many"
            | "another" | "other" | "most" | "each" | "every" | "no" | "few"
    ) || is_possessive(lower)
}

pub fn is_possessive(lower: &str) -> bool {
    let marked = lower.ends_with("'s")
        || lower.ends_with("’s")
        || lower.ends_with("s'")
        || lower.ends_with("s’");
    marked && !is_contraction(lower)
}

/// "he's", "it’s", "that's": a pronoun and "is" or "has", not a possessive.
fn is_contraction(lower: &str) -> bool {
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
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "rev", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt",
    "adm", "president", "senator", "representative", "governor", "mayor", "secretary", "general",
    "minister", "prime", "chancellor", "speaker", "leader", "chairman", "chairwoman", "chair",
    "director", "judge", "justice", "pope", "king", "queen", "prince", "princess", "ambassador",
    "attorney", "commissioner", "spokesman", "spokeswoman", "spokesperson", "chief", "deputy",
    "vice", "former", "candidate", "nominee", "sheriff", "officer", "colonel", "sergeant",
    "captain", "professor", "lawyer", "host", "anchor", "founder", "ceo", "executive", "manager",
    "adviser", "advisor", "aide", "strategist", "pollster", "congressman", "congresswoman",
    "lawmaker", "delegate", "del",
];

/// People who speak for someone else ("a spokesman for the Justice Department", "an aide to
/// Sen. Voss"): the phrase goes on through "for", "to" or "of" to whom they speak for.
pub fn speaks_for(lower: &str) -> bool {
    matches!(
        lower,
        "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "spokesmen"
            | "spokeswomen"
            | "aide"
            | "aides"
            | "adviser"
            | "advisers"
            | "advisor"
            | "advisors"
            | "lawyer"
            | "lawyers"
            | "attorney"
            | "attorneys"
            | "representative"
            | "representatives"
            | "official"
            | "officials"
            | "staffer"
            | "staffers"
    )
}

/// The office a title names, spelled out, for telling that "the senator" is "Sen. Voss":
/// "sen." and "senator" both give "senator". Only offices one person holds at a time in a
/// story; `None` for honorifics ("Mr.") and for words like "former" or "chief".
pub fn canonical_title(lower: &str) -> Option<&'static str> {
    Some(match lower.trim_end_matches('.') {
        "sen" | "senator" => "senator",
        "rep" | "representative" | "congressman" | "congresswoman" => "representative",
        "gov" | "governor" => "governor",
        "mayor" => "mayor",
        "president" => "president",
        "judge" => "judge",
        "justice" => "justice",
        "pope" => "pope",
        "ambassador" => "ambassador",
        "chancellor" => "chancellor",
        "sheriff" => "sheriff",
        "gen" | "general" => "general",
        "secretary" => "secretary",
        "minister" => "minister",
        "commissioner" => "commissioner",
        "speaker" => "speaker",
        _ => return None,
    })
}

/// Words that change which office a title names ("vice president", "former governor"), so a
/// description holding one refers only to a name holding it too.
pub fn qualifies_title(lower: &str) -> bool {
    matches!(
        lower,
        "vice"
            | "former"
            | "deputy"
            | "assistant"
            | "first"
            | "inspector"
            | "attorney"
            | "lieutenant"
            | "majority"
            | "minority"
            | "chief"
            | "supreme"
    )
}

/// Titles and honorifics that come before a person's name.
pub fn is_title(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&str>> = OnceLock::new();
    WORDS
        .get_or_init(|| TITLES.iter().copied().collect())
        .contains(lower.trim_end_matches('.'))
}

/// Words of organisations and institutions: a name holding one is not a person.
#[rustfmt::skip]
pub fn is_organisation_word(lower: &str) -> bool {
    matches!(
        lower,
        "organization" | "organisation" | "party" | "department" | "ministry" | "council"
            | "committee" | "house" | "union" | "agency" | "news" | "times" | "post" | "journal"
            | "campaign" | "association" | "institute" | "university" | "foundation" | "company"
            | "corp" | "inc" | "group" | "bank" | "office" | "commission" | "court" | "congress"
            | "senate" | "administration" | "government" | "kremlin" | "pentagon" | "network"
            | "coalition" | "alliance" | "center" | "centre" | "fund" | "board" | "bureau"
            | "service" | "police" | "army" | "forces" | "press" | "tv" | "radio" | "reuters"
            | "twitter" | "facebook" | "treaty" | "nato" | "fbi" | "cia" | "cnn" | "nbc" | "abc"
            | "cbs" | "fox" | "msnbc" | "ap" | "afp" | "un" | "eu" | "us" | "u.s." | "gop"
            | "white" | "state" | "states" | "nations" | "republicans" | "democrats" | "politifact"
            | "school" | "church" | "club" | "team" | "magazine" | "website" | "daily" | "tribune"
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
    "shortly", "under", "despite", "throughout", "without", "within", "among", "across", "against",
    "toward", "towards", "upon", "unlike", "following", "into", "around", "through",
    "beyond", "until", "unless", "whether", "where", "ask",
];

/// Capitalised words that are not names: days, months, and words that start sentences.
pub fn is_capitalised_common(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&str>> = OnceLock::new();
    WORDS
        .get_or_init(|| CAPITALISED_COMMON.iter().copied().collect())
        .contains(lower)
}

/// Words that say when, after "on", "in", "last" or "this" ("on Thursday", "last week").
pub fn is_time_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
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

/// Nouns right after a quoted span that make it the name of what they are (`her "clawback"
/// plan`, `the "king of debt" moniker`): plans, labels, slogans and the like.
#[rustfmt::skip]
pub fn is_named_thing(lower: &str) -> bool {
    matches!(
        lower,
        "plan" | "plans" | "moniker" | "nickname" | "headline" | "headlines" | "slogan"
            | "slogans" | "motto" | "tagline" | "theme" | "symbol" | "label" | "brand"
            | "document" | "program" | "programme" | "initiative" | "bill" | "act" | "policy"
            | "doctrine" | "hashtag" | "agenda" | "comment" | "remark" | "spat" | "chant"
            | "chants" | "sign" | "signs" | "banner" | "ad" | "ads" | "video" | "book" | "show"
            | "series" | "strategy" | "button" | "tab" | "link"
    )
}

/// Words before a quoted span that make it a title of a work, a show or a programme.
#[rustfmt::skip]
pub fn introduces_title(lower: &str) -> bool {
    matches!(
        lower,
        "titled" | "entitled" | "book" | "film" | "movie" | "documentary" | "show" | "program"
            | "programme" | "episode" | "song" | "album" | "anthem" | "series" | "column"
            | "commentary" | "article" | "op-ed" | "headline" | "nickname" | "segment" | "ad"
            | "spot" | "slogan" | "hashtag" | "broadcast" | "play" | "novel" | "memoir" | "essay"
            | "poem" | "report" | "speech" | "video" | "podcast" | "sitcom" | "track" | "single"
            | "exhibit" | "exhibition" | "event" | "forum" | "initiative" | "act" | "bill" | "plan"
    )
}

/// Words before a quoted span that make it a word mentioned as a word.
#[rustfmt::skip]
pub fn introduces_mention(lower: &str) -> bool {
    matches!(
        lower,
        "word" | "words" | "term" | "terms" | "phrase" | "phrases" | "letter" | "letters" | "label"
            | "name" | "spelled" | "spelling" | "pronounced" | "acronym" | "expression" | "slur"
            // A button or a key: `click "sign up"`.
            | "click" | "clicking" | "clicks" | "tap" | "tapping" | "type" | "typing"
            // A translation: `Spanish for "witches"`.
            | "spanish" | "french" | "german" | "italian" | "portuguese" | "arabic" | "latin"
            | "russian" | "chinese" | "japanese" | "korean" | "hebrew" | "greek" | "yiddish"
            | "persian" | "turkish" | "hindi" | "urdu"
    )
}

/// Verbs that name a framing in `what X calls "…"`.
pub fn names_a_framing(lower: &str) -> bool {
    matches!(
        lower,
        "call"
            | "calls"
            | "called"
            | "dubs"
            | "dubbed"
            | "terms"
            | "termed"
            | "describes"
            | "described"
            | "labels"
            | "labeled"
            | "labelled"
            | "considers"
            | "considered"
            | "brands"
            | "branded"
    )
}

/// Words before a quoted span that say the writer keeps a distance from it.
#[rustfmt::skip]
pub fn distances(lower: &str) -> bool {
    matches!(
        lower,
        "so-called" | "supposed" | "alleged" | "self-proclaimed" | "self-described" | "self-styled"
            | "would-be" | "purported" | "quote-unquote" | "ostensible"
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
    fn verb_forms_are_generated_from_their_base() {
        for word in [
            "said", "says", "saying", "warned", "tweeting", "replied", "wrote", "quipped", "notes",
            "argues",
        ] {
            assert!(is_speech_verb(word), "{word}");
        }
        for word in ["sayed", "table", "aggression"] {
            assert!(!is_speech_verb(word), "{word}");
        }
        assert!(
            is_belief_verb("believes") && is_belief_verb("feared") && is_belief_verb("thought")
        );
    }
}
