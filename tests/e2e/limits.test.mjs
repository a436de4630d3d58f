// Limits (issue #9, core/limits.rs) as the reader meets them: a field at its maximum is kept,
// one character more is refused with a message and nothing changes; an import file over a
// limit is refused whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './support/app.mjs';
import { dragSelect } from './support/select.mjs';

const app = appUnderTest();

test('a speaker of 200 characters is kept, one of 201 is refused with a message', async () => {
  const { page, problems, context } = await app.freshPage();
  await dragSelect(page, 'obsolete');
  await page.keyboard.press('2');
  const speaker = page.getByLabel('Speaker');
  await speaker.fill('“'.repeat(200));
  await speaker.press('Enter');
  await page.locator('.annotation-item', { hasText: '“'.repeat(200) }).waitFor();

  await speaker.fill('“'.repeat(201));
  await speaker.press('Enter');
  const alert = page.getByRole('alert').filter({ hasText: 'Not changed' });
  await alert.waitFor();
  assert.equal((await alert.locator('p, span').first().textContent()).trim(),
    'Not changed: the speaker is 201 characters long; Quotemark keeps up to 200 characters there.');
  assert.equal(await page.locator('.annotation-item', { hasText: '“'.repeat(201) }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('an import file whose note is over the limit imports nothing and says which annotation', async () => {
  const { page, problems, context } = await app.freshPage();
  const file = {
    format: 'quotemark', version: 1, exported: '2026-11-28T10:00:00.000Z',
    annotations: [{ id: '00000000-0000-4000-8000-000000000001', kind: 'claim', start: 0, end: 4, exact: 'News', note: 'n'.repeat(10001) }],
  };
  await page.locator('input[type=file][accept*=json]').first().setInputFiles({ name: 'long-note.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const alert = page.getByRole('alert').filter({ hasText: 'Nothing was imported' });
  await alert.waitFor();
  assert.match(await alert.textContent(), /Nothing was imported from “long-note\.json”: annotation 1 of the file is over a limit: the note is 10001 characters long; Quotemark keeps up to 10000 characters there\./);
  assert.equal(await page.locator('mark[data-annotation-id]').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});
