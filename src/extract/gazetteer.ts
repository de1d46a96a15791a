// Longest-match lookup of multi-word surface forms over a token sequence. The
// index is keyed by the first word, so each token costs one Map lookup.
import type { Token } from '../types.js';

export interface GazetteerEntry<T> {
  words: string[];
  value: T;
}

export class Gazetteer<T> {
  private readonly byFirst = new Map<string, GazetteerEntry<T>[]>();

  constructor(private readonly fold: (s: string) => string = (s) => s) {}

  add(surface: string, value: T): void {
    const words = surface.split(/\s+/).filter(Boolean).map(this.fold);
    if (words.length === 0) return;
    const list = this.byFirst.get(words[0]!) ?? [];
    if (list.some((e) => e.words.join(' ') === words.join(' '))) return; // first wins: deterministic
    list.push({ words, value });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
  }

  /** The longest entry starting at tokens[i], matched within one sentence. */
  match(tokens: readonly Token[], i: number): { entry: GazetteerEntry<T>; end: number } | null {
    const first = tokens[i];
    if (!first) return null;
    const candidates = this.byFirst.get(this.fold(first.text));
    if (!candidates) return null;
    for (const entry of candidates) {
      if (this.matchesAt(tokens, i, entry.words)) return { entry, end: i + entry.words.length };
    }
    return null;
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
