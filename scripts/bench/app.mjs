// The app benchmark of issue #8: Quotemark's release bundle and @recogito/text-annotator, same
// long article, same 5,000 annotations, same headless Chromium, same run. Prints a table and
// writes target/bench/app.json. Run by scripts/bench-app.sh (which builds and prepares inputs).
//
//   node scripts/bench/app.mjs LONG_DIR PEER_DIR    (BENCH_RUNS=n, BENCH_PEER=0 to skip the peer)
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { TIMER, longInputs, openLongArticle, recordLongTasks, reloadShown, reportShown, selectIn, timeAutosave, timeKey } from './long-session.mjs';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { distDir, launch, repoRoot } from '../../tests/e2e/support/browser.mjs';

const [longDir, peerDir] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ADDS = 20;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

// ---- payload ---------------------------------------------------------------------------
/**
 * The gzip sizes of `dir`'s page, wasm, js and css. With `fetched` (the files a first visit
 * asked for before its mark: `fetchedBeforeMark`), those are the first screen's payload and
 * the rest is `later`; without it, every file but the modules the page lists as loaded on
 * first use (<link rel="quotemark-module">) and the service worker counts.
 */
function payload(dir = distDir, fetched = null) {
  const out = {};
  const index = readFileSync(resolve(dir, 'index.html'), 'utf8');
  const listed = [...index.matchAll(/rel="quotemark-module"[^>]*href="(?:\.\/)?([^"]+)"/g)].map((m) => m[1]);
  const add = (key, name) => {
    const bytes = readFileSync(resolve(dir, name));
    // Several files of a kind (the bindings and the start-up script are both js) add up.
    const sum = out[key] ?? { raw: 0, gzip: 0 };
    out[key] = { raw: sum.raw + bytes.length, gzip: sum.gzip + gzipSync(bytes, { level: 9 }).length };
  };
  for (const name of readdirSync(dir)) {
    const kind = name === 'index.html' ? 'html' : name.endsWith('.wasm') ? 'wasm' : name.endsWith('.js') ? 'js' : name.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const first = fetched ? fetched.includes(name) : name !== 'sw.js' && !listed.includes(name);
    if (first) add(kind, name);
    else if (name !== 'sw.js' && (listed.includes(name) || fetched)) add('later', name);
  }
  for (const kind of ['html', 'wasm', 'js', 'css']) out[kind] ??= { raw: 0, gzip: 0 };
  out.total_gzip = out.html.gzip + out.wasm.gzip + out.js.gzip + out.css.gzip;
  return out;
}

/**
 * The files of `server`'s root a first visit asks for before its mark (the first screen's, or
 * the App's where there is none), the page included: what the reader waits for. The service
 * worker is blocked, so that its caching of the rest is not counted.
 */
async function fetchedBeforeMark(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:first-screen').length > 0
    || performance.getEntriesByName('quotemark:ready').length > 0);
  const urls = await page.evaluate(() => {
    const mark = (performance.getEntriesByName('quotemark:first-screen')[0] ?? performance.getEntriesByName('quotemark:ready')[0]).startTime;
    return [location.href, ...performance.getEntriesByType('resource').filter((e) => e.startTime <= mark).map((e) => e.name)];
  });
  await context.close();
  return urls.map((url) => new URL(url).pathname.split('/').pop() || 'index.html');
}

/**
 * `runs` first visits to `server`, each in a new browser profile (nothing cached). Each gives
 * the times from navigation until the wasm file has arrived, until Trunk's start-up script has
 * run `main` (its `TrunkApplicationStarted` event), until the page is annotatable (`ready`: the
 * `quotemark:first-screen` mark where the first screen shows, which labels text before the App
 * arrives, else the `quotemark:ready` mark), until the first contentful paint, and the later of
 * these two (`shown`: the page shown and annotatable; once the first render is quick, its mark
 * comes before the paint); `app` is the App's own ready mark; `null` where a page has no wasm
 * or no such mark.
 */
async function firstVisits(browser, server, runs) {
  const visits = [];
  for (let i = 0; i < runs; i++) {
    const fresh = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: process.env.BENCH_SW === '0' ? 'block' : 'allow' });
    const visit = await fresh.newPage();
    await visit.addInitScript(() => addEventListener('TrunkApplicationStarted', () => performance.mark('bench:started')));
    await visit.goto(server.url);
    await visit.waitForFunction(() => performance.getEntriesByName('quotemark:ready').length > 0
      && performance.getEntriesByName('first-contentful-paint').length > 0);
    visits.push(await visit.evaluate(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
      const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm'));
      const [app, paint] = [at('quotemark:ready'), at('first-contentful-paint')];
      const ready = at('quotemark:first-screen') ?? app;
      return { wasm: wasm?.responseEnd ?? null, started: at('bench:started'), ready, paint, shown: Math.max(ready, paint), app };
    }));
    await fresh.close();
  }
  return visits;
}

/** The median of each of firstVisits' times. */
function medians(visits) {
  const out = {};
  for (const key of Object.keys(visits[0])) {
    const known = visits.map((v) => v[key]).filter((x) => x !== null);
    out[key] = known.length ? median(known) : null;
  }
  return out;
}

// ---- floors ----------------------------------------------------------------------------
// What a first visit costs before any of Quotemark's own work, in the same browser and run:
// a static page (one paragraph; an inline script marks ready), and the smallest Yew app that
// reads a list from localStorage and renders it (scripts/bench/floor, built by
// scripts/bench-app.sh into target/bench/floor-dist).
const BLANK_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blank</title></head>
<body><p>One paragraph.</p><script>performance.mark('quotemark:ready')</script></body></html>`;

async function floorRuns(browser) {
  const blankDir = resolve(repoRoot, 'target/bench/blank');
  mkdirSync(blankDir, { recursive: true });
  writeFileSync(resolve(blankDir, 'index.html'), BLANK_PAGE);
  const yewDir = resolve(repoRoot, 'target/bench/floor-dist');
  const out = {};
  for (const [name, root] of [['blank_page', blankDir], ['yew_app', yewDir]]) {
    const server = await startServer({ root, deployed: true });
    try {
      // The first visit of a fresh browser is left out, as for Quotemark.
      const visits = (await firstVisits(browser, server, RUNS * 2 + 1)).slice(1);
      out[name] = { first_visit_ms: medians(visits), payload: name === 'yew_app' ? payload(yewDir) : null };
    } finally {
      await server.close();
    }
  }
  return out;
}

// ---- inputs ----------------------------------------------------------------------------
const long = longInputs(longDir);

// ---- Quotemark -------------------------------------------------------------------------
async function quotemarkRun(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: process.env.BENCH_SW === '0' ? 'block' : 'allow' });
  await context.addInitScript(TIMER);
  const page = await context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.addInitScript(() => {
    addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail.wasm; });
  });
  await page.addInitScript(reportShown);
  // Shown and annotatable: the later of the first screen's mark (or, where there is none, the
  // App's ready mark) and the first contentful paint.
  const shownAt = () => page.waitForFunction(() => {
    const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
    const [ready, paint] = [at('quotemark:first-screen') ?? at('quotemark:ready'), at('first-contentful-paint')];
    return ready !== undefined && paint !== undefined && Math.max(ready, paint);
  }).then((shown) => shown.jsonValue());
  // The first page of a freshly started browser also starts its renderer and font machinery
  // (about 60 ms of layout more in a trace), which a reader's running browser has done
  // already: it is kept apart, and the figure is the median of the visits after it.
  const [browserStart, ...colds] = await firstVisits(browser, server, RUNS + 1);
  const bundledColds = colds.map((v) => v.shown);
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:ready').length > 0);
  // Reloads find the app's hashed files in the browser's cache, and its compiled wasm in the
  // code cache, as a returning reader's visit does.
  const bundledWarm = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('quotemark:ready').length > 0);
    bundledWarm.push(await shownAt());
  }
  // The same reloads, waited for by the page's own report (nothing injected while it loads).
  const bundledWarmQuiet = [];
  for (let i = 0; i < RUNS; i++) bundledWarmQuiet.push(await reloadShown(page));

  // The long article and its 5,000 annotations go in through the app's own Open and Import.
  await openLongArticle(page, long);

  const firstRenders = [];
  const opens = [];
  const completes = [];
  const loading = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction(() => performance.getEntriesByName('quotemark:article-complete').length > 0, null, { timeout: 120000 });
    firstRenders.push(await shownAt());
    // Of it, reading and parsing the stored library and record (`Workspace::open`).
    opens.push(await page.evaluate(() => performance.getEntriesByName('quotemark:open')[0].duration));
    completes.push(await page.evaluate(() => performance.getEntriesByName('quotemark:article-complete')[0].startTime));
    // Long tasks from the navigation until every block is in (the first render included).
    loading.push(await page.evaluate(() => {
      const end = performance.getEntriesByName('quotemark:article-complete')[0].startTime;
      const own = window.__longTaskEntries.filter((t) => t.startTime <= end);
      return { count: own.length, longest: Math.max(0, ...own.map((t) => t.duration)) };
    }));
  }
  // The same reloads, waited for by the page's own report; every block is in before the next.
  const firstRendersQuiet = [];
  for (let i = 0; i < RUNS; i++) {
    firstRendersQuiet.push(await reloadShown(page));
    await page.waitForFunction(() => performance.getEntriesByName('quotemark:article-complete').length > 0, null, { timeout: 120000 });
  }
  const marks = await page.locator('mark[data-annotation-id]').count();
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:detect').length > 0, null, { timeout: 120000 });
  const detect = await page.evaluate(() => performance.getEntriesByName('quotemark:detect')[0].duration);

  // Add one highlight until painted, 20 times, each in another paragraph; then undo each.
  const adds = [];
  const undos = [];
  for (let i = 0; i < ADDS; i++) {
    if (!(await selectIn(page, i))) continue;
    await page.locator('.selection-popover').waitFor();
    adds.push(await timeKey(page, +1, '2'));
  }
  for (let i = 0; i < adds.length; i++) {
    undos.push(await timeKey(page, -1, 'z', true));
  }
  // Autosave after exactly one change: the edits above are saved first, then one highlight
  // is added and its save timed. Three times.
  const saves = [];
  for (let i = 0; i < 3; i++) {
    await page.waitForTimeout(800);
    saves.push(await timeAutosave(page, i));
  }

  // Scroll from top to bottom, one screen a frame, counting long tasks.
  const scroll = await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await new Promise((r) => setTimeout(r, 300));
    const before = window.__longTasks.length;
    // Workspace actions dispatched while scrolling (each is a `quotemark:action` mark).
    const actions = () => performance.getEntriesByName('quotemark:action').length;
    const actionsBefore = actions();
    const started = performance.now();
    while (window.scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
      window.scrollBy(0, innerHeight * 0.9);
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    const tasks = window.__longTasks.slice(before);
    return { ms: performance.now() - started, long_tasks: tasks.length, longest: Math.max(0, ...tasks), actions: actions() - actionsBefore };
  });
  const memory = await page.evaluate(() => ({
    js_heap: performance.memory?.usedJSHeapSize ?? null,
    wasm: window.__wasm?.memory?.buffer.byteLength ?? null,
    elements: document.getElementsByTagName('*').length,
  }));
  await context.close();
  return { bundled_ready_ms: { cold: median(bundledColds), colds: bundledColds, first_visit: medians(colds), browser_start: browserStart.shown, warm: median(bundledWarm), warms: bundledWarm, warm_quiet: median(bundledWarmQuiet), warms_quiet: bundledWarmQuiet }, long: { first_render_ms: median(firstRenders), first_renders: firstRenders, first_render_quiet_ms: median(firstRendersQuiet), first_renders_quiet: firstRendersQuiet, open_ms: median(opens), opens, complete_ms: median(completes), loading_long_tasks: loading, marks, detect_ms: detect, add_ms: median(adds), adds: adds.length, undo_ms: median(undos), autosave_ms: median(saves), scroll, memory } };
}

// ---- the peer --------------------------------------------------------------------------
async function peerRun(browser, server) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const readies = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${server.url}index.html`);
    await page.waitForFunction(() => window.peer?.ready !== null && window.peer?.ready !== undefined, null, { timeout: 120000 });
    readies.push(await page.evaluate(() => window.peer.ready));
  }
  const adds = [];
  const extra = JSON.parse(readFileSync(resolve(peerDir, 'extra.json'), 'utf8'));
  for (const a of extra.slice(0, ADDS)) {
    adds.push(await page.evaluate((x) => window.peer.addOne(x), a));
  }
  const memory = await page.evaluate(() => ({ js_heap: performance.memory?.usedJSHeapSize ?? null, elements: document.getElementsByTagName('*').length }));
  await context.close();
  return { first_render_ms: median(readies), first_renders: readies, add_ms: median(adds), memory };
}

// ---- run -------------------------------------------------------------------------------
const browser = await launch();
// Served as the README's Deploying section advises: hashed files cached for good, the rest
// revalidated.
const app = await startServer({ root: distDir, deployed: true });
const peer = await startServer({ root: peerDir, deployed: true });
try {
  const floors = await floorRuns(browser);
  const ours = await quotemarkRun(browser, app);
  // BENCH_PEER=0 skips the peer, for a quick look at Quotemark alone; its columns read NaN.
  const theirs = process.env.BENCH_PEER === '0'
    ? { first_render_ms: NaN, add_ms: NaN, memory: {} }
    : await peerRun(browser, peer);
  const result = { date: new Date().toISOString(), payload: payload(distDir, await fetchedBeforeMark(browser, app)), quotemark: ours, text_annotator: theirs, floors };
  mkdirSync(resolve(repoRoot, 'target/bench'), { recursive: true });
  writeFileSync(resolve(repoRoot, 'target/bench/app.json'), JSON.stringify(result, null, 2));
  const p = result.payload;
  const kb = (b) => `${round(b / 1024)} KB`;
  const q = ours.long;
  const rows = [
    ['payload: page / wasm / js / css (gzip)', `${kb(p.html.gzip)} / ${kb(p.wasm.gzip)} / ${kb(p.js.gzip)} / ${kb(p.css.gzip)} = ${kb(p.total_gzip)} (raw ${kb(p.html.raw + p.wasm.raw + p.js.raw + p.css.raw)})`, '', '≤ 120 KB'],
    ['loaded on first use (the app\'s parts, the detection worker, Readability, PouchDB)', p.later ? `${kb(p.later.gzip)} (raw ${kb(p.later.raw)})` : 'none', '', ''],
    ['bundled article shown and annotatable after navigation: first visit / reload (median of ' + RUNS + ')', `${round(ours.bundled_ready_ms.cold)} ms / ${round(ours.bundled_ready_ms.warm)} ms (a freshly started browser's first page: ${round(ours.bundled_ready_ms.browser_start)} ms; reload waited for by the page's report, nothing injected: ${round(ours.bundled_ready_ms.warm_quiet)} ms)`, '', '≤ 100 ms'],
    ...[['Quotemark', ours.bundled_ready_ms.first_visit, RUNS], ['the smallest Yew app (' + kb(floors.yew_app.payload.total_gzip) + ')', floors.yew_app.first_visit_ms, RUNS * 2], ['a blank page (one paragraph)', floors.blank_page.first_visit_ms, RUNS * 2]].map(([who, v, n]) => [
      `… first visit of ${who}, medians of ${n}: wasm arrived / main run / annotatable / first paint / both / the App ready`,
      [v.wasm, v.started, v.ready, v.paint, v.shown, who === 'Quotemark' ? v.app : null].map((x) => (x === null ? '–' : `${round(x)} ms`)).join(' / '), '', '']),
    ['long article first render: first screen shown and annotatable (median of ' + RUNS + '; waited for by the page\'s report, nothing injected: ' + `${round(q.first_render_quiet_ms)} ms)`, `${round(q.first_render_ms)} ms`, `${round(theirs.first_render_ms)} ms (all painted)`, `≤ 300 ms and ≤ ½ peer (ratio ${round(q.first_render_ms / theirs.first_render_ms, 2)})`],
    ['… of which reading the stored library and record (`quotemark:open`)', `${round(q.open_ms)} ms`, '', ''],
    ['long article: every block and highlight in the page', `${round(q.complete_ms)} ms`, '', `(ratio to peer ${round(q.complete_ms / theirs.first_render_ms, 2)})`],
    ['long article loading: long tasks over 50 ms until every block is in (longest), last load', `${q.loading_long_tasks.at(-1).count} (${round(q.loading_long_tasks.at(-1).longest)} ms)`, '', ''],
    ['add one highlight until painted (median of ' + q.adds + ')', `${round(q.add_ms)} ms`, `${round(theirs.add_ms)} ms`, `≤ 16 ms (ratio ${round(q.add_ms / theirs.add_ms, 2)})`],
    ['undo until painted (median)', `${round(q.undo_ms)} ms`, '', ''],
    ['scroll top to bottom: long tasks over 50 ms (longest); actions dispatched', `${q.scroll.long_tasks} (${round(q.scroll.longest)} ms); ${q.scroll.actions}`, '', '0'],
    ['autosave after one change, 5,000 stored (median of 3)', `${round(q.autosave_ms, 2)} ms`, '', '≤ 5 ms'],
    ['detection on the long article (in slices)', `${round(q.detect_ms)} ms`, '', ''],
    ['memory: JS heap + wasm', `${kb(q.memory.js_heap)} + ${kb(q.memory.wasm)}; ${q.memory.elements} elements`, `${kb(theirs.memory.js_heap)}; ${theirs.memory.elements} elements`, ''],
  ];
  console.log(`| measure | Quotemark | text-annotator 4.1.1 | budget |\n| --- | --- | --- | --- |`);
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
} finally {
  await app.close();
  await peer.close();
  await browser.close();
}
