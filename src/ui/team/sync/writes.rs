//! Writing to the replica: the reader's own layer brought together with it after each change,
//! the gold layer's decisions, and an owner's articles. Sync sends each on; what waits to be
//! sent is counted.

use std::collections::BTreeSet;
use std::rc::Rc;

use wasm_bindgen_futures::spawn_local;

use super::Team;
use crate::core::team::docs::{ArticleDoc, KnownDoc, LayerDoc, layer_doc_id};
use crate::core::team::gold::GoldWrite;
use crate::core::team::layers::{HeldLayer, reconcile};
use crate::core::workspace::Action;
use crate::ui::browser::mark;
use crate::ui::team::pouch::WriteOutcome;

impl Team {
    /// Counts every document written among `outcomes` as waiting to be sent (kept in storage);
    /// gives how many were written.
    fn record_written(&self, outcomes: &[WriteOutcome]) -> usize {
        let mut written = 0;
        {
            let mut waiting = self.waiting.borrow_mut();
            for outcome in outcomes {
                if let Some(rev) = &outcome.rev {
                    waiting.written(&outcome.id, rev);
                    written += 1;
                }
            }
        }
        self.keep_waiting();
        written
    }

    /// Writes decisions of the gold layer (an adjudicator's).
    pub async fn write_gold(self: &Rc<Self>, writes: Vec<GoldWrite>) {
        if let Ok(outcomes) = self.local.write(&writes).await {
            self.record_written(&outcomes);
        }
        self.report();
    }

    /// Writes the open article's own layer to the replica, if it is a team article.
    pub fn write_own(self: &Rc<Self>) {
        if self.writing.replace(true) {
            self.write_again.set(true);
            return;
        }
        let team = self.clone();
        spawn_local(async move {
            loop {
                team.write_again.set(false);
                team.write_once().await;
                if !team.write_again.get() {
                    break;
                }
            }
            team.writing.set(false);
        });
    }

    pub(super) async fn write_once(self: &Rc<Self>) {
        let document = self.latest.workspace().document_id().to_owned();
        if !self.latest.workspace().team.has_article(&document) {
            return;
        }
        let me = &self.project.coder;
        let id = layer_doc_id(&document, me);
        let Ok(read) = self.local.docs_with_conflicts::<LayerDoc>(&id).await else {
            return;
        };
        // The prefix also reaches the layers of coders whose names start with this one's.
        let held = read
            .into_iter()
            .find(|(shown, _)| shown.id == id)
            .map(HeldLayer::from);
        // What the library has held of this article, as the last page that ran left it.
        let stored = if self.known.borrow().is_of(&document) {
            None
        } else {
            Some(
                self.local
                    .doc::<KnownDoc>(&KnownDoc::new(&document).id)
                    .await
                    .unwrap_or_else(|| KnownDoc::new(&document)),
            )
        };
        // The library as it is now, after the reads (which yielded to the page).
        let workspace = self.latest.workspace();
        if workspace.document_id() != document {
            return;
        }
        let store = &workspace.document.store;
        let (reconciled, known) = {
            let mut known = self.known.borrow_mut();
            if let Some(stored) = stored {
                *known = stored;
            }
            let before = known.ids.clone();
            known
                .ids
                .extend(store.iter().map(|a| a.id.as_str().to_owned()));
            let reconciled = reconcile(me, &document, store.iter(), held.as_ref(), &known.ids);
            // What is taken in is the library's from now on.
            known
                .ids
                .extend(reconciled.take_in.iter().map(|a| a.id.as_str().to_owned()));
            let changed = known.ids != before;
            (reconciled, changed.then(|| known.clone()))
        };
        if !reconciled.take_in.is_empty() {
            self.dispatcher.dispatch(Action::MergeExternal {
                document_id: document.clone(),
                annotations: reconciled.take_in,
            });
        }
        if let Some(known) = known {
            self.keep_known(known).await;
        }
        if reconciled.writes.is_empty() {
            return;
        }
        if let Ok(outcomes) = self.local.write(&reconciled.writes).await {
            self.record_written(&outcomes);
        }
        mark("quotemark:team:written");
        self.report();
    }

    /// Keeps `known` in the replica. Another tab of this browser may have written it since it
    /// was read (a conflict): it is read again before the next write, and this tab's ids come
    /// back from its library then.
    async fn keep_known(&self, known: KnownDoc) {
        match self.local.put(&known).await {
            Ok(rev) => {
                let mut held = self.known.borrow_mut();
                if held.id == known.id {
                    held.rev = Some(rev);
                }
            }
            Err(_) => *self.known.borrow_mut() = KnownDoc::default(),
        }
    }

    /// Publishes `articles` (an owner's); gives how many were written and how many the
    /// project had already.
    pub async fn publish(self: &Rc<Self>, articles: Vec<ArticleDoc>) -> (usize, usize) {
        let existing: BTreeSet<String> = self
            .local
            .ids_starting("article:")
            .await
            .unwrap_or_default()
            .into_iter()
            .collect();
        let all = articles.len();
        let new: Vec<ArticleDoc> = articles
            .into_iter()
            .filter(|a| !existing.contains(&a.id))
            .collect();
        let already = all - new.len();
        if new.is_empty() {
            return (0, already);
        }
        let Ok(outcomes) = self.local.write(&new).await else {
            return (0, already);
        };
        let written = self.record_written(&outcomes);
        self.report();
        (written, already)
    }
}
