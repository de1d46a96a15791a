// Bad inputs beside good ones, through the built CLI: each gets one line on stderr naming
// the file, the exit status says whether an input failed, the good files are still in the
// output and `all --json` stays valid JSON with the failures under `errors`.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentRecord } from '../../src/output/records.js';
import { extractDocument } from '../../src/pipeline.js';
import {
  checkBuilt, cli, diagnostics, errorFiles, files, isRoot, NOBODY, parseAll, placeNames, sh, tempDir, TEXTS,
} from './helpers.js';

checkBuilt();

const MB = 1024 * 1024;

describe('paths that do not lead to a readable file', () => {
  it('a missing path: error naming it, exit 1, the good file still read', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali });
    const r = cli(['all', 'mali.txt', 'fehlt.txt', '--json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: fehlt.txt: no such file or directory']);
    const out = parseAll(r.stdout);
    expect(files(out)).toEqual(['mali.txt']);
    expect(out.errors).toEqual([{ file: 'fehlt.txt', message: 'no such file or directory: fehlt.txt' }]);
  });

  it('a missing folder and a glob that matches nothing are errors too', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali });
    const r = cli(['all', '.', 'archiv/', 'berichte/*.txt', '--json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual([
      'crisis-extract: archiv/: no such file or directory',
      'crisis-extract: berichte/*.txt: no files match pattern',
    ]);
    const out = parseAll(r.stdout);
    expect(files(out)).toEqual(['./mali.txt']);
    expect(errorFiles(out)).toEqual(['archiv/', 'berichte/*.txt']);
  });

  // As root chmod 000 blocks nothing, so the CLI runs as an unprivileged user there: the
  // permission check is real either way.
  it('a file without read permission: error, exit 1, the rest still read', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali, 'geheim.txt': TEXTS.kosovo, 'ordner/jemen.txt': TEXTS.jemen });
    fs.chmodSync(path.join(dir, 'geheim.txt'), 0o000);
    const r = cli(['all', '.', '--json'], { cwd: dir, uid: isRoot ? NOBODY : undefined });
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: ./geheim.txt: permission denied']);
    const out = parseAll(r.stdout);
    expect(files(out)).toEqual(['./mali.txt', './ordner/jemen.txt']);
    expect(out.errors).toEqual([{ file: './geheim.txt', message: 'permission denied: ./geheim.txt' }]);
  });

  it('an unreadable subfolder is a warning, a named unreadable folder an error', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali, 'zu/kosovo.txt': TEXTS.kosovo });
    fs.chmodSync(path.join(dir, 'zu'), 0o000);
    const uid = isRoot ? NOBODY : undefined;
    const walk = cli(['all', '.', '--json'], { cwd: dir, uid });
    expect(walk.status).toBe(0);
    expect(diagnostics(walk.stderr)).toEqual(['crisis-extract: ./zu/: permission denied']);
    expect(files(parseAll(walk.stdout))).toEqual(['./mali.txt']);
    const named = cli(['all', 'zu', 'mali.txt', '--json'], { cwd: dir, uid });
    expect(named.status).toBe(1);
    expect(diagnostics(named.stderr)).toEqual(['crisis-extract: zu/: permission denied']);
    expect(files(parseAll(named.stdout))).toEqual(['mali.txt']);
  });

  it('symbolic link loops end with a warning; linked files and folders are read once', () => {
    const dir = tempDir({ 'a/mali.txt': TEXTS.mali, 'b/kosovo.txt': TEXTS.kosovo });
    fs.symlinkSync('schleife2', path.join(dir, 'schleife1'));
    fs.symlinkSync('schleife1', path.join(dir, 'schleife2'));
    fs.symlinkSync('..', path.join(dir, 'a/hoch'));
    fs.symlinkSync('../a', path.join(dir, 'b/zu-a'));
    fs.symlinkSync('mali.txt', path.join(dir, 'a/mali-link.txt'));
    const r = cli(['all', '.', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual([
      'crisis-extract: ./a/hoch: symbolic link loop, not followed',
      'crisis-extract: ./schleife1: symbolic link loop',
      'crisis-extract: ./schleife2: symbolic link loop',
    ]);
    // A file linked under a second name in the same tree is read once, under one of its names.
    const read = files(parseAll(r.stdout));
    expect(read).toHaveLength(2);
    expect(read).toContain('./b/kosovo.txt');
    expect(read.filter((f) => f.startsWith('./a/mali'))).toHaveLength(1);
  });

  it('a symbolic link loop named on the command line is an error', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali });
    fs.symlinkSync('schleife', path.join(dir, 'schleife'));
    const r = cli(['all', 'schleife', 'mali.txt', '--json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: schleife: symbolic link loop']);
    expect(files(parseAll(r.stdout))).toEqual(['mali.txt']);
  });
});

describe('a folder without matching files', () => {
  it('warns and prints empty output with exit 0; --fail-empty makes it exit 1', () => {
    const dir = tempDir({ 'notizen.docx': 'x', 'bild.jpg': 'y' });
    const r = cli(['all', dir, '--json']);
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual([`crisis-extract: ${dir}/: no .txt or .md files in folder`]);
    expect(parseAll(r.stdout)).toEqual({ schema: 'crisis-extract/1', documents: [], errors: [] });
    const strict = cli(['all', dir, '--json', '--fail-empty']);
    expect(strict.status).toBe(1);
    expect(diagnostics(strict.stderr)).toEqual([
      `crisis-extract: ${dir}/: no .txt or .md files in folder`,
      'crisis-extract: no documents read (--fail-empty)',
    ]);
    expect(parseAll(strict.stdout).documents).toEqual([]);
  });

  it('an empty table or list is still well-formed', () => {
    const dir = tempDir();
    expect(cli(['quotes', dir, '--format', 'ndjson', '-q']).stdout).toBe('');
    expect(cli(['troops', dir, '--format', 'csv', '-q']).stdout).toBe('file,value,min,max,approx,unit,actor,location,text\r\n');
    expect(cli(['actors', dir, '--json', '-q']).stdout).toBe('[]\n');
  });
});

describe('file contents', () => {
  it('binary files are skipped with a warning, the text files beside them read', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const dir = tempDir({ 'mali.txt': TEXTS.mali, 'bild.txt': png, 'steuer.md': Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) });
    const r = cli(['all', '.', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual([
      'crisis-extract: ./bild.txt: binary file skipped (NUL bytes)',
      'crisis-extract: ./steuer.md: binary file skipped (control characters)',
    ]);
    expect(files(parseAll(r.stdout))).toEqual(['./mali.txt']);
  });

  it('invalid UTF-8 is read as Windows-1252, with a warning, umlauts and quotation marks intact', () => {
    // „ (0x84) “ (0x93) ß (0xDF) in Windows-1252.
    const cp1252 = Buffer.from(TEXTS.kosovo.replace(/[„“ß]/g, (c) => ({ '„': '\x84', '“': '\x93', 'ß': '\xdf' })[c]!), 'latin1');
    const dir = tempDir({ 'kosovo.txt': cp1252, 'mali.txt': TEXTS.mali });
    const r = cli(['all', '.', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: ./kosovo.txt: invalid UTF-8, decoded as Windows-1252']);
    const out = parseAll(r.stdout);
    const fromCp1252 = out.documents[0]!;
    const fromUtf8 = documentRecord(extractDocument('./kosovo.txt', TEXTS.kosovo));
    expect(fromCp1252).toEqual(JSON.parse(JSON.stringify(fromUtf8)));
    expect(fromCp1252.quotes.map((q) => q.text)).toContain('Die Lage ist ernst');
  });

  it('UTF-16 with a byte order mark, little and big endian, reads like UTF-8', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXTS.mali, 'utf16le')]);
    const be = Buffer.from(le);
    be.swap16();
    const dir = tempDir({ 'le.txt': le, 'be.txt': be, 'utf8.txt': TEXTS.mali });
    const r = cli(['all', '.', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual([]);
    const [b, l, u] = parseAll(r.stdout).documents;
    expect(placeNames(u!)).toContain('Mali');
    expect({ ...l!, file: u!.file }).toEqual(u);
    expect({ ...b!, file: u!.file }).toEqual(u);
  });

  it('an empty file gives an empty document and a warning', () => {
    const dir = tempDir({ 'leer.txt': '', 'mali.txt': TEXTS.mali });
    const r = cli(['all', '.', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: ./leer.txt: empty file']);
    const out = parseAll(r.stdout);
    expect(files(out)).toEqual(['./leer.txt', './mali.txt']);
    expect(out.documents[0]).toMatchObject({ actors: [], places: [], troops: [], quotes: [], claims: [] });
  });

  it('a file over 50 MB is refused before it is read, with the size and the option to raise the limit', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali });
    fs.truncateSync(fs.openSync(path.join(dir, 'riesig.txt'), 'w'), 60 * MB); // sparse: no disk space
    const r = cli(['all', '.', '--json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: ./riesig.txt: file too large (60 MB > 50 MB limit; raise it with --max-size)']);
    const out = parseAll(r.stdout);
    expect(files(out)).toEqual(['./mali.txt']);
    expect(errorFiles(out)).toEqual(['./riesig.txt']);
  });

  it('--max-size moves the limit both ways', () => {
    const big = TEXTS.kosovo.repeat(Math.ceil((80 * 1024) / TEXTS.kosovo.length));
    const dir = tempDir({ 'gross.txt': big, 'mali.txt': TEXTS.mali });
    const refused = cli(['all', '.', '--json', '--max-size', '50KB'], { cwd: dir });
    expect(refused.status).toBe(1);
    expect(diagnostics(refused.stderr)).toEqual([
      expect.stringMatching(/^crisis-extract: \.\/gross\.txt: file too large \(8\d(?:\.\d)? KB > 50 KB limit; raise it with --max-size\)$/),
    ]);
    expect(files(parseAll(refused.stdout))).toEqual(['./mali.txt']);
    const raised = cli(['all', '.', '--json', '--max-size', '1'], { cwd: dir });
    expect(raised.status).toBe(0);
    expect(files(parseAll(raised.stdout))).toEqual(['./gross.txt', './mali.txt']);
  });

  it('an endless device is read only up to the limit', () => {
    const r = cli(['all', '/dev/zero', '--json', '--max-size', '1']);
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: /dev/zero: input too large (over 1 MB limit; raise it with --max-size)']);
    expect(parseAll(r.stdout).documents).toEqual([]);
  });
});

describe('file names', () => {
  it('keeps spaces, umlauts and decomposed umlauts in file names as they are', () => {
    const nfd = 'Bericht u\u0308ber Mali.txt';
    const dir = tempDir({ 'Krisen Ordner/Lage im Kosovo – Überblick.txt': TEXTS.kosovo, [`Krisen Ordner/${nfd}`]: TEXTS.mali });
    const walked = cli(['all', 'Krisen Ordner', 'Krisen Ordner/Straße nach Gaza.txt', '--json'], { cwd: dir });
    expect(walked.status).toBe(1);
    expect(diagnostics(walked.stderr)).toEqual(['crisis-extract: Krisen Ordner/Straße nach Gaza.txt: no such file or directory']);
    const out = parseAll(walked.stdout);
    expect(files(out).sort()).toEqual(['Krisen Ordner/Lage im Kosovo – Überblick.txt', `Krisen Ordner/${nfd}`].sort());
    expect(errorFiles(out)).toEqual(['Krisen Ordner/Straße nach Gaza.txt']);
    const named = cli(['all', 'Krisen Ordner/Lage im Kosovo – Überblick.txt', '--json'], { cwd: dir });
    expect(named.status).toBe(0);
    expect(placeNames(parseAll(named.stdout).documents[0]!)).toContain('Kosovo');
  });

  it('file names that look like options or globs are read as files after --', () => {
    const dir = tempDir({ '--json.txt': TEXTS.mali, '[1] Kosovo.txt': TEXTS.kosovo });
    const r = cli(['all', '--json', '--', '--json.txt', '[1] Kosovo.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(files(parseAll(r.stdout))).toEqual(['--json.txt', '[1] Kosovo.txt']);
  });
});

describe('standard input', () => {
  it('empty standard input gives an empty document and a warning', () => {
    const r = cli(['all', '-', '--json'], { input: '' });
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: -: empty input']);
    expect(files(parseAll(r.stdout))).toEqual(['-']);
  });

  it('closed standard input reads as empty', () => {
    const r = sh('$CLI all - --json <&-');
    expect(r.status).toBe(0);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: -: empty input']);
    expect(files(parseAll(r.stdout))).toEqual(['-']);
  });

  it('a writer that dies halfway: what arrived is read, the output stays valid', () => {
    const r = sh(`(printf '%s' 'Die Außenministerin Annalena Baerbock warnte in Belgrad vor einer Eskalation im Kosovo. „Die La'; kill -9 $BASHPID) | $CLI all - --json`);
    expect(r.status).toBe(0);
    const out = parseAll(r.stdout);
    expect(placeNames(out.documents[0]!)).toContain('Kosovo');
  });

  it('standard input beside files, in sorted order', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali });
    const r = cli(['all', 'mali.txt', '-', '--json'], { cwd: dir, input: TEXTS.jemen });
    expect(r.status).toBe(0);
    expect(files(parseAll(r.stdout))).toEqual(['-', 'mali.txt']);
  });
});

describe('output into a pipe that closes early', () => {
  const corpus = (): string => {
    const docs: Record<string, string> = {};
    for (let i = 0; i < 60; i++) docs[`doc-${String(i).padStart(2, '0')}.txt`] = TEXTS.mali + TEXTS.kosovo + TEXTS.jemen;
    return tempDir(docs);
  };

  it.each([
    ['all --json | head -c 20', 'all . --json', 'head -c 20'],
    ['quotes --format ndjson | head -n 1', 'quotes . --format ndjson', 'head -n 1'],
    ['places table | head -n 2', 'places .', 'head -n 2'],
    ['all --json --jobs 2 | head -c 20', 'all . --json --jobs 2', 'head -c 20'],
    ['troops csv | true (reader never reads)', 'troops . --format csv', 'true'],
  ])('%s ends quietly with exit 0', (_name, args, reader) => {
    const dir = corpus();
    const r = sh(`$CLI ${args} | ${reader} > /dev/null; echo "status=\${PIPESTATUS[0]}"`, dir);
    expect(r.stdout).toBe('status=0\n');
    expect(r.stderr).toBe('');
  });
});

describe('output that cannot be written', () => {
  it('a full disk is one line and exit 1, not a stack trace', () => {
    const dir = tempDir({ 'mali.txt': TEXTS.mali });
    const r = sh('$CLI all . --json > /dev/full', dir);
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual([expect.stringMatching(/^crisis-extract: cannot write output: ENOSPC/)]);
  });
});

describe('everything at once', () => {
  it('one run over a folder of odd files: every good file read, every bad one reported once, valid JSON', () => {
    const dir = tempDir({
      'gut/mali.txt': TEXTS.mali,
      'gut/Übersicht Kosovo.md': TEXTS.kosovo,
      'gut/jemen-cp1252.txt': Buffer.from(TEXTS.jemen, 'latin1'),
      'gut/leer.txt': '',
      'schlecht/bild.txt': Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
      'schlecht/notiz.docx': 'PK',
    });
    fs.symlinkSync('schleife', path.join(dir, 'schlecht/schleife'));
    fs.truncateSync(fs.openSync(path.join(dir, 'schlecht/dump.txt'), 'w'), 51 * MB);
    const r = cli(['all', 'gut', 'schlecht', 'fehlt', '--json'], { cwd: dir });
    expect(r.status).toBe(1);
    const lines = diagnostics(r.stderr);
    expect(lines).toHaveLength(6);
    for (const name of ['gut/jemen-cp1252.txt', 'gut/leer.txt', 'schlecht/bild.txt', 'schlecht/dump.txt', 'schlecht/schleife', 'fehlt']) {
      expect(lines.filter((l) => l.startsWith(`crisis-extract: ${name}: `))).toHaveLength(1);
    }
    const out = parseAll(r.stdout);
    expect(files(out)).toEqual(['gut/jemen-cp1252.txt', 'gut/leer.txt', 'gut/mali.txt', 'gut/Übersicht Kosovo.md']);
    expect(errorFiles(out).sort()).toEqual(['fehlt', 'schlecht/dump.txt']);
  });
});
