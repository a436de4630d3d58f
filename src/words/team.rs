//! What the reader is told about a team project: the sync status line and why signing in
//! failed.

use crate::core::team::status::{Refusal, SignInError, SyncStatus};
use crate::core::time::Timestamp;

/// The status line: where sync stands and how many changes wait to be sent. `clock` writes a
/// time as the reader's clock shows it.
pub fn sync_status(
    status: &SyncStatus,
    waiting: usize,
    clock: impl Fn(&Timestamp) -> String,
) -> String {
    let waiting_words = match waiting {
        0 => String::new(),
        1 => "1 change waiting".to_owned(),
        n => format!("{n} changes waiting"),
    };
    let with_waiting = |said: String| {
        if waiting_words.is_empty() {
            said
        } else {
            format!("{said} · {waiting_words}")
        }
    };
    match status {
        SyncStatus::Starting => with_waiting("Connecting…".to_owned()),
        SyncStatus::Offline => with_waiting(
            "Offline: your work is kept here and sent when you are back online".to_owned(),
        ),
        SyncStatus::Syncing => with_waiting("Syncing…".to_owned()),
        SyncStatus::Unreachable => {
            with_waiting("The server cannot be reached: trying again".to_owned())
        }
        SyncStatus::Synced { at } => with_waiting(format!("Synced at {}", clock(at))),
        SyncStatus::Refused(refusal) => with_waiting(refusal_words(refusal)),
    }
}

fn refusal_words(refusal: &Refusal) -> String {
    match refusal {
        Refusal::SignedOut => {
            "Signed out: sign in again in the Team dialog (your work is kept here)".to_owned()
        }
        Refusal::NotMember => "The server says you are not a member of this project".to_owned(),
        Refusal::NoDatabase => {
            "The server has no such project database (run scripts/team-setup.sh)".to_owned()
        }
        Refusal::Denied { count: 1, reason } => format!("The server refused a change: {reason}"),
        Refusal::Denied { count, reason } => {
            format!("The server refused {count} changes: {reason}")
        }
    }
}

/// Why signing in failed.
pub fn sign_in_error(error: &SignInError) -> String {
    match error {
        SignInError::Unreachable => "The server did not answer: check its address, that it is running, and that it allows this app's address (CORS, with credentials).".to_owned(),
        SignInError::WrongPassword => "The server refused that name and password.".to_owned(),
        SignInError::Refused(refusal) => format!("{}.", refusal_words(refusal)),
        SignInError::Answered(status) => format!("The server answered {status}, which Quotemark did not expect."),
        SignInError::Invalid(error) => format!("{}.", capitalised(&error.to_string())),
    }
}

/// What publishing the library to the project did.
pub fn published(published: usize, already: usize, unreadable: &[String]) -> String {
    let articles = |n: usize| {
        if n == 1 {
            "1 article".to_owned()
        } else {
            format!("{n} articles")
        }
    };
    let mut said = format!("Published {} to the team project", articles(published));
    if already > 0 {
        said.push_str(&format!(
            "; {} {} there already",
            articles(already),
            if already == 1 { "was" } else { "were" }
        ));
    }
    said.push('.');
    if !unreadable.is_empty() {
        let titles: Vec<String> = unreadable.iter().map(|t| super::quoted(t)).collect();
        said.push_str(&format!(
            " Not published, because this browser's copy cannot be read: {}.",
            titles.join(", ")
        ));
    }
    said
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn clock(at: &Timestamp) -> String {
        at.as_str()[11..19].to_owned()
    }

    #[test]
    fn the_status_line_says_where_sync_stands_and_what_waits() {
        let at = Timestamp::parse("2026-12-05T10:31:02.000Z").unwrap();
        assert_eq!(
            sync_status(&SyncStatus::Synced { at }, 0, clock),
            "Synced at 10:31:02"
        );
        assert_eq!(
            sync_status(&SyncStatus::Offline, 3, clock),
            "Offline: your work is kept here and sent when you are back online · 3 changes waiting"
        );
        assert_eq!(
            sync_status(&SyncStatus::Syncing, 1, clock),
            "Syncing… · 1 change waiting"
        );
        let denied = SyncStatus::Refused(Refusal::Denied {
            count: 2,
            reason: "only the project owner publishes articles".into(),
        });
        assert_eq!(
            sync_status(&denied, 0, clock),
            "The server refused 2 changes: only the project owner publishes articles"
        );
    }

    #[test]
    fn publishing_says_what_went_and_what_did_not() {
        assert_eq!(
            published(1, 0, &[]),
            "Published 1 article to the team project."
        );
        assert_eq!(
            published(3, 1, &["Talks".into()]),
            "Published 3 articles to the team project; 1 article was there already. Not published, because this browser's copy cannot be read: “Talks”."
        );
    }

    #[test]
    fn a_failed_sign_in_says_what_to_check() {
        assert_eq!(
            sign_in_error(&SignInError::WrongPassword),
            "The server refused that name and password."
        );
        assert!(sign_in_error(&SignInError::Unreachable).contains("CORS"));
        assert_eq!(
            sign_in_error(&SignInError::Refused(Refusal::NotMember)),
            "The server says you are not a member of this project."
        );
    }
}
