// Builds the @recogito/text-annotator page of the app benchmark: the long article as the same
// blocks Quotemark shows (a heading, then paragraphs, no text between them), its 5,000
// annotations with UTF-16 offsets into the container's text, 20 more to add one at a time, and
// the peer bundled by esbuild.
//
//   node scripts/bench/peer-page.mjs LONG_DIR OUT_DIR
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const [longDir, outDir] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const text = readFileSync(resolve(longDir, 'article.txt'), 'utf8');
const annotations = JSON.parse(readFileSync(resolve(longDir, 'annotations.json'), 'utf8'));

// Blocks as Quotemark cuts them: runs of non-blank lines (the generator joins with "\n\n").
const blocks = [];
let cp = 0;
for (const part of text.split('\n\n')) {
  const length = [...part].length;
  if (part.trim()) blocks.push({ start: cp, end: cp + length, text: part });
  cp += length + 2;
}
// Code point offset in the document -> UTF-16 offset in the container's textContent.
let utf16 = 0;
for (const b of blocks) {
  b.utf16 = utf16;
  utf16 += b.text.length;
}
const toUtf16 = (offset) => {
  const b = blocks.find((x) => x.start <= offset && offset <= x.end);
  return b.utf16 + [...b.text].slice(0, offset - b.start).join('').length;
};
const peerAnnotation = (id, start, end) => {
  const s = toUtf16(start);
  const e = toUtf16(end);
  const quote = [...text].slice(start, end).join('');
  return { id, bodies: [], target: { annotation: id, selector: [{ quote, start: s, end: e }] } };
};
writeFileSync(resolve(outDir, 'annotations.json'), JSON.stringify(annotations.map((a) => peerAnnotation(a.id, a.start, a.end))));
const extra = [];
for (let i = 0; i < 20; i++) {
  const b = blocks[1 + Math.floor((i + 1) * (blocks.length - 1) / 22)];
  extra.push(peerAnnotation(`extra-${i}`, b.start, b.start + 12));
}
writeFileSync(resolve(outDir, 'extra.json'), JSON.stringify(extra));

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const body = blocks.map((b, i) => (i === 0 ? `<h1>${escape(b.text)}</h1>` : `<p>${escape(b.text)}</p>`)).join('');
writeFileSync(
  resolve(outDir, 'index.html'),
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>text-annotator</title>` +
    `<link rel="stylesheet" href="text-annotator.css"><style>#article{max-width:40rem;margin:2rem auto;font:18px/1.65 serif;white-space:pre-line}</style>` +
    `</head><body><div id="article">${body}</div><script src="peer.js"></script></body></html>`,
);
copyFileSync(resolve(here, 'node_modules/@recogito/text-annotator/dist/text-annotator.css'), resolve(outDir, 'text-annotator.css'));
await build({
  entryPoints: [resolve(here, 'peer-entry.js')],
  bundle: true,
  format: 'iife',
  minify: true,
  outfile: resolve(outDir, 'peer.js'),
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'error',
});
