// pouchdb-server (tests/team-server, npm) in memory on 127.0.0.1 and a free port, for the team
// tests: it speaks CouchDB's HTTP API (users, _session, _security, validate_doc_update) and
// replication protocol. `stop()` kills it; the port is found by binding port 0 first.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './browser.mjs';

const binary = join(repoRoot, 'tests/team-server/node_modules/.bin/pouchdb-server');

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** pouchdb-server 4.2.0 loses a conflicting revision that replication sends into a database
 * with a `validate_doc_update`: its validation plugin overwrites the replicated document's
 * revision history with the stored one's before writing (pouchdb-validation 4.2.0,
 * lib/index.js line 35), so the write stores the old revision again and reports success.
 * CouchDB keeps the revision (and the conflict). The test server is made to behave as CouchDB
 * does: a document that brings its own history keeps it. Idempotent; fails loudly if the
 * plugin's code is not what this patch expects. */
function keepReplicatedHistory() {
  const file = join(repoRoot, 'tests/team-server/node_modules/pouchdb-validation/lib/index.js');
  const original = '  newDoc._revisions = (oldDoc || {})._revisions;';
  const patched = '  if (!newDoc._revisions) newDoc._revisions = (oldDoc || {})._revisions; // patched by Quotemark\'s tests';
  const code = readFileSync(file, 'utf8');
  if (code.includes(patched)) return;
  if (!code.includes(original)) throw new Error(`${file}: not the pouchdb-validation 4.2.0 the tests patch`);
  writeFileSync(file, code.replace(original, patched));
}

/** Starts the server with a server administrator `admin` (password `secret`). */
export async function startTeamServer() {
  keepReplicatedHistory();
  const port = await freePort();
  // It writes its config.json and log.txt in its working folder.
  const dir = mkdtempSync(join(tmpdir(), 'quotemark-couch-'));
  const child = spawn(binary, ['--in-memory', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  // Ready when it says so; a server that exits first fails the start.
  let output = '';
  await new Promise((resolve, reject) => {
    const read = (data) => {
      output += data;
      if (output.includes('pouchdb-server has started on')) resolve();
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then(() => reject(new Error(`pouchdb-server stopped before it started on ${url}:\n${output}`)));
  });
  const made = await fetch(`${url}/_config/admins/admin`, { method: 'PUT', body: '"secret"' });
  if (!made.ok) throw new Error(`could not make the server administrator: ${made.status}`);
  return {
    url,
    admin: 'admin:secret',
    async stop() {
      child.kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A TCP relay on 127.0.0.1 in front of `target` (a URL), which a test can stop and start
 * again on the same port: to the app, the server goes away and comes back with its data.
 *
 * Each side's end or reset reaches the other. The server resets a kept-alive connection when
 * a request arrives just as it closes it for idleness; a relay that dropped only its own side
 * then left the browser's side open with the request written on it and never answered (a
 * `_bulk_get` waited 55 s and sync stayed "Syncing…"). Reset in turn, the request fails and
 * is sent again, by the browser or by sync's back-off, as against the server itself. */
export async function startRelay(target) {
  const { port: targetPort } = new URL(target);
  const port = await freePort();
  const { createConnection } = await import('node:net');
  let server = null;
  const sockets = new Set();
  const listen = () => new Promise((resolve, reject) => {
    server = createServer((client) => {
      const upstream = createConnection({ host: '127.0.0.1', port: Number(targetPort) });
      for (const [socket, other] of [[client, upstream], [upstream, client]]) {
        sockets.add(socket);
        socket.on('error', () => socket.destroy());
        // An orderly end is passed on by `pipe` once what was read is written; a reset (a
        // close with an error, or before the end) resets the other side at once.
        socket.on('close', (hadError) => {
          sockets.delete(socket);
          if (hadError || !socket.readableEnded) other.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  await listen();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Stops answering and cuts every open connection (a live changes feed too). */
    async stop() {
      const closed = new Promise((resolve) => server.close(resolve));
      for (const socket of sockets) socket.destroy();
      await closed;
    },
    start: listen,
  };
}
