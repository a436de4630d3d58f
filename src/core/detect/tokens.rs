//! The detector's view of a text: its characters, paragraphs, words and sentences.
//!
//! Every position here is a **code point** index into the text (a `usize` private to the
//! detector; [`super::detect`] turns them into `CharRange`s at its edge). Paragraphs are the
//! text's lines that hold something other than whitespace. Sentences never cross a paragraph
//! and never break inside a quotation, so `"A. B," he said.` stays one sentence with its
//! attribution.

use std::ops::Range;

use super::lexicon;
use super::marks::{self, QuotedSpan};

/// How many paragraphs on either side [`Doc::written_in_lower_case_near`] looks in.
const NEARBY_PARAGRAPHS: usize = 3;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters and digits, with inner apostrophes, hyphens and abbreviation dots.
    Word,
    /// One punctuation character (quotation marks that open or close a span included).
    Punct(char),
}

#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: TokenKind,
    pub sentence: usize,
    /// Where the lower-cased text is in [`Doc::lowered`] (bytes; `u32` keeps tokens `Copy`
    /// and small).
    lower: (u32, u32),
}

#[derive(Clone, Debug)]
pub struct Sentence {
    /// Token indices.
    pub tokens: Range<usize>,
    pub paragraph: usize,
}

/// A text prepared for detection.
pub struct Doc {
    pub chars: Vec<char>,
    pub paragraphs: Vec<Range<usize>>,
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    /// Outermost quotations, in text order.
    pub quotes: Vec<QuotedSpan>,
    /// The headline's paragraph, where single quotation marks quote.
    pub headline: Option<usize>,
    /// Every token's text, lower-cased, one after the other.
    lowered: String,
    /// What the word lists say of each token, looked up once ([`NAME_WORD`] and the rest;
    /// `word_flags.rs`).
    flags: Vec<u8>,
}

/// A capitalised word that can be part of a name (not a day, a month or a sentence opener).
pub const NAME_WORD: u8 = 1;
/// A title or honorific ("Sen.", "President", "spokesman").
pub const TITLE: u8 = 2;
/// A form of a verb that reports speech.
pub const SPEECH_VERB: u8 = 4;

impl Doc {
    /// Prepares `text`, whose headline (if it has one) starts at code point `headline`.
    pub fn new(text: &str, headline: Option<usize>) -> Self {
        let chars: Vec<char> = text.chars().collect();
        let paragraphs = paragraphs(&chars);
        let headline = headline.and_then(|h| paragraphs.iter().position(|p| p.contains(&h)));
        let quotes = marks::quoted_spans(&chars, &paragraphs, headline);
        let mut doc = Doc {
            chars,
            paragraphs,
            tokens: Vec::new(),
            sentences: Vec::new(),
            quotes,
            headline,
            lowered: String::new(),
            flags: Vec::new(),
        };
        doc.tokenise();
        doc.flags = (0..doc.tokens.len()).map(|t| doc.look_up(t)).collect();
        doc
    }

    /// The text of `range` as a `String`.
    pub fn text(&self, range: Range<usize>) -> String {
        self.chars[range].iter().collect()
    }

    /// A token's text, lower-cased (made once, when the text is prepared).
    pub fn lower(&self, token: usize) -> &str {
        let (start, end) = self.tokens[token].lower;
        &self.lowered[start as usize..end as usize]
    }

    /// Whether token `token` is in the headline, where every word may be capitalised.
    pub fn in_headline(&self, token: usize) -> bool {
        self.headline == Some(self.sentences[self.tokens[token].sentence].paragraph)
    }

    /// Whether token `token` is in a headline written in title case, where capitals say
    /// nothing of names; a headline in sentence case ("Surfer survives 'Jaws' moment") keeps
    /// them.
    pub fn in_title_case_headline(&self, token: usize) -> bool {
        self.in_headline(token) && {
            let paragraph = self.sentences[self.tokens[token].sentence].paragraph;
            self.is_title_case(self.paragraph_tokens(paragraph))
        }
    }

    /// Whether token `token` has `flag` ([`NAME_WORD`], [`TITLE`], [`SPEECH_VERB`]).
    pub fn has(&self, token: usize, flag: u8) -> bool {
        self.flags[token] & flag != 0
    }

    /// A token's characters as the text holds them.
    pub fn word_chars(&self, token: usize) -> &[char] {
        let t = self.tokens[token];
        &self.chars[t.start..t.end]
    }

    /// A token's text as written.
    pub fn word(&self, token: usize) -> String {
        let t = self.tokens[token];
        self.text(t.start..t.end)
    }

    pub fn is_word(&self, token: usize) -> bool {
        self.tokens[token].kind == TokenKind::Word
    }

    pub fn is_punct(&self, token: usize, c: char) -> bool {
        self.tokens[token].kind == TokenKind::Punct(c)
    }

    /// A word that starts with an upper-case letter or a digit (names, titles, numbers).
    pub fn is_capitalised(&self, token: usize) -> bool {
        let t = self.tokens[token];
        t.kind == TokenKind::Word && self.chars[t.start].is_uppercase()
    }

    pub fn is_lowercase_word(&self, token: usize) -> bool {
        let t = self.tokens[token];
        t.kind == TokenKind::Word && self.chars[t.start].is_lowercase()
    }

    /// Whether the text writes the word at `token` in lower case in its paragraph or the
    /// [`NEARBY_PARAGRAPHS`] on either side: its capital may then be only its sentence's
    /// ("Human hibernation has …"). Near, not anywhere: this is asked of texts of 100,000 words.
    pub fn written_in_lower_case_near(&self, token: usize) -> bool {
        let paragraph = self.sentences[self.tokens[token].sentence].paragraph;
        let first = paragraph.saturating_sub(NEARBY_PARAGRAPHS);
        let last = paragraph + NEARBY_PARAGRAPHS;
        let from = self.sentences.partition_point(|s| s.paragraph < first);
        let to = self.sentences.partition_point(|s| s.paragraph <= last);
        let (Some(start), Some(end)) = (self.sentences.get(from), to.checked_sub(1)) else {
            return false;
        };
        let word = self.lower(token);
        (start.tokens.start..self.sentences[end].tokens.end)
            .any(|t| self.is_lowercase_word(t) && self.lower(t) == word)
    }

    /// Index of the quotation that `token` opens or closes, or lies inside.
    pub fn quote_at(&self, position: usize) -> Option<usize> {
        let i = self.quotes.partition_point(|q| q.end <= position);
        (i < self.quotes.len() && self.quotes[i].start <= position).then_some(i)
    }

    /// The tokens of sentence `s`.
    pub fn sentence_tokens(&self, s: usize) -> Range<usize> {
        self.sentences[s].tokens.clone()
    }

    /// The tokens of paragraph `p`'s sentences (empty when it has none).
    pub fn paragraph_tokens(&self, p: usize) -> Range<usize> {
        let first = self.sentences.partition_point(|s| s.paragraph < p);
        let end = self.sentences.partition_point(|s| s.paragraph <= p);
        if first == end {
            return 0..0;
        }
        self.sentences[first].tokens.start..self.sentences[end - 1].tokens.end
    }

    /// The first token at or after `position`.
    pub fn token_at_or_after(&self, position: usize) -> usize {
        self.tokens.partition_point(|t| t.start < position)
    }

    /// The sentence of quotation `q` (the one its opening mark is in).
    pub fn sentence_of_quote(&self, q: usize) -> usize {
        self.tokens[self.token_at_or_after(self.quotes[q].start)].sentence
    }

    /// Whether every word of `tokens` starts with a capital (short words like "of" and "the"
    /// aside, and a leading number allowed), as titles and headlines do.
    pub fn is_title_case(&self, tokens: Range<usize>) -> bool {
        let mut words = 0;
        for t in tokens.filter(|&t| self.is_word(t)) {
            words += 1;
            let minor = matches!(
                self.lower(t),
                "of" | "the"
                    | "a"
                    | "an"
                    | "and"
                    | "in"
                    | "on"
                    | "for"
                    | "to"
                    | "with"
                    | "at"
                    | "is"
                    | "or"
                    | "by"
            );
            let numeral = self.chars[self.tokens[t].start].is_ascii_digit();
            if !(self.is_capitalised(t) || numeral || (minor && words > 1)) {
                return false;
            }
        }
        words > 0
    }

    /// The character range a sentence covers.
    pub fn sentence_range(&self, s: usize) -> Range<usize> {
        let r = self.sentence_tokens(s);
        self.tokens[r.start].start..self.tokens[r.end - 1].end
    }

    fn tokenise(&mut self) {
        let chars = &self.chars;
        let mut lowered = String::with_capacity(chars.len());
        let mut tokens = Vec::new();
        let mut sentences = Vec::new();
        for (p, para) in self.paragraphs.iter().enumerate() {
            let first = tokens.len();
            let mut i = para.start;
            while i < para.end {
                let c = chars[i];
                if c.is_whitespace() {
                    i += 1;
                } else if c.is_alphanumeric() {
                    let end = word_end(chars, i, para.end);
                    tokens.push(Token {
                        start: i,
                        end,
                        kind: TokenKind::Word,
                        sentence: 0,
                        lower: lowered_range(&mut lowered, &chars[i..end]),
                    });
                    i = end;
                } else {
                    let len = marks::double_apostrophe_len(chars, i);
                    let kind = TokenKind::Punct(if len == 2 { '"' } else { c });
                    tokens.push(Token {
                        start: i,
                        end: i + len,
                        kind,
                        sentence: 0,
                        lower: lowered_range(&mut lowered, &chars[i..i + len]),
                    });
                    i += len;
                }
            }
            split_sentences(
                chars,
                &self.quotes,
                &mut tokens,
                &lowered,
                first,
                p,
                &mut sentences,
            );
        }
        self.tokens = tokens;
        self.sentences = sentences;
        self.lowered = lowered;
    }
}

/// Appends `chars` lower-cased to `lowered` and returns where they went.
fn lowered_range(lowered: &mut String, chars: &[char]) -> (u32, u32) {
    let start = lowered.len();
    // Every token of the text passes here: ASCII, most of an English text, the short way.
    for &c in chars {
        if c.is_ascii() {
            lowered.push(c.to_ascii_lowercase());
        } else {
            lowered.extend(c.to_lowercase());
        }
    }
    // Texts are capped far below 4 GiB (see `opening::MAX_ARTICLE_BYTES`).
    (start as u32, lowered.len() as u32)
}

/// Lines with text, trimmed of surrounding whitespace.
fn paragraphs(chars: &[char]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=chars.len() {
        if i == chars.len() || chars[i] == '\n' {
            let mut s = start;
            let mut e = i;
            while s < e && chars[s].is_whitespace() {
                s += 1;
            }
            while e > s && chars[e - 1].is_whitespace() {
                e -= 1;
            }
            if s < e {
                out.push(s..e);
            }
            start = i + 1;
        }
    }
    out
}

/// Where the word starting at `start` ends: letters and digits, joined by an apostrophe,
/// hyphen, dot, slash or ampersand that has a letter or digit after it, plus the closing dot
/// of an abbreviation ("Mr.", "U.S.", "J.").
fn word_end(chars: &[char], start: usize, limit: usize) -> usize {
    let mut i = start;
    while i < limit {
        let c = chars[i];
        let joins = matches!(c, '\'' | '’' | '-' | '.' | '&' | '/' | '‑')
            && i + 1 < limit
            && chars[i + 1].is_alphanumeric();
        if c.is_alphanumeric() || joins {
            i += 1;
        } else {
            break;
        }
    }
    if i < limit && chars[i] == '.' {
        let word: String = chars[start..i].iter().collect();
        let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
        if is_initial || word.contains('.') || lexicon::is_abbreviation(&word) {
            i += 1;
        }
    }
    i
}

/// Splits a paragraph's tokens `first..` into sentences at `.`, `!` or `?` (after any closing
/// quotation marks or brackets) when the next token starts with a capital, a digit or an
/// opening mark. Terminators inside a quotation do not split it.
fn split_sentences(
    chars: &[char],
    quotes: &[QuotedSpan],
    tokens: &mut [Token],
    lowered: &str,
    first: usize,
    paragraph: usize,
    sentences: &mut Vec<Sentence>,
) {
    let inside_quote = |position: usize| {
        let i = quotes.partition_point(|q| q.end <= position);
        i < quotes.len()
            && quotes[i].start < position
            && position + 1 < quotes[i].end - quotes[i].close_len
    };
    let mut start = first;
    let mut i = first;
    while i < tokens.len() {
        let is_end = matches!(tokens[i].kind, TokenKind::Punct('.' | '!' | '?' | '…'))
            && !inside_quote(tokens[i].start);
        let mut next = i + 1;
        if is_end {
            while next < tokens.len() && closes_after_terminator(tokens[next], quotes) {
                next += 1;
            }
        }
        let starts_new = next < tokens.len() && {
            let c = chars[tokens[next].start];
            c.is_uppercase() || c.is_numeric() || is_opener(c)
        };
        // `"Does anybody know?" Graham asked.` goes on with its attribution; after a full stop
        // (`"… change." She adds, "…"`) a new sentence starts, as news style has it.
        let asks_or_exclaims = matches!(tokens[i].kind, TokenKind::Punct('?' | '!' | '…'));
        let closed_quote = next > i + 1;
        let starts_new = starts_new
            && !(closed_quote && asks_or_exclaims && attribution_follows(tokens, next, lowered));
        if (is_end && starts_new) || next >= tokens.len() {
            let end = next.min(tokens.len());
            for t in &mut tokens[start..end] {
                t.sentence = sentences.len();
            }
            sentences.push(Sentence {
                tokens: start..end,
                paragraph,
            });
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
}

/// Whether a reporting verb comes within a few words of `next`, before any punctuation but
/// a comma or brackets (`Graham asked`, `said Mr. Smith`, `the senator, a Democrat, said`).
fn attribution_follows(tokens: &[Token], next: usize, lowered: &str) -> bool {
    tokens[next..]
        .iter()
        // Long enough for "Miller, a retired worker from a nuclear plant, said".
        .take(16)
        .take_while(|t| {
            !matches!(
                t.kind,
                TokenKind::Punct('.' | '!' | '?' | '"' | '“' | '”' | ':' | ';')
            )
        })
        .any(|t| {
            t.kind == TokenKind::Word
                && lexicon::is_speech_verb(&lowered[t.lower.0 as usize..t.lower.1 as usize])
        })
}

/// A bracket, or a quotation mark that closes a quotation, after a sentence's terminator.
fn closes_after_terminator(token: Token, quotes: &[QuotedSpan]) -> bool {
    match token.kind {
        TokenKind::Punct(')' | ']') => true,
        TokenKind::Punct(_) => {
            let i = quotes.partition_point(|q| q.end < token.end);
            quotes
                .get(i)
                .is_some_and(|q| q.closed && q.end == token.end)
        }
        TokenKind::Word => false,
    }
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '«' | '(' | '„')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_word_is_lower_cased_whether_ascii_or_not() {
        let doc = Doc::new("NATO’s ÉTAT Straße ΣΟΦΊΑ said", None);
        let words: Vec<&str> = (0..doc.tokens.len())
            .filter(|&t| doc.is_word(t))
            .map(|t| doc.lower(t))
            .collect();
        assert_eq!(words, ["nato’s", "état", "straße", "σοφία", "said"]);
    }
}
