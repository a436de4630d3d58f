// The rules the team's CouchDB database enforces on every write (the design document's
// `validate_doc_update`, installed by scripts/team-setup.sh). CouchDB runs it on the server, so
// a write that breaks a rule is refused with 403 Forbidden whatever client sent it.
//
// - server administrators may write anything (they set the project up);
// - `article` documents (the texts of the corpus) are published by the project's owners
//   (role `quotemark-owner`);
// - `layer` documents (one coder's annotations of one article) belong to that coder: `coder`
//   must be the signed-in user, the id must be `layer:<document>:<coder>` (the article first,
//   so that one range of ids holds every coder's layer of an article), the annotations a list,
//   and nobody changes or deletes another coder's;
// - `gold` documents (the adjudicated layer, ids `gold:<document>:…`) are written by
//   adjudicators and owners;
// - any other document is refused.
function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  function has(role) {
    return roles.indexOf(role) !== -1;
  }
  if (has('_admin')) return;
  // A deletion is judged by what it deletes.
  var doc = newDoc._deleted ? oldDoc : newDoc;
  if (!doc) return;
  if (!userCtx.name) throw { unauthorized: 'sign in to write to this project' };
  switch (doc.type) {
    case 'article':
      if (!has('quotemark-owner')) throw { forbidden: 'only the project owner publishes articles' };
      if (typeof doc.text !== 'string' || typeof doc.title !== 'string') {
        throw { forbidden: 'an article needs a text and a title' };
      }
      return;
    case 'layer':
      if (doc.coder !== userCtx.name || (oldDoc && oldDoc.coder !== userCtx.name)) {
        throw { forbidden: 'the annotations of ' + (oldDoc || doc).coder + ' cannot be written by ' + userCtx.name };
      }
      if (typeof doc.document !== 'string') {
        throw { forbidden: 'a layer names its article in document' };
      }
      if (doc._id !== 'layer:' + doc.document + ':' + userCtx.name) {
        throw { forbidden: 'the layer of ' + userCtx.name + ' has the id layer:' + doc.document + ':' + userCtx.name };
      }
      if (!newDoc._deleted && !Array.isArray(doc.annotations)) {
        throw { forbidden: 'a layer holds its annotations in a list' };
      }
      return;
    case 'gold':
      if (!has('quotemark-adjudicator') && !has('quotemark-owner')) {
        throw { forbidden: 'only an adjudicator writes the gold layer' };
      }
      if (typeof doc.document !== 'string' || doc._id.indexOf('gold:' + doc.document + ':') !== 0) {
        throw { forbidden: 'a gold annotation names its article in document and has an id starting gold:<document>:' };
      }
      return;
    default:
      throw { forbidden: 'Quotemark projects hold articles, coders\' layers and gold annotations only' };
  }
}
