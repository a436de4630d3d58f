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
//!
//! This file runs sync and says where it stands; reading the replica is in [`reads`], writing
//! to it in [`writes`].

mod reads;
mod writes;

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
use super::running::{Later, RunningTeam, set_running, stop};
use crate::core::persist::KeyValueStore;
use crate::core::team::agreement::CodedArticle;
use crate::core::team::docs::ArticleDoc;
use crate::core::team::docs::KnownDoc;
use crate::core::team::gold::GoldWrite;
use crate::core::team::project::TeamProject;
use crate::core::team::status::{Refusal, SyncStatus, Waiting};
use crate::core::time::Timestamp;
use crate::core::workspace::{Action, TeamAction, Workspace};
use crate::json;

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
    /// The ids of the open article's own annotations the library has held (kept in the
    /// replica): one of them missing from the library was deleted there.
    known: RefCell<KnownDoc>,
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
            .and_then(|text| json::parse(&text).ok())
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
        set_running(team.clone());
        team.report();
        team.watch_replica();
        team.watch_network();
        Team::start_sync(&team);
        Team::read_replica(&team).await;
        Ok(team)
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
        if let Ok(json) = json::print(&*self.waiting.borrow()) {
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

/// Starts `project`'s replica and sync: the function the team sync part hands back
/// ([`StartTeam`]).
pub fn start(
    project: TeamProject,
    dispatcher: UseReducerDispatcher<Workspace>,
    latest: Latest,
) -> Later<Result<(), ()>> {
    Box::pin(async move { Team::start(project, dispatcher, latest).await.map(|_| ()) })
}

impl RunningTeam for Team {
    fn project(&self) -> &TeamProject {
        &self.project
    }

    fn start_sync(self: Rc<Self>) {
        Team::start_sync(&self);
    }

    fn read_replica(self: Rc<Self>) -> Later<()> {
        Box::pin(async move { Team::read_replica(&self).await })
    }

    fn read_layers(self: Rc<Self>) -> Later<()> {
        Box::pin(async move { Team::read_layers(&self).await })
    }

    fn write_own(self: Rc<Self>) {
        Team::write_own(&self);
    }

    fn write_gold(self: Rc<Self>, writes: Vec<GoldWrite>) -> Later<()> {
        Box::pin(async move { Team::write_gold(&self, writes).await })
    }

    fn publish(self: Rc<Self>, articles: Vec<ArticleDoc>) -> Later<(usize, usize)> {
        Box::pin(async move { Team::publish(&self, articles).await })
    }

    fn coded_articles(self: Rc<Self>) -> Later<Vec<CodedArticle>> {
        Box::pin(async move { Team::coded_articles(&self).await })
    }

    fn article(self: Rc<Self>, document: String) -> Later<Option<ArticleDoc>> {
        Box::pin(async move { Team::article(&self, &document).await })
    }

    fn shut(&self) {
        Team::shut(self);
    }
}
