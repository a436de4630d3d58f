// What the app benchmark (app.mjs), the comparison of two builds (compare.mjs), the first frame
// (first-frame.mjs) and the trace of adding highlights (trace-adds.mjs) share: the long article
// as a Quotemark export, opening it through the app's own Open and Import, selecting words in
// the nth of 22 paragraphs, the timer of adding or undoing until painted, and the page's own
// report of when it was shown, with the reload it times.
import { readFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';

/** The long article of `longDir` (from ../shared/tools/longdoc.mjs) and its annotations as a
 * Quotemark JSON export. */
export function longInputs(longDir) {
  const text = readFileSync(resolve(longDir, 'article.txt'), 'utf8');
  const annotations = JSON.parse(readFileSync(resolve(longDir, 'annotations.json'), 'utf8'));
  const points = [...text];
  const uuid = () => {
    const b = randomBytes(16);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    const h = b.toString('hex');
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };
  const now = new Date().toISOString();
  const quotemarkExport = JSON.stringify({
    format: 'quotemark',
    version: 1,
    exported: now,
    document: { id: `sha256:${createHash('sha256').update(text).digest('hex')}`, title: text.split('\n')[0], source: null, length: points.length },
    annotations: annotations.map((a) => ({
      id: uuid(), kind: a.kind, start: a.start, end: a.end, exact: points.slice(a.start, a.end).join(''),
      note: '', tags: [], speaker: null, cue: null, quote_type: a.kind === 'quote' ? 'direct' : null,
      attributed_to: null, origin: 'user', created: now, modified: now,
    })),
  });
  return { text, annotations, quotemarkExport };
}

/** Opens the long article and imports its 5,000 annotations through the app's own dialogs,
 * and waits for the first save. */
export async function openLongArticle(page, { text, quotemarkExport }) {
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.locator('h1.headline', { hasText: 'Long-form reader benchmark' }).waitFor();
  await page.getByRole('button', { name: 'Import' }).first().waitFor();
  await page.locator('input[type=file][accept*=json]').setInputFiles({ name: 'long.quotemark.json', mimeType: 'application/json', buffer: Buffer.from(quotemarkExport) });
  await page.getByRole('status').filter({ hasText: /Imported 5000 annotations/ }).waitFor({ timeout: 120000 });
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:save').length > 0, null, { timeout: 60000 });
}

/** Selects the first 12 characters of the nth of 22 paragraphs spread over the article, after
 * scrolling it to the middle of the window. False when it has no text to select. */
export const selectIn = (page, n) => page.evaluate((n) => {
  const paragraphs = [...document.querySelectorAll('article p.paragraph')];
  const p = paragraphs[Math.floor((n + 1) * paragraphs.length / 22)];
  const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
  let node = null;
  while (walker.nextNode()) if (walker.currentNode.data.trim().length > 20) { node = walker.currentNode; break; }
  if (!node) return false;
  p.scrollIntoView({ block: 'center' });
  const range = document.createRange();
  const from = node.data.search(/\S/);
  range.setStart(node, from);
  range.setEnd(node, from + 12);
  getSelection().removeAllRanges();
  getSelection().addRange(range);
  return true;
}, n);

// Installed in every Quotemark page: runs `act`, then resolves with the milliseconds until
// a mark of an annotation not in the page before appeared (delta +1) or the last mark of one
// went away (delta -1), and a frame was painted. The marks are listed before the clock starts;
// while it runs only the changed nodes are looked at, so that measuring costs next to nothing
// (counting all ~12,000 marks on each change added about 7 ms to every figure). User Timing
// marks `timer-start` and `timer-end` bound each interval, for traces.
export const TIMER = `
window.timeUntilMarks = (delta, act) => new Promise((resolve, reject) => {
  const article = document.querySelector('article');
  const selector = 'mark[data-annotation-id]';
  const before = new Set([...article.querySelectorAll(selector)].map((m) => m.dataset.annotationId));
  const marksIn = (node) => node.nodeType !== 1 ? [] : [...(node.matches(selector) ? [node] : []), ...node.querySelectorAll(selector)];
  const gone = (id) => id && !article.querySelector('mark[data-annotation-id="' + CSS.escape(id) + '"]');
  const changed = (record) => {
    if (record.type === 'attributes') {
      return delta > 0 ? !before.has(record.target.dataset.annotationId) : gone(record.oldValue);
    }
    return delta > 0
      ? [...record.addedNodes].flatMap(marksIn).some((m) => !before.has(m.dataset.annotationId))
      : [...record.removedNodes].flatMap(marksIn).some((m) => gone(m.dataset.annotationId));
  };
  performance.mark('timer-start');
  const start = performance.now();
  const done = () => requestAnimationFrame(() => { performance.mark('timer-end'); resolve(performance.now() - start); });
  const observer = new MutationObserver((records) => { if (records.some(changed)) { observer.disconnect(); done(); } });
  observer.observe(article, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-annotation-id'], attributeOldValue: true });
  act();
  setTimeout(() => { observer.disconnect(); reject(new Error('no change of ' + delta)); }, 10000);
});`;

/** Presses `key` (with Ctrl when `ctrl`) on the document and times it with `timeUntilMarks`. */
export const timeKey = (page, delta, key, ctrl = false) => page.evaluate(
  ([d, k, c]) => timeUntilMarks(d, () => document.dispatchEvent(new KeyboardEvent('keydown', { key: k, ctrlKey: c, bubbles: true }))),
  [delta, key, ctrl],
);

/** Installed in every Quotemark page before it loads: collects the long tasks (over 50 ms) in
 * `window.__longTasks` (durations) and `window.__longTaskEntries` (start and duration). */
export function recordLongTasks() {
  window.__longTasks = [];
  window.__longTaskEntries = [];
  new PerformanceObserver((list) => {
    window.__longTasks.push(...list.getEntries().map((e) => e.duration));
    window.__longTaskEntries.push(...list.getEntries().map((e) => ({ startTime: e.startTime, duration: e.duration })));
  }).observe({ type: 'longtask', buffered: true });
}

/** Adds one highlight (key `key`) in the nth paragraph and gives how long the next save took:
 * its autosave, if no earlier change was still waiting to be saved. */
export async function timeAutosave(page, n, key = '2') {
  const before = await page.evaluate(() => performance.getEntriesByName('quotemark:save').length);
  await selectIn(page, n);
  await page.locator('.selection-popover').waitFor();
  await page.keyboard.press(key);
  await page.waitForFunction((count) => performance.getEntriesByName('quotemark:save').length > count, before);
  return page.evaluate(() => performance.getEntriesByName('quotemark:save').at(-1).duration);
}

/**
 * An init script: once both are known, logs the first contentful paint and the mark of the
 * page being annotatable (the first screen's, else the App's ready mark; `null` for a page with
 * no script, annotatable or not as it arrives), with the page's time origin, as
 * `bench:shown {"origin":…,"ready":…,"paint":…}`. Waiting for that message adds nothing to the
 * page while it loads, where `waitForFunction` compiles Playwright's script in it (10 to 20 ms
 * on its main thread).
 */
export function reportShown() {
  const seen = {};
  const report = () => {
    if (seen.told || seen.paint === undefined || seen.ready === undefined) return;
    seen.told = true;
    console.log(`bench:shown ${JSON.stringify({ origin: performance.timeOrigin, ready: seen.ready, paint: seen.paint })}`);
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') seen.paint = e.startTime;
    report();
  }).observe({ type: 'paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.name === 'quotemark:first-screen' || (e.name === 'quotemark:ready' && seen.ready === undefined)) seen.ready = e.startTime;
    }
    report();
  }).observe({ type: 'mark', buffered: true });
  addEventListener('DOMContentLoaded', () => {
    if (document.querySelector('script')) return;
    seen.ready = null;
    report();
  });
}

/** Reloads `page` (which runs `reportShown`) and gives the later of its two times. */
export async function reloadShown(page) {
  // A report of the page before the reload may still be on its way.
  const before = await page.evaluate(() => performance.timeOrigin);
  const shown = new Promise((resolve) => {
    const listen = (message) => {
      if (!message.text().startsWith('bench:shown ')) return;
      const { origin, ready, paint } = JSON.parse(message.text().slice('bench:shown '.length));
      if (origin <= before) return;
      page.off('console', listen);
      resolve(Math.max(ready, paint));
    };
    page.on('console', listen);
  });
  await page.reload();
  return shown;
}
