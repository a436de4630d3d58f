//! Descriptions by a title ("the mayor", "the Florida senator", "the chancellor"): the person
//! the article named before with that title, and whether a named speaker holds another office
//! than the one the description says.

use super::super::lexicon;
use super::super::mentions::Mention;
use super::{Resolver, strip_possessive};

impl Resolver<'_> {
    /// "the mayor", "the Florida senator", "the vice president": the last person named before
    /// with that title, and with the description's names and qualifiers ("Florida Sen. Marco
    /// Rubio", "Vice President Joe Biden"); `None` when nobody named fits.
    pub(super) fn titled_before(&self, mention: &Mention) -> Option<String> {
        let doc = self.doc;
        let words = mention.tokens.clone();
        let head = mention.head(doc);
        let title = lexicon::canonical_title(doc.lower(head))?;
        let required: Vec<String> = (words.start + 1..head)
            .filter(|&t| doc.is_capitalised(t) || lexicon::qualifies_title(doc.lower(t)))
            .map(|t| doc.lower(t).to_owned())
            .collect();
        self.titled
            .iter()
            .rev()
            .find(|(pos, t, name)| {
                let name = name.to_lowercase();
                *pos < words.start
                    && *t == title
                    && required
                        .iter()
                        .all(|w| name.split([' ', '\u{a0}']).any(|n| n == w))
            })
            .map(|(_, _, name)| {
                // "shadow chancellor Oliver Letwin" is shown by his name alone, at its fullest.
                let last = name.rsplit([' ', '\u{a0}']).next().unwrap_or_default();
                match self.full_names.get(strip_possessive(&last.to_lowercase())) {
                    Some(full) if name.starts_with(char::is_lowercase) => full.clone(),
                    _ => name.clone(),
                }
            })
    }

    /// Whether the article gives the person named `name` (by its last word) a title other
    /// than `title`, or the same title with a qualifier the description `mention` lacks
    /// ("Shadow Chancellor Oliver Letwin" for "the chancellor").
    pub(super) fn titled_otherwise(&self, name: &str, title: &str, mention: &Mention) -> bool {
        let doc = self.doc;
        let words = |text: &str| -> Vec<String> {
            text.split([' ', '\u{a0}']).map(str::to_lowercase).collect()
        };
        let surname = words(name).pop();
        let described: Vec<String> = mention
            .tokens
            .clone()
            .filter(|&t| doc.is_word(t))
            .map(|t| doc.lower(t).to_owned())
            .filter(|w| is_qualifier(w))
            .collect();
        self.titled.iter().any(|(_, t, text)| {
            let mut named = words(text);
            named.last() == surname.as_ref()
                && (*t != title || {
                    named.retain(|w| is_qualifier(w));
                    named != described
                })
        })
    }
}

/// Words that make a title another office: the shadow chancellor is not the chancellor.
pub(super) fn is_qualifier(word: &str) -> bool {
    matches!(word, "shadow" | "former" | "deputy" | "vice")
}
