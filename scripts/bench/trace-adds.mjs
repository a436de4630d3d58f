// Where the time of adding a highlight goes (issue #8; not a test, and not part of
// bench-app.sh). Opens the long article with its 5,000 annotations in a built app, adds 20
// highlights as the app benchmark does, and prints, for the time inside the measured intervals
// only, the browser's main-thread work by kind (script, style, layout, paint, hit testing) from
// a Chrome trace. With PROFILE=1 it also samples the JavaScript and wasm functions, by time
// including callees (TOP=n of them), and with CALLERS=name what calls the functions of that
// name. Build with the functions' names for wasm to be readable:
//
//   QUOTEMARK_WASM_NAMES=1 trunk build --release --dist target/names-dist
//   node scripts/bench/trace-adds.mjs [DIST] [LONG_DIR]    (defaults: dist, target/bench/long)
import { resolve } from 'node:path';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { distDir, launch } from '../../tests/e2e/support/browser.mjs';
import { TIMER, longInputs, openLongArticle, selectIn, timeKey } from './long-session.mjs';

const [dist = distDir, longDir = 'target/bench/long'] = process.argv.slice(2);
const ADDS = 20;
const KINDS = /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|HitTest|MinorGC|MajorGC)$/;

const server = await startServer({ root: resolve(dist), deployed: true });
const browser = await launch();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  await context.addInitScript(TIMER);
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:ready').length > 0);
  await openLongArticle(page, longInputs(longDir));
  await page.waitForFunction(() => performance.getEntriesByName('quotemark:detect').length > 0, null, { timeout: 120000 });

  const cdp = await context.newCDPSession(page);
  const profiling = process.env.PROFILE === '1';
  const inclusive = new Map();
  const own = new Map();
  const callers = new Map();
  await browser.startTracing(page, { categories: ['blink.user_timing', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  const adds = [];
  for (let i = 0; i < ADDS; i++) {
    if (!(await selectIn(page, i))) continue;
    await page.locator('.selection-popover').waitFor();
    await page.waitForTimeout(300);
    if (profiling) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    }
    adds.push(await timeKey(page, +1, '2'));
    if (profiling) addProfile(inclusive, own, callers, (await cdp.send('Profiler.stop')).profile);
  }
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());

  const sorted = (xs) => [...xs].sort((a, b) => a - b);
  console.log(`adds (ms): ${adds.map((x) => x.toFixed(1)).join(' ')}; median ${sorted(adds)[Math.floor(adds.length / 2)].toFixed(1)}`);
  const main = traceEvents.find((e) => e.name === 'FunctionCall')?.tid;
  const starts = sorted(traceEvents.filter((e) => e.name === 'timer-start').map((e) => e.ts));
  const ends = sorted(traceEvents.filter((e) => e.name === 'timer-end').map((e) => e.ts));
  const inside = (e) => starts.some((t, i) => e.ts >= t && e.ts < ends[i]);
  const byKind = new Map();
  for (const e of traceEvents) {
    if (e.tid === main && e.ph === 'X' && KINDS.test(e.name) && inside(e)) byKind.set(e.name, (byKind.get(e.name) ?? 0) + e.dur / 1000 / adds.length);
  }
  console.log('\nmain thread inside the intervals, ms per add (events of a kind can nest in FunctionCall):');
  for (const [name, ms] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`${ms.toFixed(2).padStart(8)}  ${name}`);
  // A layout inside a script is one the script forced by reading the page before it was laid out.
  const scripts = traceEvents.filter((e) => e.tid === main && e.ph === 'X' && e.name === 'FunctionCall' && inside(e));
  const layouts = traceEvents.filter((e) => e.tid === main && e.ph === 'X' && e.name === 'Layout' && inside(e));
  const forced = layouts.filter((l) => scripts.some((f) => l.ts >= f.ts && l.ts < f.ts + f.dur));
  const perAdd = (xs) => (xs.reduce((sum, e) => sum + e.dur, 0) / 1000 / adds.length).toFixed(2);
  console.log(`layouts: ${(layouts.length / adds.length).toFixed(1)} per add (${perAdd(layouts)} ms), of them forced by a script ${(forced.length / adds.length).toFixed(1)} (${perAdd(forced)} ms)`);
  if (profiling) {
    console.log('\nfunctions, ms per add including callees (sampled from the key press to the paint):');
    for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.TOP ?? 60))) console.log(`${(ms / adds.length).toFixed(2).padStart(8)}  ${name.slice(0, 160)}`);
    if (process.env.CALLERS) {
      console.log(`\ncallers of functions named like ${process.env.CALLERS}, ms per add:`);
      for (const [name, ms] of [...callers].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(ms / adds.length).toFixed(2).padStart(8)}  ${name.slice(0, 160)}`);
    }
    console.log('\nfunctions, ms per add in the function itself (the samples where it was running):');
    for (const [name, ms] of [...own].sort((a, b) => b[1] - a[1]).slice(0, 40)) console.log(`${(ms / adds.length).toFixed(2).padStart(8)}  ${name.slice(0, 160)}`);
  }
  await context.close();
} finally {
  await browser.close();
  await server.close();
}

/** Adds each sample's time to every function on its stack (once per function), to the function
 * running, and to the three callers of the function named like CALLERS. */
function addProfile(totals, selfTotals, callerTotals, profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nameOf = (n) => n.callFrame.functionName || n.callFrame.url.split('/').pop() || '(anonymous)';
  profile.samples.forEach((id, k) => {
    const ms = profile.timeDeltas[k] / 1000;
    const stack = [];
    for (let at = id; at !== undefined; at = parent.get(at)) stack.push(nameOf(byId.get(at)));
    for (const name of new Set(stack)) totals.set(name, (totals.get(name) ?? 0) + ms);
    const callee = process.env.CALLERS ? stack.findIndex((name) => name.includes(process.env.CALLERS)) : -1;
    if (callee >= 0) {
      const chain = stack.slice(callee + 1, callee + 4).map((name) => name.replace(/::h[0-9a-f]{16}$/, '')).join(' < ');
      callerTotals.set(chain, (callerTotals.get(chain) ?? 0) + ms);
    }
    const leaf = nameOf(byId.get(id));
    selfTotals.set(leaf, (selfTotals.get(leaf) ?? 0) + ms);
  });
}
