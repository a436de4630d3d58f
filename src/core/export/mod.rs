//! Getting annotations out: our own JSON, W3C Web Annotation, CSV and brat standoff.
//!
//! Every format counts offsets in code points (`start` inclusive, `end` exclusive), the unit
//! of the W3C `TextPositionSelector`. Each exporter is a pure function of the document and
//! its annotations; the browser only downloads the text it returns.

pub mod brat;
pub mod csv;
pub mod quotemark_json;
pub mod w3c;

use serde::{Deserialize, Serialize};

use super::anchoring::SearchText;
use super::annotation::Annotation;
use super::offsets::{CharOffset, CharRange};

/// What every export says about the document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentInfo {
    /// `sha256:` and the hex digest of the UTF-8 text.
    pub id: String,
    pub title: String,
    /// Where the article came from, when known.
    pub source: Option<String>,
    /// The text's length in code points.
    pub length: usize,
}

impl DocumentInfo {
    pub fn of(text: &str, title: &str, source: Option<&str>) -> Self {
        Self {
            id: super::saved::document_id(text),
            title: title.to_owned(),
            source: source.map(str::to_owned),
            length: text.chars().count(),
        }
    }
}

/// The context of an annotation in the text, for the quote selector.
pub(crate) fn context(text: &SearchText, a: &Annotation) -> (String, String) {
    let end = a.end.min(text.len_chars());
    let range = CharRange::new(CharOffset::new(a.start.min(end)), CharOffset::new(end));
    let quote = text.quote_selector(range);
    (quote.prefix, quote.suffix)
}

/// A file name from the article's title: lower-case words joined by hyphens, at most 60
/// characters, `annotations` when the title has no letters or digits.
pub fn file_stem(title: &str) -> String {
    let words: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let mut stem = String::new();
    for word in words {
        if stem.chars().count() + word.chars().count() + 1 > 60 {
            break;
        }
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word);
    }
    if stem.is_empty() {
        "annotations".into()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_stems_are_short_hyphenated_and_never_empty() {
        assert_eq!(
            file_stem("NATO, Trump agree on dialogue with Russia: Stoltenberg"),
            "nato-trump-agree-on-dialogue-with-russia-stoltenberg"
        );
        assert_eq!(file_stem("“…” — !"), "annotations");
        assert_eq!(file_stem("Élysée: l’accord"), "élysée-l-accord");
        assert!(file_stem(&"word ".repeat(40)).chars().count() <= 60);
    }
}
