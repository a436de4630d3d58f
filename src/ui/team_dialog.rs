//! The Team dialog: join a team project (server address, database, name, password), and once
//! joined, where sync stands, "Sync now", publishing the library's articles (owners) and
//! leaving. The password is read from its field when the reader signs in and kept nowhere.

use yew::prelude::*;

use super::Modal;
use super::annotation_editor::field_value;
use super::browser::local_clock;
use super::intents::use_intents;
use super::shared::Shared;
use super::team::actions::SignIn;
use crate::core::team::project::ProjectField;
use crate::core::team::status::{Refusal, SignInError, SyncStatus};
use crate::core::workspace::{Dialog, TeamState};
use crate::words;

#[derive(Properties, PartialEq, Clone)]
pub struct TeamDialogProps {
    pub open: bool,
    pub team: Shared<TeamState>,
}

#[component]
pub fn TeamDialog(props: &TeamDialogProps) -> Html {
    let intents = use_intents();
    let on_close = intents.close_dialog.reform(|()| Dialog::Team);
    let team = &props.team;
    html! {
        <Modal open={props.open} {on_close} labelled_by="team-title" class="team-dialog">
            <h2 id="team-title">{ "Team project" }</h2>
            if let Some(project) = &team.project {
                <p class="team-project">
                    { "Signed in as " }<strong>{ project.coder.clone() }</strong>
                    { " to " }<strong>{ project.database.clone() }</strong>
                    { " on " }{ project.server.clone() }
                    if team.is_owner() { { " (owner)" } }
                </p>
                <p class="team-sync-line" role="status">
                    { words::sync_status(&team.status, team.waiting, local_clock) }
                </p>
                <p>{ match team.articles.len() { 1 => "1 article in the project.".to_owned(), n => format!("{} articles in the project.", crate::core::units::count(n)) } }</p>
                <div class="team-buttons">
                    <button type="button" disabled={!team.running} onclick={intents.team_sync_now.reform(|_: MouseEvent| ())}>{ "Sync now" }</button>
                    if team.is_owner() {
                        <button type="button" disabled={!team.running} onclick={intents.team_publish.reform(|_: MouseEvent| ())}>
                            { "Publish my library's articles" }
                        </button>
                    }
                    <button type="button" onclick={intents.open_dialog.reform(|_: MouseEvent| Dialog::Agreement)}>{ "Agreement…" }</button>
                    <button type="button" onclick={intents.team_leave.reform(|_: MouseEvent| ())}>{ "Leave project" }</button>
                </div>
                if team.status == SyncStatus::Refused(Refusal::SignedOut) {
                    <SignInForm error={team.sign_in_error.clone()} signing_in={team.signing_in}
                        server={project.server.clone()} database={project.database.clone()} coder={project.coder.clone()} />
                }
            } else {
                <p>
                    { "Code a corpus with others: your work stays in this browser and works offline; it meets everyone else's in a CouchDB database your team hosts. Your password is sent to that server only and never stored." }
                </p>
                <SignInForm error={team.sign_in_error.clone()} signing_in={team.signing_in}
                    server="" database="" coder="" />
            }
        </Modal>
    }
}

#[derive(Properties, PartialEq)]
struct SignInFormProps {
    error: Option<SignInError>,
    signing_in: bool,
    server: AttrValue,
    database: AttrValue,
    coder: AttrValue,
}

#[component]
fn SignInForm(props: &SignInFormProps) -> Html {
    let intents = use_intents();
    let typed = use_mut_ref(|| SignIn {
        server: props.server.to_string(),
        database: props.database.to_string(),
        coder: props.coder.to_string(),
        password: String::new(),
    });
    let field = |set: fn(&mut SignIn, String)| {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| set(&mut typed.borrow_mut(), field_value(&e)))
    };
    let on_submit = {
        let (typed, join) = (typed.clone(), intents.team_join.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let form = typed.borrow().clone();
            // Dropped from the form as soon as it is sent.
            typed.borrow_mut().password.clear();
            join.emit(form);
        })
    };
    let wrong = |field: ProjectField| match &props.error {
        Some(SignInError::Invalid(error)) => error.field() == field,
        _ => false,
    };
    let invalid = |field| wrong(field).then_some("true");
    let described = |field| wrong(field).then_some("team-problem");
    let typed = typed.borrow();
    html! {
        <form class="team-sign-in" onsubmit={on_submit}>
            <label for="team-server">{ "Server address" }</label>
            <input id="team-server" type="text" inputmode="url" placeholder="https://couch.example.org"
                value={typed.server.clone()} oninput={field(|t, v| t.server = v)}
                aria-invalid={invalid(ProjectField::Server)} aria-describedby={described(ProjectField::Server)} />
            <label for="team-database">{ "Project database" }</label>
            <input id="team-database" type="text" value={typed.database.clone()} oninput={field(|t, v| t.database = v)}
                aria-invalid={invalid(ProjectField::Database)} aria-describedby={described(ProjectField::Database)} />
            <label for="team-coder">{ "Your name" }</label>
            <input id="team-coder" type="text" autocomplete="username" value={typed.coder.clone()} oninput={field(|t, v| t.coder = v)}
                aria-invalid={invalid(ProjectField::Coder)} aria-describedby={described(ProjectField::Coder)} />
            <label for="team-password">{ "Password" }</label>
            <input id="team-password" type="password" autocomplete="current-password" oninput={field(|t, v| t.password = v)} />
            if let Some(error) = &props.error {
                <p id="team-problem" class="form-error" role="alert">{ words::sign_in_error(error) }</p>
            }
            <button type="submit" disabled={props.signing_in}>
                { if props.signing_in { "Signing in…" } else { "Sign in and join" } }
            </button>
        </form>
    }
}
