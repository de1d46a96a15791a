import { describe, expect, it } from 'vitest';
import { CsvWriter, csvField, csvRow } from '../../src/output/csv.js';
import { StringSink } from '../../src/output/sink.js';

describe('csvField', () => {
  it('leaves plain fields alone', () => {
    expect(csvField('Khartum')).toBe('Khartum');
    expect(csvField(10000)).toBe('10000');
    expect(csvField(true)).toBe('true');
  });

  it('prints null and undefined as empty fields', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
  });

  it('quotes fields with commas, quotes or line breaks and doubles the quotes', () => {
    expect(csvField('Hamas, Hisbollah')).toBe('"Hamas, Hisbollah"');
    expect(csvField('Er sagte "Nein"')).toBe('"Er sagte ""Nein"""');
    expect(csvField('Zeile 1\nZeile 2')).toBe('"Zeile 1\nZeile 2"');
    expect(csvField('a\rb')).toBe('"a\rb"');
  });

  it('joins lists with "; "', () => {
    expect(csvField(['Generalsekretär', 'UN-Generalsekretär'])).toBe('Generalsekretär; UN-Generalsekretär');
    expect(csvField([])).toBe('');
  });

  it('keeps German quotation marks unquoted: only the ASCII double quote is special', () => {
    expect(csvField('„Die Welt schaut weg“')).toBe('„Die Welt schaut weg“');
  });
});

describe('CsvWriter', () => {
  it('writes a header row and one CRLF-terminated row per record, in column order', async () => {
    const sink = new StringSink();
    const writer = new CsvWriter<{ file: string; speaker: string | null; text: string }>(sink, ['file', 'speaker', 'text']);
    await writer.begin();
    await writer.item({ text: 'die Waffenruhe, sagte er, halte', speaker: null, file: 'gaza.txt' });
    await writer.end();
    expect(sink.text).toBe('file,speaker,text\r\ngaza.txt,,"die Waffenruhe, sagte er, halte"\r\n');
  });

  it('csvRow ends every row with CRLF', () => {
    expect(csvRow(['a', 'b'])).toBe('a,b\r\n');
  });
});
