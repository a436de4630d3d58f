//! The library: every stored article, with what it holds; open, rename, delete, search.

use yew::prelude::*;

use super::Modal;
use super::annotation_editor::field_value;
use crate::core::details::{Details, DetailsError, check_details};
use crate::core::library::{IndexEntry, LibraryIndex};

#[derive(Properties, PartialEq)]
pub struct LibraryDialogProps {
    pub open: bool,
    pub library: LibraryIndex,
    pub current_id: AttrValue,
    /// The title of the last deleted article, while its deletion can be undone.
    pub deleted_title: Option<AttrValue>,
    pub on_close: Callback<()>,
    pub on_open: Callback<String>,
    /// Called with an article's id and its checked new title and source address.
    pub on_edit: Callback<(String, Details)>,
    pub on_delete: Callback<String>,
    pub on_undo_delete: Callback<()>,
    pub on_export_all: Callback<()>,
    pub on_import_all: Callback<web_sys::File>,
    /// The last message, shown here too: the page behind the dialog is inert.
    #[prop_or_default]
    pub notice: Option<crate::ui::state::Message>,
}

/// The entry whose title and source are being edited, and why the last save was refused.
#[derive(Clone, PartialEq)]
struct Editing {
    id: String,
    problem: Option<DetailsError>,
}

/// What the reader has typed into the edit form. Written on every keystroke and read by the
/// render, because Yew sets an input back to its rendered value whenever the dialog renders
/// again (an autosave refreshing the counts, a search): rendering the stored title would
/// wipe what is being typed.
#[derive(Default)]
struct Typed {
    title: String,
    source: String,
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
    let query = use_state(String::new);
    let editing = use_state(|| None::<Editing>);
    let typed = use_mut_ref(Typed::default);
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
            let (on_open, id) = (props.on_open.clone(), id.clone());
            Callback::from(move |_: MouseEvent| on_open.emit(id.clone()))
        };
        let delete = {
            let (on_delete, id) = (props.on_delete.clone(), id.clone());
            Callback::from(move |_: MouseEvent| on_delete.emit(id.clone()))
        };
        let start_edit = {
            let (editing, typed, entry) = (editing.clone(), typed.clone(), entry.clone());
            Callback::from(move |_: MouseEvent| {
                *typed.borrow_mut() = Typed {
                    title: entry.title.clone(),
                    source: entry.source.clone().unwrap_or_default(),
                };
                editing.set(Some(Editing {
                    id: entry.id.clone(),
                    problem: None,
                }));
            })
        };
        let cancel_edit = {
            let editing = editing.clone();
            Callback::from(move |_: MouseEvent| editing.set(None))
        };
        let save_edit = {
            let (editing, typed, on_edit, id) = (
                editing.clone(),
                typed.clone(),
                props.on_edit.clone(),
                id.clone(),
            );
            Callback::from(move |e: SubmitEvent| {
                e.prevent_default();
                let checked = {
                    let typed = typed.borrow();
                    check_details(&typed.title, &typed.source)
                };
                match checked {
                    Ok(details) => {
                        editing.set(None);
                        on_edit.emit((id.clone(), details));
                    }
                    // The form stays open with what was typed, saying what to fix.
                    Err(problem) => editing.set(Some(Editing {
                        id: id.clone(),
                        problem: Some(problem),
                    })),
                }
            })
        };
        let on_title = {
            let typed = typed.clone();
            Callback::from(move |e: InputEvent| typed.borrow_mut().title = field_value(&e))
        };
        let on_source = {
            let typed = typed.clone();
            Callback::from(move |e: InputEvent| typed.borrow_mut().source = field_value(&e))
        };
        let edited = editing.as_ref().filter(|edit| edit.id == id);
        // Whether the refused save was about the title (true) or the source (false) field.
        let refused = |about_title: bool| {
            edited
                .and_then(|edit| edit.problem.as_ref())
                .is_some_and(|problem| problem.is_about_title() == about_title)
        };
        let added = entry.added.get(..10).unwrap_or(&entry.added).to_owned();
        html! {
            <li class={classes!("library-entry", is_current.then_some("current"))} key={id.clone()}>
                if let Some(edit) = edited {
                    <form class="library-edit" onsubmit={save_edit}>
                        <label for="edit-title">{ "New title" }</label>
                        <input id="edit-title" type="text" value={typed.borrow().title.clone()} oninput={on_title}
                            aria-invalid={refused(true).then_some("true")} aria-describedby={refused(true).then_some("edit-problem")} />
                        <label for="edit-source">{ "Source address" }</label>
                        <input id="edit-source" type="text" inputmode="url" placeholder="https://…" value={typed.borrow().source.clone()} oninput={on_source}
                            aria-invalid={refused(false).then_some("true")} aria-describedby={refused(false).then_some("edit-problem")} />
                        if let Some(problem) = &edit.problem {
                            <p id="edit-problem" class="form-error" role="alert">{ problem.to_string() }</p>
                        }
                        <span class="library-edit-buttons">
                            <button type="submit">{ "Save" }</button>
                            <button type="button" onclick={cancel_edit}>{ "Cancel" }</button>
                        </span>
                    </form>
                } else {
                    <span class="library-title">{ entry.title.clone() }</span>
                }
                <span class="library-meta">
                    { entry.source.clone().unwrap_or_else(|| if entry.bundled { "Bundled with Quotemark".into() } else { "No source address".into() }) }
                    { format!(" · added {added} · {}", summary(entry)) }
                </span>
                <span class="library-actions">
                    <button type="button" onclick={open} disabled={is_current}>{ if is_current { "Open now" } else { "Open" } }</button>
                    if edited.is_none() {
                        <button type="button" onclick={start_edit}>{ "Edit" }</button>
                    }
                    if !entry.bundled {
                        <button type="button" class="delete-button" onclick={delete}>{ "Delete" }</button>
                    }
                </span>
            </li>
        }
    };
    let export_all = {
        let on_export = props.on_export_all.clone();
        Callback::from(move |_: MouseEvent| on_export.emit(()))
    };
    let import_all = {
        let on_import = props.on_import_all.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                input.set_value("");
                on_import.emit(file);
            }
        })
    };
    let undo = {
        let on_undo = props.on_undo_delete.clone();
        Callback::from(move |_: MouseEvent| on_undo.emit(()))
    };
    html! {
        <Modal open={props.open} on_close={props.on_close.clone()} labelled_by="library-title" class="library-dialog">
            <h2 id="library-title">{ "Library" }</h2>
            <input type="search" aria-label="Search the library" placeholder="Search titles and sources" value={(*query).clone()} oninput={on_search} />
            if let Some(title) = &props.deleted_title {
                <p class="library-undo" role="status">
                    { format!("Deleted \u{201c}{title}\u{201d}. ") }
                    <button type="button" onclick={undo}>{ "Undo delete" }</button>
                </p>
            }
            if let Some(notice) = &props.notice {
                <p class={classes!("library-notice", notice.is_error.then_some("form-error"))} role={if notice.is_error { "alert" } else { "status" }}>
                    { notice.text.clone() }
                </p>
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
