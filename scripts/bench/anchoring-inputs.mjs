// Makes the inputs of the anchoring benchmark from a long article, deterministically:
// 5,000 quotes of 20–200 code points, each stored with 1–3 character edits (as if the article
// had been corrected since), their 32-code-point context from the current text, and a
// position hint within ±50 code points of where the quote now is.
//
//   node anchoring-inputs.mjs ARTICLE.txt OUT.json [count=5000]
import { readFileSync, writeFileSync } from 'node:fs';

const [articlePath, outPath, countArg] = process.argv.slice(2);
const count = Number(countArg ?? 5000);
const text = readFileSync(articlePath, 'utf8');
const chars = Array.from(text); // code points

// mulberry32: a small seeded generator, so every run measures the same inputs.
let seed = 20261128;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const between = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const letters = 'abcdefghijklmnopqrstuvwxyz';

function edit(quote) {
  const out = [...quote];
  const edits = between(1, 3);
  for (let i = 0; i < edits; i += 1) {
    const at = between(1, out.length - 2);
    const letter = letters[between(0, letters.length - 1)];
    const kind = between(0, 2);
    if (kind === 0) out[at] = letter; // substitution
    else if (kind === 1) out.splice(at, 0, letter); // insertion
    else out.splice(at, 1); // deletion
  }
  return { quote: out.join(''), edits };
}

const quotes = [];
while (quotes.length < count) {
  const length = between(20, 200);
  const start = between(0, chars.length - length - 1);
  // Start at a word: readers select words, not fragments.
  if (start > 0 && chars[start - 1] !== ' ') continue;
  const end = start + length;
  const { quote, edits } = edit(chars.slice(start, end));
  quotes.push({
    exact: quote,
    prefix: chars.slice(Math.max(0, start - 32), start).join(''),
    suffix: chars.slice(end, end + 32).join(''),
    hint: Math.max(0, start + between(-50, 50)),
    start,
    end,
    edits,
  });
}
writeFileSync(outPath, JSON.stringify({ text, quotes }));
console.log(`${quotes.length} quotes on ${chars.length} code points (${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
