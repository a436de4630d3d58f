//! Tidying storage once the first screen is painted, in this tab's turn at the library's lock:
//! journals that hidden pages left are replayed (the open document is shown again as it left
//! it), and what interrupted saves left is swept. Neither holds back the first screen.

use yew::prelude::*;

use super::other_tabs::refresh_from_storage;
use crate::core::library::journal::{self, Replayed};
use crate::core::library::{self, LibraryIndex, Writers};
use crate::core::workspace::{Action, Workspace};
use crate::ui::browser::{BrowserStorage, after_next_paint, now};
use crate::ui::latest::Latest;
use crate::ui::locks::{self, with_library_lock};

#[hook]
pub fn use_maintenance(latest: Latest, dispatcher: UseReducerDispatcher<Workspace>) {
    use_effect_with((), move |_| {
        after_next_paint(move || {
            with_library_lock(move || {
                let now = now();
                let open_id = latest.workspace().document_id().to_owned();
                let mut open_replayed = false;
                for key in journal::journals(&BrowserStorage) {
                    open_replayed |= matches!(
                        journal::replay(&BrowserStorage, &key, &now),
                        Ok(Replayed::Written { id } | Replayed::Merged { id }) if id == open_id
                    );
                }
                let loaded = library::load(&BrowserStorage, &now);
                if loaded.writable {
                    // Holding the lock, nothing else is being written, unless the browser
                    // gives no turns.
                    let writers = if locks::available() {
                        Writers::None
                    } else {
                        Writers::Others
                    };
                    library::sweep(&BrowserStorage, &loaded.index, writers);
                }
                if open_replayed {
                    show_or_merge(&latest, &dispatcher, &loaded.index);
                }
            });
        });
    });
}

/// Takes in the open document as a replayed journal left it: shown afresh from storage, undo
/// history and all, when nothing was changed since it was opened (a reload that came before
/// its save); merged in otherwise.
fn show_or_merge(
    latest: &Latest,
    dispatcher: &UseReducerDispatcher<Workspace>,
    index: &LibraryIndex,
) {
    let workspace = latest.workspace();
    let entry = index.entry(workspace.document_id()).cloned();
    match entry {
        Some(entry) if workspace.persistence.revision == 0 => {
            let opened = library::open(&BrowserStorage, &entry, &now());
            dispatcher.dispatch(Action::ShowDocument {
                entry,
                opened: Box::new(opened),
            });
            dispatcher.dispatch(Action::LibraryChanged(index.clone()));
        }
        _ => refresh_from_storage(latest, dispatcher),
    }
}
