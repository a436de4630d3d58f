//! The library: every stored article, with what it holds; open, rename, delete, search.

use yew::prelude::*;

use super::intents::use_intents;
use super::shared::Shared;
use super::state::Dialog;
use super::team_article_list::TeamArticleList;
use super::{LibraryEditForm, Modal};
use crate::core::details::Details;
use crate::core::library::IndexEntry;
use crate::core::workspace::{LibraryState, Notice, TeamArticle};
use crate::words;

#[derive(Properties, PartialEq, Clone)]
pub struct LibraryDialogProps {
    pub open: bool,
    /// The library, and the last deleted article while its deletion can be undone.
    pub library: Shared<LibraryState>,
    pub current_id: AttrValue,
    /// The last message, shown here too: the page behind the dialog is inert.
    #[prop_or_default]
    pub notice: Option<Shared<Notice>>,
    /// The team project's articles (none when no project is joined).
    #[prop_or_default]
    pub team_articles: Shared<Vec<TeamArticle>>,
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary(entry: &IndexEntry) -> String {
    let c = entry.counts;
    format!(
        "{} · {} · {}",
        plural(c.claims, "claim", "claims"),
        plural(c.quotes, "quote", "quotes"),
        plural(c.scare_quotes, "scare quote", "scare quotes")
    )
}

#[component]
pub fn LibraryDialog(props: &LibraryDialogProps) -> Html {
    let intents = use_intents();
    let query = use_state(String::new);
    // The id of the entry whose title and source are being edited.
    let editing = use_state(|| None::<String>);
    let on_search = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            query.set(input.value());
        })
    };
    let wanted = query.trim().to_lowercase();
    let shown: Vec<&IndexEntry> = props
        .library
        .index
        .documents
        .iter()
        .filter(|e| {
            wanted.is_empty()
                || e.title.to_lowercase().contains(&wanted)
                || e.source
                    .as_deref()
                    .is_some_and(|s| s.to_lowercase().contains(&wanted))
        })
        .collect();
    let row = |entry: &IndexEntry| {
        let id = entry.id.clone();
        let is_current = props.current_id.as_str() == id;
        let open = {
            let (on_open, id) = (intents.open_document.clone(), id.clone());
            Callback::from(move |_: MouseEvent| on_open.emit(id.clone()))
        };
        let delete = {
            let (on_delete, id) = (intents.delete_document.clone(), id.clone());
            Callback::from(move |_: MouseEvent| on_delete.emit(id.clone()))
        };
        let start_edit = {
            let (editing, id) = (editing.clone(), id.clone());
            Callback::from(move |_: MouseEvent| editing.set(Some(id.clone())))
        };
        let cancel_edit = {
            let editing = editing.clone();
            Callback::from(move |()| editing.set(None))
        };
        let save_edit = {
            let (editing, on_edit, id) =
                (editing.clone(), intents.edit_details.clone(), id.clone());
            Callback::from(move |details: Details| {
                editing.set(None);
                on_edit.emit((id.clone(), details));
            })
        };
        let is_edited = editing.as_deref() == Some(id.as_str());
        let added = entry
            .added
            .date()
            .unwrap_or(entry.added.as_str())
            .to_owned();
        html! {
            <li class={classes!("library-entry", is_current.then_some("current"))} key={id.clone()}>
                if is_edited {
                    <LibraryEditForm title={entry.title.clone()} source={entry.source.clone().unwrap_or_default()}
                        credit={entry.credit.clone()}
                        on_save={save_edit} on_cancel={cancel_edit} />
                } else {
                    <span class="library-title">{ entry.title.clone() }</span>
                }
                <span class="library-meta">
                    { entry.source.clone().unwrap_or_else(|| if entry.bundled { "Bundled with Quotemark".into() } else { "No source address".into() }) }
                    { format!(" · added {added} · {}", summary(entry)) }
                </span>
                <span class="library-actions">
                    <button type="button" onclick={open} disabled={is_current}>{ if is_current { "Open now" } else { "Open" } }</button>
                    if !is_edited {
                        <button type="button" onclick={start_edit}>{ "Edit" }</button>
                    }
                    if !entry.bundled {
                        <button type="button" class="delete-button" onclick={delete}>{ "Delete" }</button>
                    }
                </span>
            </li>
        }
    };
    let export_all = intents.export_library.reform(|_: MouseEvent| ());
    let import_all = {
        let on_import = intents.import_library.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                input.set_value("");
                on_import.emit(file);
            }
        })
    };
    let undo = intents.undo_delete.reform(|_: MouseEvent| ());
    let on_close = intents.close_dialog.reform(|()| Dialog::Library);
    html! {
        <Modal open={props.open} {on_close} labelled_by="library-title" class="library-dialog">
            <h2 id="library-title">{ "Library" }</h2>
            <input type="search" aria-label="Search the library" placeholder="Search titles and sources" value={(*query).clone()} oninput={on_search} />
            if let Some(deleted) = &props.library.deleted {
                <p class="library-undo" role="status">
                    { format!("Deleted {}. ", words::quoted(&deleted.title)) }
                    <button type="button" onclick={undo}>{ "Undo delete" }</button>
                </p>
            }
            if let Some(notice) = &props.notice {
                <p class={classes!("library-notice", notice.is_error().then_some("form-error"))} role={if notice.is_error() { "alert" } else { "status" }}>
                    { words::notice(notice) }
                </p>
            }
            if !props.team_articles.is_empty() {
                <TeamArticleList articles={props.team_articles.0.clone()} wanted={AttrValue::from(wanted.clone())}
                    current_id={props.current_id.clone()} />
                <h3>{ "In this browser" }</h3>
            }
            <ul class="library-list">{ for shown.into_iter().map(row) }</ul>
            <div class="library-backup">
                <button type="button" onclick={export_all}>{ "Export all" }</button>
                <label class="file-button">
                    { "Import all" }
                    <input type="file" class="visually-hidden" accept=".json,application/json" onchange={import_all} />
                </label>
            </div>
        </Modal>
    }
}
