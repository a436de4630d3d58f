//! Annotation files in and out of the open document. An export's files come from
//! `core::export::files` (the open document's library entry gives their title, source and id);
//! this downloads them, or copies the JSON. An import reads the file, anchors what it holds on
//! the open document (`core::import::read`) and hands that to the workspace. Either way the
//! reader is told what happened.
//!
//! The formats' writers and readers, the anchoring of imports and the library's backup are an
//! [`Interchange`], a part of the app fetched the first time one of them is used (issue #21).

use std::cell::RefCell;
use std::rc::Rc;

use gloo_file::callbacks::FileReader;
use yew::UseReducerDispatcher;

use super::browser::now;
use super::files::{copy_to_clipboard, download, read_file};
use super::latest::Latest;
use super::lazy::parts;
use super::library_actions::LibraryActions;
use super::other_tools;
use super::state::{Action, Workspace};
use crate::core::annotation::{Annotation, AnnotationId};
use crate::core::backup::{self, BackupError, MergeReport};
use crate::core::carry_over;
use crate::core::export::{self, ExportFile, ExportFormat};
use crate::core::import::{self, Anchoring, ImportError, ImportReport, MAX_IMPORT_BYTES};
use crate::core::interop::articles::{LabelChoice, Mappings};
use crate::core::interop::batch;
use crate::core::library::{IndexEntry, LibraryIndex};
use crate::core::persist::KeyValueStore;
use crate::core::team::exports;
use crate::core::time::Timestamp;
use crate::core::workspace::{Feature, Notice, Work};

/// Writes the files of one export: a format, the document's entry and text, its annotations.
pub type WriteFiles =
    fn(ExportFormat, &IndexEntry, &str, &[Annotation], &Timestamp) -> Vec<ExportFile>;
/// Writes the files of every layer of a team article, each a coder's name and annotations.
pub type WriteLayers =
    fn(ExportFormat, &IndexEntry, &str, &[(&str, &[Annotation])], &Timestamp) -> Vec<ExportFile>;
/// Imports a file's bytes into the open document: the file, its name and bytes, and what the
/// import needs (a Label Studio export opens its tasks through the library's actions).
pub type ImportBytes =
    fn(web_sys::File, String, Vec<u8>, Latest, UseReducerDispatcher<Workspace>, LibraryActions);
/// Anchors an earlier version's annotations (its text, its annotations) on the open article's
/// text, skipping the ids it has.
pub type CarryOver = fn(
    &str,
    &[Annotation],
    &str,
    &dyn Fn(&AnnotationId) -> bool,
) -> (Vec<Annotation>, ImportReport);
/// Merges a library backup into the library.
pub type RestoreLibrary =
    fn(&dyn KeyValueStore, &[u8], &Timestamp) -> Result<(MergeReport, LibraryIndex), BackupError>;

/// What the interchange part holds: the export formats' writers, the import formats' readers
/// with the anchoring of what they read, other tools' files read as documents and anchored as
/// articles (issue #22), the library's backup, and carrying annotations over to a new version
/// of an article (the other use of anchoring).
#[derive(Clone, Copy)]
pub struct Interchange {
    pub files: WriteFiles,
    pub layer_files: WriteLayers,
    pub import_bytes: ImportBytes,
    /// Opens other tools' files, with the articles beside them (`other_tools::open`).
    pub open_other_tools: fn(LibraryActions, Vec<web_sys::File>),
    /// Opens the files waiting for their labels, mapped so (`other_tools::open_chosen`).
    pub open_chosen: fn(LibraryActions, Rc<LabelChoice>, Mappings),
    pub export_library: fn(&dyn KeyValueStore, &Timestamp) -> (String, usize),
    pub import_library: RestoreLibrary,
    pub carry_over: CarryOver,
}

impl Interchange {
    /// The functions themselves. Only the part's split function (in the app's binary) names
    /// this, so that they and all they alone reach are cut out of the first module.
    pub const ALL: Interchange = Interchange {
        files: export::files,
        layer_files: exports::layer_files,
        import_bytes,
        open_other_tools: |actions, files| {
            wasm_bindgen_futures::spawn_local(other_tools::open(actions, files))
        },
        open_chosen: other_tools::open_chosen,
        export_library: backup::export_all,
        import_library: backup::import_all,
        carry_over: |old, annotations, new, exists| {
            carry_over::carry_over(old, annotations, new, exists)
        },
    };
}

/// Runs `work` with the interchange part: at once when it is loaded (so that copying to the
/// clipboard stays within the reader's click), else when it has been fetched; a part that
/// cannot be fetched is said.
pub fn with_interchange(
    dispatcher: &UseReducerDispatcher<Workspace>,
    work: impl FnOnce(Interchange) + 'static,
) {
    let part = &parts().interchange;
    if let Some(interchange) = part.loaded() {
        return work(interchange);
    }
    let dispatcher = dispatcher.clone();
    wasm_bindgen_futures::spawn_local(async move {
        match parts().interchange.get().await {
            Ok(interchange) => work(interchange),
            Err(_) => dispatcher.dispatch(Action::ShowNotice(Notice::NotLoaded(Feature::Files))),
        }
    });
}

/// Exports the open document's annotations in `format`.
pub fn export(format: ExportFormat, latest: &Latest, dispatcher: &UseReducerDispatcher<Workspace>) {
    let (latest, dispatcher) = (latest.clone(), dispatcher.clone());
    with_interchange(&dispatcher.clone(), move |interchange| {
        export_with(interchange, format, &latest.workspace(), &dispatcher)
    });
}

fn export_with(
    interchange: Interchange,
    format: ExportFormat,
    workspace: &Workspace,
    dispatcher: &UseReducerDispatcher<Workspace>,
) {
    let document = &workspace.document;
    let annotations: Vec<Annotation> = document.store.iter().cloned().collect();
    let count = annotations.len();
    let files = (interchange.files)(
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
    latest: &Latest,
    dispatcher: &UseReducerDispatcher<Workspace>,
) {
    let (latest, dispatcher) = (latest.clone(), dispatcher.clone());
    with_interchange(&dispatcher.clone(), move |interchange| {
        export_layers_with(interchange, format, &latest.workspace(), &dispatcher)
    });
}

fn export_layers_with(
    interchange: Interchange,
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
    let files = (interchange.layer_files)(
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

/// Reads an annotation file and imports it into the open document, or says why not. A Label
/// Studio export, which carries its texts, opens them as articles instead (`other_tools`).
pub fn import_file(
    file: web_sys::File,
    slot: Rc<RefCell<Option<FileReader>>>,
    latest: Latest,
    dispatcher: UseReducerDispatcher<Workspace>,
    library: LibraryActions,
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
    let whole = file.clone();
    read_file(file, slot, move |file_name, bytes| match bytes {
        Ok(bytes) => with_interchange(&dispatcher.clone(), move |interchange| {
            (interchange.import_bytes)(whole, file_name, bytes, latest, dispatcher, library)
        }),
        Err(reason) => dispatcher.dispatch(Action::ShowNotice(Notice::ImportUnreadable {
            file_name,
            reason,
        })),
    });
}

/// How long a step of anchoring an import may take: the page paints and answers between steps.
const STEP_MS: f64 = 25.0;

/// Reads a file's bytes and anchors what it holds on the open document, a few annotations a
/// task with the progress bar (`core::import::Anchoring`), then adds them to that document; if
/// another one was opened meanwhile, nothing is added and the reader is told. A file refused
/// as an annotation file that is a Label Studio export (which carries its texts) opens its
/// tasks as articles instead (`other_tools`).
fn import_bytes(
    file: web_sys::File,
    file_name: String,
    bytes: Vec<u8>,
    latest: Latest,
    dispatcher: UseReducerDispatcher<Workspace>,
    library: LibraryActions,
) {
    let parsed = match import::parse(&bytes, &now()) {
        Ok(parsed) => parsed,
        // Looked at only when refused, so that an import is read once.
        Err(_) if batch::is_label_studio(&bytes) => {
            return wasm_bindgen_futures::spawn_local(other_tools::open(library, vec![file]));
        }
        Err(error) => {
            let notice = Notice::ImportRefused { file_name, error };
            return dispatcher.dispatch(Action::ShowNotice(notice));
        }
    };
    let workspace = latest.workspace();
    let document = &workspace.document;
    let anchoring = Anchoring::new(
        document.article.text(),
        parsed,
        &document.store.contains_fn(),
    );
    let document_id = document.id().to_owned();
    anchor_step(file_name, document_id, anchoring, 16, dispatcher);
}

/// Anchors `count` more annotations, then, after the browser's turn, the next step, sized to
/// take about [`STEP_MS`].
fn anchor_step(
    file_name: String,
    document_id: String,
    mut anchoring: Anchoring,
    count: usize,
    dispatcher: UseReducerDispatcher<Workspace>,
) {
    let started = js_sys::Date::now();
    anchoring.step(count);
    if anchoring.is_done() {
        dispatcher.dispatch(Action::Progress(None));
        let read = Ok(anchoring.finish());
        return dispatcher.dispatch(Action::Import {
            file_name,
            document_id,
            read,
        });
    }
    let (done, total) = anchoring.progress();
    dispatcher.dispatch(Action::Progress(Some(
        Work::AnchoringAnnotations.at(done, total),
    )));
    let took = (js_sys::Date::now() - started).max(0.5);
    let next = ((count as f64) * STEP_MS / took).clamp(1.0, 4096.0) as usize;
    gloo_timers::callback::Timeout::new(0, move || {
        anchor_step(file_name, document_id, anchoring, next, dispatcher)
    })
    .forget();
}
