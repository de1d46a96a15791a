import { describe, expect, it } from 'vitest';
import { JsonArrayWriter, JsonDocumentsWriter } from '../../src/output/json.js';
import { documentRecord, errorRecord } from '../../src/output/records.js';
import { StringSink } from '../../src/output/sink.js';
import type { DocumentResult } from '../../src/types.js';
import { gazaDoc, sudanDoc } from './sample.js';

/** The same data with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)])) as T;
}

describe('documentRecord', () => {
  it('writes keys in the contract order whatever order the result has', () => {
    const record = documentRecord(reversedKeys(sudanDoc()));
    expect(Object.keys(record)).toEqual(['file', 'meta', 'actors', 'places', 'troops', 'quotes', 'claims']);
    expect(Object.keys(record.meta)).toEqual(['url', 'title', 'published']);
    expect(Object.keys(record.actors[0]!)).toEqual(['name', 'type', 'subtype', 'roles', 'country', 'aliases', 'mentions']);
    expect(Object.keys(record.actors[0]!.mentions[0]!)).toEqual(['text', 'start', 'end']);
    expect(Object.keys(record.places[0]!)).toEqual(['name', 'type', 'code', 'aliases', 'mentions']);
    expect(Object.keys(record.troops[0]!)).toEqual(
      ['value', 'min', 'max', 'approx', 'unit', 'actor', 'location', 'text', 'start', 'end', 'sentence']);
    expect(Object.keys(record.quotes[0]!)).toEqual(['speaker', 'verb', 'kind', 'text', 'start', 'end', 'sentence']);
    expect(Object.keys(record.claims[0]!)).toEqual(['speaker', 'verb', 'kind', 'text', 'start', 'end', 'sentence']);
  });

  it('drops fields that are not part of the contract (rule evidence, extras)', () => {
    const doc = sudanDoc();
    const withExtras = { ...doc, actors: doc.actors.map((a) => ({ ...a, rule: 'role-before-name' })) } as DocumentResult;
    expect(documentRecord(withExtras).actors[0]).not.toHaveProperty('rule');
  });

  it('turns missing optional fields into null instead of dropping the key', () => {
    const doc = gazaDoc();
    const loose = { ...doc, actors: [{ ...doc.actors[0]!, country: undefined }] } as unknown as DocumentResult;
    const json = JSON.stringify(documentRecord(loose));
    expect(json).toContain('"country":null');
  });
});

describe('JsonDocumentsWriter', () => {
  async function stream(docs: DocumentResult[], errors: { file: string; message: string }[]): Promise<string> {
    const sink = new StringSink();
    const writer = new JsonDocumentsWriter(sink);
    await writer.begin();
    for (const d of docs) await writer.document(documentRecord(d));
    await writer.end(errors.map(errorRecord));
    return sink.text;
  }

  it('streams exactly what JSON.stringify would print for the whole object', async () => {
    const docs = [sudanDoc(), gazaDoc()];
    const errors = [{ file: 'news/fehlt.txt', message: 'no such file or directory: news/fehlt.txt' }];
    const expected = JSON.stringify({ schema: 'crisis-extract/1', documents: docs.map(documentRecord), errors }, null, 2) + '\n';
    expect(await stream(docs, errors)).toBe(expected);
  });

  it('stays valid JSON with no documents and no errors', async () => {
    const text = await stream([], []);
    expect(JSON.parse(text)).toEqual({ schema: 'crisis-extract/1', documents: [], errors: [] });
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('stays valid JSON when every file failed', async () => {
    const text = await stream([], [{ file: 'a.txt', message: 'permission denied: a.txt' }]);
    expect(JSON.parse(text).errors).toEqual([{ file: 'a.txt', message: 'permission denied: a.txt' }]);
  });
});

describe('JsonArrayWriter', () => {
  it('matches JSON.stringify(array, null, 2) for 0, 1 and 2 items', async () => {
    for (const items of [[], [{ name: 'Gaza' }], [{ name: 'Gaza' }, { name: 'Khartum', aliases: ['Karthum'] }]]) {
      const sink = new StringSink();
      const writer = new JsonArrayWriter<object>(sink);
      await writer.begin();
      for (const i of items) await writer.item(i);
      await writer.end();
      expect(sink.text).toBe(JSON.stringify(items, null, 2) + '\n');
    }
  });
});
