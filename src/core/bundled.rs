//! The article that ships with Quotemark and opens by default.
//!
//! The text is `static/articles/nato-dialogue-presstv.txt`, a byte-for-byte copy of the Press TV
//! article; it holds no-break spaces and curly quotes that annotations count, so it is embedded
//! as it is and never normalised.

/// The text of "NATO, Trump agree on dialogue with Russia: Stoltenberg" (Press TV).
pub const NATO_DIALOGUE_TEXT: &str =
    include_str!("../../static/articles/nato-dialogue-presstv.txt");

/// The publisher, shown with the article.
pub const NATO_DIALOGUE_PUBLISHER: &str = "Press TV";
