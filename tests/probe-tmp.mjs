import { startServer } from '/work/main/tests/e2e/support/server.mjs';
import { distDir, launch, openPage } from '/work/main/tests/e2e/support/browser.mjs';
const server = await startServer({ root: distDir });
const browser = await launch();
const { page, problems } = await openPage(browser);
await page.goto(server.url);
await page.locator('h1.headline').waitFor();
const paragraph = (i) => `Minister Karl Berg${i} spoke on day ${i}. “We will open ${i} new schools this year,” he said, adding that the plan was “affordable.”`;
const text = ['Schools Plan Announced', ...Array.from({ length: 4000 }, (_, i) => paragraph(i))].join('\n\n');
await page.getByRole('button', { name: 'Open article' }).click();
await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: 'schools.txt', mimeType: 'text/plain', buffer: Buffer.from(text) });
for (let i = 0; i < 10; i++) {
  await page.waitForTimeout(1000);
  console.log(i, await page.evaluate(() => [document.querySelectorAll('[data-block]').length, document.querySelector('article').getAttribute('aria-busy'), performance.getEntriesByName('quotemark:article-complete').length]));
}
console.log(problems);
await browser.close(); await server.close();
