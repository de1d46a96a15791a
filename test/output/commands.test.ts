import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { CorpusEvent } from '../../src/corpus.js';
import { formatProblem, printCommand, renderModeFor, type CommandName, type Format } from '../../src/output/commands.js';
import { renderDocument } from '../../src/output/render.js';
import { StringSink } from '../../src/output/sink.js';
import type { FileError, Warning } from '../../src/types.js';
import { gazaDoc, sudanDoc } from './sample.js';

const schema = JSON.parse(fs.readFileSync(new URL('../../src/output/schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
ajv.addSchema(schema);
const validateAll = ajv.getSchema('urn:crisis-extract:schema:1')!;
const validateActors = ajv.getSchema('urn:crisis-extract:schema:1#/$defs/actorsOutput')!;
const validatePlaces = ajv.getSchema('urn:crisis-extract:schema:1#/$defs/placesOutput')!;

const missing: FileError = { file: 'news/fehlt.txt', message: 'no such file or directory: news/fehlt.txt' };
const latin1: Warning = { file: 'news/gaza.txt', message: 'invalid UTF-8, decoded as Windows-1252: news/gaza.txt' };

async function* events(): AsyncGenerator<CorpusEvent> {
  yield { kind: 'error', error: missing };
  yield { kind: 'document', result: sudanDoc() };
  yield { kind: 'warning', warning: latin1 };
  yield { kind: 'document', result: gazaDoc() };
}

async function print(command: CommandName, format: Format) {
  const sink = new StringSink();
  const errors: FileError[] = [];
  const warnings: Warning[] = [];
  const summary = await printCommand(command, events(), {
    format, sink, table: { width: 100, level: 0 },
    report: { error: (e) => errors.push(e), warning: (w) => warnings.push(w) },
  });
  return { text: sink.text, summary, errors, warnings };
}

describe('all --json', () => {
  it('prints schema, documents in input order and errors, valid against schema.json', async () => {
    const { text, summary } = await print('all', 'json');
    const out = JSON.parse(text);
    expect(validateAll(out)).toBe(true);
    expect(out.schema).toBe('crisis-extract/1');
    expect(out.documents.map((d: { file: string }) => d.file)).toEqual(['news/sudan.txt', 'news/gaza.txt']);
    expect(out.errors).toEqual([{ file: missing.file, message: missing.message }]);
    expect(summary).toEqual({ documents: 2, errors: 1 });
    expect(text.endsWith('\n')).toBe(true);
  });

  it('the schema rejects a document with a missing or extra field', async () => {
    const out = JSON.parse((await print('all', 'json')).text);
    const noMeta = structuredClone(out);
    delete noMeta.documents[0].meta;
    expect(validateAll(noMeta)).toBe(false);
    const extra = structuredClone(out);
    extra.documents[0].actors[0].rule = 'x';
    expect(validateAll(extra)).toBe(false);
  });

  it('passes errors and warnings to the reporter, not into stdout text beyond errors[]', async () => {
    const { text, errors, warnings } = await print('all', 'json');
    expect(errors).toEqual([missing]);
    expect(warnings).toEqual([latin1]);
    expect(text).not.toContain('Windows-1252');
  });
});

describe('all in other formats', () => {
  it('ndjson: one document per line', async () => {
    const lines = (await print('all', 'ndjson')).text.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).file)).toEqual(['news/sudan.txt', 'news/gaza.txt']);
    for (const l of lines) expect(validateAll({ schema: 'crisis-extract/1', documents: [JSON.parse(l)], errors: [] })).toBe(true);
  });

  it('table: one summary row per document', async () => {
    const { text } = await print('all', 'table');
    const lines = text.split('\n');
    // The title sits under the file name, in the same cell.
    const sudan = lines.findIndex((l) => l.includes('news/sudan.txt'));
    expect(lines[sudan]).toContain('2024-06-01 10:00:00');
    expect(lines[sudan + 1]).toContain('Hungersnot in Darfur');
    expect(lines.filter((l) => l.includes('news/')).length).toBe(2);
  });

  it('csv is refused with a clear message', () => {
    expect(formatProblem('all', 'csv')).toMatch(/csv is not available for 'all'/);
    expect(formatProblem('actors', 'csv')).toBeNull();
  });
});

describe('actors and places', () => {
  it('actors --json: aggregated, sorted, valid against $defs/actorsOutput', async () => {
    const out = JSON.parse((await print('actors', 'json')).text);
    expect(validateActors(out)).toBe(true);
    expect(out[0]).toEqual({
      name: 'António Guterres', type: 'person', subtype: null,
      roles: ['Generalsekretär', 'UN-Generalsekretär'], country: null, aliases: ['Guterres'],
      count: 3, documents: ['news/sudan.txt', 'news/gaza.txt'],
    });
    expect(out.map((a: { name: string }) => a.name)).toEqual(['António Guterres', 'Benjamin Netanjahu', 'RSF', 'UN']);
  });

  it('places --json validates against $defs/placesOutput', async () => {
    const out = JSON.parse((await print('places', 'json')).text);
    expect(validatePlaces(out)).toBe(true);
    expect(out).toHaveLength(5);
  });

  it('actors --format csv: header, lists joined with "; "', async () => {
    const lines = (await print('actors', 'csv')).text.split('\r\n');
    expect(lines[0]).toBe('name,type,subtype,roles,country,aliases,count,documents');
    expect(lines[1]).toBe('António Guterres,person,,Generalsekretär; UN-Generalsekretär,,Guterres,3,news/sudan.txt; news/gaza.txt');
    expect(lines.at(-1)).toBe('');
  });

  it('actors table shows type with subtype and the mention count', async () => {
    const { text } = await print('actors', 'table');
    const rsf = text.split('\n').find((l) => l.includes('RSF'))!;
    expect(rsf).toMatch(/│ military +│/);
    expect(rsf).toContain('Sudan');
  });

  it('places --format ndjson: one aggregate per line', async () => {
    const lines = (await print('places', 'ndjson')).text.trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0]!)).toMatchObject({ name: 'El Fasher', count: 1 });
  });
});

describe('list commands', () => {
  it('troops --json lists items with their file in the contract order', async () => {
    const out = JSON.parse((await print('troops', 'json')).text);
    expect(out).toEqual([{
      file: 'news/sudan.txt', value: 10000, min: 10000, max: 10000, approx: true,
      unit: 'Soldaten', actor: null, location: 'El Fasher', text: 'Rund 10.000 Soldaten',
    }]);
    expect(Object.keys(out[0])).toEqual(['file', 'value', 'min', 'max', 'approx', 'unit', 'actor', 'location', 'text']);
  });

  it('quotes --format csv', async () => {
    expect((await print('quotes', 'csv')).text).toBe(
      'file,speaker,verb,kind,text\r\nnews/sudan.txt,António Guterres,sagte,direct,Die Welt schaut weg.\r\n');
  });

  it('claims --format ndjson', async () => {
    const { text } = await print('claims', 'ndjson');
    expect(text).toBe(JSON.stringify({
      file: 'news/sudan.txt', speaker: 'António Guterres', verb: 'warnte', text: 'in Khartum drohe eine Hungersnot',
    }) + '\n');
  });

  it('troops table shows approximate counts', async () => {
    expect((await print('troops', 'table')).text).toContain('≈10000');
  });

  it('an empty list is still valid JSON', async () => {
    async function* none(): AsyncGenerator<CorpusEvent> {}
    const sink = new StringSink();
    await printCommand('quotes', none(), { format: 'json', sink, table: { width: 100, level: 0 }, report: { error() {}, warning() {} } });
    expect(sink.text).toBe('[]\n');
  });
});

describe('documents rendered where they were extracted', () => {
  /** The same run as events(), with each document rendered as a worker would have. */
  async function* renderedEvents(command: CommandName, format: Format): AsyncGenerator<CorpusEvent> {
    const mode = renderModeFor(command, format)!;
    for await (const e of events()) {
      yield e.kind === 'document' ? { kind: 'rendered', file: e.result.file, text: renderDocument(mode, e.result) } : e;
    }
  }

  it.each(['json', 'ndjson'] as const)('all --format %s prints the same bytes either way', async (format) => {
    const sink = new StringSink();
    const summary = await printCommand('all', renderedEvents('all', format), {
      format, sink, table: { width: 100, level: 0 }, report: { error: () => {}, warning: () => {} },
    });
    const direct = await print('all', format);
    expect(sink.text).toBe(direct.text);
    expect(summary).toEqual(direct.summary);
  });

  it('is offered only where a document prints on its own', () => {
    expect(renderModeFor('all', 'ndjson')).toBe('document-ndjson');
    expect(renderModeFor('all', 'json')).toBe('document-json');
    expect(renderModeFor('all', 'table')).toBeUndefined();
    expect(renderModeFor('actors', 'ndjson')).toBeUndefined();
    expect(renderModeFor('quotes', 'json')).toBeUndefined();
  });
});
