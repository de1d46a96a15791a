// Rendering a document where it was extracted. For `all --format ndjson|json` the text a
// document prints as depends on that document alone, so a worker can serialise it and
// hand the main thread a string: the main thread then only orders and writes, and copying
// a string between threads is far cheaper than cloning the result objects.
import type { DocumentResult } from '../types.js';
import { jsonDocumentElement } from './json.js';
import { ndjsonLine } from './ndjson.js';
import { documentRecord } from './records.js';

/** A render a worker can be told by name (functions cannot cross threads). */
export type RenderMode = 'document-ndjson' | 'document-json';

const RENDERERS: Record<RenderMode, (result: DocumentResult) => string> = {
  'document-ndjson': (result) => ndjsonLine(documentRecord(result)),
  'document-json': (result) => jsonDocumentElement(documentRecord(result)),
};

export function renderDocument(mode: RenderMode, result: DocumentResult): string {
  return RENDERERS[mode](result);
}
