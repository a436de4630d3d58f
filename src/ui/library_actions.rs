//! What the library and "Open article" do to storage. Each handler takes the library's lock
//! (`locks`), saves what is pending first, reads or writes the library, then tells the
//! workspace what storage now holds. What they say to the reader is a `Notice`.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use wasm_bindgen_futures::spawn_local;
use yew::UseReducerDispatcher;

use super::article_file::read_article;
use super::browser::{BrowserStorage, now, window};
use super::corpus_opening;
use super::files::{download, read_file};
use super::hooks::autosave::Flush;
use super::interchange::{Interchange, with_interchange};
use super::latest::Latest;
use super::locks::with_library_lock;
use super::state::{Action, Dialog, Workspace};
use crate::core::carry_over::same_article;
use crate::core::details::Details;
use crate::core::interop::batch::may_be_other_tools;
use crate::core::library;
use crate::core::opening::Opened;
use crate::core::page_text::PageNote;
use crate::core::saved::document_id;
use crate::core::workspace::Notice;

/// Everything a handler needs; cheap to clone into callbacks.
#[derive(Clone)]
pub struct LibraryActions(Rc<Inner>);

struct Inner {
    dispatcher: UseReducerDispatcher<Workspace>,
    latest: Latest,
    flush: Flush,
    /// The file being read, kept alive until it is read.
    reading: Rc<RefCell<Option<FileReader>>>,
}

impl LibraryActions {
    pub fn new(dispatcher: UseReducerDispatcher<Workspace>, latest: Latest, flush: Flush) -> Self {
        Self(Rc::new(Inner {
            dispatcher,
            latest,
            flush,
            reading: Rc::default(),
        }))
    }

    pub(super) fn dispatch(&self, action: Action) {
        self.0.dispatcher.dispatch(action);
    }

    fn say(&self, notice: Notice) {
        self.dispatch(Action::ShowNotice(notice));
    }

    /// Runs `work` holding the library's lock, after saving what is pending.
    pub(super) fn locked(&self, work: impl FnOnce(&Self) + 'static) {
        let this = self.clone();
        with_library_lock(move || {
            (this.0.flush)();
            work(&this);
        });
    }

    /// Opens a stored document the reader chose, and closes the dialogs.
    pub fn open(&self, id: &str) {
        let id = id.to_owned();
        self.locked(move |this| {
            this.show(&id);
            this.dispatch(Action::CloseDialog(Dialog::Library));
            this.dispatch(Action::CloseDialog(Dialog::Opener));
        });
    }

    /// Shows a stored document as storage holds it now (call it holding the lock).
    pub(super) fn show(&self, id: &str) {
        let now = now();
        let stored = library::load(&BrowserStorage, &now);
        let Some(entry) = stored.entry(id).cloned() else {
            return;
        };
        let opened = library::open(&BrowserStorage, &entry, &now);
        self.dispatch(Action::ShowDocument {
            entry,
            opened: Box::new(opened),
        });
    }

    /// Opens a new text; a text the library already has reopens with its annotations. `note`
    /// is what to tell the reader about how it was taken from a web page.
    pub fn open_new(&self, opened: Opened, note: Option<PageNote>) {
        self.locked(move |this| {
            let now = now();
            let stored = library::load(&BrowserStorage, &now);
            let id = document_id(&opened.text);
            if stored.entry(&id).is_some() {
                this.show(&id);
                this.dispatch(Action::CloseDialog(Dialog::Library));
                this.dispatch(Action::CloseDialog(Dialog::Opener));
                return this.say(Notice::AlreadyInLibrary {
                    title: opened.title,
                    note,
                });
            }
            // A changed version of a stored article: offer to carry its annotations over. The
            // library as stored now, after the flush, has the earlier version's latest counts.
            let earlier = stored
                .index
                .documents
                .iter()
                .filter(|e| !e.bundled && e.generation > 0)
                .filter(|e| {
                    same_article(
                        e.source.as_deref(),
                        &e.title,
                        opened.source.as_deref(),
                        &opened.title,
                    )
                })
                .max_by(|a, b| a.modified.cmp(&b.modified))
                .cloned();
            this.dispatch(Action::OpenNew {
                opened,
                note,
                now,
                earlier,
            });
        });
    }

    /// Opens the files a reader chose or dropped: one article file as `open_file` does;
    /// other tools' files (and a `.jsonl`, which may be doccano's or a corpus) with the
    /// articles beside them through `ui::other_tools`; several articles all at once
    /// (`ui::corpus_opening`).
    pub fn open_files(&self, files: Vec<web_sys::File>) {
        if files.iter().any(|f| may_be_other_tools(&f.name())) {
            let this = self.clone();
            return with_interchange(&self.0.dispatcher, move |interchange| {
                (interchange.open_other_tools)(this, files)
            });
        }
        match files.as_slice() {
            [] => {}
            [file] => self.open_file(file.clone()),
            _ => spawn_local(corpus_opening::open_many(self.clone(), files)),
        }
    }

    /// Opens a `.txt`, `.md` or `.html` file, or says why not.
    pub fn open_file(&self, file: web_sys::File) {
        let this = self.clone();
        spawn_local(async move {
            match read_article(&file).await {
                Ok(page) => this.open_new(page.opened, page.note),
                Err(error) => this.say(Notice::FileNotOpened {
                    file_name: file.name(),
                    error,
                }),
            }
        });
    }

    /// Deletes a document after the reader confirms; the deletion can be undone.
    pub fn delete(&self, id: &str) {
        let workspace = self.0.latest.workspace();
        let Some(entry) = workspace.library.index.entry(id).cloned() else {
            return;
        };
        let question = format!(
            "Delete \u{201c}{}\u{201d} and its {} annotations from the library? You can undo this until you close the library.",
            entry.title,
            entry.counts.total()
        );
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        let showing = workspace.document_id() == id;
        self.locked(move |this| {
            let now = now();
            if showing
                && let Some(bundled) = library::load(&BrowserStorage, &now)
                    .index
                    .documents
                    .iter()
                    .find(|e| e.bundled)
            {
                this.show(&bundled.id.clone());
            }
            let mut stored = library::load(&BrowserStorage, &now);
            let Some(listed) = stored.entry(&entry.id).cloned() else {
                return;
            };
            let record = library::open(&BrowserStorage, &listed, &now).record;
            match library::delete(&BrowserStorage, &mut stored.index, &entry.id) {
                Ok(_) => this.dispatch(Action::Deleted {
                    record,
                    library: stored.index,
                }),
                Err(error) => this.say(Notice::NotDeleted {
                    title: entry.title,
                    error,
                }),
            }
        });
    }

    /// Puts the last deleted document back.
    pub fn undo_delete(&self) {
        let Some(record) = self.0.latest.workspace().library.deleted.clone() else {
            return;
        };
        self.locked(move |this| {
            let now = now();
            let mut stored = library::load(&BrowserStorage, &now);
            let title = record.title.clone();
            match library::save(&BrowserStorage, &mut stored.index, &record, &now) {
                Ok(()) => {
                    this.dispatch(Action::LibraryChanged(stored.index));
                    this.dispatch(Action::ForgetDeleted);
                    this.say(Notice::PutBack { title });
                }
                Err(error) => this.say(Notice::NotPutBack { title, error }),
            }
        });
    }

    /// Changes a document's title and source address, as checked by the library form: the open
    /// one through the workspace (and autosave), others in storage.
    pub fn edit(&self, id: &str, details: Details) {
        let Details {
            title,
            source,
            credit,
        } = details;
        if id == self.0.latest.workspace().document_id() {
            return self.dispatch(Action::EditCurrent {
                title,
                source,
                credit,
            });
        }
        let id = id.to_owned();
        self.locked(move |this| {
            let now = now();
            let mut stored = library::load(&BrowserStorage, &now);
            let Some(entry) = stored.entry(&id).cloned() else {
                return;
            };
            let mut opened = library::open(&BrowserStorage, &entry, &now);
            if !opened.writable {
                return this.say(Notice::NotEditable {
                    title: entry.title,
                    problem: opened.problem,
                });
            }
            opened.record.title = title;
            opened.record.source = source;
            opened.record.credit = credit;
            match library::save(&BrowserStorage, &mut stored.index, &opened.record, &now) {
                Ok(()) => this.dispatch(Action::LibraryChanged(stored.index)),
                Err(error) => this.say(Notice::DetailsNotSaved(error)),
            }
        });
    }

    /// Downloads one backup file of the whole library.
    pub fn export_all(&self) {
        let this = self.clone();
        with_interchange(&self.0.dispatcher, move |interchange| {
            this.locked(move |this| this.export_all_with(interchange))
        });
    }

    fn export_all_with(&self, interchange: Interchange) {
        let now = now();
        let (backup, count) = (interchange.export_library)(&BrowserStorage, &now);
        let file_name = format!("quotemark-library-{}.json", now.date().unwrap_or("backup"));
        self.say(match download(&file_name, "application/json", &backup) {
            Ok(()) => Notice::LibraryExported { count, file_name },
            Err(reason) => Notice::LibraryNotExported { reason },
        });
    }

    /// Merges a library backup into the library.
    pub fn import_all(&self, file: web_sys::File) {
        let this = self.clone();
        read_file(file, self.0.reading.clone(), move |file_name, bytes| {
            let bytes = match bytes {
                Ok(bytes) => bytes,
                Err(reason) => return this.say(Notice::BackupUnreadable { file_name, reason }),
            };
            let dispatcher = this.0.dispatcher.clone();
            with_interchange(&dispatcher, move |interchange| {
                this.locked(move |this| this.import_all_with(interchange, file_name, &bytes))
            });
        });
    }

    fn import_all_with(&self, interchange: Interchange, file_name: String, bytes: &[u8]) {
        match (interchange.import_library)(&BrowserStorage, bytes, &now()) {
            Ok((report, index)) => {
                self.dispatch(Action::LibraryChanged(index));
                // The open article may have gained annotations: show it as stored now.
                self.show(self.0.latest.workspace().document_id());
                self.say(Notice::Restored(report));
            }
            Err(error) => self.say(Notice::NotRestored { file_name, error }),
        }
    }

    /// Carries the annotations of the earlier version on offer over to the open article.
    pub fn carry_over(&self) {
        let this = self.clone();
        with_interchange(&self.0.dispatcher, move |interchange| {
            this.carry_over_with(interchange)
        });
    }

    fn carry_over_with(&self, interchange: Interchange) {
        let workspace = self.0.latest.workspace();
        let document = &workspace.document;
        let Some(from) = document.carry_offer.clone() else {
            return;
        };
        let old = library::open(&BrowserStorage, &from, &now());
        if let Some(problem) = old.problem {
            return self.say(Notice::CarryFailed {
                from_title: from.title,
                problem,
            });
        }
        let (annotations, report) = (interchange.carry_over)(
            old.record.text(),
            &old.record.annotations,
            document.article.text(),
            &document.store.contains_fn(),
        );
        self.dispatch(Action::CarryOver {
            annotations,
            report,
            from_title: from.title,
        });
    }
}
