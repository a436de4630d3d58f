import { launch } from '../../tests/e2e/support/browser.mjs';
import { startServer } from '../../tests/e2e/support/server.mjs';
const browser = await launch();
for (const root of process.argv.slice(2)) {
  const server = await startServer({ root, deployed: true });
  const fcps = [];
  for (let i = 0; i < 8; i++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(server.url);
    await p.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    await p.waitForTimeout(300);
    fcps.push(await p.evaluate(() => [performance.getEntriesByName('first-contentful-paint')[0].startTime, performance.getEntriesByName('quotemark:ready')[0]?.startTime ?? null]));
    await ctx.close();
  }
  console.log(root, JSON.stringify(fcps.map(([a, b]) => [Math.round(a), b && Math.round(b)])));
  await server.close?.();
}
await browser.close();
