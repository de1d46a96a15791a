import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { expandPaths, normalizeExtensions, walkPaths } from '../../src/input/walk.js';
import { errno, isRoot, tempDir, write } from '../support/temp.js';

const GAZA = 'Die israelische Armee meldete neue Angriffe im Süden des Gazastreifens.\n';
const SUDAN = 'In Khartum kämpfen die RSF-Milizen weiter gegen die sudanesische Armee.\n';

function corpus(): string {
  return tempDir({
    'seeds/b_sudan.txt': SUDAN,
    'seeds/a_gaza.md': GAZA,
    'seeds/sub/c_taiwan.txt': 'Chinas Marine hielt ein Manöver vor Taiwan ab.\n',
    'seeds/notes.json': '{}',
    'seeds/README': 'kein Text',
    'seeds/.hidden.txt': 'versteckt',
  });
}

const names = (r: { files: { file: string }[] }) => r.files.map((f) => f.file);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('expandPaths: folders', () => {
  it('walks a folder recursively, keeps .txt and .md, sorts, skips dotfiles', async () => {
    const cwd = corpus();
    const r = await expandPaths(['seeds/'], { cwd });
    expect(names(r)).toEqual(['seeds/a_gaza.md', 'seeds/b_sudan.txt', 'seeds/sub/c_taiwan.txt']);
    expect(r.files[0]!.path).toBe(path.join(cwd, 'seeds', 'a_gaza.md'));
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('lists files in the code-unit order of their whole paths, folders and names interleaved', async () => {
    const cwd = tempDir({
      'c/a.txt': GAZA, 'c/a/b.txt': GAZA, 'c/a-b.txt': GAZA, 'c/ab/c.txt': GAZA, 'c/A.txt': GAZA,
      'c/a/.skip/x.txt': GAZA, 'c/Ä.txt': GAZA, 'c/a.txt.d/z.txt': GAZA,
    });
    const listed = names(await expandPaths(['c'], { cwd }));
    expect(listed).toEqual(['c/A.txt', 'c/a-b.txt', 'c/a.txt', 'c/a.txt.d/z.txt', 'c/a/b.txt', 'c/ab/c.txt', 'c/Ä.txt']);
    expect(listed).toEqual([...listed].sort());
  });

  it('lists a file once however often the paths name it', async () => {
    const cwd = corpus();
    const all = ['seeds/a_gaza.md', 'seeds/b_sudan.txt', 'seeds/sub/c_taiwan.txt'];
    expect(names(await expandPaths(['seeds', 'seeds'], { cwd }))).toEqual(all);
    expect(names(await expandPaths(['seeds', 'seeds/sub'], { cwd }))).toEqual(all);
    expect(names(await expandPaths(['seeds/sub', 'seeds'], { cwd }))).toEqual(all);
    expect(names(await expandPaths(['seeds/a_gaza.md', 'seeds'], { cwd }))).toEqual(all);
    expect(names(await expandPaths(['./seeds/sub', 'seeds/sub/'], { cwd }))).toEqual(['./seeds/sub/c_taiwan.txt']);
  });

  it('lists disjoint folders whole', async () => {
    const cwd = tempDir({ 'a/x.txt': GAZA, 'b/y.txt': SUDAN, 'ab/z.txt': GAZA });
    expect(names(await expandPaths(['b', 'a', 'ab'], { cwd }))).toEqual(['a/x.txt', 'ab/z.txt', 'b/y.txt']);
  });

  it('joins the folder as given: "seeds", "seeds/" and "./seeds" and "."', async () => {
    const cwd = corpus();
    expect(names(await expandPaths(['seeds'], { cwd }))[0]).toBe('seeds/a_gaza.md');
    expect(names(await expandPaths(['./seeds'], { cwd }))[0]).toBe('./seeds/a_gaza.md');
    expect(names(await expandPaths(['seeds//'], { cwd }))[0]).toBe('seeds/a_gaza.md');
    expect(names(await expandPaths(['.'], { cwd: path.join(cwd, 'seeds') }))).toEqual([
      './a_gaza.md', './b_sudan.txt', './sub/c_taiwan.txt',
    ]);
  });

  it('keeps an absolute folder path absolute', async () => {
    const cwd = corpus();
    const abs = path.join(cwd, 'seeds');
    expect(names(await expandPaths([abs]))[1]).toBe(`${abs}/b_sudan.txt`);
  });

  it('filters by --ext (with or without dot, any case, comma lists)', async () => {
    const cwd = corpus();
    write(cwd, 'seeds/LAGE.MD', GAZA);
    expect(names(await expandPaths(['seeds'], { cwd, extensions: ['md'] }))).toEqual(['seeds/LAGE.MD', 'seeds/a_gaza.md']);
    expect(names(await expandPaths(['seeds'], { cwd, extensions: ['.JSON'] }))).toEqual(['seeds/notes.json']);
    expect(names(await expandPaths(['seeds'], { cwd, extensions: ['json,md'] }))).toHaveLength(3);
    expect(names(await expandPaths(['seeds'], { cwd, extensions: ['*'] }))).toContain('seeds/README');
  });

  it('warns about a folder without matching files, naming the extensions', async () => {
    const cwd = tempDir({ 'leer/bild.png': 'x' });
    fs.mkdirSync(path.join(cwd, 'nichts'));
    const r = await expandPaths(['leer', 'nichts/'], { cwd });
    expect(r.files).toEqual([]);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      { file: 'leer/', message: 'no .txt or .md files in folder: leer/' },
      { file: 'nichts/', message: 'no .txt or .md files in folder: nichts/' },
    ]);
    const md = await expandPaths(['leer'], { cwd, extensions: ['md'] });
    expect(md.warnings[0]!.message).toBe('no .md files in folder: leer/');
  });

  it('handles names with spaces and umlauts', async () => {
    const cwd = tempDir({ 'Berichte März/Lage in Kyjiw – Übersicht.txt': 'Überblick', 'Berichte März/ä ö.md': 'x' });
    const r = await expandPaths(['Berichte März'], { cwd });
    expect(names(r)).toEqual(['Berichte März/Lage in Kyjiw – Übersicht.txt', 'Berichte März/ä ö.md']);
    expect(fs.readFileSync(r.files[0]!.path!, 'utf8')).toBe('Überblick');
  });
});

describe('expandPaths: order and duplicates', () => {
  it('sorts by display path in code-unit order, independent of locale', async () => {
    const cwd = tempDir({ 'd/b.txt': '', 'd/B.txt': '', 'd/ä.txt': '', 'd/z.txt': '', 'd/a.txt': '', 'd/10.txt': '', 'd/9.txt': '' });
    expect(names(await expandPaths(['d'], { cwd }))).toEqual([
      'd/10.txt', 'd/9.txt', 'd/B.txt', 'd/a.txt', 'd/b.txt', 'd/z.txt', 'd/ä.txt',
    ]);
  });

  it('sorts across arguments and removes duplicates (same display path, same real file)', async () => {
    const cwd = corpus();
    const r = await expandPaths(['seeds/sub/c_taiwan.txt', 'seeds', 'seeds/b_sudan.txt', 'seeds/b_sudan.txt'], { cwd });
    expect(names(r)).toEqual(['seeds/a_gaza.md', 'seeds/b_sudan.txt', 'seeds/sub/c_taiwan.txt']);
    const mixed = await expandPaths(['seeds/a_gaza.md', './seeds/a_gaza.md'], { cwd });
    expect(names(mixed)).toEqual(['./seeds/a_gaza.md']);
  });

  it('keeps an explicitly named file whatever its extension', async () => {
    const cwd = corpus();
    expect(names(await expandPaths(['seeds/notes.json', 'seeds/README'], { cwd }))).toEqual([
      'seeds/README', 'seeds/notes.json',
    ]);
  });

  it('reads "-" as stdin, once', async () => {
    const cwd = corpus();
    const r = await expandPaths(['-', 'seeds/b_sudan.txt', '-'], { cwd });
    expect(r.files).toEqual([
      { file: '-', path: null },
      { file: 'seeds/b_sudan.txt', path: path.join(cwd, 'seeds/b_sudan.txt') },
    ]);
  });
});

describe('walkPaths: the compact file list', () => {
  it('lists in path order a folder whose files come before and after its subfolders, roots in any order', async () => {
    const cwd = tempDir({
      'd/a.txt': GAZA, 'd/m/x.txt': GAZA, 'd/m/n/y.txt': GAZA, 'd/m/z.txt': GAZA, 'd/z.txt': GAZA,
      'c/b.txt': SUDAN, 'e/a.txt': SUDAN,
    });
    const { files } = await walkPaths(['e', 'd', 'c'], { cwd });
    const listed = [...files].map((f) => f.file);
    expect(listed).toEqual(['c/b.txt', 'd/a.txt', 'd/m/n/y.txt', 'd/m/x.txt', 'd/m/z.txt', 'd/z.txt', 'e/a.txt']);
    expect(files.size).toBe(listed.length);
    expect([...files].map((f) => f.path)).toEqual(listed.map((f) => path.join(cwd, f)));
  });

  it('makes the files anew on each pass (a folder holds names, not InputFile objects)', async () => {
    const cwd = tempDir({ 'd/a.txt': GAZA, 'd/b.txt': SUDAN });
    const { files } = await walkPaths(['d'], { cwd });
    const first = [...files];
    const second = [...files];
    expect(second).toEqual(first);
    expect(second[0]).not.toBe(first[0]);
  });

  it('merges folders whose files interleave without overlapping', async () => {
    // "d/-.txt" < "d/../e/f.txt" < "d/z.txt": the second root sorts into the middle of the first.
    const cwd = tempDir({ 'd/-.txt': GAZA, 'd/z.txt': GAZA, 'e/f.txt': SUDAN });
    const { files } = await walkPaths(['d', 'd/../e'], { cwd });
    expect([...files].map((f) => f.file)).toEqual(['d/-.txt', 'd/../e/f.txt', 'd/z.txt']);
    expect(files.size).toBe(3);
  });

  it('keeps names with spaces, dots and umlauts whole, also the last of a folder', async () => {
    const cwd = tempDir({ 'k/ä b.txt': GAZA, 'k/x.y.md': GAZA, 'k/z z.txt': GAZA });
    const { files } = await walkPaths(['k'], { cwd });
    expect([...files].map((f) => f.file)).toEqual(['k/x.y.md', 'k/z z.txt', 'k/ä b.txt']);
  });

  it('drops a repeated file run by run: the first name in order stays, the count follows', async () => {
    const cwd = tempDir({ 'aussen/mali.txt': 'Bamako', 'r/gaza.txt': GAZA, 'k/a.txt': GAZA, 'k/b.txt': SUDAN, 'k/c.txt': GAZA, 'a/x.txt': GAZA });
    fs.symlinkSync('../aussen', path.join(cwd, 'r/extern'));
    fs.symlinkSync('../k/b.txt', path.join(cwd, 'a/link.txt'));
    const { files } = await walkPaths(['r', 'k', 'aussen', 'a'], { cwd });
    const listed = [...files].map((f) => f.file);
    // r/extern/mali.txt is aussen/mali.txt; k/b.txt was first named a/link.txt.
    expect(listed).toEqual(['a/link.txt', 'a/x.txt', 'aussen/mali.txt', 'k/a.txt', 'k/c.txt', 'r/gaza.txt']);
    expect(files.size).toBe(listed.length);
  });

  it('lists a folder named by two different paths once, under the name that sorts first', async () => {
    const cwd = tempDir({ 'seeds/a.txt': GAZA, 'seeds/sub/b.txt': SUDAN });
    const { files } = await walkPaths(['seeds', './seeds'], { cwd });
    expect([...files].map((f) => f.file)).toEqual(['./seeds/a.txt', './seeds/sub/b.txt']);
    expect(files.size).toBe(2);
  });

  it('counts an empty walk as zero files', async () => {
    const cwd = tempDir({ 'leer/bild.png': 'x' });
    const { files } = await walkPaths(['leer'], { cwd });
    expect(files.size).toBe(0);
    expect([...files]).toEqual([]);
  });
});

describe('expandPaths: globs', () => {
  it('expands a glob pattern without extension filter, sorted', async () => {
    const cwd = corpus();
    expect(names(await expandPaths(['seeds/*.txt'], { cwd }))).toEqual(['seeds/b_sudan.txt']);
    expect(names(await expandPaths(['seeds/**/*.txt'], { cwd }))).toEqual(['seeds/b_sudan.txt', 'seeds/sub/c_taiwan.txt']);
    expect(names(await expandPaths(['seeds/*'], { cwd }))).toEqual([
      'seeds/README', 'seeds/a_gaza.md', 'seeds/b_sudan.txt', 'seeds/notes.json',
    ]);
    expect(names(await expandPaths(['./seeds/*.md'], { cwd }))).toEqual(['./seeds/a_gaza.md']);
  });

  it('reports a glob that matches nothing as an error and goes on', async () => {
    const cwd = corpus();
    const r = await expandPaths(['seeds/*.docx', 'seeds/a_gaza.md'], { cwd });
    expect(r.errors).toEqual([{ file: 'seeds/*.docx', message: 'no files match pattern: seeds/*.docx' }]);
    expect(names(r)).toEqual(['seeds/a_gaza.md']);
  });

  it('takes an existing name with glob characters literally', async () => {
    const cwd = tempDir({ 'Bericht [1].txt': 'x', 'Bericht 1.txt': 'y' });
    expect(names(await expandPaths(['Bericht [1].txt'], { cwd }))).toEqual(['Bericht [1].txt']);
  });

  it('includes symlinked files matched by a glob', async () => {
    const cwd = corpus();
    fs.symlinkSync('a_gaza.md', path.join(cwd, 'seeds/link.md'));
    expect(names(await expandPaths(['seeds/l*'], { cwd }))).toEqual(['seeds/link.md']);
  });
});

describe('expandPaths: bad input', () => {
  it('reports a missing path and still lists the rest', async () => {
    const cwd = corpus();
    const r = await expandPaths(['seeds/x.txt', 'seeds/b_sudan.txt', 'fehlt/'], { cwd });
    expect(r.errors).toEqual([
      { file: 'seeds/x.txt', message: 'no such file or directory: seeds/x.txt' },
      { file: 'fehlt/', message: 'no such file or directory: fehlt/' },
    ]);
    expect(names(r)).toEqual(['seeds/b_sudan.txt']);
  });

  it('reports a path below a file as missing', async () => {
    const cwd = corpus();
    const r = await expandPaths(['seeds/b_sudan.txt/x'], { cwd });
    expect(r.errors[0]!.message).toBe('no such file or directory: seeds/b_sudan.txt/x');
  });

  it('reports an empty argument', async () => {
    const r = await expandPaths([''], { cwd: corpus() });
    expect(r.errors).toEqual([{ file: '', message: 'empty path argument' }]);
  });

  it.skipIf(isRoot)('reports a path in an untraversable folder as permission denied (real chmod)', async () => {
    const cwd = tempDir({ 'zu/geheim.txt': 'x' });
    fs.chmodSync(path.join(cwd, 'zu'), 0o000);
    const r = await expandPaths(['zu/geheim.txt', 'zu'], { cwd });
    expect(r.errors).toEqual([
      { file: 'zu/geheim.txt', message: 'permission denied: zu/geheim.txt' },
      { file: 'zu/', message: 'permission denied: zu/' },
    ]);
  });

  it('reports permission denied on stat (simulated, works as root)', async () => {
    const cwd = corpus();
    const real = fsp.stat;
    vi.spyOn(fsp, 'stat').mockImplementation(((p: fs.PathLike, o?: fs.StatOptions) =>
      String(p).endsWith('b_sudan.txt') ? Promise.reject(errno('EACCES')) : real(p, o)) as typeof fsp.stat);
    const r = await expandPaths(['seeds/b_sudan.txt', 'seeds/a_gaza.md'], { cwd });
    expect(r.errors).toEqual([{ file: 'seeds/b_sudan.txt', message: 'permission denied: seeds/b_sudan.txt' }]);
    expect(names(r)).toEqual(['seeds/a_gaza.md']);
  });

  it('warns about an unreadable subfolder and walks the rest (simulated)', async () => {
    const cwd = corpus();
    const real = fs.readdir;
    vi.spyOn(fs, 'readdir').mockImplementation(((dir: string, ...args: unknown[]) => {
      if (dir.endsWith(`${path.sep}sub`)) {
        const cb = args[args.length - 1] as (e: Error) => void;
        process.nextTick(() => cb(errno('EACCES')));
        return;
      }
      return (real as (...a: unknown[]) => void)(dir, ...args);
    }) as unknown as typeof fs.readdir);
    const r = await expandPaths(['seeds'], { cwd });
    expect(names(r)).toEqual(['seeds/a_gaza.md', 'seeds/b_sudan.txt']);
    expect(r.warnings).toEqual([{ file: 'seeds/sub/', message: 'permission denied: seeds/sub/' }]);
    expect(r.errors).toEqual([]);
  });
});

describe('expandPaths: symbolic links', () => {
  it('terminates on a link to the parent folder and warns once', async () => {
    const cwd = corpus();
    fs.symlinkSync('..', path.join(cwd, 'seeds/sub/loop'));
    const r = await expandPaths(['seeds'], { cwd });
    expect(names(r)).toEqual(['seeds/a_gaza.md', 'seeds/b_sudan.txt', 'seeds/sub/c_taiwan.txt']);
    expect(r.warnings).toEqual([
      { file: 'seeds/sub/loop', message: 'symbolic link loop, not followed: seeds/sub/loop' },
    ]);
  });

  it('terminates with many crossing loops (no exponential walk)', async () => {
    const cwd = tempDir({ 'r/a/x.txt': 'a', 'r/b/y.txt': 'b' });
    for (const [from, to] of [['r/a/zu_b', '../b'], ['r/b/zu_a', '../a'], ['r/a/auf', '..'], ['r/b/auf', '..'], ['r/a/selbst', '.']]) {
      fs.symlinkSync(to!, path.join(cwd, from!));
    }
    const r = await expandPaths(['r', 'r/**/*.txt'], { cwd });
    expect(new Set(r.files.map((f) => f.path))).toEqual(
      new Set([path.join(cwd, 'r/a/x.txt'), path.join(cwd, 'r/b/y.txt')]),
    );
    expect(names(r)).toEqual(['r/a/x.txt', 'r/b/y.txt']);
    expect(r.warnings.map((w) => w.file)).toEqual(['r/a/auf', 'r/a/selbst', 'r/b/auf']);
  });

  it('warns about a self-referencing link and a broken link inside a folder', async () => {
    const cwd = corpus();
    fs.symlinkSync('kreis.txt', path.join(cwd, 'seeds/kreis.txt'));
    fs.symlinkSync('gibtsnicht.txt', path.join(cwd, 'seeds/kaputt.txt'));
    const r = await expandPaths(['seeds'], { cwd });
    expect(r.warnings).toEqual([
      { file: 'seeds/kaputt.txt', message: 'broken symbolic link: seeds/kaputt.txt' },
      { file: 'seeds/kreis.txt', message: 'symbolic link loop: seeds/kreis.txt' },
    ]);
    expect(names(r)).toHaveLength(3);
  });

  it('reports a self-referencing link given as argument as an error', async () => {
    const cwd = tempDir();
    fs.symlinkSync('kreis', path.join(cwd, 'kreis'));
    const r = await expandPaths(['kreis'], { cwd });
    expect(r.errors).toEqual([{ file: 'kreis', message: 'symbolic link loop: kreis' }]);
  });

  it('follows a link to a folder outside the tree and a link to a file', async () => {
    const cwd = tempDir({ 'aussen/mali.txt': 'Bamako', 'r/gaza.txt': GAZA });
    fs.symlinkSync('../aussen', path.join(cwd, 'r/extern'));
    fs.symlinkSync('gaza.txt', path.join(cwd, 'r/zz_gaza_link.txt'));
    const r = await expandPaths(['r'], { cwd });
    // The link to gaza.txt is the same real file: only the first name in order stays.
    expect(names(r)).toEqual(['r/extern/mali.txt', 'r/gaza.txt']);
    expect(r.warnings).toEqual([]);
  });
});

describe('normalizeExtensions', () => {
  it('normalises dots, case, commas and the wildcard', () => {
    expect(normalizeExtensions(['.TXT', 'md', 'txt'])).toEqual(['txt', 'md']);
    expect(normalizeExtensions(['txt, md'])).toEqual(['txt', 'md']);
    expect(normalizeExtensions(['*'])).toBeNull();
    expect(normalizeExtensions([])).toBeNull();
  });
});
