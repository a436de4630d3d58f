//! The workspace's changes to the annotations: one undoable change at a time, refused whole
//! over a limit; undo and redo; an import; accepted suggestions.

use std::rc::Rc;

use super::{Notice, Workspace};
use crate::core::annotation::AnnotationId;
use crate::core::import::{ImportError, ImportRead};
use crate::core::limits::{self, LimitError};
use crate::core::store::{AnnotationStore, Edit};
use crate::core::suggestions::Suggestion;
use crate::core::time::Timestamp;

impl Workspace {
    /// Applies edits as one undoable change. A change over one of the limits (`core::limits`)
    /// is refused whole, and the reader told. Gives whether anything changed: the annotations,
    /// or the notice saying why not.
    pub(super) fn edit(&mut self, edits: Vec<Edit>) -> bool {
        self.try_edit(edits).unwrap_or_else(|error| {
            self.notify(Notice::EditRefused(error));
            true
        })
    }

    /// [`edit`](Self::edit), leaving what to say of a change over a limit to the caller.
    pub(super) fn try_edit(&mut self, edits: Vec<Edit>) -> Result<bool, LimitError> {
        limits::check_edits(self.document.store.len(), &edits)?;
        if !self.document.store.would_change(&edits) {
            return Ok(false);
        }
        // The document is copied once, and the store in it changed in place.
        let document = Rc::make_mut(&mut self.document);
        let changed = Rc::make_mut(&mut document.store)
            .apply(edits)
            .unwrap_or(false);
        if changed {
            self.mark_changed();
        }
        Ok(changed)
    }

    /// Undoes or redoes (`step`) when `possible` says there is a change to take.
    pub(super) fn step_history(
        &mut self,
        possible: fn(&AnnotationStore) -> bool,
        step: fn(&mut AnnotationStore) -> bool,
    ) -> bool {
        if !possible(&self.document.store) {
            return false;
        }
        step(Rc::make_mut(&mut Rc::make_mut(&mut self.document).store));
        self.mark_changed();
        self.forget_missing_selection();
        true
    }

    /// Adds what a file held to the store as one change, and says what happened.
    pub(super) fn import(&mut self, file_name: String, read: Result<ImportRead, ImportError>) {
        let ImportRead {
            format,
            mut annotations,
            mut report,
        } = match read {
            Ok(read) => read,
            Err(error) => return self.notify(Notice::ImportRefused { file_name, error }),
        };
        // The file was read a moment ago, outside the workspace: what was added since with the
        // same id (a second import of the same file) is skipped, not refused.
        let before = annotations.len();
        {
            let exists = self.document.store.contains_fn();
            annotations.retain(|a| !exists(&a.id));
        }
        let skipped = before - annotations.len();
        report.duplicates += skipped;
        report.imported -= skipped;
        let notice = match self.try_edit(annotations.into_iter().map(Edit::Add).collect()) {
            Ok(_) => Notice::Imported {
                file_name,
                format,
                report,
            },
            Err(error) => Notice::ImportOverLimit { file_name, error },
        };
        self.notify(notice);
    }

    pub(super) fn accept(
        &mut self,
        suggestions: &[Suggestion],
        ids: Vec<AnnotationId>,
        now: &Timestamp,
    ) -> bool {
        let article = self.document.article.clone();
        let fits = |s: &Suggestion| article.slice(s.range).is_some_and(|t| !t.is_empty());
        let edits: Vec<Edit> = suggestions
            .iter()
            .zip(ids)
            .filter(|(s, _)| fits(s))
            .map(|(s, id)| Edit::Add(s.accept(id, &article, now)))
            .collect();
        match self.try_edit(edits) {
            Ok(changed) => {
                if changed {
                    self.suggestions_changed();
                }
                changed
            }
            Err(error) => {
                self.notify(Notice::EditRefused(error));
                true
            }
        }
    }
}
