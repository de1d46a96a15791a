// One document's journey: text → Doc → mentions → entities → items. Pure, so the
// worker pool, determinism checks and property tests can call it freely.
import type { DocumentResult, Span } from './types.js';
import { buildDoc } from './document/index.js';
import { extractPersons } from './extract/persons.js';
import { extractOrganizations } from './extract/organizations.js';
import { extractPlaces } from './extract/places.js';
import { extractKindNamed } from './extract/kinds.js';
import { extractTroops } from './extract/troops.js';
import { extractQuotes } from './extract/quotes/index.js';
import { extractClaims } from './extract/claims.js';
import { resolveEntities } from './resolve/entities.js';

/** A document's result and what the reader should be warned about (unbalanced quotation marks …). */
export interface Analysis {
  result: DocumentResult;
  warnings: string[];
}

export function analyzeDocument(file: string, text: string): Analysis {
  const doc = buildDoc(file, text);
  const kindNamed = extractKindNamed(doc);
  const placeMentions = withoutOverlaps(extractPlaces(doc), kindNamed.places);
  const orgMentions = withoutOverlaps(extractOrganizations(doc), kindNamed.orgs);
  const entities = resolveEntities(doc, extractPersons(doc), orgMentions, placeMentions);
  const troops = extractTroops(doc, placeMentions);
  const { quotes, warnings } = extractQuotes(doc, entities);
  const claims = extractClaims(doc, entities);
  const result = { file, meta: doc.meta, actors: entities.actors, places: entities.places, troops, quotes, claims };
  return { result, warnings };
}

/** `primary` plus those of `extra` that overlap none of them, in text order. */
function withoutOverlaps<T extends Span>(primary: T[], extra: T[]): T[] {
  const added = extra.filter((e) => !primary.some((p) => p.start < e.end && e.start < p.end));
  return added.length === 0 ? primary : [...primary, ...added].sort((a, b) => a.start - b.start);
}

export function extractDocument(file: string, text: string): DocumentResult {
  return analyzeDocument(file, text).result;
}
