// Selects text in the article the way a reader does: a mouse drag from the first character's
// left edge to the last character's right edge. The positions come from the live layout.

/** Viewport points at the start and end of the `occurrence`th match of `needle`. */
export async function textPoints(page, needle, occurrence = 0) {
  return page.evaluate(
    ({ needle, occurrence }) => {
      const article = document.querySelector('article.article');
      // Concatenate the article's text nodes, then find the needle across node boundaries.
      const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`text not found: ${needle}`);
      const locate = (offset) => {
        const entry = nodes.findLast((n) => n.start <= offset);
        return { node: entry.node, offset: offset - entry.start };
      };
      const charRect = (offset) => {
        const { node, offset: local } = locate(offset);
        const range = document.createRange();
        range.setStart(node, local);
        range.setEnd(node, local + 1);
        return range.getClientRects()[0];
      };
      const first = locate(at);
      first.node.parentElement.scrollIntoView({ block: 'center' });
      const startRect = charRect(at);
      const endRect = charRect(at + needle.length - 1);
      // What `dragSelect` checks at the button press: the measured node, still in the page and
      // still at the same place in the viewport.
      window.__measured = { ...first, top: startRect.top, left: startRect.left };
      return {
        start: { x: startRect.left + 1, y: startRect.top + startRect.height / 2 },
        end: { x: endRect.right - 1, y: endRect.top + endRect.height / 2 },
      };
    },
    { needle, occurrence },
  );
}

/**
 * Drags across the `occurrence`th `needle`. The points are measured in one task and the button
 * pressed in a later one; should the page have moved what was measured in between (a late
 * layout, a restored scroll position, a redrawn paragraph), the press did not start where the
 * reader would have, so the drag is let go and made again from a new measure. A selection the
 * app loses during the drag is not retried: the caller sees it.
 */
export async function dragSelect(page, needle, occurrence = 0) {
  for (let attempt = 1; ; attempt += 1) {
    const { start, end } = await textPoints(page, needle, occurrence);
    await page.evaluate(() => {
      window.__pressedOnMeasured = null;
      document.addEventListener('mousedown', () => {
        const { node, offset, top, left } = window.__measured;
        let rect = null;
        if (node.isConnected && node.data.length > offset) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          rect = range.getClientRects()[0];
        }
        window.__pressedOnMeasured = !!rect && Math.abs(rect.top - top) < 0.5 && Math.abs(rect.left - left) < 0.5;
      }, { capture: true, once: true });
    });
    await page.mouse.move(start.x, start.y);
    await page.mouse.down();
    if (!(await page.evaluate(() => window.__pressedOnMeasured)) && attempt < 3) {
      await page.mouse.up();
      continue;
    }
    await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
    await page.mouse.move(end.x, end.y, { steps: 4 });
    await page.mouse.up();
    return;
  }
}

/** The distinct annotations highlighted in the article: id, kind and full text. */
export async function highlighted(page) {
  return page.evaluate(() => {
    const byId = new Map();
    for (const mark of document.querySelectorAll('article mark[data-annotation-id]')) {
      const id = mark.dataset.annotationId;
      const entry = byId.get(id) ?? { id, kind: mark.dataset.kind, text: '' };
      // A split annotation's pieces are in document order; nested marks repeat text, so
      // take each piece's own text nodes only once through its outermost piece.
      if (!mark.parentElement.closest(`mark[data-annotation-id="${id}"]`)) entry.text += mark.textContent;
      byId.set(id, entry);
    }
    return [...byId.values()];
  });
}

/** Clicks the middle of the first character of `needle` in the article. */
export async function clickText(page, needle, occurrence = 0) {
  const { start } = await textPoints(page, needle, occurrence);
  await page.mouse.click(start.x + 2, start.y);
}
