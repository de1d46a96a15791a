// Bytes -> text. Pure and cheap on the common case: valid UTF-8 without a BOM costs a
// bounded binary sniff (first 8 KB) and a single TextDecoder call.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type Decoded =
  | { kind: 'text'; text: string; encoding: Encoding; warning: string | null }
  | { kind: 'binary'; warning: string };

export const INVALID_UTF8_WARNING = 'invalid UTF-8, decoded as Windows-1252';

// ignoreBOM: the BOM is cut off by hand below, so a second U+FEFF stays in the text.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// Windows-1252 rather than ISO-8859-1: German texts from Windows editors use 0x80-0x9F
// for „“ – € and friends, which Latin-1 would turn into C1 control characters.
const CP1252 = new TextDecoder('windows-1252');
// Node 20's 'windows-1252' decoder takes a Latin-1 shortcut and yields C1 controls for
// 0x80-0x9F; this table puts the Windows characters back (undefined bytes map to themselves).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const C1 = /[\u0080-\u009f]/g;
const UTF16LE = new TextDecoder('utf-16le', { ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { ignoreBOM: true });

const SNIFF_BYTES = 8192;
/** More than this share of control characters in the sniffed part means binary. */
const MAX_CONTROL_RATIO = 0.1;

export function decode(bytes: Uint8Array): Decoded {
  if (startsWith(bytes, 0xff, 0xfe)) return decodeUtf16(bytes.subarray(2), UTF16LE, 'utf-16le');
  if (startsWith(bytes, 0xfe, 0xff)) return decodeUtf16(bytes.subarray(2), UTF16BE, 'utf-16be');
  const body = startsWith(bytes, 0xef, 0xbb, 0xbf) ? bytes.subarray(3) : bytes;

  const binary = sniffBytes(body);
  if (binary !== null) return { kind: 'binary', warning: binary };
  try {
    return { kind: 'text', text: UTF8.decode(body), encoding: 'utf-8', warning: null };
  } catch {
    // Not UTF-8: in German news that is almost always a Windows (Latin-1 superset) file.
    return { kind: 'text', text: decodeCp1252(body), encoding: 'windows-1252', warning: INVALID_UTF8_WARNING };
  }
}

export function decodeCp1252(bytes: Uint8Array): string {
  return CP1252.decode(bytes).replace(C1, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
}

function decodeUtf16(body: Uint8Array, decoder: TextDecoder, encoding: Encoding): Decoded {
  const text = decoder.decode(body);
  const binary = sniffText(text);
  if (binary !== null) return { kind: 'binary', warning: binary };
  return { kind: 'text', text, encoding, warning: null };
}

function startsWith(bytes: Uint8Array, ...prefix: number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/** Tab, LF, VT, FF, CR and ESC (ANSI colours in logs) occur in text files. */
function isControl(code: number): boolean {
  if (code >= 0x20) return code === 0x7f;
  return code !== 0x09 && code !== 0x0a && code !== 0x0b && code !== 0x0c && code !== 0x0d && code !== 0x1b;
}

function sniffBytes(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.indexOf(0) !== -1) return 'binary file skipped (NUL bytes)';
  let control = 0;
  for (let i = 0; i < sample.length; i++) if (isControl(sample[i]!)) control++;
  return tooManyControls(control, sample.length);
}

function sniffText(text: string): string | null {
  const n = Math.min(text.length, SNIFF_BYTES / 2);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return 'binary file skipped (NUL characters)';
    if (isControl(c)) control++;
  }
  return tooManyControls(control, n);
}

function tooManyControls(control: number, total: number): string | null {
  return total > 0 && control / total > MAX_CONTROL_RATIO ? 'binary file skipped (control characters)' : null;
}
