//! The annotation model: what a reader marks in an article and the fields they fill in.
//!
//! `start` and `end` are [`CharOffset`]s: **Unicode code points** from the start of the
//! document, end exclusive (the W3C `TextPositionSelector` unit), stored as plain numbers;
//! `exact` is the text they cover. Times are [`Timestamp`]s given by the caller, and ids are
//! UUID v4 strings made from caller-supplied random bytes, so the model stays pure and
//! testable.

use std::fmt;
use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::offsets::{CharOffset, CharRange};
use super::reasons::Suggested;
use super::time::Timestamp;

/// A UUID v4, as its lower-case hyphenated string.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnnotationId(Rc<str>);

impl AnnotationId {
    /// A version 4 UUID from 16 random bytes (the version and variant bits are set here).
    pub fn from_random_bytes(bytes: [u8; 16]) -> Self {
        let uuid = uuid::Builder::from_random_bytes(bytes).into_uuid();
        Self(Rc::from(uuid.hyphenated().to_string()))
    }

    /// Accepts any UUID string, normalised to lower case; `None` for anything else.
    pub fn parse(text: &str) -> Option<Self> {
        let uuid = uuid::Uuid::try_parse(text).ok()?;
        Some(Self(Rc::from(uuid.hyphenated().to_string())))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for AnnotationId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The three labels a reader gives a span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A statement that can be checked, reported or asserted.
    Claim,
    /// Someone's words, attributed to a speaker.
    Quote,
    /// A term the writer distances themselves from, or attributes as someone's framing.
    ScareQuote,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::Claim, Kind::Quote, Kind::ScareQuote];

    /// The value used in exports and in `data-kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Claim => "claim",
            Kind::Quote => "quote",
            Kind::ScareQuote => "scare_quote",
        }
    }

    /// The label a reader sees, and the toolbar buttons' accessible names.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Claim => "Claim",
            Kind::Quote => "Quote",
            Kind::ScareQuote => "Scare quote",
        }
    }

    /// The keyboard shortcut that gives this label: 1, 2 or 3.
    pub fn shortcut(self) -> char {
        match self {
            Kind::Claim => '1',
            Kind::Quote => '2',
            Kind::ScareQuote => '3',
        }
    }

    pub fn from_shortcut(key: &str) -> Option<Kind> {
        Kind::ALL
            .into_iter()
            .find(|k| key.len() == 1 && key.starts_with(k.shortcut()))
    }

    pub fn parse(text: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// How much of a quote is the speaker's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteType {
    /// The speaker's words, in quotation marks.
    Direct,
    /// A fragment of the speaker's words inside the writer's sentence.
    Partial,
    /// Reported speech without quotation marks.
    Indirect,
}

impl QuoteType {
    pub const ALL: [QuoteType; 3] = [QuoteType::Direct, QuoteType::Partial, QuoteType::Indirect];

    pub fn as_str(self) -> &'static str {
        match self {
            QuoteType::Direct => "direct",
            QuoteType::Partial => "partial",
            QuoteType::Indirect => "indirect",
        }
    }

    pub fn parse(text: &str) -> Option<QuoteType> {
        QuoteType::ALL.into_iter().find(|t| t.as_str() == text)
    }
}

/// Who made an annotation: the reader, or a suggestion the reader accepted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    #[default]
    User,
    Suggested,
}

/// One annotation. Quote fields are kept when the kind changes, so relabelling back and forth
/// loses nothing; exports write them only for the kinds they belong to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Annotation {
    pub id: AnnotationId,
    pub kind: Kind,
    /// First code point, counted from the start of the document.
    pub start: CharOffset,
    /// One past the last code point.
    pub end: CharOffset,
    pub exact: String,
    #[serde(default)]
    pub note: String,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(default)]
    pub speaker: Option<String>,
    #[serde(default)]
    pub cue: Option<String>,
    #[serde(default)]
    pub quote_type: Option<QuoteType>,
    #[serde(default)]
    pub attributed_to: Option<String>,
    #[serde(default)]
    pub origin: Origin,
    pub created: Timestamp,
    pub modified: Timestamp,
    /// True when the annotation's text could not be found in the document (after an import
    /// or a change of the text). Orphans keep their text and their stored offsets (moved
    /// back inside the document when they lay past its end), are listed apart and not
    /// highlighted, until the reader attaches them to a new selection.
    #[serde(default, skip_serializing_if = "is_false")]
    pub orphaned: bool,
    /// Why the rules suggested it, when it was accepted from a suggestion.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggested: Option<Suggested>,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl Annotation {
    /// A new annotation of `kind` over `range` of `document`, made by the reader at `now`.
    /// `exact` is taken from the document, so it always matches the range.
    ///
    /// # Panics
    /// When `range` lies outside `document` (a caller bug: ranges come from the article).
    pub fn new(
        id: AnnotationId,
        kind: Kind,
        range: CharRange,
        document: &super::article::Article,
        now: &Timestamp,
    ) -> Self {
        let exact = document
            .slice(range)
            .expect("range inside the document")
            .to_owned();
        Self {
            id,
            kind,
            start: range.start(),
            end: range.end(),
            exact,
            note: String::new(),
            tags: Vec::new(),
            speaker: None,
            cue: None,
            quote_type: (kind == Kind::Quote).then_some(QuoteType::Direct),
            attributed_to: None,
            origin: Origin::User,
            created: now.clone(),
            modified: now.clone(),
            orphaned: false,
            suggested: None,
        }
    }

    /// The range, when `start <= end` (always, for annotations this app made).
    pub fn range(&self) -> Option<CharRange> {
        CharRange::try_new(self.start, self.end)
    }

    /// The range moved inside a text of `len_chars` code points: an orphan may keep offsets
    /// from another copy of the text.
    pub fn range_within(&self, len_chars: usize) -> CharRange {
        let end = self.end.min(CharOffset::new(len_chars));
        CharRange::new(self.start.min(end), end)
    }

    /// How many code points it covers (0 when its offsets are out of order).
    pub fn len_chars(&self) -> usize {
        self.end.get().saturating_sub(self.start.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::article::Article;
    use crate::core::time::Timestamp;

    #[test]
    fn ids_are_version_4_uuids_and_parse_back() {
        let id = AnnotationId::from_random_bytes([0xAB; 16]);
        let text = id.as_str();
        assert_eq!(text.len(), 36);
        assert_eq!(&text[14..15], "4", "version nibble");
        assert!(
            matches!(&text[19..20], "8" | "9" | "a" | "b"),
            "variant bits"
        );
        assert_eq!(AnnotationId::parse(&text.to_uppercase()), Some(id));
        assert_eq!(AnnotationId::parse("not-a-uuid"), None);
    }

    #[test]
    fn a_new_annotation_takes_its_exact_text_from_the_document_by_code_point() {
        let article = Article::parse("He called it “obsolete,” again.");
        let range = CharRange::new(CharOffset::new(13), CharOffset::new(24));
        let id = AnnotationId::from_random_bytes([1; 16]);
        let a = Annotation::new(
            id,
            Kind::Quote,
            range,
            &article,
            &Timestamp::parse("2026-11-28T00:00:00Z").unwrap(),
        );
        assert_eq!(a.exact, "“obsolete,”");
        assert_eq!(a.quote_type, Some(QuoteType::Direct));
        assert_eq!(a.origin, Origin::User);
    }

    #[test]
    fn kinds_serialise_in_snake_case_and_map_to_shortcuts() {
        assert_eq!(
            serde_json::to_string(&Kind::ScareQuote).unwrap(),
            "\"scare_quote\""
        );
        assert_eq!(Kind::from_shortcut("3"), Some(Kind::ScareQuote));
        assert_eq!(Kind::from_shortcut("4"), None);
        assert_eq!(Kind::from_shortcut("12"), None);
        assert_eq!(Kind::parse("quote"), Some(Kind::Quote));
    }
}
