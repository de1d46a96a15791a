import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode, decodeCp1252, INVALID_UTF8_WARNING } from '../../src/input/decode.js';

const SENTENCE = 'Bundesaußenministerin Baerbock sagte, die Lage in Gaza sei „katastrophal“ – 5 € pro Tag.';
const BOM8 = [0xef, 0xbb, 0xbf];

function utf16be(s: string): Buffer {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

describe('decode', () => {
  it('decodes UTF-8 without BOM on the fast path', () => {
    expect(decode(Buffer.from(SENTENCE))).toEqual({ kind: 'text', text: SENTENCE, encoding: 'utf-8', warning: null });
  });

  it('removes a UTF-8 BOM but keeps a later U+FEFF', () => {
    const d = decode(Buffer.concat([Buffer.from(BOM8), Buffer.from('Khartum\uFEFFDarfur')]));
    expect(d).toEqual({ kind: 'text', text: 'Khartum\uFEFFDarfur', encoding: 'utf-8', warning: null });
  });

  it('decodes UTF-16 LE and BE with BOM', () => {
    const le = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SENTENCE, 'utf16le')]));
    const be = decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(SENTENCE)]));
    expect(le).toEqual({ kind: 'text', text: SENTENCE, encoding: 'utf-16le', warning: null });
    expect(be).toEqual({ kind: 'text', text: SENTENCE, encoding: 'utf-16be', warning: null });
  });

  it('decodes invalid UTF-8 as Windows-1252 with a warning (ß = 0xDF, „ = 0x84, “ = 0x93, € = 0x80)', () => {
    const bytes = Buffer.from([
      ...Buffer.from('Die Bundesau', 'latin1'), 0xdf, ...Buffer.from('enministerin nannte es ', 'latin1'),
      0x84, ...Buffer.from('untragbar', 'latin1'), 0x93, 0x20, 0x80,
    ]);
    expect(decode(bytes)).toEqual({
      kind: 'text',
      text: 'Die Bundesaußenministerin nannte es „untragbar“ €',
      encoding: 'windows-1252',
      warning: INVALID_UTF8_WARNING,
    });
  });

  it('falls back to Windows-1252 even after a UTF-8 BOM when the rest is not UTF-8', () => {
    const d = decode(Buffer.from([...BOM8, ...Buffer.from('Stra\xdfe nach Kramatorsk', 'latin1')]));
    expect(d).toMatchObject({ kind: 'text', text: 'Straße nach Kramatorsk', encoding: 'windows-1252' });
  });

  it('treats PNG bytes (NUL in the header) as binary', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    expect(decode(png)).toEqual({ kind: 'binary', warning: 'binary file skipped (NUL bytes)' });
  });

  it('treats a NUL byte after the first 8 KB as text (only the head is sniffed)', () => {
    const bytes = Buffer.concat([Buffer.alloc(9000, 'a'), Buffer.from([0])]);
    expect(decode(bytes).kind).toBe('text');
  });

  it('treats many control characters without NUL as binary', () => {
    const bytes = Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)));
    expect(decode(bytes)).toEqual({ kind: 'binary', warning: 'binary file skipped (control characters)' });
  });

  it('keeps tabs, CRLF, form feeds and ANSI escapes as text', () => {
    const text = '\x1b[1mMali\x1b[0m\tBamako\r\n\fSeite 2\r\n';
    expect(decode(Buffer.from(text))).toMatchObject({ kind: 'text', text });
  });

  it('treats UTF-16 with BOM whose content has NULs as binary', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.alloc(64, 0)]);
    expect(decode(bytes).kind).toBe('binary');
  });

  it('decodes empty input as empty text', () => {
    expect(decode(new Uint8Array(0))).toEqual({ kind: 'text', text: '', encoding: 'utf-8', warning: null });
    expect(decode(Buffer.from(BOM8))).toEqual({ kind: 'text', text: '', encoding: 'utf-8', warning: null });
  });

  // Text without control characters and lone surrogates survives every supported encoding.
  const textArb = fc
    .string({ unit: 'binary', maxLength: 200 })
    .filter((s) => !/[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\uFEFF]|[\uD800-\uDFFF]/u.test(s));

  it('round-trips any text through UTF-8 and UTF-16 (property)', () => {
    fc.assert(
      fc.property(textArb, (s) => {
        expect(decode(Buffer.from(s))).toMatchObject({ kind: 'text', text: s, encoding: 'utf-8' });
        const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
        expect(decode(le)).toMatchObject({ kind: 'text', text: s, encoding: 'utf-16le' });
        expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(s)]))).toMatchObject({ text: s });
      }),
    );
  });

  it('round-trips Latin-1 letters through the Windows-1252 fallback (property)', () => {
    const latin = fc.string({ unit: fc.constantFrom(...'abcßäöüÄÖÜéèñ .,'), minLength: 1, maxLength: 80 });
    fc.assert(
      fc.property(latin.filter((s) => /[^\x00-\x7f]/.test(s)), (s) => {
        expect(decode(Buffer.from(s, 'latin1'))).toEqual({
          kind: 'text', text: s, encoding: 'windows-1252', warning: INVALID_UTF8_WARNING,
        });
      }),
    );
  });
});

describe('decodeCp1252', () => {
  it('maps every byte 0x80-0x9F to its Windows-1252 character, not a C1 control', () => {
    const bytes = Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i);
    expect(decodeCp1252(bytes)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
  });
});
