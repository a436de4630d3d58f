//! The files of one opening sorted out and read (issue #22 item 1): other tools' annotated
//! documents become [`ForeignDocument`]s, each with the tool that wrote it; articles and corpora
//! are left to open as articles do.
//!
//! - brat: a `.ann` with the `.txt` of the same name anywhere in the batch (a dropped folder's
//!   files come flat); a `.txt` without a `.ann` is an article. A `.ann` without its `.txt` is
//!   refused. brat's configuration (`.conf` files) is passed over.
//! - `.tsv`: INCEpTION / WebAnno TSV 3.x.
//! - `.json`: a Label Studio export. An annotation file for one article (Quotemark JSON, W3C,
//!   Hypothesis) carries no text: it is refused here, with the way to import it.
//! - `.jsonl`: doccano's export when a line carries `label` or `entities`; else a corpus of
//!   articles.
//!
//! Each document's text is normalised as every article's is when opened
//! (`opening::normalise`: no byte-order mark, `\n` line ends, no blank lines before or white
//! space after), and its spans are moved with it so that they cover the same characters.

use serde_json::Value;

use super::{ForeignDocument, Place, RefusalReason, brat, doccano, label_studio, webanno_tsv};
use crate::core::corpus::MAX_CORPUS_BYTES;
use crate::core::offsets::{CharOffset, CharRange};
use crate::core::opening::normalise;
use crate::json;

/// The tool a document came from: its label mapping is remembered per tool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tool {
    Brat,
    WebAnnoTsv,
    LabelStudio,
    Doccano,
}

impl Tool {
    /// The key its label mapping is remembered under.
    pub fn key(self) -> &'static str {
        match self {
            Tool::Brat => "brat",
            Tool::WebAnnoTsv => "webanno-tsv",
            Tool::LabelStudio => "label-studio",
            Tool::Doccano => "doccano",
        }
    }

    /// Its name, as its makers write it.
    pub fn name(self) -> &'static str {
        match self {
            Tool::Brat => "brat",
            Tool::WebAnnoTsv => "INCEpTION / WebAnno TSV",
            Tool::LabelStudio => "Label Studio",
            Tool::Doccano => "doccano",
        }
    }
}

/// A file of the batch: its name and its bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BatchFile {
    pub name: String,
    pub bytes: Vec<u8>,
}

/// A document read from a file of the batch.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadDocument {
    pub tool: Tool,
    /// The file it is in (for brat, the `.ann`).
    pub file: String,
    pub document: ForeignDocument,
}

/// A file, or an item of one, that was not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileRefusal {
    pub file: String,
    /// Where in the file; `None` for the whole file.
    pub at: Option<Place>,
    pub reason: NotRead,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NotRead {
    #[error(transparent)]
    Item(#[from] RefusalReason),
    #[error("its text, \u{201c}{0}\u{201d}, was not among the files opened with it")]
    NoTextFile(String),
    #[error("it is empty")]
    Empty,
    #[error("it is not text (not valid UTF-8)")]
    NotText,
    #[error("the browser could not read it (was it moved or deleted?)")]
    Unreadable,
    #[error(
        "it is {} MB; Quotemark reads files of up to {} MB",
        crate::core::units::megabytes(*.bytes),
        MAX_CORPUS_BYTES / 1_048_576
    )]
    TooLarge { bytes: usize },
    #[error(
        "it holds annotations without their text (Quotemark JSON, W3C or Hypothesis): open its article, then use Import"
    )]
    AnnotationsOnly,
    #[error(
        "it is JSON, but not a Label Studio export (an array of tasks with \u{201c}data\u{201d})"
    )]
    UnknownJson,
    #[error("it is not valid JSON ({0})")]
    NotJson(String),
}

/// What a batch held.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ForeignBatch {
    pub documents: Vec<ReadDocument>,
    pub refused: Vec<FileRefusal>,
    /// The files (by their index in the batch) to open as articles or corpora.
    pub articles: Vec<usize>,
    /// Files passed over on purpose (brat's configuration).
    pub passed_over: Vec<String>,
}

/// Whether a file named so may be another tool's (and so needs [`read_batch`]): by its
/// extension alone, before it is read.
pub fn may_be_other_tools(name: &str) -> bool {
    matches!(
        extension(name).as_str(),
        "ann" | "tsv" | "json" | "jsonl" | "conf"
    )
}

/// Whether `bytes` are a Label Studio export (so that a single `.json` dropped to be imported
/// onto the open article opens its tasks instead).
pub fn is_label_studio(bytes: &[u8]) -> bool {
    std::str::from_utf8(bytes)
        .ok()
        .and_then(|text| json::parse::<Value>(text.trim_start_matches('\u{feff}')).ok())
        .is_some_and(|value| is_tasks(&value))
}

/// The names of the brat texts among `names`: `NAME.txt` beside a `NAME.ann`. (The others
/// are articles, which [`read_batch`] only names.)
pub fn brat_texts<'a>(names: impl IntoIterator<Item = &'a str> + Clone) -> Vec<String> {
    let annotated: Vec<String> = names
        .clone()
        .into_iter()
        .filter(|name| extension(name) == "ann")
        .map(stem_of)
        .collect();
    names
        .into_iter()
        .filter(|name| extension(name) == "txt" && annotated.contains(&stem_of(name)))
        .map(str::to_owned)
        .collect()
}

fn stem_of(name: &str) -> String {
    name.rsplit_once('.')
        .map_or(name, |(stem, _)| stem)
        .to_owned()
}

/// Sorts out and reads the files of one opening (see the module docs).
pub fn read_batch(files: &[BatchFile]) -> ForeignBatch {
    let mut batch = ForeignBatch::default();
    let texts = brat_texts(files.iter().map(|f| f.name.as_str()));
    for (index, file) in files.iter().enumerate() {
        let refuse_whole = |reason: NotRead| FileRefusal {
            file: file.name.clone(),
            at: None,
            reason,
        };
        match extension(&file.name).as_str() {
            "conf" => batch.passed_over.push(file.name.clone()),
            "txt" if texts.contains(&file.name) => {}
            "ann" => {
                let stem = stem_of(&file.name);
                let txt_name = format!("{stem}.txt");
                let is_text = |f: &&BatchFile| texts.contains(&f.name) && stem_of(&f.name) == stem;
                let Some(txt) = files.iter().find(is_text) else {
                    batch
                        .refused
                        .push(refuse_whole(NotRead::NoTextFile(txt_name)));
                    continue;
                };
                let (text, ann) = match (text_of(txt), text_of(file)) {
                    (Ok(text), Ok(ann)) => (text, ann),
                    (Err(reason), _) => {
                        batch.refused.push(FileRefusal {
                            file: txt.name.clone(),
                            at: None,
                            reason,
                        });
                        continue;
                    }
                    (_, Err(reason)) => {
                        batch.refused.push(refuse_whole(reason));
                        continue;
                    }
                };
                let read = brat::read(text, ann);
                let document = ForeignDocument {
                    name: stem_of(&file.name),
                    text: text.to_owned(),
                    spans: read.spans,
                };
                batch.add(Tool::Brat, &file.name, vec![document], read.refused);
            }
            "tsv" => match text_of(file) {
                Ok(text) => {
                    let read = webanno_tsv::read(text, &stem_of(&file.name));
                    batch.add(Tool::WebAnnoTsv, &file.name, read.documents, read.refused);
                }
                Err(reason) => batch.refused.push(refuse_whole(reason)),
            },
            "json" => match text_of(file).and_then(json_kind) {
                Ok(()) => {
                    let read = label_studio::read(text_of(file).unwrap_or_default());
                    batch.add(Tool::LabelStudio, &file.name, read.documents, read.refused);
                }
                Err(reason) => batch.refused.push(refuse_whole(reason)),
            },
            "jsonl" => match text_of(file) {
                Ok(text) if is_doccano(text) => {
                    let read = doccano::read(text);
                    batch.add(Tool::Doccano, &file.name, read.documents, read.refused);
                }
                // A corpus of articles, or refused as one is.
                _ => batch.articles.push(index),
            },
            _ => batch.articles.push(index),
        }
    }
    batch
}

impl ForeignBatch {
    fn add(
        &mut self,
        tool: Tool,
        file: &str,
        documents: Vec<ForeignDocument>,
        refused: Vec<super::Refused>,
    ) {
        self.documents
            .extend(documents.into_iter().map(|document| ReadDocument {
                tool,
                file: file.to_owned(),
                document: normalised(document),
            }));
        self.refused
            .extend(refused.into_iter().map(|refused| FileRefusal {
                file: file.to_owned(),
                at: Some(refused.at),
                reason: NotRead::Item(refused.reason),
            }));
    }
}

fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map_or(String::new(), |(_, e)| e.to_lowercase())
}

/// A file's text, or why it has none.
fn text_of(file: &BatchFile) -> Result<&str, NotRead> {
    if file.bytes.len() > MAX_CORPUS_BYTES {
        return Err(NotRead::TooLarge {
            bytes: file.bytes.len(),
        });
    }
    if file.bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(NotRead::Empty);
    }
    match std::str::from_utf8(&file.bytes) {
        Ok(text) if !file.bytes.contains(&0) => Ok(text),
        _ => Err(NotRead::NotText),
    }
}

/// Whether a `.json` file's text is a Label Studio export, or why it is not read here.
fn json_kind(text: &str) -> Result<(), NotRead> {
    let value: Value = json::parse(text.trim_start_matches('\u{feff}'))
        .map_err(|error| NotRead::NotJson(error.to_string()))?;
    if is_tasks(&value) {
        Ok(())
    } else if crate::core::import::has_annotation_format(&value) {
        Err(NotRead::AnnotationsOnly)
    } else {
        Err(NotRead::UnknownJson)
    }
}

/// Label Studio's tasks: each an object with `data`.
fn is_tasks(value: &Value) -> bool {
    let task = |v: &Value| v.get("data").is_some_and(Value::is_object);
    match value {
        Value::Array(tasks) => !tasks.is_empty() && tasks.iter().all(task),
        Value::Object(_) => task(value),
        _ => false,
    }
}

/// Whether a JSON Lines file is doccano's: its first line that is an object carries `label`
/// or `entities` spans.
fn is_doccano(text: &str) -> bool {
    text.lines()
        .filter(|line| !line.trim().is_empty())
        .find_map(|line| json::parse::<Value>(line.trim_start_matches('\u{feff}')).ok())
        .is_some_and(|line| {
            line.get("label").is_some_and(Value::is_array)
                || line.get("entities").is_some_and(Value::is_array)
        })
}

/// `document` with its text normalised as an opened article's is, its spans moved with it.
fn normalised(mut document: ForeignDocument) -> ForeignDocument {
    let text = normalise(&document.text);
    if text == document.text {
        return document;
    }
    let old: Vec<char> = document.text.chars().collect();
    let kept = kept_characters(&old);
    let new: Vec<char> = text.chars().collect();
    debug_assert_eq!(
        kept.iter()
            .map(|&i| normal_char(&old, i))
            .collect::<String>(),
        text
    );
    let moved = |offset: CharOffset| CharOffset::new(kept.partition_point(|&i| i < offset.get()));
    for span in &mut document.spans {
        let was: String = old
            .get(span.range.start().get()..span.range.end().get())
            .map(|chars| chars.iter().collect())
            .unwrap_or_default();
        span.range = CharRange::new(moved(span.range.start()), moved(span.range.end()));
        if span.exact == was {
            span.exact = new[span.range.start().get()..span.range.end().get()]
                .iter()
                .collect();
        }
    }
    document.text = text;
    document
}

/// The indexes of `text`'s characters that `normalise` keeps, in order.
fn kept_characters(text: &[char]) -> Vec<usize> {
    let mut kept: Vec<usize> = (0..text.len())
        .filter(|&i| !(i == 0 && text[i] == '\u{feff}'))
        .filter(|&i| !(text[i] == '\r' && text.get(i + 1) == Some(&'\n')))
        .collect();
    while kept
        .last()
        .is_some_and(|&i| normal_char(text, i).is_whitespace())
    {
        kept.pop();
    }
    // Blank lines before the first line with something on it.
    let first = kept
        .iter()
        .position(|&i| !normal_char(text, i).is_whitespace())
        .unwrap_or(kept.len());
    let line_start = kept[..first]
        .iter()
        .rposition(|&i| normal_char(text, i) == '\n')
        .map_or(0, |n| n + 1);
    kept.drain(..line_start);
    kept
}

/// The character at `i` as `normalise` writes it (a lone `\r` is a line end).
fn normal_char(text: &[char], i: usize) -> char {
    if text[i] == '\r' { '\n' } else { text[i] }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::interop::ForeignSpan;

    fn span(text: &str, start: usize, end: usize) -> ForeignSpan {
        ForeignSpan {
            label: "L".into(),
            range: CharRange::new(CharOffset::new(start), CharOffset::new(end)),
            exact: text.chars().skip(start).take(end - start).collect(),
            matches_text: true,
            speaker: None,
            cue: None,
            notes: Vec::new(),
        }
    }

    #[test]
    fn spans_move_with_the_text_when_it_is_normalised() {
        let text = "\u{feff}\r\n  \r\nTitle\r\n\r\nHe said \u{201c}no\u{201d}.\rEnd  \r\n";
        let spans = vec![span(text, 7, 12), span(text, 24, 28), span(text, 30, 33)];
        assert_eq!(
            spans.iter().map(|s| s.exact.as_str()).collect::<Vec<_>>(),
            ["Title", "\u{201c}no\u{201d}", "End"]
        );
        let document = normalised(ForeignDocument {
            name: "d".into(),
            text: text.into(),
            spans,
        });
        assert_eq!(document.text, "Title\n\nHe said \u{201c}no\u{201d}.\nEnd");
        let covered: Vec<String> = document
            .spans
            .iter()
            .map(|s| {
                document
                    .text
                    .chars()
                    .skip(s.range.start().get())
                    .take(s.range.len())
                    .collect()
            })
            .collect();
        assert_eq!(covered, ["Title", "\u{201c}no\u{201d}", "End"]);
        assert!(
            document
                .spans
                .iter()
                .zip(&covered)
                .all(|(s, c)| &s.exact == c)
        );
    }

    #[test]
    fn a_brat_text_is_a_txt_beside_an_ann_of_its_name_whatever_the_case_of_the_extensions() {
        let names = ["A.ANN", "A.TXT", "b.txt", "c.ann", "c.md", "d.txt.ann"];
        assert_eq!(brat_texts(names), ["A.TXT"]);
        let batch = read_batch(&[
            BatchFile {
                name: "A.ANN".into(),
                bytes: b"T1\tPerson 0 3\tAnn\n".to_vec(),
            },
            BatchFile {
                name: "A.TXT".into(),
                bytes: b"Ann came.".to_vec(),
            },
        ]);
        assert_eq!(batch.refused, []);
        assert_eq!(batch.documents[0].document.spans[0].exact, "Ann");
    }

    #[test]
    fn a_lone_ann_is_refused_and_config_passed_over() {
        let file = |name: &str, text: &str| BatchFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        };
        let batch = read_batch(&[
            file("a.ann", "T1\tPerson 0 3\tAnn\n"),
            file("annotation.conf", "[entities]\nPerson\n"),
            file("b.txt", "Bob"),
            file(
                "notes.json",
                r#"{"format": "quotemark", "annotations": []}"#,
            ),
            file("tasks.json", r#"{"some": "thing"}"#),
        ]);
        assert!(batch.documents.is_empty());
        assert_eq!(batch.articles, [2]);
        assert_eq!(batch.passed_over, ["annotation.conf"]);
        let reasons: Vec<(&str, &NotRead)> = batch
            .refused
            .iter()
            .map(|r| (r.file.as_str(), &r.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("a.ann", &NotRead::NoTextFile("a.txt".into())),
                ("notes.json", &NotRead::AnnotationsOnly),
                ("tasks.json", &NotRead::UnknownJson),
            ]
        );
    }
}
