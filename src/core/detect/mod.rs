//! Suggestions: quotations with their speakers and cues, scare quotes with whose framing they
//! are, and claims, found in an article's text by rules (no model, no network).
//!
//! Every range in the results counts **code points** from the start of the document (the unit
//! of [`CharRange`] and of stored annotations). Quotation ranges include their marks; a
//! quotation that runs over several paragraphs gives one finding per paragraph. A speaker has
//! the mention the text gives (`he`, `the chief of the military coalition`) and the name it
//! resolves to (`NATO Secretary General Jens Stoltenberg`).
//!
//! [`detect`] runs to the end at once; a [`DetectionJob`] does the same work in slices, so a
//! page can stay responsive on a long article and show progress.

mod attribution;
mod claims;
mod lexicon;
mod marks;
mod mentions;
pub mod messages;
mod resolve;
mod tokens;
mod word_flags;

use std::ops::Range;

/// Whether a word (lower-cased) is a title or honorific ("secretary", "sen."), for other
/// modules that read names.
pub fn is_title_word(lower: &str) -> bool {
    lexicon::is_title(lower)
}

use super::annotation::QuoteType;
use super::article::{Article, BlockKind};
use super::offsets::{CharOffset, CharRange};
use attribution::{Analysis, Class};
use mentions::Mention;
use tokens::Doc;

/// Who a quotation or claim is attributed to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The name to show: the mention resolved to the fullest name the article gives.
    pub name: String,
    /// Where the text names the speaker for this quotation.
    pub mention: CharRange,
    /// The words of the mention ("he", "Stoltenberg").
    pub mention_text: String,
}

/// The reporting verb or phrase ("said", "according to", ":").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cue {
    pub text: String,
    pub range: CharRange,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteFinding {
    pub range: CharRange,
    pub quote_type: QuoteType,
    pub speaker: Option<Speaker>,
    pub cue: Option<Cue>,
    /// How many sentences before the quotation its speaker is named (0: in its own sentence,
    /// or after it).
    pub sentences_back: usize,
    /// Whether the speaker was found because the quotation's words come inside another
    /// quotation of theirs, or inside what a claim of theirs reports (a headline's), not by a
    /// cue of its own (`cue` is then the other's).
    pub echoes: bool,
}

/// Which rule took a quotation for a scare quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ScareRule {
    /// After a word by which the writer keeps a distance ("so-called", "supposed"), or after
    /// "known as" before a term in lower case (the trade's jargon).
    Distanced,
    /// Named as someone's framing ("what Washington calls the …", "… as X called it").
    NamedFraming,
    /// A short quotation that nobody in reach is said to say.
    NoSpeaker,
}

impl ScareRule {
    pub const ALL: [ScareRule; 3] = [
        ScareRule::Distanced,
        ScareRule::NamedFraming,
        ScareRule::NoSpeaker,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ScareRule::Distanced => "distanced",
            ScareRule::NamedFraming => "named_framing",
            ScareRule::NoSpeaker => "no_speaker",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScareFinding {
    pub range: CharRange,
    /// The rule that found it.
    pub rule: ScareRule,
    /// Whose framing the term is, when the text says ("Washington" in "what Washington calls").
    pub attributed_to: Option<Speaker>,
    /// The word of the framing ("calls", "so-called"), when there is one.
    pub cue: Option<Cue>,
}

/// What a claim sentence reports someone as saying or believing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportedSpeech {
    pub content: CharRange,
    pub speaker: Option<Speaker>,
    pub cue: Cue,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClaimFinding {
    /// The sentence.
    pub range: CharRange,
    /// Present when the sentence reports speech or belief; absent for a checkable fact.
    pub reported: Option<ReportedSpeech>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Detection {
    pub quotes: Vec<QuoteFinding>,
    pub scare_quotes: Vec<ScareFinding>,
    pub claims: Vec<ClaimFinding>,
}

/// Everything the rules find in `article`.
pub fn detect(article: &Article) -> Detection {
    let mut job = DetectionJob::new(article);
    while job.advance(usize::MAX).is_none() {}
    job.finish()
}

/// Detection in slices: [`advance`](Self::advance) does up to a given number of steps (one
/// quotation or one sentence each) and reports progress, then [`finish`](Self::finish) gives
/// the result.
pub struct DetectionJob {
    doc: Doc,
    searchable: Vec<bool>,
    analyses: Vec<Analysis>,
    claims: Vec<claims::Claim>,
    next_sentence: usize,
}

impl DetectionJob {
    /// Prepares the text (paragraphs, words, sentences, quotation marks): one pass.
    pub fn new(article: &Article) -> Self {
        let headline = article
            .blocks()
            .iter()
            .find(|b| b.kind == BlockKind::Headline)
            .map(|b| b.range.start().get());
        let doc = Doc::new(article.text(), headline);
        // Claims are searched in the body and headline only, not captions or site chrome.
        let searchable = doc
            .paragraphs
            .iter()
            .map(|p| {
                article.blocks().iter().any(|b| {
                    matches!(b.kind, BlockKind::Paragraph | BlockKind::Headline)
                        && b.range.start().get() <= p.start
                        && p.end <= b.range.end().get()
                })
            })
            .collect();
        Self {
            doc,
            searchable,
            analyses: Vec::new(),
            claims: Vec::new(),
            next_sentence: 0,
        }
    }

    /// The number of steps the whole job takes.
    pub fn total_steps(&self) -> usize {
        self.doc.quotes.len() + self.doc.sentences.len()
    }

    pub fn steps_done(&self) -> usize {
        self.analyses.len() + self.next_sentence
    }

    /// Does up to `steps` steps; `Some(())` once every step is done.
    pub fn advance(&mut self, steps: usize) -> Option<()> {
        let mut budget = steps;
        while budget > 0 && self.analyses.len() < self.doc.quotes.len() {
            let q = self.analyses.len();
            self.analyses.push(attribution::analyse_one(&self.doc, q));
            budget -= 1;
        }
        while budget > 0 && self.next_sentence < self.doc.sentences.len() {
            let s = self.next_sentence;
            if self.searchable[self.doc.sentences[s].paragraph] {
                self.claims.extend(claims::in_sentence(&self.doc, s));
            }
            self.next_sentence += 1;
            budget -= 1;
        }
        (self.steps_done() == self.total_steps()).then_some(())
    }

    /// Borrows speakers between quotations, resolves every speaker and returns the findings.
    ///
    /// # Panics
    /// When called before [`advance`](Self::advance) has reported that every step is done.
    pub fn finish(mut self) -> Detection {
        assert_eq!(
            self.steps_done(),
            self.total_steps(),
            "finish before the last step"
        );
        attribution::borrow_speakers(&self.doc, &mut self.analyses);
        attribution::coordinated(&self.doc, &mut self.analyses);
        attribution::echoes(&self.doc, &mut self.analyses);
        attribution::headline_quotes(&self.doc, &mut self.analyses, &self.claims);
        attribution::after_reports(&self.doc, &mut self.analyses, &self.claims);
        let doc = &self.doc;
        let named: Vec<Mention> = self
            .analyses
            .iter()
            .filter_map(|a| a.speaker.clone())
            .chain(
                self.claims
                    .iter()
                    .filter_map(|c| c.reported.as_ref()?.speaker.clone()),
            )
            .collect();
        let resolver = resolve::Resolver::new(doc, &named);
        let speaker = |m: &Mention| Speaker {
            name: resolver.resolve(m),
            mention: token_range(doc, &m.tokens),
            mention_text: doc.text(char_span(doc, &m.tokens)),
        };
        let cue = |tokens: &Range<usize>| {
            let tokens = with_particle(doc, tokens);
            Cue {
                text: doc.text(char_span(doc, &tokens)),
                range: token_range(doc, &tokens),
            }
        };
        let mut detection = Detection::default();
        for (span, analysis) in doc.quotes.iter().zip(&self.analyses) {
            let range = to_range(span.start..span.end);
            let quote_type = match &analysis.class {
                Class::Direct => QuoteType::Direct,
                Class::Partial => QuoteType::Partial,
                Class::Scare { by, rule } => {
                    detection.scare_quotes.push(ScareFinding {
                        range,
                        rule: *rule,
                        attributed_to: by.as_ref().map(|m| Speaker {
                            name: resolver.resolve_framer(m),
                            ..speaker(m)
                        }),
                        cue: analysis.cue.as_ref().map(cue),
                    });
                    continue;
                }
                Class::Title | Class::Mentioned => continue,
            };
            let sentence = doc.tokens[doc.token_at_or_after(span.start)].sentence;
            let sentences_back = analysis.speaker.as_ref().map_or(0, |m| {
                sentence.saturating_sub(doc.tokens[m.tokens.start].sentence)
            });
            detection.quotes.push(QuoteFinding {
                range,
                quote_type,
                speaker: analysis.speaker.as_ref().map(speaker),
                cue: analysis.cue.as_ref().map(cue),
                sentences_back,
                echoes: analysis.echoes,
            });
        }
        for claim in &self.claims {
            detection.claims.push(ClaimFinding {
                range: to_range(doc.sentence_range(claim.sentence)),
                reported: claim.reported.as_ref().map(|r| ReportedSpeech {
                    content: token_range(doc, &r.content),
                    speaker: r.speaker.as_ref().map(speaker),
                    cue: cue(&r.cue),
                }),
            });
        }
        detection
    }
}

/// A one-word cue with the particle that makes it report ("went on", "chimed in", "fired
/// back"), as the reader says it.
fn with_particle(doc: &Doc, tokens: &Range<usize>) -> Range<usize> {
    let particle = tokens.end;
    let reports_with = |p: &str| {
        let verb = doc.lower(tokens.start);
        lexicon::reporting_particle(verb) == Some(p)
            || p == "on" && matches!(verb, "go" | "goes" | "went" | "going")
    };
    if tokens.len() == 1 && particle < doc.tokens.len() && doc.is_word(particle) {
        let p = doc.lower(particle);
        if reports_with(p) {
            return tokens.start..particle + 1;
        }
    }
    tokens.clone()
}

fn char_span(doc: &Doc, tokens: &Range<usize>) -> Range<usize> {
    doc.tokens[tokens.start].start..doc.tokens[tokens.end - 1].end
}

fn token_range(doc: &Doc, tokens: &Range<usize>) -> CharRange {
    to_range(char_span(doc, tokens))
}

fn to_range(span: Range<usize>) -> CharRange {
    CharRange::new(CharOffset::new(span.start), CharOffset::new(span.end))
}
