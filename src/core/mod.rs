//! The pure core of Quotemark: text, offsets and the article model.
//!
//! Nothing here touches the browser; it builds and tests natively with `cargo test`.

pub mod agreement;
pub mod anchoring;
pub mod annotation;
pub mod article;
pub mod backup;
pub mod bundled;
pub mod carry_over;
pub mod corpus;
pub mod credit;
pub mod defuse;
pub mod details;
pub mod detect;
pub mod export;
pub mod highlights;
pub mod import;
pub mod insight;
pub mod interop;
pub mod library;
pub mod limits;
pub mod offsets;
pub mod opening;
pub mod order;
pub mod page_text;
pub mod persist;
pub mod reasons;
pub mod saved;
pub mod selection;
pub mod store;
pub mod suggestions;
pub mod team;
pub mod text;
pub mod time;
pub mod units;
pub mod versioned;
pub mod workspace;
