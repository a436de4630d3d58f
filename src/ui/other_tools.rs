//! Opening other tools' files (issue #22): the browser side of `core::interop::batch` and
//! `articles`. All of it is in the interchange part (`Interchange::open_other_tools`,
//! `open_chosen`), which is loaded when these run.
//!
//! The files are read (each held to the corpus limit before it is read), then sorted out
//! (`batch::read_batch`). When they hold other tools' documents, the reader is asked
//! what their labels become (`Action::ChooseLabels`, the labels dialog), offered what was
//! chosen last time for each tool ([`LABEL_MEMORY_KEY`]); nothing is saved until the reader
//! says so. Then each document's annotations are anchored, one document a task with the
//! progress bar moving, and everything is saved as a batch of articles is (`corpus_opening`).

use std::cell::RefCell;
use std::rc::Rc;

use super::article_file::read_bytes;
use super::browser::{BrowserStorage, now};
use super::corpus_opening;
use super::library_actions::LibraryActions;
use super::state::{Action, Dialog};
use crate::core::corpus::{Item, MAX_CORPUS_BYTES, read_corpus_file};
use crate::core::interop::articles::{LabelChoice, Mappings, item_of};
use crate::core::interop::batch::{
    BatchFile, FileRefusal, NotRead, brat_texts, may_be_other_tools, read_batch,
};
use crate::core::interop::mapping::LabelMemory;
use crate::core::persist::KeyValueStore;
use crate::core::workspace::Work;
use crate::json;

/// Where the reader's label mappings are kept, per tool.
pub const LABEL_MEMORY_KEY: &str = "quotemark:label-memory";

/// Reads `files` and opens what they hold: other tools' documents after the labels dialog,
/// articles and corpora with them.
pub async fn open(actions: LibraryActions, files: Vec<web_sys::File>) {
    actions.dispatch(Action::CloseDialog(Dialog::Opener));
    let reading = |done| Action::Progress(Some(Work::ReadingFiles.at(done, files.len())));
    actions.dispatch(reading(0));
    let names: Vec<String> = files.iter().map(web_sys::File::name).collect();
    let paired = brat_texts(names.iter().map(String::as_str));
    let mut read = Vec::with_capacity(files.len());
    // Which of `files` each of `read` is.
    let mut kept = Vec::with_capacity(files.len());
    let mut unread = Vec::new();
    for (index, file) in files.iter().enumerate() {
        let refuse = |reason| FileRefusal {
            file: file.name(),
            at: None,
            reason,
        };
        // Refused before it is read into memory.
        let bytes = file.size() as usize;
        if bytes > MAX_CORPUS_BYTES {
            unread.push(refuse(NotRead::TooLarge { bytes }));
        } else {
            match read_file_if_needed(file, &paired).await {
                Ok(bytes) => {
                    read.push(BatchFile {
                        name: file.name(),
                        bytes,
                    });
                    kept.push(index);
                }
                Err(()) => unread.push(refuse(NotRead::Unreadable)),
            }
        }
        actions.dispatch(reading(index + 1));
    }
    let mut batch = read_batch(&read);
    batch.refused.extend(unread);
    let mut articles: Vec<Item> = Vec::new();
    for &index in &batch.articles {
        let file = &read[index];
        // A corpus was read already; an article file is read as a single one is (a web page
        // through Readability).
        if file.name.to_lowercase().ends_with(".jsonl") {
            articles.extend(read_corpus_file(&file.name, &file.bytes));
        } else {
            articles.extend(corpus_opening::items_of(files[kept[index]].clone()).await);
        }
    }
    drop(read);
    actions.dispatch(Action::Progress(None));
    let choice = LabelChoice::new(batch, articles, &remembered());
    if choice.batch.documents.is_empty() {
        let report = choice.report();
        return corpus_opening::save(actions, choice.articles, report);
    }
    actions.dispatch(Action::ChooseLabels(Rc::new(choice)));
}

/// A file's bytes when sorting the batch out needs them (other tools' files, and the text of
/// a brat pair, named in `paired`); none for the article files it only names.
async fn read_file_if_needed(file: &web_sys::File, paired: &[String]) -> Result<Vec<u8>, ()> {
    let name = file.name();
    if may_be_other_tools(&name) || paired.contains(&name) {
        read_bytes(file).await
    } else {
        Ok(Vec::new())
    }
}

/// Opens what `choice` holds, its labels mapped by `mappings`, which are remembered.
pub fn open_chosen(actions: LibraryActions, choice: Rc<LabelChoice>, mappings: Mappings) {
    let mut memory = remembered();
    for (tool, mapping) in &mappings {
        memory.remember(tool.key(), mapping);
    }
    // Remembering is a convenience: when storage is full, the opening still goes on.
    if let Ok(memory) = json::print(&memory) {
        let _ = BrowserStorage.set(LABEL_MEMORY_KEY, &memory);
    }
    actions.dispatch(Action::CloseDialog(Dialog::Labels));
    let total = choice.batch.documents.len();
    actions.dispatch(Action::Progress(Some(
        Work::AnchoringDocuments.at(0, total),
    )));
    let items = Rc::new(RefCell::new(Vec::with_capacity(total)));
    anchor_next(actions, choice, Rc::new(mappings), items);
}

/// Anchors the next document's annotations, then lets the browser paint before the rest; when
/// all are done, saves them with the batch's articles.
fn anchor_next(
    actions: LibraryActions,
    choice: Rc<LabelChoice>,
    mappings: Rc<Mappings>,
    items: Rc<RefCell<Vec<Item>>>,
) {
    let done = items.borrow().len();
    let documents = &choice.batch.documents;
    if let Some(document) = documents.get(done) {
        let item = item_of(document, &mappings, &now());
        items.borrow_mut().push(item);
        let progress = Work::AnchoringDocuments.at(done + 1, documents.len());
        actions.dispatch(Action::Progress(Some(progress)));
        gloo_timers::callback::Timeout::new(0, move || {
            anchor_next(actions, choice, mappings, items)
        })
        .forget();
        return;
    }
    let mut report = choice.report();
    report.labels = choice.mapped_labels(&mappings);
    let mut all = choice.articles.clone();
    all.append(&mut items.borrow_mut());
    corpus_opening::save(actions, all, report);
}

/// The reader's mappings kept from earlier openings (none when storage holds none, or holds
/// something unreadable, which the next opening replaces).
fn remembered() -> LabelMemory {
    BrowserStorage
        .get(LABEL_MEMORY_KEY)
        .ok()
        .flatten()
        .and_then(|stored| json::parse(&stored).ok())
        .unwrap_or_default()
}
