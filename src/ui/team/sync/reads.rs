//! Reading the replica: everyone else's layers of the open article and its gold layer, the
//! team's articles and who annotated each, and the whole project for the agreement table.

use std::rc::Rc;

use js_sys::Reflect;
use wasm_bindgen::JsValue;

use super::{ArticleTitle, Phase, Team};
use crate::core::team::agreement::{CodedArticle, CodedSpan, coded_articles};
use crate::core::team::docs::{ArticleDoc, LayerDoc, layers_of_prefix, parse_layer_doc_id};
use crate::core::team::gold::{Conflict, GoldDoc};
use crate::core::team::layers::{HeldLayer, others_layers};
use crate::core::workspace::{Action, Gold, TeamAction, TeamArticle};
use crate::ui::browser::mark;

impl Team {
    /// Reads what changed in the replica since the last read: everyone else's layers of the
    /// open article first (what a coder waits to see), then the team's articles and who
    /// annotated each. The first read scans every layer's id once (a layer left empty is
    /// deleted, so an id is a coder who annotated the article); later ones take who annotated
    /// what from the changes feed (`on_replica_change`), so a large project is not scanned
    /// again after each change.
    pub async fn read_replica(self: &Rc<Self>) {
        let first = !self.scanned.get();
        let layers = self.layers_dirty.replace(false);
        let titles = self.titles_dirty.replace(false);
        let progress = self.progress_dirty.replace(false);
        if layers || first {
            self.read_layers().await;
        }
        if first {
            let ids = self.local.ids_starting("layer:").await.unwrap_or_default();
            let mut known = self.progress.borrow_mut();
            for (document, coder) in ids.iter().filter_map(|id| parse_layer_doc_id(id)) {
                known
                    .entry(document.to_owned())
                    .or_default()
                    .insert(coder.to_owned());
            }
            self.scanned.set(true);
        }
        if first || titles {
            let Ok(read) = self.local.docs_starting::<ArticleTitle>("article:").await else {
                return;
            };
            *self.titles.borrow_mut() = read
                .into_iter()
                .filter_map(|a| Some((a.id.strip_prefix("article:")?.to_owned(), a.title)))
                .collect();
        }
        if first || titles || progress {
            let articles = {
                let coders = self.progress.borrow();
                self.titles
                    .borrow()
                    .iter()
                    .map(|(document, title)| TeamArticle {
                        document: document.clone(),
                        title: title.clone(),
                        coders: coders
                            .get(document)
                            .map(|set| set.iter().cloned().collect())
                            .unwrap_or_default(),
                    })
                    .collect()
            };
            self.dispatcher
                .dispatch(Action::Team(TeamAction::Articles(articles)));
            // An article just published may be the open one: its layers start now. On the first
            // read the open article was not known as the team's when its layers were read, so
            // its own layer waits for this to be written (a deletion made while the project was
            // not running, say).
            if (titles && !layers) || first {
                self.read_layers().await;
            }
        }
        mark("quotemark:team:read");
    }

    /// One document of the replica changed (written here or pulled): notes what it changes,
    /// and reads it once sync pauses (a first sync of thousands of documents is not read
    /// again after each batch).
    pub(super) fn on_replica_change(self: &Rc<Self>, change: &JsValue) {
        let id = Reflect::get(change, &"id".into())
            .ok()
            .and_then(|id| id.as_string())
            .unwrap_or_default();
        if id.starts_with("article:") {
            self.titles_dirty.set(true);
        } else if id.starts_with(&format!("gold:{}:", self.latest.workspace().document_id())) {
            self.layers_dirty.set(true);
        } else if let Some((document, coder)) = parse_layer_doc_id(&id) {
            // A layer is deleted when its coder leaves it empty.
            let deleted = Reflect::get(change, &"deleted".into())
                .ok()
                .and_then(|d| d.as_bool())
                .unwrap_or(false);
            let changed = {
                let mut progress = self.progress.borrow_mut();
                let coders = progress.entry(document.to_owned()).or_default();
                if deleted {
                    coders.remove(coder)
                } else {
                    coders.insert(coder.to_owned())
                }
            };
            self.progress_dirty
                .set(self.progress_dirty.get() || changed);
            if document == self.latest.workspace().document_id() {
                self.layers_dirty.set(true);
            }
        }
        if self.phase() != Phase::Active {
            self.refresh_soon();
        }
    }

    /// Reads the replica soon if a change is waiting to be read.
    pub(super) fn refresh_if_changed(self: &Rc<Self>) {
        if self.layers_dirty.get() || self.titles_dirty.get() || self.progress_dirty.get() {
            self.refresh_soon();
        }
    }

    /// Reads everyone else's layers of the open article, then brings the own layer together.
    pub async fn read_layers(self: &Rc<Self>) {
        let document = self.latest.workspace().document_id().to_owned();
        let Ok(held) = self.layers_starting(&layers_of_prefix(&document)).await else {
            return;
        };
        let layers = others_layers(held, &self.project.coder);
        self.dispatcher.dispatch(Action::Team(TeamAction::Layers {
            document: document.clone(),
            layers,
        }));
        self.read_gold(&document).await;
        self.write_own();
    }

    /// Reads the gold layer of `document`, with the revisions in conflict.
    pub(super) async fn read_gold(&self, document: &str) {
        let Ok(read) = self
            .local
            .docs_with_conflicts::<GoldDoc>(&format!("gold:{document}:"))
            .await
        else {
            return;
        };
        let mut gold = Gold {
            document: document.to_owned(),
            ..Gold::default()
        };
        for (winner, others) in read {
            if !others.is_empty() {
                gold.conflicts.push(Conflict {
                    winner: winner.clone(),
                    others,
                });
            }
            gold.decided.insert(winner.id.clone(), winner);
        }
        self.dispatcher
            .dispatch(Action::Team(TeamAction::Gold(gold)));
    }

    /// Every article of the project with every coder's layer of it, as the replica holds them.
    pub async fn coded_articles(&self) -> Vec<CodedArticle> {
        // Both reads start at once; each annotation is read as the table reads it (what it
        // compares, not the whole annotation).
        let articles = self.local.reading("article:", false);
        let layers = self.local.reading("layer:", true);
        let articles = self
            .local
            .docs_of::<ArticleDoc>(articles)
            .await
            .unwrap_or_default();
        let layers = self
            .local
            .docs_with_conflicts_of::<LayerDoc<CodedSpan>>(layers)
            .await
            .unwrap_or_default()
            .into_iter()
            .map(HeldLayer::from);
        coded_articles(articles, layers)
    }

    /// Every coder's layer whose id starts with `prefix`, with its revisions in conflict.
    async fn layers_starting(&self, prefix: &str) -> Result<Vec<HeldLayer>, JsValue> {
        Ok(self
            .local
            .docs_with_conflicts::<LayerDoc>(prefix)
            .await?
            .into_iter()
            .map(HeldLayer::from)
            .collect())
    }

    /// The text and title of team article `document`, from the replica.
    pub async fn article(&self, document: &str) -> Option<ArticleDoc> {
        self.local
            .docs_starting::<ArticleDoc>(&format!("article:{document}"))
            .await
            .ok()?
            .into_iter()
            .find(|a| a.id == format!("article:{document}"))
    }
}
