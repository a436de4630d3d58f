// Bringing a corpus from other tools (issue #22): brat, INCEpTION TSV, Label Studio and doccano
// files (the tools' own, from tests/fixtures/interop) opened in one step with their texts; the
// labels mapped by the reader, remembered per tool; one report; Cancel opens nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appUnderTest } from './support/app.mjs';
import { repoRoot, screenshot } from './support/browser.mjs';
import { highlighted } from './support/select.mjs';

const app = appUnderTest();
const fixture = (path) => readFileSync(resolve(repoRoot, 'tests/fixtures/interop', path));

function theirFiles() {
  const file = (name, path, mimeType = 'text/plain') => ({ name, mimeType, buffer: fixture(path) });
  return [
    file('110-note_annotation.txt', 'brat/110-note_annotation.txt'),
    file('110-note_annotation.ann', 'brat/110-note_annotation.ann'),
    file('example2.tsv', 'inception/example2.tsv', 'text/tab-separated-values'),
    file('1.json', 'label-studio/1.json', 'application/json'),
    file('example.jsonl', 'doccano/example.jsonl', 'application/jsonl'),
  ];
}

async function chooseFiles(page, files) {
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles(files);
}

/** The labels dialog's rows: [tool, label, spans, what they become]. */
async function rows(dialog) {
  return dialog.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => {
    const select = tr.querySelector('select');
    return [
      tr.closest('table').querySelector('caption').textContent,
      tr.querySelector('th').textContent,
      tr.querySelector('td.number').textContent,
      select.options[select.selectedIndex].textContent,
    ];
  }));
}

test('other tools\u2019 files open with their texts, after the reader maps their labels, with one report', async () => {
  const { page, problems, context } = await app.freshPage();
  await chooseFiles(page, theirFiles());
  const dialog = page.getByRole('dialog', { name: 'What their labels become' });
  await dialog.waitFor();
  // Counted off the files: the brat tutorial's 14 spans, doccano's 4, one Label Studio region.
  const shown = await rows(dialog);
  const of = (tool) => shown.filter((r) => r[0] === tool).map((r) => r.slice(1));
  assert.deepEqual(of('brat'), [
    ['Organization', '6', 'a claim tagged with the label'],
    ['Person', '4', 'a claim tagged with the label'],
    ['GPE', '2', 'a claim tagged with the label'],
    ['Merge-org', '2', 'a claim tagged with the label'],
  ]);
  assert.deepEqual(of('doccano'), [
    ['PERSON', '2', 'a claim tagged with the label'],
    ['MISC', '1', 'a claim tagged with the label'],
    ['ORG', '1', 'a claim tagged with the label'],
  ]);
  assert.deepEqual(of('Label Studio'), [['Date', '1', 'a claim tagged with the label']]);
  assert.ok(of('INCEpTION / WebAnno TSV').length > 0, 'the TSV file\u2019s labels are listed');
  await screenshot(page, 'other-tools-labels', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'dark' });
  await screenshot(page, 'other-tools-labels-dark', { fullPage: false });
  await page.emulateMedia({ colorScheme: 'light' });
  await dialog.getByLabel('doccano PERSON becomes').selectOption({ label: 'a quote' });
  await dialog.getByLabel('doccano ORG becomes').selectOption({ label: 'nothing (skip)' });
  // A part-of-speech layer is not what Quotemark is for: all of it skipped at once.
  await dialog.getByRole('button', { name: 'All INCEpTION / WebAnno TSV labels become skipped' }).click();
  assert.ok((await rows(dialog)).filter((r) => r[0] === 'INCEpTION / WebAnno TSV').every((r) => r[3] === 'nothing (skip)'));
  await dialog.getByRole('button', { name: 'Open 6 articles' }).click();

  const report = page.getByRole('status').filter({ hasText: 'Opened 6 articles' });
  await report.waitFor();
  const words = await report.locator('p').textContent();
  assert.match(words, /doccano “MISC” \(1\) → claims tagged with their label, “PERSON” \(2\) → quotes, “ORG” \(1\) → skipped/, words);
  assert.match(words, /brat “Organization” \(6\), “Person” \(4\), “GPE” \(2\), “Merge-org” \(2\) → claims tagged with their label/, words);
  assert.match(words, /INCEpTION \/ WebAnno TSV \d+ labels \(\d+ spans\) → skipped/, words);
  assert.match(words, /Annotations: \d+ claims, 2 quotes\./, words);
  assert.doesNotMatch(words, /refused|orphan/, words);

  // Each is in the library with its annotations: doccano's third line is “President Obama”,
  // its span 10–15 a quote now.
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await library.locator('.library-entry', { hasText: 'President Obama' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'President Obama' }).waitFor();
  assert.deepEqual((await highlighted(page)).map((h) => [h.kind, h.text]), [['quote', 'Obama']]);
  await page.getByRole('button', { name: 'Library' }).click();
  await library.locator('.library-entry', { hasText: 'Annotation notes' }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'Annotation notes' }).waitFor();
  assert.equal((await highlighted(page)).length, 14);
  await screenshot(page, 'other-tools-brat-opened', { fullPage: false });

  // Opened again after a reload: the choices are offered as made; Cancel opens nothing.
  await page.reload();
  await page.locator('h1.headline').waitFor();
  await chooseFiles(page, theirFiles());
  await dialog.waitFor();
  const again = await rows(dialog);
  assert.deepEqual(again.find((r) => r[0] === 'doccano' && r[1] === 'PERSON')[3], 'a quote');
  assert.deepEqual(again.find((r) => r[0] === 'doccano' && r[1] === 'ORG')[3], 'nothing (skip)');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await page.getByRole('button', { name: 'Library' }).click();
  // The bundled article and the six, no more.
  await library.waitFor();
  await page.waitForFunction(() => document.querySelectorAll('.library-entry').length >= 7);
  assert.equal(await library.locator('.library-entry').count(), 7);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a brat .ann without its text, a bad line and an annotation file are named in the report; the rest opens', async () => {
  const { page, problems, context } = await app.freshPage();
  const ann = Buffer.concat([fixture('brat/110-note_annotation.ann'), Buffer.from('T99\tPerson 5 x\tbad\n')]);
  const lines = fixture('brat/110-note_annotation.ann').toString().split('\n').filter((l) => l !== '').length;
  await chooseFiles(page, [
    { name: '110-note_annotation.txt', mimeType: 'text/plain', buffer: fixture('brat/110-note_annotation.txt') },
    { name: '110-note_annotation.ann', mimeType: 'text/plain', buffer: ann },
    { name: 'lonely.ann', mimeType: 'text/plain', buffer: Buffer.from('T1\tPerson 0 3\tAnn\n') },
    { name: 'annotations.w3c.json', mimeType: 'application/json', buffer: fixture('recogito/annotations.w3c.json') },
  ]);
  const dialog = page.getByRole('dialog', { name: 'What their labels become' });
  // The bad line, the lone .ann, the W3C file.
  await dialog.getByText('3 items could not be read').waitFor();
  await dialog.getByRole('button', { name: 'Open 1 article' }).click();
  const report = page.getByRole('status').filter({ hasText: 'Opened 1 article' });
  await report.waitFor();
  const words = await report.locator('p').textContent();
  assert.match(words, new RegExp(`“110-note_annotation.ann” line ${lines + 1}: its offsets “5 x” are not pairs of whole numbers`), words);
  assert.match(words, /“lonely.ann”: its text, “lonely.txt”, was not among the files opened with it/, words);
  assert.match(words, /“annotations.w3c.json”: it holds annotations without their text \(Quotemark JSON, W3C or Hypothesis\): open its article, then use Import/, words);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a Label Studio export imported onto an article opens its tasks as articles instead', async () => {
  const { page, problems, context } = await app.freshPage();
  await page.locator('input[type=file][accept*=json]').first().setInputFiles({ name: '1.json', mimeType: 'application/json', buffer: fixture('label-studio/1.json') });
  const dialog = page.getByRole('dialog', { name: 'What their labels become' });
  await dialog.waitFor();
  assert.deepEqual((await rows(dialog)).map((r) => r.slice(0, 3)), [['Label Studio', 'Date', '1']]);
  await dialog.getByRole('button', { name: 'Open 1 article' }).click();
  await page.getByRole('status').filter({ hasText: 'Opened 1 article' }).waitFor();
  assert.equal((await highlighted(page)).length, 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a brat pair dropped on the page opens as chosen ones do', async () => {
  const { page, problems, context } = await app.freshPage();
  const txt = fixture('brat/110-note_annotation.txt').toString();
  const ann = fixture('brat/110-note_annotation.ann').toString();
  await page.evaluate(([txt, ann]) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([ann], '110-note_annotation.ann', { type: 'text/plain' }));
    transfer.items.add(new File([txt], '110-note_annotation.txt', { type: 'text/plain' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, [txt, ann]);
  const dialog = page.getByRole('dialog', { name: 'What their labels become' });
  await dialog.getByRole('button', { name: 'All brat labels become quotes' }).click();
  await dialog.getByRole('button', { name: 'Open 1 article' }).click();
  await page.getByRole('status').filter({ hasText: 'Opened 1 article' }).filter({ hasText: 'Annotations: 14 quotes.' }).waitFor();
  await page.locator('h1.headline', { hasText: 'Annotation notes' }).waitFor();
  const kinds = new Set((await highlighted(page)).map((h) => h.kind));
  assert.deepEqual([...kinds], ['quote']);
  assert.deepEqual(problems, []);
  await context.close();
});
