// The reader's guide in the `?` dialog (issue #10): the three labels explained with examples
// that are really in the bundled article. The screenshots it takes illustrate docs/GUIDE.md
// (scripts/guide-screenshots.sh copies them there).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './support/app.mjs';
import { screenshot } from './support/browser.mjs';

const app = appUnderTest();

test('the help dialog explains the three labels with examples from the bundled article', async () => {
  const { page, problems, context } = await app.freshPage({ viewport: { width: 1280, height: 1000 } });
  await page.getByRole('button', { name: 'Help and keyboard shortcuts' }).click();
  const dialog = page.getByRole('dialog', { name: 'Help' });
  await dialog.waitFor();
  await dialog.getByRole('heading', { name: 'How to annotate' }).waitFor();
  const terms = await dialog.locator('.label-guide dt .example').allTextContents();
  assert.deepEqual(terms, ['Claim', 'Attributed quote', 'Scare quote']);

  // Every example is the article's own words, drawn as its label is drawn in the article.
  const article = await page.locator('article.article').textContent();
  const examples = await dialog.locator('.guide-example .example').evaluateAll((spans) =>
    spans.map((s) => ({ kind: s.dataset.exampleKind, text: s.textContent, border: getComputedStyle(s).borderBottomStyle })));
  assert.deepEqual(examples.map((e) => [e.kind, e.border]), [['claim', 'solid'], ['quote', 'double'], ['scare_quote', 'dashed']]);
  for (const { text } of examples) assert.ok(article.includes(text), `in the article: ${text}`);

  await dialog.getByRole('heading', { name: 'Keyboard shortcuts' }).waitFor();
  // The dialog as a reader first sees it: the viewport, scrolled to the top of the guide.
  await dialog.evaluate((d) => { d.scrollTop = 0; });
  await screenshot(page, 'guide-help', { fullPage: false });
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.deepEqual(problems, []);
  await context.close();
});
