//! Words about people and organisations: titles and the offices they name, people who speak
//! for others, and the words of institutions.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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
    // An acronym that stands before a name as a title does ("DJ Norman Cook"): not an
    // institution's. (Not "MP": "the Salford MP" would read as a name.)
    "dj",
];

/// What people who know of a matter are ("people familiar with the talks", "a person briefed
/// on the call", "sources close to the minister"): the phrase goes on through the preposition.
pub fn is_informed(lower: &str) -> bool {
    matches!(
        lower,
        "briefed" | "familiar" | "close" | "involved" | "knowledgeable" | "privy" | "informed"
    )
}

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
        "leader" => "leader",
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
    let words = WORDS.get_or_init(|| TITLES.iter().copied().collect());
    let lower = lower.trim_end_matches('.');
    // "Under-Secretary", "Co-Chairman": a title after a hyphen. (Asked of nearly every word:
    // only of words long enough to hold one ("co-chair"), and byte by byte; a pattern search
    // cost 3% of detection.)
    words.contains(lower)
        || lower.len() > 7
            && lower
                .bytes()
                .rposition(|b| b == b'-')
                .is_some_and(|hyphen| words.contains(&lower[hyphen + 1..]))
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
            | "motion" | "amendment" | "message" | "cable" | "summary" | "passage" | "leaflet"
            | "circular" | "briefing" | "dossier" | "forecast" | "prospectus" | "legislation"
            | "scheme" | "act" | "guidelines" | "regulations"
    )
}

/// Heads of descriptions of people news reports seldom name ("the official", "the source",
/// "the voice on the line"): such a description is shown as written.
#[rustfmt::skip]
pub fn is_unnamed_role(lower: &str) -> bool {
    matches!(
        lower,
        "official" | "source" | "voice" | "caller" | "person" | "employee" | "staffer" | "insider"
            | "aide" | "spokesman" | "spokeswoman" | "spokesperson" | "resident" | "witness"
            | "worker" | "operative" | "strategist" | "executive" | "exec" | "diplomat" | "officer"
            | "agent" | "neighbor" | "neighbour" | "passenger" | "customer" | "student"
            | "patient" | "victim"
    )
}

/// Nouns for a business or a body that a description of one is headed by ("the firm said",
/// "the airline", "The US regulator"), not in [`is_organisation_word`] because the article
/// mostly named the one meant ("Continental … the airline"); never a person. ("Producer" and
/// "maker" are left out: "the British producer", "the veteran game maker" are people.)
#[rustfmt::skip]
pub fn is_business_noun(lower: &str) -> bool {
    matches!(
        lower,
        "firm" | "airline" | "carrier" | "insurer" | "regulator" | "watchdog" | "paper"
            | "brewer" | "retailer" | "exchange" | "lender" | "carmaker" | "drugmaker"
            | "chipmaker" | "broadcaster"
    )
}

/// Words for what a person does for a living that news sets before their name ("said the
/// group's chief economist, Steve Radley"), beyond the titles and unnamed roles.
#[rustfmt::skip]
pub fn is_occupation(lower: &str) -> bool {
    matches!(
        lower,
        "economist" | "analyst" | "expert" | "scientist" | "researcher" | "historian" | "activist"
            | "campaigner" | "academic" | "head" | "boss" | "partner" | "consultant" | "editor"
            | "author" | "correspondent" | "commentator" | "owner" | "advocate" | "trader"
            | "broker" | "specialist" | "organiser" | "organizer" | "coordinator"
            // The arts and entertainment: "the Australian-born actress", "the band's singer".
            | "actor" | "actress" | "singer" | "star" | "comedian" | "musician" | "rapper"
            | "presenter" | "producer" | "writer" | "artist" | "designer" | "dancer"
            | "performer" | "novelist" | "broadcaster" | "guitarist" | "drummer" | "bassist"
            | "songwriter" | "playwright" | "critic" | "filmmaker" | "photographer"
    )
}

/// The words of [`is_organisation_word`].
#[rustfmt::skip]
const ORGANISATION_WORDS: &[&str] = &[
    "organization", "organisation", "party", "department", "ministry", "council",
    "committee", "house", "union", "agency", "news", "times", "post", "journal",
    "campaign", "association", "institute", "university", "foundation", "company",
    "corp", "inc", "group", "bank", "office", "commission", "court", "congress",
    "senate", "administration", "government", "kremlin", "pentagon", "network",
    "coalition", "alliance", "center", "centre", "fund", "board", "bureau",
    "service", "police", "army", "forces", "press", "tv", "radio", "reuters",
    "twitter", "facebook", "treaty", "nato", "fbi", "cia", "cnn", "nbc", "abc",
    "cbs", "fox", "msnbc", "ap", "afp", "un", "eu", "us", "u.s.", "gop",
    "white", "state", "states", "nations", "republicans", "democrats", "politifact",
    "school", "institution", "giant", "church", "club", "team", "magazine",
    "website", "daily", "tribune", "newspaper",
    // "Downing Street", "Wall Street": a street that stands for who works in it.
    "street",
];

/// Words of organisations and institutions: a name holding one is not a person. (Looked up in
/// a hash set: the resolver asks it of every word of every name, and a `match` over the ninety
/// words cost 2.5% of the long article's detection.)
pub fn is_organisation_word(lower: &str) -> bool {
    static WORDS: OnceLock<HashSet<&str>> = OnceLock::new();
    WORDS
        .get_or_init(|| ORGANISATION_WORDS.iter().copied().collect())
        .contains(lower)
}

/// Capitalised words for a member of a party or a service ("a senior Republican", "one
/// Democrat", "a Marine"): after "a" or "one" they name nobody in particular.
pub fn is_member_word(lower: &str) -> bool {
    matches!(
        lower,
        "republican"
            | "democrat"
            | "independent"
            | "libertarian"
            | "conservative"
            | "liberal"
            | "progressive"
            | "socialist"
            | "tory"
            | "marine"
    )
}

/// Whether a name is a man's or a woman's, as far as its own words say.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Female,
    Male,
}

/// The gender a word of a name gives: an honorific ("Mr.", "Ms.") or a common first name
/// ("Jessica", "David"). Names given to both ("Jordan", "Kelly", "Chris") give none.
pub fn gender_of_name_word(lower: &str) -> Option<Gender> {
    static NAMES: OnceLock<HashMap<&str, Gender>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let female = FEMALE_NAMES.iter().map(|&n| (n, Gender::Female));
        female
            .chain(MALE_NAMES.iter().map(|&n| (n, Gender::Male)))
            .collect()
    });
    match lower.trim_end_matches('.') {
        "mr" | "sir" | "lord" | "king" | "prince" | "father" | "brother" => Some(Gender::Male),
        "mrs" | "ms" | "miss" | "madam" | "lady" | "dame" | "queen" | "princess" | "sister" => {
            Some(Gender::Female)
        }
        word => names.get(word).copied(),
    }
}

/// The gender a noun for one person gives: kin and the plain words ("Megumi's mother", "her
/// husband", "the woman"), and the spokesman or spokeswoman news rarely names ("A Home Office
/// spokesman said … He added: …"), for the "she" or "he" that stands for them later.
#[rustfmt::skip]
pub fn gender_of_person_noun(lower: &str) -> Option<Gender> {
    match lower {
        "mother" | "wife" | "daughter" | "sister" | "grandmother" | "granddaughter" | "widow"
        | "woman" | "girl" | "aunt" | "niece" | "girlfriend" | "mom" | "mum" | "stepmother"
        | "stepdaughter" | "spokeswoman" => Some(Gender::Female),
        "father" | "husband" | "son" | "brother" | "grandfather" | "grandson" | "widower"
        | "man" | "boy" | "uncle" | "nephew" | "boyfriend" | "dad" | "stepfather" | "stepson"
        | "spokesman" => {
            Some(Gender::Male)
        }
        _ => None,
    }
}

/// Common women's first names, and those of women in the news.
#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah",
    "karen", "nancy", "lisa", "betty", "margaret", "sandra", "ashley", "kimberly", "emily",
    "donna", "michelle", "dorothy", "carol", "amanda", "melissa", "deborah", "stephanie",
    "rebecca", "sharon", "laura", "cynthia", "amy", "angela", "shirley", "anna", "brenda",
    "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel",
    "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia",
    "joyce", "virginia", "victoria", "lauren", "christina", "joan", "evelyn", "judith", "megan",
    "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara",
    "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "julia", "judy",
    "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella",
    "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori",
    "hillary", "melania", "ivanka", "kellyanne", "megyn", "nikki", "carly", "condoleezza",
    "madeleine", "sonia", "elena", "kamala", "marine", "jill", "chelsea", "huma", "hope", "sheryl",
    "oprah", "beyonce", "rihanna", "katie", "kate", "claire", "jane", "anne", "lucy", "ellen",
    "irene", "rose", "eva", "tina", "wendy", "paula", "sally", "sylvia", "vanessa", "valerie",
    "yvonne", "monica", "erin", "tara", "susana", "rosa", "carmen", "ana", "lena", "fran",
    "michele", "kirsten", "tammy", "debbie", "dianne", "barbra", "whoopi", "joy", "abby", "meghan",
    "greta", "ilhan", "alexandria", "liz", "marsha", "jeanne", "sheila", "loretta", "kathleen",
    "colleen", "eileen", "maureen",
];

/// Common men's first names, and those of men in the news.
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    "james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas",
    "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul",
    "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward",
    "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen",
    "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "frank", "alexander",
    "raymond", "patrick", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "henry",
    "nathan", "douglas", "zachary", "peter", "kyle", "walter", "ethan", "jeremy", "harold",
    "keith", "christian", "roger", "noah", "gerald", "carl", "sean", "austin", "arthur",
    "lawrence", "jesse", "dylan", "bryan", "joe", "billy", "bruce", "albert", "willie", "gabriel",
    "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene", "vincent", "russell",
    "elijah", "louis", "bobby", "philip", "johnny", "barack", "bernie", "mitt", "ted", "marco",
    "jeb", "rand", "ben", "mike", "bill", "tim", "rudy", "newt", "reince", "rupert", "vladimir",
    "xi", "boris", "emmanuel", "jim", "tom", "bob", "dick", "chuck", "rick", "jimmy", "harry",
    "tony", "dan", "steve", "greg", "jeff", "doug", "ron", "oscar", "hal", "ralf", "jerome",
    "fred", "ed", "al", "hugh", "neil", "ian", "martin", "hugo", "luis", "carlos", "miguel",
    "pedro", "ahmed", "mohammed", "muhammad", "ali", "omar", "hassan", "abdul", "kurt", "howard",
    "stanley", "leonard", "herbert", "franklin", "lyndon", "dwight", "abraham", "ulysses",
    "winston", "nigel", "gordon", "mohamed", "recep", "bashar", "hosni", "ayatollah", "sheldon",
    "elon", "warren", "lloyd", "colin", "clarence", "mick", "keanu", "brad", "leonardo", "denzel",
];
