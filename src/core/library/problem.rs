//! What can go wrong reading and writing the library, as data: which key, what failed, what
//! was kept where. The UI says it in words (`ui::words`); callers branch on the variants,
//! never on text.

use thiserror::Error;

use crate::core::persist::StorageError;
use crate::core::saved::SavedError;
use crate::json::JsonError;

/// Why one stored value could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ReadError {
    #[error("it is missing")]
    Missing,
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The value is not the JSON expected (serde's description).
    #[error("{0}")]
    Json(String),
}

impl From<JsonError> for ReadError {
    fn from(error: JsonError) -> Self {
        Self::Json(error.to_string())
    }
}

/// One part of a record (annotations or a change of history) that could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnreadPart {
    pub key: String,
    pub error: ReadError,
}

/// Where what could not be read was copied before anything could overwrite it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backups {
    /// The `quotemark:backup:…` keys written.
    pub keys: Vec<String>,
    /// False when a backup could not be written (storage full): then nothing is saved over
    /// what could not be read.
    pub complete: bool,
}

/// What was wrong with the library itself when it was loaded.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LoadProblem {
    /// The index could not be read at all; nothing is saved in this tab.
    #[error("the library could not be read: {0}")]
    IndexUnavailable(StorageError),
    /// A newer Quotemark wrote the library: it is open read-only.
    #[error("the library was saved by a newer Quotemark (library version {found})")]
    NewerLibrary { found: u32 },
    /// The index was not readable JSON; it was backed up (unless `backup` is `None`, and then
    /// nothing is saved) and rebuilt from the `rebuilt` records found.
    #[error("the library index could not be read ({error})")]
    IndexUnreadable {
        error: String,
        backup: Option<String>,
        rebuilt: usize,
    },
    /// A version 1 record that could not be migrated stays under `key`.
    #[error("saved annotations under {key} were not migrated: {error}")]
    V1Unreadable { key: String, error: SavedError },
    /// A version 1 record of an article whose text is unknown stays under `key`.
    #[error("saved annotations under {key} belong to an unknown article")]
    V1UnknownArticle { key: String },
    /// Writing the migrated record failed; the version 1 record stays under `key`.
    #[error("migrating saved annotations under {key} failed: {error}")]
    V1NotMigrated { key: String, error: SaveError },
}

/// What was wrong with a document's stored record when it was opened.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum OpenProblem {
    /// The index lists a generation whose manifest is not in storage.
    #[error("its saved annotations are missing from storage")]
    RecordMissing,
    #[error("its saved annotations could not be read: {0}")]
    RecordUnavailable(StorageError),
    /// Written by a newer Quotemark: open read-only.
    #[error("it was saved by a newer Quotemark (version {version})")]
    NewerRecord { version: u32 },
    /// Some parts could not be read; the rest is open.
    #[error("part of its saved annotations could not be read")]
    PartsUnreadable {
        parts: Vec<UnreadPart>,
        backups: Backups,
    },
    /// The manifest is readable but its text is not: it cannot be shown, and stays read-only
    /// (its parts still hold the annotations).
    #[error("its text is missing from storage ({key}: {error})")]
    TextMissing { key: String, error: ReadError },
    /// The record itself is not readable; it was copied to `backup` (unless `None`, and then
    /// nothing is saved for it).
    #[error("its saved annotations could not be read ({error})")]
    RecordUnreadable {
        error: ReadError,
        backup: Option<String>,
    },
}

impl OpenProblem {
    /// Whether the document may still be saved: its stored record is either whole or backed
    /// up, so a save loses nothing.
    pub fn allows_saving(&self) -> bool {
        match self {
            Self::PartsUnreadable { backups, .. } => backups.complete,
            Self::RecordUnreadable { backup, .. } => backup.is_some(),
            Self::RecordMissing
            | Self::RecordUnavailable(_)
            | Self::NewerRecord { .. }
            | Self::TextMissing { .. } => false,
        }
    }
}

/// Why the undo history read after the first screen could not be read. It is dropped (undo
/// starts afresh, every annotation stays), and what storage held is backed up.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("the undo history could not be read")]
pub struct HistoryProblem {
    pub parts: Vec<UnreadPart>,
    pub backups: Backups,
}

/// Why a save was not made. Nothing it wrote is left in storage.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum SaveError {
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// Another tab saved the document (generation `found`) since this save read the library:
    /// merge what it saved, then save again.
    #[error("another tab saved this article meanwhile (generation {found})")]
    Conflict { found: u64 },
    /// The library was written by a newer Quotemark.
    #[error("the library was written by a newer Quotemark and is read-only here")]
    ReadOnly,
}
