//! What "who" and "which" stand for: the name or the description just before them
//! (`Smith, who said …`, `the ruling party, which said …`, `The judges who ruled …`).

use super::super::lexicon;
use super::super::mentions::{self, MentionKind};
use super::Resolver;

impl Resolver<'_> {
    /// `Smith, who said …`, `ZeniMax Media, which accuses …`: the name before the comma;
    /// `several individuals who have stated …`: without a comma, the phrase before, a
    /// description too (shown as written).
    pub(super) fn antecedent_of_who(&self, who: usize) -> Option<String> {
        let doc = self.doc;
        let floor = doc.sentence_tokens(doc.tokens[who].sentence).start;
        let comma = who > floor + 1 && doc.is_punct(who - 1, ',');
        let end = if comma { who - 1 } else { who };
        let m = mentions::phrase_ending_at(doc, end, floor)?;
        if comma {
            // Not a phrase with "of" or a verb in the past in it ("My father died … of
            // cancer, which confirmed"); an -ing form may be an adjective ("the ruling party").
            let has_of_or_past = m.tokens.clone().any(|t| {
                let w = doc.lower(t);
                w == "of" || w.ends_with("ed")
            });
            return match m.kind {
                MentionKind::Name => Some(self.full_name(&m)),
                // "the ruling party, which said …": a body or a thing, shown as written.
                MentionKind::Description if doc.lower(who) == "which" && !has_of_or_past => {
                    Some(self.text(&m))
                }
                _ => None,
            };
        }
        let has_of_or_verb = m.tokens.clone().any(|t| {
            let w = doc.lower(t);
            w == "of" || w.ends_with("ed") || w.ends_with("ing") || lexicon::is_speech_verb(w)
        });
        // Without a comma, the phrase "who" follows when it is a clause's subject ("Those who
        // said", "The judges who ruled", "There are several individuals who have stated"): the
        // object of a verb or a preposition is seldom who speaks ("told a young woman who
        // suggested that … that “…”"), nor is a phrase of "of" or with a verb in it ("the ire
        // of lawmakers who"). A description beside a name stands for the name ("Braynard, a
        // South Carolina native who writes").
        // (Not a member of a group just named: "four officials, including a career Army
        // officer who described …".)
        let start = m.tokens.start;
        let in_object = start > floor
            && doc.is_word(start - 1)
            && !(doc.is_capitalised(start - 1)
                || lexicon::is_filler(doc.lower(start - 1))
                || matches!(doc.lower(start - 1), "including" | "among"));
        match m.kind {
            _ if in_object || has_of_or_verb || doc.lower(who) != "who" => None,
            MentionKind::Name => Some(self.full_name(&m)),
            MentionKind::Description => self.appositive_of(&m).or_else(|| Some(self.text(&m))),
            MentionKind::Pronoun => None,
        }
    }
}
