//! The kind Quotemark proposes for a label of another tool: its own labels however they are
//! spelled ("scare-quote", "Scare quote", "ScareQuote", "scare_quote"), PolNeAR's `Content`,
//! and the common names of the three kinds ("Quotation", "Claim"). A label proposed nothing is
//! for the reader to map (issue #22 item 2).

use crate::core::annotation::Kind;

/// The kind `label` most likely means, if any: of the whole label, else of its value where a
/// reader names spans `Layer: value` (as `interop::webanno_tsv` does).
pub fn propose(label: &str) -> Option<Kind> {
    propose_one(label).or_else(|| {
        let (layer, value) = label.rsplit_once(": ")?;
        propose_one(value).or_else(|| propose_one(layer))
    })
}

fn propose_one(label: &str) -> Option<Kind> {
    // Case, spaces, hyphens and underscores apart, the label's letters and digits.
    let key: String = label
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    match key.as_str() {
        "claim" | "claims" | "factclaim" | "checkableclaim" => Some(Kind::Claim),
        "quote" | "quotes" | "quotation" | "quotations" | "directquote" | "attributedquote"
        | "content" => Some(Kind::Quote),
        // Not "framing" or "scare": readers tag with those words freely.
        "scarequote" | "scarequotes" => Some(Kind::ScareQuote),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_spelling_of_our_labels_and_the_common_names_are_proposed() {
        for label in [
            "scare-quote",
            "Scare quote",
            "ScareQuote",
            "scare_quote",
            "SCARE QUOTE",
        ] {
            assert_eq!(propose(label), Some(Kind::ScareQuote), "{label}");
        }
        for label in ["Quotation", "quote", "Content"] {
            assert_eq!(propose(label), Some(Kind::Quote), "{label}");
        }
        assert_eq!(propose("Claim"), Some(Kind::Claim));
        // A layer and its value, as the TSV reader names spans.
        assert_eq!(propose("Quote: scare-quote"), Some(Kind::ScareQuote));
        assert_eq!(propose("Quotation: *"), Some(Kind::Quote));
        assert_eq!(propose("NamedEntity: PER"), None);
    }

    #[test]
    fn a_label_of_another_scheme_is_left_to_the_reader() {
        for label in ["Person", "ORG", "Merge-org", "Source", "Cue", "framing", ""] {
            assert_eq!(propose(label), None, "{label}");
        }
    }
}
