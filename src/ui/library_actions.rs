//! What the library and "Open article" do to storage: each handler saves what is pending
//! first, reads or writes the library, then tells the reducer what storage now holds.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use yew::UseReducerDispatcher;

use super::app::Flush;
use super::browser::{BrowserStorage, now, window};
use super::files::{download, read_file};
use super::html_extract;
use super::state::{Action, Message, Workspace};
use crate::core::backup;
use crate::core::carry_over::{carry_over, same_article};
use crate::core::details::Details;
use crate::core::library::{self, DocumentRecord, LibraryIndex};
use crate::core::opening::{self, FileKind, OpenError, Opened};
use crate::core::saved::document_id;

/// Everything a handler needs, cloned into each callback.
#[derive(Clone)]
pub struct LibraryActions {
    pub flush: Flush,
    pub dispatcher: UseReducerDispatcher<Workspace>,
    pub library: LibraryIndex,
    pub current_id: String,
    pub reading: Rc<RefCell<Option<FileReader>>>,
}

impl LibraryActions {
    fn say(&self, message: Message) {
        self.dispatcher.dispatch(Action::ShowMessage(message));
    }

    /// Opens a stored document the reader chose, and closes the dialogs.
    pub fn open(&self, id: &str) {
        self.show(id);
        self.dispatcher.dispatch(Action::ShowLibrary(false));
        self.dispatcher.dispatch(Action::ShowOpener(false));
    }

    /// Shows a stored document, leaving the dialogs as they are.
    fn show(&self, id: &str) {
        (self.flush)();
        let Some(entry) = self.library.documents.iter().find(|e| e.id == id).cloned() else {
            return;
        };
        let opened = library::open(&BrowserStorage, &entry, &now());
        self.dispatcher.dispatch(Action::ShowDocument {
            record: opened.record,
            entry,
            writable: opened.writable,
            problem: opened.problem,
            parts: opened.parts,
        });
    }

    /// Opens a new text; a text the library already has reopens with its annotations.
    pub fn open_new(&self, opened: Opened) {
        let id = document_id(&opened.text);
        if self.library.documents.iter().any(|e| e.id == id) {
            self.open(&id);
            self.say(Message::info(format!(
                "\u{201c}{}\u{201d} is already in your library: it is open with its annotations.",
                opened.title
            )));
            return;
        }
        (self.flush)();
        // A changed version of a stored article: offer to carry its annotations over. The
        // library as stored now, after the flush, has the earlier version's latest counts.
        let stored = library::load(&BrowserStorage, &now());
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
        self.dispatcher.dispatch(Action::OpenNew {
            opened,
            now: now(),
            earlier,
        });
    }

    /// Opens a `.txt`, `.md` or `.html` file, or says why not.
    pub fn open_file(&self, file: web_sys::File) {
        let name = file.name();
        let refuse = |actions: &LibraryActions, error: OpenError| {
            actions.say(Message::error(format!(
                "\u{201c}{name}\u{201d} was not opened: {error}."
            )));
        };
        let kind = match FileKind::of(&name) {
            Ok(kind) => kind,
            Err(error) => return refuse(self, error),
        };
        // Refuse an oversized file before reading it into memory.
        let size = file.size() as usize;
        if size > opening::MAX_ARTICLE_BYTES {
            return refuse(self, OpenError::TooLarge { bytes: size });
        }
        let actions = self.clone();
        read_file(file, self.reading.clone(), move |name, bytes| {
            let opened = bytes.map_err(|_| OpenError::Binary).and_then(|bytes| {
                let text = opening::check_bytes(&bytes)?;
                match kind {
                    FileKind::Text => opening::from_plain_text(text),
                    FileKind::Markdown => opening::from_markdown(text),
                    FileKind::Html => html_extract::extract(text),
                }
            });
            match opened {
                Ok(opened) => actions.open_new(opened),
                Err(error) => actions.say(Message::error(format!(
                    "\u{201c}{name}\u{201d} was not opened: {error}."
                ))),
            }
        });
    }

    /// Deletes a document after the reader confirms; the deletion can be undone.
    pub fn delete(&self, id: &str) {
        let Some(entry) = self.library.documents.iter().find(|e| e.id == id).cloned() else {
            return;
        };
        let total = entry.counts.claims + entry.counts.quotes + entry.counts.scare_quotes;
        let question = format!(
            "Delete \u{201c}{}\u{201d} and its {total} annotations from the library? You can undo this until you close the library.",
            entry.title
        );
        if !window().confirm_with_message(&question).unwrap_or(false) {
            return;
        }
        (self.flush)();
        if entry.id == self.current_id
            && let Some(bundled) = self.library.documents.iter().find(|e| e.bundled)
        {
            self.show(&bundled.id.clone());
        }
        let now = now();
        let record = library::open(&BrowserStorage, &entry, &now).record;
        let mut stored = library::load(&BrowserStorage, &now);
        match library::delete(&BrowserStorage, &mut stored.index, id) {
            Ok(_) => self.dispatcher.dispatch(Action::Deleted {
                record,
                library: stored.index,
            }),
            Err(error) => self.say(Message::error(format!(
                "\u{201c}{}\u{201d} was not deleted: {error}.",
                entry.title
            ))),
        }
    }

    /// Puts a deleted document back.
    pub fn undo_delete(&self, record: DocumentRecord) {
        let now = now();
        let mut stored = library::load(&BrowserStorage, &now);
        match library::save(&BrowserStorage, &mut stored.index, &record, &now) {
            Ok(()) => {
                self.dispatcher.dispatch(Action::LibraryChanged(stored.index));
                self.dispatcher.dispatch(Action::ForgetDeleted);
                self.say(Message::info(format!("\u{201c}{}\u{201d} is back in the library.", record.title)));
            }
            Err(error) => self.say(Message::error(format!("\u{201c}{}\u{201d} could not be put back: {error}. Its annotations are still held in this tab.", record.title))),
        }
    }

    /// Changes a document's title and source address, as checked by the library form: the open
    /// one through the reducer (and autosave), others in storage.
    pub fn edit(&self, id: &str, details: Details) {
        let Details { title, source } = details;
        if id == self.current_id {
            self.dispatcher
                .dispatch(Action::EditCurrent { title, source });
            return;
        }
        let Some(entry) = self.library.documents.iter().find(|e| e.id == id).cloned() else {
            return;
        };
        let now = now();
        let mut opened = library::open(&BrowserStorage, &entry, &now);
        if !opened.writable {
            return self.say(Message::error(
                opened
                    .problem
                    .unwrap_or_else(|| "That article cannot be changed.".into()),
            ));
        }
        opened.record.title = title;
        opened.record.source = source;
        let mut stored = library::load(&BrowserStorage, &now);
        match library::save(&BrowserStorage, &mut stored.index, &opened.record, &now) {
            Ok(()) => self
                .dispatcher
                .dispatch(Action::LibraryChanged(stored.index)),
            Err(error) => self.say(Message::error(format!(
                "The article was not changed: {error}."
            ))),
        }
    }

    /// Downloads one backup file of the whole library.
    pub fn export_all(&self) {
        (self.flush)();
        let now = now();
        let (backup, count) = backup::export_all(&BrowserStorage, &now);
        let name = format!(
            "quotemark-library-{}.json",
            now.get(..10).unwrap_or("backup")
        );
        match download(&name, "application/json", &backup) {
            Ok(()) => self.say(Message::info(format!(
                "Exported the library ({count} articles with annotations) as {name}."
            ))),
            Err(error) => self.say(Message::error(format!(
                "The library was not exported: {error}."
            ))),
        }
    }

    /// Merges a library backup into the library.
    pub fn import_all(&self, file: web_sys::File) {
        (self.flush)();
        let actions = self.clone();
        read_file(file, self.reading.clone(), move |name, bytes| {
            let result = bytes.and_then(|bytes| {
                backup::import_all(&BrowserStorage, &bytes, &now()).map_err(|e| e.to_string())
            });
            match result {
                Ok((report, index)) => {
                    let current = actions.current_id.clone();
                    actions
                        .dispatcher
                        .dispatch(Action::LibraryChanged(index.clone()));
                    // The open article may have gained annotations: show it as stored now.
                    let refreshed = LibraryActions {
                        library: index,
                        ..actions.clone()
                    };
                    refreshed.show(&current);
                    actions.say(Message::info(report.to_string()));
                }
                Err(error) => actions.say(Message::error(format!(
                    "Nothing was restored from \u{201c}{name}\u{201d}: {error}."
                ))),
            }
        });
    }

    /// Carries the annotations of an earlier version over to the open article.
    pub fn carry_over(
        &self,
        from: &library::IndexEntry,
        new_text: &str,
        exists: impl Fn(&crate::core::annotation::AnnotationId) -> bool,
    ) {
        let old = library::open(&BrowserStorage, from, &now());
        if let Some(problem) = old.problem {
            return self.say(Message::error(problem));
        }
        let (annotations, report) =
            carry_over(old.record.text(), &old.record.annotations, new_text, exists);
        self.dispatcher.dispatch(Action::CarryOver {
            annotations,
            report,
            from_title: from.title.clone(),
        });
    }
}
