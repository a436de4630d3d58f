//! The browser's side of a team project (issue #19): PouchDB ([`pouch`]), signing in
//! ([`session`]) and the replica's sync ([`sync`], a part of the app of its own, reached through
//! [`running`]). What they report becomes workspace actions
//! (`core::workspace::TeamAction`); nothing here decides what the reader sees.

pub mod actions;
pub mod pouch;
pub mod running;
pub mod session;
pub mod sync;
