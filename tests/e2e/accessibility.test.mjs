// Accessibility (issue #9): axe-core finds no violation on the main view, the panels and every
// dialog, in light and dark; highlights are announced with their kind; focus is visible; the
// reduced-motion setting is followed; and every feature is reachable with the keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appUnderTest } from './support/app.mjs';
import { repoRoot } from './support/browser.mjs';
import { violations } from './support/axe.mjs';
import { dragSelect, highlighted } from './support/select.mjs';

const app = appUnderTest();
for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds nothing on the main view, the panels and every dialog (${colorScheme})`, async () => {
    const { page, problems, context } = await app.freshPage({ colorScheme });
    await page.locator('.suggestion-item').first().waitFor();
    const found = {};
    const check = async (where) => { found[where] = await violations(page); };

    await check('main view with suggestions');
    await dragSelect(page, 'Russian aggression');
    await page.keyboard.press('3');
    await page.getByLabel('Whose framing').waitFor();
    await check('annotation panel with the editor open');
    await page.locator('.suggestion-item').first().getByRole('button', { name: /^Edit:/ }).click();
    await check('suggestion being edited');
    await page.getByRole('button', { name: 'Export' }).click();
    await page.getByRole('menu', { name: 'Export annotations' }).waitFor();
    await check('export menu');
    await page.keyboard.press('Escape');
    await dragSelect(page, 'Vladimir Putin');
    await check('selection toolbar');
    await page.keyboard.press('Escape');

    const dialogs = [
      ['Help', () => page.keyboard.press('?'), 'Help'],
      ['Library', () => page.getByRole('button', { name: 'Library' }).click(), 'Library'],
      ['Insight', () => page.getByRole('button', { name: 'Insight' }).click(), /Insight/],
      ['Open article', () => page.getByRole('button', { name: 'Open article' }).click(), 'Open an article'],
      ['Team', () => page.getByRole('button', { name: 'Team', exact: true }).click(), 'Team project'],
    ];
    for (const [label, open, name] of dialogs) {
      await open();
      await page.getByRole('dialog', { name }).waitFor();
      await check(`${label} dialog`);
      if (label === 'Library') {
        await page.getByRole('dialog', { name }).getByRole('button', { name: 'Edit' }).first().click();
        await check('Library dialog, editing an entry');
      }
      if (label === 'Team') {
        // A sign-in refused before anything is sent: the wrong field is marked and described.
        await page.getByRole('dialog', { name }).getByLabel('Server address').fill('couch.example.org');
        await page.getByRole('dialog', { name }).getByRole('button', { name: 'Sign in and join' }).click();
        await page.getByRole('dialog', { name }).getByRole('alert').waitFor();
        await check('Team dialog, a refused sign-in');
      }
      await page.keyboard.press('Escape');
      await page.getByRole('dialog', { name }).waitFor({ state: 'hidden' });
    }
    // A web page whose article is a small part of it: the notice with its button, and the
    // byline under the headline.
    const story = '<p>The council backed the plan on Monday after a long debate in the chamber, its leader said.</p>'.repeat(5);
    const teaser = '<li><a href="/a">Another story on the site with a headline long enough to count as words</a></li>';
    await page.getByRole('button', { name: 'Open article' }).click();
    await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({
      name: 'plan.html',
      mimeType: 'text/html',
      buffer: Buffer.from(`<html><head><title>Plan backed</title><meta name="author" content="Ann Lee"></head><body><article><h1>Plan backed</h1>${story}</article><aside class="sidebar"><ul>${teaser.repeat(300)}</ul></aside></body></html>`),
    });
    await page.getByRole('button', { name: 'Open the whole page text' }).waitFor();
    await page.locator('.credit').waitFor();
    await check('a web page opened in part, with its credit');
    // Other tools' files (issue #22): the labels dialog, then the report.
    const doccano = readFileSync(resolve(repoRoot, 'tests/fixtures/interop/doccano/example.jsonl'));
    await page.getByRole('button', { name: 'Open article' }).click();
    await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: 'people.jsonl', mimeType: 'application/jsonl', buffer: doccano });
    const labels = page.getByRole('dialog', { name: 'What their labels become' });
    await labels.waitFor();
    await check('labels dialog');
    await labels.getByRole('button', { name: 'Open 3 articles' }).click();
    await page.getByRole('status').filter({ hasText: 'Opened 3 articles' }).waitFor();
    await check('the report of an opening of other tools\u2019 files');
    for (const where of Object.keys(found)) assert.deepEqual(found[where], [], where);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('highlights are announced with their kind, focus is visible, and reduced motion is followed', async () => {
  const { page, problems, context } = await app.freshPage({ reducedMotion: 'reduce' });
  await dragSelect(page, 'Vladimir Putin');
  await page.keyboard.press('1');
  await page.locator('mark[data-kind=claim]').waitFor();

  // What a screen reader is given: the browser's accessibility tree of the article.
  const cdp = await context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const spoken = nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '').join('');
  assert.match(spoken, /claim: Vladimir Putin \(end\)/);
  assert.match(spoken, /suggested scare quote: “Russian aggression” \(end\)/);

  // Focus is drawn wherever it goes from the keyboard.
  for (let i = 0; i < 4; i += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    assert.notEqual(outline.split(' ')[0], 'none', `focus visible on step ${i}`);
  }

  // A highlight revealed from the panel is outlined, not animated.
  await page.locator('.annotation-item .annotation-summary').first().click();
  const flashed = page.locator('mark.hl-flash').first();
  await flashed.waitFor();
  assert.equal(await flashed.evaluate((m) => getComputedStyle(m).animationName), 'none');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Presses Tab until `matches` holds for the focused element; fails after `limit` presses. */
async function tabTo(page, selector, { limit = 80, backwards = false } = {}) {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** The focused button's name: its aria-label, else its text. */
const buttonName = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el?.tagName === 'BUTTON' ? (el.getAttribute('aria-label') ?? el.textContent.trim()) : null;
});

/** Moves the focus (Shift+Tab by default) until it is on the button named `name`. */
async function focusButton(page, name, key = 'Shift+Tab') {
  for (let i = 0; i < 80; i += 1) {
    if ((await buttonName(page)) === name) return;
    await page.keyboard.press(key);
  }
  assert.fail(`the keyboard never reached the button ${name}`);
}

test('keyboard only: label, edit, accept a suggestion, undo, export, and every dialog', async () => {
  const { page, problems, context } = await app.freshPage();
  await page.locator('.suggestion-item').first().waitFor();

  // Label two words of the article.
  await tabTo(page, 'article.article');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.locator('.selection-popover').waitFor();
  await page.keyboard.press('2');
  await page.locator('mark[data-kind=quote]').waitFor();

  // Its editor is in the panel: give the speaker.
  await tabTo(page, 'input[id^=speaker-]');
  await page.keyboard.type('Reporter');
  await page.keyboard.press('Enter');
  await page.locator('.annotation-item', { hasText: 'Reporter' }).waitFor();

  // Accept the first suggestion.
  const before = (await highlighted(page)).length;
  await tabTo(page, '.suggestion-item .accept-button');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => new Set([...document.querySelectorAll('article mark[data-annotation-id]')].map((m) => m.dataset.annotationId)).size === n + 1, before);

  // Undo it with the keyboard shortcut, from the article.
  await tabTo(page, 'article.article', { backwards: true });
  await page.keyboard.press('Control+z');
  await page.waitForFunction((n) => new Set([...document.querySelectorAll('article mark[data-annotation-id]')].map((m) => m.dataset.annotationId)).size === n, before);

  // Export through the menu, with arrows.
  await tabTo(page, 'button[aria-haspopup=menu]', { backwards: true });
  const download = page.waitForEvent('download');
  await page.keyboard.press('ArrowDown');
  await page.getByRole('menu', { name: 'Export annotations' }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('role')), 'menuitem');
  await page.keyboard.press('End');
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  assert.match((await download).suggestedFilename(), /\.quotemark\.json$/);

  // Every dialog opens from its button, closes with Escape, and gives focus back.
  // The Open dialog last: the pasted article below is opened from its button.
  for (const [button, name] of [['Library', 'Library'], ['Insight', /Insight/], ['Help and keyboard shortcuts', 'Help'], ['Team', 'Team project'], ['Open article', 'Open an article']]) {
    await focusButton(page, button);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), `focus moves into ${button}`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    assert.equal(await buttonName(page), button, `focus returns to ${button}`);
  }

  // Open a pasted article, all from the keyboard. Tabbing starts once the dialog is open: before,
  // a Tab would move through the page behind it (to the open annotation's note, a textarea too).
  await page.keyboard.press('Enter');
  await page.getByRole('dialog', { name: 'Open an article' }).waitFor();
  await tabTo(page, '#paste-article');
  await page.keyboard.type('Typed by keyboard\n\nA paragraph typed without a mouse.');
  await focusButton(page, 'Open pasted text', 'Tab');
  await page.keyboard.press('Enter');
  await page.locator('h1.headline', { hasText: 'Typed by keyboard' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dialog closed and at once opened again is open, and its late close event changes nothing', async () => {
  const { page, problems, context } = await app.freshPage();
  for (const [button, name] of [['Open article', 'Open an article'], ['Library', 'Library'], ['Help and keyboard shortcuts', 'Help']]) {
    await page.getByRole('button', { name: button, exact: true }).click();
    const dialog = page.getByRole('dialog', { name });
    await dialog.waitFor();
    // Close, then open again before the dialog's `close` event (a task later) has arrived: a
    // reader quick on the keys does the same with Escape and Enter.
    await page.evaluate((label) => new Promise((done) => {
      document.querySelector('dialog[open] .close-button').click();
      queueMicrotask(() => queueMicrotask(() => {
        const open = [...document.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent.trim()) === label);
        open.click();
        // Two frames: the stale `close` event has been handled by then.
        requestAnimationFrame(() => requestAnimationFrame(done));
      }));
    }), button);
    assert.ok(await dialog.isVisible(), `${button} opened again`);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  }
  assert.deepEqual(problems, []);
  await context.close();
});
