//! The speaker named after a reporting verb ("said Mr. Smith:", "said lobbyist and GOP
//! strategist Charlie Black"), only where the phrase can end there, and the source after
//! "according to".

use super::super::lexicon;
use super::super::tokens::{Doc, TITLE};
use super::{
    MAX_DESCRIPTION, Mention, MentionKind, is_name_word, is_plain_noun, phrase_starting_at,
};

/// The phrase after a reporting verb that names its speaker ("said Mr. Smith:", "says the
/// report."): only when punctuation, a quotation or the end follows it, since otherwise the
/// words after "said" are what was said.
pub fn inverted_subject(doc: &Doc, cue: usize, ceiling: usize) -> Option<Mention> {
    if let Some(two_offices) = offices_joined(doc, cue, ceiling) {
        return Some(two_offices);
    }
    let mut mention = phrase_starting_at(doc, cue + 1, ceiling)?;
    // "said MSNBC host Chris Matthews", "said Concord resident Whit Symms", "said Smith's top
    // policy aide Jo Cole", "said Oversight ranking Democrat Al Ruiz": a lower-case title or up
    // to three lower-case nouns between names.
    while mention.kind == MentionKind::Name {
        let mut end = mention.tokens.end;
        while end < ceiling
            && end < mention.tokens.end + 3
            && doc.is_lowercase_word(end)
            && (doc.has(end, TITLE)
                || is_plain_noun(doc, end)
                || lexicon::modifies_title(doc.lower(end)))
        {
            end += 1;
        }
        if end == mention.tokens.end {
            break;
        }
        if end >= ceiling || !is_name_word(doc, end) {
            // "said the Florida senator, …": a place or party before the title it describes;
            // "said Megumi's mother, …": a person named by whose she is (not "accuse Clinton's
            // campaign of", where the verb takes an object).
            let office = Mention {
                tokens: mention.tokens.start..end,
                kind: MentionKind::Description,
            };
            if let Some(name) = name_in_apposition(doc, &office, ceiling) {
                return Some(name);
            }
            let owner = lexicon::is_possessive(doc.lower(mention.tokens.end - 1))
                && lexicon::gender_of_person_noun(doc.lower(end - 1)).is_some();
            if closes_mention(doc, end, ceiling) && (doc.has(end - 1, TITLE) || owner) {
                mention = office;
            }
            break;
        }
        while end < ceiling && is_name_word(doc, end) {
            end += 1;
        }
        mention.tokens.end = end;
    }
    if let Some(name) = name_in_apposition(doc, &mention, ceiling) {
        return Some(name);
    }
    // "73 percent said the same of Trump": what was said, not who said it.
    if mention.kind == MentionKind::Description && doc.lower(mention.head(doc)) == "same" {
        return None;
    }
    closes_mention(doc, mention.tokens.end, ceiling).then_some(mention)
}

/// "said EEF chief economist, Steve Radley.", "said the chairman of the Commons education
/// committee, Labour MP Barry Sheerman.": an office and then, set off by a comma, the name of
/// who holds it, which names the speaker better than the office. The office ends in a title, a
/// role or an occupation, or goes on from one through "of", "for" or "at" (not "said Smith,
/// Jones", nor "said her son's killer, Warren Leblanc", where what was said begins), and the
/// name must end the phrase itself, so that "said the minister, Britain would …" keeps the
/// office.
pub fn name_in_apposition(doc: &Doc, office: &Mention, ceiling: usize) -> Option<Mention> {
    let is_office = |t: usize| {
        let lower = doc.lower(t);
        doc.is_lowercase_word(t)
            && (doc.has(t, TITLE)
                || lexicon::is_unnamed_role(lower)
                || lexicon::speaks_for(lower)
                || lexicon::is_occupation(lower))
    };
    let joins = |t: usize| doc.is_word(t) && matches!(doc.lower(t), "of" | "for" | "at");
    // The office's head is its last word, or the one before its "of": "the chairman of the
    // Commons education committee".
    let words = office.tokens.clone();
    // "one of their lawyers, Michalis Dimitrakopoulos": one of the office's holders.
    let one_of =
        words.len() > 2 && doc.lower(words.start) == "one" && doc.lower(words.start + 1) == "of";
    let head = if one_of {
        words.end - 1
    } else {
        words.clone().find(|&t| joins(t)).unwrap_or(words.end) - 1
    };
    if head < words.start || !is_office(head) {
        return None;
    }
    let after = words.end;
    let comma = if after < ceiling && joins(after) {
        // The office's own words run on to the comma.
        (after + 1..ceiling.min(after + 9)).find(|&t| !doc.is_word(t))?
    } else {
        after
    };
    if comma + 1 >= ceiling || !doc.is_punct(comma, ',') {
        return None;
    }
    let name = phrase_starting_at(doc, comma + 1, ceiling)
        .filter(|name| name.kind == MentionKind::Name)?;
    closes_mention(doc, name.tokens.end, ceiling).then_some(name)
}

/// `said lobbyist and GOP strategist Charlie Black`, `said former Pennsylvania Gov. and
/// Democratic National Committee Chairman Ed Rendell`: one person's two offices joined by "and"
/// after the verb at `cue`, the name after the second. Not two people ("said Smith and Jones"):
/// the word before "and" must be a title or a lower-case noun.
fn offices_joined(doc: &Doc, cue: usize, ceiling: usize) -> Option<Mention> {
    // The first office: titles, names and lower-case nouns only ("former Pennsylvania Gov.").
    let in_office = |t: usize| {
        doc.is_word(t)
            && (doc.has(t, TITLE)
                || is_name_word(doc, t)
                || doc.is_lowercase_word(t)
                    && (is_plain_noun(doc, t) || lexicon::modifies_title(doc.lower(t))))
    };
    let and = (cue + 1..ceiling.min(cue + 8))
        .find(|&t| !in_office(t))
        .filter(|&t| t > cue + 1 && doc.is_word(t) && doc.lower(t) == "and")?;
    let office =
        doc.has(and - 1, TITLE) || doc.is_lowercase_word(and - 1) && is_plain_noun(doc, and - 1);
    if !office {
        return None;
    }
    let second = inverted_subject(doc, and, ceiling).filter(|m| m.kind == MentionKind::Name)?;
    Some(Mention {
        tokens: cue + 1..second.tokens.end,
        kind: MentionKind::Name,
    })
}

/// Whether the speaker's phrase after a verb can end before token `end`: at punctuation, the
/// end, a preposition ("said Mr. Smith in a statement") or a clause about the speaker ("said
/// one source who spoke …", "said Sanders as he closed out").
fn closes_mention(doc: &Doc, end: usize, ceiling: usize) -> bool {
    end >= ceiling
        || !doc.is_word(end)
        || matches!(
            doc.lower(end),
            "of" | "in"
                | "on"
                | "at"
                | "from"
                | "during"
                | "after"
                | "before"
                | "to"
                | "who"
                | "whose"
                | "as"
                | "while"
                | "when"
                | "with"
        )
}

/// The source named after "according to" at `start`: a phrase as [`phrase_starting_at`] finds
/// it, or a bare noun phrase ("according to police", "according to court papers filed …"), up
/// to its first word that is not a plain noun or adjective.
pub fn source_after_according_to(doc: &Doc, start: usize, ceiling: usize) -> Option<Mention> {
    let source = phrase_starting_at(doc, start, ceiling).or_else(|| {
        let end = (start..ceiling.min(start + MAX_DESCRIPTION))
            .take_while(|&t| doc.is_lowercase_word(t) && is_plain_noun(doc, t))
            .last()?
            + 1;
        Some(Mention {
            tokens: start..end,
            kind: MentionKind::Description,
        })
    })?;
    // "according to calculations by Amy Glasmeier", "a count by The Associated Press": the
    // author of the thing. Not after a participle: in "a copy of the letter reviewed by The
    // Post", The Post has read the letter, not written it.
    let by = source.tokens.end;
    if source.kind == MentionKind::Description
        && !doc.lower(by - 1).ends_with("ed")
        && by + 1 < ceiling
        && doc.is_word(by)
        && doc.lower(by) == "by"
        && let Some(author) =
            phrase_starting_at(doc, by + 1, ceiling).filter(|m| m.kind == MentionKind::Name)
    {
        return Some(author);
    }
    Some(source)
}
