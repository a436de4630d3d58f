//! A team project (issue #19): where its CouchDB database is and who is signed in
//! ([`project`]), and the documents Quotemark keeps in it ([`docs`]), in the shape the
//! project's `validate_doc_update` (scripts/team/validate_doc_update.js) accepts.

pub mod docs;
pub mod project;
