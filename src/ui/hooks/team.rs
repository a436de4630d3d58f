//! Runs the joined team project (`ui::team::sync`, a part of the app fetched the first time):
//! started after the first paint when a project is remembered or joined, stopped when it is
//! left; the own layer is written to the
//! replica after every change of the open article, and everyone's layers are read again when
//! another article is opened.

use wasm_bindgen_futures::spawn_local;
use yew::prelude::*;

use crate::core::workspace::TeamAction;
use crate::core::workspace::{Feature, Notice};
use crate::ui::browser::after_next_paint;
use crate::ui::latest::Latest;
use crate::ui::lazy::parts;
use crate::ui::state::{Action, Workspace};
use crate::ui::team::running::{running, stop};
use crate::ui::team::session;

#[hook]
pub fn use_team(
    state: &UseReducerHandle<Workspace>,
    latest: Latest,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    let project = state.team.project.clone();
    use_effect_with(project, move |project| {
        match project.clone() {
            None => stop(),
            Some(project) => after_next_paint(move || {
                spawn_local(async move {
                    let joined = running().is_some_and(|team| *team.project() == project);
                    if !joined {
                        let Ok(start) = parts().team_sync.get().await else {
                            let notice = Notice::NotLoaded(Feature::TeamSync);
                            return dispatcher.dispatch(Action::ShowNotice(notice));
                        };
                        if start(project.clone(), dispatcher.clone(), latest)
                            .await
                            .is_err()
                        {
                            return;
                        }
                    }
                    dispatcher.dispatch(Action::Team(TeamAction::Running));
                    // The roles, when the server can say them (offline, sync waits anyway).
                    if let Ok(signed) = session::check(&project).await {
                        dispatcher.dispatch(Action::Team(TeamAction::Joined {
                            project: Some(project),
                            roles: signed.roles,
                        }));
                    }
                });
            }),
        }
    });
    let document_id = state.document_id().to_owned();
    use_effect_with(document_id, |_| {
        if let Some(team) = running() {
            spawn_local(async move { team.read_layers().await });
        }
    });
    use_effect_with(state.persistence.revision, |_| {
        if let Some(team) = running() {
            team.write_own();
        }
    });
}
