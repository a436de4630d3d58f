//! The words the UI shows: every sentence Quotemark says to the reader, made from the core's
//! data ([`Notice`], [`Problem`], the library's problems, reports of imports and restores).
//!
//! The core returns values; only this module turns them into English. It is plain Rust, apart
//! from `ui` (which builds only for the browser), so that what the reader reads is tested
//! natively.

mod corpus;
mod library;
mod suggestions;
mod team;

pub use corpus::corpus_report;
pub use library::{history_problem, load_problem, open_problem, save_error};
pub use suggestions::{confidence, reason};
pub use team::{sign_in_error, sync_status};

use crate::core::backup::MergeReport;
use crate::core::import::{ImportReport, SourceFormat};
use crate::core::page_text::PageNote;
use crate::core::workspace::{ExportFormat, Feature, Notice, Problem, Progress, SaveProblem, Work};

/// `text` in curly double quotes, as the reader sees titles and file names.
pub fn quoted(text: &str) -> String {
    format!("\u{201c}{text}\u{201d}")
}

/// What a reader is told about a web page opened as `title`.
fn page_note(title: &str, note: &PageNote) -> String {
    match note {
        PageNote::NoArticle => format!(
            "No article was found in {}, so all of the page's text is open; it is in your library now.",
            quoted(title)
        ),
        PageNote::ExtractorUnavailable => format!(
            "The article in {} could not be looked for (the article finder did not load), so all of the page's text is open; it is in your library now.",
            quoted(title)
        ),
        PageNote::PartOfPage {
            kept_words,
            page_words,
            ..
        } => format!(
            "Opened {}: what looked like its article, {} of the page's {} words. If text is missing, open the whole page text.",
            quoted(title),
            crate::core::units::count(*kept_words),
            crate::core::units::count(*page_words)
        ),
    }
}

/// The sentence for a notice.
/// What work of many steps is, for its progress bar.
pub fn work(work: Work) -> &'static str {
    match work {
        Work::ReadingFiles => "Reading files",
        Work::OpeningArticles => "Opening articles",
        Work::AnchoringDocuments => "Finding the annotations in their texts",
        Work::AnchoringAnnotations => "Finding the annotations in the article",
    }
}

/// How far it has got: `Opening articles: 3 of 84…`.
pub fn progress(progress: &Progress) -> String {
    let unit = match progress.work {
        Work::AnchoringDocuments => " documents",
        _ => "",
    };
    format!(
        "{}: {} of {}{unit}\u{2026}",
        work(progress.work),
        crate::core::units::count(progress.done),
        crate::core::units::count(progress.total)
    )
}

pub fn notice(notice: &Notice) -> String {
    match notice {
        Notice::EditRefused(error) => format!("Not changed: {error}."),
        Notice::Imported {
            file_name,
            format,
            report,
        } => format!(
            "{file_name} ({}): {}",
            source_format(*format),
            import_report(report)
        ),
        Notice::ImportRefused { file_name, error } => {
            format!("Nothing was imported from {}: {error}.", quoted(file_name))
        }
        Notice::ImportElsewhere { file_name } => format!(
            "Nothing was imported from {}: another article was opened while its annotations were being found. Open the article again and import the file once more.",
            quoted(file_name)
        ),
        Notice::ImportOverLimit { file_name, error } => {
            format!("Nothing was imported from {}: {error}.", quoted(file_name))
        }
        Notice::ImportUnreadable { file_name, reason } => {
            format!("Nothing was imported from {}: {reason}.", quoted(file_name))
        }
        Notice::CarriedOver { from_title, report } => format!(
            "Carried over from {}: {} exact, {} moved or changed, {} orphaned.",
            quoted(from_title),
            report.exact,
            report.fuzzy,
            report.orphaned
        ),
        Notice::CarryFailed {
            from_title,
            problem,
        } => open_problem(from_title, problem),
        Notice::OpenedNew { title } => {
            format!("Opened {}; it is in your library now.", quoted(title))
        }
        Notice::OpenedFromPage { title, note } => page_note(title, note),
        Notice::CorpusOpened(report) => corpus_report(report),
        Notice::Published {
            published,
            already,
            unreadable,
        } => team::published(*published, *already, unreadable),
        Notice::AlreadyInLibrary { title, note } => {
            let again = match note {
                Some(PageNote::PartOfPage {
                    kept_words,
                    page_words,
                    ..
                }) => format!(
                    " It holds what looked like the page's article, {} of its {} words; if text is missing, open the whole page text.",
                    crate::core::units::count(*kept_words),
                    crate::core::units::count(*page_words)
                ),
                _ => String::new(),
            };
            format!(
                "{} is already in your library: it is open with its annotations.{again}",
                quoted(title)
            )
        }
        Notice::FileNotOpened { file_name, error } => {
            format!("{} was not opened: {error}.", quoted(file_name))
        }
        Notice::NotDeleted { title, error } => {
            format!("{} was not deleted: {error}.", quoted(title))
        }
        Notice::PutBack { title } => format!("{} is back in the library.", quoted(title)),
        Notice::NotPutBack { title, error } => format!(
            "{} could not be put back: {error}. Its annotations are still held in this tab.",
            quoted(title)
        ),
        Notice::NotEditable {
            title,
            problem: Some(problem),
        } => open_problem(title, problem),
        Notice::NotEditable { problem: None, .. } => "That article cannot be changed.".into(),
        Notice::DetailsNotSaved(error) => format!("The article was not changed: {error}."),
        Notice::LibraryExported { count, file_name } => format!(
            "Exported the library ({count} articles with annotations) as {file_name}."
        ),
        Notice::LibraryNotExported { reason } => {
            format!("The library was not exported: {reason}.")
        }
        Notice::Restored(report) => merge_report(report),
        Notice::NotRestored { file_name, error } => {
            format!("Nothing was restored from {}: {error}.", quoted(file_name))
        }
        Notice::BackupUnreadable { file_name, reason } => {
            format!("Nothing was restored from {}: {reason}.", quoted(file_name))
        }
        Notice::Exported { count, format } => {
            format!("Exported {count} annotations as {}.", export_format(*format))
        }
        Notice::ExportFailed { reason } => format!("The export failed: {reason}."),
        Notice::Copied { count } => format!("Copied {count} annotations as Quotemark JSON."),
        Notice::NotCopied { reason } => format!("Nothing was copied: {reason}."),
        Notice::ReportNotSaved { reason } => {
            format!("The report could not be downloaded: {reason}.")
        }
        Notice::Updated => "Quotemark was updated since your last visit. Your articles and annotations are as you left them.".into(),
        Notice::NotLoaded(Feature::Files) => "Nothing was exported or imported: the part of Quotemark that reads and writes files could not be loaded. Try again when you are online; your annotations are not affected.".into(),
        Notice::NotLoaded(Feature::TeamSync) => "The team project is not syncing: the part of Quotemark that syncs it could not be loaded. Reload when you are online; your annotations are kept in this browser meanwhile.".into(),
        Notice::NoSuggestions => "No suggestions could be made for this article: the part of Quotemark that finds them could not be loaded. Reload when you are online; your annotations are not affected.".into(),
    }
}

/// The sentence for a problem found while loading.
pub fn problem(problem: &Problem) -> String {
    match problem {
        Problem::Library(problem) => load_problem(problem),
        Problem::Document { title, problem } => open_problem(title, problem),
        Problem::History { title, problem } => history_problem(title, problem),
    }
}

/// Every problem found while loading, as one paragraph.
pub fn problems(problems: &[Problem]) -> String {
    problems.iter().map(problem).collect::<Vec<_>>().join(" ")
}

pub fn save_problem(problem: &SaveProblem) -> String {
    save_error(&problem.error, problem.used_bytes)
}

/// The Export menu's item for a format.
pub fn export_format(format: ExportFormat) -> &'static str {
    match format {
        ExportFormat::Quotemark => "Quotemark JSON (.json)",
        ExportFormat::W3c => "W3C Web Annotation (.jsonld)",
        ExportFormat::Csv => "CSV for spreadsheets (.csv)",
        ExportFormat::Brat => "brat standoff (.txt + .ann)",
        ExportFormat::CopyJson => "Copy JSON to the clipboard",
    }
}

pub fn source_format(format: SourceFormat) -> &'static str {
    match format {
        SourceFormat::Quotemark => "Quotemark JSON",
        SourceFormat::W3c => "W3C Web Annotation",
        SourceFormat::Hypothesis => "Hypothesis export",
    }
}

pub fn import_report(report: &ImportReport) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    format!(
        "Imported {} annotation{}: {} exact, {} moved or changed (fuzzy), {} orphaned; {} duplicate{} skipped.",
        report.imported,
        plural(report.imported),
        report.exact,
        report.fuzzy,
        report.orphaned,
        report.duplicates,
        plural(report.duplicates)
    )
}

pub fn merge_report(report: &MergeReport) -> String {
    format!(
        "Restored the backup: {} new articles, {} merged with the library, {} annotations added or updated.",
        report.documents_added, report.documents_merged, report.annotations_added_or_updated
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_import_says_what_came_in_and_from_which_file() {
        let report = ImportReport {
            imported: 3,
            exact: 1,
            fuzzy: 1,
            orphaned: 1,
            duplicates: 1,
        };
        assert_eq!(
            notice(&Notice::Imported {
                file_name: "notes.json".into(),
                format: SourceFormat::Hypothesis,
                report,
            }),
            "notes.json (Hypothesis export): Imported 3 annotations: 1 exact, 1 moved or changed \
             (fuzzy), 1 orphaned; 1 duplicate skipped."
        );
    }

    #[test]
    fn a_refused_file_is_named_in_curly_quotes() {
        assert_eq!(
            notice(&Notice::FileNotOpened {
                file_name: "scan.pdf".into(),
                error: crate::core::opening::OpenError::UnsupportedType("pdf".into()),
            }),
            "\u{201c}scan.pdf\u{201d} was not opened: Quotemark opens .txt, .md and .html files, \
             not \u{201c}pdf\u{201d}."
        );
    }

    #[test]
    fn outcomes_are_not_alerts_and_failures_are() {
        assert!(!Notice::Updated.is_error());
        assert!(Notice::NoSuggestions.is_error());
        assert!(Notice::NotLoaded(Feature::Files).is_error());
        assert!(Notice::NotLoaded(Feature::TeamSync).is_error());
        assert!(
            Notice::ExportFailed {
                reason: "blocked".into()
            }
            .is_error()
        );
    }
}
