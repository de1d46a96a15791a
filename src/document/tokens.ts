// Word tokens with offsets. Hyphenated compounds stay whole ("US-Präsident",
// "Ukraine-Konflikt") because their parts are what the extractors inspect, and an
// elliptical "Staats-" keeps its hyphen.
import type { Sentence, Token } from '../types.js';

const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[-‐'’.&][\p{L}\p{M}\p{N}]+)*-?|\S/gu;

export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const tokens: Token[] = [];
  sentences.forEach((sentence, index) => {
    const slice = text.slice(sentence.start, sentence.end);
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
      const start = sentence.start + m.index;
      tokens.push({ start, end: start + m[0].length, text: m[0], sentence: index });
    }
  });
  return tokens;
}
