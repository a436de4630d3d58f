//! The team project as the workspace knows it ([`TeamState`]) and the actions that change it
//! ([`TeamAction`]). The project is remembered in storage under [`TEAM_PROJECT_KEY`] (never
//! the password); everything else (the session's roles, the sync status, the team's articles,
//! other coders' layers of the open article) comes from the UI's sync adapter, which owns the
//! replica.

use std::collections::BTreeSet;
use std::rc::Rc;

use super::Workspace;
use crate::core::persist::KeyValueStore;
use crate::core::team::gold::{Conflict, GoldDoc};
use crate::core::team::layers::Layer;
use crate::core::team::project::TeamProject;
use crate::core::team::status::{SignInError, SyncStatus};
use crate::json;

/// The key that remembers the team project joined.
pub const TEAM_PROJECT_KEY: &str = "quotemark:team-project";

/// An article of the team's corpus, as the Library lists it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TeamArticle {
    /// Its document id (`sha256:…` of its text).
    pub document: String,
    pub title: String,
    /// Who has annotated it, by name.
    pub coders: Vec<String>,
}

/// The gold layer of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Gold {
    pub document: String,
    pub decided: std::collections::BTreeMap<String, GoldDoc>,
    pub conflicts: Vec<Conflict>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct TeamState {
    /// The project joined, if any.
    pub project: Option<TeamProject>,
    /// The signed-in user's roles on the server, once the session says them.
    pub roles: Vec<String>,
    pub status: SyncStatus,
    /// How many changes written here the server has not confirmed.
    pub waiting: usize,
    pub articles: Rc<Vec<TeamArticle>>,
    /// The open article's id and everyone else's layers of it.
    pub layers: Rc<(String, Vec<Layer>)>,
    /// The coders whose layers are hidden.
    pub hidden: Rc<BTreeSet<String>>,
    /// The open article's gold layer: its id, the decisions by id, and those in conflict.
    pub gold: Rc<Gold>,
    /// Why the last sign-in failed, until the next try.
    pub sign_in_error: Option<SignInError>,
    /// A sign-in is under way.
    pub signing_in: bool,
    /// The replica is open and sync has started (publishing and "Sync now" wait for it).
    pub running: bool,
}

impl TeamState {
    /// The project remembered in `kv`, not yet synced.
    pub fn open(kv: &dyn KeyValueStore) -> Self {
        let project = kv
            .get(TEAM_PROJECT_KEY)
            .ok()
            .flatten()
            .and_then(|text| json::parse(&text).ok());
        Self {
            project,
            roles: Vec::new(),
            status: SyncStatus::Starting,
            waiting: 0,
            articles: Rc::default(),
            layers: Rc::default(),
            hidden: Rc::default(),
            gold: Rc::default(),
            sign_in_error: None,
            signing_in: false,
            running: false,
        }
    }

    /// Whether the signed-in user may write the gold layer.
    pub fn is_adjudicator(&self) -> bool {
        self.is_owner() || self.roles.iter().any(|r| r == "quotemark-adjudicator")
    }

    /// Whether the signed-in user may publish articles.
    pub fn is_owner(&self) -> bool {
        self.roles
            .iter()
            .any(|r| r == "quotemark-owner" || r == "_admin")
    }

    /// Whether `document` is one of the team's articles.
    pub fn has_article(&self, document: &str) -> bool {
        self.articles.iter().any(|a| a.document == document)
    }

    /// Everyone else's layers of `document`, shown or not.
    pub fn layers_of(&self, document: &str) -> &[Layer] {
        if self.layers.0 == document {
            &self.layers.1
        } else {
            &[]
        }
    }
}

#[derive(Clone, Debug)]
pub enum TeamAction {
    /// Signed in to `project` (or, `None`, left it).
    Joined {
        project: Option<TeamProject>,
        roles: Vec<String>,
    },
    Status {
        status: SyncStatus,
        waiting: usize,
    },
    Articles(Vec<TeamArticle>),
    /// Everyone else's layers of `document` as the replica holds them now.
    Layers {
        document: String,
        layers: Vec<Layer>,
    },
    /// Show or hide `coder`'s layer.
    ToggleLayer(String),
    /// The gold layer of `document` as the replica holds it now.
    Gold(Gold),
    SigningIn,
    SignInFailed(SignInError),
    /// The replica of the joined project is open and syncing.
    Running,
}

impl Workspace {
    pub(super) fn apply_team(&mut self, action: TeamAction) -> bool {
        let team = &self.team;
        match action {
            TeamAction::Joined { project, roles } => {
                if team.project == project && team.roles == roles && !team.signing_in {
                    return false;
                }
                let other_project = team.project != project;
                let team = Rc::make_mut(&mut self.team);
                team.signing_in = false;
                team.sign_in_error = None;
                team.roles = roles;
                if other_project {
                    team.project = project;
                    team.articles = Rc::default();
                    team.layers = Rc::default();
                    team.hidden = Rc::default();
                    team.gold = Rc::default();
                    team.waiting = 0;
                    team.status = SyncStatus::Starting;
                    team.running = false;
                }
                true
            }
            TeamAction::Running => {
                if team.running || team.project.is_none() {
                    return false;
                }
                Rc::make_mut(&mut self.team).running = true;
                true
            }
            TeamAction::SigningIn => {
                let team = Rc::make_mut(&mut self.team);
                team.signing_in = true;
                team.sign_in_error = None;
                true
            }
            TeamAction::SignInFailed(error) => {
                let team = Rc::make_mut(&mut self.team);
                team.signing_in = false;
                team.sign_in_error = Some(error);
                true
            }
            TeamAction::Status { status, waiting } => {
                if team.status == status && team.waiting == waiting {
                    return false;
                }
                let team = Rc::make_mut(&mut self.team);
                team.status = status;
                team.waiting = waiting;
                true
            }
            TeamAction::Articles(articles) => {
                if *team.articles == articles {
                    return false;
                }
                Rc::make_mut(&mut self.team).articles = Rc::new(articles);
                true
            }
            TeamAction::Layers { document, layers } => {
                if document != self.document.id()
                    || (team.layers.0 == document && team.layers.1 == layers)
                {
                    return false;
                }
                Rc::make_mut(&mut self.team).layers = Rc::new((document, layers));
                true
            }
            TeamAction::Gold(gold) => {
                if gold.document != self.document.id() || *team.gold == gold {
                    return false;
                }
                Rc::make_mut(&mut self.team).gold = Rc::new(gold);
                true
            }
            TeamAction::ToggleLayer(coder) => {
                let hidden = Rc::make_mut(&mut Rc::make_mut(&mut self.team).hidden);
                if !hidden.remove(&coder) {
                    hidden.insert(coder);
                }
                true
            }
        }
    }
}
