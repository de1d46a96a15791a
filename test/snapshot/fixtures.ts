// Snapshots for the diff tests: the hand-made Sudan and Gaza results of the output tests
// (stable whatever the extractors do), as `all --json` prints them.
import { documentRecord, SCHEMA_ID, type DocumentRecord } from '../../src/output/records.js';
import type { Snapshot } from '../../src/snapshot/index.js';
import { gazaDoc, sudanDoc } from '../output/sample.js';

export function sudan(file = 'news/sudan.txt'): DocumentRecord {
  return json(documentRecord(sudanDoc(file)));
}

export function gaza(file = 'news/gaza.txt'): DocumentRecord {
  return json(documentRecord(gazaDoc(file)));
}

export function snapshot(documents: DocumentRecord[] = [gaza(), sudan()], errors: Snapshot['errors'] = []): Snapshot {
  return { schema: SCHEMA_ID, documents, errors };
}

/** A JSON round trip: what reading a snapshot file gives back. */
export function json<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
