// The team project's set-up script and the rules it installs (issue #19), against
// pouchdb-server on 127.0.0.1: the database, who may read it, and a design document that
// refuses, on the server, a write whose coder is not the signed-in user (403) and anything a
// role does not allow. No browser: these are the server's own answers.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { startTeamServer } from './support/team_server.mjs';
import { repoRoot } from './support/browser.mjs';

let server;
before(async () => { server = await startTeamServer(); });
after(async () => { await server?.stop(); });

const run = promisify(execFile);
const setup = (...args) => run(join(repoRoot, 'scripts/team-setup.sh'), args);
const basic = (user) => `Basic ${Buffer.from(user).toString('base64')}`;
async function call(user, method, path, body) {
  const response = await fetch(`${server.url}/${path}`, {
    method,
    headers: { Authorization: basic(user), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}
async function addUser(name, roles) {
  const made = await call(server.admin, 'PUT', `_users/org.couchdb.user:${name}`, { name, password: 'pw', roles, type: 'user' });
  assert.equal(made.status, 201, JSON.stringify(made.json));
}

test('team-setup.sh creates the project, says what it did, and can run again', async () => {
  const first = await setup(server.url, server.admin, 'newsdesk');
  assert.match(first.stdout, /created the database newsdesk/);
  assert.match(first.stdout, /installed the design document/);
  const again = await setup(server.url, server.admin, 'newsdesk');
  assert.match(again.stdout, /the database newsdesk exists/);
  assert.match(again.stdout, /updated the design document/);
  const security = await call(server.admin, 'GET', 'newsdesk/_security');
  assert.deepEqual(security.json.members.roles, ['quotemark-owner', 'quotemark-coder', 'quotemark-adjudicator']);
  // A wrong password is said in words, and the exit code says it failed.
  await assert.rejects(setup(server.url, 'admin:wrong', 'newsdesk'), (error) => {
    assert.match(error.stderr, /team-setup: creating the database newsdesk: the administrator name or password is wrong/);
    return error.code === 1;
  });
});

test('the server refuses a forged write with 403, and lets each role write what it may', async () => {
  await setup(server.url, server.admin, 'coding');
  await addUser('ann', ['quotemark-coder']);
  await addUser('bob', ['quotemark-coder']);
  await addUser('olga', ['quotemark-owner']);
  await addUser('stranger', []);
  const layer = (coder) => ({ _id: `layer:sha256:abc:${coder}`, type: 'layer', coder, document: 'sha256:abc', annotations: [{ id: '1', start: 0, end: 4, kind: 'quote' }] });

  // The owner publishes an article; a coder cannot.
  assert.equal((await call('olga:pw', 'PUT', 'coding/article:abc', { type: 'article', title: 'Talks', text: 'Talks end.' })).status, 201);
  const coderPublishes = await call('ann:pw', 'PUT', 'coding/article:def', { type: 'article', title: 'T', text: 'T.' });
  assert.equal(coderPublishes.status, 403);
  assert.equal(coderPublishes.json.reason, 'only the project owner publishes articles');

  // Ann writes her own layer; a write in Bob's name, or under his id, is forged.
  const own = await call('ann:pw', 'PUT', 'coding/layer:sha256:abc:ann', layer('ann'));
  assert.equal(own.status, 201);
  const forged = await call('ann:pw', 'PUT', 'coding/layer:sha256:abc:bob', layer('bob'));
  assert.equal(forged.status, 403);
  assert.equal(forged.json.reason, 'the annotations of bob cannot be written by ann');
  const wrongId = await call('ann:pw', 'PUT', 'coding/layer:sha256:abc:bob', { ...layer('ann'), _id: 'layer:sha256:abc:bob' });
  assert.equal(wrongId.status, 403);
  assert.equal(wrongId.json.reason, 'the layer of ann has the id layer:sha256:abc:ann');
  const noList = await call('ann:pw', 'PUT', 'coding/layer:sha256:def:ann', { ...layer('ann'), _id: 'layer:sha256:def:ann', document: 'sha256:def', annotations: 'none' });
  assert.equal(noList.status, 403);
  // Bob cannot change or delete Ann's.
  const takeOver = await call('bob:pw', 'PUT', 'coding/layer:sha256:abc:ann', { ...layer('bob'), _id: 'layer:sha256:abc:ann', _rev: own.json.rev });
  assert.equal(takeOver.status, 403);
  const deletes = await call('bob:pw', 'DELETE', `coding/layer:sha256:abc:ann?rev=${own.json.rev}`);
  assert.equal(deletes.status, 403);
  // Nothing changed: Ann's layer is as she wrote it.
  const stored = await call('bob:pw', 'GET', 'coding/layer:sha256:abc:ann');
  assert.equal(stored.json.coder, 'ann');
  assert.equal(stored.json._rev, own.json.rev);
  // Ann may delete her own.
  assert.equal((await call('ann:pw', 'DELETE', `coding/layer:sha256:abc:ann?rev=${own.json.rev}`)).status, 200);

  // Only the project's people may read it; anything but its three kinds of document is refused.
  // (CouchDB 3 answers a signed-in stranger 403; pouchdb-server answers 401. Either refuses.)
  assert.ok([401, 403].includes((await call('stranger:pw', 'GET', 'coding/layer:sha256:abc:ann')).status));
  assert.equal((await call('ann:pw', 'PUT', 'coding/notes', { type: 'note' })).status, 403);
});
