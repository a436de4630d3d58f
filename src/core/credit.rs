//! Who wrote a document, when it was published and on which site, as its page's metadata says
//! (Readability reads JSON-LD, Open Graph, Dublin Core, Parse.ly and `<meta>` tags for them).
//!
//! Each part is optional text, tidied and clipped like a title (`opening::clip_title`); an
//! empty part is `None`. The publication date is kept as the
//! page gave it: pages write dates in many forms, and the reader may correct it. Stored records
//! leave out a credit with nothing in it, so records without one read as before.

use serde::{Deserialize, Serialize};

use super::opening::clip_title;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Credit {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
}

impl Credit {
    /// A credit from what a page or a reader gave, each part tidied (see the module docs).
    pub fn new(byline: Option<&str>, published: Option<&str>, site: Option<&str>) -> Self {
        Self {
            byline: tidy(byline),
            published: tidy(published),
            site: tidy(site),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.byline.is_none() && self.published.is_none() && self.site.is_none()
    }

    /// The credit as one line under a headline: `By X · 18 May 2017 · Site`; `None` if empty.
    pub fn line(&self) -> Option<String> {
        let by = self.byline.as_deref().map(|b| {
            let lower = b.to_lowercase();
            if lower.starts_with("by ") {
                b.to_owned()
            } else {
                format!("By {b}")
            }
        });
        let parts: Vec<String> = [by, self.published.clone(), self.site.clone()]
            .into_iter()
            .flatten()
            .collect();
        (!parts.is_empty()).then(|| parts.join(" · "))
    }
}

fn tidy(part: Option<&str>) -> Option<String> {
    let part = clip_title(part?);
    (!part.is_empty()).then_some(part)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_tidied_and_empty_ones_are_none() {
        let credit = Credit::new(Some("  Jeffrey \n Gettleman "), Some(" "), None);
        assert_eq!(credit.byline.as_deref(), Some("Jeffrey Gettleman"));
        assert_eq!(credit.published, None);
        assert!(!credit.is_empty());
        assert!(Credit::new(None, Some("\t"), Some("")).is_empty());
    }

    #[test]
    fn the_line_joins_what_there_is() {
        let credit = Credit::new(Some("Ann Lee"), Some("2017-05-18"), Some("BBC News"));
        assert_eq!(
            credit.line().as_deref(),
            Some("By Ann Lee · 2017-05-18 · BBC News")
        );
        let credit = Credit::new(Some("By Ann Lee"), None, None);
        assert_eq!(credit.line().as_deref(), Some("By Ann Lee"));
        assert_eq!(Credit::default().line(), None);
    }

    #[test]
    fn an_empty_credit_is_not_stored() {
        assert_eq!(serde_json::to_string(&Credit::default()).unwrap(), "{}");
        let read: Credit = serde_json::from_str("{}").unwrap();
        assert!(read.is_empty());
    }
}
