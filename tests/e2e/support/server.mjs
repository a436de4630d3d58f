// A static file server for the release build in dist/, on 127.0.0.1 and a free port.
// It serves under an optional base path (for example /tools/quotemark/) so that the tests can
// prove the build works from any sub-path. No dependencies: node:http only.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

// Trunk's content-hashed file names (`quotemark-0123456789abcdef_bg.wasm`): a file under such
// a name never changes, so a host may let browsers keep it for good.
const HASHED = /-[0-9a-f]{16}(_bg)?\.[a-z]+$/;

/**
 * Serves `root`. Every answer is `no-store` (tests never see a stale build), unless `deployed`:
 * then the headers are those the README's Deploying section advises, hashed files kept for a
 * year and the rest revalidated, as a returning reader's browser would see them.
 */
export async function startServer({ root, basePath = '/', port = 0, deployed = false } = {}) {
  const dist = resolve(root);
  const holds = new Holds();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname.startsWith('/__hold/')) {
      await holds.arrive(url.pathname.slice('/__hold/'.length));
      response.writeHead(200, { 'cache-control': 'no-store', 'content-type': 'text/plain' }).end('released');
      return;
    }
    if (!url.pathname.startsWith(basePath)) {
      response.writeHead(404).end('outside the base path');
      return;
    }
    let relative = decodeURIComponent(url.pathname.slice(basePath.length)) || 'index.html';
    const file = normalize(join(dist, relative));
    if (!file.startsWith(dist)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      const path = info.isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(path);
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': !deployed ? 'no-store' : HASHED.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address();
  return {
    url: `http://127.0.0.1:${bound}${basePath}`,
    /** Resolves when a page asks for `/__hold/<name>`; its answer waits for `release`. */
    held: (name) => holds.held(name),
    release: (name) => holds.release(name),
    close: () => {
      holds.releaseAll();
      return new Promise((done) => server.close(done));
    },
  };
}

/**
 * Requests a test uses to stop a page at a point of its own choosing: a page asks for
 * `/__hold/<name>` with a synchronous request, which blocks its main thread, and the answer
 * comes only when the test releases that name. The test learns the page is stopped from
 * `held(name)`, an event, never from waiting a fixed time.
 */
class Holds {
  #arrived = new Map();
  #released = new Map();

  #gate(map, name) {
    if (!map.has(name)) {
      let open;
      const promise = new Promise((resolve) => { open = resolve; });
      map.set(name, { promise, open });
    }
    return map.get(name);
  }

  arrive(name) {
    this.#gate(this.#arrived, name).open();
    return this.#gate(this.#released, name).promise;
  }

  held(name) {
    return this.#gate(this.#arrived, name).promise;
  }

  release(name) {
    this.#gate(this.#released, name).open();
  }

  releaseAll() {
    for (const gate of this.#released.values()) gate.open();
  }
}
