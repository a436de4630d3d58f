// Suggestions on the bundled article: drawn apart from annotations and listed; accepted (as
// is, edited, or all of a kind) they become annotations with origin "suggested"; rejected
// ones stay rejected after a reload; a switch hides them; a long article shows progress.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, untilSuggested } from './support/app.mjs';
import { openPage, screenshot } from './support/browser.mjs';
import { highlighted } from './support/select.mjs';

const app = appUnderTest();

/** The suggestion entry whose excerpt holds `text`. */
const entry = (page, text) => page.locator('.suggestion-item').filter({ has: page.locator('.excerpt', { hasText: text }) });

/** The record the library saved for the open document, with its annotations read from their parts. */
async function savedAnnotations(page) {
  return page.evaluate(() => {
    const index = JSON.parse(localStorage.getItem('quotemark:library'));
    const entry = index.documents.find((d) => d.bundled);
    // A stored record is a manifest naming the parts that hold its annotations.
    const manifest = JSON.parse(localStorage.getItem(`quotemark:doc:${entry.id}:${entry.generation}`));
    const annotations = manifest.annotations.flatMap((key) => JSON.parse(localStorage.getItem(key)));
    return { ...manifest, annotations };
  });
}

test('the bundled article offers its quotes, speakers and scare quote; accept, edit, reject', async () => {
  const { page, problems, context } = await app.freshPage();
  await page.locator('.suggestion-item').first().waitFor();

  // Drawn apart: a dashed outline, no annotation attributes.
  const aggression = page.locator('mark[data-suggestion][data-suggestion-kind=scare_quote]');
  assert.equal(await aggression.textContent(), '“Russian aggression”');
  assert.equal(await aggression.evaluate((m) => getComputedStyle(m).outlineStyle), 'dashed');
  assert.equal(await page.locator('mark[data-annotation-id]').count(), 0);
  assert.match(await entry(page, 'They all conveyed').locator('.who').textContent(), /Jens Stoltenberg \(noting\)/);
  assert.match(await entry(page, 'from a position of strength').locator('.who').textContent(), /Stoltenberg/);
  assert.match(await entry(page, 'obsolete').locator('.who').textContent(), /Donald Trump/);
  assert.match(await entry(page, 'Russian aggression').locator('.who').textContent(), /Washington/);
  await screenshot(page, 'suggestions');

  // Accept as is.
  await entry(page, 'Russian aggression').getByRole('button', { name: /^Accept/ }).click();
  await page.locator('mark[data-kind=scare_quote]').waitFor();
  assert.equal(await entry(page, 'Russian aggression').count(), 0, 'an accepted suggestion leaves the list');
  assert.match(await page.locator('.annotation-item.scare_quote .who').textContent(), /Washington/);

  // Edit, then accept.
  const obsolete = entry(page, 'obsolete');
  await obsolete.getByRole('button', { name: /^Edit/ }).click();
  await obsolete.getByLabel('Speaker').fill('Donald J. Trump');
  await obsolete.getByLabel('Speaker').press('Tab');
  await obsolete.getByRole('button', { name: /^Accept/ }).click();
  await page.locator('.annotation-item.quote .who', { hasText: 'Donald J. Trump' }).waitFor();

  // Reject, and it stays rejected after a reload.
  const saves = await saveCount(page);
  await entry(page, 'a more assertive').getByRole('button', { name: /^Reject/ }).click();
  assert.equal(await entry(page, 'a more assertive').count(), 0);
  await nextSave(page, saves);
  await page.reload();
  await page.locator('.suggestion-item').first().waitFor();
  assert.equal(await entry(page, 'a more assertive').count(), 0, 'rejected is remembered');
  assert.equal(await entry(page, 'They all conveyed').count(), 1);
  const record = await savedAnnotations(page);
  assert.equal(record.rejected.length, 1);
  const origins = record.annotations.map((a) => [a.kind, a.origin, a.speaker ?? a.attributed_to]);
  assert.deepEqual(origins.sort(), [
    ['quote', 'suggested', 'Donald J. Trump'],
    ['scare_quote', 'suggested', 'Washington'],
  ]);

  // Accept every quote at once: one change, undone by one Undo.
  const quotesBefore = (await highlighted(page)).filter((h) => h.kind === 'quote').length;
  const acceptAll = page.getByRole('button', { name: /^Accept all \d+ quotes?$/ });
  const offered = Number((await acceptAll.textContent()).match(/\d+/)[0]);
  const savesBefore = await saveCount(page);
  await acceptAll.click();
  await page.waitForFunction(
    (n) => new Set([...document.querySelectorAll('mark[data-kind=quote]')].map((m) => m.dataset.annotationId)).size === n,
    quotesBefore + offered,
  );
  await nextSave(page, savesBefore);
  const stoltenberg = (await savedAnnotations(page)).annotations.filter((a) => a.kind === 'quote' && /Stoltenberg/.test(a.speaker ?? ''));
  assert.ok(stoltenberg.length >= 3, 'both full quotes and the partial one are Stoltenberg’s');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.waitForFunction((n) => new Set([...document.querySelectorAll('mark[data-kind=quote]')].map((m) => m.dataset.annotationId)).size === n, quotesBefore);

  // The switch hides suggestions, in the article and the list.
  await page.getByLabel('Show suggestions').uncheck();
  assert.equal(await page.locator('mark[data-suggestion]').count(), 0);
  assert.equal(await page.locator('.suggestion-item').count(), 0);
  await page.getByLabel('Show suggestions').check();
  await page.locator('mark[data-suggestion]').first().waitFor();

  // A rejected suggestion can be offered again.
  await page.getByRole('button', { name: 'Offer 1 rejected again' }).click();
  await entry(page, 'a more assertive').waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test('each suggestion says why and how sure the rules are; the list, the article and "accept all" can keep to the sure ones', async () => {
  const { page, problems, context } = await app.freshPage();
  await page.locator('.suggestions-panel[aria-busy=false]').waitFor();
  await page.locator('.suggestion-item').first().waitFor();
  assert.match(await entry(page, 'They all conveyed').locator('.suggestion-reason').textContent(), /^sure · cue “noting” → .*Stoltenberg$/);
  assert.equal(await entry(page, 'Russian aggression').locator('.suggestion-reason').textContent(), 'sure · “calls …”: Washington’s framing');
  const all = await page.locator('.suggestion-item').count();
  const sure = (await page.locator('.suggestion-item .confidence').allTextContents()).filter((c) => c.trim() === 'sure').length;
  assert.ok(sure > 0 && sure < all, `${sure} sure of ${all}`);
  const sureQuotes = await page.locator('.suggestion-item.quote').evaluateAll((items) => items.filter((i) => i.querySelector('.confidence').textContent.trim() === 'sure').length);
  await page.getByLabel('List', { exact: true }).selectOption({ label: 'sure ones only' });
  await page.waitForFunction((n) => document.querySelectorAll('.suggestion-item').length === n, sure);
  // The article draws only the sure ones too.
  await page.waitForFunction(() => document.querySelectorAll('mark[data-suggestion][data-suggestion-kind=claim]').length === 0);
  await screenshot(page, 'suggestions-sure-only');
  // Claims are never sure (a sentence is a guess): none is listed, and none is accepted with
  // "Accept all"; the sure quotes are.
  assert.equal(await page.locator('.suggestion-item.claim').count(), 0);
  assert.equal(await page.getByRole('button', { name: /^Accept all \d+ claims?$/ }).count(), 0);
  const acceptAll = page.getByRole('button', { name: /^Accept all \d+ quotes?$/ });
  assert.equal(Number((await acceptAll.textContent()).match(/\d+/)[0]), sureQuotes);
  await acceptAll.click();
  await page.waitForFunction((n) => new Set([...document.querySelectorAll('mark[data-kind=quote]')].map((m) => m.dataset.annotationId)).size === n, sureQuotes);
  assert.equal(await page.locator('mark[data-kind=claim]').count(), 0);
  // Every suggestion again: the claims are still on offer.
  await page.getByLabel('List', { exact: true }).selectOption({ label: 'every suggestion' });
  await page.locator('.suggestion-item.claim').first().waitFor();
  await page.locator('mark[data-suggestion][data-suggestion-kind=claim]').first().waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** How many saves the page has made (each is a `quotemark:save` measure). */
const saveCount = (page) => page.evaluate(() => performance.getEntriesByName('quotemark:save').length);

/** Waits until the page has made a save after the `before`th. */
const nextSave = (page, before) =>
  page.waitForFunction((n) => performance.getEntriesByName('quotemark:save').length > n, before);

test('a long article shows detection progress, then its suggestions', async () => {
  const { page, problems, context } = await app.freshPage();
  const paragraph = (i) =>
    `Minister Karl Berg${i} spoke on day ${i}. “We will open ${i} new schools this year,” he said, adding that the plan was “affordable.”`;
  const text = ['Schools Plan Announced', ...Array.from({ length: 4000 }, (_, i) => paragraph(i))].join('\n\n');
  await page.getByRole('button', { name: 'Open article' }).click();
  await page
    .getByLabel(/Open a .txt, .md or .html file/)
    .setInputFiles({ name: 'schools.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
  await page.locator('h1.headline', { hasText: 'Schools Plan Announced' }).waitFor();
  await page.locator('.detection-progress').waitFor();
  await page.locator('.detection-progress').waitFor({ state: 'detached', timeout: 60000 });
  const count = Number(await page.locator('.suggestions-panel .panel-title .count').textContent());
  assert.ok(count >= 8000, `every paragraph gives a quote and a scare quote (${count})`);
  assert.match(await entry(page, 'We will open 1 new schools').locator('.who').textContent(), /Karl Berg1\b/);
  // The list grows by pages; the article draws every suggestion.
  assert.equal(await page.locator('.suggestion-item').count(), 50);
  await page.getByRole('button', { name: /^Show 50 more of \d+$/ }).click();
  assert.equal(await page.locator('.suggestion-item').count(), 100);
  await page.locator('mark[data-suggestion]', { hasText: 'We will open 3999 new schools' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

/** Pastes "Many quotes", an article of 130 quotations (more than a page of suggestions). */
async function openManyQuotes(page) {
  const quotes = Array.from({ length: 130 }, (_, i) => `The minister said: “Point number ${i + 1} stands.”`);
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Paste the article/).fill(['Many quotes', ...quotes].join('\n\n'));
  await page.getByRole('button', { name: 'Open pasted text' }).click();
  await page.locator('h1.headline', { hasText: 'Many quotes' }).waitFor();
}

test('each article\'s suggestion list starts at its first page, whatever was shown of another', async () => {
  const { page, problems, context } = await app.freshPage();
  await openManyQuotes(page);
  const more = page.getByRole('button', { name: /^Show \d+ more of/ });
  await more.waitFor({ timeout: 20000 });
  assert.equal(await page.locator('.suggestion-item').count(), 50);
  await more.click();
  await page.waitForFunction(() => document.querySelectorAll('.suggestion-item').length > 50);

  // Another article, then back: the list is at its first page again.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.locator('.library-entry', { hasText: 'NATO' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'NATO, Trump' }).waitFor();
  if (!(await page.getByRole('dialog', { name: 'Library' }).isVisible())) await page.getByRole('button', { name: 'Library' }).click();
  await page.locator('.library-entry', { hasText: 'Many quotes' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'Many quotes' }).waitFor();
  if (await page.getByRole('dialog', { name: 'Library' }).isVisible()) await page.keyboard.press('Escape');
  await more.waitFor({ timeout: 20000 });
  assert.equal(await page.locator('.suggestion-item').count(), 50);
  assert.deepEqual(problems, []);
  await context.close();
});

test('clicking a suggestion in the article lists it even past the first page, in view, its Accept focused', async () => {
  const { page, problems, context } = await app.freshPage();
  await openManyQuotes(page);
  await page.getByRole('button', { name: /^Show \d+ more of/ }).waitFor({ timeout: 20000 });
  const late = page.locator('.suggestion-item', { hasText: 'Point number 125 stands' });
  assert.equal(await late.count(), 0, 'past the first page before the click');

  await page.locator('mark[data-suggestion]', { hasText: 'Point number 125 stands' }).first().click();
  await late.waitFor();
  await page.locator('.suggestions-panel .list-gap').waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.suggestion-item')?.textContent.includes('Point number 125 stands'));
  const inView = await late.evaluate((item) => {
    const column = item.closest('.side-column').getBoundingClientRect();
    const box = item.getBoundingClientRect();
    return box.top >= column.top - 1 && box.top < column.bottom;
  });
  assert.ok(inView, 'the entry is in view in the side column');
  assert.equal(await page.locator('.suggestion-item').count(), 51, 'the first page and the clicked one');
  assert.deepEqual(problems, []);
  await context.close();
});

test('detection runs in a worker of its own, and on the page when the worker cannot start', async () => {
  const { page, context } = await openPage(app.browser);
  try {
    const worker = page.waitForEvent('worker');
    await page.goto(app.server.url);
    assert.match((await worker).url(), /detect-worker-start-[0-9a-f]{16}\.js$/);
    await untilSuggested(page);
    assert.ok((await page.locator('.suggestion-item').count()) > 0, 'suggestions from the worker');
  } finally {
    await context.close();
  }
  // The worker's module refused: the page detects the same suggestions itself, with the rules
  // fetched then as a part of the app's module (issue #21).
  const refused = await openPage(app.browser);
  try {
    await refused.context.route(/detect-worker-[0-9a-f]{16}_bg\.wasm$/, (route) => route.abort());
    const detector = refused.page.waitForRequest(/quotemark-[0-9a-f]{16}-detector\.wasm$/);
    await refused.page.goto(app.server.url);
    await detector;
    await untilSuggested(refused.page);
    assert.ok((await refused.page.locator('.suggestion-item').count()) > 0, 'suggestions on the page');
  } finally {
    await refused.context.close();
  }
  // Neither the worker nor that part: the reader is told, and can still annotate.
  const neither = await openPage(app.browser);
  try {
    await neither.context.route(/(detect-worker-[0-9a-f]{16}_bg|quotemark-[0-9a-f]{16}-detector)\.wasm$/, (route) => route.abort());
    await neither.page.goto(app.server.url);
    await neither.page.getByRole('alert').filter({ hasText: 'No suggestions could be made for this article' }).waitFor();
    assert.equal(await neither.page.locator('.suggestion-item').count(), 0);
  } finally {
    await neither.context.close();
  }
});
