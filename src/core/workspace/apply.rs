//! [`Workspace::apply`]: one [`Action`] applied to the workspace. Each handler takes the part
//! it changes with `Rc::make_mut` only once it knows it changes it, so an action that changes
//! nothing copies nothing, and one that changes the view copies only the view. Changes to the
//! annotations are in `edits.rs`, putting a document on screen in `documents.rs`.

use std::rc::Rc;

use super::{Action, Dialog, Notice, Problem, Suggestions, Workspace, settle_history};
use crate::core::annotation::{Annotation, AnnotationId};
use crate::core::library;
use crate::core::opening;
use crate::core::store::{AnnotationStore, Edit};

impl Workspace {
    /// Applies `action`; gives whether anything changed (a refused edit changes the notice
    /// that says why).
    pub fn apply(&mut self, action: Action) -> bool {
        match action {
            Action::Label {
                kind,
                range,
                id,
                now,
            } => {
                let article = self.document.article.clone();
                if article.slice(range).is_none_or(str::is_empty) {
                    return false;
                }
                let annotation = Annotation::new(id.clone(), kind, range, &article, &now);
                let changed = self.edit(vec![Edit::Add(annotation)]);
                if self.document.store.get(&id).is_some() {
                    self.select(Some(id));
                }
                changed
            }
            Action::Update(annotation) => self.edit(vec![Edit::Replace(annotation)]),
            Action::Delete(id) => {
                let changed = self.edit(vec![Edit::Remove(id)]);
                self.forget_missing_selection();
                changed
            }
            Action::Undo => self.step_history(AnnotationStore::can_undo, AnnotationStore::undo),
            Action::Redo => self.step_history(AnnotationStore::can_redo, AnnotationStore::redo),
            Action::Select(id) => self.select(id),
            Action::Reveal(id) => {
                let view = Rc::make_mut(&mut self.view);
                let generation = view.flash.as_ref().map_or(0, |(_, n)| n + 1);
                view.selected = Some(id.clone());
                view.flash = Some((id, generation));
                true
            }
            Action::ToggleKind(kind) => {
                let hidden = &mut Rc::make_mut(&mut self.view).filter.hidden;
                match hidden.iter().position(|k| *k == kind) {
                    Some(i) => {
                        hidden.remove(i);
                    }
                    None => hidden.push(kind),
                }
                true
            }
            Action::Search(query) => {
                if self.view.filter.query == query {
                    return false;
                }
                Rc::make_mut(&mut self.view).filter.query = query;
                true
            }
            Action::OpenDialog(dialog) => self.set_dialog(dialog),
            Action::CloseDialog(dialog) => {
                let forget = dialog == Dialog::Library && self.library.deleted.is_some();
                if forget {
                    Rc::make_mut(&mut self.library).deleted = None;
                }
                // Closed, the mapping step drops the files it held: nothing was opened.
                let dropped = dialog == Dialog::Labels && self.library.choosing.is_some();
                if dropped {
                    Rc::make_mut(&mut self.library).choosing = None;
                }
                (self.view.dialog == dialog && self.set_dialog(Dialog::None)) || forget || dropped
            }
            Action::ChooseLabels(choice) => {
                Rc::make_mut(&mut self.library).choosing = Some(choice);
                self.set_dialog(Dialog::Labels);
                true
            }
            Action::DismissProblems => {
                if self.notices.problems.is_empty() {
                    return false;
                }
                Rc::make_mut(&mut self.notices).problems.clear();
                true
            }
            Action::Saved(index) => {
                let cleared = self.notices.save_problem.is_some();
                if cleared {
                    Rc::make_mut(&mut self.notices).save_problem = None;
                }
                self.library_changed(index) || cleared
            }
            Action::SaveFailed(problem) => {
                if self.notices.save_problem.as_ref() == Some(&problem) {
                    return false;
                }
                Rc::make_mut(&mut self.notices).save_problem = Some(problem);
                true
            }
            Action::Import {
                file_name,
                document_id,
                read,
            } => {
                if document_id != self.document.id() {
                    self.notify(Notice::ImportElsewhere { file_name });
                } else {
                    self.import(file_name, read);
                }
                true
            }
            Action::AttachTo { id, range, now } => {
                let (Some(existing), Some(exact)) = (
                    self.document.store.get(&id),
                    self.document.article.slice(range),
                ) else {
                    return false;
                };
                let attached = Annotation {
                    start: range.start(),
                    end: range.end(),
                    exact: exact.to_owned(),
                    orphaned: false,
                    modified: now,
                    ..existing.clone()
                };
                self.edit(vec![Edit::Replace(attached)])
            }
            Action::ShowNotice(notice) => {
                self.notify(notice);
                true
            }
            Action::Progress(progress) => {
                if self.notices.progress == progress {
                    return false;
                }
                Rc::make_mut(&mut self.notices).progress = progress;
                true
            }
            Action::DismissNotice => {
                if self.notices.message.is_none() {
                    return false;
                }
                Rc::make_mut(&mut self.notices).message = None;
                true
            }
            Action::ShowDocument { entry, opened } => {
                self.show_stored(entry, *opened);
                true
            }
            Action::OpenNew {
                opened,
                note,
                now,
                earlier,
            } => {
                self.open_new(opened, note, now, earlier);
                true
            }
            Action::CarryOver {
                annotations,
                report,
                from_title,
            } => {
                Rc::make_mut(&mut self.document).carry_offer = None;
                self.edit(annotations.into_iter().map(Edit::Add).collect());
                self.notify(Notice::CarriedOver { from_title, report });
                true
            }
            Action::DismissCarryOffer => {
                if self.document.carry_offer.is_none() {
                    return false;
                }
                Rc::make_mut(&mut self.document).carry_offer = None;
                true
            }
            Action::LibraryChanged(index) => self.library_changed(index),
            Action::EditCurrent {
                title,
                source,
                credit,
            } => {
                let title = opening::clip_title(&title);
                let entry = &self.document.entry;
                let unchanged =
                    title == entry.title && source == entry.source && credit == entry.credit;
                if title.is_empty() || unchanged {
                    return false;
                }
                let entry = &mut Rc::make_mut(&mut self.document).entry;
                entry.title = title;
                entry.source = source;
                entry.credit = credit;
                self.mark_changed();
                true
            }
            Action::Deleted { record, library } => {
                // The library dialog says so, with its Undo button.
                let state = Rc::make_mut(&mut self.library);
                state.index = library;
                state.deleted = Some(Rc::new(record));
                true
            }
            Action::ForgetDeleted => {
                if self.library.deleted.is_none() {
                    return false;
                }
                Rc::make_mut(&mut self.library).deleted = None;
                true
            }
            Action::MergeExternal {
                document_id,
                annotations,
            } => {
                if document_id != self.document.id() {
                    return false;
                }
                let mut store = (*self.document.store).clone();
                if !store.merge_external(annotations) {
                    return false;
                }
                Rc::make_mut(&mut self.document).store = Rc::new(store);
                // Saving the union lets the other tab converge: it finds nothing newer.
                self.mark_changed();
                self.forget_missing_selection();
                true
            }
            Action::HistoryRead { document_id, read } => {
                let Some(parts) = self.persistence.history_later.clone() else {
                    return false;
                };
                if document_id != self.document.id() {
                    return false;
                }
                let persistence = Rc::make_mut(&mut self.persistence);
                persistence.history_later = None;
                match read {
                    // Another tab saved a newer record: it arrives as that tab's change does.
                    Ok(None) => {}
                    Ok(Some(older)) => {
                        let document = Rc::make_mut(&mut self.document);
                        settle_history(
                            Rc::make_mut(&mut document.store),
                            &mut persistence.saved_base,
                            &parts,
                            older,
                        );
                    }
                    Err(problem) => {
                        Rc::make_mut(&mut self.notices)
                            .problems
                            .push(Problem::History {
                                title: self.document.entry.title.clone(),
                                problem,
                            })
                    }
                }
                true
            }
            Action::DetectionProgress {
                document_id,
                done,
                total,
            } => {
                if document_id != self.document.id()
                    || self.suggestions.detecting == Some((done, total))
                {
                    return false;
                }
                Rc::make_mut(&mut self.suggestions).detecting = Some((done, total));
                true
            }
            Action::SuggestionsFound {
                document_id,
                suggestions,
            } => {
                if document_id != self.document.id() {
                    return false;
                }
                let found = Rc::make_mut(&mut self.suggestions);
                found.found = Rc::new(suggestions);
                found.detecting = None;
                found.version += 1;
                true
            }
            Action::SuggestionsPart {
                document_id,
                from,
                suggestions,
            } => {
                if document_id != self.document.id() {
                    return false;
                }
                let found = Rc::make_mut(&mut self.suggestions);
                let list = Rc::make_mut(&mut found.found);
                list.truncate(from);
                list.extend(suggestions);
                found.version += 1;
                true
            }
            Action::DetectionDone { document_id } => {
                if document_id != self.document.id() || self.suggestions.detecting.is_none() {
                    return false;
                }
                Rc::make_mut(&mut self.suggestions).detecting = None;
                true
            }
            Action::AcceptSuggestions {
                suggestions,
                ids,
                now,
            } => self.accept(&suggestions, ids, &now),
            Action::RejectSuggestion(key) => {
                if self.document.rejected.contains(&key) {
                    return false;
                }
                let document = Rc::make_mut(&mut self.document);
                Rc::make_mut(&mut document.rejected).insert(key);
                self.suggestions_changed();
                // The rejection is saved with the document.
                self.mark_changed();
                true
            }
            Action::RestoreRejected => {
                if self.document.rejected.is_empty() {
                    return false;
                }
                Rc::make_mut(&mut self.document).rejected = Rc::default();
                self.suggestions_changed();
                self.mark_changed();
                true
            }
            Action::ShowSuggestions(shown) => {
                let same = self.suggestions.shown == shown;
                self.set_suggestions_view(same, |s| s.shown = shown)
            }
            Action::SuggestionFloor(floor) => {
                let same = self.suggestions.floor == floor;
                self.set_suggestions_view(same, |s| s.floor = floor)
            }
            Action::MergeSpeakers { names, into } => {
                let mut aliases = (*self.document.speakers).clone();
                let mut changed = false;
                for name in names.into_iter().filter(|n| *n != into) {
                    changed |= aliases.insert(name, into.clone()).as_ref() != Some(&into);
                }
                if changed {
                    Rc::make_mut(&mut self.document).speakers = Rc::new(aliases);
                    self.mark_changed();
                }
                changed
            }
            Action::SplitSpeaker(name) => {
                if self.document.speakers.get(&name) == Some(&name) {
                    return false;
                }
                let document = Rc::make_mut(&mut self.document);
                Rc::make_mut(&mut document.speakers).insert(name.clone(), name);
                self.mark_changed();
                true
            }
            Action::Team(action) => self.apply_team(action),
        }
    }

    pub(super) fn set_dialog(&mut self, dialog: Dialog) -> bool {
        if self.view.dialog == dialog {
            return false;
        }
        Rc::make_mut(&mut self.view).dialog = dialog;
        true
    }

    pub(super) fn select(&mut self, id: Option<AnnotationId>) -> bool {
        if self.view.selected == id {
            return false;
        }
        Rc::make_mut(&mut self.view).selected = id;
        true
    }

    pub(super) fn notify(&mut self, notice: Notice) {
        Rc::make_mut(&mut self.notices).message = Some(Rc::new(notice));
    }

    pub(super) fn mark_changed(&mut self) {
        Rc::make_mut(&mut self.persistence).revision += 1;
    }

    pub(super) fn suggestions_changed(&mut self) {
        Rc::make_mut(&mut self.suggestions).version += 1;
    }

    /// Changes how suggestions are offered (shown or not, how sure), unless it is the `same`
    /// already: what is drawn and listed changes with it.
    fn set_suggestions_view(&mut self, same: bool, set: impl FnOnce(&mut Suggestions)) -> bool {
        if same {
            return false;
        }
        set(Rc::make_mut(&mut self.suggestions));
        self.suggestions_changed();
        true
    }

    /// Whether the library itself may be written (false when a newer Quotemark wrote it).
    pub(super) fn writable_library(&self) -> bool {
        self.library.index.version <= library::LIBRARY_VERSION
    }

    pub(super) fn forget_missing_selection(&mut self) {
        let missing = self
            .view
            .selected
            .as_ref()
            .is_some_and(|id| self.document.store.get(id).is_none());
        if missing {
            Rc::make_mut(&mut self.view).selected = None;
        }
    }
}
