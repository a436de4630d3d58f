//! A team project (issue #19): where its CouchDB database is and who is signed in
//! ([`project`]), the documents Quotemark keeps in it ([`docs`]), in the shape the project's
//! `validate_doc_update` (scripts/team/validate_doc_update.js) accepts, the coders' layers of an
//! article and what one's own layer needs written ([`layers`]), and where sync stands
//! ([`status`]), the agreement table of its layers ([`agreement`]) and two coders' layers
//! compared ([`compare`]), each coder's layer exported apart ([`exports`]), and the
//! adjudicated gold layer ([`gold`]).

pub mod agreement;
pub mod compare;
pub mod docs;
pub mod exports;
pub mod gold;
pub mod layers;
pub mod project;
pub mod status;
#[cfg(test)]
mod testing;
