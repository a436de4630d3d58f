//! The limits of `core::limits`: each accepted exactly at its maximum and refused one past it,
//! with the message the reader sees.

use quotemark::core::annotation::{Annotation, AnnotationId, Kind};
use quotemark::core::article::Article;
use quotemark::core::backup::{self, BackupError};
use quotemark::core::bundled::NATO_DIALOGUE_TEXT;
use quotemark::core::import::{self, ImportError};
use quotemark::core::limits::{
    self, LimitError, MAX_ANNOTATIONS, MAX_BACKUP_BYTES, MAX_FIELD_CHARS, MAX_NOTE_CHARS, MAX_TAGS,
};
use quotemark::core::persist::MemoryStore;
use quotemark::core::store::Edit;
use quotemark::core::time::Timestamp;

fn now() -> Timestamp {
    Timestamp::parse("2026-11-28T10:00:00.000Z").unwrap()
}

fn annotation(seed: u8) -> Annotation {
    let article = Article::parse(NATO_DIALOGUE_TEXT);
    Annotation::new(
        AnnotationId::from_random_bytes([seed; 16]),
        Kind::Quote,
        article.find("obsolete").unwrap(),
        &article,
        &now(),
    )
}

/// A string of `n` code points, each a curly quote (three bytes): limits count code points.
fn curly(n: usize) -> String {
    "\u{201c}".repeat(n)
}

#[test]
fn each_field_is_accepted_at_its_maximum_and_refused_one_past_it() {
    let mut a = annotation(1);
    a.note = curly(MAX_NOTE_CHARS);
    a.speaker = Some(curly(MAX_FIELD_CHARS));
    a.cue = Some(curly(MAX_FIELD_CHARS));
    a.attributed_to = Some(curly(MAX_FIELD_CHARS));
    a.tags = vec![curly(MAX_FIELD_CHARS); MAX_TAGS];
    assert_eq!(limits::check_annotation(&a), Ok(()));

    let over = |change: fn(&mut Annotation)| {
        let mut b = a.clone();
        change(&mut b);
        limits::check_annotation(&b).unwrap_err().to_string()
    };
    assert_eq!(
        over(|b| b.note.push('x')),
        "the note is 10001 characters long; Quotemark keeps up to 10000 characters there"
    );
    assert_eq!(
        over(|b| b.speaker.as_mut().unwrap().push('x')),
        "the speaker is 201 characters long; Quotemark keeps up to 200 characters there"
    );
    assert_eq!(
        over(|b| b.cue.as_mut().unwrap().push('x')),
        "the cue is 201 characters long; Quotemark keeps up to 200 characters there"
    );
    assert_eq!(
        over(|b| b.attributed_to.as_mut().unwrap().push('x')),
        "the framer (whose framing) is 201 characters long; Quotemark keeps up to 200 characters there"
    );
    assert_eq!(
        over(|b| b.tags[0].push('x')),
        "the tag is 201 characters long; Quotemark keeps up to 200 characters there"
    );
    assert_eq!(
        over(|b| b.tags.push("one more".into())),
        "the annotation has 51 tags; Quotemark keeps up to 50 tags on one annotation"
    );
}

#[test]
fn a_document_takes_annotations_up_to_the_maximum_and_can_always_shrink() {
    let add = vec![Edit::Add(annotation(2))];
    assert_eq!(limits::check_edits(MAX_ANNOTATIONS - 1, &add), Ok(()));
    assert_eq!(
        limits::check_edits(MAX_ANNOTATIONS, &add)
            .unwrap_err()
            .to_string(),
        "the article would have 20001 annotations; Quotemark keeps up to 20000 annotations on one article"
    );
    // Over the limit already (an older version's record): removing and editing still work.
    let remove = vec![Edit::Remove(annotation(2).id)];
    assert_eq!(limits::check_edits(MAX_ANNOTATIONS + 5, &remove), Ok(()));
    let mut long = annotation(3);
    long.note = "x".repeat(MAX_NOTE_CHARS + 1);
    assert!(matches!(
        limits::check_edits(0, &[Edit::Replace(long)]),
        Err(LimitError::FieldTooLong { field: "note", .. })
    ));
}

#[test]
fn an_import_file_over_a_field_limit_says_which_annotation() {
    let mut a = annotation(4);
    a.note = "n".repeat(MAX_NOTE_CHARS + 1);
    let file = serde_json::json!({
        "format": "quotemark", "version": 1, "exported": &now(),
        "document": { "id": "sha256:x", "title": "t", "source": null,
                      "length": NATO_DIALOGUE_TEXT.chars().count() },
        "annotations": [annotation(5), a],
    });
    let error = import::parse(file.to_string().as_bytes(), &now()).unwrap_err();
    assert!(
        matches!(error, ImportError::OverLimit { number: 2, .. }),
        "{error}"
    );
    assert_eq!(
        error.to_string(),
        "annotation 2 of the file is over a limit: the note is 10001 characters long; Quotemark keeps up to 10000 characters there"
    );
}

#[test]
fn a_backup_over_the_size_or_a_field_limit_is_refused_before_anything_is_written() {
    let kv = MemoryStore::default();
    let huge = vec![b' '; MAX_BACKUP_BYTES + 1];
    let error = backup::import_all(&kv, &huge, &now()).unwrap_err();
    assert_eq!(error, BackupError::TooLarge(MAX_BACKUP_BYTES + 1));
    assert_eq!(
        error.to_string(),
        "the file is 50.0 MB; Quotemark reads library backups of up to 50 MB"
    );

    let mut a = annotation(6);
    a.speaker = Some("s".repeat(MAX_FIELD_CHARS + 1));
    let file = serde_json::json!({
        "format": "quotemark-library", "version": 2, "exported": &now(),
        "documents": [{ "version": 2, "id": "sha256:x", "title": "t", "added": &now(), "text": null,
                        "annotations": [a], "history": { "undo": [], "redo": [] } }],
    });
    let error = backup::import_all(&kv, file.to_string().as_bytes(), &now()).unwrap_err();
    assert_eq!(
        error.to_string(),
        "documents[0] is over a limit: the speaker is 201 characters long; Quotemark keeps up to 200 characters there"
    );
    assert!(
        quotemark::core::persist::KeyValueStore::keys(&kv)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn an_article_and_an_import_file_are_taken_at_their_maximum_size_and_refused_one_byte_past() {
    use quotemark::core::opening::{MAX_ARTICLE_BYTES, check_bytes, from_plain_text};
    let mut article = String::from("A title\n\n");
    article.push_str(&"word ".repeat((MAX_ARTICLE_BYTES - article.len()) / 5));
    while article.len() < MAX_ARTICLE_BYTES {
        article.push('.');
    }
    assert!(from_plain_text(check_bytes(article.as_bytes()).unwrap()).is_ok());
    article.push('.');
    assert_eq!(
        check_bytes(article.as_bytes()).unwrap_err().to_string(),
        "the article is 5.0 MB; Quotemark opens articles of up to 5 MB"
    );

    let mut file = serde_json::json!({
        "format": "quotemark", "version": 1, "exported": &now(),
        "document": { "id": "sha256:x", "title": "t", "source": null,
                      "length": NATO_DIALOGUE_TEXT.chars().count() },
        "annotations": [annotation(7)],
    })
    .to_string();
    file.push_str(&" ".repeat(import::MAX_IMPORT_BYTES - file.len()));
    assert_eq!(
        import::parse(file.as_bytes(), &now())
            .unwrap()
            .candidates
            .len(),
        1
    );
    file.push(' ');
    assert_eq!(
        import::parse(file.as_bytes(), &now())
            .unwrap_err()
            .to_string(),
        "the file is 10.0 MB; Quotemark imports annotation files of up to 10 MB"
    );
}
