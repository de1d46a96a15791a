// One document's journey: text → Doc → mentions → entities → items. Pure, so the
// worker pool, determinism checks and property tests can call it freely.
import type { DocumentResult } from './types.js';
import { buildDoc } from './document/index.js';
import { extractPersons } from './extract/persons.js';
import { extractOrganizations } from './extract/organizations.js';
import { extractPlaces } from './extract/places.js';
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
  const placeMentions = extractPlaces(doc);
  const entities = resolveEntities(doc, extractPersons(doc), extractOrganizations(doc), placeMentions);
  const troops = extractTroops(doc, placeMentions);
  const { quotes, warnings } = extractQuotes(doc, entities);
  const claims = extractClaims(doc, entities);
  const result = { file, meta: doc.meta, actors: entities.actors, places: entities.places, troops, quotes, claims };
  return { result, warnings };
}

export function extractDocument(file: string, text: string): DocumentResult {
  return analyzeDocument(file, text).result;
}
