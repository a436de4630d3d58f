// Two tabs on the same library: a change in one appears in the other, and concurrent edits to
// the same document never lose an annotation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './support/app.mjs';
import { dragSelect, highlighted } from './support/select.mjs';

const app = appUnderTest();

const texts = async (page) => (await highlighted(page)).map((h) => h.text).sort();

test('an annotation made in one tab appears in the other, and concurrent edits both survive', async () => {
  // One browser context: both pages share localStorage, as two tabs of one profile do.
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(app.server.url);
    await page.locator('h1.headline').waitFor();
    return page;
  };
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
    await page.waitForFunction((n) => new Set([...document.querySelectorAll('mark[data-annotation-id]')].map((m) => m.dataset.annotationId)).size === n, all.length);
    assert.deepEqual(await texts(page), all);
  }
  // And storage holds all three.
  const reloaded = await open();
  await reloaded.waitForFunction(() => document.querySelectorAll('mark[data-annotation-id]').length >= 3);
  assert.deepEqual(await texts(reloaded), all);
  assert.deepEqual(problems, []);
  await context.close();
});
