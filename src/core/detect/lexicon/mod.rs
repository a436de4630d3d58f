//! The words the detector knows: reporting verbs, titles, pronouns, determiners, and the words
//! that mark a quoted span as a title of a work or a word mentioned as a word, one file per
//! kind of word.
//!
//! Words are compared lower-cased, except [`is_abbreviation`].

mod grammar;
mod people;
mod quoted;
mod verbs;

pub use grammar::*;
pub use people::*;
pub use quoted::*;
pub use verbs::*;
