//! Files in and out: downloads, the clipboard, and reading a file the reader chose or dropped.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use wasm_bindgen::JsCast;

use super::browser::{document, window};

/// Offers `contents` as a download named `file_name`.
pub fn download(file_name: &str, mime_type: &str, contents: &str) -> Result<(), String> {
    let blob = gloo_file::Blob::new_with_options(contents, Some(mime_type));
    let url = gloo_file::ObjectUrl::from(blob);
    let link: web_sys::HtmlAnchorElement = document()
        .create_element("a")
        .map_err(|_| "the page could not create a download link".to_owned())?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download; the URL must live until the browser has read it,
    // so it is released on the next task rather than now.
    gloo_timers::callback::Timeout::new(1_000, move || drop(url)).forget();
    Ok(())
}

/// Puts `text` on the clipboard, then calls `done` with what happened.
pub fn copy_to_clipboard(text: String, done: impl FnOnce(Result<(), String>) + 'static) {
    let clipboard = window().navigator().clipboard();
    let promise = clipboard.write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        let result = wasm_bindgen_futures::JsFuture::from(promise)
            .await
            .map(drop)
            .map_err(|_| "the browser did not allow access to the clipboard".to_owned());
        done(result);
    });
}

/// Reads a file's bytes, then calls `done` with them and the file's name. The read is kept
/// alive in `slot` (a read whose reader is dropped is cancelled); the next read replaces it.
pub fn read_file(
    file: web_sys::File,
    slot: Rc<RefCell<Option<FileReader>>>,
    done: impl FnOnce(String, Result<Vec<u8>, String>) + 'static,
) {
    read_file_boxed(file, slot, Box::new(done));
}

/// What a read file is handed to: its name and its bytes, or why it could not be read.
type ReadDone = Box<dyn FnOnce(String, Result<Vec<u8>, String>)>;

/// The one copy of the reading code: generic over `done`, gloo's reader was compiled again for
/// every caller (3.3 KB of wasm in all).
fn read_file_boxed(file: web_sys::File, slot: Rc<RefCell<Option<FileReader>>>, done: ReadDone) {
    let name = file.name();
    let blob = gloo_file::Blob::from(file);
    let reader = gloo_file::callbacks::read_as_bytes(&blob, move |result| {
        done(
            name,
            result.map_err(|e| format!("the file could not be read ({e})")),
        );
    });
    *slot.borrow_mut() = Some(reader);
}
