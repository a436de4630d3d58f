// Opening web pages (issue #18): real pages from Readability's test suite open as Readability
// reads them, with their metadata and no console error; a page whose article is a small part of
// it says so and opens whole on request; without the extractor, the whole page text opens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest } from './support/app.mjs';
import { screenshot } from './support/browser.mjs';
import { wordScore, words } from './support/word_score.mjs';

const app = appUnderTest();
const pages = new URL('../fixtures/pages/', import.meta.url);
const fixture = (name, file) => readFileSync(new URL(`${name}/${file}`, pages));

async function openHtml(page, name, buffer) {
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name, mimeType: 'text/html', buffer });
}

for (const name of ['003-metadata-preferred', 'replace-brs', 'visibility-hidden', 'wikipedia']) {
  test(`${name}: opens with Readability's text and title, and no console error`, async () => {
    const { page, problems, context } = await app.freshPage();
    const metadata = JSON.parse(fixture(name, 'expected-metadata.json'));
    // Readability's own expected text, read on a blank page of its own (no app policy there).
    const reference = await context.newPage().then(async (blank) => {
      const text = await blank.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent, fixture(name, 'expected.html').toString());
      await blank.close();
      return text;
    });
    await openHtml(page, `${name}.html`, fixture(name, 'source.html'));
    await page.locator('h1.headline', { hasText: metadata.title }).waitFor();
    await page.locator('article.article[aria-busy=false]').waitFor();
    const blocks = await page.locator('article.article [data-block]').allTextContents();
    assert.equal(blocks[0], metadata.title, 'the document starts with the title');
    const { recall, precision } = wordScore(words(blocks.slice(1).join(' ')), words(reference));
    assert.ok(recall >= 0.98 && precision >= 0.98, `recall ${recall}, precision ${precision}`);
    if (metadata.byline) assert.match(await page.locator('.credit').textContent(), new RegExp(`By ${metadata.byline}`));
    if (name === 'visibility-hidden') assert.doesNotMatch(blocks.join(' '), /ullamco hidden/);
    if (name === 'replace-brs') assert.ok(blocks.length > 3, 'text broken by <br>s comes as paragraphs');
    if (name === 'wikipedia') await screenshot(page, 'extract-wikipedia', { fullPage: false });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a page whose article is a small part of its text says so, and opens whole on request', async () => {
  const { page, problems, context } = await app.freshPage();
  // The story is long enough for Readability to take it alone; the sidebar around it (menus
  // and teasers a reader scrolls past) holds over twenty times as many words.
  const story = '<p>The council backed the “bold” plan on Monday, its leader said, after a long debate in the chamber that ran late into the evening.</p>'.repeat(4);
  const teaser = '<li><a href="/a">I have been reading this site for years and I think the council is wrong about the plan, because nobody asked us.</a></li>';
  const html = `<html><head><title>Council backs the plan</title></head><body>
    <article><h1>Council backs the plan</h1>${story}</article>
    <aside class="sidebar"><ul>${teaser.repeat(150)}</ul></aside></body></html>`;
  await openHtml(page, 'council.html', Buffer.from(html));
  const notice = page.getByRole('status').filter({ hasText: 'what looked like its article' });
  await page.locator('h1.headline', { hasText: 'Council backs the plan' }).waitFor();
  await notice.waitFor();
  assert.match(await notice.textContent(), /Opened “Council backs the plan”: what looked like its article, \d+ of the page's \d,\d{3} words/);
  assert.equal(await page.locator('article.article').getByText('nobody asked us').count(), 0);
  await screenshot(page, 'extract-part-of-page', { fullPage: false });
  await notice.getByRole('button', { name: 'Open the whole page text' }).click();
  await page.locator('article.article [data-block]', { hasText: 'nobody asked us' }).first().waitFor();
  assert.equal(await page.locator('h1.headline').textContent(), 'Council backs the plan');
  // Both are in the library: the article and the whole page.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.library-entry').length === 3);
  await page.keyboard.press('Escape');
  // Opened again, the page's article is already there, and the offer is made again.
  await openHtml(page, 'council.html', Buffer.from(html));
  const again = page.getByRole('status').filter({ hasText: '“Council backs the plan” is already in your library' });
  await again.waitFor();
  assert.match(await again.textContent(), /It holds what looked like the page's article, \d+ of its \d,\d{3} words/);
  await again.getByRole('button', { name: 'Open the whole page text' }).waitFor();
  assert.equal(await page.locator('article.article [data-block]', { hasText: 'nobody asked us' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the article finder cannot be loaded, the whole page text opens and the reader is told', async () => {
  // Blocked service workers: the app's worker would serve the cached script past the route.
  const { page, problems, context } = await app.freshPage({ serviceWorkers: 'block' });
  await page.route(/readability-[0-9a-f]+\.js$/, (route) => route.abort());
  const html = '<html><head><title>Budget vote</title></head><body><nav>Home</nav><p>The Senate passed the budget.</p></body></html>';
  await openHtml(page, 'budget.html', Buffer.from(html));
  const notice = page.getByRole('status').filter({ hasText: 'could not be looked for' });
  await notice.waitFor();
  assert.deepEqual(await page.locator('article.article [data-block]').allTextContents(), ['Budget vote', 'Home', 'The Senate passed the budget.']);
  // The failed script load is the browser's console error, and the only one.
  assert.ok(problems.every((p) => /readability-[0-9a-f]+\.js|Failed to load resource/.test(p)), problems.join('\n'));
  await context.close();
});

test('byline and date are read from the page, shown under the headline and editable in the library', async () => {
  const { page, problems, context } = await app.freshPage();
  const story = '<p>The council backed the plan on Monday after a long debate in the chamber that ran late into the evening, its leader said.</p>'.repeat(5);
  const html = `<html><head><title>Plan backed. - Town News</title><meta property="og:site_name" content="Town News">
    <meta name="author" content="Ann Lee"><meta property="article:published_time" content="2026-11-30T09:00:00Z">
    <meta property="og:title" content="Plan backed."></head><body><article><h1>Plan backed.</h1>${story}</article></body></html>`;
  await openHtml(page, 'plan.html', Buffer.from(html));
  // A headline that ends in a full stop is still the headline.
  await page.locator('h1.headline', { hasText: 'Plan backed.' }).waitFor();
  assert.equal(await page.locator('.credit').textContent(), 'By Ann Lee · 2026-11-30T09:00:00Z · Town News');
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await library.locator('.library-entry', { hasText: 'Plan backed.' }).getByRole('button', { name: 'Edit' }).click();
  assert.equal(await library.getByLabel('Byline').inputValue(), 'Ann Lee');
  await library.getByLabel('Byline').fill('Ann Lee and Bo Park');
  await library.getByLabel('Published').fill('30 November 2026');
  await library.getByLabel('Published').press('Enter');
  await page.locator('.credit', { hasText: 'By Ann Lee and Bo Park · 30 November 2026 · Town News' }).waitFor();
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('quotemark:doc:') && localStorage.getItem(k).includes('Bo Park')));
  await page.reload();
  await page.locator('.credit', { hasText: 'By Ann Lee and Bo Park' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});
