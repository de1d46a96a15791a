// A decoded text becomes a Doc: metadata, the content regions, sentences, tokens.
import type { Doc } from '../types.js';
import { splitLines } from './header.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export function buildDoc(file: string, text: string): Doc {
  const { meta, regions } = splitLines(text);
  const sentences = splitSentences(text, regions);
  const tokens = tokenize(text, sentences);
  return { file, text, meta, regions, sentences, tokens };
}
