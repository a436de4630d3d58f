// What the first frame of a first visit costs apart from Quotemark's code (issue #21's first
// visit budget): the bundled article's first screen as the app draws it, copied into a page with
// no script at all, styled (its style sheet inlined) and unstyled, measured beside the app and
// the smallest Yew app (the floor, which has no style sheet). Each page is visited `FRAME_RUNS`
// times in turn, each visit in a new browser profile; the time is read from the page's own paint
// timing, reported by a console message from an init script, so that nothing is injected into the
// page while it loads (Playwright's `waitForFunction` compiles a script in the page, 10 to 20 ms
// on the main thread). A benchmark, not a test: it prints medians and writes
// target/bench/first-frame.json.
//
//   node scripts/bench/first-frame.mjs APP_DIST FLOOR_DIST     (FRAME_RUNS=n, default 10)
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { reportShown } from './long-session.mjs';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { launch, repoRoot } from '../../tests/e2e/support/browser.mjs';

const [appDir, floorDir] = process.argv.slice(2);
if (!appDir || !floorDir) throw new Error('usage: first-frame.mjs APP_DIST FLOOR_DIST');
const RUNS = Number(process.env.FRAME_RUNS ?? 10);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x) => Math.round(x * 10) / 10;

async function visit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(reportShown);
    const reported = new Promise((resolve) => page.on('console', (message) => {
      const text = message.text();
      if (text.startsWith('bench:shown ')) resolve(JSON.parse(text.slice('bench:shown '.length)));
    }));
    await page.goto(url);
    return await reported;
  } finally {
    await context.close();
  }
}

/**
 * The first screen as the app draws it on a first visit, without its scripts, into a copy of
 * `appDir` (so that the style sheet is the same file, served alike): `first-screen.html` with
 * the app's style sheet and `unstyled.html` without it.
 */
async function staticCopies(browser, server) {
  const dir = resolve(repoRoot, 'target/bench/first-frame');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(appDir, dir, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // The App's module and its chunks are held, never answered: the copy is the first screen alone,
  // as a first visit paints it, not the App that replaces it (whose side column has its panels).
  await context.route(/-app\.wasm|-chunk_\d+\.wasm/, () => {});
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:first-screen').length > 0);
  const [styled, unstyled] = await page.evaluate(async () => {
    // The style sheet inlined: a page with no script waits for a linked sheet's request before
    // its first paint, which the app does not (its sheet arrives while its first module is still
    // on its way), so a linked sheet would charge the rules with a request's time. Session 24,
    // 15 alternating visits: linked 136 ms, inlined 108, none 96. The copies have no script, so
    // the app's Content-Security-Policy, which forbids inline style, is left out of both.
    const sheets = await Promise.all([...document.querySelectorAll('link[rel="stylesheet"]')]
      .map(async (link) => (await fetch(link.href)).text()));
    const copy = (styles) => {
      const root = document.documentElement.cloneNode(true);
      root.querySelectorAll('script, link[rel="modulepreload"], link[rel="preload"], link[rel="quotemark-module"], meta[http-equiv="Content-Security-Policy"]').forEach((e) => e.remove());
      root.querySelectorAll('link[rel="stylesheet"]').forEach((link, i) => {
        if (styles) {
          const style = document.createElement('style');
          style.textContent = sheets[i];
          link.replaceWith(style);
        } else {
          link.remove();
        }
      });
      return `<!DOCTYPE html>${root.outerHTML}`;
    };
    return [copy(true), copy(false)];
  });
  await context.close();
  if (!styled.includes('class="paragraph"')) throw new Error('the first screen was not found in the page copied');
  if (styled.includes('class="panel"')) throw new Error('the App, not the first screen, was copied');
  writeFileSync(resolve(dir, 'first-screen.html'), styled);
  writeFileSync(resolve(dir, 'unstyled.html'), unstyled);
  return dir;
}

const browser = await launch();
const servers = [];
try {
  const app = await startServer({ root: appDir, deployed: true });
  const floor = await startServer({ root: floorDir, deployed: true });
  servers.push(app, floor);
  const copies = await startServer({ root: await staticCopies(browser, app), deployed: true });
  servers.push(copies);
  const pages = [
    ['the smallest Yew app (no style sheet)', floor.url],
    ['Quotemark, the bundled article', app.url],
    ['its first screen, copied into a page with no script', `${copies.url}first-screen.html`],
    ['the same copy without the style sheet', `${copies.url}unstyled.html`],
  ];
  // A fresh browser's first page also starts the renderer and its fonts: left out.
  await visit(browser, floor.url);
  const seen = pages.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    for (const [i, [, url]] of pages.entries()) seen[i].push(await visit(browser, url));
  }
  const out = {};
  console.log(`First visits, ${RUNS} of each page in turn; medians (ms from navigation):`);
  console.log('| page | its mark (first screen / ready) | first contentful paint | the later of the two |');
  console.log('| --- | --- | --- | --- |');
  for (const [i, [name]] of pages.entries()) {
    const visits = seen[i];
    const ready = visits.every((v) => v.ready !== null) ? median(visits.map((v) => v.ready)) : null;
    const paint = median(visits.map((v) => v.paint));
    const shown = median(visits.map((v) => Math.max(v.ready, v.paint)));
    out[name] = { ready, paint, shown, paints: visits.map((v) => round(v.paint)) };
    console.log(`| ${name} | ${ready === null ? '—' : round(ready)} | ${round(paint)} | ${round(shown)} |`);
  }
  mkdirSync(resolve(repoRoot, 'target/bench'), { recursive: true });
  writeFileSync(resolve(repoRoot, 'target/bench/first-frame.json'), JSON.stringify({ runs: RUNS, pages: out }, null, 2));
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
}
