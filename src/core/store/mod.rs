//! The annotations of one document, with undo and redo.
//!
//! [`AnnotationStore`] keeps its annotations in document order (by `start`, then longer first,
//! then id) and records every change as the annotation before and after it, so undoing is
//! putting the "before" back. Every mutating operation is undoable; a new change clears the
//! redo stack, as editors do. Annotations are shared behind `Rc`, so cloning a store (as Yew's
//! reducer does on every action) copies pointers, not text.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use thiserror::Error;

use super::annotation::{Annotation, AnnotationId};
use super::offsets::CharOffset;
use super::order;
use super::time::Timestamp;

/// How many changes undo remembers; older ones are forgotten first.
pub const UNDO_LIMIT: usize = 500;

/// One change to the set, as whole annotations before and after it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Edit {
    Add(Annotation),
    Replace(Annotation),
    Remove(AnnotationId),
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum StoreError {
    #[error("an annotation with id {0} already exists")]
    DuplicateId(AnnotationId),
    #[error("no annotation has id {0}")]
    UnknownId(AnnotationId),
}

/// One step of history: `before` is `None` for an added annotation, `after` for a removed one.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Step {
    before: Option<Rc<Annotation>>,
    after: Option<Rc<Annotation>>,
}

/// One undoable change: its steps, shared, so that copying a store (Yew's reducer does on
/// every action) or its history copies one pointer per change, not one per step (an import
/// of 5,000 annotations is one change of 5,000 steps). Stored as a JSON array of steps.
pub type Change = Rc<[Step]>;

/// The undo and redo stacks, oldest first, as they are saved beside the annotations.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct History {
    pub undo: Vec<Change>,
    pub redo: Vec<Change>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AnnotationStore {
    items: Vec<Rc<Annotation>>,
    undo: Vec<Change>,
    redo: Vec<Change>,
}

impl AnnotationStore {
    /// A store holding `annotations`, with no history. Duplicate ids keep the first.
    pub fn from_annotations(annotations: impl IntoIterator<Item = Annotation>) -> Self {
        // One sort, not one sorted insertion each: a stored article can hold thousands.
        let mut seen = HashSet::new();
        let mut items: Vec<Rc<Annotation>> = annotations
            .into_iter()
            .filter(|a| seen.insert(a.id.clone()))
            .map(Rc::new)
            .collect();
        order::sort_by(&mut items, |a, b| order_key(a).cmp(&order_key(b)));
        Self {
            items,
            ..Self::default()
        }
    }

    /// The annotations in document order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &Annotation> + Clone {
        self.items.iter().map(|a| &**a)
    }

    /// The annotations as the shared pointers the store keeps, for views that hold on to them
    /// (comparing two of these is a pointer comparison when nothing changed).
    pub fn iter_shared(&self) -> impl ExactSizeIterator<Item = &Rc<Annotation>> + Clone {
        self.items.iter()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn get(&self, id: &AnnotationId) -> Option<&Annotation> {
        self.position(id).map(|i| &*self.items[i])
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Whether `edits` would change anything: false only when each replaces an annotation
    /// with an identical copy (an editor field committed unchanged). A cheap look before a
    /// caller copies anything to apply them.
    pub fn would_change(&self, edits: &[Edit]) -> bool {
        !edits
            .iter()
            .all(|edit| matches!(edit, Edit::Replace(a) if self.get(&a.id) == Some(a)))
    }

    /// Applies `edits` as one undoable change. Returns `Ok(false)` when nothing changed (a
    /// replacement identical to what is stored), and changes nothing at all on error.
    pub fn apply(&mut self, edits: Vec<Edit>) -> Result<bool, StoreError> {
        let steps = self.plan(edits)?;
        if steps.is_empty() {
            return Ok(false);
        }
        for step in &steps {
            self.swap(step.before.as_ref(), step.after.clone());
        }
        self.undo.push(steps.into());
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        Ok(true)
    }

    /// Undoes the last change; `false` when there is none.
    pub fn undo(&mut self) -> bool {
        let Some(steps) = self.undo.pop() else {
            return false;
        };
        for step in steps.iter().rev() {
            self.swap(step.after.as_ref(), step.before.clone());
        }
        self.redo.push(steps);
        true
    }

    /// Redoes the last undone change; `false` when there is none.
    pub fn redo(&mut self) -> bool {
        let Some(steps) = self.redo.pop() else {
            return false;
        };
        for step in steps.iter() {
            self.swap(step.before.as_ref(), step.after.clone());
        }
        self.undo.push(steps);
        true
    }

    /// The history, keeping at most the `limit` most recent changes of each stack.
    pub fn history(&self, limit: usize) -> History {
        let recent = |stack: &[Change]| stack[stack.len().saturating_sub(limit)..].to_vec();
        History {
            undo: recent(&self.undo),
            redo: recent(&self.redo),
        }
    }

    /// Restores a saved history if it fits the annotations as they are: undoing every change
    /// in turn must find each annotation as the change left it, and redoing likewise. Returns
    /// `false` and keeps no history otherwise; the annotations themselves never change here.
    pub fn restore_history(&mut self, history: History) -> bool {
        let mut replay = Self {
            items: self.items.clone(),
            ..Self::default()
        };
        // Each step is checked by its annotation's place in document order (a binary search),
        // and an absent one against a set of ids: a history of thousands of steps over
        // thousands of annotations is replayed at every load.
        let fits = |replay: &mut Self, steps: &[Step], undoing: bool| {
            let mut ids: HashSet<AnnotationId> =
                replay.items.iter().map(|a| a.id.clone()).collect();
            let ordered: Vec<&Step> = if undoing {
                steps.iter().rev().collect()
            } else {
                steps.iter().collect()
            };
            ordered.into_iter().all(|step| {
                let (present, next) = if undoing {
                    (&step.after, &step.before)
                } else {
                    (&step.before, &step.after)
                };
                let at = present.as_ref().map(|p| replay.position_of(p));
                let matches = match (at, next) {
                    (Some(found), _) => found.is_some(),
                    (None, Some(next)) => !ids.contains(&next.id),
                    (None, None) => true,
                };
                if matches {
                    if let Some(i) = at.flatten() {
                        ids.remove(&replay.items.remove(i).id);
                    }
                    if let Some(next) = next {
                        ids.insert(next.id.clone());
                        replay.insert(next.clone());
                    }
                }
                matches
            })
        };
        let undo_fits = history
            .undo
            .iter()
            .rev()
            .all(|steps| fits(&mut replay, steps, true));
        // Redo starts from the state as it is now, the newest undone change last in the stack.
        let mut forward = Self {
            items: self.items.clone(),
            ..Self::default()
        };
        let redo_fits = history
            .redo
            .iter()
            .rev()
            .all(|steps| fits(&mut forward, steps, false));
        if undo_fits && redo_fits {
            self.undo = history.undo;
            self.redo = history.redo;
        }
        undo_fits && redo_fits
    }

    /// Puts `older` (the history saved before this store was opened, read after it) beneath
    /// this store's own: its undo changes come first, older than any made since. A change
    /// made since cleared the redo stack, so `older`'s redo is kept only if there was none.
    /// Gives whether `older` fitted the annotations (see [`Self::restore_history`]); if not, the
    /// store keeps only its own history.
    pub fn prepend_history(&mut self, older: History) -> bool {
        let changed_since = !self.undo.is_empty() || !self.redo.is_empty();
        let mut undo = older.undo;
        undo.append(&mut self.undo.clone());
        let excess = undo.len().saturating_sub(UNDO_LIMIT);
        undo.drain(..excess);
        let redo = if changed_since {
            self.redo.clone()
        } else {
            older.redo
        };
        self.restore_history(History { undo, redo })
    }

    /// Takes in annotations saved elsewhere (another tab): those this store lacks are added,
    /// and those modified later than ours replace ours. Nothing of ours is removed, so no
    /// annotation is ever lost to a concurrent edit. The undo history is cleared when anything
    /// changed, since it no longer describes how the set came to be. Returns whether it changed.
    pub fn merge_external(&mut self, theirs: impl IntoIterator<Item = Annotation>) -> bool {
        // Looked up by id in maps, and put in order with one sort: another tab's save brings
        // the whole document, and one search of the list per annotation was quadratic (about
        // 100 ms for 5,000 annotations, in every other tab, on every save).
        let ours: HashMap<&AnnotationId, &Timestamp> =
            self.items.iter().map(|a| (&a.id, &a.modified)).collect();
        // Of several copies of one id, the first is kept unless a later one is newer.
        let mut newer: HashMap<AnnotationId, Annotation> = HashMap::new();
        for annotation in theirs {
            let beats = |modified: &Timestamp| annotation.modified > *modified;
            let wanted = ours.get(&annotation.id).is_none_or(|m| beats(m))
                && newer.get(&annotation.id).is_none_or(|n| beats(&n.modified));
            if wanted {
                newer.insert(annotation.id.clone(), annotation);
            }
        }
        if newer.is_empty() {
            return false;
        }
        self.items.retain(|a| !newer.contains_key(&a.id));
        self.items.extend(newer.into_values().map(Rc::new));
        order::sort_by(&mut self.items, |a, b| order_key(a).cmp(&order_key(b)));
        self.undo.clear();
        self.redo.clear();
        true
    }

    /// Checks every edit against the store as the earlier edits leave it, without changing it.
    /// One edit (adding a highlight, editing a field) is checked against the store itself;
    /// only several need a copy to play the earlier ones on.
    fn plan(&self, edits: Vec<Edit>) -> Result<Vec<Step>, StoreError> {
        let mut preview = (edits.len() > 1).then(|| Self {
            items: self.items.clone(),
            ..Self::default()
        });
        let mut steps = Vec::with_capacity(edits.len());
        for edit in edits {
            let view = preview.as_ref().unwrap_or(self);
            let step = match edit {
                Edit::Add(a) => {
                    if view.position(&a.id).is_some() {
                        return Err(StoreError::DuplicateId(a.id));
                    }
                    Step {
                        before: None,
                        after: Some(Rc::new(a)),
                    }
                }
                Edit::Replace(a) => {
                    let i = view
                        .position(&a.id)
                        .ok_or_else(|| StoreError::UnknownId(a.id.clone()))?;
                    if *view.items[i] == a {
                        continue;
                    }
                    Step {
                        before: Some(Rc::clone(&view.items[i])),
                        after: Some(Rc::new(a)),
                    }
                }
                Edit::Remove(id) => {
                    let i = view.position(&id).ok_or(StoreError::UnknownId(id))?;
                    Step {
                        before: Some(Rc::clone(&view.items[i])),
                        after: None,
                    }
                }
            };
            if let Some(preview) = preview.as_mut() {
                preview.swap(step.before.as_ref(), step.after.clone());
            }
            steps.push(step);
        }
        Ok(steps)
    }

    /// Takes `out` away (by id) and puts `into` in its document-order place.
    fn swap(&mut self, out: Option<&Rc<Annotation>>, into: Option<Rc<Annotation>>) {
        if let Some(i) = out.and_then(|a| self.position(&a.id)) {
            self.items.remove(i);
        }
        if let Some(a) = into {
            self.insert(a);
        }
    }

    fn insert(&mut self, annotation: Rc<Annotation>) {
        let key = order_key(&annotation);
        let at = self.items.partition_point(|a| order_key(a) < key);
        self.items.insert(at, annotation);
    }

    /// Whether an id is in the store, for checking many: the set is built once, where each
    /// [`get`](Self::get) searches the list (an import of 5,000 into 5,000 made 25 million
    /// comparisons).
    pub fn contains_fn(&self) -> impl Fn(&AnnotationId) -> bool + '_ {
        let ids: HashSet<&AnnotationId> = self.items.iter().map(|a| &a.id).collect();
        move |id| ids.contains(id)
    }

    fn position(&self, id: &AnnotationId) -> Option<usize> {
        self.items.iter().position(|a| &a.id == id)
    }

    /// Where `annotation`, exactly as given, is: found by its place in document order.
    fn position_of(&self, annotation: &Annotation) -> Option<usize> {
        let key = order_key(annotation);
        let i = self.items.partition_point(|a| order_key(a) < key);
        (self.items.get(i).map(|a| &**a) == Some(annotation)).then_some(i)
    }
}

/// Document order: by start, the longer first (so an enclosing claim precedes its quote).
fn order_key(a: &Annotation) -> (CharOffset, std::cmp::Reverse<CharOffset>, &AnnotationId) {
    (a.start, std::cmp::Reverse(a.end), &a.id)
}

#[cfg(test)]
mod tests;
