//! What the reader does with a team project: join it (signing in), leave it, sync now,
//! publish the library's articles (owners), open one of the team's articles.

use wasm_bindgen_futures::spawn_local;
use yew::UseReducerDispatcher;

use super::super::browser::BrowserStorage;
use super::super::latest::Latest;
use super::super::library_actions::LibraryActions;
use super::running::{running, stop};
use super::session;
use crate::core::library;
use crate::core::opening::Opened;
use crate::core::persist::KeyValueStore;
use crate::core::saved::document_id;
use crate::core::team::docs::ArticleDoc;
use crate::core::team::project::check_project;
use crate::core::team::status::SignInError;
use crate::core::workspace::{Action, Dialog, Notice, TEAM_PROJECT_KEY, TeamAction, Workspace};
use crate::json;

#[derive(Clone)]
pub struct TeamActions {
    dispatcher: UseReducerDispatcher<Workspace>,
    latest: Latest,
    library: LibraryActions,
}

/// What the Team dialog's form holds.
#[derive(Clone, Debug, PartialEq)]
pub struct SignIn {
    pub server: String,
    pub database: String,
    pub coder: String,
    pub password: String,
}

impl TeamActions {
    pub fn new(
        dispatcher: UseReducerDispatcher<Workspace>,
        latest: Latest,
        library: LibraryActions,
    ) -> Self {
        Self {
            dispatcher,
            latest,
            library,
        }
    }

    fn team(&self, action: TeamAction) {
        self.dispatcher.dispatch(Action::Team(action));
    }

    /// Signs in and joins the project; the password is sent to the server and dropped.
    pub fn join(&self, form: SignIn) {
        let project = match check_project(&form.server, &form.database, &form.coder) {
            Ok(project) => project,
            Err(error) => {
                // The dialog names the field; the form keeps what was typed.
                return self.team(TeamAction::SignInFailed(SignInError::Invalid(error)));
            }
        };
        self.team(TeamAction::SigningIn);
        let this = self.clone();
        spawn_local(async move {
            match session::sign_in(&project, &form.password).await {
                Ok(signed) => {
                    if let Ok(json) = json::print(&project) {
                        let _ = BrowserStorage.set(TEAM_PROJECT_KEY, &json);
                    }
                    this.team(TeamAction::Joined {
                        project: Some(project),
                        roles: signed.roles,
                    });
                }
                Err(error) => this.team(TeamAction::SignInFailed(error)),
            }
        });
    }

    /// Leaves the project: sync stops; the replica stays in this browser for a later return.
    pub fn leave(&self) {
        stop();
        let _ = BrowserStorage.remove(TEAM_PROJECT_KEY);
        self.team(TeamAction::Joined {
            project: None,
            roles: Vec::new(),
        });
    }

    pub fn sync_now(&self) {
        if let Some(team) = running() {
            team.start_sync();
        }
    }

    /// Publishes every article of the library (but the bundled one) not yet in the project,
    /// after saving what is pending (an article opened a moment ago is in the library then).
    pub fn publish_library(&self) {
        let dispatcher = self.dispatcher.clone();
        self.library.locked(move |_| {
            let Some(team) = running() else { return };
            let now = super::super::browser::now();
            let stored = library::load(&BrowserStorage, &now);
            let mut articles = Vec::new();
            let mut unreadable = Vec::new();
            for entry in stored.index.documents.iter().filter(|entry| !entry.bundled) {
                let opened = library::open(&BrowserStorage, entry, &now);
                // Only the text matters here: a problem with the annotations does not stop it.
                let text = opened.record.text();
                if document_id(text) == entry.id {
                    articles.push(ArticleDoc::new(
                        &entry.id,
                        &entry.title,
                        text,
                        entry.source.as_deref(),
                        &entry.credit,
                    ));
                } else {
                    unreadable.push(entry.title.clone());
                }
            }
            spawn_local(async move {
                let (published, already) = team.clone().publish(articles).await;
                dispatcher.dispatch(Action::ShowNotice(Notice::Published {
                    published,
                    already,
                    unreadable,
                }));
                team.read_replica().await;
            });
        });
    }

    /// Opens the team's article `document`: from the library if it is there, else from the
    /// replica (it is then saved in the library like any article opened).
    pub fn open_article(&self, document: String) {
        let stored = self
            .latest
            .workspace()
            .library
            .index
            .entry(&document)
            .is_some();
        if stored {
            return self.library.open(&document);
        }
        let Some(team) = running() else { return };
        let (library, dispatcher) = (self.library.clone(), self.dispatcher.clone());
        spawn_local(async move {
            if let Some(article) = team.article(document.clone()).await {
                library.open_new(
                    Opened {
                        text: article.text,
                        title: article.title,
                        source: article.source,
                        credit: article.credit,
                    },
                    None,
                );
                dispatcher.dispatch(Action::CloseDialog(Dialog::Library));
            }
        });
    }

    pub fn toggle_layer(&self, coder: String) {
        self.team(TeamAction::ToggleLayer(coder));
    }
}
