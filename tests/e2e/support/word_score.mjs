// How much of a reference text an extracted text keeps, word by word: lower-cased runs of
// letters and digits, counted as multisets. The measure of the extraction benchmark
// (scripts/bench/extract.mjs) and of the extraction tests.

export const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Precision, recall and F1 of the words `got` against the words `want`. */
export function wordScore(got, want) {
  const counts = new Map();
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of got) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common += 1;
      counts.set(w, n - 1);
    }
  }
  const precision = got.length ? common / got.length : 0;
  const recall = want.length ? common / want.length : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
