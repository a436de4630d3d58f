//! The browser's side of a team project (issue #19): PouchDB ([`pouch`]), signing in
//! ([`session`]) and the replica's sync ([`sync`]). What they report becomes workspace actions
//! (`core::workspace::TeamAction`); nothing here decides what the reader sees.

pub mod actions;
pub mod pouch;
pub mod session;
pub mod sync;
