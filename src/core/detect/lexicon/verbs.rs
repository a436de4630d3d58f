//! Verbs that report speech, writing or belief, their forms, and the nouns that report
//! ("said", "tweeting", "his claim"). Forms are generated from the base (`warn` gives warns,
//! warned, warning) with a short table of irregular ones.

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
    "eulogize", "eulogise", "decree", "jeer", "heckle", "confide", "murmur", "bellow", "holler",
    "hiss", "refute", "apologise", "apologize", "congratulate",
];

/// Forms that report speech ("“Step out,” an officer ordered") of verbs whose other forms are
/// nouns far more often ("the court order states", "his commands").
const REPORTING_PAST_FORMS: &[&str] = &["ordered", "commanded", "instructed"];

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
    ("put", &["put", "putting"]),
    ("begin", &["began", "begun"]),
    ("admit", &["admitted", "admitting"]),
    ("quip", &["quipped", "quipping"]),
    ("snap", &["snapped", "snapping"]),
    ("dub", &["dubbed", "dubbing"]),
    ("rip", &["ripped", "ripping"]),
    ("slam", &["slammed", "slamming"]),
    ("beg", &["begged", "begging"]),
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

/// Forms of the verbs that begin, go on with or stop something, which report only where no
/// other verb follows them ("“…,” she began", not "began to deliver" or "started building").
#[rustfmt::skip]
const ASPECTUAL: &[&str] = &[
    "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting",
    "continue", "continues", "continued", "continuing", "finish", "finishes", "finished",
    "finishing",
];

pub fn is_aspectual(lower: &str) -> bool {
    ASPECTUAL.contains(&lower)
}

/// A form of a verb that reports speech ("said", "tweeting", "according").
pub fn is_speech_verb(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<String>> = OnceLock::new();
    WORDS
        .get_or_init(|| {
            let mut words = inflected(SPEECH_VERBS);
            words.extend(REPORTING_PAST_FORMS.iter().map(|w| (*w).to_owned()));
            words
        })
        .contains(lower)
}

/// The base form of a verb that reports speech ("attack", "comment"), which is also the form
/// of its noun.
pub fn is_speech_verb_base(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&str>> = OnceLock::new();
    WORDS
        .get_or_init(|| SPEECH_VERBS.iter().copied().collect())
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
                "believe", "think", "fear", "hope", "suspect", "worry", "doubt", "assume",
                "reckon", "consider", "deem", "feel",
            ])
        })
        .contains(lower)
}

/// Verbs of proposing or aiming at something ("plans to", "aims to", "proposes"): what their
/// subject proposes in quotation marks is the wording of its own policy.
pub fn proposes(lower: &str) -> bool {
    matches!(
        lower,
        "plan"
            | "plans"
            | "planned"
            | "aim"
            | "aims"
            | "aimed"
            | "intend"
            | "intends"
            | "intended"
            | "propose"
            | "proposes"
            | "proposed"
            | "seek"
            | "seeks"
            | "sought"
            | "want"
            | "wants"
            | "wanted"
    )
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

/// The particle with which a verb form reports ("Trump brought up as …", "ticked off a series
/// of issues", "fired back"): "bring" alone reports nothing.
#[rustfmt::skip]
pub fn reporting_particle(lower: &str) -> Option<&'static str> {
    match lower {
        "bring" | "brings" | "brought" | "bringing" => Some("up"),
        "tick" | "ticks" | "ticked" | "ticking" | "rattle" | "rattles" | "rattled" | "rattling"
        | "sound" | "sounds" | "sounded" | "sounding" => Some("off"),
        "spell" | "spells" | "spelled" | "spelt" | "spelling" | "lash" | "lashes" | "lashed"
        | "lashing" => Some("out"),
        "chime" | "chimes" | "chimed" | "chiming" | "weigh" | "weighs" | "weighed"
        | "weighing" => Some("in"),
        "fire" | "fires" | "fired" | "firing" | "shoot" | "shoots" | "shot" | "shooting" | "hit"
        | "hits" | "hitting" | "push" | "pushes" | "pushed" | "pushing" => Some("back"),
        _ => None,
    }
}

/// What is called in the sense of convened or ordered ("call a meeting", "called an
/// election", "called a halt"): calling one reports no words.
#[rustfmt::skip]
pub fn is_convened(lower: &str) -> bool {
    matches!(
        lower,
        "meeting" | "meetings" | "vote" | "votes" | "election" | "elections" | "strike"
            | "strikes" | "halt" | "recess" | "session" | "referendum" | "conference" | "summit"
            | "truce" | "ceasefire" | "cease-fire" | "timeout" | "caucus" | "hearing" | "hearings"
            | "convention" | "retreat" | "press"
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
            | "insistence" | "boasts" | "boasting" | "bragging"
    )
}

/// Where someone's words are said or written ("in his announcement speech", "during an
/// interview"), a phrase that may stand between a subject and its verb.
#[rustfmt::skip]
pub fn is_occasion_of_words(lower: &str) -> bool {
    matches!(
        lower,
        "speech" | "interview" | "statement" | "address" | "remarks" | "letter" | "tweet" | "post"
            | "column" | "op-ed" | "memo" | "email" | "testimony" | "appearance" | "sermon"
            | "podcast" | "broadcast" | "briefing"
    )
}

/// Nouns of what someone said, without an owner ("a report by Politico that he …", "a call for
/// the party to …", "by her own admission").
pub fn is_speech_noun(lower: &str) -> bool {
    is_noun_cue(lower)
        || matches!(
            lower,
            "report"
                | "reports"
                | "request"
                | "requests"
                | "lament"
                | "suggestion"
                | "complaint"
                | "allegation"
                | "declaration"
                | "demand"
                | "admission"
                | "prediction"
                | "announcement"
                // A court's or a panel's words: "a ruling that the tablets weren't “cool”".
                | "ruling"
                | "verdict"
                | "finding"
                // The plurals of the nouns above that have none there.
                | "assertions"
                | "warnings"
                | "promises"
                | "pledges"
                | "calls"
                | "descriptions"
                | "arguments"
                | "accusations"
                | "charges"
                | "answers"
                | "replies"
                | "responses"
                | "speeches"
                | "messages"
                | "vows"
                | "boasts"
                | "suggestions"
                | "complaints"
                | "allegations"
                | "declarations"
                | "demands"
                | "admissions"
                | "predictions"
                | "announcements"
        )
}

/// Nouns that report what someone said or holds, when "that" follows ("Trump's accusation
/// that …", "Reagan's dictum that …").
pub fn is_report_noun(lower: &str) -> bool {
    is_speech_noun(lower)
        || matches!(
            lower,
            "dictum"
                | "contention"
                | "belief"
                | "view"
                | "observation"
                | "assurance"
                | "insinuation"
                | "implication"
                | "notion"
        )
}

/// Nouns after "press" that make it a noun of the news trade ("press secretary", "press
/// conference"), not the verb of "pressed him on it".
#[rustfmt::skip]
pub fn follows_press(lower: &str) -> bool {
    matches!(
        lower,
        "secretary" | "secretaries" | "conference" | "conferences" | "release" | "releases"
            | "office" | "officer" | "aide" | "aides" | "briefing" | "briefings" | "corps"
            | "statement" | "pool" | "call" | "calls" | "event" | "gaggle" | "coverage"
            | "freedom" | "reports" | "staff" | "team" | "room" | "operation" | "availability"
            | "credentials" | "officials" | "spokesman" | "spokeswoman" | "attention"
    )
}

/// Nouns after "pressing" that make it an adjective ("a pressing issue"), not the verb of
/// "pressing party officials for a role".
pub fn is_pressing(lower: &str) -> bool {
    matches!(
        lower,
        "issue"
            | "issues"
            | "concern"
            | "concerns"
            | "need"
            | "needs"
            | "question"
            | "questions"
            | "matter"
            | "matters"
            | "problem"
            | "problems"
            | "priority"
            | "priorities"
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
        assert!(is_speech_verb("eulogized"));
        for word in ["sayed", "table", "aggression"] {
            assert!(!is_speech_verb(word), "{word}");
        }
        assert!(
            is_belief_verb("believes") && is_belief_verb("feared") && is_belief_verb("thought")
        );
    }

    /// A verb of one syllable ending in one vowel and one consonant doubles it ("slam",
    /// "slammed", "slamming"); the generated forms do not, so each needs its irregular entry.
    /// ("put" has no "-ed": its past is "put".)
    #[test]
    fn one_syllable_verbs_double_their_last_consonant() {
        let vowel = |c: char| "aeiou".contains(c);
        for base in SPEECH_VERBS {
            let chars: Vec<char> = base.chars().collect();
            let [.., v, c] = chars[..] else { continue };
            let one_vowel = chars.iter().filter(|&&ch| vowel(ch)).count() == 1
                || base.starts_with("qu") && chars.iter().filter(|&&ch| vowel(ch)).count() == 2;
            if one_vowel && vowel(v) && !vowel(c) && !"wxy".contains(c) {
                let past = (*base != "put").then(|| format!("{base}{c}ed"));
                for form in past.into_iter().chain([format!("{base}{c}ing")]) {
                    assert!(is_speech_verb(&form), "{form}");
                }
            }
        }
    }
}
