// Longest-match lookup of multi-word surface forms over a token sequence. The
// index is keyed by the first word, so each token costs one Map lookup, and most
// tokens (lower case, punctuation) not even that: no entry starts with their first
// character.
import type { Token } from '../types.js';

export interface GazetteerEntry<T> {
  words: string[];
  value: T;
}

export class Gazetteer<T> {
  private readonly byFirst = new Map<string, GazetteerEntry<T>[]>();
  private readonly keys = new Set<string>();
  /** First code units of the (folded) first words: a token starting otherwise matches nothing. */
  private readonly starts = new Uint8Array(0x10000);

  /** `fold` must work character by character (as ß → ss does), so a word's first character folds alone. */
  constructor(private readonly fold: (s: string) => string = (s) => s) {}

  add(surface: string, value: T): void {
    const words = surface.split(/\s+/).filter(Boolean).map(this.fold);
    if (words.length === 0) return;
    const key = words.join(' ');
    if (this.keys.has(key)) return; // first wins: deterministic
    this.keys.add(key);
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
    this.starts[words[0]!.charCodeAt(0)] = 1;
  }

  /** The longest entry starting at tokens[i], matched within one sentence. */
  match(tokens: readonly Token[], i: number): { entry: GazetteerEntry<T>; end: number } | null {
    const first = tokens[i];
    if (!first || !this.mayStart(first.text)) return null;
    const candidates = this.byFirst.get(this.fold(first.text));
    if (!candidates) return null;
    for (const entry of candidates) {
      if (this.matchesAt(tokens, i, entry.words)) return { entry, end: i + entry.words.length };
    }
    return null;
  }

  private mayStart(word: string): boolean {
    if (this.starts[word.charCodeAt(0)] === 1) return true;
    const folded = this.fold(word.charAt(0));
    return folded !== word.charAt(0) && this.starts[folded.charCodeAt(0)] === 1;
  }

  private matchesAt(tokens: readonly Token[], i: number, words: string[]): boolean {
    for (let k = 1; k < words.length; k++) {
      const t = tokens[i + k];
      if (!t || t.sentence !== tokens[i]!.sentence || this.fold(t.text) !== words[k]) return false;
    }
    return true;
  }
}

/** Folds the spelling variants Swiss and older texts use: ß → ss. */
export const foldSharpS = (s: string): string => (s.includes('ß') ? s.replace(/ß/g, 'ss') : s);
