import { describe, expect, it } from 'vitest';
import { NdjsonWriter, ndjsonLine } from '../../src/output/ndjson.js';
import { documentRecord } from '../../src/output/records.js';
import { StringSink } from '../../src/output/sink.js';
import { gazaDoc, sudanDoc } from './sample.js';

describe('ndjson', () => {
  it('writes one parseable line per record', async () => {
    const sink = new StringSink();
    const writer = new NdjsonWriter<object>(sink);
    await writer.begin();
    await writer.item(documentRecord(sudanDoc()));
    await writer.item(documentRecord(gazaDoc()));
    await writer.end();
    const lines = sink.text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(JSON.parse(lines[0]!).file).toBe('news/sudan.txt');
    expect(JSON.parse(lines[1]!).file).toBe('news/gaza.txt');
  });

  it('keeps a record with line breaks in its text on one line', () => {
    const line = ndjsonLine({ text: 'Zeile eins\nZeile zwei\u2028drei' });
    expect(line.split('\n')).toHaveLength(2);
    expect(JSON.parse(line).text).toBe('Zeile eins\nZeile zwei\u2028drei');
  });
});
