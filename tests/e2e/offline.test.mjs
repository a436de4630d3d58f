// Installable and offline (issue #10): the service worker keeps the app working with the
// network off, the manifest is valid, and the release build works under a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appUnderTest, untilSuggested } from './support/app.mjs';
import { distDir, openPage } from './support/browser.mjs';
import { startServer } from './support/server.mjs';
import { dragSelect, highlighted } from './support/select.mjs';

const app = appUnderTest();

/** Waits until the service worker controls the page, i.e. it has cached the app. */
async function controlled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('loaded once, the app opens, annotates and saves with the network off', async () => {
  const { page, problems, context } = await app.freshPage();
  await controlled(page);
  await context.setOffline(true);
  // The network is really off: a file the app never cached cannot be fetched.
  assert.equal(await page.evaluate(() => fetch('not-cached.txt').then(() => 'online', () => 'offline')), 'offline');
  problems.length = 0; // that probe's own failure

  await page.reload();
  await page.locator('h1.headline', { hasText: 'NATO, Trump agree on dialogue with Russia' }).waitFor();
  // Offline too, the suggestions come (from the cached worker); the drag waits for them.
  await untilSuggested(page);
  await dragSelect(page, 'Vladimir Putin');
  await page.keyboard.press('1');
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['Vladimir Putin']);
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('quotemark:doc:')));

  // Still offline: the page comes back from the cache with the annotation it saved.
  await page.reload();
  await page.locator('mark[data-annotation-id]').first().waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['Vladimir Putin']);
  // Only the app's files are cached: none of the reader's data.
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const urls = [];
    for (const name of names) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls.sort();
  });
  assert.ok(cached.some((u) => u.endsWith('.wasm')) && cached.some((u) => u.endsWith('.js')) && cached.some((u) => u.endsWith('.css')), cached.join(' '));
  assert.ok(cached.every((u) => /^\/([\w.-]+\.(wasm|js|css|svg|png|webmanifest))?$/.test(u)), cached.join(' '));
  // Readability, loaded only when a page is first opened, was cached with the rest: a web page
  // opens offline as its article, with no notice that the finder is missing.
  assert.ok(cached.some((u) => /^\/readability-[0-9a-f]{16}\.js$/.test(u)), cached.join(' '));
  // So were the parts of the app's module (issue #21): the App itself (with the dialogs), and
  // those fetched on first use: detection on the page, exporting and importing, and team sync.
  for (const part of ['app', 'detector', 'interchange', 'team_sync']) {
    assert.ok(cached.some((u) => new RegExp(`^/quotemark-[0-9a-f]{16}-${part}\\.wasm$`).test(u)), `${part}: ${cached.join(' ')}`);
  }
  const story = '<p>The council backed the plan on Monday after a long debate in the chamber that ran late into the evening, its leader said.</p>'.repeat(5);
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({
    name: 'plan.html',
    mimeType: 'text/html',
    buffer: Buffer.from(`<html><head><title>Plan backed</title></head><body><nav>Home · Local</nav><article>${story}</article></body></html>`),
  });
  await page.getByRole('status').filter({ hasText: 'Opened “Plan backed”; it is in your library now.' }).waitFor();
  assert.equal(await page.locator('article.article', { hasText: 'Home · Local' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the manifest names the app, its icons load, and it starts inside its scope', async () => {
  const { page, problems, context } = await app.freshPage();
  const href = await page.locator('link[rel=manifest]').evaluate((l) => l.href);
  const manifest = await page.evaluate((url) => fetch(url).then((r) => r.json()), href);
  assert.equal(manifest.name, 'Quotemark');
  assert.equal(manifest.display, 'standalone');
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  const scope = new URL(manifest.scope, href).href;
  assert.ok(new URL(manifest.start_url, href).href.startsWith(scope), 'start_url inside scope');
  const sizes = [];
  for (const icon of manifest.icons) {
    const url = new URL(icon.src, href).href;
    const loaded = await page.evaluate((src) => new Promise((done) => {
      const img = new Image();
      img.onload = () => done(`${img.naturalWidth}x${img.naturalHeight}`);
      img.onerror = () => done('error');
      img.src = src;
    }), url);
    assert.equal(loaded, icon.sizes, `${icon.src} loads at its stated size`);
    sizes.push(icon.sizes);
  }
  assert.ok(sizes.includes('192x192') && sizes.includes('512x512'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('served under a sub-path, every file loads from it and the service worker stays in it', async () => {
  const server = await startServer({ root: distDir, basePath: '/tools/quotemark/' });
  const { page, problems, context } = await openPage(app.browser);
  const requests = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  try {
    await page.goto(server.url);
    await page.locator('h1.headline').waitFor();
    await controlled(page);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    assert.equal(scope, server.url);
    assert.ok(requests.length > 3);
    assert.ok(requests.every((p) => p.startsWith('/tools/quotemark/')), requests.join(' '));
    // A drag begun while the suggestions are drawn may lose its anchor: they come first.
    await untilSuggested(page);
    await dragSelect(page, 'Vladimir Putin');
    await page.keyboard.press('3');
    assert.deepEqual((await highlighted(page)).map((h) => h.text), ['Vladimir Putin']);
    // The module loaded on first use comes from the sub-path too.
    await page.getByRole('button', { name: 'Open article' }).click();
    await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({
      name: 'page.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><head><title>Sub-path page</title></head><body><p>The page text.</p></body></html>'),
    });
    await page.getByRole('status').filter({ hasText: 'Opened “Sub-path page”' }).waitFor();
    assert.ok(requests.some((p) => /^\/tools\/quotemark\/readability-[0-9a-f]{16}\.js$/.test(p)), requests.join(' '));
    assert.ok(requests.every((p) => p.startsWith('/tools/quotemark/')), requests.join(' '));
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
  }
});

for (const basePath of ['/', '/tools/quotemark/']) {
  test(`the app's files are answered from the cache by the browser's routes, the page by the worker (${basePath})`, async () => {
    const server = await startServer({ root: distDir, basePath });
    const { page, problems, context } = await openPage(app.browser);
    try {
      await page.goto(server.url);
      await controlled(page);
      // Chromium's DevTools protocol tells which route answered each request.
      const devtools = await context.newCDPSession(page);
      await devtools.send('Network.enable');
      const answered = [];
      devtools.on('Network.responseReceived', ({ response }) => answered.push({ path: new URL(response.url).pathname, route: response.serviceWorkerRouterInfo }));
      await page.reload();
      await page.waitForFunction(() => performance.getEntriesByName('quotemark:ready').length > 0);
      const pageAnswer = answered.find((a) => a.path === basePath);
      assert.equal(pageAnswer?.route?.actualSourceType, 'fetch-event', JSON.stringify(pageAnswer));
      const files = answered.filter((a) => a.path !== basePath && /\.(wasm|js|css)$/.test(a.path));
      assert.ok(files.some((a) => a.path.endsWith('-app.wasm')) && files.some((a) => a.path.endsWith('.css')), JSON.stringify(files));
      for (const file of files) {
        assert.equal(file.route?.actualSourceType, 'cache', JSON.stringify(file));
      }
      assert.deepEqual(problems, []);
      // A file the cache does not hold is still asked of the network (which has none here).
      assert.equal(await page.evaluate(() => fetch('not-cached.txt').then((r) => r.status)), 404);
    } finally {
      await context.close();
      await server.close();
    }
  });
}

test('a new version is picked up on the next visit and announced once', async () => {
  // A copy of the build, so that a "new version" can be deployed in the middle of the test.
  const root = mkdtempSync(join(tmpdir(), 'quotemark-dist-'));
  cpSync(distDir, root, { recursive: true });
  const server = await startServer({ root });
  const { page, problems, context } = await openPage(app.browser);
  try {
    await page.goto(server.url);
    await page.locator('h1.headline').waitFor();
    await controlled(page);
    assert.equal(await page.getByText(/Quotemark was updated/).count(), 0, 'not on a first visit');

    // Deploy: the wasm and the start-up script that names it get new names, as a new build's
    // content hashes give them.
    // The app's first module, not the detection worker's nor a part loaded on first use.
    const wasm = readdirSync(root).find((f) => /^quotemark-[0-9a-f]{16}_bg\.wasm$/.test(f));
    const boot = readdirSync(root).find((f) => f.startsWith('boot-'));
    const renamed = { [wasm]: 'quotemark-0123456789abcdef_bg.wasm', [boot]: 'boot-0123456789abcdef.js' };
    const rewrite = (file) => Object.entries(renamed).reduce((text, [from, to]) => text.replaceAll(from, to), readFileSync(join(root, file), 'utf8'));
    writeFileSync(join(root, renamed[boot]), rewrite(boot));
    rmSync(join(root, boot));
    renameSync(join(root, wasm), join(root, renamed[wasm]));
    writeFileSync(join(root, 'index.html'), rewrite('index.html'));

    // Reloading while the detection worker still loads would abort its request: let it end.
    await untilSuggested(page);
    await page.reload();
    await page.getByRole('status').filter({ hasText: 'Quotemark was updated since your last visit' }).waitFor();
    // Trunk's preload link of the first module (the start-up script adds the App's own).
    const running = await page.locator('link[rel=preload][href$="_bg.wasm"]').getAttribute('href');
    assert.equal(running, './quotemark-0123456789abcdef_bg.wasm');
    await untilSuggested(page);
    await page.reload();
    // The side lists come in the render after the first paint, after any notice the first
    // render's effects gave.
    await page.locator('.side-column .panel').first().waitFor();
    assert.equal(await page.getByText(/Quotemark was updated/).count(), 0, 'only once');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
