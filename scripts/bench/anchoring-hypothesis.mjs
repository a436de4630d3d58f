// The anchoring benchmark's peer: approx-string-match, the matcher Hypothesis uses, with
// Hypothesis's error budget (min(256, length / 2)) and its way of choosing among matches
// (quote, prefix, suffix and position scored 50/20/20/2), implemented here from that
// description. Prints a JSON summary.
//
//   node anchoring-hypothesis.mjs INPUTS.json [limit]
import { readFileSync } from 'node:fs';
import search from 'approx-string-match';

const [inputsPath, limitArg] = process.argv.slice(2);
const { text, quotes: all } = JSON.parse(readFileSync(inputsPath, 'utf8'));
const quotes = limitArg ? all.slice(0, Number(limitArg)) : all;

// JavaScript strings count UTF-16 units; the inputs count code points.
const utf16At = [];
{
  let unit = 0;
  for (const c of text) {
    utf16At.push(unit);
    unit += c.length;
  }
  utf16At.push(unit);
}
const codePointAt = new Map(utf16At.map((unit, point) => [unit, point]));

function contextScore(actual, expected) {
  if (expected.length === 0) return 1;
  if (actual.length === 0) return 0;
  const found = search(actual, expected, expected.length);
  if (found.length === 0) return 0;
  return 1 - Math.min(...found.map((m) => m.errors)) / expected.length;
}

function anchor(q) {
  const maxErrors = Math.min(256, Math.floor(q.exact.length / 2));
  const hint = utf16At[q.hint];
  let best = null;
  for (const m of search(text, q.exact, maxErrors)) {
    const score =
      (50 * (1 - m.errors / q.exact.length) +
        20 * contextScore(text.slice(Math.max(0, m.start - q.prefix.length), m.start), q.prefix) +
        20 * contextScore(text.slice(m.end, m.end + q.suffix.length), q.suffix) +
        2 * (1 - Math.abs(m.start - hint) / text.length)) /
      92;
    if (!best || score > best.score) best = { ...m, score };
  }
  return best;
}

const started = performance.now();
let right = 0;
for (const q of quotes) {
  const found = anchor(q);
  if (!found) continue;
  const [start, end] = [codePointAt.get(found.start), codePointAt.get(found.end)];
  // The same rule as Quotemark's side: near the true place, or an identical copy of its text.
  const near = Math.abs(start - q.start) <= 3 && Math.abs(end - q.end) <= 3;
  const copy = text.slice(found.start, found.end) === text.slice(utf16At[q.start], utf16At[q.end]);
  if (near || copy) right += 1;
}
const ms = performance.now() - started;
console.log(JSON.stringify({ tool: 'approx-string-match 2.0.0', quotes: quotes.length, right, total_ms: ms, ms_per_quote: ms / quotes.length }));
