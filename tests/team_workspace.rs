//! The team project in the workspace (`core::workspace::team`): what is remembered, and how
//! sync's reports change what the reader sees. Expected values are written out here.

use std::rc::Rc;

use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::persist::{KeyValueStore, MemoryStore};
use quotemark::core::team::layers::Layer;
use quotemark::core::team::project::check_project;
use quotemark::core::team::status::{Refusal, SyncStatus};
use quotemark::core::time::Timestamp;
use quotemark::core::workspace::{Action, TEAM_PROJECT_KEY, TeamAction, TeamArticle, Workspace};

fn now() -> Timestamp {
    Timestamp::parse("2026-12-05T09:00:00.000Z").unwrap()
}

fn layer(workspace: &Workspace, coder: &str, needle: &str) -> Layer {
    let article = &workspace.document.article;
    Layer {
        coder: coder.into(),
        pattern: 0,
        annotations: vec![Annotation::new(
            AnnotationId::from_random_bytes([3; 16]),
            Kind::Quote,
            article.find(needle).unwrap(),
            article,
            &now(),
        )],
    }
}

#[test]
fn the_remembered_project_is_read_and_anything_else_is_no_project() {
    let kv = MemoryStore::default();
    assert_eq!(Workspace::open(&kv, &now(), None).team.project, None);
    kv.set(
        TEAM_PROJECT_KEY,
        r#"{"server":"https://couch.example.org","database":"desk","coder":"ann"}"#,
    )
    .unwrap();
    let team = Workspace::open(&kv, &now(), None).team;
    let project = team.project.clone().unwrap();
    assert_eq!(project.database_url(), "https://couch.example.org/desk");
    assert_eq!(project.coder, "ann");
    assert_eq!(team.status, SyncStatus::Starting);
    kv.set(TEAM_PROJECT_KEY, "{not json").unwrap();
    assert_eq!(Workspace::open(&kv, &now(), None).team.project, None);
}

#[test]
fn layers_belong_to_the_open_article_and_can_be_hidden() {
    let mut workspace = Workspace::open(&MemoryStore::default(), &now(), None);
    let open = workspace.document_id().to_owned();
    let bob = layer(&workspace, "bob", "Russia");
    // Layers of another article are not this one's.
    assert!(!workspace.apply(Action::Team(TeamAction::Layers {
        document: "sha256:other".into(),
        layers: vec![bob.clone()],
    })));
    assert!(workspace.team.layers_of(&open).is_empty());
    let before = Rc::clone(&workspace.document);
    assert!(workspace.apply(Action::Team(TeamAction::Layers {
        document: open.clone(),
        layers: vec![bob.clone()],
    })));
    assert_eq!(workspace.team.layers_of(&open), std::slice::from_ref(&bob));
    assert!(workspace.team.layers_of("sha256:other").is_empty());
    // Nothing of the document was copied, and the same layers again change nothing.
    assert!(Rc::ptr_eq(&before, &workspace.document));
    assert!(!workspace.apply(Action::Team(TeamAction::Layers {
        document: open.clone(),
        layers: vec![bob],
    })));
    assert!(workspace.apply(Action::Team(TeamAction::ToggleLayer("bob".into()))));
    assert!(workspace.team.hidden.contains("bob"));
    assert!(workspace.apply(Action::Team(TeamAction::ToggleLayer("bob".into()))));
    assert!(workspace.team.hidden.is_empty());
}

#[test]
fn status_articles_and_leaving() {
    let mut workspace = Workspace::open(&MemoryStore::default(), &now(), None);
    let project = check_project("http://127.0.0.1:5984", "desk", "olga").unwrap();
    assert!(workspace.apply(Action::Team(TeamAction::Joined {
        project: Some(project.clone()),
        roles: vec!["quotemark-owner".into()],
    })));
    assert!(workspace.team.is_owner());
    let refused = SyncStatus::Refused(Refusal::Denied {
        count: 1,
        reason: "only the project owner publishes articles".into(),
    });
    let status = |status: SyncStatus, waiting| Action::Team(TeamAction::Status { status, waiting });
    assert!(workspace.apply(status(refused.clone(), 2)));
    assert!(
        !workspace.apply(status(refused, 2)),
        "the same status again"
    );
    assert_eq!(workspace.team.waiting, 2);
    let article = TeamArticle {
        document: "sha256:abc".into(),
        title: "Talks".into(),
        coders: vec!["ann".into(), "bob".into()],
    };
    assert!(workspace.apply(Action::Team(TeamAction::Articles(vec![article.clone()]))));
    assert!(workspace.team.has_article("sha256:abc"));
    assert!(!workspace.apply(Action::Team(TeamAction::Articles(vec![article]))));
    // Leaving forgets the team's articles and what waited.
    assert!(workspace.apply(Action::Team(TeamAction::Joined {
        project: None,
        roles: Vec::new(),
    })));
    assert!(!workspace.team.has_article("sha256:abc"));
    assert_eq!(workspace.team.waiting, 0);
    assert!(!workspace.team.is_owner());
}
