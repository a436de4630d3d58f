//! Which team project a reader joins: the CouchDB server's address, the database and the
//! coder's name. The password is never part of it (it is sent once to `_session`, and never
//! written to storage), so a project can be remembered as it is.
//!
//! [`check_project`] is the one rule for what the Team dialog accepts: an `https://` address
//! (or `http://` for a server on this machine: `localhost`, `127.0.0.1`, which the app's
//! Content-Security-Policy allows), a database
//! name CouchDB allows (lower-case letters, digits and `_$()+-/`, starting with a letter; the
//! same rule as scripts/team/setup.mjs), and a name with no `:` (CouchDB's user names cannot
//! hold one, and `:` separates the coder from the id in annotation ids).

use serde::{Deserialize, Serialize};
use thiserror::Error;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamProject {
    /// The server's address, without a trailing `/`.
    pub server: String,
    pub database: String,
    pub coder: String,
}

impl TeamProject {
    /// The database's address.
    pub fn database_url(&self) -> String {
        format!("{}/{}", self.server, self.database)
    }

    /// The name of this coder's replica of the project in the browser: one per project and
    /// coder. It holds no `://`, which PouchDB would take for a remote database's address.
    pub fn replica_name(&self) -> String {
        let address: String = self
            .database_url()
            .replace("://", "/")
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || ".-_".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        format!("quotemark-team_{}_{address}", self.coder)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum ProjectError {
    #[error(
        "“{0}” is not a server address: it starts with https:// (or http:// for this computer)"
    )]
    NotAnAddress(String),
    #[error(
        "“{0}” is not a database name: lower-case letters, digits and _$()+-/, starting with a letter"
    )]
    NotADatabase(String),
    #[error("a coder needs a name")]
    NoName,
    #[error("a coder's name cannot hold “:”")]
    ColonInName,
}

impl ProjectError {
    /// The Team dialog's field that is wrong.
    pub fn field(&self) -> ProjectField {
        match self {
            ProjectError::NotAnAddress(_) => ProjectField::Server,
            ProjectError::NotADatabase(_) => ProjectField::Database,
            ProjectError::NoName | ProjectError::ColonInName => ProjectField::Coder,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProjectField {
    Server,
    Database,
    Coder,
}

/// Checks what the reader typed; see the module docs for the rule.
pub fn check_project(
    server: &str,
    database: &str,
    coder: &str,
) -> Result<TeamProject, ProjectError> {
    let server = server.trim().trim_end_matches('/');
    let local = ["http://localhost", "http://127.0.0.1"]
        .iter()
        .any(|prefix| {
            server
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
        });
    let has_host = server
        .strip_prefix("https://")
        .is_some_and(|rest| !rest.is_empty() && !rest.starts_with('/'));
    if !(has_host || local) || server.contains(char::is_whitespace) {
        return Err(ProjectError::NotAnAddress(server.to_owned()));
    }
    let database = database.trim();
    let allowed = |c: char| c.is_ascii_lowercase() || c.is_ascii_digit() || "_$()+-/".contains(c);
    if !database.starts_with(|c: char| c.is_ascii_lowercase()) || !database.chars().all(allowed) {
        return Err(ProjectError::NotADatabase(database.to_owned()));
    }
    let coder = coder.trim();
    if coder.is_empty() {
        return Err(ProjectError::NoName);
    }
    if coder.contains(':') {
        return Err(ProjectError::ColonInName);
    }
    Ok(TeamProject {
        server: server.to_owned(),
        database: database.to_owned(),
        coder: coder.to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_project_is_tidied_and_names_its_database() {
        let project = check_project(" https://couch.example.org/ ", "newsdesk", " ann ").unwrap();
        assert_eq!(project.server, "https://couch.example.org");
        assert_eq!(project.coder, "ann");
        assert_eq!(project.database_url(), "https://couch.example.org/newsdesk");
        assert!(check_project("http://127.0.0.1:5984", "a_b$(c)+d-e/f", "bo").is_ok());
        assert!(check_project("http://localhost", "x", "bo").is_ok());
    }

    #[test]
    fn each_wrong_field_is_named() {
        for (server, database, coder, field) in [
            (
                "http://couch.example.org",
                "db",
                "ann",
                ProjectField::Server,
            ),
            (
                "http://localhost.evil.example",
                "db",
                "ann",
                ProjectField::Server,
            ),
            ("https://", "db", "ann", ProjectField::Server),
            ("couch.example.org", "db", "ann", ProjectField::Server),
            (
                "https://couch.example.org",
                "Newsdesk",
                "ann",
                ProjectField::Database,
            ),
            (
                "https://couch.example.org",
                "1desk",
                "ann",
                ProjectField::Database,
            ),
            (
                "https://couch.example.org",
                "",
                "ann",
                ProjectField::Database,
            ),
            ("https://couch.example.org", "db", "  ", ProjectField::Coder),
            (
                "https://couch.example.org",
                "db",
                "ann:x",
                ProjectField::Coder,
            ),
        ] {
            let error = check_project(server, database, coder).unwrap_err();
            assert_eq!(error.field(), field, "{server} {database} {coder}: {error}");
        }
    }

    #[test]
    fn a_replica_is_named_by_coder_and_project_and_never_like_an_address() {
        let project = check_project("http://127.0.0.1:5984", "desk/2024", "ann").unwrap();
        assert_eq!(
            project.replica_name(),
            "quotemark-team_ann_http_127.0.0.1_5984_desk_2024"
        );
        let other = check_project("https://127.0.0.1:5984", "desk/2024", "ann").unwrap();
        assert_ne!(other.replica_name(), project.replica_name());
    }

    #[test]
    fn the_password_is_not_part_of_what_is_remembered() {
        let project = check_project("https://couch.example.org", "db", "ann").unwrap();
        let stored = serde_json::to_string(&project).unwrap();
        assert_eq!(
            stored,
            r#"{"server":"https://couch.example.org","database":"db","coder":"ann"}"#
        );
    }
}
