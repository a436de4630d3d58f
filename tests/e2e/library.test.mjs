// Opening articles (paste, .txt, .html, drop), the library (switch, reload, rename, delete and
// undo, search), and bad input that changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { appUnderTest, untilSuggested } from './support/app.mjs';
import { screenshot } from './support/browser.mjs';
import { dragSelect, highlighted } from './support/select.mjs';

const PASTED = 'Senate passes the budget\n\nThe Senate passed the budget on Tuesday, calling it “a fair deal.”\n\nCritics said it was “too little, too late.”';

const app = appUnderTest();

// Deleting asks confirm(): these tests answer yes.
const freshPage = () => app.freshPage({ acceptDialogs: true });

async function pasteArticle(page, text) {
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Paste the article/).fill(text);
  await page.getByRole('button', { name: 'Open pasted text' }).click();
  // The last paragraph tells this article from one opened before it with the same headline.
  const last = text.split('\n').filter((line) => line.trim()).at(-1).trim();
  await page.locator('article', { hasText: last }).waitFor();
  await untilSuggested(page);
}

async function openFile(page, name, contents, mimeType = 'text/plain') {
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name, mimeType, buffer: Buffer.from(contents) });
}

async function libraryTitles(page) {
  return page.locator('.library-entry .library-title').allTextContents();
}

test('a pasted article opens, keeps its annotations, and the library switches between articles', async () => {
  const { page, problems, context } = await freshPage();
  await dragSelect(page, 'Russian aggression');
  await page.keyboard.press('3');

  await pasteArticle(page, PASTED);
  await page.locator('h1.headline', { hasText: 'Senate passes the budget' }).waitFor();
  assert.equal(await page.locator('mark[data-annotation-id]').count(), 0, 'a new article starts without annotations');
  await dragSelect(page, '“a fair deal.”');
  await page.keyboard.press('2');
  await dragSelect(page, 'too little, too late.');
  await page.keyboard.press('3');

  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await library.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.library-entry').length === 2);
  assert.deepEqual((await libraryTitles(page)).sort(), ['NATO, Trump agree on dialogue with Russia: Stoltenberg', 'Senate passes the budget']);
  const senate = library.locator('.library-entry', { hasText: 'Senate passes the budget' });
  await page.waitForFunction(() => document.body.textContent.includes('0 claims · 1 quote · 1 scare quote'));
  assert.match(await senate.textContent(), /0 claims · 1 quote · 1 scare quote/);
  await screenshot(page, 'library');

  await library.locator('.library-entry', { hasText: 'NATO, Trump' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'NATO, Trump' }).waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['Russian aggression']);

  // A reload comes back to the article open last; the other keeps its annotations.
  await page.reload();
  await page.locator('h1.headline', { hasText: 'NATO, Trump' }).waitFor();
  await pasteArticle(page, PASTED);
  await page.getByRole('status').filter({ hasText: 'already in your library' }).waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => h.text).sort(), ['too little, too late.', '“a fair deal.”']);
  await page.reload();
  await page.locator('h1.headline', { hasText: 'Senate passes the budget' }).waitFor();
  assert.equal((await highlighted(page)).length, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an HTML file opens as its text only, with its title and source', async () => {
  const { page, problems, context } = await freshPage();
  // Long enough for Readability to tell the story from the page around it.
  const story = 'The ministers called the talks <b>“constructive”</b> and agreed to meet again in the spring, officials said on Monday after a day of meetings.';
  const html = `<html><head><title>Ignored</title><meta property="og:title" content="Ministers meet in Rome">
    <link rel="canonical" href="https://news.example.org/rome"><script>window.__pwned = 1</script></head>
    <body><nav>Home · World</nav><article><h1>Ministers meet in Rome</h1>
    <p>${story}<img src=x onerror="window.__pwned = 2"></p><p>${story}</p><p>${story}</p><p>${story}</p>
    <div class="social-share">Share this</div></article></body></html>`;
  await openFile(page, 'rome.html', html, 'text/html');
  await page.locator('h1.headline', { hasText: 'Ministers meet in Rome' }).waitFor();
  const paragraph = 'The ministers called the talks “constructive” and agreed to meet again in the spring, officials said on Monday after a day of meetings.';
  assert.deepEqual(await page.locator('[data-block]').allTextContents(), ['Ministers meet in Rome', paragraph, paragraph, paragraph, paragraph]);
  assert.equal(await page.locator('.publisher').textContent(), 'https://news.example.org/rome');
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('article.article img, article.article b, article.article script').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('empty, binary, oversized and text-less files are refused and nothing stored changes', async () => {
  const { page, problems, context } = await freshPage();
  await dragSelect(page, 'Vladimir Putin');
  await page.keyboard.press('1');
  await page.waitForFunction(() => localStorage.getItem('quotemark:library') !== null);
  const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k !== 'quotemark:last-document').sort()));
  const before = await stored();
  const cases = [
    ['empty.txt', Buffer.alloc(0), 'the file is empty'],
    ['photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]), 'this is not a text file'],
    ['huge.txt', Buffer.alloc(20 * 1024 * 1024, 'a'), 'the article is 20.0 MB; Quotemark opens articles of up to 5 MB'],
    ['nothing.html', Buffer.from('<html><body><script>1</script><img src=x alt=""></body></html>'), 'this page has no text to read'],
    ['scan.pdf', Buffer.from('%PDF-1.4'), 'Quotemark opens .txt, .md and .html files, not “scan.pdf”'],
  ];
  await page.getByRole('button', { name: 'Open article' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open an article' });
  for (const [name, buffer, message] of cases) {
    await dialog.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
    // The message shows in the dialog, where the reader is.
    await dialog.getByRole('alert').filter({ hasText: `“${name}” was not opened: ${message}` }).waitFor();
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
  assert.equal(await stored(), before);
  assert.equal(await page.locator('h1.headline').textContent(), 'NATO, Trump agree on dialogue with Russia: Stoltenberg');
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['Vladimir Putin']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('edit title and source, search, delete with confirmation, and undo the delete', async () => {
  const { page, problems, context } = await freshPage();
  await pasteArticle(page, PASTED);
  await page.locator('h1.headline', { hasText: 'Senate passes the budget' }).waitFor();
  await dragSelect(page, '“a fair deal.”');
  await page.keyboard.press('2');
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await page.waitForFunction(() => document.body.textContent.includes('1 quote'));

  const senate = library.locator('.library-entry', { hasText: 'Senate' });
  await senate.getByRole('button', { name: 'Edit' }).click();
  await library.getByLabel('New title').fill('Budget vote, Tuesday');
  await library.getByLabel('Source address').fill('not an address');
  // Searching renders the dialog again while the form is open: what was typed stays.
  await library.getByLabel('Search the library').fill('budget');
  await library.getByLabel('Source address').press('Enter');
  await library.getByRole('alert').filter({ hasText: '“not an address” is not a web address' }).waitFor();
  // The refused save keeps the form open with both fields as typed, the source marked.
  assert.equal(await library.getByLabel('New title').inputValue(), 'Budget vote, Tuesday');
  assert.equal(await library.getByLabel('Source address').inputValue(), 'not an address');
  assert.equal(await library.getByLabel('Source address').getAttribute('aria-invalid'), 'true');
  assert.equal(await library.getByLabel('New title').getAttribute('aria-invalid'), null);
  await screenshot(page, 'library-edit-refused', { fullPage: false });
  await library.getByLabel('Source address').fill('https://news.example.org/budget');
  await library.getByLabel('Source address').press('Enter');
  await library.locator('.library-title', { hasText: 'Budget vote, Tuesday' }).waitFor();
  // Cancel leaves the entry as it was.
  await library.locator('.library-entry', { hasText: 'Budget vote' }).getByRole('button', { name: 'Edit' }).click();
  await library.getByLabel('New title').fill('  ');
  await library.getByLabel('New title').press('Enter');
  await library.getByRole('alert').filter({ hasText: 'A title cannot be empty' }).waitFor();
  assert.equal(await library.getByLabel('New title').getAttribute('aria-invalid'), 'true');
  await library.getByRole('button', { name: 'Cancel' }).click();
  await library.locator('.library-title', { hasText: 'Budget vote, Tuesday' }).waitFor();
  assert.equal(await library.getByLabel('New title').count(), 0);
  assert.match(await library.locator('.library-entry', { hasText: 'Budget vote' }).textContent(), /https:\/\/news\.example\.org\/budget/);

  await library.getByLabel('Search the library').fill('budget');
  assert.deepEqual(await libraryTitles(page), ['Budget vote, Tuesday']);
  await library.getByLabel('Search the library').fill('');

  await library.locator('.library-entry', { hasText: 'Budget vote' }).getByRole('button', { name: 'Delete' }).click();
  await library.getByRole('status').filter({ hasText: 'Deleted “Budget vote, Tuesday”' }).waitFor();
  assert.deepEqual(await libraryTitles(page), ['NATO, Trump agree on dialogue with Russia: Stoltenberg']);
  await page.locator('h1.headline', { hasText: 'NATO, Trump' }).waitFor();

  await library.getByRole('button', { name: 'Undo delete' }).click();
  await library.locator('.library-title', { hasText: 'Budget vote, Tuesday' }).waitFor();
  await library.locator('.library-entry', { hasText: 'Budget vote' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'Senate passes the budget' }).waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['“a fair deal.”']);
  await page.reload();
  await page.locator('h1.headline', { hasText: 'Senate passes the budget' }).waitFor();
  assert.equal((await highlighted(page)).length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Export all, then Import all into a fresh browser restores the library; again merges without duplicates', async () => {
  const { page, problems, context } = await freshPage();
  await dragSelect(page, 'Russian aggression');
  await page.keyboard.press('3');
  await pasteArticle(page, PASTED);
  await page.locator('h1.headline', { hasText: 'Senate passes the budget' }).waitFor();
  await dragSelect(page, '“a fair deal.”');
  await page.keyboard.press('2');
  await page.getByRole('button', { name: 'Library' }).click();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('dialog', { name: 'Library' }).getByRole('button', { name: 'Export all' }).click();
  const download = await downloaded;
  const backup = readFileSync(await download.path(), 'utf8');
  assert.match(download.suggestedFilename(), /^quotemark-library-\d{4}-\d{2}-\d{2}\.json$/);
  assert.equal(JSON.parse(backup).documents.length, 2);
  await context.close();

  const other = await freshPage();
  for (const round of [1, 2]) {
    await other.page.getByRole('button', { name: 'Library' }).click();
    const library = other.page.getByRole('dialog', { name: 'Library' });
    await library.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(backup) });
    const expected = round === 1 ? /2 new articles, 0 merged with the library, 2 annotations added or updated/ : /0 new articles, 2 merged with the library, 0 annotations added or updated/;
    await library.getByRole('status').filter({ hasText: expected }).waitFor();
    await other.page.keyboard.press('Escape');
  }
  assert.deepEqual((await highlighted(other.page)).map((h) => h.text), ['Russian aggression']);
  await other.page.getByRole('button', { name: 'Library' }).click();
  await other.page.locator('.library-entry', { hasText: 'Senate' }).getByRole('button', { name: 'Open' }).click();
  await other.page.locator('h1.headline', { hasText: 'Senate passes the budget' }).waitFor();
  assert.deepEqual((await highlighted(other.page)).map((h) => h.text), ['“a fair deal.”']);
  assert.deepEqual([...problems, ...other.problems], []);
  await other.context.close();
});

test('with the storage full, annotating says how much is used, keeps everything, and offers Export all', async () => {
  const { page, problems, context } = await freshPage();
  // Fill this origin's real localStorage to its quota.
  const filled = await page.evaluate(() => {
    let chunk = 'x'.repeat(1024 * 1024);
    let i = 0;
    while (chunk.length > 16) {
      try {
        localStorage.setItem(`filler:${i++}`, chunk);
      } catch {
        chunk = chunk.slice(0, chunk.length / 2);
      }
    }
    return i;
  });
  assert.ok(filled > 3);
  await dragSelect(page, 'Vladimir Putin');
  await page.keyboard.press('1');
  const alert = page.getByRole('alert').filter({ hasText: 'could not be saved' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /storage is full.*Quotemark uses about \d+\.\d MB.*kept in this tab/s);
  assert.equal(await page.locator('mark[data-kind=claim]').textContent(), 'Vladimir Putin');
  const downloaded = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Export all' }).click();
  await downloaded;
  // Making room lets the next change save, and the message goes away.
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('filler:')).forEach((k) => localStorage.removeItem(k)));
  await dragSelect(page, 'Russian aggression');
  await page.keyboard.press('3');
  await alert.waitFor({ state: 'detached' });
  await page.reload();
  await page.locator('mark[data-kind=scare_quote]').waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => h.text).sort(), ['Russian aggression', 'Vladimir Putin']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a changed version of a stored article offers to carry its annotations over, and reports', async () => {
  const { page, problems, context } = await freshPage();
  const first = 'Talks in Geneva\n\nThe minister called the plan “realistic” on Monday.\n\nCritics called it “a fantasy”.';
  const second = 'Talks in Geneva\n\nThe foreign minister called the plan “realistic” on Monday.\n\nCritics were not convinced.';
  await pasteArticle(page, first);
  await page.locator('h1.headline', { hasText: 'Talks in Geneva' }).waitFor();
  await dragSelect(page, '“realistic”');
  await page.keyboard.press('3');
  await dragSelect(page, '“a fantasy”');
  await page.keyboard.press('3');
  await page.waitForFunction(() => document.querySelectorAll('mark[data-annotation-id]').length === 2);

  await pasteArticle(page, second);
  await page.locator('p.paragraph', { hasText: 'foreign minister' }).waitFor();
  const offer = page.getByRole('status').filter({ hasText: 'new version of “Talks in Geneva”, which has 2 annotations' });
  await offer.waitFor();
  await offer.getByRole('button', { name: 'Carry over 2 annotations' }).click();
  await page.getByRole('status').filter({ hasText: 'Carried over from “Talks in Geneva”: 0 exact, 1 moved or changed, 1 orphaned.' }).waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => h.text), ['“realistic”']);
  assert.match(await page.getByRole('region', { name: /Orphans/ }).textContent(), /“a fantasy”/);
  // Both versions stay in the library.
  await page.getByRole('button', { name: 'Library' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.library-entry').length === 3);
  assert.deepEqual(problems, []);
  await context.close();
});
