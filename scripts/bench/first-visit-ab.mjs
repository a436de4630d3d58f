// First visits of two or more builds, alternating in one run (a script that measures, not a
// test): each round visits every build once, in a new browser profile, so that the machine's
// changing load falls on all of them alike. Prints, per build, the medians of the first
// contentful paint, of the first-screen mark (the App's ready mark where there is no first
// screen) and of the time from the mark to the paint; then, for each build after the first,
// the median of its differences from the first build in the same round, and in how many rounds
// it painted earlier or later.
//
//   node scripts/bench/first-visit-ab.mjs BUILD_DIR BUILD_DIR [BUILD_DIR …]
//   RUNS=40 (rounds; the first visit of a fresh browser is left out)
//
// Each BUILD_DIR is a built `dist` (copy one aside before rebuilding) or the floor's
// (target/bench/floor-dist).
import { reportShown } from './long-session.mjs';
import { startServer } from '../../tests/e2e/support/server.mjs';
import { launch } from '../../tests/e2e/support/browser.mjs';

const dirs = process.argv.slice(2);
if (dirs.length < 2) {
  console.error('usage: node scripts/bench/first-visit-ab.mjs BUILD_DIR BUILD_DIR [BUILD_DIR …]');
  process.exit(2);
}
const rounds = Number(process.env.RUNS ?? 40);
const servers = await Promise.all(dirs.map((root) => startServer({ root, deployed: true })));
const browser = await launch();

/** One first visit: the page's own report of its mark and first contentful paint. */
async function visit(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript(reportShown);
  const shown = new Promise((resolve) => page.on('console', (m) => {
    if (m.text().startsWith('bench:shown ')) resolve(JSON.parse(m.text().slice('bench:shown '.length)));
  }));
  await page.goto(url);
  const { ready, paint } = await shown;
  await context.close();
  return { paint, ready, afterMark: paint - ready };
}

await visit(servers[0].url);
const visits = dirs.map(() => []);
for (let round = 0; round < rounds; round++) {
  for (const [i, server] of servers.entries()) visits[i].push(await visit(server.url));
}
await browser.close();
await Promise.all(servers.map((s) => s.close()));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
console.log(`first visits, ${rounds} rounds alternating; medians: first paint / mark / paint after the mark`);
for (const [i, dir] of dirs.entries()) {
  const v = visits[i];
  console.log(`  ${dir}: ${ms(median(v.map((x) => x.paint)))} / ${ms(median(v.map((x) => x.ready)))} / ${ms(median(v.map((x) => x.afterMark)))}`);
}
for (let i = 1; i < dirs.length; i++) {
  const paint = visits[i].map((x, r) => x.paint - visits[0][r].paint);
  const afterMark = visits[i].map((x, r) => x.afterMark - visits[0][r].afterMark);
  console.log(`  ${dirs[i]} less ${dirs[0]}, same round: first paint ${ms(median(paint))}, after the mark ${ms(median(afterMark))}; painted earlier in ${paint.filter((d) => d < 0).length}, later in ${paint.filter((d) => d > 0).length} of ${rounds}`);
}
