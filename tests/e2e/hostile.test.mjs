// Hostile input (issue #9): the script-injection corpus of support/payloads.mjs sent through
// every way text enters Quotemark — a pasted article, an HTML file, titles and sources, every
// annotation field typed in the editor, every field of imported Quotemark, W3C and Hypothesis
// files and of a library backup — and through the downloaded HTML report. None may run: the
// sentinel stays uncalled, no dialog opens, no CSP violation is even attempted, and no element
// with a handler, a script URL or active content appears.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { appUnderTest } from './support/app.mjs';
import { repoRoot } from './support/browser.mjs';
import { PAYLOADS, installSentinel, traces } from './support/payloads.mjs';
import { dragSelect } from './support/select.mjs';

const app = appUnderTest();
const BUNDLED = readFileSync(resolve(repoRoot, 'static/articles/nato-dialogue-presstv.txt'), 'utf8');
const POLICY_META = 'meta[http-equiv="Content-Security-Policy"]';

/** A fresh page with the sentinel installed before the app, and every dialog recorded. */
async function guardedPage(options = {}) {
  const opened = await app.freshPage(options);
  opened.dialogs = [];
  opened.page.on('dialog', (d) => { opened.dialogs.push(d.message()); d.dismiss(); });
  await opened.context.addInitScript(installSentinel);
  await opened.page.reload();
  await opened.page.locator('h1.headline').waitFor();
  return opened;
}

async function assertNothingRan({ page, dialogs, problems }, where) {
  await loadAttemptsSettled(page);
  const seen = await traces(page);
  assert.deepEqual({ ...seen, dialogs, problems }, { hits: [], violations: [], handlers: [], urls: [], active: [], dialogs: [], problems: [] }, where);
}

/** Handlers such as onerror fire after a load attempt: a control image (the app's own icon,
 * asked for afresh) is requested last, and its load event says that the attempts asked for
 * before it have had their answers. */
async function loadAttemptsSettled(page) {
  await page.evaluate(() => new Promise((done, fail) => {
    const control = new Image();
    control.addEventListener('load', () => done(), { once: true });
    control.addEventListener('error', () => fail(new Error('the control image did not load')), { once: true });
    control.src = `icon-192.png?control=${Date.now()}`;
  }));
}

async function importFile(page, name, json) {
  await page.locator('input[type=file][accept*=json]').first().setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(json)) });
}

/** The code-point range of `needle` in the bundled article. */
function rangeOf(needle) {
  const byte = BUNDLED.indexOf(needle);
  const start = [...BUNDLED.slice(0, byte)].length;
  return { start, end: start + [...needle].length, exact: needle };
}

const uuid = (i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

test('the page carries a policy that allows no inline script, and runs none', async () => {
  const { page, problems, context } = await app.freshPage();
  const policy = await page.locator(POLICY_META).getAttribute('content');
  const scriptSrc = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.equal(scriptSrc, "script-src 'self' 'wasm-unsafe-eval'");
  assert.ok(!policy.includes('unsafe-inline') && !/'unsafe-eval'/.test(policy), policy);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script in the page');
  // The policy is in force: an inline script put in the page by hand does not run.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return window.__inline ?? false;
  });
  assert.equal(ran, false);
  assert.ok(problems.every((p) => p.includes('Content Security Policy')), problems.join('\n'));
  await context.close();
});

test(`a pasted article, its title and source, and every editor field carry ${PAYLOADS.length} payloads and none runs`, async () => {
  const guarded = await guardedPage();
  const { page, context } = guarded;
  assert.ok(PAYLOADS.length >= 100);
  const text = [PAYLOADS[0], 'The minister said “nothing new” about the “special operation”.', ...PAYLOADS].join('\n\n');
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Paste the article/).fill(text);
  await page.getByRole('button', { name: 'Open pasted text' }).click();
  await page.locator('h1.headline', { hasText: PAYLOADS[0] }).waitFor();
  // A long article comes into the page a few groups of blocks at a time.
  await page.locator('article.article[aria-busy=false]').waitFor();
  const shown = await page.locator('article.article').textContent();
  for (const p of PAYLOADS) assert.ok(shown.includes(p.replaceAll('\u0000', '\ufffd')) || shown.includes(p), `shown as text: ${p}`);

  // Every field of the editor: a quote with speaker, cue, note and tags; a scare quote's framer.
  await dragSelect(page, '“nothing new”');
  await page.keyboard.press('2');
  for (const [label, value] of [['Speaker', PAYLOADS[6]], ['Cue', PAYLOADS[25]], ['Note', PAYLOADS[44]], ['Tags', `${PAYLOADS[50]}, ${PAYLOADS[53]}`]]) {
    await page.getByLabel(label).fill(value);
    await page.getByLabel(label).press('Tab');
  }
  await dragSelect(page, '“special operation”');
  await page.keyboard.press('3');
  await page.getByLabel('Whose framing').fill(PAYLOADS[47]);
  await page.getByLabel('Whose framing').press('Enter');
  await page.locator('.annotation-item', { hasText: PAYLOADS[6] }).waitFor();

  // Title and source: the source must be a web address, so a script URL is refused.
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await library.locator('.library-entry', { hasText: PAYLOADS[0].slice(0, 20) }).getByRole('button', { name: 'Edit' }).click();
  await library.getByLabel('New title').fill(PAYLOADS[52]);
  await library.getByLabel('Source address').fill(PAYLOADS[40]);
  await library.getByLabel('Source address').press('Enter');
  await library.getByRole('alert').filter({ hasText: 'is not a web address' }).waitFor();
  await library.getByLabel('Source address').fill(`https://example.org/?q=${encodeURIComponent(PAYLOADS[6])}`);
  await library.getByLabel('Source address').press('Enter');
  await library.locator('.library-title', { hasText: PAYLOADS[52] }).waitFor();
  await page.keyboard.press('Escape');
  await assertNothingRan(guarded, 'pasted article and editor');

  // The Insight dialog and its HTML report, opened as a page of its own.
  await page.getByRole('button', { name: 'Insight' }).click();
  const insight = page.getByRole('dialog', { name: /Insight/ });
  await insight.getByText(PAYLOADS[6]).first().waitFor();
  const downloaded = page.waitForEvent('download');
  await insight.getByRole('button', { name: 'Download report (HTML)' }).click();
  const report = readFileSync(await (await downloaded).path(), 'utf8');
  assert.ok(!/<script/i.test(report), 'the report has no script element');
  await assertNothingRan(guarded, 'insight');
  const reader = await context.newPage();
  const readerGuard = { page: reader, dialogs: [], problems: [] };
  reader.on('dialog', (d) => { readerGuard.dialogs.push(d.message()); d.dismiss(); });
  await reader.route('**/*', (route) => route.abort());
  // The sentinel first, so that anything the report ran would be recorded.
  await reader.evaluate(installSentinel);
  await reader.setContent(report);
  assert.ok((await reader.locator('body').textContent()).includes(PAYLOADS[6]), 'the payload is shown as text');
  const seen = await traces(reader);
  assert.deepEqual({ hits: seen.hits, handlers: seen.handlers, urls: seen.urls }, { hits: [], handlers: [], urls: [] }, 'report');
  await context.close();
});

test('an HTML file with payloads in its head, body and attributes opens as text and runs nothing', async () => {
  const guarded = await guardedPage();
  const { page, context } = guarded;
  const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('"', '&quot;');
  // A NUL byte makes a file binary, which is refused before parsing (tested in library.test.mjs).
  const payloads = PAYLOADS.filter((p) => !p.includes('\u0000'));
  const html = `<html><head><title>${PAYLOADS[1]}</title>
    <meta property="og:title" content="${escape(PAYLOADS[7])}"><link rel="canonical" href="javascript:top.__xss(9999)">
    ${payloads.slice(0, 20).join('\n')}</head><body><article><h1>Hostile page</h1>
    ${payloads.map((p) => `<p title="${escape(p)}">As text: ${escape(p)}</p>`).join('\n')}
    ${payloads.map((p) => `<p>Raw: ${p}</p>`).join('\n')}
    </article></body></html>`;
  await page.getByRole('button', { name: 'Open article' }).click();
  await page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: 'hostile.html', mimeType: 'text/html', buffer: Buffer.from(html) });
  await page.locator('h1.headline', { hasText: PAYLOADS[7] }).waitFor();
  await page.locator('article.article[aria-busy=false]').waitFor();
  const shown = await page.locator('article.article').textContent();
  // Escaped markup is shown as the text it is. (Raw markup after it is parsed as markup; some of
  // it, such as an unclosed <style> inside MathML, swallows the rest of the page, as it would
  // in any browser: only its text could ever reach the article.)
  assert.deepEqual(payloads.filter((p) => !shown.includes(`As text: ${p}`)), []);
  assert.equal(await page.locator('.publisher').count(), 0, 'a script URL is no source address');
  await assertNothingRan(guarded, 'HTML file');
  await context.close();
});

test('every field of imported Quotemark, W3C, Hypothesis and backup files carries payloads and none runs', async () => {
  const guarded = await guardedPage();
  const { page, context } = guarded;
  const kinds = ['claim', 'quote', 'scare_quote'];
  const spans = ['Vladimir Putin', 'obsolete', 'Russian aggression', 'a more assertive'].map(rangeOf);
  const now = '2026-11-28T10:00:00.000Z';
  const id = `sha256:${createHash('sha256').update(BUNDLED).digest('hex')}`;

  const quotemark = {
    format: 'quotemark', version: 1, exported: now,
    document: { id, title: PAYLOADS[2], source: PAYLOADS[40], length: [...BUNDLED].length },
    annotations: PAYLOADS.map((p, i) => ({
      id: uuid(i), kind: kinds[i % 3], ...spans[i % spans.length], note: p, tags: [p, 'x'], speaker: p, cue: p,
      quote_type: i % 3 === 1 ? 'direct' : null, attributed_to: i % 3 === 2 ? p : null, origin: 'user', created: now, modified: now,
    })),
  };
  await importFile(page, 'hostile.quotemark.json', quotemark);
  await page.getByRole('status').filter({ hasText: /Imported 142 annotations/ }).waitFor();
  await assertNothingRan(guarded, 'Quotemark JSON');

  const selector = (s) => [{ type: 'TextQuoteSelector', exact: s.exact }, { type: 'TextPositionSelector', start: s.start, end: s.end }];
  const w3c = {
    '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', label: PAYLOADS[3],
    first: { type: 'AnnotationPage', items: PAYLOADS.map((p, i) => ({
      id: `urn:uuid:${uuid(1000 + i)}`, type: 'Annotation', created: now, creator: { name: p },
      body: [
        { type: 'TextualBody', purpose: 'classifying', value: kinds[i % 3] },
        { type: 'TextualBody', purpose: 'commenting', value: p },
        { type: 'TextualBody', purpose: 'tagging', value: p },
        { type: 'TextualBody', purpose: 'identifying', role: 'speaker', value: p },
        { type: 'TextualBody', purpose: 'identifying', role: 'attributed_to', value: p },
        { type: 'TextualBody', purpose: 'describing', role: 'cue', value: p },
        p,
      ],
      target: { source: PAYLOADS[40], selector: selector(spans[(i + 1) % spans.length]) },
    })) },
  };
  await importFile(page, 'hostile.w3c.jsonld', w3c);
  await page.getByRole('status').filter({ hasText: /Imported 142 annotations/ }).waitFor();
  await assertNothingRan(guarded, 'W3C');

  const hypothesis = {
    export_date: now, export_userid: PAYLOADS[4],
    annotations: PAYLOADS.map((p, i) => ({
      id: `h${i}`, created: now, updated: now, text: p, tags: [kinds[i % 3].replace('_', ' '), p], user: p, uri: PAYLOADS[40],
      target: [{ source: PAYLOADS[40], selector: selector(spans[(i + 2) % spans.length]) }],
    })),
  };
  await importFile(page, 'hostile.hypothesis.json', hypothesis);
  await page.getByRole('status').filter({ hasText: /Imported 142 annotations/ }).waitFor();
  await assertNothingRan(guarded, 'Hypothesis');

  // The panel shows them; the editor opens one; Insight lists every speaker.
  await page.locator('.annotation-item').first().click();
  await page.getByRole('button', { name: 'Insight' }).click();
  await page.getByRole('dialog', { name: /Insight/ }).locator('th', { hasText: PAYLOADS[9] }).first().waitFor();
  await page.keyboard.press('Escape');
  await assertNothingRan(guarded, 'panel, editor and Insight');

  // A library backup whose document carries payloads in its title, source and text.
  const text = ['Backup title', ...PAYLOADS].join('\n\n');
  const backup = {
    format: 'quotemark-library', version: 2, exported: now,
    documents: [{
      version: 2, id: `sha256:${createHash('sha256').update(text).digest('hex')}`, title: PAYLOADS[5], source: PAYLOADS[40], added: now,
      text, annotations: [], history: { undo: [], redo: [] }, rejected: [PAYLOADS[6]], speakers: { [PAYLOADS[7]]: PAYLOADS[8] },
    }],
  };
  await page.getByRole('button', { name: 'Library' }).click();
  const library = page.getByRole('dialog', { name: 'Library' });
  await library.locator('input[type=file]').setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(backup)) });
  await library.getByRole('status').filter({ hasText: /1 new article/ }).waitFor();
  await library.locator('.library-entry', { hasText: PAYLOADS[5] }).getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'Backup title' }).waitFor();
  await assertNothingRan(guarded, 'backup');
  await context.close();
});
