//! Annotation files in and out of the open document. An export's files come from
//! `core::export::files` (the open document's library entry gives their title, source and id);
//! this downloads them, or copies the JSON. An import reads the file and hands its bytes to the
//! workspace. Either way the reader is told what happened.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use yew::UseReducerDispatcher;

use super::browser::now;
use super::files::{copy_to_clipboard, download, read_file};
use super::state::{Action, Workspace};
use crate::core::annotation::Annotation;
use crate::core::export::{ExportFormat, files};
use crate::core::import::{ImportError, MAX_IMPORT_BYTES};
use crate::core::team::exports::layer_files;
use crate::core::workspace::Notice;

/// Exports the open document's annotations in `format`.
pub fn export(
    format: ExportFormat,
    workspace: &Workspace,
    dispatcher: &UseReducerDispatcher<Workspace>,
) {
    let document = &workspace.document;
    let annotations: Vec<Annotation> = document.store.iter().cloned().collect();
    let count = annotations.len();
    let files = files(
        format,
        &document.entry,
        document.article.text(),
        &annotations,
        &now(),
    );
    if format == ExportFormat::CopyJson {
        let dispatcher = dispatcher.clone();
        let json = files
            .into_iter()
            .next()
            .map(|f| f.contents)
            .unwrap_or_default();
        copy_to_clipboard(json, move |result| {
            dispatcher.dispatch(Action::ShowNotice(match result {
                Ok(()) => Notice::Copied { count },
                Err(reason) => Notice::NotCopied { reason },
            }));
        });
        return;
    }
    let result = files
        .iter()
        .try_for_each(|file| download(&file.name, file.mime_type, &file.contents));
    dispatcher.dispatch(Action::ShowNotice(match result {
        Ok(()) => Notice::Exported { count, format },
        Err(reason) => Notice::ExportFailed { reason },
    }));
}

/// Downloads every layer of the open team article apart (the reader's own, each other
/// coder's, and the gold layer's decisions), in `format`.
pub fn export_layers(
    format: ExportFormat,
    workspace: &Workspace,
    dispatcher: &UseReducerDispatcher<Workspace>,
) {
    let document = &workspace.document;
    let Some(project) = &workspace.team.project else {
        return;
    };
    let own: Vec<Annotation> = document.store.iter().cloned().collect();
    let others = workspace.team.layers_of(document.id());
    // The gold layer's decisions export as one more layer.
    let gold: Vec<Annotation> = Some(&workspace.team.gold)
        .filter(|g| g.document == document.id())
        .map(|g| {
            g.decided
                .values()
                .filter_map(|d| d.annotation.clone())
                .collect()
        })
        .unwrap_or_default();
    let mut layers: Vec<(&str, &[Annotation])> = vec![(project.coder.as_str(), own.as_slice())];
    layers.extend(
        others
            .iter()
            .map(|l| (l.coder.as_str(), l.annotations.as_slice())),
    );
    layers.push(("gold", gold.as_slice()));
    // A layer with nothing in it (an adjudicator who did not code) makes no file.
    layers.retain(|(_, annotations)| !annotations.is_empty());
    let count = layers.iter().map(|(_, a)| a.len()).sum();
    let files = layer_files(
        format,
        &document.entry,
        document.article.text(),
        &layers,
        &now(),
    );
    let result = files
        .iter()
        .try_for_each(|file| download(&file.name, file.mime_type, &file.contents));
    dispatcher.dispatch(Action::ShowNotice(match result {
        Ok(()) => Notice::Exported { count, format },
        Err(reason) => Notice::ExportFailed { reason },
    }));
}

/// Reads an annotation file and imports it, or says why not.
pub fn import_file(
    file: web_sys::File,
    slot: Rc<RefCell<Option<FileReader>>>,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    // Refuse an oversized file before reading it into memory.
    let size = file.size() as usize;
    if size > MAX_IMPORT_BYTES {
        let notice = Notice::ImportRefused {
            file_name: file.name(),
            error: ImportError::TooLarge { bytes: size },
        };
        return dispatcher.dispatch(Action::ShowNotice(notice));
    }
    read_file(file, slot, move |file_name, bytes| match bytes {
        Ok(bytes) => dispatcher.dispatch(Action::Import {
            file_name,
            bytes,
            now: now(),
        }),
        Err(reason) => dispatcher.dispatch(Action::ShowNotice(Notice::ImportUnreadable {
            file_name,
            reason,
        })),
    });
}
