// Claims: statements in indirect speech, a reporting frame with a dass-clause or a
// Konjunktiv clause ("Kirby betonte, eine Entscheidung sei noch nicht getroffen
// worden"), and Konjunktiv sentences that carry a report on. The text is the
// reported clause, without the frame and without "dass".
import type { Claim, Doc } from '../types.js';
import type { Entities } from '../resolve/speakers.js';
import { analyze } from './quotes/analysis.js';

export type { Entities } from '../resolve/speakers.js';

export function extractClaims(doc: Doc, entities: Entities): Claim[] {
  return analyze(doc, entities).claims;
}
