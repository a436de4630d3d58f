// Two builds of Quotemark measured alternately in one run (this machine is too noisy to compare
// runs made apart): a first visit of the bundled article in a fresh profile (issue #21), and its
// reloads once the service worker keeps the app (timed by the page's own report); on the
// long article, its first screen after a reload and, of it, reading the stored record
// (`quotemark:open`, where the JSON is parsed); adding a highlight
// and undoing it until painted, the autosave of one change, and scrolling the whole article
// top to bottom, without and with text selected (the floating toolbar showing), counting the
// workspace actions dispatched while scrolling (the `quotemark:action` mark, which builds from
// #17 on make) and the long tasks. A script that measures and prints, never a test.
//
//   node scripts/bench/compare.mjs LONG_DIR NAME=DIST NAME=DIST   (COMPARE_ROUNDS=n, default 4)
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { TIMER, longInputs, openLongArticle, recordLongTasks, reloadShown, reportShown, selectIn, timeAutosave, timeKey } from './long-session.mjs';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { launch, repoRoot } from '../../tests/e2e/support/browser.mjs';

const [longDir, ...builds] = process.argv.slice(2);
const ROUNDS = Number(process.env.COMPARE_ROUNDS ?? 4);
const ADDS = 20;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;
const long = longInputs(longDir);

/** Scrolls from top to bottom a screen a frame, and counts actions and long tasks meanwhile. */
const scrollDown = (page) => page.evaluate(async () => {
  window.scrollTo(0, 0);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const actions = () => performance.getEntriesByName('quotemark:action').length;
  const [tasksBefore, actionsBefore] = [window.__longTasks.length, actions()];
  let scrolls = 0;
  addEventListener('scroll', () => { scrolls += 1; });
  const started = performance.now();
  while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
    window.scrollBy(0, innerHeight * 0.9);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
  const tasks = window.__longTasks.slice(tasksBefore);
  return { ms: performance.now() - started, scroll_events: scrolls, actions: actions() - actionsBefore, long_tasks: tasks.length, longest: Math.max(0, ...tasks) };
});

/**
 * The later of the first screen's mark (or, where there is none, the App's ready mark) and the
 * first contentful paint: shown and annotatable.
 */
const shownAt = (page) => page.waitForFunction(() => {
  const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
  const [ready, paint] = [at('quotemark:first-screen') ?? at('quotemark:ready'), at('first-contentful-paint')];
  return ready !== undefined && paint !== undefined && Math.max(ready, paint);
}, null, { timeout: 120000 }).then((shown) => shown.jsonValue());

/** A first visit of the bundled article in a new profile (nothing cached). */
async function firstVisit(browser, server) {
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await fresh.newPage();
  await page.goto(server.url);
  const shown = await shownAt(page);
  await fresh.close();
  return shown;
}

/**
 * The median of 5 reloads of the bundled article, in a new profile whose service worker keeps
 * the app, after 3 that warm the caches: each the later of the App's ready mark and the first
 * contentful paint, as the page reports them.
 */
async function reloads(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(reportShown);
    await page.goto(server.url);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null
      && performance.getEntriesByName('quotemark:ready').length > 0);
    for (let i = 0; i < 3; i++) await reloadShown(page);
    const shown = [];
    for (let i = 0; i < 5; i++) shown.push(await reloadShown(page));
    return median(shown);
  } finally {
    await context.close();
  }
}

async function session(browser, server) {
  const step = (what) => process.env.COMPARE_VERBOSE && console.error(`${new Date().toISOString()} ${server.url} ${what}`);
  const firstVisits = [];
  for (let i = 0; i < 3; i++) firstVisits.push(await firstVisit(browser, server));
  step('first visits done');
  const reloadMs = await reloads(browser, server);
  step('reloads done');
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(TIMER);
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(server.url);
  await page.locator('h1.headline').waitFor();
  step('opening the long article');
  await openLongArticle(page, long);
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:article-complete').length > 0, null, { timeout: 120000 });
  step('long article reloaded');
  const longShown = await shownAt(page);
  const longOpen = await page.evaluate(() => performance.getEntriesByName('quotemark:open')[0]?.duration ?? NaN);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:detect').length > 0, null, { timeout: 120000 });
  step('detected');
  const adds = [];
  const undos = [];
  for (let i = 0; i < ADDS; i++) {
    if (!(await selectIn(page, i))) continue;
    await page.locator('.selection-popover').waitFor();
    adds.push(await timeKey(page, +1, '2'));
  }
  for (let i = 0; i < adds.length; i++) undos.push(await timeKey(page, -1, 'z', true));
  // The undos' save comes a moment after the last; then the autosave of one change, three
  // times, each waited for, so that no save falls into the scrolling that follows.
  step('adds and undos done');
  const savedUndos = await page.evaluate(() => performance.getEntriesByName('quotemark:save').length);
  await page.waitForFunction((n) => performance.getEntriesByName('quotemark:save').length > n, savedUndos);
  const saves = [];
  for (let i = 0; i < 3; i++) saves.push(await timeAutosave(page, i, '1'));
  // Builds before issue #17 mark no action: their counts read "not counted", not 0.
  const counted = await page.evaluate(() => performance.getEntriesByName('quotemark:action').length > 0);
  step('saves done');
  const plain = await scrollDown(page);
  // With words selected, the floating toolbar follows the selection as the page scrolls.
  await selectIn(page, 0);
  await page.locator('.selection-popover').waitFor();
  step('scrolled');
  const selected = await scrollDown(page);
  await context.close();
  if (!counted) plain.actions = selected.actions = null;
  return { first_visit_ms: median(firstVisits), reload_ms: reloadMs, long_shown_ms: longShown, long_open_ms: longOpen, add_ms: median(adds), undo_ms: median(undos), autosave_ms: median(saves), scroll: plain, scroll_selected: selected };
}

const browser = await launch();
const servers = [];
try {
  for (const build of builds) {
    const [name, dist] = build.split('=');
    servers.push({ name, server: await startServer({ root: dist, deployed: true }), runs: [] });
  }
  for (let r = 0; r < ROUNDS; r++) {
    // Alternating, and in the other order every other round.
    const order = r % 2 === 0 ? servers : [...servers].reverse();
    for (const s of order) s.runs.push(await session(browser, s.server));
  }
  const summary = {};
  console.log(`| measure (median of ${ROUNDS} alternating sessions; each session's add and undo are medians of ${ADDS}) | ${servers.map((s) => s.name).join(' | ')} |`);
  console.log(`| --- |${servers.map(() => ' --- |').join('')}`);
  const rows = [
    ['bundled article, first visit: shown and annotatable (median of 3)', (x) => `${round(x.first_visit_ms)} ms`, (x) => x.first_visit_ms],
    ['bundled article, reload with the service worker: shown and annotatable (median of 5)', (x) => `${round(x.reload_ms)} ms`, (x) => x.reload_ms],
    ['long article after a reload: shown and annotatable', (x) => `${round(x.long_shown_ms)} ms`, (x) => x.long_shown_ms],
    ['… of it, reading the stored record (quotemark:open)', (x) => `${round(x.long_open_ms)} ms`, (x) => x.long_open_ms],
    ['add one highlight until painted', (x) => `${round(x.add_ms)} ms`, (x) => x.add_ms],
    ['undo until painted', (x) => `${round(x.undo_ms)} ms`, (x) => x.undo_ms],
    ['autosave after one change (median of 3)', (x) => `${round(x.autosave_ms, 2)} ms`, (x) => x.autosave_ms],
    ['scroll top to bottom: actions dispatched (scroll events)', (x) => `${x.scroll.actions ?? 'not counted'} (${x.scroll.scroll_events})`, (x) => x.scroll.actions ?? NaN],
    ['… long tasks over 50 ms (longest)', (x) => `${x.scroll.long_tasks} (${round(x.scroll.longest)} ms)`, (x) => x.scroll.long_tasks],
    ['… time, a screen every two frames', (x) => `${round(x.scroll.ms)} ms`, (x) => x.scroll.ms],
    ['scroll with words selected: actions dispatched (scroll events)', (x) => `${x.scroll_selected.actions ?? 'not counted'} (${x.scroll_selected.scroll_events})`, (x) => x.scroll_selected.actions ?? NaN],
    ['… long tasks over 50 ms (longest)', (x) => `${x.scroll_selected.long_tasks} (${round(x.scroll_selected.longest)} ms)`, (x) => x.scroll_selected.long_tasks],
    ['… time, a screen every two frames', (x) => `${round(x.scroll_selected.ms)} ms`, (x) => x.scroll_selected.ms],
  ];
  for (const [label, show, value] of rows) {
    const cells = servers.map((s) => {
      const values = s.runs.map(value);
      const mid = s.runs[Math.max(0, values.indexOf(median(values)))];
      return `${show(mid)} [${values.map((v) => round(v)).join(', ')}]`;
    });
    console.log(`| ${label} | ${cells.join(' | ')} |`);
  }
  for (const s of servers) summary[s.name] = s.runs;
  mkdirSync(resolve(repoRoot, 'target/bench'), { recursive: true });
  writeFileSync(resolve(repoRoot, 'target/bench/compare.json'), JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, builds: summary }, null, 2));
} finally {
  for (const s of servers) await s.server.close();
  await browser.close();
}
