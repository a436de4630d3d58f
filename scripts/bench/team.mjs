// The team benchmark of issue #19 (a script that measures, not a test): a project of 10
// coders × 300 articles × 50 annotations (150,000 annotations) on pouchdb-server (in memory,
// 127.0.0.1), and the release build in Debian's headless Chromium. Prints, for one coder:
// the first sync of the project (sign-in to every article listed and the replica caught up),
// the long tasks while it synced, the storage the replica takes; the time from one coder's
// change to its appearance in another coder's open page (BENCH_RUNS times); and the agreement
// table over the whole project in the app. Writes target/bench/team.json.
//
//   node scripts/bench/team.mjs      (run by scripts/bench-team.sh, which builds first)
import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { distDir, launch, repoRoot } from '../../tests/e2e/support/browser.mjs';
import { startTeamServer } from '../../tests/e2e/support/team_server.mjs';
import { setUp } from '../team/setup.mjs';
import { recordLongTasks } from './long-session.mjs';
import { dragSelect } from '../../tests/e2e/support/select.mjs';

const CODERS = Number(process.env.BENCH_CODERS ?? 10);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 300);
const PER_ARTICLE = Number(process.env.BENCH_ANNOTATIONS ?? 50);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 0) => Math.round(x * 10 ** d) / 10 ** d;

// A seeded generator, so every run codes the same corpus.
let seed = 19;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const WORDS = 'the council voted on a plan that critics called rushed while the mayor said it would pay for itself within a decade and residents asked for more time'.split(' ');

function articleText(i) {
  const paragraphs = [`Council report number ${i}`];
  for (let p = 0; p < 12; p++) {
    const words = [];
    for (let w = 0; w < 60; w++) words.push(WORDS[Math.floor(random() * WORDS.length)]);
    paragraphs.push(`${words.join(' ')}, said “${WORDS[p % WORDS.length]} ${WORDS[(p + 3) % WORDS.length]}” on day ${p}.`);
  }
  return paragraphs.join('\n\n');
}

const uuid = () => [8, 4, 4, 4, 12].map((n) => Array.from({ length: n }, () => Math.floor(random() * 16).toString(16)).join('')).join('-');
const KINDS = ['claim', 'quote', 'scare_quote'];

// One coder's layer of one article: PER_ARTICLE annotations in one document.
function layer(text, document, coder) {
  const chars = [...text];
  const annotations = [];
  for (let k = 0; k < PER_ARTICLE; k++) {
    const start = Math.floor(random() * (chars.length - 40));
    const end = start + 5 + Math.floor(random() * 30);
    annotations.push({
      id: uuid(), kind: KINDS[k % 3], start, end, exact: chars.slice(start, end).join(''),
      note: '', tags: [], speaker: k % 3 === 1 ? 'the mayor' : null, origin: 'user',
      created: '2026-12-05T10:00:00.000Z', modified: '2026-12-05T10:00:00.000Z',
    });
  }
  return { _id: `layer:${document}:${coder}`, type: 'layer', coder, document, annotations };
}

async function admin(couch, method, path, body) {
  const response = await fetch(`${couch.url}/${path}`, {
    method,
    headers: { Authorization: `Basic ${Buffer.from(couch.admin).toString('base64')}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function join(page, url, name) {
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Team project' });
  await dialog.getByLabel('Server address').fill(url);
  await dialog.getByLabel('Project database').fill('bench');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Password').fill('pw');
  await dialog.getByRole('button', { name: 'Sign in and join' }).click();
  return dialog;
}

const couch = await startTeamServer();
const app = await startServer({ root: distDir });
const browser = await launch();
const results = { corpus: { coders: CODERS, articles: ARTICLES, annotations: CODERS * ARTICLES * PER_ARTICLE } };
try {
  await setUp(couch.url, couch.admin, 'bench');
  console.log('set up the project');
  for (let c = 0; c < CODERS; c++) {
    await admin(couch, 'PUT', `_users/org.couchdb.user:coder${c}`, { name: `coder${c}`, password: 'pw', roles: ['quotemark-coder'], type: 'user' });
  }
  const filled = Date.now();
  const texts = [];
  const articleDocs = [];
  for (let i = 0; i < ARTICLES; i++) {
    const text = articleText(i);
    texts.push(text);
    const document = `sha256:${createHash('sha256').update(text).digest('hex')}`;
    articleDocs.push({ _id: `article:${document}`, type: 'article', title: `Council report number ${i}`, text });
  }
  await admin(couch, 'POST', 'bench/_bulk_docs', { docs: articleDocs });
  let batch = [];
  for (let i = 0; i < ARTICLES; i++) {
    const document = articleDocs[i]._id.slice('article:'.length);
    for (let c = 0; c < CODERS; c++) batch.push(layer(texts[i], document, `coder${c}`));
    if (batch.length >= 100 || i === ARTICLES - 1) {
      await admin(couch, 'POST', 'bench/_bulk_docs', { docs: batch });
      batch = [];
    }
  }
  console.log(`filled the project in ${round((Date.now() - filled) / 1000, 1)} s: ${ARTICLES} articles, ${results.corpus.annotations} annotations`);

  // ---- first sync, as coder0 ---------------------------------------------------------------
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(recordLongTasks);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.log('page error:', error.message));
  page.on('console', (message) => { if (message.type() === 'error' && !/404/.test(message.text())) console.log('console:', message.text()); });
  await page.goto(app.url);
  await page.locator('h1.headline').waitFor();
  await page.locator('.suggestions-panel[aria-busy=false]').waitFor();
  // Only the sync's tasks: the page's own first tasks (compiling, detecting the bundled
  // article's suggestions) are issue #21's and measured by scripts/bench-app.sh.
  await page.evaluate(() => { window.__longTasks.length = 0; });
  const started = Date.now();
  const dialog = await join(page, couch.url, 'coder0');
  await dialog.getByText(`${ARTICLES} articles in the project.`).waitFor({ timeout: 600_000 });
  await page.locator('.team-status[data-state="synced"]').waitFor({ timeout: 600_000 });
  results.firstSyncMs = Date.now() - started;
  const longTasks = await page.evaluate(() => window.__longTasks);
  results.firstSyncLongTasks = { count: longTasks.length, longestMs: round(Math.max(0, ...longTasks)) };
  results.storage = await page.evaluate(async () => (await navigator.storage.estimate()).usage);
  console.log(`first sync: ${round(results.firstSyncMs / 1000, 1)} s; long tasks: ${longTasks.length}, longest ${results.firstSyncLongTasks.longestMs} ms; storage ${round(results.storage / 2 ** 20, 1)} MiB`);
  await dialog.getByRole('button', { name: 'Close' }).click();

  // ---- a change seen by another coder ------------------------------------------------------
  const other = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  await other.goto(app.url);
  await other.locator('h1.headline').waitFor();
  await (await join(other, couch.url, 'coder1')).getByText(`${ARTICLES} articles in the project.`).waitFor({ timeout: 600_000 });
  await other.locator('.team-status[data-state="synced"]').waitFor({ timeout: 600_000 });
  await other.getByRole('button', { name: 'Close' }).click();
  for (const p of [page, other]) {
    await p.getByRole('button', { name: 'Library' }).click();
    await p.getByRole('dialog', { name: 'Library' }).getByLabel('Search the library').fill('report number 7');
    await p.locator('.team-article', { hasText: 'Council report number 7' }).first().getByRole('button', { name: 'Open' }).click();
    await p.locator('h1.headline', { hasText: 'Council report number 7' }).waitFor();
    await p.locator('.layer-legend').waitFor();
  }
  await page.evaluate(() => { window.__longTasks.length = 0; });
  const visible = [];
  for (let run = 0; run < RUNS; run++) {
    const before = await page.locator('mark.hl-layer').count();
    // Coder 1 labels the words `day N` as a claim; coder 0's page shows it.
    await dragSelect(other, `on day ${run}`);
    const t0 = Date.now();
    await other.keyboard.press('1');
    await page.waitForFunction((n) => document.querySelectorAll('mark.hl-layer').length > n, before, { polling: 'raf', timeout: 60_000 });
    visible.push(Date.now() - t0);
  }
  results.changeVisibleMs = { runs: RUNS, median: median(visible), max: Math.max(...visible) };
  const openLongTasks = await page.evaluate(() => window.__longTasks);
  console.log(`a change seen by another coder: median ${results.changeVisibleMs.median} ms, max ${results.changeVisibleMs.max} ms (${RUNS} runs); long tasks in the seeing page: ${openLongTasks.length}, longest ${round(Math.max(0, ...openLongTasks))} ms`);

  // ---- agreement over the project, in the app ---------------------------------------------
  await page.locator('.layer-legend').getByRole('button', { name: 'Agreement…' }).click();
  const agreement = page.getByRole('dialog', { name: 'Agreement' });
  await agreement.locator('tbody tr').first().waitFor();
  const t0 = Date.now();
  await agreement.getByLabel('every article of the project').check();
  // Checked at every frame: a locator's wait polls at up to 500 ms apart, which would count.
  await page.waitForFunction(() => /whole project/.test(document.querySelector('.agreement-table caption')?.textContent ?? ''), null, { polling: 'raf', timeout: 600_000 });
  results.agreementMs = Date.now() - t0;
  const measured = await page.evaluate(() => ({
    read: performance.getEntriesByName('quotemark:agreement:read').at(-1)?.duration,
    table: performance.getEntriesByName('quotemark:agreement').at(-1)?.duration,
  }));
  results.agreementReadMs = round(measured.read);
  results.agreementTableMs = round(measured.table);
  console.log(`agreement over the project, in the app: ${results.agreementMs} ms in all; reading the layers from the replica ${results.agreementReadMs} ms, the table ${results.agreementTableMs} ms`);
} finally {
  await browser.close();
  await app.close();
  await couch.stop();
}
mkdirSync(resolve(repoRoot, 'target/bench'), { recursive: true });
writeFileSync(resolve(repoRoot, 'target/bench/team.json'), JSON.stringify(results, null, 2));
