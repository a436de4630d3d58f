// The app under test for one test file: serves the release build and launches Chromium once
// (node:test before/after hooks), and opens fresh pages, each in its own browser context
// (its own localStorage), on the loaded article.
import { after, before } from 'node:test';
import { startServer } from './server.mjs';
import { distDir, launch, openPage } from './browser.mjs';

export function appUnderTest() {
  const app = {};
  before(async () => {
    app.server = await startServer({ root: distDir });
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  /** A new context and page with the article loaded; `acceptDialogs` answers confirm() yes. */
  app.freshPage = async ({ acceptDialogs = false, ...contextOptions } = {}) => {
    const opened = await openPage(app.browser, contextOptions);
    if (acceptDialogs) opened.page.on('dialog', (dialog) => dialog.accept());
    await opened.page.goto(app.server.url);
    await opened.page.locator('h1.headline').waitFor();
    // Suggestions render marks into the article when detection ends; a drag begun before that
    // could lose its anchor node, so tests start once the article is settled.
    await untilSuggested(opened.page);
    return opened;
  };
  return app;
}

/** Waits until detection of the open article has ended (the suggestion panel is not busy). */
export async function untilSuggested(page) {
  await page.locator('.suggestions-panel[aria-busy=false]').waitFor();
}

/**
 * Records the progress bar of work in steps (`.notice.opening progress`) each time the page
 * changes, as [aria-label, value, max]; read them with `progressSeen`. A bar can come and go
 * between two polls for its visibility on a busy machine, so it is recorded as it goes in.
 */
export async function recordProgress(page) {
  await page.evaluate(() => {
    window.__progress = [];
    new MutationObserver(() => {
      const bar = document.querySelector('.notice.opening progress');
      if (bar) window.__progress.push([bar.getAttribute('aria-label'), bar.value, bar.max]);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
}

/** What `recordProgress` saw so far. */
export async function progressSeen(page) {
  return page.evaluate(() => window.__progress);
}
