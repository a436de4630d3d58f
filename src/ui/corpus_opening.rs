//! Opening many articles at once (several files, a dropped folder, a `.jsonl` corpus): the
//! browser side of `core::corpus`.
//!
//! The files are read one after another, each becoming one article (`article_file`, as a
//! single file does) or, for a `.jsonl` corpus, one per line. The articles (with other tools'
//! documents and their annotations, from `other_tools`) are then saved a few at a time, each
//! step holding the library's lock and followed by a pause for the browser, so that the
//! progress bar moves and the page stays responsive; the summary is one notice, and the first
//! article opened is shown.

use std::cell::RefCell;
use std::rc::Rc;

use super::article_file::{read_article, read_bytes};
use super::browser::{BrowserStorage, now};
use super::library_actions::LibraryActions;
use super::state::{Action, Dialog};
use crate::core::corpus::{
    CorpusError, CorpusOpening, CorpusReport, Item, MAX_CORPUS_BYTES, Origin, read_corpus_file,
};
use crate::core::library;
use crate::core::opening::OpenError;
use crate::core::workspace::{Notice, Work};

/// Articles saved per step: small enough that a step is a short task.
const PER_STEP: usize = 4;

/// Reads `files` and opens every article in them.
pub async fn open_many(actions: LibraryActions, files: Vec<web_sys::File>) {
    actions.dispatch(Action::CloseDialog(Dialog::Opener));
    actions.dispatch(Action::Progress(Some(
        Work::ReadingFiles.at(0, files.len()),
    )));
    let mut items = Vec::new();
    for file in files {
        items.extend(items_of(file).await);
    }
    save(actions, items, CorpusReport::default());
}

/// Saves `items` into the library; the report ends with what `before` says (what was refused
/// or passed over before the items were made, and the labels mapped).
pub fn save(actions: LibraryActions, items: Vec<Item>, before: CorpusReport) {
    actions.dispatch(Action::Progress(Some(
        Work::OpeningArticles.at(0, items.len()),
    )));
    let opening = Rc::new(RefCell::new(CorpusOpening::new(items)));
    step(actions, opening, Rc::new(before));
}

/// Saves the next few articles holding the lock, then lets the browser paint before the rest.
fn step(actions: LibraryActions, opening: Rc<RefCell<CorpusOpening>>, before: Rc<CorpusReport>) {
    actions.locked(move |this| {
        let now = now();
        let mut stored = library::load(&BrowserStorage, &now);
        let mut batch = opening.borrow_mut();
        batch.step(&BrowserStorage, &mut stored.index, PER_STEP, &now);
        let (done, total) = batch.progress();
        this.dispatch(Action::Progress(Some(
            Work::OpeningArticles.at(done, total),
        )));
        if !batch.is_done() {
            drop(batch);
            let (this, opening) = (this.clone(), opening.clone());
            gloo_timers::callback::Timeout::new(0, move || step(this, opening, before)).forget();
            return;
        }
        let mut report = batch.take_report();
        drop(batch);
        let before = Rc::unwrap_or_clone(before);
        report.refused.extend(before.refused);
        report.labels = before.labels;
        report.passed_over = before.passed_over;
        this.dispatch(Action::Progress(None));
        this.dispatch(Action::LibraryChanged(stored.index));
        if let Some(id) = &report.first_opened {
            this.show(id);
        }
        this.dispatch(Action::ShowNotice(Notice::CorpusOpened(report)));
    });
}

/// The articles of one file, or why it gives none.
pub async fn items_of(file: web_sys::File) -> Vec<Item> {
    let name = file.name();
    if !name.to_lowercase().ends_with(".jsonl") {
        let opened = read_article(&file)
            .await
            .map(|page| page.opened)
            .map_err(CorpusError::from);
        return vec![Item::article(Origin::File(name), opened)];
    }
    let refused = |error: CorpusError| vec![Item::article(Origin::File(name.clone()), Err(error))];
    // Refuse an oversized corpus before reading it into memory.
    let size = file.size() as usize;
    if size > MAX_CORPUS_BYTES {
        return refused(CorpusError::TooLarge { bytes: size });
    }
    match read_bytes(&file).await {
        Ok(bytes) => read_corpus_file(&name, &bytes),
        Err(()) => refused(OpenError::Binary.into()),
    }
}
