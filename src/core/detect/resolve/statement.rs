//! Who made the statement that speaks ("“…,” the statement said"): the named speaker last
//! said to make one, or else the subject of a sentence that says it made one, though it names
//! no one ("In a statement, the club said …").

use super::Resolver;

impl Resolver<'_> {
    /// Who made the statement that speaks at token `at`: the named speaker nearest before it
    /// whose sentence names a statement ("…, the White House said in a statement"), else a
    /// subject or a described speaker whose sentence says it made one.
    pub(super) fn maker_of_statement_before(&self, at: usize) -> Option<String> {
        let doc = self.doc;
        let names_statement = |pos: usize| {
            doc.sentence_tokens(doc.tokens[pos].sentence)
                .any(|t| doc.is_word(t) && doc.lower(t) == "statement")
        };
        let named = self
            .speakers
            .iter()
            .rev()
            .find(|s| s.at < at && names_statement(s.at))
            .map(|s| s.name.clone());
        // Else the subject of a sentence that says it made one ("In a statement, the club
        // said …", "the museum issued a statement"), though it names no one; not where the
        // statement is one told of before ("According to the statement, Kelly met …").
        let makes_statement = |pos: usize| {
            doc.sentence_tokens(doc.tokens[pos].sentence).any(|t| {
                t > 0
                    && doc.is_word(t)
                    && doc.lower(t) == "statement"
                    && doc.is_word(t - 1)
                    && matches!(doc.lower(t - 1), "a" | "its" | "his" | "her" | "their")
            })
        };
        let described = self.described_speakers.iter().map(|d| (d.at, &d.text));
        let subjects = self.anchors.iter().map(|a| (a.at, &a.name));
        named.or_else(|| {
            described
                .chain(subjects)
                .filter(|&(pos, _)| pos < at && makes_statement(pos))
                .max_by_key(|&(pos, _)| pos)
                .map(|(_, name)| name.clone())
        })
    }
}
