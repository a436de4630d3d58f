// Main-thread tasks while the long article is detected (issue #21; a script that measures, not
// a test): opens the long article of ../shared/tools/longdoc.mjs in each given build, traces
// from the open until detection has ended, and prints the page's main-thread tasks over 16 and
// over 50 ms between the detection start mark and its end, and how long detection took. The
// builds are measured in turn, RUNS times each, alternating.
//
//   node scripts/bench/detect-tasks.mjs LONG_DIR DIST_A [DIST_B …]     (RUNS=3 by default)
import { resolve } from 'node:path';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { launch } from '../../tests/e2e/support/browser.mjs';
import { longInputs } from './long-session.mjs';

const [longDir, ...dists] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 3);
const { text } = longInputs(longDir);
const browser = await launch();
const results = new Map(dists.map((d) => [d, []]));
try {
  for (let run = 0; run < RUNS; run++) {
    for (const dist of dists) {
      const server = await startServer({ root: resolve(dist), deployed: true });
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.waitForFunction(() => performance.getEntriesByName('quotemark:detect').length > 0, null, { timeout: 60000 });
      await browser.startTracing(page, { categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
      await page.evaluate(() => performance.clearMeasures('quotemark:detect'));
      await page.getByRole('button', { name: 'Open article' }).click();
      await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: 'long.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
      await page.waitForFunction(() => performance.getEntriesByName('quotemark:detect').length > 0, null, { timeout: 120000 });
      const detectMs = await page.evaluate(() => performance.getEntriesByName('quotemark:detect').at(-1).duration);
      const receiveMs = await page.evaluate(() => Math.max(0, ...performance.getEntriesByName('quotemark:detect:receive').map((e) => e.duration)));
      const found = await page.locator('.suggestions-panel .panel-count, .suggestions-panel h2').first().textContent().catch(() => '?');
      const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
      const main = traceEvents.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
      const marks = traceEvents.filter((e) => e.name === 'quotemark:detect:start').map((e) => e.ts);
      const start = Math.max(...marks);
      const tasks = traceEvents.filter((e) => e.pid === main.pid && e.tid === main.tid && e.name === 'RunTask' && e.ph === 'X' && e.ts >= start);
      const over = (ms) => tasks.filter((t) => t.dur / 1000 > ms).length;
      // Which user-timing marks and measures each task over 16 ms holds: what it was doing.
      const timings = traceEvents.filter((e) => e.cat?.includes('blink.user_timing') && e.name.startsWith('quotemark'));
      const holds = tasks.filter((t) => t.dur / 1000 > 16).map((t) => `${(t.dur / 1000).toFixed(1)} ms [${[...new Set(timings.filter((m) => m.ts >= t.ts && m.ts <= t.ts + t.dur).map((m) => m.name))].join(', ')}]`);
      const longest = Math.max(0, ...tasks.map((t) => t.dur / 1000));
      // What the longest task spent its time on: the main thread's events inside it, by name
      // (nested ones counted in their parents too), the largest first.
      const top = tasks.find((t) => t.dur / 1000 === longest);
      const inside = {};
      for (const e of traceEvents) {
        if (!top || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || e === top) continue;
        if (e.ts >= top.ts && e.ts + (e.dur ?? 0) <= top.ts + top.dur) inside[e.name] = (inside[e.name] ?? 0) + (e.dur ?? 0) / 1000;
      }
      const spent = Object.entries(inside).sort((a, b) => b[1] - a[1]).slice(0, 8).map(([n, ms]) => `${n} ${ms.toFixed(1)}`).join(', ');
      results.get(dist).push({ detectMs, receiveMs, found, over16: over(16), over50: over(50), longest, holds, spent });
      await context.close();
      await server.close();
    }
  }
} finally {
  await browser.close();
}
for (const [dist, runs] of results) {
  console.log(`${dist}: ${runs.map((r) => `detect ${r.detectMs.toFixed(0)} ms (longest reply read ${r.receiveMs.toFixed(1)} ms; ${r.found?.trim()}), tasks >16 ms ${r.over16}, >50 ms ${r.over50}, longest ${r.longest.toFixed(1)} ms (${r.spent}); over 16 ms: ${r.holds.join('; ')}`).join('\n  | ')}`);
}
