//! Turning a speaker mention into the name a reader wants to see: "Stoltenberg" becomes the
//! fullest form the article gives ("NATO Secretary General Jens Stoltenberg"), "he" the
//! nearest person named before it (the subject of its own sentence first, else of an
//! earlier one, or an earlier speaker), and a description ("the chief of the military
//! coalition") the nearest named speaker in another sentence (for a business, "the firm",
//! one who is no person).
//!
//! Positions are token indices into [`Doc::tokens`].

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{self, Gender};
use super::mentions::{self, Mention, MentionKind};
use super::tokens::Doc;
use crate::core::order;

mod anchors;
mod names;
mod relative;
mod statement;
mod titles;

use anchors::{passive_agent, reporting_subject};
use names::gender_of;

/// Named people and organisations of one article, and where they are mentioned as subjects
/// or speakers.
pub struct Resolver<'d> {
    doc: &'d Doc,
    /// Lower-cased last word of a name → the fullest form seen.
    full_names: HashMap<String, String>,
    /// Subjects and named speakers, in text order.
    anchors: Vec<Anchor>,
    /// Named speakers, in text order.
    speakers: Vec<NamedSpeaker>,
    /// Speakers given by a description ("the club said in its statement", "said one legal
    /// expert"), in text order, for a later "the statement said" or "the expert warned".
    described_speakers: Vec<DescribedSpeaker>,
    /// (token, title, name) of names with a title ("Mayor Ana Ruiz" gives "mayor"), in text
    /// order, for "the mayor" later.
    titled: Vec<(usize, &'static str, String)>,
}

/// A speaker named by name, whom a later description may stand for ("the senator", "the
/// firm").
struct NamedSpeaker {
    /// Its first token.
    at: usize,
    name: String,
    person: bool,
}

/// A speaker given by a description, not a name.
struct DescribedSpeaker {
    /// Its first token.
    at: usize,
    /// Its head noun, lower-cased ("expert" in "one legal expert").
    head: String,
    text: String,
}

/// A subject or a named speaker, which a later pronoun may stand for.
struct Anchor {
    /// Its first token.
    at: usize,
    name: String,
    person: bool,
    gender: Option<Gender>,
    /// What "they" may stand for: people or things in the plural ("The judges"), an institution
    /// ("the Clinton campaign", "NATO") or names joined by "and"; not one person or one thing
    /// ("The plan").
    many: bool,
}

impl<'d> Resolver<'d> {
    pub fn new(doc: &'d Doc, speakers: &[Mention]) -> Self {
        let mut resolver = Resolver {
            doc,
            full_names: HashMap::default(),
            anchors: Vec::new(),
            speakers: Vec::new(),
            described_speakers: Vec::new(),
            titled: Vec::new(),
        };
        resolver.collect_names();
        for s in 0..doc.sentences.len() {
            let tokens = doc.sentence_tokens(s);
            if tokens.len() < 3 {
                continue;
            }
            // A description subject ("The board") can be what "it" or "they" stands for, and
            // "he" or "she" only when it is one person ("Her husband", "The woman").
            let subject = mentions::clause_subject(doc, tokens.end - 1)
                .or_else(|| reporting_subject(doc, tokens.clone()));
            match subject {
                Some(ref subject) if subject.kind == MentionKind::Name => {
                    let anchor = resolver.name_anchor(subject);
                    resolver.anchors.push(anchor);
                }
                Some(ref subject) if subject.kind == MentionKind::Description => {
                    let head = doc.lower(subject.head(doc));
                    // Not "The two", "The newspaper's editorial board" or "The campaign",
                    // which "they" may stand for.
                    let many = head.ends_with('s')
                        || lexicon::is_organisation_word(head)
                        || lexicon::stands_for_people(head)
                        || matches!(head, "two" | "three" | "four" | "both" | "couple" | "pair");
                    let gender = subject.person_noun_gender(doc);
                    resolver.anchors.push(Anchor {
                        at: subject.tokens.start,
                        name: resolver.text(subject),
                        person: gender.is_some(),
                        gender,
                        many,
                    });
                    if gender.is_none()
                        && let Some(agent) = passive_agent(doc, subject, tokens)
                    {
                        let anchor = resolver.name_anchor(&agent);
                        resolver.anchors.push(anchor);
                    }
                }
                _ => {}
            }
        }
        // "said Megumi's mother", "a spokesperson for the association said": a speaker who is
        // one person by a noun that says so, for a later "she" or "he".
        for m in speakers {
            let gender = m.person_noun_gender(doc);
            // A spokesperson or an aide is one person too, of either gender: only one not named
            // before, with whom they speak for ("a spokesman for …"). "The aide" is most often
            // someone named already, and "a top aide" left unnamed seldom the "she" after.
            let speaks_for = m.kind == MentionKind::Description
                && matches!(doc.lower(m.tokens.start), "a" | "an" | "one")
                && m.tokens.clone().take(3).any(|t| {
                    let w = doc.lower(t);
                    lexicon::speaks_for(w)
                        && !w.ends_with('s')
                        && !w.ends_with("men")
                        && t + 1 < m.tokens.end
                        && matches!(doc.lower(t + 1), "for" | "to")
                });
            if gender.is_some() || speaks_for {
                resolver.anchors.push(Anchor {
                    at: m.tokens.start,
                    name: resolver.text(m),
                    person: true,
                    gender,
                    many: false,
                });
            }
        }
        resolver.described_speakers = speakers
            .iter()
            .filter(|m| m.kind == MentionKind::Description)
            .map(|m| DescribedSpeaker {
                at: m.tokens.start,
                head: doc.lower(m.head(doc)).to_owned(),
                text: resolver.text(m),
            })
            .collect();
        for m in speakers.iter().filter(|m| m.kind == MentionKind::Name) {
            // "the 64-year-old Republican": a member the words do not name is no named speaker
            // that a description elsewhere may stand for.
            if resolver.member_lead(m).is_some() {
                continue;
            }
            let anchor = resolver.name_anchor(m);
            resolver.speakers.push(NamedSpeaker {
                at: m.tokens.start,
                name: anchor.name.clone(),
                person: anchor.person,
            });
            resolver.anchors.push(anchor);
        }
        order::sort_by_key(&mut resolver.anchors, |a| a.at);
        order::sort_by_key(&mut resolver.speakers, |s| s.at);
        resolver
    }

    /// What a later pronoun may take from a name: its fullest form, whether it is one person
    /// and of which gender, or many.
    fn name_anchor(&self, m: &Mention) -> Anchor {
        let name = self.full_name(m);
        let institution = self.is_institution(m);
        let described = self.person_in_apposition(m);
        let person = !institution && (self.is_person_if_no_institution(m) || described.is_some());
        let gender = person
            .then(|| gender_of(self.doc, m, &name).or(described))
            .flatten();
        let many = institution || name.contains(" and ");
        Anchor {
            at: m.tokens.start,
            name,
            person,
            gender,
            many,
        }
    }

    /// The name to show for a speaker mention.
    pub fn resolve(&self, mention: &Mention) -> String {
        let at = mention.tokens.start;
        let text = self.text(mention);
        match mention.kind {
            MentionKind::Name => match self.member_lead(mention) {
                Some(start) => self.text(&Mention {
                    tokens: start..mention.tokens.end,
                    kind: MentionKind::Description,
                }),
                None => self.full_name(mention),
            },
            MentionKind::Pronoun => {
                let lower = text.to_lowercase();
                let lower = lexicon::bare_pronoun(&lower).unwrap_or(&lower).to_owned();
                if matches!(lower.as_str(), "who" | "which")
                    && let Some(name) = self.antecedent_of_who(at)
                {
                    return name;
                }
                let wants_person = matches!(lower.as_str(), "he" | "she" | "who" | "i");
                // "he" is not the last person named if her name says she is a woman.
                let contradicts = match lower.as_str() {
                    "he" => Some(Gender::Female),
                    "she" => Some(Gender::Male),
                    _ => None,
                };
                // "they" is not one thing ("The plan would …, supporters said. …, they argue"),
                // nor one person, nor a capitalised word that opens a sentence ("Could").
                let wants_group = lower == "they";
                let fits = |a: &&Anchor| {
                    a.at < at
                        && (a.person || !wants_person)
                        && (!wants_group || a.many)
                        && (contradicts.is_none() || a.gender != contradicts)
                };
                // "Mr Howard denied Mr Yeo … said the plans "stink". He also said …": "also"
                // goes on with who the sentence before was about, its first person who fits,
                // not one it reports.
                let doc = self.doc;
                let sentence = doc.tokens[at].sentence;
                let goes_on = at + 1 < doc.tokens.len()
                    && doc.is_word(at + 1)
                    && doc.lower(at + 1) == "also"
                    && sentence > 0
                    && doc.sentence_tokens(sentence).start == at;
                let before = goes_on
                    .then(|| {
                        let previous = doc.sentence_tokens(sentence - 1);
                        self.anchors
                            .iter()
                            .filter(|a| previous.contains(&a.at))
                            .find(fits)
                    })
                    .flatten();
                before
                    .or_else(|| self.anchors.iter().rev().find(fits))
                    .map(|a| a.name.clone())
                    .unwrap_or(text)
            }
            // Only a singular definite description stands for one named person: "the chief of
            // the coalition" does, "NATO leaders" and "a spokesman" do not.
            MentionKind::Description if !self.is_definite_singular(mention) => text,
            // "the company", "the Trump campaign": an institution, shown as written. Not the
            // person last named; nor the institution last named, which proved wrong as often
            // as right ("the campaign" is rarely the newspaper quoted before it).
            MentionKind::Description
                if lexicon::is_organisation_word(self.doc.lower(mention.head(self.doc))) =>
            {
                text
            }
            // "the report states", "the email began": a written thing, shown as written.
            MentionKind::Description
                if lexicon::is_document_word(self.doc.lower(mention.head(self.doc))) =>
            {
                text
            }
            MentionKind::Description => {
                let head = mention.head(self.doc);
                let head_word = self.doc.lower(head);
                let title = lexicon::canonical_title(head_word);
                if let Some(name) = self.appositive_of(mention) {
                    return name;
                }
                if let Some(name) = self.titled_before(mention) {
                    return name;
                }
                // "The Vermont senator", "the Tory leader": a title the article gave nobody
                // named with that qualifier is shown as written, not as the speaker nearest.
                if title.is_some()
                    && (mention.tokens.start + 1..head).any(|t| self.doc.is_capitalised(t))
                {
                    return text;
                }
                // "the official", "the voice", "the source": most often someone the article
                // never names, not the person it named last.
                if lexicon::is_unnamed_role(head_word) {
                    return text;
                }
                // "the statement added": the statement of whoever was last said to make one
                // ("the White House said in a statement").
                if head_word == "statement"
                    && let Some(name) = self.maker_of_statement_before(at)
                {
                    return name;
                }
                // "said one legal expert, … the expert warned": the speaker last described by
                // the same noun, not a name said since. (A statement's maker is found above.)
                if mention.tokens.len() == 2
                    && head_word != "statement"
                    && self.doc.lower(mention.tokens.start) == "the"
                    && let Some(described) = self
                        .described_speakers
                        .iter()
                        .rev()
                        .find(|d| d.at < at && d.head == head_word)
                {
                    return described.text.clone();
                }
                let sentence = self.doc.tokens[at].sentence;
                let paragraph =
                    |t: usize| self.doc.sentences[self.doc.tokens[t].sentence].paragraph as isize;
                let here = paragraph(at);
                // "the firm", "the airline": a business, not the analyst quoted after it.
                let business = lexicon::is_business_noun(head_word);
                self.speakers
                    .iter()
                    .filter(|s| {
                        self.doc.tokens[s.at].sentence != sentence && !(business && s.person)
                    })
                    .min_by_key(|s| ((paragraph(s.at) - here).abs(), s.at < at))
                    // "the chancellor" is not Oliver Letwin, whom the article calls the shadow
                    // chancellor, nor "the prime minister" Robin Cook, the former foreign
                    // secretary: shown as written.
                    .filter(|s| {
                        title.is_none_or(|title| !self.titled_otherwise(&s.name, title, mention))
                    })
                    .map(|s| s.name.clone())
                    .unwrap_or(text)
            }
        }
    }

    /// The name to show for whoever frames a scare quote ("what he called the “crisis”"). A
    /// framing is a clause inside its sentence, so "he" or "she" there is the person its
    /// sentence names, even out of subject position ("threats by the education secretary,
    /// Gavin Williamson, over what he called …"): the sentence's subject when it is a person
    /// who fits, else the nearest person named before in the sentence who fits, else as
    /// [`resolve`](Self::resolve) finds it.
    pub fn resolve_framer(&self, mention: &Mention) -> String {
        let doc = self.doc;
        let at = mention.tokens.start;
        let pronoun = (mention.kind == MentionKind::Pronoun)
            .then(|| lexicon::bare_pronoun(doc.lower(at)))
            .flatten();
        let contradicts = match pronoun {
            Some("he") => Gender::Female,
            Some("she") => Gender::Male,
            _ => return self.resolve(mention),
        };
        let sentence = doc.sentence_tokens(doc.tokens[at].sentence);
        let subject = self
            .anchors
            .iter()
            .rev()
            .take_while(|a| a.at >= sentence.start)
            .find(|a| a.at < at && a.person && a.gender != Some(contradicts))
            .map(|a| a.name.clone());
        let mut end = at;
        let named = std::iter::from_fn(|| {
            while end > sentence.start {
                let found = mentions::phrase_ending_at(doc, end, sentence.start)
                    .filter(|m| m.kind == MentionKind::Name);
                end -= 1;
                if let Some(m) = found {
                    end = m.tokens.start;
                    return Some(m);
                }
            }
            None
        })
        .map(|m| (self.full_name(&m), m))
        .find(|(name, m)| self.is_person(m) && gender_of(doc, m, name) != Some(contradicts))
        .map(|(name, _)| name);
        subject.or(named).unwrap_or_else(|| self.resolve(mention))
    }

    /// `Ben Carson, the physician who …`: the name the description stands beside, when that
    /// name opens its sentence or clause (not `an interview with Mika Brzezinski, the
    /// candidate said`, nor `Appearing on Face the Nation, the front-runner said`).
    fn appositive_of(&self, mention: &Mention) -> Option<String> {
        let doc = self.doc;
        let start = mention.tokens.start;
        let floor = doc.sentence_tokens(doc.tokens[start].sentence).start;
        (start > floor + 1 && doc.is_punct(start - 1, ','))
            .then(|| mentions::phrase_ending_at(doc, start - 1, floor))
            .flatten()
            .filter(|m| {
                let before = m.tokens.start;
                m.kind == MentionKind::Name
                    && self.is_person(m)
                    && (before == floor || !doc.is_word(before - 1))
            })
            .map(|m| self.full_name(&m))
    }

    /// `a senior Republican said`, `one Democrat`, `the 64-year-old Republican said`: a party's
    /// or a service's member after an article or "one", perhaps with lower-case words or an
    /// age between, is someone the words do not name, not the one last named so ("one
    /// Washington Republican"); the start of the phrase.
    fn member_lead(&self, mention: &Mention) -> Option<usize> {
        let doc = self.doc;
        let start = mention.tokens.start;
        if mention.tokens.len() != 1 || !lexicon::is_member_word(doc.lower(start)) {
            return None;
        }
        let is_age = |t: usize| doc.is_word(t) && doc.lower(t).ends_with("-year-old");
        let between = |t: usize| mentions::is_plain_noun(doc, t) || is_age(t);
        (start.saturating_sub(3)..start)
            .rev()
            .take_while(|&t| doc.is_lowercase_word(t) || is_age(t))
            .find(|&t| {
                lexicon::is_article(doc.lower(t)) || matches!(doc.lower(t), "one" | "another")
            })
            .filter(|&a| (a + 1..start).all(between))
    }

    /// "the chief of the coalition"; not an owner's ("the state's Republican governor", "the
    /// ad's narrator"), which is shown as written.
    fn is_definite_singular(&self, mention: &Mention) -> bool {
        let doc = self.doc;
        let head = doc.lower(mention.head(doc));
        doc.lower(mention.tokens.start) == "the"
            && !head.ends_with('s')
            && !lexicon::is_small_count(head)
            && !mention
                .tokens
                .clone()
                .any(|t| doc.is_word(t) && lexicon::is_possessive(doc.lower(t)))
    }

    fn text(&self, mention: &Mention) -> String {
        let tokens = &self.doc.tokens;
        self.doc
            .text(tokens[mention.tokens.start].start..tokens[mention.tokens.end - 1].end)
    }
}

fn strip_possessive(text: &str) -> &str {
    text.strip_suffix("'s")
        .or_else(|| text.strip_suffix("’s"))
        .or_else(|| text.strip_suffix('’'))
        .unwrap_or(text)
}
