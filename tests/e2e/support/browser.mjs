// Launches Debian's Chromium through playwright-core (never a downloaded browser) and records
// every console error and page error, so that each test can assert there were none.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '../../..');
export const distDir = resolve(repoRoot, 'dist');
export const screenshotDir = resolve(repoRoot, 'target/screenshots');

// Without the background-networking switches Chromium keeps trying hosts this machine cannot
// reach, and logs errors that are not ours.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ARGS,
    headless: true,
  });
}

/** A new page whose console errors and uncaught exceptions are collected in `problems`. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    const reason = request.failure()?.errorText;
    // The browser fetches the tab icon on its own schedule and sometimes cancels that fetch
    // itself (seen in full runs, with net::ERR_ABORTED); the app never asks for it. Any other
    // failure, or any other file, is a problem.
    if (reason === 'net::ERR_ABORTED' && /\/icon-[0-9a-f]+\.svg$/.test(request.url())) return;
    // A reload or another page ends the detection worker (issue #21), and with it any fetch of
    // its files still under way: the browser aborts it. A failure of any other kind is kept.
    if (reason === 'net::ERR_ABORTED' && /\/detect-worker-(start-)?[0-9a-f]{16}(_bg\.wasm|\.js)$/.test(request.url())) return;
    problems.push(`request failed: ${request.url()} (${reason})`);
  });
  return { context, page, problems };
}

/** Saves a screenshot of the whole page (or, with `fullPage: false`, of the viewport). */
export async function screenshot(page, name, { fullPage = true } = {}) {
  mkdirSync(screenshotDir, { recursive: true });
  const path = resolve(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
