//! Putting a document on screen: one read from storage, or a new text not saved yet; and the
//! library as storage holds it now.

use std::rc::Rc;

use super::{Dialog, Notice, OpenDocument, Problem, SavedBase, Workspace};
use crate::core::library::{self, DocumentRecord, IndexEntry, OpenedRecord, StoredParts};
use crate::core::opening;
use crate::core::page_text::PageNote;
use crate::core::saved::document_id;
use crate::core::store::AnnotationStore;
use crate::core::time::Timestamp;

impl Workspace {
    /// Puts a stored document on screen, as the caller opened it.
    pub(super) fn show_stored(&mut self, entry: IndexEntry, opened: OpenedRecord) {
        let writable = opened.writable && self.writable_library();
        let problems: Vec<Problem> = opened
            .problem
            .map(|problem| Problem::Document {
                title: entry.title.clone(),
                problem,
            })
            .into_iter()
            .collect();
        self.show(&opened.record, entry, opened.parts);
        Rc::make_mut(&mut self.persistence).writable = writable;
        Rc::make_mut(&mut self.notices).problems = problems;
    }

    /// Opens a text that is not in the library yet, to be saved at once.
    pub(super) fn open_new(
        &mut self,
        opened: opening::Opened,
        note: Option<PageNote>,
        now: Timestamp,
        earlier: Option<IndexEntry>,
    ) {
        let entry = IndexEntry {
            id: document_id(&opened.text),
            title: opened.title.clone(),
            source: opened.source.clone(),
            credit: opened.credit.clone(),
            added: now.clone(),
            modified: now,
            generation: 0,
            counts: Default::default(),
            bundled: false,
        };
        let record = library::record_of(&entry, Some(&opened.text), &AnnotationStore::default());
        self.show(&record, entry, None);
        Rc::make_mut(&mut self.document).carry_offer = earlier;
        self.set_dialog(Dialog::None);
        let writable = self.writable_library();
        let persistence = Rc::make_mut(&mut self.persistence);
        persistence.writable = writable;
        persistence.revision += 1;
        self.notify(match note {
            None => Notice::OpenedNew {
                title: opened.title,
            },
            Some(note) => Notice::OpenedFromPage {
                title: opened.title,
                note,
            },
        });
    }

    /// Puts a document on screen, leaving the library, filters and notices as they are.
    pub(super) fn show(
        &mut self,
        record: &DocumentRecord,
        entry: IndexEntry,
        parts: Option<StoredParts>,
    ) {
        let other = entry.id != self.document.id();
        let document = OpenDocument::of(record, entry, self.document.shown + 1);
        let suggestions = Rc::make_mut(&mut self.suggestions);
        if other {
            suggestions.found = Rc::default();
            suggestions.detecting = Some((0, 0));
        }
        suggestions.version += 1;
        let persistence = Rc::make_mut(&mut self.persistence);
        persistence.saved_base =
            SavedBase::after_open(document.id(), parts.as_ref(), &document.store);
        persistence.history_later = None;
        self.document = Rc::new(document);
        let view = Rc::make_mut(&mut self.view);
        view.selected = None;
        view.flash = None;
    }

    pub(super) fn library_changed(&mut self, index: library::LibraryIndex) -> bool {
        if self.library.index == index {
            return false;
        }
        if let Some(entry) = index.entry(self.document.id())
            && *entry != self.document.entry
        {
            Rc::make_mut(&mut self.document).entry = entry.clone();
        }
        Rc::make_mut(&mut self.library).index = index;
        true
    }
}
