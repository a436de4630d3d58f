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
//! the same batch) is counted as already there, not saved again. An article read from another
//! tool's file comes with its annotations (`core::interop`): saved with it, or, when the library
//! has the article, added to it, skipping those it has. The [`CorpusReport`] says what
//! opened, what was there and what was refused, and why; nothing is half-saved, since each
//! article is one save, with its annotations.

use serde::Deserialize;
use thiserror::Error;

use super::annotation::Annotation;
use super::credit::Credit;
use super::interop::Place;
use super::interop::batch::{NotRead, Tool};
use super::interop::mapping::Target;
use super::library::{self, IndexEntry, KindCounts, LibraryIndex, SaveError, record_of};
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
    /// An item of another tool's file: a line, or a JSON path.
    Item {
        file: String,
        at: Place,
    },
    /// A document of another tool's file, by the name the file gives it.
    Document {
        file: String,
        name: String,
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
    #[error("{0}")]
    NotRead(NotRead),
    #[error("its annotations were not added: the library's copy of it can only be read")]
    ReadOnly,
}

/// One article of a batch, or why it cannot be opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    pub origin: Origin,
    pub opened: Result<Opened, CorpusError>,
    /// What another tool's file gave it (none for an article file or a corpus line).
    pub annotations: Vec<Annotation>,
}

impl Item {
    /// An article without annotations, or why it cannot be opened.
    pub fn article(origin: Origin, opened: Result<Opened, CorpusError>) -> Self {
        Self {
            origin,
            opened,
            annotations: Vec::new(),
        }
    }
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
        vec![Item::article(
            Origin::File(file_name.to_owned()),
            Err(error),
        )]
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
            Item::article(origin, opened)
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
    /// Articles the library had, to which annotations were added.
    pub added_to: Vec<String>,
    /// The annotations saved, per kind.
    pub annotations: KindCounts,
    /// Of those, the ones whose text was not found (kept as orphans).
    pub orphans: usize,
    /// Other tools' labels and what their spans became (`core::interop::mapping`).
    pub labels: Vec<MappedLabel>,
    /// Files passed over on purpose (brat's configuration).
    pub passed_over: Vec<String>,
    pub refused: Vec<(Origin, CorpusError)>,
    /// The id of the first article opened, to show when the batch is done.
    pub first_opened: Option<String>,
}

/// A label of another tool's files, how many spans carried it, and what they became.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MappedLabel {
    pub tool: Tool,
    pub label: String,
    pub count: usize,
    pub target: Target,
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
        for _ in 0..count {
            let Some(item) = self.items.next() else {
                break;
            };
            self.done += 1;
            let Item {
                origin,
                opened,
                annotations,
            } = item;
            let opened = match opened {
                Ok(opened) => opened,
                Err(error) => {
                    self.report.refused.push((origin, error));
                    continue;
                }
            };
            let id = document_id(&opened.text);
            if let Some(entry) = index.entry(&id).cloned() {
                if annotations.is_empty() {
                    self.report.already.push(opened.title);
                } else {
                    self.add_to(kv, index, &entry, (origin, annotations), now);
                }
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
            let store = AnnotationStore::from_annotations(annotations.iter().cloned());
            let record = record_of(&entry, Some(&opened.text), &store);
            match library::save(kv, index, &record, now) {
                Ok(()) => {
                    self.report.first_opened.get_or_insert(id);
                    self.report.opened.push(opened.title);
                    self.count(&annotations);
                }
                Err(error) => self
                    .report
                    .refused
                    .push((origin, CorpusError::NotSaved(error))),
            }
        }
    }

    /// Adds an item's annotations to the article the library has, skipping the ids it has.
    fn add_to(
        &mut self,
        kv: &dyn KeyValueStore,
        index: &mut LibraryIndex,
        entry: &IndexEntry,
        (origin, annotations): (Origin, Vec<Annotation>),
        now: &Timestamp,
    ) {
        let opened = library::open(kv, entry, now);
        if !opened.writable {
            self.report.refused.push((origin, CorpusError::ReadOnly));
            return;
        }
        let mut record = opened.record;
        let new: Vec<Annotation> = annotations
            .into_iter()
            .filter(|a| !record.annotations.iter().any(|b| b.id == a.id))
            .collect();
        if new.is_empty() {
            self.report.already.push(entry.title.clone());
            return;
        }
        record.annotations.extend(new.iter().cloned());
        match library::save(kv, index, &record, now) {
            Ok(()) => {
                self.report.first_opened.get_or_insert(entry.id.clone());
                self.report.added_to.push(entry.title.clone());
                self.count(&new);
            }
            Err(error) => self
                .report
                .refused
                .push((origin, CorpusError::NotSaved(error))),
        }
    }

    fn count(&mut self, saved: &[Annotation]) {
        let counts = KindCounts::of(saved);
        self.report.annotations.claims += counts.claims;
        self.report.annotations.quotes += counts.quotes;
        self.report.annotations.scare_quotes += counts.scare_quotes;
        self.report.orphans += saved.iter().filter(|a| a.orphaned).count();
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
