// Properties of one document's extraction over generated German-looking text (see
// german.ts): it never throws, every span cuts its own text out of the document, the
// output fits the JSON schema, and the result depends on the text alone (not on what
// was extracted before, not on how often, not on the file name).
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { analyzeDocument, extractDocument } from '../../src/pipeline.js';
import { documentRecord } from '../../src/output/records.js';
import { anyText, germanText } from './german.js';
import { badSentences, badSpans } from './spans.js';

const RUNS = { numRuns: 1000 };
// Generated documents are short; a slow case means a quadratic rule, not a slow machine.
const TIMEOUT = 60_000;

const schema = JSON.parse(fs.readFileSync(new URL('../../src/output/schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
ajv.addSchema(schema);
const validateDocument = ajv.getSchema('urn:crisis-extract:schema:1#/$defs/document')!;

const json = (value: unknown): string => JSON.stringify(value);

describe('extraction over arbitrary German-looking text', () => {
  it('never throws, and its record fits the schema', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const { result, warnings } = analyzeDocument('gen.txt', text);
        expect(warnings.every((w) => typeof w === 'string')).toBe(true);
        const record = documentRecord(result);
        if (!validateDocument(record)) throw new Error(ajv.errorsText(validateDocument.errors));
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('every span satisfies text.slice(start, end) === item.text; sentences are pieces of the text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = extractDocument('gen.txt', text);
        expect(badSpans(text, result)).toEqual([]);
        expect(badSentences(text, result)).toEqual([]);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('gives the same result twice, and the same after extracting another document', () => {
    fc.assert(
      fc.property(germanText, germanText, (text, other) => {
        const first = json(extractDocument('a.txt', text));
        expect(json(extractDocument('a.txt', text))).toBe(first);
        extractDocument('b.txt', other);
        expect(json(extractDocument('a.txt', text))).toBe(first);
      }),
      RUNS,
    );
  }, TIMEOUT);

  it('does not depend on the file name', () => {
    fc.assert(
      fc.property(germanText, (text) => {
        const a = extractDocument('news/gaza.txt', text);
        const b = extractDocument('Ordner mit Ümläuten/sudan 2.md', text);
        expect(json({ ...b, file: a.file })).toBe(json(a));
      }),
      RUNS,
    );
  }, TIMEOUT);
});

describe('the generator exercises the rules', () => {
  // A generator that never produced actors, troops or quotes would make the properties
  // above vacuous: most documents must yield something.
  it('most generated documents yield items of every kind somewhere', () => {
    const texts = fc.sample(germanText, { numRuns: 300, seed: 42 });
    const results = texts.map((t) => extractDocument('gen.txt', t));
    const share = (has: (r: (typeof results)[number]) => boolean): number => results.filter(has).length / results.length;
    expect(share((r) => r.actors.some((a) => a.type === 'person'))).toBeGreaterThan(0.5);
    expect(share((r) => r.actors.some((a) => a.type === 'organization'))).toBeGreaterThan(0.3);
    expect(share((r) => r.places.length > 0)).toBeGreaterThan(0.5);
    expect(share((r) => r.troops.length > 0)).toBeGreaterThan(0.1);
    expect(share((r) => r.quotes.length > 0)).toBeGreaterThan(0.2);
    expect(share((r) => r.claims.length > 0)).toBeGreaterThan(0.05);
    expect(share((r) => r.quotes.some((q) => q.speaker !== null))).toBeGreaterThan(0.1);
  }, TIMEOUT);

  it('the span checks catch a span off by one and a sentence from elsewhere', () => {
    const text = 'Baerbock sagte: „Die Lage ist ernst.“ Rund 10.000 Soldaten stehen bereit.';
    const result = extractDocument('check.txt', text);
    expect(result.quotes).toHaveLength(1);
    expect(badSpans(text, result)).toEqual([]);
    const q = result.quotes[0]!;
    const shifted = { ...result, quotes: [{ ...q, start: q.start + 1, end: q.end + 1 }] };
    expect(badSpans(text, shifted)).toHaveLength(1);
    const elsewhere = { ...result, quotes: [{ ...q, sentence: 'Rund 10.000 Soldaten stehen bereit.' }] };
    expect(badSentences(text, elsewhere)).toHaveLength(1);
  });
});
