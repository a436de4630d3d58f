//! The team project's status line, under the toolbar while a project is joined: where sync
//! stands and how many changes wait (offline, syncing, N changes waiting, synced at TIME, or
//! the server's refusal in words). A button opens the Team dialog.

use yew::prelude::*;

use super::browser::local_clock;
use crate::core::team::status::SyncStatus;
use crate::words;

#[derive(Properties, PartialEq)]
pub struct TeamStatusProps {
    pub database: AttrValue,
    pub status: SyncStatus,
    pub waiting: usize,
    pub on_open: Callback<()>,
}

/// The state as a word for CSS and tests.
fn state_name(status: &SyncStatus) -> &'static str {
    match status {
        SyncStatus::Starting => "starting",
        SyncStatus::Offline => "offline",
        SyncStatus::Syncing => "syncing",
        SyncStatus::Unreachable => "unreachable",
        SyncStatus::Synced { .. } => "synced",
        SyncStatus::Refused(_) => "refused",
    }
}

#[component]
pub fn TeamStatus(props: &TeamStatusProps) -> Html {
    let onclick = props.on_open.reform(|_: MouseEvent| ());
    html! {
        <div class="team-status" data-state={state_name(&props.status)} data-waiting={props.waiting.to_string()}>
            <button type="button" class="link-button" {onclick}>{ format!("Team {}", props.database) }</button>
            <span role="status" class="team-status-text">
                { words::sync_status(&props.status, props.waiting, local_clock) }
            </span>
        </div>
    }
}
