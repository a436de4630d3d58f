//! The team project's replica and its sync with the server, for the page's lifetime.
//!
//! One [`Team`] runs while a project is joined: PouchDB's replica in IndexedDB (named by the
//! project and coder, so two projects or two coders in one browser never share one), live
//! sync with the server in both directions (trying again every few seconds while the server
//! cannot be reached, and at once when the browser comes back online), and the replica's
//! changes feed. Every report becomes a workspace action: the sync status with the changes
//! waiting (`core::team::status`), the team's articles with who annotated each, and
//! everyone else's layers of the open article (`core::team::layers`).
//!
//! The coder's own layer is the open article's annotations in the library; after each change
//! of a team article, and whenever the replica changes, the two are brought together
//! ([`Team::write_own`], `core::team::layers::reconcile`): the library's changes are written to
//! the replica, which sync sends on, and what the replica holds of the coder's layer that the
//! library never had (another browser's work) is taken in, as another tab's save is.

use std::cell::{Cell, RefCell};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use js_sys::{Function, Reflect};
use serde::Deserialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::spawn_local;
use yew::UseReducerDispatcher;

use super::super::browser::{BrowserStorage, mark, now, window};
use super::super::latest::Latest;
use super::pouch::{Emitter, Pouch};
use crate::core::persist::KeyValueStore;
use crate::core::team::agreement::{CodedArticle, coded_articles};
use crate::core::team::docs::{
    AnnotationDoc, ArticleDoc, annotations_of_prefix, parse_annotation_doc_id,
};
use crate::core::team::gold::{Conflict, GoldDoc, GoldWrite};
use crate::core::team::layers::{others_layers, reconcile};
use crate::core::team::project::TeamProject;
use crate::core::team::status::{Refusal, SyncStatus, Waiting};
use crate::core::time::Timestamp;
use crate::core::workspace::{Action, Gold, TeamAction, TeamArticle, Workspace};

/// The longest wait between two tries to reach the server.
const RETRY_MAX_MS: f64 = 5_000.0;
/// How long the changes feed is let settle before the articles and layers are read again.
const REFRESH_AFTER_MS: u32 = 150;

/// Where the replication stands, as its last event said.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Phase {
    Starting,
    Active,
    Paused,
    Failing,
}

/// A function PouchDB or the window calls with an event's value.
type Handler = Closure<dyn Fn(JsValue)>;

pub struct Team {
    project: TeamProject,
    local: Pouch,
    dispatcher: UseReducerDispatcher<Workspace>,
    latest: Latest,
    sync: RefCell<Option<Emitter>>,
    feed: RefCell<Option<Emitter>>,
    /// Every closure PouchDB or the window may still call.
    handlers: RefCell<Vec<Handler>>,
    listeners: RefCell<Vec<EventListener>>,
    waiting: RefCell<Waiting>,
    /// Where each direction of the replication stands.
    push: Cell<Phase>,
    pull: Cell<Phase>,
    refusal: RefCell<Option<Refusal>>,
    synced_at: RefCell<Option<Timestamp>>,
    refresh: RefCell<Option<Timeout>>,
    /// A write of the own layer is under way; another is wanted after it.
    writing: Cell<bool>,
    write_again: Cell<bool>,
    /// The open article and the ids of the own annotations the library has held this session:
    /// one of them missing from the library was deleted there.
    known: RefCell<(String, BTreeSet<String>)>,
    stopped: Cell<bool>,
    /// The articles' titles, by document id.
    titles: RefCell<BTreeMap<String, String>>,
    /// Who has annotated each article (from one scan of the ids, then the changes feed).
    progress: RefCell<BTreeMap<String, BTreeSet<String>>>,
    scanned: Cell<bool>,
    /// What changed in the replica and is not read yet.
    layers_dirty: Cell<bool>,
    titles_dirty: Cell<bool>,
    progress_dirty: Cell<bool>,
}

thread_local! {
    static RUNNING: RefCell<Option<Rc<Team>>> = const { RefCell::new(None) };
}

/// The team running now, if any.
pub fn running() -> Option<Rc<Team>> {
    RUNNING.with(|running| running.borrow().clone())
}

fn waiting_key(name: &str) -> String {
    format!("quotemark:team-waiting:{name}")
}

/// Only what the Library lists of an article: its text stays in the replica.
#[derive(Deserialize)]
struct ArticleTitle {
    #[serde(rename = "_id")]
    id: String,
    title: String,
}

impl Team {
    /// Starts the replica and sync of `project` (stopping any other).
    pub async fn start(
        project: TeamProject,
        dispatcher: UseReducerDispatcher<Workspace>,
        latest: Latest,
    ) -> Result<Rc<Team>, ()> {
        stop();
        super::pouch::load().await.map_err(|_| ())?;
        let name = project.replica_name();
        let local = Pouch::local(&name).map_err(|_| ())?;
        let waiting = BrowserStorage
            .get(&waiting_key(&name))
            .ok()
            .flatten()
            .and_then(|json| serde_json::from_str(&json).ok())
            .unwrap_or_default();
        let team = Rc::new(Team {
            project,
            local,
            dispatcher,
            latest,
            sync: RefCell::default(),
            feed: RefCell::default(),
            handlers: RefCell::default(),
            listeners: RefCell::default(),
            waiting: RefCell::new(waiting),
            push: Cell::new(Phase::Starting),
            pull: Cell::new(Phase::Starting),
            refusal: RefCell::default(),
            synced_at: RefCell::default(),
            refresh: RefCell::default(),
            writing: Cell::new(false),
            write_again: Cell::new(false),
            known: RefCell::default(),
            stopped: Cell::new(false),
            titles: RefCell::default(),
            progress: RefCell::default(),
            scanned: Cell::new(false),
            layers_dirty: Cell::new(false),
            titles_dirty: Cell::new(false),
            progress_dirty: Cell::new(false),
        });
        RUNNING.with(|running| *running.borrow_mut() = Some(team.clone()));
        team.report();
        team.watch_replica();
        team.watch_network();
        team.start_sync();
        team.read_replica().await;
        Ok(team)
    }

    pub fn project(&self) -> &TeamProject {
        &self.project
    }

    fn replica_name(&self) -> String {
        self.project.replica_name()
    }

    fn handler(self: &Rc<Self>, on: impl Fn(&Rc<Team>, JsValue) + 'static) -> Function {
        let weak = Rc::downgrade(self);
        let closure = Closure::<dyn Fn(JsValue)>::new(move |value: JsValue| {
            if let Some(team) = weak.upgrade()
                && !team.stopped.get()
            {
                on(&team, value);
            }
        });
        let function = closure.as_ref().unchecked_ref::<Function>().clone();
        self.handlers.borrow_mut().push(closure);
        function
    }

    fn watch_replica(self: &Rc<Self>) {
        let on_change = self.handler(|team, change| team.on_replica_change(&change));
        *self.feed.borrow_mut() = Some(self.local.watch(&on_change));
    }

    fn watch_network(self: &Rc<Self>) {
        let window = window();
        let weak = Rc::downgrade(self);
        let online = EventListener::new(&window, "online", move |_| {
            if let Some(team) = weak.upgrade() {
                // Now, rather than at the next try of the back-off.
                team.start_sync();
            }
        });
        let weak = Rc::downgrade(self);
        let offline = EventListener::new(&window, "offline", move |_| {
            if let Some(team) = weak.upgrade() {
                team.report();
            }
        });
        self.listeners.borrow_mut().extend([online, offline]);
    }

    /// (Re)starts live sync with the server.
    pub fn start_sync(self: &Rc<Self>) {
        if let Some(sync) = self.sync.borrow_mut().take() {
            sync.cancel();
        }
        *self.refusal.borrow_mut() = None;
        self.push.set(Phase::Starting);
        self.pull.set(Phase::Starting);
        let Ok(remote) = Pouch::remote(&self.project.database_url()) else {
            self.push.set(Phase::Failing);
            self.report();
            return;
        };
        let back_off = Closure::<dyn Fn(JsValue) -> JsValue>::new(|delay: JsValue| {
            let delay = delay.as_f64().unwrap_or(0.0);
            JsValue::from((delay * 2.0).clamp(1_000.0, RETRY_MAX_MS))
        });
        let sync = self.local.sync_with(&remote, back_off.as_ref());
        back_off.forget();
        sync.listen("change", &self.handler(|team, info| team.on_change(&info)));
        // Each direction says whether it is idle, busy or failing; the sync as a whole reports
        // "paused" without the error that made a direction pause.
        for direction in ["push", "pull"] {
            let Some(replication) = sync.direction(direction) else {
                continue;
            };
            fn phase_of<'a>(team: &'a Team, direction: &str) -> &'a Cell<Phase> {
                if direction == "push" {
                    &team.push
                } else {
                    &team.pull
                }
            }
            replication.listen(
                "active",
                &self.handler(move |team, _| {
                    phase_of(team, direction).set(Phase::Active);
                    team.report();
                }),
            );
            replication.listen(
                "paused",
                &self.handler(move |team, error| {
                    if error.is_undefined() || error.is_null() {
                        phase_of(team, direction).set(Phase::Paused);
                        if team.phase() == Phase::Paused {
                            *team.synced_at.borrow_mut() = Some(now());
                        }
                        team.refresh_if_changed();
                    } else {
                        phase_of(team, direction).set(Phase::Failing);
                        team.refuse_for(&error);
                    }
                    team.report();
                }),
            );
        }
        sync.listen(
            "denied",
            &self.handler(|team, error| team.on_denied(&error)),
        );
        sync.listen(
            "error",
            &self.handler(|team, error| {
                team.push.set(Phase::Failing);
                team.refuse_for(&error);
                team.report();
            }),
        );
        *self.sync.borrow_mut() = Some(sync);
        self.report();
    }

    /// A refusal of the whole database stops sync until the reader acts; anything else is a
    /// server that cannot be reached, tried again.
    fn refuse_for(&self, error: &JsValue) {
        let status = Reflect::get(error, &"status".into())
            .ok()
            .and_then(|s| s.as_f64());
        let refusal = match status {
            Some(401.0) => Some(Refusal::SignedOut),
            Some(403.0) => Some(Refusal::NotMember),
            Some(404.0) => Some(Refusal::NoDatabase),
            _ => None,
        };
        if let Some(refusal) = refusal {
            *self.refusal.borrow_mut() = Some(refusal);
            if let Some(sync) = self.sync.borrow_mut().take() {
                sync.cancel();
            }
        }
    }

    fn on_change(&self, info: &JsValue) {
        let direction = Reflect::get(info, &"direction".into())
            .ok()
            .and_then(|d| d.as_string());
        if direction.as_deref() != Some("push") {
            return;
        }
        let docs = Reflect::get(info, &"change".into())
            .and_then(|change| Reflect::get(&change, &"docs".into()))
            .map(|docs| js_sys::Array::from(&docs))
            .unwrap_or_default();
        let mut changed = false;
        {
            let mut waiting = self.waiting.borrow_mut();
            for doc in docs.iter() {
                let text = |key: &str| {
                    Reflect::get(&doc, &key.into())
                        .ok()
                        .and_then(|v| v.as_string())
                };
                if let (Some(id), Some(rev)) = (text("_id"), text("_rev")) {
                    changed |= waiting.sent(&id, &rev);
                }
            }
        }
        if changed {
            self.keep_waiting();
            self.report();
        }
    }

    fn on_denied(&self, event: &JsValue) {
        // Sync reports `{direction, doc}`, `doc` being the server's answer for the document.
        let error = Reflect::get(event, &"doc".into())
            .ok()
            .filter(|doc| doc.is_object())
            .unwrap_or_else(|| event.clone());
        let text = |key: &str| {
            Reflect::get(&error, &key.into())
                .ok()
                .and_then(|v| v.as_string())
        };
        if let Some(id) = text("id") {
            self.waiting.borrow_mut().refused(&id);
            self.keep_waiting();
        }
        let reason = text("reason")
            .or_else(|| text("message"))
            .unwrap_or_default();
        let count = match &*self.refusal.borrow() {
            Some(Refusal::Denied { count, .. }) => count + 1,
            _ => 1,
        };
        *self.refusal.borrow_mut() = Some(Refusal::Denied { count, reason });
        self.report();
    }

    fn keep_waiting(&self) {
        if let Ok(json) = serde_json::to_string(&*self.waiting.borrow()) {
            let _ = BrowserStorage.set(&waiting_key(&self.replica_name()), &json);
        }
    }

    /// Where the replication stands, both directions taken together.
    fn phase(&self) -> Phase {
        let both = [self.push.get(), self.pull.get()];
        if both.contains(&Phase::Failing) {
            Phase::Failing
        } else if both.contains(&Phase::Active) {
            Phase::Active
        } else if both == [Phase::Paused; 2] {
            Phase::Paused
        } else {
            Phase::Starting
        }
    }

    fn status(&self) -> SyncStatus {
        if let Some(refusal) = &*self.refusal.borrow() {
            return SyncStatus::Refused(refusal.clone());
        }
        if !window().navigator().on_line() {
            return SyncStatus::Offline;
        }
        match self.phase() {
            Phase::Starting => SyncStatus::Starting,
            Phase::Active => SyncStatus::Syncing,
            Phase::Failing => SyncStatus::Unreachable,
            Phase::Paused if !self.waiting.borrow().is_empty() => SyncStatus::Syncing,
            Phase::Paused => match &*self.synced_at.borrow() {
                Some(at) => SyncStatus::Synced { at: at.clone() },
                None => SyncStatus::Syncing,
            },
        }
    }

    fn report(&self) {
        let status = self.status();
        if matches!(status, SyncStatus::Synced { .. }) {
            mark("quotemark:team:synced");
        }
        self.dispatcher.dispatch(Action::Team(TeamAction::Status {
            status,
            waiting: self.waiting.borrow().len(),
        }));
    }

    fn refresh_soon(self: &Rc<Self>) {
        let weak = Rc::downgrade(self);
        let timeout = Timeout::new(REFRESH_AFTER_MS, move || {
            if let Some(team) = weak.upgrade() {
                spawn_local(async move { team.read_replica().await });
            }
        });
        *self.refresh.borrow_mut() = Some(timeout);
    }

    /// Reads what changed in the replica since the last read: everyone else's layers of the
    /// open article first (what a coder waits to see), then the team's articles and who
    /// annotated each. The first read scans every annotation id once; later ones take who
    /// annotated what from the changes feed (`on_replica_change`), so a project of 150,000
    /// annotations is not scanned again after each change.
    pub async fn read_replica(self: &Rc<Self>) {
        let first = !self.scanned.get();
        let layers = self.layers_dirty.replace(false);
        let titles = self.titles_dirty.replace(false);
        let progress = self.progress_dirty.replace(false);
        if layers || first {
            self.read_layers().await;
        }
        if first {
            let ids = self
                .local
                .ids_starting("annotation:")
                .await
                .unwrap_or_default();
            let mut known = self.progress.borrow_mut();
            for (document, coder) in ids.iter().filter_map(|id| parse_annotation_doc_id(id)) {
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
            // An article just published may be the open one: its layers start now.
            if titles && !layers {
                self.read_layers().await;
            }
        }
        mark("quotemark:team:read");
    }

    /// One document of the replica changed (written here or pulled): notes what it changes,
    /// and reads it once sync pauses (a first sync of thousands of documents is not read
    /// again after each batch).
    fn on_replica_change(self: &Rc<Self>, change: &JsValue) {
        let id = Reflect::get(change, &"id".into())
            .ok()
            .and_then(|id| id.as_string())
            .unwrap_or_default();
        if id.starts_with("article:") {
            self.titles_dirty.set(true);
        } else if id.starts_with(&format!("gold:{}:", self.latest.workspace().document_id())) {
            self.layers_dirty.set(true);
        } else if let Some((document, coder)) = parse_annotation_doc_id(&id) {
            let added = self
                .progress
                .borrow_mut()
                .entry(document.to_owned())
                .or_default()
                .insert(coder.to_owned());
            self.progress_dirty.set(self.progress_dirty.get() || added);
            if document == self.latest.workspace().document_id() {
                self.layers_dirty.set(true);
            }
        }
        if self.phase() != Phase::Active {
            self.refresh_soon();
        }
    }

    /// Reads the replica soon if a change is waiting to be read.
    fn refresh_if_changed(self: &Rc<Self>) {
        if self.layers_dirty.get() || self.titles_dirty.get() || self.progress_dirty.get() {
            self.refresh_soon();
        }
    }

    /// Reads everyone else's layers of the open article, then brings the own layer together.
    pub async fn read_layers(self: &Rc<Self>) {
        let document = self.latest.workspace().document_id().to_owned();
        let Ok(docs) = self
            .local
            .docs_starting::<AnnotationDoc>(&annotations_of_prefix(&document))
            .await
        else {
            return;
        };
        let layers = others_layers(docs, &self.project.coder);
        self.dispatcher.dispatch(Action::Team(TeamAction::Layers {
            document: document.clone(),
            layers,
        }));
        self.read_gold(&document).await;
        self.write_own();
    }

    /// Reads the gold layer of `document`, with the revisions in conflict.
    async fn read_gold(&self, document: &str) {
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

    /// Writes decisions of the gold layer (an adjudicator's).
    pub async fn write_gold(self: &Rc<Self>, writes: Vec<GoldWrite>) {
        if let Ok(outcomes) = self.local.write(&writes).await {
            let mut waiting = self.waiting.borrow_mut();
            for outcome in &outcomes {
                if let Some(rev) = &outcome.rev {
                    waiting.written(&outcome.id, rev);
                }
            }
        }
        self.keep_waiting();
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

    async fn write_once(self: &Rc<Self>) {
        let document = self.latest.workspace().document_id().to_owned();
        if !self.latest.workspace().team.has_article(&document) {
            return;
        }
        let me = &self.project.coder;
        let prefix = format!("{}{me}:", annotations_of_prefix(&document));
        let Ok(held) = self.local.docs_starting::<AnnotationDoc>(&prefix).await else {
            return;
        };
        // The library as it is now, after the read (which yielded to the page).
        let workspace = self.latest.workspace();
        if workspace.document_id() != document {
            return;
        }
        let store = &workspace.document.store;
        let reconciled = {
            let mut known = self.known.borrow_mut();
            if known.0 != document {
                *known = (document.clone(), BTreeSet::new());
            }
            known
                .1
                .extend(store.iter().map(|a| a.id.as_str().to_owned()));
            reconcile(me, &document, store.iter(), &held, &known.1)
        };
        if !reconciled.take_in.is_empty() {
            self.dispatcher.dispatch(Action::MergeExternal {
                document_id: document.clone(),
                annotations: reconciled.take_in,
            });
        }
        if reconciled.writes.is_empty() {
            return;
        }
        if let Ok(outcomes) = self.local.write(&reconciled.writes).await {
            let mut waiting = self.waiting.borrow_mut();
            for outcome in &outcomes {
                if let Some(rev) = &outcome.rev {
                    waiting.written(&outcome.id, rev);
                }
            }
        }
        self.keep_waiting();
        mark("quotemark:team:written");
        self.report();
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
        let mut written = 0;
        {
            let mut waiting = self.waiting.borrow_mut();
            for outcome in &outcomes {
                if let Some(rev) = &outcome.rev {
                    waiting.written(&outcome.id, rev);
                    written += 1;
                }
            }
        }
        self.keep_waiting();
        self.report();
        (written, already)
    }

    /// Every article of the project with every coder's layer of it, as the replica holds them.
    pub async fn coded_articles(&self) -> Vec<CodedArticle> {
        let articles = self
            .local
            .docs_starting::<ArticleDoc>("article:")
            .await
            .unwrap_or_default();
        let docs = self
            .local
            .docs_starting::<AnnotationDoc>("annotation:")
            .await
            .unwrap_or_default();
        coded_articles(articles, docs)
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

    fn shut(&self) {
        self.stopped.set(true);
        if let Some(sync) = self.sync.borrow_mut().take() {
            sync.cancel();
        }
        if let Some(feed) = self.feed.borrow_mut().take() {
            feed.cancel();
        }
        self.listeners.borrow_mut().clear();
        self.refresh.borrow_mut().take();
    }
}

/// Stops the team running now, if any (its replica stays in IndexedDB).
pub fn stop() {
    if let Some(team) = RUNNING.with(|running| running.borrow_mut().take()) {
        team.shut();
    }
}
