// The extraction benchmark of issue #18 (a script that measures, not a test): opens real web
// pages in the release build the way a reader does (Open article → an .html file) and scores
// the text Quotemark keeps against a reference text, word by word.
//
//   node scripts/bench/extract.mjs readability READABILITY_CHECKOUT   # test/test-pages/*/
//   node scripts/bench/extract.mjs aeb ARTICLE_EXTRACTION_BENCHMARK   # html/*.html.gz + ground-truth.json
//
// EXTRACT_DIST=DIR serves another build (an earlier commit's `dist/`) instead of this one's.
//
// Readability's pages give `source.html`, the reference `expected.html` (its text) and
// `expected-metadata.json` (the title); the article-extraction-benchmark of Scrapinghub gives
// real news pages and each one's `articleBody`, kept apart from the development set. Scores are
// of the body: the document's first block is left out when it is the title Quotemark put
// there. Word F1 counts words as multisets (lower-cased runs of letters and digits). Prints one
// line per page under 0.95 and a summary; writes target/bench/extract-SET.json.
import { readFileSync, readdirSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { distDir, launch, repoRoot } from '../../tests/e2e/support/browser.mjs';
import { wordScore, words } from '../../tests/e2e/support/word_score.mjs';

const [set, dir] = process.argv.slice(2);
if (!['readability', 'aeb'].includes(set) || !dir) {
  console.error('usage: extract.mjs readability|aeb DIR');
  process.exit(2);
}

/** The pages of a set: name, HTML bytes, reference text, reference title (or null). */
function pages() {
  if (set === 'readability') {
    const root = join(dir, 'test/test-pages');
    return readdirSync(root).sort().map((name) => {
      const metadata = JSON.parse(readFileSync(join(root, name, 'expected-metadata.json'), 'utf8'));
      return {
        name,
        html: readFileSync(join(root, name, 'source.html')),
        expectedHtml: readFileSync(join(root, name, 'expected.html'), 'utf8'),
        title: metadata.title ?? null,
      };
    });
  }
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8'));
  return Object.entries(truth).sort().map(([name, { articleBody }]) => ({
    name,
    html: gunzipSync(readFileSync(join(dir, 'html', `${name}.html.gz`))),
    expectedText: articleBody,
    title: null,
  }));
}

/** Titles agree when equal after white space and case are evened out. */
const sameTitle = (a, b) => {
  const even = (t) => (t ?? '').replace(/\s+/g, ' ').trim().toLowerCase();
  return even(a) === even(b);
};

const server = await startServer({ root: process.env.EXTRACT_DIST ?? distDir });
const browser = await launch();
const rows = [];
try {
  for (const page of pages()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const tab = await context.newPage();
    const console_ = [];
    tab.on('console', (m) => { if (m.type() === 'error') console_.push(m.text()); });
    tab.on('pageerror', (e) => console_.push(String(e)));
    // The reference text is read on the blank page first, so that the app's policy never
    // sees the reference's own markup.
    const reference = page.expectedHtml !== undefined
      ? await tab.evaluate((html) => new DOMParser().parseFromString(html, 'text/html').body.textContent, page.expectedHtml)
      : page.expectedText;
    await tab.goto(server.url);
    await tab.locator('h1.headline').waitFor();
    const before = await tab.evaluate(() => localStorage.getItem('quotemark:last-document'));
    await tab.getByRole('button', { name: 'Open article' }).click();
    const started = Date.now();
    await tab.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: `${page.name}.html`, mimeType: 'text/html', buffer: page.html });
    // Opened (a new current document) or refused (an error notice).
    await tab.waitForFunction(
      (before) => localStorage.getItem('quotemark:last-document') !== before || document.querySelector('.notice.error'),
      before,
      { timeout: 60_000 },
    );
    const ms = Date.now() - started;
    await tab.locator('article.article[aria-busy=false]').waitFor();
    // The library entry is written by the first save, just after the document opens.
    await tab.waitForFunction(() => document.querySelector('.notice.error') || (localStorage.getItem('quotemark:library') ?? '')
      .includes(JSON.stringify(localStorage.getItem('quotemark:last-document'))));
    const got = await tab.evaluate(() => {
      const refused = document.querySelector('.notice.error')?.textContent ?? null;
      const id = localStorage.getItem('quotemark:last-document');
      const index = JSON.parse(localStorage.getItem('quotemark:library') ?? '{"documents":[]}');
      const entry = index.documents.find((e) => e.id === id);
      const blocks = [...document.querySelectorAll('article.article [data-block]')].map((b) => b.textContent);
      const notices = [...document.querySelectorAll('.notice')].map((n) => n.textContent);
      return { refused, title: entry?.title ?? null, blocks, notices };
    });
    // The title Quotemark put first is not body text, unless it is all the text there is.
    const body = got.blocks.length > 1 && sameTitle(got.blocks[0], got.title) ? got.blocks.slice(1) : got.blocks;
    const scores = got.refused ? { precision: 0, recall: 0, f1: 0 } : wordScore(words(body.join(' ')), words(reference));
    const row = {
      name: page.name,
      ...scores,
      ms,
      refused: got.refused,
      title: got.title,
      expectedTitle: page.title,
      // Readability's reference has no title for a few pages; Quotemark names those by their first line.
      titleSame: page.title === null || page.title === '' ? null : sameTitle(got.title, page.title),
      told: /No article was found/.test(got.notices.join(' ')) ? 'no article'
        : /could not be looked for/.test(got.notices.join(' ')) ? 'finder unavailable'
          : /what looked like its article/.test(got.notices.join(' ')) ? 'part of page' : null,
      notices: got.notices,
      console: console_,
    };
    rows.push(row);
    if (row.f1 < 0.95 || row.titleSame === false || console_.length) {
      const title = row.titleSame === false ? `  title “${row.title}” ≠ “${row.expectedTitle}”` : '';
      const noise = console_.length ? `  ${console_.length} console message(s): ${console_[0].slice(0, 80)}` : '';
      console.log(`${page.name.slice(0, 28).padEnd(28)} F1 ${row.f1.toFixed(3)} P ${row.precision.toFixed(3)} R ${row.recall.toFixed(3)}${row.refused ? '  REFUSED' : ''}${title}${noise}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const f1s = rows.map((r) => r.f1);
const titled = rows.filter((r) => r.titleSame !== null);
const slowest = rows.reduce((a, b) => (b.ms > a.ms ? b : a));
const summary = {
  set,
  pages: rows.length,
  mean_f1: mean(f1s),
  median_f1: median(f1s),
  mean_precision: mean(rows.map((r) => r.precision)),
  mean_recall: mean(rows.map((r) => r.recall)),
  under_half: rows.filter((r) => r.f1 < 0.5).length,
  refused: rows.filter((r) => r.refused).length,
  titles_same: titled.length ? titled.filter((r) => r.titleSame).length / titled.length : null,
  pages_with_console_messages: rows.filter((r) => r.console.length).length,
  told_no_article: rows.filter((r) => r.told === 'no article').length,
  told_part_of_page: rows.filter((r) => r.told === 'part of page').length,
  told_part_of_page_recall: mean(rows.filter((r) => r.told === 'part of page').map((r) => r.recall)),
  untold_recall_under_half: rows.filter((r) => !r.told && !r.refused && r.recall < 0.5).length,
  median_ms: median(rows.map((r) => r.ms)),
  slowest: { name: slowest.name, ms: slowest.ms, bytes: pages().find((p) => p.name === slowest.name).html.length },
};
console.log('');
console.log(`| set | pages | mean F1 | median F1 | mean P | mean R | F1 < 0.5 | refused | titles equal | pages with console errors | median open | slowest open |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |`);
const pct = (x) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`);
console.log(`| ${set} | ${summary.pages} | ${summary.mean_f1.toFixed(3)} | ${summary.median_f1.toFixed(3)} | ${summary.mean_precision.toFixed(3)} | ${summary.mean_recall.toFixed(3)} | ${summary.under_half} | ${summary.refused} | ${pct(summary.titles_same)} | ${summary.pages_with_console_messages} | ${summary.median_ms} ms | ${summary.slowest.ms} ms (${(summary.slowest.bytes / 1024).toFixed(0)} KB, ${summary.slowest.name}) |`);
console.log('');
console.log(`Told the reader: no article found on ${summary.told_no_article} pages; part of the page on ${summary.told_part_of_page} (their mean recall ${summary.told_part_of_page ? summary.told_part_of_page_recall.toFixed(3) : 'n/a'}); pages with recall under 0.5 and no word to the reader: ${summary.untold_recall_under_half}.`);
console.log(`Titles compared on the ${titled.length} pages whose reference has one.`);
const out = resolve(repoRoot, 'target/bench');
if (!existsSync(out)) mkdirSync(out, { recursive: true });
writeFileSync(join(out, `extract-${set}.json`), JSON.stringify({ summary, rows }, null, 1));
