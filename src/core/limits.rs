//! The most Quotemark keeps, enforced wherever text comes in, each with a message that says
//! what is over and by how much.
//!
//! | what | at most |
//! | --- | --- |
//! | article text (pasted or opened) | [`MAX_ARTICLE_BYTES`](super::opening::MAX_ARTICLE_BYTES), 5 MiB |
//! | a title | [`MAX_TITLE_CHARS`](super::opening::MAX_TITLE_CHARS) code points (longer ones are cut) |
//! | an imported annotation file | [`MAX_IMPORT_BYTES`](super::import::MAX_IMPORT_BYTES), 10 MiB |
//! | a library backup file | [`MAX_BACKUP_BYTES`], 50 MiB |
//! | annotations in one document | [`MAX_ANNOTATIONS`] |
//! | a note | [`MAX_NOTE_CHARS`] code points |
//! | a speaker, cue, framer or tag | [`MAX_FIELD_CHARS`] code points |
//! | tags on one annotation | [`MAX_TAGS`] |
//!
//! A change that would go over a limit is refused whole, so that nothing is half applied.

use thiserror::Error;

use super::annotation::Annotation;
use super::store::Edit;

pub const MAX_ANNOTATIONS: usize = 20_000;
pub const MAX_NOTE_CHARS: usize = 10_000;
pub const MAX_FIELD_CHARS: usize = 200;
pub const MAX_TAGS: usize = 50;
pub const MAX_BACKUP_BYTES: usize = 50 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum LimitError {
    #[error("the {field} is {chars} characters long; Quotemark keeps up to {max} characters there")]
    FieldTooLong {
        field: &'static str,
        chars: usize,
        max: usize,
    },
    #[error("the annotation has {0} tags; Quotemark keeps up to {MAX_TAGS} tags on one annotation")]
    TooManyTags(usize),
    #[error(
        "the article would have {0} annotations; Quotemark keeps up to {MAX_ANNOTATIONS} annotations on one article"
    )]
    TooManyAnnotations(usize),
}

fn within(field: &'static str, text: &str, max: usize) -> Result<(), LimitError> {
    // Counting stops just past the limit: a hostile 10 MB note costs no more than a long one.
    let chars = text.chars().take(max + 1).count();
    if chars > max {
        return Err(LimitError::FieldTooLong {
            field,
            chars: text.chars().count(),
            max,
        });
    }
    Ok(())
}

/// Checks every free-text field of one annotation.
pub fn check_annotation(a: &Annotation) -> Result<(), LimitError> {
    within("note", &a.note, MAX_NOTE_CHARS)?;
    for (field, value) in [
        ("speaker", &a.speaker),
        ("cue", &a.cue),
        ("framer (whose framing)", &a.attributed_to),
    ] {
        if let Some(value) = value {
            within(field, value, MAX_FIELD_CHARS)?;
        }
    }
    if a.tags.len() > MAX_TAGS {
        return Err(LimitError::TooManyTags(a.tags.len()));
    }
    for tag in &a.tags {
        within("tag", tag, MAX_FIELD_CHARS)?;
    }
    Ok(())
}

/// Checks that a document holding `count` annotations is within the limit.
pub fn check_count(count: usize) -> Result<(), LimitError> {
    if count > MAX_ANNOTATIONS {
        return Err(LimitError::TooManyAnnotations(count));
    }
    Ok(())
}

/// Whether `edits`, applied to a store of `count` annotations, stay within the limits.
pub fn check_edits(count: usize, edits: &[Edit]) -> Result<(), LimitError> {
    let mut after = count;
    for edit in edits {
        match edit {
            Edit::Add(a) => {
                check_annotation(a)?;
                after += 1;
            }
            Edit::Replace(a) => check_annotation(a)?,
            Edit::Remove(_) => after = after.saturating_sub(1),
        }
    }
    // Only growth is refused: a store already over the limit (from an older version) can shrink.
    if after > count {
        check_count(after)?;
    }
    Ok(())
}
