// Insight on the bundled article after a scripted run (every suggestion accepted, one quote
// by hand): the roster with merge and split, the charts, the lists, the minimap, the reports
// (the HTML one validated, scriptless) and the print stylesheet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { appUnderTest } from './support/app.mjs';
import { screenshot } from './support/browser.mjs';
import { dragSelect } from './support/select.mjs';

const app = appUnderTest();

async function acceptAll(page, kind) {
  await page.getByRole('button', { name: new RegExp(`^Accept all \\d+ ${kind}`) }).click();
}

/** Clicks `button` and returns the downloaded file's name and text. */
async function download(page, button) {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync(await file.path(), 'utf8') };
}

test('roster, charts, lists, minimap, reports and print after accepting the suggestions', async () => {
  const { page, problems, context } = await app.freshPage();
  await page.locator('.suggestion-item').first().waitFor();
  await acceptAll(page, 'quote');
  await acceptAll(page, 'claim');
  await acceptAll(page, 'scare quote');
  await page.locator('.suggestions-panel .panel-empty').waitFor();
  await dragSelect(page, 'the same message that the United States remains committed');
  await page.keyboard.press('2');
  await page.getByLabel('Speaker').fill('he');
  await page.getByLabel('Speaker').press('Enter');
  await page.locator('.annotation-item.quote .who', { hasText: 'he' }).waitFor();

  await page.getByRole('button', { name: 'Insight' }).click();
  const dialog = page.getByRole('dialog', { name: 'Insight' });
  await dialog.waitFor();
  const rows = dialog.locator('table.roster tbody tr');
  assert.deepEqual(
    (await rows.locator('th').allTextContents()).slice(0, 2),
    ['NATO Secretary General Jens Stoltenberg', 'he'],
  );
  const cells = async (i) => rows.nth(i).locator('td.n').allTextContents();
  assert.deepEqual(await cells(0), ['3', '43', '2', '1', '0', '1'], 'quotes, words, direct, partial, indirect, claims');
  assert.equal(await rows.count(), 4);
  assert.equal(await dialog.locator('figure.chart svg').count(), 2);
  assert.match(await dialog.locator('figure.chart').first().textContent(), /43 words, \d+%/);
  assert.match(await dialog.locator('.framing-list').textContent(), /“Russian aggression” — framing of Washington/);
  assert.match(await dialog.locator('#insight-claims ~ p, section:has(#insight-claims) p').first().textContent(), /2 attributed, 2 unattributed/);

  // Merge "he" into Stoltenberg, then split it off again.
  const heRow = rows.filter({ has: page.locator('th', { hasText: /^he$/ }) });
  await heRow.locator('select.merge-speaker').selectOption('NATO Secretary General Jens Stoltenberg');
  await page.waitForFunction(() => document.querySelectorAll('table.roster tbody tr').length === 3);
  assert.deepEqual(await cells(0), ['4', '52', '3', '1', '0', '1']);
  await screenshot(page, 'insight');
  await dialog.getByRole('button', { name: 'Split “he” from NATO Secretary General Jens Stoltenberg' }).click();
  await page.waitForFunction(() => document.querySelectorAll('table.roster tbody tr').length === 4);

  // The reports.
  const html = await download(page, dialog.getByRole('button', { name: 'Download report (HTML)' }));
  assert.match(html.name, /^nato-trump-agree-on-dialogue-with-russia-stoltenberg-report\.html$/);
  assert.doesNotMatch(html.text, /<script/i);
  assert.doesNotMatch(html.text, /(src|href)="(https?:)?\/\//, 'nothing loads from the network');
  const validation = await new HtmlValidate({ extends: ['html-validate:standard'] }).validateString(html.text);
  const messages = validation.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`));
  assert.deepEqual(messages, [], 'the report is valid HTML');
  assert.ok(html.text.includes('<th scope="row">NATO Secretary General Jens Stoltenberg</th>'));
  const markdown = await download(page, dialog.getByRole('button', { name: 'Download report (Markdown)' }));
  assert.match(markdown.text, /^# NATO, Trump agree on dialogue with Russia: Stoltenberg\n/);
  assert.match(markdown.text, /\| NATO Secretary General Jens Stoltenberg \|  \| 3 \| 43 \| \d+% \|/);

  // The report opens offline on its own, with its highlights.
  const report = await context.newPage();
  await report.route('**/*', (route) => route.abort());
  await report.setContent(html.text);
  assert.equal(await report.locator('.article mark.scare_quote').textContent(), '“Russian aggression”');
  await report.close();

  await page.bringToFront();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'hidden' });

  // The minimap has a tick per kind at least, and a click reveals that highlight.
  const ticks = page.locator('.minimap rect.minimap-tick');
  assert.ok((await ticks.count()) >= 3);
  await page.locator('.minimap rect.minimap-tick.scare_quote').click();
  await page.locator('.annotation-item.scare_quote.selected').waitFor();
  // A mouse shortcut only: hidden from assistive technology, which gets the panel instead (no
  // empty landmark around a hidden drawing).
  assert.equal(await page.locator('.minimap').getAttribute('aria-hidden'), 'true');
  assert.equal(await page.locator('nav .minimap, nav.minimap').count(), 0);

  // Printing shows the annotated article without the app around it.
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.toolbar').isVisible(), false);
  assert.equal(await page.locator('.side-column').isVisible(), false);
  assert.equal(await page.locator('mark[data-kind=quote]').first().isVisible(), true);
  await screenshot(page, 'print');
  await page.emulateMedia({ media: 'screen' });

  assert.deepEqual(problems, []);
  await context.close();
});
