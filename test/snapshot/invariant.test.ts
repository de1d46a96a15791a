// The diff's contract, over real records from generated German text and random edits
// anywhere in them: it reports nothing exactly when the JSON is the same, never throws,
// and sees every edit from both sides.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentRecord, SCHEMA_ID } from '../../src/output/records.js';
import { extractDocument } from '../../src/pipeline.js';
import { diffResults, formatReport, type Snapshot } from '../../src/snapshot/index.js';
import { germanText } from '../properties/german.js';
import { json } from './fixtures.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Slot = { parent: Json[] | { [key: string]: Json }; key: string | number };

function slots(value: Json, out: Slot[] = []): Slot[] {
  if (Array.isArray(value)) value.forEach((v, i) => { out.push({ parent: value, key: i }); slots(v, out); });
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) { out.push({ parent: value, key: k }); slots(v, out); }
  }
  return out;
}

const get = (s: Slot): Json => (s.parent as Record<string | number, Json>)[s.key]!;
const set = (s: Slot, v: Json): void => { (s.parent as Record<string | number, Json>)[s.key] = v; };

/** Changes a value in kind-preserving ways; some edits leave the JSON as it was (swapping equal items). */
function mutate(roots: Json[], pick: number, op: number): void {
  const all = roots.flatMap((root) => slots(root));
  if (all.length === 0) return; // an earlier edit removed the only document
  const slot = all[pick % all.length]!;
  const value = get(slot);
  if (Array.isArray(slot.parent) && op % 4 === 0) {
    slot.parent.splice(slot.key as number, 1);
    return;
  }
  if (Array.isArray(slot.parent) && op % 4 === 1) {
    slot.parent.splice(slot.key as number, 0, structuredClone(value));
    return;
  }
  if (Array.isArray(slot.parent) && op % 4 === 2) {
    const other = (op >> 2) % slot.parent.length;
    const [a, b] = [slot.parent[slot.key as number]!, slot.parent[other]!];
    slot.parent[slot.key as number] = b;
    slot.parent[other] = a;
    return;
  }
  if (typeof value === 'string') set(slot, op % 2 === 0 ? `${value}x` : value.slice(1));
  else if (typeof value === 'number') set(slot, value + 1 + (op % 3));
  else if (typeof value === 'boolean') set(slot, !value);
  else if (value === null) set(slot, 'Kiew');
  else if (Array.isArray(value)) value.push(value.length > 0 ? structuredClone(value[0]!) : 'Kiew');
  else value[`neu${op % 3}`] = op;
}

function snapshotOf(texts: string[]): Snapshot {
  const documents = texts.map((t, i) => json(documentRecord(extractDocument(`doc-${i}.txt`, t))));
  return { schema: SCHEMA_ID, documents, errors: [] };
}

describe('diffResults contract', () => {
  it('no changes exactly when the JSON is equal, for any edit anywhere (1000 cases)', () => {
    fc.assert(
      fc.property(
        fc.array(germanText, { minLength: 1, maxLength: 3 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
        (texts, edits) => {
          const before = snapshotOf(texts);
          const after = structuredClone(before);
          // Inside documents and errors: the schema tag is checked when the snapshot is read.
          for (const [pick, op] of edits) mutate([after.documents, after.errors] as unknown as Json[], pick, op);
          const equal = JSON.stringify(before) === JSON.stringify(after);
          const forward = diffResults(before, after);
          const backward = diffResults(after, before);
          expect(forward.length === 0).toBe(equal);
          expect(backward.length === 0).toBe(equal);
          const report = formatReport(forward, { snapshot: 's.json', documents: after.documents.length });
          expect(report.endsWith('\n')).toBe(true);
        },
      ),
      { numRuns: 1000 },
    );
  }, 60_000);
});
