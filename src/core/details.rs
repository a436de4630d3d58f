//! A document's title, source address, byline and date as the reader edits them in the library.
//!
//! [`check_details`] is the one rule: the title is tidied and clipped like a title taken from a
//! file ([`clip_title`]) and must keep at least one character; the source is a web address
//! (`https://` or `http://`) or nothing; byline and date are tidied as a [`Credit`] is (empty
//! means none), and the site a page named is kept. A [`DetailsError`] names the field that is
//! wrong, so the form can keep what was typed and point at it; nothing is changed then.

use thiserror::Error;

use super::credit::Credit;
use super::opening::clip_title;

/// A title and source that passed [`check_details`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Details {
    pub title: String,
    pub source: Option<String>,
    pub credit: Credit,
}

/// What the reader typed in the form, and the site the document's credit already names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Typed {
    pub title: String,
    pub source: String,
    pub byline: String,
    pub published: String,
    pub site: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum DetailsError {
    #[error("A title cannot be empty.")]
    EmptyTitle,
    #[error("\u{201c}{0}\u{201d} is not a web address: a source starts with https:// or http://.")]
    NotAWebAddress(String),
}

impl DetailsError {
    /// Whether the title field (rather than the source field) is the one to fix.
    pub fn is_about_title(&self) -> bool {
        matches!(self, DetailsError::EmptyTitle)
    }
}

/// Checks what the reader typed; see the module docs for the rule.
pub fn check_details(typed: &Typed) -> Result<Details, DetailsError> {
    let title = clip_title(&typed.title);
    if title.is_empty() {
        return Err(DetailsError::EmptyTitle);
    }
    let source = typed.source.trim();
    let is_address = source.starts_with("https://") || source.starts_with("http://");
    if !source.is_empty() && !is_address {
        return Err(DetailsError::NotAWebAddress(source.to_owned()));
    }
    let source = (!source.is_empty()).then(|| source.to_owned());
    let credit = Credit::new(
        Some(&typed.byline),
        Some(&typed.published),
        typed.site.as_deref(),
    );
    Ok(Details {
        title,
        source,
        credit,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(title: &str, source: &str) -> Typed {
        Typed {
            title: title.into(),
            source: source.into(),
            ..Typed::default()
        }
    }

    #[test]
    fn byline_and_date_are_tidied_and_the_site_is_kept() {
        let details = check_details(&Typed {
            byline: "  Ann \n Lee ".into(),
            published: " ".into(),
            site: Some("BBC News".into()),
            ..typed("T", "")
        })
        .unwrap();
        assert_eq!(
            details.credit,
            Credit::new(Some("Ann Lee"), None, Some("BBC News"))
        );
    }

    #[test]
    fn a_title_is_tidied_and_a_blank_source_is_none() {
        let details = check_details(&typed("  Budget \n vote “Tuesday”  ", "   ")).unwrap();
        assert_eq!(details.title, "Budget vote “Tuesday”");
        assert_eq!(details.source, None);
    }

    #[test]
    fn a_web_address_is_kept_trimmed() {
        let details = check_details(&typed("T", " https://example.org/a?q=“x” ")).unwrap();
        assert_eq!(
            details.source.as_deref(),
            Some("https://example.org/a?q=“x”")
        );
        assert!(check_details(&typed("T", "http://example.org")).is_ok());
    }

    #[test]
    fn an_empty_title_is_refused_and_named() {
        let error = check_details(&typed(" \t ", "https://example.org")).unwrap_err();
        assert_eq!(error, DetailsError::EmptyTitle);
        assert!(error.is_about_title());
    }

    #[test]
    fn a_script_or_bare_address_is_refused_and_quoted() {
        for source in [
            "javascript:alert(1)",
            "example.org",
            "ftp://example.org",
            "HTTPS//x",
        ] {
            let error = check_details(&typed("Title", source)).unwrap_err();
            assert!(!error.is_about_title());
            assert_eq!(
                error.to_string(),
                format!(
                    "“{source}” is not a web address: a source starts with https:// or http://."
                )
            );
        }
    }
}
