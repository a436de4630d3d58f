// Export in every format, copy, import (button and drop), bad files, orphans and Attach here.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appUnderTest, progressSeen, recordProgress } from './support/app.mjs';
import { repoRoot, screenshot } from './support/browser.mjs';
import { dragSelect, highlighted } from './support/select.mjs';

const app = appUnderTest();

const freshPage = () => app.freshPage();

async function annotateTwo(page) {
  await dragSelect(page, 'Russian aggression');
  await page.keyboard.press('3');
  await page.getByLabel('Whose framing').fill('Washington');
  await page.getByLabel('Whose framing').press('Enter');
  await dragSelect(page, 'obsolete');
  await page.keyboard.press('2');
  await page.getByLabel('Speaker').fill('Donald Trump');
  await page.getByLabel('Speaker').press('Enter');
}

/** Chooses an export format and returns the downloaded files' names and texts. */
async function exportAs(page, label, files = 1) {
  const downloads = [];
  const collect = new Promise((done) => {
    page.on('download', async (download) => {
      downloads.push({ name: download.suggestedFilename(), text: readFileSync(await download.path(), 'utf8') });
      if (downloads.length === files) done();
    });
  });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: label }).click();
  await collect;
  page.removeAllListeners('download');
  return downloads;
}

async function importFile(page, name, text) {
  await page.locator('input[type=file]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('every export downloads, and our JSON imports back into a fresh browser', async () => {
  const { page, problems, context } = await freshPage();
  await annotateTwo(page);

  const [json] = await exportAs(page, /Quotemark JSON/);
  assert.equal(json.name, 'nato-trump-agree-on-dialogue-with-russia-stoltenberg.quotemark.json');
  const exported = JSON.parse(json.text);
  assert.deepEqual(Object.keys(exported).sort(), ['annotations', 'document', 'exported', 'format', 'version']);
  assert.deepEqual(exported.annotations.map((a) => a.exact), ['obsolete', 'Russian aggression']);
  assert.equal(exported.annotations[1].attributed_to, 'Washington');

  const [w3c] = await exportAs(page, /W3C/);
  assert.equal(JSON.parse(w3c.text).type, 'AnnotationCollection');
  const [csv] = await exportAs(page, /CSV/);
  assert.equal(csv.text.split('\r\n').filter(Boolean).length, 3);
  const brat = await exportAs(page, /brat/, 3);
  assert.deepEqual(brat.map((f) => f.name.split('.').pop()).sort(), ['ann', 'conf', 'txt']);
  // brat's annotation.conf declares the event its reader requires each quote's trigger to be.
  assert.match(brat.find((f) => f.name === 'annotation.conf').text, /^Attribution\tContent:Content, Cue\?:Cue, Source\?:Source$/m);
  assert.match(await page.getByRole('status').textContent(), /Exported 2 annotations/);

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url).origin });
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: /Copy JSON/ }).click();
  await page.getByRole('status').filter({ hasText: 'Copied 2 annotations' }).waitFor();
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(copied.format, 'quotemark');
  await context.close();

  const other = await freshPage();
  await importFile(other.page, json.name, json.text);
  await other.page.getByRole('status').filter({ hasText: 'Imported 2 annotations: 2 exact' }).waitFor();
  assert.deepEqual((await highlighted(other.page)).map((h) => h.text).sort(), ['Russian aggression', 'obsolete']);
  await importFile(other.page, json.name, json.text);
  await other.page.getByRole('status').filter({ hasText: '2 duplicates skipped' }).waitFor();
  assert.equal((await highlighted(other.page)).length, 2);
  // The import is one undoable change.
  await other.page.locator('body').click({ position: { x: 5, y: 300 } });
  await other.page.keyboard.press('Control+z');
  await other.page.locator('mark[data-annotation-id]').first().waitFor({ state: 'detached' });
  assert.deepEqual(problems, []);
  assert.deepEqual(other.problems, []);
  await other.context.close();
});

test('a bad file changes nothing and says what is wrong, naming the field', async () => {
  const { page, problems, context } = await freshPage();
  await dragSelect(page, 'Vladimir Putin');
  await page.keyboard.press('1');
  await importFile(page, 'notes.json', 'this is not json');
  await page.getByRole('alert').filter({ hasText: 'not valid JSON' }).waitFor();
  const bad = JSON.stringify({
    format: 'quotemark',
    version: 1,
    annotations: [{ id: '5f0b3c1e-8d4a-4c4e-9b8e-1a2b3c4d5e6f', kind: 'claim', start: 4, end: -1, exact: 'x' }],
  });
  await importFile(page, 'bad.json', bad);
  await page.getByRole('alert').filter({ hasText: 'annotations[0].end must not be negative' }).waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['Vladimir Putin']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a dropped Hypothesis export imports, its orphan is listed and can be attached', async () => {
  const { page, problems, context } = await freshPage();
  const hypothesis = readFileSync(resolve(repoRoot, 'tests/fixtures/hypothesis-export.json'), 'utf8');
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'hypothesis.json', { type: 'application/json' }));
    document.body.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, hypothesis);
  await page.getByRole('status').filter({ hasText: 'Hypothesis export' }).waitFor();
  assert.match(await page.getByRole('status').textContent(), /Imported 3 annotations: 0 exact, 2 moved or changed \(fuzzy\), 1 orphaned/);
  assert.equal(await page.locator('mark[data-kind=scare_quote]').textContent(), 'Russian aggression');
  const orphans = page.getByRole('region', { name: /Orphans/ });
  assert.match(await orphans.textContent(), /The Kremlin rejected/);
  await screenshot(page, 'orphans');

  const attach = orphans.getByRole('button', { name: 'Attach here' });
  assert.equal(await attach.isDisabled(), true, 'nothing selected yet');
  await dragSelect(page, 'praising President Vladimir Putin');
  await attach.click();
  await page.getByRole('region', { name: /Orphans/ }).waitFor({ state: 'detached' });
  const attached = (await highlighted(page)).find((h) => h.text === 'praising President Vladimir Putin');
  assert.equal(attached.kind, 'claim');
  assert.deepEqual(problems, []);
  await context.close();
});

test('annotations that carry only their quoted text are found a few at a time, with a progress bar', async () => {
  const { page, problems, context } = await freshPage();
  // Forty quotes of the article's own words (three at a time, side by side in a paragraph), as
  // a tool that keeps only the quote writes them.
  const quotes = await page.evaluate(() => {
    const windows = [];
    for (const p of document.querySelectorAll('article p.paragraph')) {
      const words = p.textContent.trim().split(' ');
      for (let i = 0; i + 3 <= words.length; i += 3) windows.push(words.slice(i, i + 3).join(' '));
    }
    return windows.slice(0, 40);
  });
  assert.equal(quotes.length, 40);
  await recordProgress(page);
  const w3c = {
    type: 'AnnotationCollection',
    items: quotes.map((exact, i) => ({
      id: `urn:quote-only:${i}`,
      type: 'Annotation',
      target: { selector: { type: 'TextQuoteSelector', exact } },
    })),
  };
  await importFile(page, 'quotes.w3c.jsonld', JSON.stringify(w3c));
  await page.getByRole('status').filter({ hasText: 'Imported 40 annotations' }).filter({ hasText: '0 orphaned' }).waitFor();
  const seen = await progressSeen(page);
  assert.ok(seen.length > 0, 'the progress bar was shown');
  assert.ok(seen.every(([label, , max]) => label === 'Finding the annotations in the article' && max === 40), JSON.stringify(seen));
  assert.equal(await page.locator('.notice.opening').count(), 0, 'the progress bar is gone');
  const texts = new Set((await highlighted(page)).map((h) => h.text));
  assert.deepEqual(quotes.filter((q) => !texts.has(q)), [], 'every quote is highlighted');
  assert.deepEqual(problems, []);
  await context.close();
});
