// The release build shows the bundled Press TV article: headline, every paragraph, captions
// and footer set apart, with no console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appUnderTest } from './support/app.mjs';
import { repoRoot, screenshot } from './support/browser.mjs';

const seed = readFileSync(resolve(repoRoot, 'static/articles/nato-dialogue-presstv.txt'), 'utf8');
// Blocks of the seed as the article model cuts them: runs of non-blank lines.
const seedBlocks = seed
  .split(/\n(?:[ \t\u00a0\r]*\n)+/)
  .map((block) => block.replace(/\r$/, ''))
  .filter((block) => block.trim() !== '');

const app = appUnderTest();

test('the page shows the headline and every block of the article, with no console error', async () => {
  const { page, problems, context } = await app.freshPage();
  assert.equal(
    await page.locator('h1.headline').textContent(),
    'NATO, Trump agree on dialogue with Russia: Stoltenberg',
  );
  const rendered = await page.locator('[data-block]').allTextContents();
  assert.deepEqual(rendered, seedBlocks);
  assert.ok(rendered.some((text) => text.includes('the “Russian aggression” in Ukraine')));
  assert.equal(await page.locator('figure.caption').count(), 2);
  assert.equal(await page.locator('footer.site-boilerplate [data-block]').count(), 3);
  assert.equal(await page.title(), 'Quotemark');
  await screenshot(page, 'article');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the article follows a dark system theme', async () => {
  const { page, problems, context } = await app.freshPage({ colorScheme: 'dark' });
  const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  const [r, g, b] = background.match(/\d+/g).map(Number);
  assert.ok(r + g + b < 150, `dark background expected, got ${background}`);
  await screenshot(page, 'article-dark');
  assert.deepEqual(problems, []);
  await context.close();
});
