// What a first visit paints first (issue #8): the article, ready to annotate, comes in a frame
// of its own; the side column's lists and the suggestions, which the reader does not need in
// that frame, follow it. Each frame is looked at in a requestAnimationFrame callback, which
// runs just before the frame is painted.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './support/app.mjs';
import { openPage } from './support/browser.mjs';
import { dragSelect, highlighted, textPoints } from './support/select.mjs';

const app = appUnderTest();

test('a first visit paints the article before the side lists and the suggestions', async () => {
  const { page, problems, context } = await openPage(app.browser);
  await context.addInitScript(() => {
    window.__frames = [];
    const look = () => {
      window.__frames.push({
        article: document.querySelectorAll('[data-block]').length,
        lists: document.querySelectorAll('.side-column .panel').length,
        suggestions: document.querySelectorAll('mark[data-suggestion]').length,
      });
      if (window.__frames.length < 600) requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  });
  await page.goto(app.server.url);
  await page.locator('mark[data-suggestion]').first().waitFor();
  await page.locator('.side-column .panel').first().waitFor();
  const frames = await page.evaluate(() => window.__frames);
  const first = frames.findIndex((f) => f.article > 0);
  assert.ok(first >= 0, 'no frame showed the article');
  assert.deepEqual(frames[first].lists, 0, 'the side lists came in the same frame as the article');
  assert.deepEqual(frames[first].suggestions, 0, 'the suggestions came in the same frame as the article');
  // And they do come: the lists (both of them) and the suggestions, in later frames.
  assert.ok(frames.some((f) => f.lists === 2), 'the side lists never came');
  assert.ok(frames.some((f) => f.suggestions > 0), 'no suggestion was ever painted');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a first visit asks for the App only once its first frame has been shown', async () => {
  // Asked for as the first frame was committed, the App's module took the cores from rastering
  // that frame (docs/PERFORMANCE.md, session 25). Whether that showed depended on how long the
  // raster took, so three first visits are looked at.
  for (let visit = 0; visit < 3; visit++) {
    const { page, problems, context } = await openPage(app.browser);
    await page.goto(app.server.url);
    await page.locator('mark[data-suggestion]').first().waitFor();
    const { paint, asked } = await page.evaluate(() => ({
      paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
      asked: performance.getEntriesByType('resource').find((e) => /-app\.wasm$/.test(e.name))?.startTime,
    }));
    assert.ok(paint !== undefined && asked !== undefined, `paint ${paint}, App asked for at ${asked}`);
    assert.ok(asked >= paint, `the App was asked for at ${asked} ms, before the first paint at ${paint} ms`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test("the App's styles are fetched with it, after the first paint, and the App has them", async () => {
  // The first screen's style sheet holds only what it shows (issue #21): the rules of the side
  // lists, the dialogs and the rest come in a sheet of their own, asked for with the App.
  const { page, problems, context } = await openPage(app.browser);
  await page.goto(app.server.url);
  await page.locator('.suggestions-panel[aria-busy=false]').waitFor();
  const { paint, asked, border } = await page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    asked: performance.getEntriesByType('resource').find((e) => /\/app-[0-9a-f]{16}\.css$/.test(e.name))?.startTime,
    border: getComputedStyle(document.querySelector('.side-column .panel')).borderTopStyle,
  }));
  assert.ok(paint !== undefined && asked !== undefined, `paint ${paint}, the App's styles asked for at ${asked}`);
  assert.ok(asked >= paint, `the App's styles were asked for at ${asked} ms, before the first paint at ${paint} ms`);
  assert.equal(border, 'solid', "the App's panels are drawn without the App's styles");
  assert.deepEqual(problems, []);
  await context.close();
});

test("an App whose styles cannot be fetched still comes, and works", async () => {
  const { page, problems, context } = await openPage(app.browser, { serviceWorkers: 'block' });
  await context.route(/\/app-[0-9a-f]{16}\.css$/, (route) => route.abort());
  await page.goto(app.server.url);
  await page.locator('.suggestions-panel[aria-busy=false]').waitFor();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('dialog', { name: 'Library' }).waitFor();
  assert.equal(await page.locator('.start-failed').count(), 0);
  // The refused sheet is all that went wrong: its failed request, and the browser's word on it.
  const refused = (p) => /request failed: .*\/app-[0-9a-f]{16}\.css/.test(p);
  assert.ok(problems.some(refused), 'the sheet was never asked for');
  assert.deepEqual(problems.filter((p) => !refused(p) && p !== 'console: Failed to load resource: net::ERR_FAILED'), []);
  await context.close();
});

test('a page never told of its first paint still gets the App, a few frames late', async () => {
  // A page opened in a background tab may never be given its first contentful paint entry.
  const { page, problems, context } = await openPage(app.browser);
  await context.addInitScript(() => {
    const entriesByName = performance.getEntriesByName.bind(performance);
    performance.getEntriesByName = (name, type) => (name === 'first-contentful-paint' ? [] : entriesByName(name, type));
  });
  await page.goto(app.server.url);
  await page.locator('mark[data-suggestion]').first().waitFor();
  await page.locator('.side-column .panel').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('the App is a part fetched as the page starts, and its dialogs come with it', async () => {
  const { page, problems, context } = await openPage(app.browser);
  const parts = [];
  page.on('request', (request) => {
    const part = new URL(request.url()).pathname.match(/^\/quotemark-[0-9a-f]{16}-([a-z_]+)\.wasm$/)?.[1];
    if (part) parts.push(part);
  });
  await page.goto(app.server.url);
  await page.locator('mark[data-suggestion]').first().waitFor();
  assert.deepEqual(parts, ['app']);

  // Opening a dialog fetches nothing more.
  await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
  const help = page.getByRole('dialog', { name: 'Help' });
  await help.waitFor();
  await help.getByRole('button', { name: 'Close' }).click();
  await help.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Library' }).click();
  await page.getByRole('dialog', { name: 'Library' }).waitFor();
  assert.deepEqual(parts, ['app']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('exporting and importing are a part of their own, fetched on first use, and said when it cannot be', async () => {
  // Without the service worker: installing, it caches every part the page names, this one
  // included, on its own schedule (seen in CI: its fetch came before the first export).
  const { page, problems, context } = await openPage(app.browser, { serviceWorkers: 'block' });
  let refuse = true;
  const asked = [];
  await context.route(/quotemark-[0-9a-f]{16}-interchange\.wasm$/, (route) => {
    asked.push(refuse ? 'refused' : 'fetched');
    return refuse ? route.abort() : route.continue();
  });
  await page.goto(app.server.url);
  await page.locator('mark[data-suggestion]').first().waitFor();
  assert.deepEqual(asked, [], 'the exports were fetched before the reader asked for one');

  const exportJson = async () => {
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menuitem', { name: /Quotemark JSON/ }).click();
  };
  await exportJson();
  await page.getByRole('alert').filter({ hasText: 'the part of Quotemark that reads and writes files could not be loaded' }).waitFor();
  assert.ok(asked.length > 0 && asked.every((a) => a === 'refused'), asked.join());
  const refusals = asked.length;

  // The network back: the next export fetches the part and downloads the file.
  refuse = false;
  const download = page.waitForEvent('download');
  await exportJson();
  assert.match((await download).suggestedFilename(), /\.quotemark\.json$/);
  assert.ok(asked.length > refusals && asked.slice(refusals).every((a) => a === 'fetched'), asked.join());
  const asks = asked.length;
  // Fetched once: an import uses the part already there.
  await page.locator('input[type=file]').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('[1, 2') });
  await page.getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();
  assert.equal(asked.length, asks, 'the part was fetched again');
  // The refused fetch is logged by the browser and by the parts' loader, as expected here;
  // nothing else is.
  assert.deepEqual(problems.filter((p) => !/interchange\.wasm|Failed to load resource|TypeError: Failed to fetch/.test(p)), []);
  await context.close();
});

/** Holds every request for the App's part until `release` is called. */
async function holdTheApp(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route(/\/quotemark-[0-9a-f]{16}-app\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

const marked = (page, name) => page.evaluate((n) => performance.getEntriesByName(n).length > 0, name);

test('a first visit shows the bundled article before the App arrives, and what the reader does there is kept', async () => {
  const { page, problems, context } = await openPage(app.browser);
  const release = await holdTheApp(page);
  await page.goto(app.server.url);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:first-screen').length > 0);
  assert.equal(await marked(page, 'quotemark:ready'), false, 'the App was there before its part was let through');
  assert.equal(await page.locator('link[rel=preload][href$="-app.wasm"]').count(), 0, 'a first visit preloaded the App');
  await page.getByRole('heading', { level: 1, name: 'NATO, Trump agree on dialogue with Russia: Stoltenberg' }).waitFor();

  // Labelled by the popover's button, and by a label's key; asked for the help dialog.
  await dragSelect(page, 'underscored the need');
  await page.locator('.selection-popover').getByRole('button', { name: 'Claim' }).click();
  await dragSelect(page, 'Russian aggression');
  await page.keyboard.press('3');
  const early = await highlighted(page);
  assert.deepEqual(early.map((h) => [h.kind, h.text]), [['claim', 'underscored the need'], ['scare_quote', 'Russian aggression']]);
  // Text being selected when the App arrives: the App waits for the button to be let go, and
  // the text stays selected, waiting for its label.
  const { start, end } = await textPoints(page, 'obsolete');
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const arrived = page.waitForResponse(/-app\.wasm$/);
  release();
  await (await arrived).finished();
  await page.mouse.move(end.x, end.y, { steps: 8 });
  await page.mouse.up();
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:ready').length > 0);
  // The same annotations, under the same ids, now the App's: listed, and saved.
  assert.deepEqual(await highlighted(page), early);
  await page.waitForFunction(() => String(getSelection()) === 'obsolete');
  await page.locator('.selection-popover').getByRole('button', { name: 'Quote', exact: true }).click();
  await page.waitForFunction(() => document.querySelectorAll('mark[data-annotation-id]').length >= 3);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:save').length > 0);
  const kept = (await highlighted(page)).map((h) => `${h.kind} ${h.text}`).sort();
  assert.deepEqual(kept, ['claim underscored the need', 'quote obsolete', 'scare_quote Russian aggression']);

  // A library is stored now: a reload waits for the App, which shows it, with no first screen.
  await page.reload();
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:ready').length > 0);
  assert.equal(await marked(page, 'quotemark:first-screen'), false);
  // The start-up script (scripts/csp-hook.mjs) knows a library is stored by the keys
  // core::workspace::is_first_visit reads, and fetches the App beside the first module.
  assert.equal(await page.locator('link[rel=preload][href$="-app.wasm"]').count(), 1);
  assert.deepEqual((await highlighted(page)).map((h) => h.text).sort(), ['Russian aggression', 'obsolete', 'underscored the need']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an App that cannot be fetched is said in words, and the first screen stays', async () => {
  const { page, problems, context } = await openPage(app.browser, { serviceWorkers: 'block' });
  await page.route(/\/quotemark-[0-9a-f]{16}-app\.wasm$/, (route) => route.abort());
  await page.goto(app.server.url);
  await page.getByRole('alert').filter({ hasText: 'Quotemark could not be loaded' }).waitFor();
  assert.ok(await page.locator('[data-block]').count() > 5, 'the bundled article went away');
  assert.equal(await marked(page, 'quotemark:ready'), false);
  assert.deepEqual(problems.filter((p) => !/app\.wasm|Failed to load resource|TypeError: Failed to fetch/.test(p)), []);
  await context.close();
});

test('a tool asked for on the first screen opens when the App arrives', async () => {
  const { page, problems, context } = await openPage(app.browser);
  const release = await holdTheApp(page);
  await page.goto(app.server.url);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:first-screen').length > 0);
  await page.getByRole('button', { name: 'Library' }).click();
  assert.equal(await page.getByRole('dialog').count(), 0);
  release();
  await page.getByRole('dialog', { name: 'Library' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
