//! What the reader is told when the library cannot be read or written as it should.

use crate::core::library::{
    Backups, HistoryProblem, LIBRARY_VERSION, LoadProblem, OpenProblem, ReadError, SaveError,
    UnreadPart,
};
use crate::core::persist::StorageError;

use super::quoted;

/// A problem with the library as a whole, found when it was loaded.
pub fn load_problem(problem: &LoadProblem) -> String {
    match problem {
        LoadProblem::IndexUnavailable(error) => format!(
            "The library could not be read: {error}. Nothing will be saved in this tab, so nothing stored is overwritten."
        ),
        LoadProblem::NewerLibrary { found } => format!(
            "This library was saved by a newer Quotemark (library version {found}; this one knows {LIBRARY_VERSION}). \
             It is open read-only: nothing you change here will be saved over it."
        ),
        LoadProblem::IndexUnreadable {
            error,
            backup: Some(backup),
            rebuilt,
        } => format!(
            "The library index could not be read ({error}); it was kept under {} and rebuilt from the {rebuilt} stored documents.",
            quoted(backup)
        ),
        LoadProblem::IndexUnreadable {
            error,
            backup: None,
            ..
        } => format!(
            "The library index could not be read ({error}) nor backed up; nothing will be saved in this tab."
        ),
        LoadProblem::V1Unreadable { key, error } => {
            format!(
                "Saved annotations under {} were not migrated: {error}.",
                quoted(key)
            )
        }
        LoadProblem::V1UnknownArticle { key } => format!(
            "Saved annotations under {} belong to an unknown article and were kept there.",
            quoted(key)
        ),
        LoadProblem::V1NotMigrated { key, error } => format!(
            "Migrating saved annotations failed ({error}); they stay under {}.",
            quoted(key)
        ),
    }
}

/// A problem with the stored record of the document titled `title`, found when it was opened.
pub fn open_problem(title: &str, problem: &OpenProblem) -> String {
    let title = quoted(title);
    match problem {
        OpenProblem::RecordMissing => {
            format!("The saved annotations of {title} are missing from storage.")
        }
        OpenProblem::RecordUnavailable(error) => {
            format!("The saved annotations could not be read: {error}.")
        }
        OpenProblem::NewerRecord { version } => format!(
            "{title} was saved by a newer Quotemark (version {version}). It is open read-only: nothing you change will be saved over it."
        ),
        OpenProblem::PartsUnreadable { parts, backups } => format!(
            "Part of the saved annotations of {title} could not be read: {}. The rest is open.{}{}",
            unread_parts(parts),
            kept_under(backups),
            if backups.complete {
                ""
            } else {
                " It could not be backed up, so nothing will be saved for it in this tab."
            }
        ),
        OpenProblem::TextMissing { key, error } => {
            let what = match error {
                ReadError::Missing => format!("its text is missing from storage ({key})"),
                other => format!("its text could not be read ({key}: {other})"),
            };
            format!(
                "{title} cannot be shown: {what}. Its annotations are kept in storage as they are, and nothing will be saved over them in this tab."
            )
        }
        OpenProblem::RecordUnreadable {
            error,
            backup: Some(backup),
        } => format!(
            "The saved annotations of {title} could not be read ({error}); the stored text was kept under {}.",
            quoted(backup)
        ),
        OpenProblem::RecordUnreadable {
            error,
            backup: None,
        } => format!(
            "The saved annotations of {title} could not be read ({error}) nor backed up; nothing will be saved for it in this tab."
        ),
    }
}

/// The undo history of the document titled `title` could not be read after its first screen.
pub fn history_problem(title: &str, problem: &HistoryProblem) -> String {
    let kept = if problem.backups.complete {
        kept_under(&problem.backups)
    } else {
        " It could not be backed up.".to_owned()
    };
    format!(
        "The undo history of {} could not be read: {}. Every annotation is open; undo starts from here.{kept}",
        quoted(title),
        unread_parts(&problem.parts)
    )
}

/// Why a save failed; `used_bytes` is how much of the browser's storage Quotemark uses,
/// said when storage is full.
pub fn save_error(error: &SaveError, used_bytes: usize) -> String {
    match error {
        SaveError::Storage(full @ StorageError::QuotaExceeded(_)) => format!(
            "{full}; Quotemark uses about {} MB of it. Export the library to keep a copy, then delete articles you no longer need",
            crate::core::units::megabytes(used_bytes)
        ),
        other => other.to_string(),
    }
}

fn unread_parts(parts: &[UnreadPart]) -> String {
    parts
        .iter()
        .map(|p| format!("{} ({})", p.key, p.error))
        .collect::<Vec<_>>()
        .join("; ")
}

fn kept_under(backups: &Backups) -> String {
    if backups.keys.is_empty() {
        String::new()
    } else {
        format!(
            " What was stored is kept under {}.",
            backups.keys.join(", ")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_part_that_could_not_be_read_is_named_with_where_it_is_kept() {
        let problem = OpenProblem::PartsUnreadable {
            parts: vec![UnreadPart {
                key: "quotemark:part:sha256:ab:1:a3".into(),
                error: ReadError::Json("EOF while parsing".into()),
            }],
            backups: Backups {
                keys: vec!["quotemark:backup:T:quotemark:part:sha256:ab:1:a3".into()],
                complete: true,
            },
        };
        assert_eq!(
            open_problem("Other", &problem),
            "Part of the saved annotations of \u{201c}Other\u{201d} could not be read: \
             quotemark:part:sha256:ab:1:a3 (EOF while parsing). The rest is open. What was stored \
             is kept under quotemark:backup:T:quotemark:part:sha256:ab:1:a3."
        );
    }

    #[test]
    fn a_missing_text_says_the_article_cannot_be_shown_and_nothing_is_overwritten() {
        let problem = OpenProblem::TextMissing {
            key: "quotemark:text:sha256:ab".into(),
            error: ReadError::Missing,
        };
        assert_eq!(
            open_problem("Other", &problem),
            "\u{201c}Other\u{201d} cannot be shown: its text is missing from storage \
             (quotemark:text:sha256:ab). Its annotations are kept in storage as they are, and \
             nothing will be saved over them in this tab."
        );
    }

    #[test]
    fn a_full_store_says_how_much_quotemark_uses() {
        let full = SaveError::Storage(StorageError::QuotaExceeded("QuotaExceededError".into()));
        assert_eq!(
            save_error(&full, 5 * 1_048_576),
            "the browser's storage is full (QuotaExceededError); Quotemark uses about 5.0 MB of \
             it. Export the library to keep a copy, then delete articles you no longer need"
        );
    }
}
