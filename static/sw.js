// Quotemark's service worker: keeps the app's own files, so that it opens and works with the
// network off.
//
// It handles only GET requests for this app's files (its own origin, inside its scope): the
// page, the script, the wasm, the styles, the icons and the manifest. The bundled article is
// inside the wasm. The reader's articles and annotations live in localStorage and never pass
// through here: nothing is cached from them and nothing is sent anywhere.
//
// The page is asked of the network first, so that a new version is picked up on the next visit,
// and taken from the cache when the network fails. Every other file comes from the cache first:
// Trunk names them by the hash of their content, so a cached file is never stale. Where the
// browser can, it serves those from the cache itself, without running this script
// (`routeFilesToTheCache`). Whenever a page arrives from the network, the files it names are
// cached and those it no longer names are dropped.
const CACHE = 'quotemark-app';
const FIXED = ['manifest.webmanifest', 'icon-192.png', 'icon-512.png'];
const scope = () => new URL(self.registration.scope);
const pageUrl = () => scope().href;

/** The same-origin files a page names in `href` and `src` attributes, resolved. */
function filesOf(html) {
  const files = new Set(FIXED.map((name) => new URL(name, scope()).href));
  for (const match of html.matchAll(/\b(?:href|src)="([^"#?]+)"/g)) {
    const url = new URL(match[1], scope());
    if (url.origin === location.origin && url.href.startsWith(scope().href)) files.add(url.href);
  }
  files.delete(pageUrl());
  return files;
}

/** Caches `page` (a network response for the app's page) and what it names; drops the rest.
 * An unchanged page changes nothing. */
async function keep(page) {
  const cache = await caches.open(CACHE);
  const html = await page.clone().text();
  const cached = await cache.match(pageUrl());
  if (cached && (await cached.text()) === html) return;
  const files = filesOf(html);
  // Hashed names never change content; the few fixed names are fetched again.
  const fixed = new Set(FIXED.map((name) => new URL(name, scope()).href));
  const wanted = [];
  for (const url of files) if (fixed.has(url) || !(await cache.match(url))) wanted.push(url);
  await cache.addAll(wanted);
  await cache.put(pageUrl(), page);
  for (const request of await cache.keys()) {
    if (request.url !== pageUrl() && !files.has(request.url)) await cache.delete(request);
  }
}

/**
 * Where the browser can route requests itself (Chromium's static routing), every file but the
 * page is answered from the cache without starting this script, as its fetch handler would
 * answer it, and the network is asked when the cache has no copy. The page itself and requests
 * with a query go on to the fetch handler. Without it, the fetch handler does the same.
 */
function routeFilesToTheCache(event) {
  if (!event.addRoutes || typeof URLPattern !== 'function') return Promise.resolve();
  return event.addRoutes([
    { condition: { requestMode: 'navigate' }, source: 'fetch-event' },
    {
      condition: {
        requestMethod: 'GET',
        urlPattern: new URLPattern({ pathname: `${scope().pathname}*`, search: '', baseURL: scope().href }),
      },
      source: { cacheName: CACHE },
    },
  ]).catch(() => undefined);
}

self.addEventListener('install', (event) => {
  event.waitUntil(routeFilesToTheCache(event));
  event.waitUntil(
    fetch(pageUrl(), { cache: 'no-store' })
      .then((page) => (page.ok ? keep(page) : Promise.reject(new Error(`the page answered ${page.status}`))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((n) => n !== CACHE).map((n) => caches.delete(n))))
      // The page's request starts while the worker is still starting up, not after.
      .then(() => self.registration.navigationPreload?.enable())
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== location.origin || !url.href.startsWith(scope().href)) return;
  if (request.mode === 'navigate') {
    event.respondWith(
      Promise.resolve(event.preloadResponse)
        .then((preloaded) => preloaded ?? fetch(request, { cache: 'no-store' }))
        .then((page) => {
          if (page.ok && url.pathname === scope().pathname) event.waitUntil(keep(page.clone()));
          return page;
        })
        .catch(async () => (await caches.match(pageUrl())) ?? Response.error()),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { ignoreSearch: true }).then((cached) => cached ?? fetch(request)),
  );
});
