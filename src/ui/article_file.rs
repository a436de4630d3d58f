//! One article from a file the reader chose or dropped: a `.txt`, `.md` or `.html` file, its
//! type known by its name, refused before it is read when it is over the article limit, then
//! checked (`core::opening::check_bytes`) and read as plain text, Markdown, or a web page
//! (`html_extract`, which may load Readability first). The one path for a single file and for
//! the files of a batch (`corpus_opening`).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use super::html_extract;
use crate::core::opening::{self, FileKind, OpenError};
use crate::core::page_text::OpenedPage;

/// The article in `file`, with what to tell the reader about a web page; or why not.
pub async fn read_article(file: &web_sys::File) -> Result<OpenedPage, OpenError> {
    let kind = FileKind::of(&file.name())?;
    // Refuse an oversized file before reading it into memory.
    let size = file.size() as usize;
    if size > opening::MAX_ARTICLE_BYTES {
        return Err(OpenError::TooLarge { bytes: size });
    }
    let bytes = read_bytes(file).await.map_err(|()| OpenError::Binary)?;
    let text = opening::check_bytes(&bytes)?;
    let opened = match kind {
        FileKind::Text => opening::from_plain_text(text)?,
        FileKind::Markdown => opening::from_markdown(text)?,
        FileKind::Html => return html_extract::extract(text).await,
    };
    Ok(OpenedPage { opened, note: None })
}

/// A file's bytes (`Blob.arrayBuffer`).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, ()> {
    let buffer = JsFuture::from(file.array_buffer()).await.map_err(drop)?;
    let buffer: js_sys::ArrayBuffer = buffer.dyn_into().map_err(drop)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
