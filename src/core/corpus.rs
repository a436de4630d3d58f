//! Opening many articles at once: several files, a dropped folder, or a JSON Lines corpus.
//!
//! A corpus file (`.jsonl`) holds one article per line: a JSON object with `text` (required, a
//! string), `title` (else the text's first line), `source` (a web address is the source; any
//! other name, such as a corpus's name, is kept as the site of the credit) and `id` (any
//! string or number, used only to name the line in the report). Other fields are ignored, so
//! the lines of research corpora (PolNeAR's, with its annotations) open as they are. Blank
//! lines are skipped. Each line is checked on its own: a bad line is refused with its line
//! number and reason, and the others still open.
//!
//! [`CorpusOpening`] then saves the articles one by one into the library, so that the caller
//! can show progress between them: an article the library already has (or that came earlier in
//! the same batch) is counted as already there, not saved again. The [`CorpusReport`] says what
//! opened, what was there and what was refused, and why; nothing is half-saved, since each
//! article is one save.

use serde::Deserialize;
use thiserror::Error;

use super::credit::Credit;
use super::library::{self, IndexEntry, LibraryIndex, SaveError, record_of};
use super::opening::{OpenError, Opened, from_plain_text};
use super::persist::KeyValueStore;
use super::saved::document_id;
use super::store::AnnotationStore;
use super::time::Timestamp;
use crate::json;

/// Where an article of a batch came from: a file, or a line of a corpus file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    File(String),
    Line {
        file: String,
        /// Counted from 1, as editors count lines.
        line: usize,
        /// The line's `id`, when it has one.
        id: Option<String>,
    },
}

/// The largest corpus file Quotemark reads: 50 MiB (each article in it is held to
/// `opening::MAX_ARTICLE_BYTES`).
pub const MAX_CORPUS_BYTES: usize = 50 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum CorpusError {
    #[error(transparent)]
    Open(#[from] OpenError),
    #[error(
        "the corpus file is {} MB; Quotemark reads corpus files of up to {} MB",
        super::units::megabytes(*.bytes),
        MAX_CORPUS_BYTES / 1_048_576
    )]
    TooLarge { bytes: usize },
    #[error("this line is not a JSON object ({0})")]
    NotAnObject(String),
    #[error("this line has no \u{201c}text\u{201d} string")]
    NoText,
    #[error("it was not saved: {0}")]
    NotSaved(SaveError),
}

/// One article of a batch, or why it cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub origin: Origin,
    pub opened: Result<Opened, CorpusError>,
}

#[derive(Deserialize)]
struct Line {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    title: Option<String>,
    text: Option<serde_json::Value>,
    #[serde(default)]
    source: Option<String>,
}

/// The articles of a corpus file as read from disk: refused whole when it is too large, empty,
/// or not UTF-8 text; else [`read_jsonl`].
pub fn read_corpus_file(file_name: &str, bytes: &[u8]) -> Vec<Item> {
    let refused = |error: CorpusError| {
        vec![Item {
            origin: Origin::File(file_name.to_owned()),
            opened: Err(error),
        }]
    };
    if bytes.len() > MAX_CORPUS_BYTES {
        return refused(CorpusError::TooLarge { bytes: bytes.len() });
    }
    if bytes.is_empty() {
        return refused(OpenError::Empty.into());
    }
    match std::str::from_utf8(bytes) {
        Ok(text) if !bytes.contains(&0) => read_jsonl(file_name, text),
        _ => refused(OpenError::Binary.into()),
    }
}

/// The articles of a JSON Lines corpus file, one item per non-blank line.
pub fn read_jsonl(file_name: &str, contents: &str) -> Vec<Item> {
    contents
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(at, line)| {
            let parsed: Result<Line, _> = json::parse(line);
            let id = parsed.as_ref().ok().and_then(|l| match &l.id {
                Some(serde_json::Value::String(s)) => Some(s.clone()),
                Some(serde_json::Value::Number(n)) => Some(n.to_string()),
                _ => None,
            });
            let origin = Origin::Line {
                file: file_name.to_owned(),
                line: at + 1,
                id,
            };
            let opened = match parsed {
                Err(error) => Err(CorpusError::NotAnObject(error.to_string())),
                Ok(line) => article_of(line),
            };
            Item { origin, opened }
        })
        .collect()
}

fn article_of(line: Line) -> Result<Opened, CorpusError> {
    let Some(serde_json::Value::String(text)) = line.text else {
        return Err(CorpusError::NoText);
    };
    let mut opened = from_plain_text(&text)?;
    if let Some(title) = line.title.as_deref().map(super::opening::clip_title)
        && !title.is_empty()
    {
        opened.title = title;
    }
    match line.source.map(|s| s.trim().to_owned()) {
        Some(s) if s.starts_with("https://") || s.starts_with("http://") => opened.source = Some(s),
        Some(s) => opened.credit = Credit::new(None, None, Some(&s)),
        None => {}
    }
    Ok(opened)
}

/// What a batch did: titles opened, titles already in the library, and what was refused.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct CorpusReport {
    pub opened: Vec<String>,
    pub already: Vec<String>,
    pub refused: Vec<(Origin, CorpusError)>,
    /// The id of the first article opened, to show when the batch is done.
    pub first_opened: Option<String>,
}

/// Saves a batch's articles into the library one at a time (see the module docs).
pub struct CorpusOpening {
    items: std::vec::IntoIter<Item>,
    total: usize,
    done: usize,
    report: CorpusReport,
}

impl CorpusOpening {
    pub fn new(items: Vec<Item>) -> Self {
        Self {
            total: items.len(),
            items: items.into_iter(),
            done: 0,
            report: CorpusReport::default(),
        }
    }

    /// How many items were handled, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.total)
    }

    pub fn is_done(&self) -> bool {
        self.done == self.total
    }

    /// Handles up to `count` more items, saving into `kv` and `index` (the library as stored
    /// now: the caller reloads it between steps, holding the library's lock).
    pub fn step(
        &mut self,
        kv: &dyn KeyValueStore,
        index: &mut LibraryIndex,
        count: usize,
        now: &Timestamp,
    ) {
        for item in self.items.by_ref().take(count) {
            self.done += 1;
            let opened = match item.opened {
                Ok(opened) => opened,
                Err(error) => {
                    self.report.refused.push((item.origin, error));
                    continue;
                }
            };
            let id = document_id(&opened.text);
            if index.entry(&id).is_some() {
                self.report.already.push(opened.title);
                continue;
            }
            let entry = IndexEntry {
                id: id.clone(),
                title: opened.title.clone(),
                source: opened.source.clone(),
                credit: opened.credit.clone(),
                bundled: false,
                ..library::bundled_entry(now)
            };
            let record = record_of(&entry, Some(&opened.text), &AnnotationStore::default());
            match library::save(kv, index, &record, now) {
                Ok(()) => {
                    self.report.first_opened.get_or_insert(id);
                    self.report.opened.push(opened.title);
                }
                Err(error) => self
                    .report
                    .refused
                    .push((item.origin, CorpusError::NotSaved(error))),
            }
        }
    }

    /// What the batch did (taken: a second call gives an empty report).
    pub fn take_report(&mut self) -> CorpusReport {
        std::mem::take(&mut self.report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::persist::{Fault, MemoryStore};

    fn now() -> Timestamp {
        Timestamp::parse("2026-12-05T10:00:00.000Z").unwrap()
    }

    const CORPUS: &str = concat!(
        r#"{"id": "a/1", "source": "PolNeAR", "text": "Talks end\n\nThe talks ended.", "quotes": []}"#,
        "\n\n",
        r#"{"id": 2, "title": "  Budget  vote ", "source": "https://news.example/b", "text": "The Senate voted."}"#,
        "\n",
        r#"{"id": "a/3", "text": 42}"#,
        "\n",
        r#"not json"#,
        "\n",
        r#"{"id": "a/5", "text": "   "}"#,
        "\n",
        r#"{"id": "a/6", "text": "Talks end\n\nThe talks ended."}"#,
        "\n",
    );

    #[test]
    fn each_line_opens_or_is_refused_with_its_number_and_reason() {
        let items = read_jsonl("dev.jsonl", CORPUS);
        assert_eq!(items.len(), 5 + 1);
        let first = items[0].opened.as_ref().unwrap();
        assert_eq!(first.title, "Talks end");
        assert_eq!(first.credit.site.as_deref(), Some("PolNeAR"));
        assert_eq!(first.source, None);
        let second = items[1].opened.as_ref().unwrap();
        assert_eq!(second.title, "Budget vote");
        assert_eq!(second.source.as_deref(), Some("https://news.example/b"));
        assert_eq!(
            items[1].origin,
            Origin::Line {
                file: "dev.jsonl".into(),
                line: 3,
                id: Some("2".into())
            }
        );
        assert_eq!(items[2].opened, Err(CorpusError::NoText));
        assert!(matches!(items[3].opened, Err(CorpusError::NotAnObject(_))));
        assert_eq!(
            items[4].opened,
            Err(CorpusError::Open(OpenError::OnlyWhiteSpace))
        );
    }

    #[test]
    fn a_corpus_file_that_is_not_text_or_too_large_is_refused_whole() {
        let refused = |items: Vec<Item>| items.into_iter().map(|i| i.opened).collect::<Vec<_>>();
        assert_eq!(
            refused(read_corpus_file("c.jsonl", b"")),
            [Err(CorpusError::Open(OpenError::Empty))]
        );
        assert_eq!(
            refused(read_corpus_file("c.jsonl", &[0xff, 0xfe, 0x00])),
            [Err(CorpusError::Open(OpenError::Binary))]
        );
        let huge = vec![b' '; MAX_CORPUS_BYTES + 1];
        assert_eq!(
            refused(read_corpus_file("c.jsonl", &huge)),
            [Err(CorpusError::TooLarge {
                bytes: MAX_CORPUS_BYTES + 1
            })]
        );
        assert_eq!(read_corpus_file("c.jsonl", CORPUS.as_bytes()).len(), 6);
    }

    #[test]
    fn a_batch_saves_new_articles_counts_those_already_there_and_reports_the_rest() {
        let kv = MemoryStore::default();
        let mut index = library::load(&kv, &now()).index;
        let mut opening = CorpusOpening::new(read_jsonl("dev.jsonl", CORPUS));
        assert_eq!(opening.progress(), (0, 6));
        opening.step(&kv, &mut index, 4, &now());
        assert_eq!(opening.progress(), (4, 6));
        opening.step(&kv, &mut index, 4, &now());
        assert!(opening.is_done());
        let report = opening.take_report();
        assert_eq!(report.opened, ["Talks end", "Budget vote"]);
        // The sixth line is the first one's text again.
        assert_eq!(report.already, ["Talks end"]);
        assert_eq!(report.refused.len(), 3);
        let stored = library::load(&kv, &now());
        let titles: Vec<&str> = stored
            .index
            .documents
            .iter()
            .map(|e| e.title.as_str())
            .collect();
        assert!(titles.contains(&"Talks end") && titles.contains(&"Budget vote"));
        let talks = stored
            .index
            .documents
            .iter()
            .find(|e| e.title == "Talks end")
            .unwrap();
        assert_eq!(report.first_opened.as_deref(), Some(talks.id.as_str()));
        let record = library::open(&kv, talks, &now()).record;
        assert_eq!(record.text(), "Talks end\n\nThe talks ended.");
        assert_eq!(record.credit.site.as_deref(), Some("PolNeAR"));

        // Opened again: everything is already there.
        let mut again = CorpusOpening::new(read_jsonl("dev.jsonl", CORPUS));
        again.step(&kv, &mut index, 10, &now());
        let report = again.take_report();
        assert!(report.opened.is_empty());
        assert_eq!(report.already.len(), 3);
    }

    #[test]
    fn a_save_that_fails_refuses_that_article_and_keeps_the_others() {
        let kv = MemoryStore::default();
        let mut index = library::load(&kv, &now()).index;
        kv.inject(Fault::EveryWrite);
        let mut opening = CorpusOpening::new(read_jsonl("dev.jsonl", CORPUS));
        opening.step(&kv, &mut index, 10, &now());
        let report = opening.take_report();
        assert!(report.opened.is_empty());
        assert!(matches!(
            report.refused[0],
            (Origin::Line { line: 1, .. }, CorpusError::NotSaved(_))
        ));
        assert_eq!(report.first_opened, None);
    }
}
