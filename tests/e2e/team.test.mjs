// Team projects (issue #19): coders in their own browsers, each working offline-first in a
// replica, meeting in the project's database on a local pouchdb-server (which speaks CouchDB's
// HTTP API and replication protocol; see docs/TEAMS.md for what was tested only against it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { appUnderTest } from './support/app.mjs';
import { violations } from './support/axe.mjs';
import { screenshot } from './support/browser.mjs';
import { dragSelect, highlighted } from './support/select.mjs';
import { startRelay, startTeamServer } from './support/team_server.mjs';
import { setUp } from '../../scripts/team/setup.mjs';

const app = appUnderTest();
let couch;
let relay;

const ARTICLE = 'Council vote\n\nThe council voted on the plan on Monday, calling it “a fair deal” for the district. '
  + 'Critics called the vote “rushed” and said it ignored residents.\n\nThe mayor said the plan would “pay for itself” within a decade.';

async function addUser(name, roles) {
  const response = await fetch(`${couch.url}/_users/org.couchdb.user:${name}`, {
    method: 'PUT',
    headers: { Authorization: `Basic ${Buffer.from(couch.admin).toString('base64')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: 'pw', roles, type: 'user' }),
  });
  assert.ok(response.ok, `user ${name}: ${response.status}`);
}

before(async () => {
  couch = await startTeamServer();
  await setUp(couch.url, couch.admin, 'desk');
  await addUser('olga', ['quotemark-owner']);
  await addUser('ann', ['quotemark-coder']);
  await addUser('bob', ['quotemark-coder']);
  // The app reaches the server through a relay the tests can cut.
  relay = await startRelay(couch.url);
});

after(async () => {
  await relay?.stop();
  await couch?.stop();
});

/** Signs `name` in to the project from the Team dialog. */
async function join(page, name) {
  await page.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Team project' });
  await dialog.getByLabel('Server address').fill(relay.url);
  await dialog.getByLabel('Project database').fill('desk');
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByLabel('Password').fill('pw');
  await dialog.getByRole('button', { name: 'Sign in and join' }).click();
  await dialog.locator('.team-project', { hasText: `Signed in as ${name}` }).waitFor();
  return dialog;
}

/** Waits until everything written in `page` reached the server; a timeout says where the
 * status line stood. */
async function synced(page) {
  try {
    await page.locator('.team-status[data-state="synced"][data-waiting="0"]').waitFor();
  } catch (error) {
    const shown = await page.locator('.team-status')
      .evaluate((s) => `${s.dataset.state}, ${s.dataset.waiting} waiting: "${s.textContent}"`)
      .catch(() => 'not shown');
    error.message += `\n  the status line: ${shown}`;
    throw error;
  }
}

async function openTeamArticle(page) {
  await page.getByRole('button', { name: 'Library' }).click();
  const entry = page.locator('.team-article', { hasText: 'Council vote' });
  await entry.getByRole('button', { name: 'Open' }).click();
  await page.locator('h1.headline', { hasText: 'Council vote' }).waitFor();
  await page.locator('.suggestions-panel[aria-busy=false]').waitFor();
  await page.locator('.layer-legend').waitFor();
}

/** A coder's page, with the app's 404s from the team server recorded apart. */
async function coder() {
  const opened = await app.freshPage();
  opened.notFound = [];
  opened.page.on('response', (response) => {
    if (response.status() === 404) opened.notFound.push(new URL(response.url()).pathname);
  });
  return opened;
}

/** What went wrong in `opened`, but for the browser's log of PouchDB's first look for its
 * replication checkpoint (`GET …/_local/<id>`, 404 until the first sync writes it). */
function unexpected(opened) {
  const checkpoints = opened.notFound.filter((path) => /^\/desk\/_local\//.test(path)).length;
  assert.equal(opened.notFound.length, checkpoints, `404s: ${opened.notFound.join(' ')}`);
  const logged404 = opened.problems.filter((p) => /status of 404 \(Not Found\)$/.test(p));
  assert.ok(logged404.length <= checkpoints, `${logged404.length} 404s logged, ${checkpoints} checkpoint lookups`);
  // Sync restarted (back online, or "Sync now") cancels its waiting long poll of the changes
  // feed: the browser reports that request aborted.
  const cancelledPoll = /^request failed: .*\/desk\/_changes\?.*feed=longpoll.* \(net::ERR_ABORTED\)$/;
  return opened.problems.filter((p) => !/status of 404 \(Not Found\)$/.test(p) && !cancelledPoll.test(p));
}

const layerMarks = (page) => page.locator('mark.hl-layer').evaluateAll((marks) => marks.map((m) => m.textContent));

let pages = {};

test('the owner publishes; two coders each see the other\'s layer after sync, with progress in the Library', async () => {
  const olga = await coder();
  await olga.page.getByRole('button', { name: 'Open article' }).click();
  await olga.page.getByLabel(/Open a .txt, .md or .html file/).setInputFiles({ name: 'council.txt', mimeType: 'text/plain', buffer: Buffer.from(ARTICLE) });
  await olga.page.locator('h1.headline', { hasText: 'Council vote' }).waitFor();
  const olgaDialog = await join(olga.page, 'olga');
  await olgaDialog.getByRole('button', { name: 'Publish my library\'s articles' }).click();
  await olgaDialog.getByText('1 article in the project.').waitFor();
  await olga.page.getByRole('status').filter({ hasText: 'Published 1 article to the team project.' }).waitFor();
  await synced(olga.page);

  const ann = await coder();
  await (await join(ann.page, 'ann')).getByRole('button', { name: 'Close' }).click();
  await openTeamArticle(ann.page);
  await dragSelect(ann.page, '“a fair deal”');
  await ann.page.keyboard.press('2');
  await synced(ann.page);

  const bob = await coder();
  await (await join(bob.page, 'bob')).getByRole('button', { name: 'Close' }).click();
  await openTeamArticle(bob.page);
  // Ann's quote is Bob's to see, not to edit: a layer mark, not an annotation of his.
  await bob.page.locator('mark.hl-layer[data-layer-kind="quote"]', { hasText: '“a fair deal”' }).waitFor();
  assert.deepEqual(await highlighted(bob.page), []);
  assert.match(await bob.page.locator('.layer-legend').textContent(), /ann \(1, read-only\)/);
  await dragSelect(bob.page, '“rushed”');
  await bob.page.keyboard.press('3');
  await synced(bob.page);
  // Ann's open page shows Bob's scare quote without a reload.
  await ann.page.locator('mark.hl-layer[data-layer-kind="scare_quote"]', { hasText: '“rushed”' }).waitFor();
  assert.deepEqual((await highlighted(ann.page)).map((h) => h.text), ['“a fair deal”']);

  // Hiding a layer takes its marks away; showing it brings them back.
  await bob.page.locator('.layer-legend').getByRole('checkbox').uncheck();
  await bob.page.waitForFunction(() => document.querySelectorAll('mark.hl-layer').length === 0);
  await bob.page.locator('.layer-legend').getByRole('checkbox').check();
  await bob.page.locator('mark.hl-layer').first().waitFor();

  // The owner's Library says who has annotated the article.
  await olga.page.getByRole('button', { name: 'Close' }).click();
  await olga.page.getByRole('button', { name: 'Library' }).click();
  await olga.page.locator('.team-article', { hasText: 'Annotated by ann, bob' }).waitFor();
  await screenshot(bob.page, 'team-layers', { fullPage: false });
  for (const opened of [olga, ann, bob]) assert.deepEqual(unexpected(opened), []);
  pages = { olga, ann, bob };
});

test('a coder offline annotates, reloads offline, and everything arrives when the network returns', async () => {
  const { ann, bob } = pages;
  assert.ok(bob, 'runs after the first test');
  await bob.page.evaluate(() => navigator.serviceWorker.ready);
  await bob.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await bob.context.setOffline(true);
  await bob.page.locator('.team-status[data-state="offline"]').waitFor();
  await dragSelect(bob.page, '“pay for itself”');
  await bob.page.keyboard.press('2');
  await bob.page.locator('.team-status[data-state="offline"][data-waiting="1"]').waitFor();
  bob.problems.length = 0; // the failed tries to reach the server while offline
  await bob.page.reload();
  await bob.page.locator('h1.headline', { hasText: 'Council vote' }).waitFor();
  // After the reload, still offline: the work and the count of what waits are still here.
  await bob.page.locator('.team-status[data-state="offline"][data-waiting="1"]').waitFor();
  assert.match(await bob.page.locator('.team-status').textContent(), /Offline: your work is kept here .* 1 change waiting/);
  assert.deepEqual((await highlighted(bob.page)).map((h) => h.text).sort(), ['“pay for itself”', '“rushed”']);
  await screenshot(bob.page, 'team-offline', { fullPage: false });
  await bob.context.setOffline(false);
  await synced(bob.page);
  await ann.page.locator('mark.hl-layer', { hasText: '“pay for itself”' }).waitFor();
  assert.deepEqual((await layerMarks(ann.page)).sort(), ['“pay for itself”', '“rushed”']);
});

test('the server goes away mid-sync: the status says so, work waits, and is sent when it returns', async () => {
  const { ann, bob } = pages;
  assert.ok(ann, 'runs after the first test');
  await relay.stop();
  await dragSelect(ann.page, 'ignored residents');
  await ann.page.keyboard.press('1');
  await ann.page.locator('.team-status[data-state="unreachable"][data-waiting="1"]').waitFor();
  assert.match(await ann.page.locator('.team-status').textContent(), /cannot be reached.*1 change waiting/);
  ann.problems.length = 0;
  bob.problems.length = 0;
  await relay.start();
  await synced(ann.page);
  await bob.page.locator('mark.hl-layer[data-layer-kind="claim"]', { hasText: 'ignored residents' }).waitFor();
});

test('a write in another coder\'s name is refused by the server with 403, and the app says so', async () => {
  const { ann, bob } = pages;
  assert.ok(bob, 'runs after the first test');
  // Through fetch, with Bob's session: refused, and Ann's layer is unchanged.
  const before = await layerMarks(bob.page);
  const forged = await bob.page.evaluate(async (url) => {
    const response = await fetch(url, {
      method: 'PUT',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type: 'layer', coder: 'ann', document: 'x', annotations: [] }),
    });
    return { status: response.status, body: await response.json() };
  }, `${relay.url}/desk/layer:x:ann`);
  assert.equal(forged.status, 403);
  assert.equal(forged.body.reason, 'the annotations of ann cannot be written by bob');
  // Into Bob's replica, as a tampered client would: sync sends it, the server refuses it, and
  // the status line says why.
  await bob.page.evaluate(async (name) => {
    const replica = new globalThis.PouchDB(name);
    await replica.put({ _id: 'layer:x:ann', type: 'layer', coder: 'ann', document: 'x', annotations: [] });
  }, `quotemark-team_bob_http_127.0.0.1_${new URL(relay.url).port}_desk`);
  await bob.page.locator('.team-status[data-state="refused"]', { hasText: 'the annotations of ann cannot be written by bob' }).waitFor();
  assert.deepEqual(await layerMarks(bob.page), before);
  await ann.page.reload();
  await ann.page.locator('.layer-legend').waitFor();
  await synced(ann.page);
  assert.deepEqual((await highlighted(ann.page)).map((h) => h.text).sort(), ['ignored residents', '“a fair deal”']);
});

test('the agreement table of a fixture with known values, for the article and the project, and its CSV', async () => {
  const { ann, bob } = pages;
  assert.ok(bob, 'runs after the first test');
  // By now Ann has a quote (“a fair deal”) and a claim (ignored residents); Bob a scare quote
  // (“rushed”) and a quote (“pay for itself”). Bob now also marks “a fair deal” as a quote.
  await dragSelect(bob.page, '“a fair deal”');
  await bob.page.keyboard.press('2');
  await ann.page.waitForFunction(() => document.querySelectorAll('mark.hl-layer[data-layer-kind="quote"]').length === 2);
  await ann.page.locator('.layer-legend').getByRole('button', { name: 'Agreement…' }).click();
  const dialog = ann.page.getByRole('dialog', { name: 'Agreement' });
  const cells = async () => dialog.locator('tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
  // Worked by hand: quotes, Ann 1 and Bob 2 with one the same: F1 = 2·1/(1+2) = 0.667 (exact
  // and overlap); their speakers (none, none) agree on the one matched pair, and kappa is
  // undefined for one label. Claims 1·0 and scare quotes 0·1: F1 0.
  await dialog.locator('tbody tr').first().waitFor();
  const rows = await cells();
  assert.deepEqual(rows.map((r) => r.slice(0, 5)), [
    ['claim', 'ann · bob', '1 · 0', '0.000', '0.000'],
    ['quote', 'ann · bob', '1 · 2', '0.667', '0.667'],
    ['scare quote', 'ann · bob', '0 · 1', '0.000', '0.000'],
  ]);
  assert.equal(rows[1][6], '100% (κ —, 1 pair)');
  // The CSV says the same.
  const [download] = await Promise.all([
    ann.page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
  assert.equal(csv[0], 'scope,kind,coder_a,coder_b,spans_a,spans_b,exact_f1,overlap_f1,alpha_u,speaker_agreement,speaker_kappa,quote_type_agreement,quote_type_kappa');
  assert.match(csv[2], /^Council vote,quote,ann,bob,1,2,0\.667,0\.667,-?[0-9.]+,1\.000,,/);
  // Over the whole project (one article): the same pairs, read from the replica.
  await dialog.getByLabel('every article of the project').check();
  await dialog.locator('caption', { hasText: 'whole project' }).waitFor();
  assert.deepEqual((await cells()).map((r) => r.slice(0, 4)), rows.map((r) => r.slice(0, 4)));
  await screenshot(ann.page, 'team-agreement', { fullPage: false });
  assert.deepEqual(await violations(ann.page), [], 'the Agreement dialog');
  await ann.page.keyboard.press('Escape');

  // Side by side: the article twice, each coder's annotations in a column, and what differs.
  await ann.page.locator('.layer-legend').getByRole('button', { name: 'Compare…' }).click();
  const compare = ann.page.getByRole('dialog', { name: 'Compare two coders' });
  await compare.getByRole('heading', { name: '3 differences' }).waitFor();
  assert.deepEqual(await compare.locator('.compare-differences li').allTextContents(), [
    'Only bob: “rushed” (scare quote)',
    'Only ann: ignored residents (claim)',
    'Only bob: “pay for itself” (quote)',
  ]);
  const columns = compare.locator('.compare-column');
  assert.deepEqual(await columns.evaluateAll((cs) => cs.map((c) => c.querySelectorAll('mark').length)), [2, 3]);
  await screenshot(ann.page, 'team-compare', { fullPage: false });
  await ann.page.emulateMedia({ colorScheme: 'dark' });
  assert.deepEqual(await violations(ann.page), [], 'the Compare dialog (dark)');
  await screenshot(ann.page, 'team-compare-dark', { fullPage: false });
  await ann.page.emulateMedia({ colorScheme: 'light' });
});

test('each coder\'s layer exports apart: brat writes the text and its annotation.conf once and one .ann per coder', async () => {
  const { ann } = pages;
  assert.ok(ann, 'runs after the first test');
  await ann.page.keyboard.press('Escape');
  const legend = ann.page.locator('.layer-legend');
  await legend.getByLabel('Every layer apart, as').selectOption({ label: 'brat standoff (.txt + .ann)' });
  const downloads = [];
  const four = new Promise((resolve) => {
    ann.page.on('download', (download) => {
      downloads.push(download);
      if (downloads.length === 4) resolve();
    });
  });
  await legend.getByRole('button', { name: 'Export layers' }).click();
  await four;
  const { readFile } = await import('node:fs/promises');
  const files = {};
  for (const download of downloads) files[download.suggestedFilename()] = await readFile(await download.path(), 'utf8');
  assert.deepEqual(Object.keys(files).sort(), ['annotation.conf', 'council-vote-ann.ann', 'council-vote-bob.ann', 'council-vote.txt']);
  assert.equal(files['council-vote.txt'], ARTICLE);
  // Ann's file has her quote and claim; Bob's his scare quote and quotes; neither the other's.
  assert.match(files['council-vote-ann.ann'], /ignored residents/);
  assert.doesNotMatch(files['council-vote-ann.ann'], /rushed|pay for itself/);
  assert.match(files['council-vote-bob.ann'], /“rushed”/);
  assert.match(files['council-vote-bob.ann'], /“pay for itself”/);
  assert.doesNotMatch(files['council-vote-bob.ann'], /ignored residents/);
});

test('adjudication: agreements accepted in one undoable step, two adjudicators decide one passage at once, both kept and one chosen', async () => {
  const { olga, ann } = pages;
  assert.ok(olga, 'runs after the first test');
  await addUser('ada', ['quotemark-adjudicator']);
  // Olga (an owner) has the article open: Ann's and Bob's layers, and what is agreed.
  await olga.page.keyboard.press('Escape');
  const panel = (opened) => opened.page.locator('.adjudication');
  const count = (opened) => panel(opened).locator('.adjudication-count');
  await panel(olga).getByRole('button', { name: 'Accept all agreements (1)' }).waitFor();
  await panel(olga).getByRole('button', { name: 'Accept all agreements (1)' }).click();
  await count(olga).filter({ hasText: 'Gold: 1 decided · 3 left' }).waitFor();
  // One step, undone as one.
  await panel(olga).getByRole('button', { name: 'Undo accept' }).click();
  await count(olga).filter({ hasText: 'Gold: 0 decided · 4 left' }).waitFor();
  await panel(olga).getByRole('button', { name: 'Accept all agreements (1)' }).click();
  await count(olga).filter({ hasText: 'Gold: 1 decided · 3 left' }).waitFor();
  await olga.page.locator('mark.hl-layer[data-layer="6"]', { hasText: '“a fair deal”' }).waitFor();
  await synced(olga.page);

  const ada = await coder();
  await (await join(ada.page, 'ada')).getByRole('button', { name: 'Close' }).click();
  await openTeamArticle(ada.page);
  await count(ada).filter({ hasText: 'Gold: 1 decided · 3 left' }).waitFor();

  // Both offline, both decide the first passage left (Bob's “rushed”), differently, by key.
  for (const opened of [olga, ada]) {
    await opened.page.evaluate(() => navigator.serviceWorker.ready);
    await opened.context.setOffline(true);
    await panel(opened).getByText('Passage 1 of 3').waitFor();
    assert.match(await panel(opened).locator('.passage-choices').textContent(), /1\. Take bob's: scare quote “rushed”.*0\. Drop the passage/);
    await panel(opened).locator('.passage').focus();
  }
  await olga.page.keyboard.press('1');
  await ada.page.keyboard.press('0');
  for (const opened of [olga, ada]) await count(opened).filter({ hasText: 'Gold: 2 decided · 2 left' }).waitFor();
  olga.problems.length = 0;
  ada.problems.length = 0;
  for (const opened of [olga, ada]) await opened.context.setOffline(false);
  // Both decisions are kept and shown, in both pages; nobody's is lost.
  for (const opened of [olga, ada]) {
    const conflict = panel(opened).locator('.gold-conflict');
    await conflict.waitFor({ timeout: 20_000 });
    const versions = await conflict.locator('li').allTextContents();
    assert.deepEqual(versions.map((v) => v.replace(' Keep this', '')).sort(), [
      'bob\'s scare quote “rushed” (by olga)',
      'dropped (by ada)',
    ]);
  }
  await screenshot(ada.page, 'team-gold-conflict', { fullPage: false });
  // axe-core finds nothing on a team article with layers, the legend, the adjudication panel
  // and a conflict, light and dark.
  for (const colorScheme of ['light', 'dark']) {
    await ada.page.emulateMedia({ colorScheme });
    assert.deepEqual(await violations(ada.page), [], `adjudication (${colorScheme})`);
  }
  await ada.page.emulateMedia({ colorScheme: 'light' });
  // Ada keeps Olga's: the conflict is settled in both pages, on that decision.
  await panel(ada).locator('.gold-conflict li', { hasText: 'by olga' }).getByRole('button', { name: 'Keep this' }).click();
  for (const opened of [olga, ada]) {
    await opened.page.waitForFunction(() => document.querySelectorAll('.gold-conflict').length === 0, null, { timeout: 20_000 });
    await opened.page.locator('mark.hl-layer[data-layer="6"]', { hasText: '“rushed”' }).waitFor();
  }
  await count(olga).filter({ hasText: 'Gold: 2 decided · 2 left' }).waitFor();
  // Olga edits Bob's quote before taking it (E): she gives it its speaker.
  await panel(olga).locator('.passage').focus();
  if (!/pay for itself/.test(await panel(olga).locator('.passage-choices').textContent())) await olga.page.keyboard.press('j');
  await panel(olga).locator('.passage-choices', { hasText: '1. Take bob\'s: quote “pay for itself”' }).waitFor();
  await olga.page.keyboard.press('e');
  const draft = panel(olga).locator('.gold-draft');
  assert.equal(await draft.getByLabel('Starting from').inputValue(), '0');
  // Keys typed into its fields are the fields': "1" does not take a version.
  await draft.getByLabel('Speaker').fill('the mayor 1');
  await draft.getByLabel('Speaker').press('Backspace');
  await draft.getByLabel('Speaker').press('Backspace');
  await draft.getByLabel('Speaker').press('Tab');
  assert.equal(await count(olga).textContent(), 'Gold: 2 decided · 2 left');
  await screenshot(olga.page, 'team-gold-edit', { fullPage: false });
  await draft.getByRole('button', { name: 'Take edited' }).click();
  await count(olga).filter({ hasText: 'Gold: 3 decided · 1 left' }).waitFor();
  await count(ada).filter({ hasText: 'Gold: 3 decided · 1 left' }).waitFor({ timeout: 20_000 });
  const response = await fetch(`${couch.url}/desk/_all_docs?include_docs=true&startkey=%22gold:%22&endkey=%22gold:%EF%BF%B0%22`, {
    headers: { Authorization: `Basic ${Buffer.from(couch.admin).toString('base64')}` },
  });
  const edited = (await response.json()).rows.map((r) => r.doc).filter((d) => d.edited);
  assert.deepEqual(edited.map((d) => [d.from, d.adjudicator, d.annotation.exact, d.annotation.speaker]), [['bob', 'olga', '“pay for itself”', 'the mayor']]);
  // A coder is no adjudicator: Ann has no panel.
  assert.equal(await ann.page.locator('.adjudication').count(), 0);
  // The gold layer exports beside the coders' layers: brat's file of it has both decisions.
  await olga.page.locator('.layer-legend').getByLabel('Every layer apart, as').selectOption({ label: 'brat standoff (.txt + .ann)' });
  const downloads = [];
  const five = new Promise((resolve) => {
    olga.page.on('download', (download) => {
      downloads.push(download);
      if (downloads.length === 5) resolve();
    });
  });
  await olga.page.locator('.layer-legend').getByRole('button', { name: 'Export layers' }).click();
  await five;
  const names = downloads.map((d) => d.suggestedFilename()).sort();
  assert.deepEqual(names, ['annotation.conf', 'council-vote-ann.ann', 'council-vote-bob.ann', 'council-vote-gold.ann', 'council-vote.txt']);
  const { readFile } = await import('node:fs/promises');
  const gold = await readFile(await downloads.find((d) => d.suggestedFilename() === 'council-vote-gold.ann').path(), 'utf8');
  assert.match(gold, /“a fair deal”/);
  assert.match(gold, /“rushed”/);
  for (const opened of [olga, ada]) assert.deepEqual(unexpected(opened), []);
});

test('a deletion made while the project was not running reaches the team and stays deleted', async () => {
  const { ann, bob } = pages;
  assert.ok(bob, 'runs after the first test');
  // Bob leaves the project and, out of it, deletes his scare quote “rushed”.
  await bob.page.getByRole('button', { name: 'Team', exact: true }).click();
  const dialog = bob.page.getByRole('dialog', { name: 'Team project' });
  await dialog.getByRole('button', { name: 'Leave project' }).click();
  await dialog.getByRole('button', { name: 'Sign in and join' }).waitFor();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await bob.page.locator('.layer-legend').waitFor({ state: 'detached' });
  const rushed = bob.page.locator('article mark[data-annotation-id]', { hasText: '“rushed”' });
  await rushed.click();
  await bob.page.locator('article.article').focus();
  await bob.page.keyboard.press('Delete');
  await rushed.waitFor({ state: 'detached' });
  const kept = (await highlighted(bob.page)).map((h) => h.text).sort();
  // Back in the project, his replica still holds “rushed”: the deletion is sent, and the copy
  // does not come back into his library.
  await (await join(bob.page, 'bob')).getByRole('button', { name: 'Close' }).click();
  await bob.page.locator('.layer-legend').waitFor();
  await synced(bob.page);
  await ann.page.waitForFunction(() => ![...document.querySelectorAll('mark.hl-layer[data-layer="0"]')].some((m) => m.textContent === '“rushed”'), null, { timeout: 20_000 });
  assert.deepEqual((await highlighted(bob.page)).map((h) => h.text).sort(), kept);
  assert.equal(await rushed.count(), 0);
  // Bob's other annotations are still his layer in Ann's page.
  assert.deepEqual((await ann.page.locator('mark.hl-layer[data-layer="0"]').allTextContents()).sort(), kept);
});

test('team sync is a part of its own: not fetched before a project is joined, said when it cannot be', async () => {
  // Without the service worker, which would serve the part from its cache.
  const opened = await app.freshPage({ serviceWorkers: 'block' });
  const { page, context } = opened;
  let refuse = true;
  const asked = [];
  await context.route(/quotemark-[0-9a-f]{16}-team_sync\.wasm$/, (route) => {
    asked.push(refuse ? 'refused' : 'fetched');
    return refuse ? route.abort() : route.continue();
  });
  assert.deepEqual(asked, [], 'team sync was fetched with no project joined');
  // Signing in works without it (the server is asked directly); the sync itself cannot start.
  await (await join(page, 'ann')).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('alert').filter({ hasText: 'the part of Quotemark that syncs it could not be loaded' }).waitFor();
  assert.ok(asked.length > 0 && asked.every((a) => a === 'refused'), asked.join());
  // Back online, a reload starts the remembered project's sync.
  refuse = false;
  await page.reload();
  await synced(page);
  assert.equal(asked.at(-1), 'fetched');
  await context.close();
});
