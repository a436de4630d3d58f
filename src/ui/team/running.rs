//! The team project running now, as the rest of the app sees it: a [`RunningTeam`], made by
//! the team sync part (`sync`, fetched the first time a project is joined or remembered; issue
//! #21), so that none of sync's code is in the first module. The app reaches the replica only
//! through these methods.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;

use yew::UseReducerDispatcher;

use super::super::latest::Latest;
use crate::core::team::agreement::CodedArticle;
use crate::core::team::docs::ArticleDoc;
use crate::core::team::gold::GoldWrite;
use crate::core::team::project::TeamProject;
use crate::core::workspace::Workspace;

/// A future run on the page's thread.
pub type Later<T> = Pin<Box<dyn Future<Output = T>>>;

/// Starts the replica and sync of a project (stopping any other) and makes it the one
/// [`running`]; `Err` when PouchDB or the replica cannot be opened.
pub type StartTeam =
    fn(TeamProject, UseReducerDispatcher<Workspace>, Latest) -> Later<Result<(), ()>>;

/// What the app asks of the running team (see `sync::Team`).
pub trait RunningTeam {
    fn project(&self) -> &TeamProject;
    /// (Re)starts live sync with the server.
    fn start_sync(self: Rc<Self>);
    /// Reads the team's articles, who coded each, and the open article's layers again.
    fn read_replica(self: Rc<Self>) -> Later<()>;
    /// Reads everyone's layers of the open article again.
    fn read_layers(self: Rc<Self>) -> Later<()>;
    /// Brings the open article's annotations and the own layer in the replica together.
    fn write_own(self: Rc<Self>);
    fn write_gold(self: Rc<Self>, writes: Vec<GoldWrite>) -> Later<()>;
    /// Publishes articles to the project: how many were published, how many were there.
    fn publish(self: Rc<Self>, articles: Vec<ArticleDoc>) -> Later<(usize, usize)>;
    /// Every article of the project with every coder's annotations, for agreement.
    fn coded_articles(self: Rc<Self>) -> Later<Vec<CodedArticle>>;
    fn article(self: Rc<Self>, document: String) -> Later<Option<ArticleDoc>>;
    /// Stops sync and the changes feed (the replica stays in IndexedDB).
    fn shut(&self);
}

thread_local! {
    static RUNNING: RefCell<Option<Rc<dyn RunningTeam>>> = const { RefCell::new(None) };
}

/// The team running now, if any.
pub fn running() -> Option<Rc<dyn RunningTeam>> {
    RUNNING.with(|running| running.borrow().clone())
}

/// Makes `team` the one running (the team part calls this once it has started it).
pub fn set_running(team: Rc<dyn RunningTeam>) {
    RUNNING.with(|running| *running.borrow_mut() = Some(team));
}

/// Stops the team running now, if any (its replica stays in IndexedDB).
pub fn stop() {
    if let Some(team) = RUNNING.with(|running| running.borrow_mut().take()) {
        team.shut();
    }
}
