// Direct quotes: words in quotation marks that someone said or wrote, with their
// speaker and whether they are a whole utterance (direct) or a fragment inside the
// writer's own sentence (partial). Offsets are those of the quoted words, inside the marks.
import type { Doc, Quote } from '../../types.js';
import type { Entities } from '../../resolve/speakers.js';
import { analyze } from './analysis.js';

export type { Entities } from '../../resolve/speakers.js';

export function extractQuotes(doc: Doc, entities: Entities): { quotes: Quote[]; warnings: string[] } {
  const { quotes, warnings } = analyze(doc, entities);
  return { quotes, warnings };
}
