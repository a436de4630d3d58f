// Importing 5,000 annotations that carry only their quoted text (a W3C TextQuoteSelector, no
// position, no context) onto the long article through the app's Import (issue #22 item 6):
// how long until they are added, how long the longest task was meanwhile, and how the progress
// bar moved. A script that measures and prints, not a test. Run by scripts/bench-import.sh.
//
//   node scripts/bench/import-positionless.mjs LONG_DIR    (BENCH_RUNS=n, default 3)
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { longInputs, recordLongTasks } from './long-session.mjs';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { distDir, launch, repoRoot } from '../../tests/e2e/support/browser.mjs';

const [longDir] = process.argv.slice(2);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const { text, annotations } = longInputs(longDir);
const points = [...text];

// Annotations as another tool writes them when it keeps only the quote: W3C, TextQuoteSelector.
const w3c = JSON.stringify({
  '@context': 'http://www.w3.org/ns/anno.jsonld',
  type: 'AnnotationCollection',
  items: annotations.map((a, i) => ({
    id: `urn:bench:${i}`,
    type: 'Annotation',
    body: [{ type: 'TextualBody', purpose: 'tagging', value: a.kind === 'scare_quote' ? 'scare quote' : a.kind }],
    target: { selector: { type: 'TextQuoteSelector', exact: points.slice(a.start, a.end).join('') } },
  })),
});

const server = await startServer({ root: distDir });
const browser = await launch();
const rows = [];
try {
  for (let run = 1; run <= RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'Open article' }).click();
    await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
    await page.locator('h1.headline', { hasText: 'Long-form reader benchmark' }).waitFor();
    await page.locator('.suggestions-panel[aria-busy=false]').waitFor({ timeout: 120000 });
    await page.evaluate(recordLongTasks);
    // Every value the progress bar shows, as it changes.
    await page.evaluate(() => {
      window.__progress = [];
      new MutationObserver(() => {
        const bar = document.querySelector('.notice.opening progress');
        if (bar && bar.value !== window.__progress.at(-1)) window.__progress.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
      window.__start = performance.now();
    });
    await page.locator('input[type=file][accept*=json]').first().setInputFiles({ name: 'quotes.w3c.jsonld', mimeType: 'application/ld+json', buffer: Buffer.from(w3c) });
    const notice = page.getByRole('status').filter({ hasText: /Imported \d+ annotations/ });
    await notice.waitFor({ timeout: 300000 });
    const figures = await page.evaluate(() => ({
      ms: performance.now() - window.__start,
      longest: Math.max(0, ...window.__longTasks.slice()),
      over50: window.__longTasks.filter((d) => d > 50).length,
      progress: window.__progress.length,
    }));
    figures.report = (await notice.locator('p').textContent()).trim();
    rows.push(figures);
    console.log(`run ${run}: ${(figures.ms / 1000).toFixed(2)} s, longest task ${figures.longest.toFixed(0)} ms (${figures.over50} over 50 ms), progress shown ${figures.progress} times; ${figures.report}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nmedian of ${RUNS}: ${(median(rows.map((r) => r.ms)) / 1000).toFixed(2)} s for ${annotations.length} position-less annotations, longest task ${median(rows.map((r) => r.longest)).toFixed(0)} ms`);
writeFileSync(resolve(repoRoot, 'target/bench/import-positionless.json'), JSON.stringify(rows, null, 2));
