//! The files of a drop: files dropped as they are, and the files inside dropped folders (and
//! their sub-folders), through the File and Directory Entries API. Hidden files (a name that
//! starts with `.`, such as `.DS_Store`) are left out of folders.
//!
//! The entries must be taken while the drop event is handled ([`entries`]); reading the
//! folders is asynchronous ([`files_of`]).

use js_sys::{Array, Promise};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{DataTransfer, FileSystemDirectoryEntry, FileSystemEntry, FileSystemFileEntry};

/// The dropped entries, taken at once (the browser forgets them after the event).
pub fn entries(transfer: &DataTransfer) -> Vec<FileSystemEntry> {
    let items = transfer.items();
    (0..items.length())
        .filter_map(|i| items.get(i))
        .filter_map(|item| item.webkit_get_as_entry().ok().flatten())
        .collect()
}

/// Every file under `entries`, folders read depth first, in the order the browser lists them.
pub async fn files_of(entries: Vec<FileSystemEntry>) -> Vec<web_sys::File> {
    let mut files = Vec::new();
    let mut pending = entries;
    pending.reverse();
    while let Some(entry) = pending.pop() {
        if entry.is_directory() {
            let directory: FileSystemDirectoryEntry = entry.unchecked_into();
            let mut children: Vec<FileSystemEntry> = read_directory(&directory)
                .await
                .into_iter()
                .filter(|child| !child.name().starts_with('.'))
                .collect();
            children.reverse();
            pending.extend(children);
        } else if let Some(file) = file_of(entry.unchecked_into()).await {
            files.push(file);
        }
    }
    files
}

/// All entries of a folder: `readEntries` gives them in batches until one comes back empty.
async fn read_directory(directory: &FileSystemDirectoryEntry) -> Vec<FileSystemEntry> {
    let reader = directory.create_reader();
    let mut all = Vec::new();
    loop {
        let batch = Promise::new(&mut |resolve, reject| {
            let _ = reader.read_entries_with_callback_and_callback(&resolve, &reject);
        });
        let Ok(batch) = JsFuture::from(batch).await else {
            break;
        };
        let batch: Array = batch.unchecked_into();
        if batch.length() == 0 {
            break;
        }
        all.extend(
            batch
                .iter()
                .map(|entry| entry.unchecked_into::<FileSystemEntry>()),
        );
    }
    all
}

async fn file_of(entry: FileSystemFileEntry) -> Option<web_sys::File> {
    let file = Promise::new(&mut |resolve, reject| {
        entry.file_with_callback_and_callback(&resolve, &reject);
    });
    JsFuture::from(file).await.ok()?.dyn_into().ok()
}
