import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_MAX_SIZE, readInput, readInputs, type ReadResult } from '../../src/input/read.js';
import { expandPaths, type InputFile } from '../../src/input/walk.js';
import { errno, isRoot, tempDir, write } from '../support/temp.js';

const KOSOVO = 'Die Kfor-Truppe verstärkt ihre Präsenz im Norden des Kosovo um 700 Soldaten.\n';
const BAERBOCK = 'Bundesaußenministerin Baerbock nannte die Lage „äußerst besorgniserregend“.';

function input(dir: string, rel: string): InputFile {
  return { file: rel, path: path.join(dir, rel) };
}

function textOf(r: ReadResult): string {
  if (r.kind !== 'text') throw new Error(`expected text, got ${JSON.stringify(r)}`);
  return r.text;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('readInput: encodings', () => {
  it('reads UTF-8 with and without BOM', async () => {
    const dir = tempDir({
      'ohne.txt': KOSOVO,
      'mit.txt': Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KOSOVO)]),
    });
    expect(await readInput(input(dir, 'ohne.txt'))).toEqual({
      kind: 'text', file: 'ohne.txt', text: KOSOVO, encoding: 'utf-8', warnings: [],
    });
    expect(textOf(await readInput(input(dir, 'mit.txt')))).toBe(KOSOVO);
  });

  it('reads UTF-16 LE and BE with BOM', async () => {
    const le = Buffer.from(BAERBOCK, 'utf16le');
    const be = Buffer.from(le).swap16();
    const dir = tempDir({
      'le.txt': Buffer.concat([Buffer.from([0xff, 0xfe]), le]),
      'be.txt': Buffer.concat([Buffer.from([0xfe, 0xff]), be]),
    });
    expect(await readInput(input(dir, 'le.txt'))).toMatchObject({ text: BAERBOCK, encoding: 'utf-16le', warnings: [] });
    expect(await readInput(input(dir, 'be.txt'))).toMatchObject({ text: BAERBOCK, encoding: 'utf-16be', warnings: [] });
  });

  it('reads Windows-1252 German with a warning naming the file', async () => {
    const dir = tempDir({ 'alt kodiert.txt': Buffer.from([...Buffer.from('Bundesau', 'latin1'), 0xdf, ...Buffer.from('enministerin', 'latin1')]) });
    expect(await readInput(input(dir, 'alt kodiert.txt'))).toEqual({
      kind: 'text',
      file: 'alt kodiert.txt',
      text: 'Bundesaußenministerin',
      encoding: 'windows-1252',
      warnings: [{ file: 'alt kodiert.txt', message: 'invalid UTF-8, decoded as Windows-1252: alt kodiert.txt' }],
    });
  });
});

describe('readInput: bad input', () => {
  it('skips a binary file with a warning (not an error)', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = tempDir({ 'karte.txt': png });
    expect(await readInput(input(dir, 'karte.txt'))).toEqual({
      kind: 'skipped',
      file: 'karte.txt',
      warnings: [{ file: 'karte.txt', message: 'binary file skipped (NUL bytes): karte.txt' }],
    });
  });

  it('reads an empty file as an empty document', async () => {
    const dir = tempDir({ 'leer.txt': '' });
    expect(await readInput(input(dir, 'leer.txt'))).toEqual({
      kind: 'text', file: 'leer.txt', text: '', encoding: 'utf-8', warnings: [],
    });
  });

  it('reports a file that disappeared after the walk', async () => {
    const dir = tempDir();
    expect(await readInput(input(dir, 'seeds/x.txt'))).toEqual({
      kind: 'error',
      file: 'seeds/x.txt',
      error: { file: 'seeds/x.txt', message: 'no such file or directory: seeds/x.txt' },
      warnings: [],
    });
  });

  it('reports a folder passed as a file', async () => {
    const dir = tempDir({ 'ordner/a.txt': 'x' });
    const r = await readInput(input(dir, 'ordner'));
    expect(r.kind === 'error' && r.error.message).toBe('is a directory: ordner');
  });

  it.skipIf(isRoot)('reports a file without read permission (real chmod)', async () => {
    const dir = tempDir({ 'geheim.txt': KOSOVO });
    fs.chmodSync(path.join(dir, 'geheim.txt'), 0o000);
    const r = await readInput(input(dir, 'geheim.txt'));
    expect(r.kind === 'error' && r.error).toEqual({ file: 'geheim.txt', message: 'permission denied: geheim.txt' });
  });

  it('reports a file without read permission (simulated, works as root)', async () => {
    const dir = tempDir({ 'geheim.txt': KOSOVO, 'offen.txt': KOSOVO });
    const real = fsp.open;
    vi.spyOn(fsp, 'open').mockImplementation(((p: fs.PathLike, ...rest: unknown[]) =>
      String(p).endsWith('geheim.txt')
        ? Promise.reject(errno('EACCES', `permission denied, open '${String(p)}'`))
        : (real as (...a: unknown[]) => Promise<fsp.FileHandle>)(p, ...rest)) as typeof fsp.open);
    const results = [];
    for await (const r of readInputs([input(dir, 'geheim.txt'), input(dir, 'offen.txt')])) results.push(r);
    expect(results.map((r) => r.kind)).toEqual(['error', 'text']);
    expect(results[0]!.kind === 'error' && results[0]!.error.message).toBe('permission denied: geheim.txt');
  });

  it('refuses a file over the size limit with the size in the message', async () => {
    const dir = tempDir({ 'big.txt': 'x'.repeat(150) });
    const r = await readInput(input(dir, 'big.txt'), { maxSize: 100 });
    expect(r.kind === 'error' && r.error.message).toBe('file too large (150 B > 100 B limit; raise it with --max-size): big.txt');
    expect((await readInput(input(dir, 'big.txt'), { maxSize: 150 })).kind).toBe('text');
  });

  it('refuses a 63.2 MB file under the default 50 MB limit', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'big.txt');
    fs.writeFileSync(big, '');
    fs.truncateSync(big, 66_270_000); // sparse: costs no disk space
    const r = await readInput({ file: 'big.txt', path: big });
    expect(r.kind === 'error' && r.error.message).toBe('file too large (63.2 MB > 50 MB limit; raise it with --max-size): big.txt');
    expect(DEFAULT_MAX_SIZE).toBe(50 * 1024 * 1024);
  });

  it.skipIf(!fs.existsSync('/dev/zero'))('stops reading an endless device at the size limit', async () => {
    const r = await readInput({ file: '/dev/zero', path: '/dev/zero' }, { maxSize: 100_000 });
    expect(r.kind === 'error' && r.error.message).toBe('input too large (over 97.7 KB limit; raise it with --max-size): /dev/zero');
  });

  it('reads names with spaces and umlauts found by the walk', async () => {
    const cwd = tempDir({ 'Lage März/Straße nach Kramatorsk.txt': KOSOVO });
    const { files } = await expandPaths(['Lage März'], { cwd });
    expect(files.map((f) => f.file)).toEqual(['Lage März/Straße nach Kramatorsk.txt']);
    expect(textOf(await readInput(files[0]!))).toBe(KOSOVO);
  });
});

describe('readInput: stdin', () => {
  const stdinFile: InputFile = { file: '-', path: null };

  it('reads stdin in chunks, also when a UTF-8 character is split between chunks', async () => {
    const bytes = Buffer.from(BAERBOCK);
    const split = bytes.indexOf(0xc3) + 1; // inside the "ß"
    const stdin = Readable.from([bytes.subarray(0, split), bytes.subarray(split)]);
    expect(await readInput(stdinFile, { stdin })).toEqual({
      kind: 'text', file: '-', text: BAERBOCK, encoding: 'utf-8', warnings: [],
    });
  });

  it('reads empty stdin as an empty document', async () => {
    expect(textOf(await readInput(stdinFile, { stdin: Readable.from([]) }))).toBe('');
  });

  it('reports stdin that fails midway as an error naming "-"', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield Buffer.from('Erste Hälfte des Berichts aus Gao ');
      throw errno('EIO');
    }
    const r = await readInput(stdinFile, { stdin: broken() });
    expect(r).toEqual({ kind: 'error', file: '-', error: { file: '-', message: 'input/output error: -' }, warnings: [] });
  });

  it('keeps what arrived when stdin is closed early', async () => {
    const stdin = new Readable({ read() {} });
    stdin.push(Buffer.from('Abgebrochene Meldung aus Sanaa'));
    stdin.push(null);
    expect(textOf(await readInput(stdinFile, { stdin }))).toBe('Abgebrochene Meldung aus Sanaa');
  });

  it('refuses stdin over the size limit', async () => {
    const stdin = Readable.from([Buffer.alloc(60, 0x61), Buffer.alloc(60, 0x61)]);
    const r = await readInput(stdinFile, { stdin, maxSize: 100 });
    expect(r.kind === 'error' && r.error.message).toBe('input too large (over 100 B limit; raise it with --max-size): -');
  });
});

describe('expandPaths + readInputs', () => {
  it('processes the good files of a mixed folder and reports the rest as data', async () => {
    const cwd = tempDir({
      'korpus/01_gaza.txt': 'Im Gazastreifen wurden nach Angaben der UN 300 Lastwagen abgefertigt.',
      'korpus/02_leer.txt': '',
      'korpus/03_bild.txt': Buffer.from([0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0, 1, 0]),
      'korpus/04_sahel.md': Buffer.from('Mali: Truppenabzug aus Gao ', 'latin1'),
    });
    const { files, errors } = await expandPaths(['korpus', 'korpus/05_fehlt.txt'], { cwd });
    const results: ReadResult[] = [];
    for await (const r of readInputs(files)) results.push(r);
    expect(errors).toEqual([{ file: 'korpus/05_fehlt.txt', message: 'no such file or directory: korpus/05_fehlt.txt' }]);
    expect(results.map((r) => [r.file, r.kind])).toEqual([
      ['korpus/01_gaza.txt', 'text'],
      ['korpus/02_leer.txt', 'text'],
      ['korpus/03_bild.txt', 'skipped'],
      ['korpus/04_sahel.md', 'text'],
    ]);
  });
});
