//! Words around a quoted span that say what it is: a title or a name, a word mentioned as a
//! word, a framing someone names, or the writer's distance.

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
            | "series" | "strategy" | "button" | "tab" | "link" | "forum" | "summit"
            | "conference" | "festival" | "tour"
            // `Trump's "America first" rhetoric`, `a "lock her up" rallying cry`.
            | "rhetoric" | "mantra" | "catchphrase" | "refrain" | "cry"
            // What a device or a page offers by name: `a universal "stop" command`, `the
            // "safety check" feature`, `a "HD-Ready" sticker`.
            | "command" | "commands" | "feature" | "features" | "sticker" | "stickers" | "logo"
            | "icon" | "menu"
    )
}

/// Nouns right after a quoted span that make it a show or a film by its people (`"Broad City"
/// star`, `"Daily Show" host`).
pub fn is_person_of_a_show(lower: &str) -> bool {
    matches!(
        lower,
        "star" | "stars" | "actor" | "actress" | "host" | "anchor" | "creator" | "showrunner"
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
            // Kinds of work: `British royal drama "The Crown"`, `Comedy "Fleabag"`.
            | "comedy" | "drama" | "thriller" | "musical" | "opera" | "miniseries" | "sequel"
            | "ballad" | "biopic" | "franchise"
    )
}

/// Words right before a quoted span that make it a name whatever its capitals (`the slogan
/// "Ferries first"`, `a motto, "never again"`).
pub fn names_what_follows(lower: &str) -> bool {
    matches!(
        lower,
        "slogan" | "motto" | "tagline" | "hashtag" | "titled" | "entitled" | "nicknamed"
            // `goes by the moniker "the Flash"`, `the nom de guerre "Zorro"`.
            | "moniker" | "nickname" | "alias" | "pseudonym" | "codename" | "guerre"
            // `pasta e fagioli, aka "pasta fazool"`: another name for it.
            | "aka" | "a.k.a" | "a.k.a."
            // `a computer user named "paul manafort"`, `the username "ferryman"`.
            | "named" | "username" | "handle"
    )
}

/// Words before a quoted span that make it a word mentioned as a word.
#[rustfmt::skip]
pub fn introduces_mention(lower: &str) -> bool {
    matches!(
        lower,
        "word" | "words" | "term" | "terms" | "phrase" | "phrases" | "letter" | "letters" | "label"
            | "name" | "spelled" | "spelling" | "pronounced" | "acronym" | "expression" | "slur"
            // A word misread or misheard: `I misread "beacon" as "bacon"`.
            | "misread" | "misreads" | "misheard" | "misspelled" | "misspelt" | "mispronounced"
            // A button or a key: `click "sign up"`.
            | "click" | "clicking" | "clicks" | "tap" | "tapping" | "type" | "typing"
            // An option picked on a form or a screen: `selecting "everyone"`, `who chose
            // "honest and trustworthy"`.
            | "select" | "selects" | "selected" | "selecting" | "choose" | "chooses" | "chose"
            | "choosing" | "option" | "options" | "setting"
            // A command or a password: `the voice command "Good morning"`.
            | "command" | "commands" | "password" | "keyword" | "keywords"
            // A meaning or a translation: `neon, which translates as "new"`, `the definition
            // of "substantially all"`, `Spanish for "witches"`.
            | "translates" | "translated" | "meaning" | "definition"
            | "spanish" | "french" | "german" | "italian" | "portuguese" | "arabic" | "latin"
            | "russian" | "chinese" | "japanese" | "korean" | "hebrew" | "greek" | "yiddish"
            | "persian" | "turkish" | "hindi" | "urdu"
    )
}

/// Verbs that name a framing in `what X calls "…"`, also in the progressive (`what Apple is
/// calling "…"`).
pub fn names_a_framing(lower: &str) -> bool {
    matches!(
        lower,
        "call"
            | "calls"
            | "called"
            | "calling"
            | "dubbing"
            | "terming"
            | "describing"
            | "labelling"
            | "labeling"
            | "branding"
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

/// Words that grade the word after them: adverbs of degree ("totally refuted", "largely
/// democratic"), superlatives ("warmest congratulations") and adjectives that only intensify
/// ("complete mess"). A writer flags a term, not how strongly something was put: a quoted
/// phrase that opens with one of these is someone's way of putting it. ("Best" and "worst" are
/// left out: they open terms of art, as in a duty to act in the "best interest" of a child.)
#[rustfmt::skip]
pub fn grades_what_follows(lower: &str) -> bool {
    matches!(
        lower,
        "very" | "totally" | "completely" | "entirely" | "utterly" | "absolutely" | "extremely"
            | "deeply" | "highly" | "largely" | "strongly" | "fully" | "wholly" | "truly"
            | "really" | "quite" | "somewhat" | "fairly" | "hugely" | "vastly" | "inherently"
            | "incredibly" | "remarkably" | "thoroughly" | "perfectly" | "profoundly"
            | "seriously" | "terribly" | "wildly" | "most" | "least"
            | "complete" | "total" | "utter" | "absolute" | "sheer" | "intense"
            | "greatest" | "warmest" | "strongest" | "deepest" | "biggest"
            | "highest" | "gravest" | "clearest" | "sincerest" | "fullest" | "toughest"
    )
}
