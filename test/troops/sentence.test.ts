// The sentence view's indexes answer what a scan of the sentence would: clause bounds,
// marked tokens in a range, the nearest marked token before and after.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { extractPlaces } from '../../src/extract/places.js';
import { SentenceViews, TokenMarks, type SentenceView } from '../../src/extract/troops/sentence.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));

function seedViews(): SentenceView[] {
  const views: SentenceView[] = [];
  for (const name of fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort().slice(0, 6)) {
    const doc = buildDoc(name, fs.readFileSync(path.join(SEEDS, name), 'utf8'));
    const all = new SentenceViews(doc, extractPlaces(doc));
    for (let s = 0; s < doc.sentences.length; s++) views.push(all.at(s)!);
  }
  return views;
}

/** The clause bounds as the scans before the indexes found them. */
function scannedClauseStart(view: SentenceView, i: number): number {
  let k = i - 1;
  while (k >= view.lo && !view.isClauseBreak(k)) k--;
  return k + 1;
}

function scannedClauseEnd(view: SentenceView, i: number): number {
  let k = i;
  while (k < view.hi && !view.isClauseBreak(k)) k++;
  return k;
}

describe('sentence views', () => {
  const views = seedViews();

  it('cover every token of the document once, in order', () => {
    expect(views.length).toBeGreaterThan(50);
    for (let v = 1; v < views.length; v++) {
      if (views[v]!.doc === views[v - 1]!.doc) expect(views[v]!.lo).toBe(views[v - 1]!.hi);
    }
  });

  it('find clause bounds as a scan does, also for tokens outside the sentence', () => {
    for (const view of views) {
      for (let i = view.lo - 2; i <= view.hi + 2; i++) {
        expect(view.clauseStart(i), `${view.index}:${i}`).toBe(scannedClauseStart(view, i));
        expect(view.clauseEnd(i), `${view.index}:${i}`).toBe(scannedClauseEnd(view, i));
      }
    }
  });
});

describe('token marks', () => {
  const marked = (set: number[]) => new TokenMarks(10, 20, (k) => set.includes(k));

  it('answer range and nearest questions as a scan does', () => {
    for (const set of [[], [10], [19], [12, 15, 16], [10, 11, 12, 13, 14, 15, 16, 17, 18, 19]]) {
      const marks = marked(set);
      for (let a = 8; a <= 22; a++) {
        const before = [...set].reverse().find((k) => k <= a) ?? 9;
        const after = set.find((k) => k >= a) ?? 20;
        expect(marks.lastAtOrBefore(a), `${set} ${a}`).toBe(before);
        expect(marks.firstAtOrAfter(a), `${set} ${a}`).toBe(after);
        for (let b = a; b <= 22; b++) expect(marks.any(a, b), `${set} ${a}-${b}`).toBe(set.some((k) => k >= a && k < b));
      }
    }
  });
});
