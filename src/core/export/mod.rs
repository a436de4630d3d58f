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
use super::library::IndexEntry;
use super::time::Timestamp;

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

impl DocumentInfo {
    /// What the library knows of the document: its id, title and source address.
    pub fn of_entry(entry: &IndexEntry, text: &str) -> Self {
        Self {
            id: entry.id.clone(),
            title: entry.title.clone(),
            source: entry.source.clone(),
            length: text.chars().count(),
        }
    }
}

/// The export formats, as the Export menu offers them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    Quotemark,
    W3c,
    Csv,
    Brat,
    /// Quotemark JSON, copied to the clipboard.
    CopyJson,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 5] = [
        ExportFormat::Quotemark,
        ExportFormat::W3c,
        ExportFormat::Csv,
        ExportFormat::Brat,
        ExportFormat::CopyJson,
    ];
}

/// One file of an export.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportFile {
    pub name: String,
    pub mime_type: &'static str,
    pub contents: String,
}

/// The files exporting `annotations` of the document `entry` (its library entry, which gives
/// the title, source address and id every format records) makes in `format`, at `now`. For
/// [`ExportFormat::CopyJson`], the one file is what is copied.
pub fn files(
    format: ExportFormat,
    entry: &IndexEntry,
    text: &str,
    annotations: &[Annotation],
    now: &Timestamp,
) -> Vec<ExportFile> {
    let stem = file_stem(&entry.title);
    let search = SearchText::new(text);
    let info = DocumentInfo::of_entry(entry, text);
    let file = |name: String, mime_type, contents| ExportFile {
        name,
        mime_type,
        contents,
    };
    match format {
        ExportFormat::Quotemark | ExportFormat::CopyJson => vec![file(
            format!("{stem}.quotemark.json"),
            "application/json",
            quotemark_json::to_string(&quotemark_json::export(&search, info, annotations, now)),
        )],
        ExportFormat::W3c => vec![file(
            format!("{stem}.w3c.jsonld"),
            "application/ld+json",
            w3c::to_string(&w3c::export(&search, &info, annotations, now)),
        )],
        ExportFormat::Csv => vec![file(
            format!("{stem}.csv"),
            "text/csv;charset=utf-8",
            csv::export(&search, annotations),
        )],
        ExportFormat::Brat => {
            let out = brat::export(&search, annotations);
            vec![
                file(format!("{stem}.txt"), "text/plain;charset=utf-8", out.txt),
                file(format!("{stem}.ann"), "text/plain;charset=utf-8", out.ann),
                file(
                    "annotation.conf".to_owned(),
                    "text/plain;charset=utf-8",
                    brat::ANNOTATION_CONF.to_owned(),
                ),
            ]
        }
    }
}

/// The context of an annotation in the text, for the quote selector.
pub(crate) fn context(text: &SearchText, a: &Annotation) -> (String, String) {
    let quote = text.quote_selector(a.range_within(text.len_chars()));
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
