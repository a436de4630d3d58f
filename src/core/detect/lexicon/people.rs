//! Words about people and organisations: titles and the offices they name, people who speak
//! for others, and the words of institutions.

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

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
            | "strategist"
            | "strategists"
            | "consultant"
            | "consultants"
            | "pollster"
            | "pollsters"
            | "operative"
            | "operatives"
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

/// Words in "-ing" that make part of a title ("ranking member", "acting director"), though a
/// verb's form elsewhere.
pub fn modifies_title(lower: &str) -> bool {
    matches!(
        lower,
        "ranking" | "acting" | "outgoing" | "incoming" | "managing" | "presiding" | "visiting"
    )
}

/// Titles and honorifics that come before a person's name.
pub fn is_title(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&str>> = OnceLock::new();
    WORDS
        .get_or_init(|| TITLES.iter().copied().collect())
        .contains(lower.trim_end_matches('.'))
}

/// Nouns of written things that speak in the news ("the report states", "the email began",
/// "the ruling says"), shown as written rather than as a person named before. ("The statement"
/// and "the tweet" are left out: they are most often those of the person just named.)
#[rustfmt::skip]
pub fn is_document_word(lower: &str) -> bool {
    matches!(
        lower,
        "report" | "email" | "e-mail" | "letter" | "memo" | "study" | "survey" | "poll"
            | "document" | "filing" | "lawsuit" | "complaint" | "suit" | "ruling" | "order"
            | "indictment" | "affidavit" | "book" | "article" | "editorial" | "column" | "release"
            | "ad" | "advertisement" | "video" | "sign" | "transcript" | "bill" | "law"
            | "proposal" | "plan" | "analysis"
            | "review" | "audit" | "assessment" | "policy" | "guidance" | "request" | "notice"
            | "petition" | "resolution" | "platform" | "manifesto" | "website" | "page" | "blog"
            | "newsletter" | "brief" | "opinion" | "decision" | "verdict" | "warrant" | "contract"
            | "agreement" | "charter" | "constitution" | "headline" | "caption" | "label"
    )
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
