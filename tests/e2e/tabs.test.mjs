// Two tabs on the same library: a change in one appears in the other, and concurrent edits to
// the same document never lose an annotation, even when the two tabs save at the same moment.
//
// The races are forced, not hoped for: tab A is stopped in the middle of its save, just before
// it switches the library's index to what it wrote (a synchronous request the test server
// answers only when the test says so), while tab B saves or is hidden.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, untilSuggested } from './support/app.mjs';
import { dragSelect, highlighted } from './support/select.mjs';

const app = appUnderTest();

const texts = async (page) => (await highlighted(page)).map((h) => h.text).sort();
const measures = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).length, name);
const waitForMeasure = (page, name, count) =>
  page.waitForFunction(([n, c]) => performance.getEntriesByName(n).length > c, [name, count]);
const waitForMarks = (page, n) =>
  page.waitForFunction((n) => new Set([...document.querySelectorAll('mark[data-annotation-id]')].map((m) => m.dataset.annotationId)).size === n, n);

/** Two pages of one browser context: they share localStorage and locks, as tabs of a profile. */
async function twoTabs() {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  // In every page: the next write of the library's index, once armed, first waits for the
  // test to release `/__hold/commit`.
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === 'quotemark:library' && window.__holdNextCommit) {
        window.__holdNextCommit = false;
        const request = new XMLHttpRequest();
        request.open('GET', '/__hold/commit', false);
        request.send();
      }
      return setItem.call(this, key, value);
    };
  });
  const problems = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(app.server.url);
    // The App's suggestions in, so that no mark goes in under a drag: the first screen shows
    // the article before the App (and detection) are there.
    await untilSuggested(page);
    return page;
  };
  return { context, problems, open };
}

/**
 * Two tabs on the article with a scare quote saved; then tab A labels "obsolete" and its save
 * stops just before it switches the index to what it wrote, until `/__hold/commit` is released.
 */
async function withASaveStopped(open) {
  const a = await open();
  const b = await open();
  await labelAndSave(a, 'Russian aggression', '3');
  await b.locator('mark[data-kind=scare_quote]').waitFor();
  await a.evaluate(() => { window.__holdNextCommit = true; });
  await dragSelect(a, 'obsolete');
  await a.keyboard.press('2');
  await app.server.held('commit');
  return { a, b };
}

/** Labels `needle` with `key` in `page` and waits until that change is saved. */
async function labelAndSave(page, needle, key) {
  const saved = await measures(page, 'quotemark:save');
  await dragSelect(page, needle);
  await page.keyboard.press(key);
  await waitForMeasure(page, 'quotemark:save', saved);
}

test('an annotation made in one tab appears in the other, and concurrent edits both survive', async () => {
  const { context, problems, open } = await twoTabs();
  const first = await open();
  const second = await open();

  await dragSelect(first, 'Russian aggression');
  await first.keyboard.press('3');
  await second.locator('mark[data-kind=scare_quote]').waitFor();
  assert.deepEqual(await texts(second), ['Russian aggression']);

  // Both tabs add an annotation before either has seen the other's.
  await dragSelect(first, 'obsolete');
  await first.keyboard.press('2');
  await dragSelect(second, 'Vladimir Putin');
  await second.keyboard.press('1');
  const all = ['Russian aggression', 'Vladimir Putin', 'obsolete'];
  for (const page of [first, second]) {
    await waitForMarks(page, all.length);
    assert.deepEqual(await texts(page), all);
  }
  // And storage holds all three.
  const reloaded = await open();
  await waitForMarks(reloaded, 3);
  assert.deepEqual(await texts(reloaded), all);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tab that saves while another is in the middle of saving the same article waits its turn', async () => {
  const { context, problems, open } = await twoTabs();
  const { a, b } = await withASaveStopped(open);

  // B changes the same article and asks to save while A is stopped.
  const bSaves = await measures(b, 'quotemark:save');
  const bRequests = await measures(b, 'quotemark:save-requested');
  await dragSelect(b, 'Vladimir Putin');
  await b.keyboard.press('1');
  await b.waitForFunction((n) => performance.getEntriesByName('quotemark:save-requested').length > n, bRequests);
  // A save without turns runs in the task that asked for it; B's is still waiting for A's.
  assert.equal(await measures(b, 'quotemark:save'), bSaves, 'B did not save inside A\'s save');

  app.server.release('commit');
  await waitForMeasure(b, 'quotemark:save', bSaves);
  const all = ['Russian aggression', 'Vladimir Putin', 'obsolete'];
  for (const page of [a, b]) {
    await waitForMarks(page, all.length);
    assert.deepEqual(await texts(page), all);
  }
  const reloaded = await open();
  await waitForMarks(reloaded, 3);
  assert.deepEqual(await texts(reloaded), all);
  assert.deepEqual(await reloaded.getByRole('alert').allTextContents(), [], 'the stored record reads whole');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a tab hidden and closed in the middle of another tab\'s save leaves its work to be taken in', async () => {
  const { context, problems, open } = await twoTabs();
  const { a, b } = await withASaveStopped(open);

  // B changes the article, then is hidden and closed before its save's turn comes: the save
  // of a page going away cannot wait.
  const journals = await measures(b, 'quotemark:journal');
  await dragSelect(b, 'Vladimir Putin');
  await b.keyboard.press('1');
  await b.evaluate(() => {
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await waitForMeasure(b, 'quotemark:journal', journals);
  await b.close();

  app.server.release('commit');
  const all = ['Russian aggression', 'Vladimir Putin', 'obsolete'];
  await waitForMarks(a, all.length);
  assert.deepEqual(await texts(a), all);
  const reloaded = await open();
  await waitForMarks(reloaded, 3);
  assert.deepEqual(await texts(reloaded), all);
  assert.deepEqual(await reloaded.getByRole('alert').allTextContents(), [], 'the stored record reads whole');
  assert.equal(
    await reloaded.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('quotemark:unsaved:')).length),
    0,
    'the journal was taken in and removed',
  );
  assert.deepEqual(problems, []);
  await context.close();
});

test('text selected in one tab stays selected while another tab\'s annotation is drawn in the same paragraph', async () => {
  const { context, problems, open } = await twoTabs();
  const a = await open();
  const b = await open();
  for (const page of [a, b]) await untilSuggested(page);

  await dragSelect(a, 'many NATO member states');
  await labelAndSave(b, 'tremendous funds', '1');
  // A redraws the paragraph's text under its reader's selection.
  await a.waitForFunction(() => [...document.querySelectorAll('mark[data-annotation-id]')].some((m) => m.textContent === 'tremendous funds'));
  assert.equal(await a.evaluate(() => String(getSelection())), 'many NATO member states');

  await a.keyboard.press('2');
  await waitForMarks(a, 2);
  assert.deepEqual(await texts(a), ['many NATO member states', 'tremendous funds']);
  assert.deepEqual(problems, []);
  await context.close();
});
