//! The reducer: one [`Action`] applied to a [`Workspace`]. It is pure (no storage, DOM or
//! clock); a no-op returns the same `Rc`, so Yew skips the re-render.

use std::rc::Rc;

use yew::Reducible;

use super::{Action, Message, Workspace, settle_history};
use crate::core::annotation::Annotation;
use crate::core::library::{self, IndexEntry};
use crate::core::saved::document_id;
use crate::core::store::{AnnotationStore, Edit};
use crate::core::suggestions::Suggestion;

impl Reducible for Workspace {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        let changed = match action {
            Action::SelectText(pending) => {
                let changed = next.pending != pending;
                next.pending = pending;
                changed
            }
            Action::Label {
                kind,
                range,
                id,
                now,
            } => {
                if next.article.slice(range).is_none_or(str::is_empty) {
                    return self;
                }
                let annotation = Annotation::new(id.clone(), kind, range, &next.article, &now);
                let changed = next.edit(vec![Edit::Add(annotation)]);
                if changed {
                    next.pending = None;
                    next.selected = Some(id);
                }
                changed
            }
            Action::Update(annotation) => next.edit(vec![Edit::Replace(annotation)]),
            Action::Delete(id) => {
                let changed = next.edit(vec![Edit::Remove(id)]);
                next.forget_missing_selection();
                changed
            }
            Action::Undo => {
                let changed = next.store.undo();
                if changed {
                    next.revision += 1;
                    next.forget_missing_selection();
                }
                changed
            }
            Action::Redo => {
                let changed = next.store.redo();
                if changed {
                    next.revision += 1;
                    next.forget_missing_selection();
                }
                changed
            }
            Action::Select(id) => {
                let changed = next.selected != id;
                next.selected = id;
                changed
            }
            Action::Reveal(id) => {
                let generation = next.flash.as_ref().map_or(0, |(_, n)| n + 1);
                next.selected = Some(id.clone());
                next.flash = Some((id, generation));
                true
            }
            Action::ToggleKind(kind) => {
                if let Some(i) = next.filter.hidden.iter().position(|k| *k == kind) {
                    next.filter.hidden.remove(i);
                } else {
                    next.filter.hidden.push(kind);
                }
                true
            }
            Action::Search(query) => {
                let changed = next.filter.query != query;
                next.filter.query = query;
                changed
            }
            Action::ShowHelp(open) => {
                let changed = next.help_open != open;
                next.help_open = open;
                changed
            }
            Action::DismissLoadProblem => next.load_problem.take().is_some(),
            Action::SaveSucceeded => next.save_problem.take().is_some(),
            Action::Import {
                file_name,
                bytes,
                now,
            } => {
                next.message = Some(next.import(&file_name, &bytes, &now));
                true
            }
            Action::AttachToSelection { id, now } => {
                let Some(range) = next.pending.as_ref().map(|p| p.range) else {
                    return self;
                };
                let (Some(existing), Some(exact)) =
                    (next.store.get(&id), next.article.slice(range))
                else {
                    return self;
                };
                let mut attached = existing.clone();
                attached.start = range.start().get();
                attached.end = range.end().get();
                attached.exact = exact.to_owned();
                attached.orphaned = false;
                attached.modified = now;
                let changed = next.edit(vec![Edit::Replace(attached)]);
                if changed {
                    next.pending = None;
                }
                changed
            }
            Action::ShowMessage(message) => {
                next.message = Some(message);
                true
            }
            Action::DismissMessage => next.message.take().is_some(),
            Action::ShowDocument {
                record,
                entry,
                writable,
                problem,
                parts,
            } => {
                next.show(&record, entry, parts);
                next.writable = writable && next.writable_library();
                next.load_problem = problem;
                true
            }
            Action::CarryOver {
                annotations,
                report,
                from_title,
            } => {
                next.carry_offer = None;
                next.edit(annotations.into_iter().map(Edit::Add).collect());
                next.message = Some(Message::info(format!(
                    "Carried over from \u{201c}{from_title}\u{201d}: {} exact, {} moved or changed, {} orphaned.",
                    report.exact, report.fuzzy, report.orphaned
                )));
                true
            }
            Action::DismissCarryOffer => next.carry_offer.take().is_some(),
            Action::OpenNew {
                opened,
                now,
                earlier,
            } => {
                let id = document_id(&opened.text);
                let entry = IndexEntry {
                    id: id.clone(),
                    title: opened.title.clone(),
                    source: opened.source.clone(),
                    added: now.clone(),
                    modified: now,
                    generation: 0,
                    counts: Default::default(),
                    bundled: false,
                };
                let record =
                    library::record_of(&entry, Some(&opened.text), &AnnotationStore::default());
                next.show(&record, entry, None);
                next.carry_offer = earlier;
                next.opener_open = false;
                next.writable = next.writable_library();
                next.revision += 1;
                next.message = Some(Message::info(format!(
                    "Opened \u{201c}{}\u{201d}; it is in your library now.",
                    opened.title
                )));
                true
            }
            Action::LibraryChanged(index) => {
                if let Some(entry) = index.documents.iter().find(|e| e.id == next.current.id) {
                    next.current = entry.clone();
                }
                next.library = index;
                true
            }
            Action::EditCurrent { title, source } => {
                let title = crate::core::opening::clip_title(&title);
                if title.is_empty()
                    || (title == next.current.title && source == next.current.source)
                {
                    return self;
                }
                next.current.title = title;
                next.current.source = source;
                next.revision += 1;
                true
            }
            Action::Deleted { record, library } => {
                // The library dialog says so, with its Undo button.
                next.deleted = Some(record);
                next.library = library;
                true
            }
            Action::ForgetDeleted => next.deleted.take().is_some(),
            Action::MergeExternal {
                document_id,
                annotations,
            } => {
                if document_id != next.current.id || !next.store.merge_external(annotations) {
                    return self;
                }
                // Saving the union lets the other tab converge: it finds nothing newer.
                next.revision += 1;
                next.forget_missing_selection();
                true
            }
            Action::HistoryRead { document_id, read } => {
                if document_id != next.current.id {
                    return self;
                }
                let Some(parts) = next.history_later.take() else {
                    return self;
                };
                match read {
                    Ok(older) => {
                        let Workspace {
                            store, saved_base, ..
                        } = &mut next;
                        settle_history(store, saved_base, &parts, older);
                    }
                    Err(problem) => {
                        next.load_problem = Some(match next.load_problem.take() {
                            Some(earlier) => format!("{earlier} {problem}"),
                            None => problem,
                        });
                    }
                }
                true
            }
            Action::DetectionProgress {
                document_id,
                done,
                total,
            } => {
                if document_id != next.current.id || next.detecting == Some((done, total)) {
                    return self;
                }
                next.detecting = Some((done, total));
                true
            }
            Action::SuggestionsFound {
                document_id,
                suggestions,
            } => {
                if document_id != next.current.id {
                    return self;
                }
                next.suggestions = Rc::new(suggestions);
                next.detecting = None;
                next.suggestions_version += 1;
                true
            }
            Action::AcceptSuggestions {
                suggestions,
                ids,
                now,
            } => {
                let article = next.article.clone();
                let fits = |s: &Suggestion| article.slice(s.range).is_some_and(|t| !t.is_empty());
                let annotations: Vec<Edit> = suggestions
                    .iter()
                    .zip(ids)
                    .filter(|(s, _)| fits(s))
                    .map(|(s, id)| Edit::Add(s.accept(id, &article, &now)))
                    .collect();
                let changed = next.edit(annotations);
                if changed {
                    next.suggestions_version += 1;
                }
                changed
            }
            Action::RejectSuggestion(key) => {
                if !Rc::make_mut(&mut next.rejected).insert(key) {
                    return self;
                }
                next.suggestions_version += 1;
                // The rejection is saved with the document.
                next.revision += 1;
                true
            }
            Action::RestoreRejected => {
                if next.rejected.is_empty() {
                    return self;
                }
                next.rejected = Rc::default();
                next.suggestions_version += 1;
                next.revision += 1;
                true
            }
            Action::MergeSpeakers { names, into } => {
                let aliases = Rc::make_mut(&mut next.speaker_aliases);
                let mut changed = false;
                for name in names.into_iter().filter(|n| *n != into) {
                    changed |= aliases.insert(name, into.clone()).as_ref() != Some(&into);
                }
                if !changed {
                    return self;
                }
                next.revision += 1;
                true
            }
            Action::SplitSpeaker(name) => {
                let aliases = Rc::make_mut(&mut next.speaker_aliases);
                if aliases.get(&name) == Some(&name) {
                    return self;
                }
                aliases.insert(name.clone(), name);
                next.revision += 1;
                true
            }
            Action::ShowInsight(open) => {
                let changed = next.insight_open != open;
                next.insight_open = open;
                changed
            }
            Action::ShowSuggestions(show) => {
                if next.show_suggestions == show {
                    return self;
                }
                next.show_suggestions = show;
                next.suggestions_version += 1;
                true
            }
            Action::ShowLibrary(open) => {
                let changed = next.library_open != open;
                next.library_open = open;
                changed
            }
            Action::ShowOpener(open) => {
                let changed = next.opener_open != open;
                next.opener_open = open;
                changed
            }
            Action::SaveFailed(message) => {
                let changed = next.save_problem.as_deref() != Some(message.as_str());
                next.save_problem = Some(message);
                changed
            }
        };
        // A refused change changes nothing but the message that says why.
        if changed || next.message != self.message {
            Rc::new(next)
        } else {
            self
        }
    }
}
