// The annotation loop on the bundled article: select, label, fill in the speaker, overlap,
// reload, undo; and the same by keyboard alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './support/app.mjs';
import { screenshot } from './support/browser.mjs';
import { clickText, dragSelect, highlighted } from './support/select.mjs';

const QUOTE =
  '“They all conveyed the same message that the United States remains committed to NATO and the transatlantic bond.”';
// A claim that starts before the quote and ends inside it, so the two cross.
const CLAIM =
  'Jens Stoltenberg pointed to his recent phone conversations\u00a0with Trump and US Defense Secretary James Mattis, noting, “They all conveyed the same message';

const app = appUnderTest();

const freshPage = () => app.freshPage();

test('select, label, fill in, overlap, reload, undo', async () => {
  const { page, problems, context } = await freshPage();

  await dragSelect(page, 'Russian aggression');
  await page.locator('.selection-popover').waitFor();
  await page.keyboard.press('3');
  const scare = page.locator('mark[data-kind=scare_quote]');
  await scare.waitFor();
  assert.equal(await scare.textContent(), 'Russian aggression');
  assert.equal(await page.locator('.selection-popover').count(), 0, 'the popover closes');

  await dragSelect(page, QUOTE);
  await page.keyboard.press('2');
  const speaker = page.getByLabel('Speaker');
  await speaker.fill('Jens Stoltenberg');
  await speaker.press('Enter');
  await page.locator('.annotation-item.quote .who').waitFor();

  await dragSelect(page, CLAIM);
  await page.locator('.selection-popover').getByRole('button', { name: 'Claim', exact: true }).click();
  await page.locator('mark[data-kind=claim]').first().waitFor();

  const before = await highlighted(page);
  assert.deepEqual(before.map((h) => h.kind).sort(), ['claim', 'quote', 'scare_quote']);
  assert.equal(before.find((h) => h.kind === 'quote').text, QUOTE);
  assert.ok(before.find((h) => h.kind === 'claim').text.endsWith('They all conveyed the same message'));
  // Each overlapping highlight stays clickable: the quote's own words select the quote, the
  // claim's own words the claim.
  await clickText(page, 'transatlantic');
  assert.match(await page.locator('.annotation-item.selected .kind-badge').textContent(), /Quote/);
  await clickText(page, 'Defense Secretary');
  assert.match(await page.locator('.annotation-item.selected .kind-badge').textContent(), /Claim/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'annotated');

  await page.reload();
  await page.locator('mark[data-kind=claim]').first().waitFor();
  const afterReload = await highlighted(page);
  assert.deepEqual(
    afterReload.map(({ kind, text }) => ({ kind, text })),
    before.map(({ kind, text }) => ({ kind, text })),
  );
  await page.locator('.annotation-item.quote .annotation-summary').click();
  assert.equal(await page.getByLabel('Speaker').inputValue(), 'Jens Stoltenberg');
  assert.equal(await page.getByLabel('Quote type').inputValue(), 'direct');

  // Undo after the reload removes the last annotation made: the claim.
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+z');
  await page.locator('mark[data-kind=claim]').waitFor({ state: 'detached' });
  assert.deepEqual((await highlighted(page)).map((h) => h.kind).sort(), ['quote', 'scare_quote']);
  await page.keyboard.press('Control+Shift+z');
  await page.locator('mark[data-kind=claim]').first().waitFor();

  assert.deepEqual(problems, []);
  await context.close();
});

test('keyboard only: reach the article, select words, label, open the shortcuts, delete', async () => {
  const { page, problems, context } = await freshPage();
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => document.activeElement?.matches('article.article'))) break;
  }
  assert.ok(await page.evaluate(() => document.activeElement?.matches('article.article')), 'Tab reaches the article');
  await page.keyboard.press('ArrowRight'); // places the caret at the first paragraph
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.keyboard.press('Control+Shift+ArrowRight');
  await page.locator('.selection-popover').waitFor();
  await page.keyboard.press('1');
  const claim = page.locator('mark[data-kind=claim]');
  await claim.waitFor();
  assert.equal(await claim.textContent(), 'US President');

  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Help' });
  await dialog.waitFor();
  assert.match(await dialog.textContent(), /Scare quote|scare quote/);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });

  // The new annotation is selected; Delete removes it, Ctrl+Z brings it back.
  await page.locator('article.article').focus();
  await page.keyboard.press('Delete');
  await claim.waitFor({ state: 'detached' });
  await page.keyboard.press('Control+z');
  await claim.waitFor();

  // Escape dismisses the floating toolbar and labels nothing.
  await dragSelect(page, 'Vladimir Putin');
  await page.locator('.selection-popover').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('.selection-popover').waitFor({ state: 'detached' });
  await page.keyboard.press('2');
  assert.equal(await page.locator('mark[data-kind=quote]').count(), 0);

  assert.deepEqual(problems, []);
  await context.close();
});

test('the panel lists, filters, searches and edits annotations', async () => {
  const { page, problems, context } = await freshPage();
  await dragSelect(page, 'obsolete');
  await page.keyboard.press('2');
  await page.getByLabel('Speaker').fill('Donald Trump');
  await page.getByLabel('Speaker').press('Enter');
  await dragSelect(page, 'a more assertive');
  await page.keyboard.press('3');
  await page.getByLabel('Whose framing').fill('NATO leaders');
  await page.getByLabel('Whose framing').press('Enter');
  await page.getByLabel('Note').fill('ironic distance?');
  await page.getByLabel('Note').press('Tab');
  await page.getByLabel('Tags').fill('framing, russia, framing');
  await page.getByLabel('Tags').press('Enter');

  const items = page.locator('.annotation-list > li');
  assert.equal(await items.count(), 2);
  assert.match(await items.nth(0).textContent(), /obsolete.*Donald Trump/);
  assert.match(await items.nth(1).textContent(), /a more assertive.*NATO leaders/);

  await page.getByRole('button', { name: /Quotes/ }).click();
  assert.equal(await items.count(), 1, 'hiding quotes leaves the scare quote');
  await page.getByRole('button', { name: /Quotes/ }).click();
  await page.getByLabel('Search annotations').fill('russia');
  assert.equal(await items.count(), 1, 'the tag matches');
  await page.getByLabel('Search annotations').fill('');

  // Relabel the quote as a claim from the editor.
  await items.nth(0).locator('.annotation-summary').click();
  await page.getByLabel('Label').selectOption('claim');
  await page.locator('mark[data-kind=claim]').waitFor();
  assert.equal(await page.locator('mark[data-kind=claim]').textContent(), 'obsolete');

  // Clicking a panel item scrolls to its highlight and flashes it.
  await items.nth(1).locator('.annotation-summary').click();
  await page.locator('mark.hl-flash[data-kind=scare_quote]').waitFor();

  await page.reload();
  await page.locator('.annotation-list > li').nth(1).locator('.annotation-summary').click();
  assert.equal(await page.getByLabel('Tags').inputValue(), 'framing, russia');
  assert.equal(await page.getByLabel('Note').inputValue(), 'ironic distance?');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a failed save says so and keeps the annotations in the tab', async () => {
  const { page, problems, context } = await freshPage();
  // Make every write fail as a full store does.
  await page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
  });
  await dragSelect(page, 'Vladimir Putin');
  await page.keyboard.press('1');
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be saved.*storage is full.*kept in this tab/s);
  assert.equal(await page.locator('mark[data-kind=claim]').textContent(), 'Vladimir Putin');
  assert.deepEqual(problems, []);
  await context.close();
});

test('unreadable saved annotations are backed up and reported, not dropped', async () => {
  const { page, problems, context } = await freshPage();
  const storageKey = await page.evaluate(() =>
    Object.keys(localStorage).find((k) => k.startsWith('quotemark:doc:')) ?? null,
  );
  assert.equal(storageKey, null, 'a fresh profile has nothing stored');
  // Save one annotation, then corrupt its stored record.
  await dragSelect(page, 'Vladimir Putin');
  await page.keyboard.press('1');
  await page.waitForFunction(() => Object.keys(localStorage).some((k) => k.startsWith('quotemark:doc:')));
  await page.evaluate(() => {
    const k = Object.keys(localStorage).find((key) => key.startsWith('quotemark:doc:'));
    localStorage.setItem(k, '{"version": 2, "annotations": [tru');
  });
  await page.reload();
  const alert = page.getByRole('alert');
  await alert.waitFor();
  assert.match(await alert.textContent(), /could not be read.*kept under/s);
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('quotemark:backup:'))
      .map((k) => localStorage.getItem(k)),
  );
  assert.deepEqual(backups, ['{"version": 2, "annotations": [tru']);
  await alert.getByRole('button', { name: 'Dismiss' }).click();
  await alert.waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

test('a double click labels one word and a triple click one whole paragraph', async () => {
  const { page, problems, context } = await freshPage();
  await page.locator('p.paragraph', { hasText: 'billionaire' }).evaluate((p) => p.scrollIntoView({ block: 'center' }));
  // Double click: the word under the pointer.
  const word = page.locator('p.paragraph', { hasText: 'billionaire' });
  const box = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p.paragraph')].find((e) => e.textContent.includes('billionaire'));
    const text = p.firstChild;
    const at = text.data.indexOf('billionaire');
    const range = document.createRange();
    range.setStart(text, at + 3);
    range.setEnd(text, at + 4);
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.dblclick(box.x, box.y);
  await page.keyboard.press('1');
  await page.locator('mark[data-kind=claim]').waitFor();
  assert.equal(await page.locator('mark[data-kind=claim]').textContent(), 'billionaire');

  // Triple click: the paragraph, without the line break Chromium's selection runs into.
  await page.mouse.click(box.x, box.y, { clickCount: 3 });
  await page.keyboard.press('3');
  await page.locator('mark[data-kind=scare_quote]').waitFor();
  const paragraph = await word.evaluate((p) => p.textContent);
  const scare = await page.evaluate(() => {
    const marks = [...document.querySelectorAll('mark[data-kind=scare_quote]')];
    const outer = marks.find((m) => !m.parentElement.closest('mark[data-kind=scare_quote]'));
    return outer.textContent;
  });
  assert.equal(scare, paragraph);
  assert.ok(paragraph.startsWith('During his presidential campaign') && paragraph.endsWith('Vladimir Putin.'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('labelling brings the new entry into view in the side column, and the article stays put', async () => {
  // A short window, so that the side column (suggestions, then annotations) scrolls.
  const { page, problems, context } = await freshPage({ viewport: { width: 1280, height: 560 } });
  await page.locator('.suggestion-item').first().waitFor();
  const column = page.locator('.side-column');
  const before = await column.evaluate((c) => ({ scrollTop: c.scrollTop, scrolls: c.scrollHeight > c.clientHeight }));
  assert.ok(before.scrolls, 'the side column scrolls in this window');

  await dragSelect(page, 'Russian aggression');
  await page.locator('.selection-popover').waitFor();
  const pageScroll = await page.evaluate(() => window.scrollY);
  await page.keyboard.press('3');
  const entry = page.locator('.annotation-item.selected');
  await entry.waitFor();
  // Inside the column's visible box, by the column's own scrolling.
  await page.waitForFunction(() => {
    const c = document.querySelector('.side-column').getBoundingClientRect();
    const e = document.querySelector('.annotation-item.selected').getBoundingClientRect();
    return e.top >= c.top - 1 && e.top < c.bottom;
  });
  assert.ok((await column.evaluate((c) => c.scrollTop)) > before.scrollTop, 'the column scrolled');
  assert.equal(await page.evaluate(() => window.scrollY), pageScroll, 'the page did not move');
  assert.deepEqual(problems, []);
  await context.close();
});
