// One document's journey: text → Doc → mentions → entities → items. Pure, so the
// worker pool, determinism checks and property tests can call it freely.
import type { DocumentResult } from './types.js';
import { buildDoc } from './document/index.js';
import { extractPersons } from './extract/persons.js';
import { extractOrganizations } from './extract/organizations.js';
import { extractPlaces } from './extract/places.js';
import { resolveEntities } from './resolve/entities.js';

export function extractDocument(file: string, text: string): DocumentResult {
  const doc = buildDoc(file, text);
  const persons = extractPersons(doc);
  const orgs = extractOrganizations(doc);
  const places = extractPlaces(doc);
  const { actors, places: resolvedPlaces } = resolveEntities(doc, persons, orgs, places);
  return { file, meta: doc.meta, actors, places: resolvedPlaces, troops: [], quotes: [], claims: [] };
}
