//! The library: every document a reader has opened, and its annotations, kept in a key-value
//! store (the browser's localStorage).
//!
//! Layout, version 3:
//! - `quotemark:library`, the index ([`index`]): `{version, documents: [entry]}`, one entry per
//!   document with what the library list shows and the generation of its current record;
//! - per document, its record ([`DocumentRecord`], `record.rs`), split in storage into a
//!   manifest, its text and parts so that a save writes only what changed ([`layout`]).
//!
//! A save ([`save`], `save.rs`) writes the record's next generation first, then the index that
//! points to it, and only then removes what only the previous generation used: whenever it
//! stops, the index points at a complete record. Opening (`open.rs`) recovers what it can: an
//! index that cannot be read is backed up and rebuilt from the records; a record that cannot
//! be read is backed up and reported, and the rest of the library works. Anything written by a
//! newer Quotemark is opened read-only and never overwritten. What went wrong is data
//! ([`problem`]), put in words by the UI.
//!
//! Version 2 kept each record whole under `quotemark:doc:<id>:<generation>`; it is still read,
//! and the next save of a document writes it in the version 3 layout. Version 1 (issue #3) kept
//! `quotemark:annotations:<id>` and `quotemark:history:<id>`; loading migrates them into
//! version 2 and then removes them. Reading an index that is newer, unreadable or missing is in
//! `recovery.rs`.

pub mod index;
pub mod journal;
pub mod layout;
mod open;
pub mod problem;
mod record;
mod recovery;
mod save;

pub use index::{
    BUNDLED_TITLE, INDEX_KEY, IndexEntry, KindCounts, Library, LibraryIndex, bundled_entry, load,
};
pub use layout::{HistoryRead, SaveCache, Snapshot, StoredParts};
pub use open::{OpenedRecord, annotation_parts, open, open_for_first_screen, read_history};
pub use problem::{
    Backups, HistoryProblem, LoadProblem, OpenProblem, ReadError, SaveError, UnreadPart,
};
pub use record::{DocumentRecord, RECORD_VERSION, record_of};
pub use save::{Writers, delete, save, save_snapshot, save_snapshot_read_now, sweep};

use layout::record_key;

/// The version of the storage layout: the index and the manifests.
pub const LIBRARY_VERSION: u32 = layout::LAYOUT_VERSION;
const V1_ANNOTATIONS_PREFIX: &str = "quotemark:annotations:";
const V1_HISTORY_PREFIX: &str = "quotemark:history:";
