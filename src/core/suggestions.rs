//! Suggestions: what the detector found, as annotations the reader may accept, edit or reject.
//!
//! A suggestion is identified by a [`SuggestionKey`] made of its kind and its range (code
//! points), which stays valid as long as the document's text does (a changed text is another
//! document). Rejected keys are stored with the document, so a rejected suggestion stays
//! rejected. A suggestion is not offered while an annotation of the same kind already covers
//! most of it: the reader has made it, or accepted it, already.

use std::collections::BTreeSet;
use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::annotation::{Annotation, AnnotationId, Kind, Origin, QuoteType};
use super::article::Article;
use super::detect::Detection;
use super::offsets::CharRange;
use super::order;
use super::reasons::{self, Confidence, Reason, Suggested};
use super::time::Timestamp;

/// `kind:start-end`, e.g. `quote:120-151`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SuggestionKey(Rc<str>);

impl SuggestionKey {
    pub fn new(kind: Kind, range: CharRange) -> Self {
        Self(Rc::from(format!(
            "{}:{}-{}",
            kind.as_str(),
            range.start(),
            range.end()
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SuggestionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One suggested annotation, with the fields the detector could fill in. It crosses from the
/// detection worker to the page with serde.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    pub key: SuggestionKey,
    pub kind: Kind,
    pub range: CharRange,
    pub quote_type: Option<QuoteType>,
    pub speaker: Option<String>,
    pub cue: Option<String>,
    pub attributed_to: Option<String>,
    /// Why the rules suggest it, and how sure they are.
    pub reason: Reason,
    pub confidence: Confidence,
}

impl Suggestion {
    fn new(kind: Kind, range: CharRange, (reason, confidence): (Reason, Confidence)) -> Self {
        Self {
            key: SuggestionKey::new(kind, range),
            kind,
            range,
            quote_type: None,
            speaker: None,
            cue: None,
            attributed_to: None,
            reason,
            confidence,
        }
    }

    /// The annotation accepting this suggestion makes (`origin: "suggested"`).
    ///
    /// # Panics
    /// When the suggestion's range lies outside `article` (it was found in another text).
    pub fn accept(&self, id: AnnotationId, article: &Article, now: &Timestamp) -> Annotation {
        let mut annotation = Annotation::new(id, self.kind, self.range, article, now);
        annotation.origin = Origin::Suggested;
        annotation.quote_type = self.quote_type.or(annotation.quote_type);
        annotation.speaker = self.speaker.clone();
        annotation.cue = self.cue.clone();
        annotation.attributed_to = self.attributed_to.clone();
        annotation.suggested = Some(Suggested {
            reason: self.reason.clone(),
            confidence: self.confidence,
        });
        annotation
    }

    /// Whether `annotation` already stands for this suggestion: the same range (whatever its
    /// label: the reader may have relabelled it), or the same kind covering at least half of
    /// it (a quote marked without its quotation marks still counts).
    pub fn is_covered_by(&self, annotation: &Annotation) -> bool {
        let Some(range) = annotation.range() else {
            return false;
        };
        if range == self.range {
            return true;
        }
        if annotation.kind != self.kind {
            return false;
        }
        let shared = range.end().min(self.range.end()).get() as isize
            - range.start().max(self.range.start()).get() as isize;
        shared > 0 && shared as usize * 2 >= self.range.len()
    }
}

/// Every suggestion of a detection on `article`, in document order: quotations, scare quotes
/// and claims.
pub fn from_detection(detection: &Detection, article: &Article) -> Vec<Suggestion> {
    let mut out = Vec::new();
    for q in &detection.quotes {
        let mut s = Suggestion::new(Kind::Quote, q.range, reasons::of_quote(q));
        s.quote_type = Some(q.quote_type);
        s.speaker = q.speaker.as_ref().map(|p| p.name.clone());
        s.cue = q.cue.as_ref().map(|c| c.text.clone());
        out.push(s);
    }
    for scare in &detection.scare_quotes {
        let mut s = Suggestion::new(
            Kind::ScareQuote,
            scare.range,
            reasons::of_scare(scare, article),
        );
        s.attributed_to = scare.attributed_to.as_ref().map(|p| p.name.clone());
        s.cue = scare.cue.as_ref().map(|c| c.text.clone());
        out.push(s);
    }
    for claim in &detection.claims {
        let mut s = Suggestion::new(Kind::Claim, claim.range, reasons::of_claim(claim));
        if let Some(reported) = &claim.reported {
            s.speaker = reported.speaker.as_ref().map(|p| p.name.clone());
            s.cue = Some(reported.cue.text.clone());
        }
        out.push(s);
    }
    order::sort_by_key(&mut out, |s| {
        (s.range.start(), std::cmp::Reverse(s.range.end()), s.kind)
    });
    out.dedup_by(|a, b| a.key == b.key);
    out
}

/// The suggestions still to offer: not rejected, and not already made into annotations.
///
/// Annotations are sorted by start once, so each suggestion looks only at those that can
/// overlap it (starting less than the longest annotation's length before it): thousands of
/// suggestions against thousands of annotations stay fast enough to redo on every edit.
pub fn pending<'a>(
    all: &'a [Suggestion],
    annotations: impl Iterator<Item = &'a Annotation>,
    rejected: &BTreeSet<SuggestionKey>,
) -> Vec<&'a Suggestion> {
    let mut by_start: Vec<&Annotation> = annotations.collect();
    order::sort_by_key(&mut by_start, |a| a.start);
    let longest = by_start.iter().map(|a| a.len_chars()).max().unwrap_or(0);
    all.iter()
        .filter(|s| !rejected.contains(&s.key))
        .filter(|s| {
            let from = by_start.partition_point(|a| a.start + longest < s.range.start());
            let to = by_start.partition_point(|a| a.start < s.range.end());
            !by_start[from..to.max(from)]
                .iter()
                .any(|a| s.is_covered_by(a))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::bundled::NATO_DIALOGUE_TEXT;
    use crate::core::detect::detect;

    fn bundled() -> (Article, Vec<Suggestion>) {
        let article = Article::parse(NATO_DIALOGUE_TEXT);
        let suggestions = from_detection(&detect(&article), &article);
        (article, suggestions)
    }

    #[test]
    fn accepting_fills_in_speaker_cue_and_origin() {
        let (article, suggestions) = bundled();
        let quote = suggestions
            .iter()
            .find(|s| s.kind == Kind::Quote && s.cue.as_deref() == Some("noting"))
            .unwrap();
        let a = quote.accept(
            AnnotationId::from_random_bytes([7; 16]),
            &article,
            &Timestamp::from_unix_millis(0),
        );
        assert_eq!(a.origin, Origin::Suggested);
        assert_eq!(a.quote_type, Some(QuoteType::Direct));
        assert!(a.speaker.as_deref().unwrap().ends_with("Stoltenberg"));
        assert!(a.exact.starts_with("“They all conveyed"));
    }

    #[test]
    fn rejected_and_already_annotated_suggestions_are_not_offered() {
        let (article, suggestions) = bundled();
        let scare = suggestions
            .iter()
            .find(|s| s.kind == Kind::ScareQuote)
            .unwrap();
        let quote = suggestions.iter().find(|s| s.kind == Kind::Quote).unwrap();
        let mut made = scare.accept(
            AnnotationId::from_random_bytes([1; 16]),
            &article,
            &Timestamp::from_unix_millis(0),
        );
        // The reader marked it without the quotation marks: still covered.
        made.start = made.start + 1;
        made.end = crate::core::offsets::CharOffset::new(made.end.get() - 1);
        let rejected = BTreeSet::from([quote.key.clone()]);
        let offered = pending(&suggestions, std::iter::once(&made), &rejected);
        assert_eq!(offered.len(), suggestions.len() - 2);
        assert!(
            offered
                .iter()
                .all(|s| s.key != scare.key && s.key != quote.key)
        );
    }

    #[test]
    fn the_windowed_search_finds_what_a_full_scan_finds() {
        let (article, suggestions) = bundled();
        // Every other suggestion made into an annotation, some of them shifted or relabelled.
        let made: Vec<Annotation> = suggestions
            .iter()
            .step_by(2)
            .enumerate()
            .map(|(i, s)| {
                let mut a = s.accept(
                    AnnotationId::from_random_bytes([i as u8; 16]),
                    &article,
                    &Timestamp::from_unix_millis(0),
                );
                if i % 3 == 1 {
                    a.start = a.start + 2;
                }
                if i % 3 == 2 {
                    a.kind = Kind::Claim;
                }
                a
            })
            .collect();
        let fast = pending(&suggestions, made.iter(), &BTreeSet::new());
        let slow: Vec<&Suggestion> = suggestions
            .iter()
            .filter(|s| !made.iter().any(|a| s.is_covered_by(a)))
            .collect();
        assert_eq!(fast, slow);
        assert!(fast.len() < suggestions.len() && !fast.is_empty());
    }

    #[test]
    fn keys_name_the_kind_and_the_code_point_range() {
        let (_, suggestions) = bundled();
        let scare = suggestions
            .iter()
            .find(|s| s.kind == Kind::ScareQuote)
            .unwrap();
        assert_eq!(
            scare.key.as_str(),
            format!("scare_quote:{}-{}", scare.range.start(), scare.range.end())
        );
    }
}
