//! Where a team project's sync stands, as the status line says it, and the changes written in
//! this browser that the server has not confirmed yet.
//!
//! [`Waiting`] is the one count the reader relies on ("3 changes waiting"): every document
//! written to the replica is listed with the revision written, and taken off the list when
//! the push to the server reports that same revision (or a later one) sent. It is kept in
//! the browser's storage, so the count survives a reload while offline; a revision sent
//! before the list learned of it is simply never listed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::project::ProjectError;
use crate::core::time::Timestamp;

/// What the status line says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SyncStatus {
    /// Signing in or loading the team's database.
    Starting,
    /// The browser says it is offline.
    Offline,
    /// Changes are going one way or the other.
    Syncing,
    /// The server cannot be reached although the browser is online; sync tries again.
    Unreachable,
    /// Everything written here has reached the server, as of `at`.
    Synced { at: Timestamp },
    /// The server refused: sync stops until the reader does something.
    Refused(Refusal),
}

/// Why the server refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The session ended or never began (401): sign in again.
    SignedOut,
    /// The signed-in user is not a member of the project (403 on the database).
    NotMember,
    /// No such database on the server (404).
    NoDatabase,
    /// Some writes were refused (403 on documents), with the server's reason.
    Denied { count: usize, reason: String },
}

/// Why signing in to a project, or reaching its database, failed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SignInError {
    /// The server did not answer: down, a wrong address, or it does not allow this app's
    /// origin (CORS).
    Unreachable,
    /// The server refused the name and password (401 from `_session`).
    WrongPassword,
    /// The project's database refused or is missing.
    Refused(Refusal),
    /// Any other answer, by its HTTP status.
    Answered(u16),
    /// What was typed is not a project (nothing was sent).
    Invalid(ProjectError),
}

/// The documents written here and not yet sent: id → the revision written.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Waiting(BTreeMap<String, String>);

impl Waiting {
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Document `id` was written here as revision `rev`.
    pub fn written(&mut self, id: &str, rev: &str) {
        self.0.insert(id.to_owned(), rev.to_owned());
    }

    /// Revision `rev` of `id` reached the server: it no longer waits unless a later one was
    /// written since. Gives whether the list changed.
    pub fn sent(&mut self, id: &str, rev: &str) -> bool {
        let done = self
            .0
            .get(id)
            .is_some_and(|waiting| generation(rev) >= generation(waiting));
        if done {
            self.0.remove(id);
        }
        done
    }

    /// The server refused `id`: it will not be sent as it is, so it no longer waits (the
    /// refusal is shown instead).
    pub fn refused(&mut self, id: &str) -> bool {
        self.0.remove(id).is_some()
    }
}

/// The generation of a CouchDB revision (`3-abc…` is 3); 0 for anything else.
fn generation(rev: &str) -> u64 {
    rev.split_once('-')
        .and_then(|(n, _)| n.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_change_waits_until_its_revision_or_a_later_one_is_sent() {
        let mut waiting = Waiting::default();
        waiting.written("layer:d:ann", "1-a");
        waiting.written("layer:d:ann", "2-b");
        waiting.written("layer:e:ann", "1-c");
        assert_eq!(waiting.len(), 2);
        // The push sent the first revision before the second was written: still waiting.
        assert!(!waiting.sent("layer:d:ann", "1-a"));
        assert_eq!(waiting.len(), 2);
        assert!(waiting.sent("layer:d:ann", "2-b"));
        // A document never written here is not listed.
        assert!(!waiting.sent("layer:d:bob", "1-x"));
        assert!(waiting.sent("layer:e:ann", "4-d"));
        assert!(waiting.is_empty());
    }

    #[test]
    fn a_refused_change_stops_waiting_and_the_list_survives_storage() {
        let mut waiting = Waiting::default();
        waiting.written("article:x", "1-a");
        waiting.written("layer:d:ann", "10-b");
        assert!(!waiting.sent("layer:d:ann", "9-z"), "9 is before 10");
        let stored = serde_json::to_string(&waiting).unwrap();
        assert_eq!(stored, r#"{"article:x":"1-a","layer:d:ann":"10-b"}"#);
        let mut read: Waiting = serde_json::from_str(&stored).unwrap();
        assert!(read.refused("article:x"));
        assert!(!read.refused("article:x"));
        assert_eq!(read.len(), 1);
    }
}
