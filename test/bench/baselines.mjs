// The reference points the tool is compared with, on the same article files:
// the floor (read each file and run one simple regex over it: no tool can be faster
// than its input), de-compromise (a general NLP parser over each whole article), and
// the budget (what reading, tokenising and serialising alone cost this tool).
import fs from 'node:fs';
import path from 'node:path';

const WORD = /[\p{L}\p{N}]+/gu;

/** readFile + one regex scan per file; the best of `rounds` (the first warms the page cache). */
export function floorBaseline(files, rounds = 3) {
  let best = Infinity;
  let bytes = 0;
  let words = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    bytes = 0;
    words = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      bytes += Buffer.byteLength(text);
      WORD.lastIndex = 0;
      while (WORD.exec(text) !== null) words++;
    }
    best = Math.min(best, (performance.now() - t0) / 1000);
  }
  return { seconds: best, bytes, words, files: files.length };
}

/**
 * `nlp(text).json()` per article. The whole corpus can take minutes, so it runs on an
 * even sample (every k-th article) until `budgetS` is spent; the rate then stands for
 * the corpus, and the report says so.
 */
export async function decompromiseBaseline(files, budgetS = 20) {
  const { default: nlp } = await import('de-compromise');
  // Warm-up outside the clock: the first call loads the model.
  nlp('Die Regierung in Berlin teilte am Montag mit, sie schicke 300 Soldaten.').json();
  const order = interleaved(files.length, 16);
  let bytes = 0;
  let done = 0;
  const t0 = performance.now();
  for (const i of order) {
    const text = fs.readFileSync(files[i], 'utf8');
    nlp(text).json();
    bytes += Buffer.byteLength(text);
    done++;
    if ((performance.now() - t0) / 1000 >= budgetS) break;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, bytes, files: done, sampled: done < files.length };
}

/** 0, k, 2k, …, then 1, k+1, …: a sample spread over the whole corpus at every length. */
function interleaved(n, k) {
  const out = [];
  for (let start = 0; start < k; start++) for (let i = start; i < n; i += k) out.push(i);
  return out;
}

/**
 * What the 20 MB/s budget has to pay for before any rule runs: reading the files,
 * building the Doc every extractor reads (header, sentences, tokens) and serialising
 * the results. Timed in-process and warm (after one untimed pass), best of `rounds`,
 * next to the whole pipeline on the same texts, so the share left for the extractors
 * can be read off. `distDir` is the build (dist/).
 */
export async function budgetBaseline(distDir, files, rounds = 3) {
  const { buildDoc } = await import(path.join(distDir, 'document', 'index.js'));
  const { analyzeDocument } = await import(path.join(distDir, 'pipeline.js'));
  const best = (fn) => {
    let min = Infinity;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      fn();
      min = Math.min(min, performance.now() - t0);
    }
    return min / 1000;
  };
  let texts = [];
  const read = best(() => { texts = files.map((f) => fs.readFileSync(f, 'utf8')); });
  texts.forEach((text, i) => analyzeDocument(files[i], text));
  const document = best(() => texts.forEach((text, i) => buildDoc(files[i], text)));
  // The results are held only while they are serialised: a heap holding them all would
  // slow the other timings down with it.
  let outBytes = 0;
  let results = texts.map((text, i) => analyzeDocument(files[i], text).result);
  const serialise = best(() => { outBytes = 0; for (const r of results) outBytes += JSON.stringify(r).length + 1; });
  results = null;
  const pipeline = best(() => texts.forEach((text, i) => JSON.stringify(analyzeDocument(files[i], text).result)));
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  return { bytes, outBytes, read, document, serialise, pipeline };
}
