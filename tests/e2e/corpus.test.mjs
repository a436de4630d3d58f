// Opening many articles at once (issue #19, "Corpus in"): a JSON Lines corpus of 84 articles
// opens in one step with a progress bar and one summary, each article annotatable; several
// files chosen or dropped together open together, and what is refused is named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest, progressSeen, recordProgress, untilSuggested } from './support/app.mjs';
import { screenshot } from './support/browser.mjs';
import { dragSelect, highlighted } from './support/select.mjs';

const app = appUnderTest();

/** 84 short articles of our own, in the shape of `quotes-dev.jsonl`'s lines. */
function corpus() {
  const lines = [];
  for (let i = 1; i <= 84; i++) {
    const text = `Council vote number ${i}\n\nThe council voted on plan ${i} on Monday, calling it “a fair deal” for district ${i}.`;
    lines.push(JSON.stringify({ id: `demo/${i}`, source: 'Demo corpus', split: 'dev', text, quotes: [] }));
  }
  // One article twice, one line without text, one line that is not JSON.
  lines.push(lines[0].replace('"demo/1"', '"demo/1-again"'));
  lines.push(JSON.stringify({ id: 'demo/no-text', title: 'Nothing here' }));
  lines.push('{"id": "demo/broken", ');
  return lines.join('\n') + '\n';
}

async function chooseFiles(page, files) {
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles(files);
}

test('an 84-article JSON Lines corpus opens in one step, with progress and one summary', async () => {
  const { page, problems, context } = await app.freshPage();
  // Recorded as it goes in: CI once waited 30 s for a bar already gone.
  await recordProgress(page);
  await chooseFiles(page, { name: 'demo.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(corpus()) });
  const summary = page.getByRole('status').filter({ hasText: 'Opened 84 articles' });
  await summary.waitFor();
  assert.ok((await progressSeen(page)).length > 0, 'the progress bar was shown while the corpus opened');
  const words = await summary.locator('p').textContent();
  assert.ok(
    words.startsWith('Opened 84 articles; each is in your library now. 1 article was already there. '
      + '2 were refused: “demo.jsonl” line 86 (demo/no-text): this line has no “text” string; '
      + '“demo.jsonl” line 87: this line is not a JSON object ('),
    words,
  );
  // The browser's own parser says what is wrong, and where on the line (issue #21).
  assert.match(words, /line 87: this line is not a JSON object \(.*JSON.*line 1 column \d+\)\)\.$/);
  assert.equal(await page.locator('.notice.opening').count(), 0, 'the progress bar is gone');
  // The first article is open, and it can be annotated.
  await page.locator('h1.headline', { hasText: 'Council vote number 1' }).waitFor();
  await screenshot(page, 'corpus-opened', { fullPage: false });
  await page.getByRole('button', { name: 'Library' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.library-entry').length === 85);
  await page.getByRole('dialog', { name: 'Library' }).getByLabel('Search the library').fill('number 57');
  await page.locator('.library-entry', { hasText: 'Council vote number 57' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'Council vote number 57' }).waitFor();
  assert.match(await page.locator('.credit').textContent(), /Demo corpus/);
  // As on a fresh page (support/app.mjs), the drag waits for the article's suggestions, whose
  // marks would otherwise go in under it (CI once stored a longer range than was selected).
  await untilSuggested(page);
  await dragSelect(page, '“a fair deal”');
  await page.keyboard.press('3');
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['“a fair deal”']);
  await page.reload();
  await page.locator('h1.headline', { hasText: 'Council vote number 57' }).waitFor();
  await untilSuggested(page);
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['“a fair deal”']);
  // Opened again: nothing new, every article already there.
  await chooseFiles(page, { name: 'demo.jsonl', mimeType: 'application/jsonl', buffer: Buffer.from(corpus()) });
  // (An alert: with nothing opened, the two refusals are the news.)
  await page.getByRole('alert').filter({ hasText: 'No new article was opened. 85 articles were already there. 2 were refused' }).waitFor();
  assert.deepEqual(problems, []);
  await context.close();
});

test('several files chosen or dropped together open together, and a refused one is named', async () => {
  const { page, problems, context } = await app.freshPage();
  const file = (name, text) => ({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
  await chooseFiles(page, [
    file('one.txt', 'First file\n\nIt said “one”.'),
    file('two.md', '# Second file\n\nIt said *two*.'),
    file('scan.pdf', '%PDF-1.4'),
  ]);
  await page.getByRole('status').filter({ hasText: 'Opened 2 articles' }).waitFor();
  assert.match(await page.locator('.notice').first().textContent(), /1 was refused: “scan.pdf”: Quotemark opens .txt, .md and .html files, not “scan.pdf”/);
  await page.locator('h1.headline', { hasText: 'First file' }).waitFor();

  // Dropped on the page: two more at once.
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['Third file\n\nIt said “three”.'], 'three.txt', { type: 'text/plain' }));
    transfer.items.add(new File(['Fourth file\n\nIt said “four”.'], 'four.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  await page.getByRole('status').filter({ hasText: 'Opened 2 articles; each is in your library now.' }).waitFor();
  await page.locator('h1.headline', { hasText: 'Third file' }).waitFor();
  await page.getByRole('button', { name: 'Library' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.library-entry').length === 5);
  assert.deepEqual(problems, []);
  await context.close();
});
