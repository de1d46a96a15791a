// Command-line paths -> a sorted, de-duplicated list of input files: the walk of the
// paths and folders named, and the public API of the input listing. Bad paths become
// FileError/Warning data; nothing here throws for bad input or prints.
//
// The list itself is compact (file-list.ts); repeated files are removed by repeats.ts,
// glob patterns expanded by glob.ts.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type { FileError, Warning } from '../types.js';
import { FileList, folderRun, runBounds, runSize, STDIN, type FolderRun, type InputFile, type Run } from './file-list.js';
import { globFiles, isGlobPattern } from './glob.js';
import { describeExtensions, errorCode, fsErrorMessage } from './messages.js';
import { realpathOr } from './real-path.js';
import { overlap, unique, withoutRepeats } from './repeats.js';

export { STDIN } from './file-list.js';
export type { InputFile } from './file-list.js';

export interface ExpandOptions {
  /** Extensions a folder walk keeps, without dots; "*" or an empty list keeps every file. */
  extensions?: readonly string[];
  /** Directory relative paths and globs are resolved against (default: process.cwd()). */
  cwd?: string;
}

export interface Expanded {
  files: InputFile[];
  errors: FileError[];
  warnings: Warning[];
}

/** Like Expanded, with the files as a compact list that makes InputFile objects only when iterated. */
export interface Walked {
  files: FileList;
  errors: FileError[];
  warnings: Warning[];
}

export const DEFAULT_EXTENSIONS: readonly string[] = ['txt', 'md'];

interface Walk {
  cwd: string;
  /** Normalised extensions; null keeps every file. */
  extensions: readonly string[] | null;
  /** Files in walk order: each run sorted, the runs not yet. */
  runs: Run[];
  /** Files in `runs`. */
  count: number;
  /**
   * Absolute paths of listed files that may be symbolic links (named on the command line,
   * matched by a glob, reached through a link). Every other file is a regular file
   * inside a folder, whose real path is its folder's real path and its name.
   */
  maybeLinks: Set<string>;
  /** Whether one file can be listed twice: a file named, a link followed, or folders that overlap. */
  mayRepeat: boolean;
  /** Real paths of the folders named on the command line. */
  roots: string[];
  errors: FileError[];
  warnings: Warning[];
}

/** The input files as an array (tests, small inputs); a corpus run iterates walkPaths' list instead. */
export async function expandPaths(paths: readonly string[], opts: ExpandOptions = {}): Promise<Expanded> {
  const { files, errors, warnings } = await walkPaths(paths, opts);
  return { files: [...files], errors, warnings };
}

export async function walkPaths(paths: readonly string[], opts: ExpandOptions = {}): Promise<Walked> {
  const walk: Walk = {
    cwd: path.resolve(opts.cwd ?? process.cwd()),
    extensions: normalizeExtensions(opts.extensions ?? DEFAULT_EXTENSIONS),
    runs: [],
    count: 0,
    maybeLinks: new Set(),
    mayRepeat: false,
    roots: [],
    errors: [],
    warnings: [],
  };
  for (const arg of paths) await expandOne(walk, arg);
  return { files: await ordered(walk), errors: walk.errors, warnings: walk.warnings };
}

/**
 * The runs in path order. Usually each run is sorted and runs do not interleave, so
 * sorting the runs by their first file is enough; repeated files (links, a folder named
 * twice by different paths) are then dropped run by run. Runs that interleave (a file
 * named inside a folder also named, folders named twice) are listed, sorted and
 * de-duplicated file by file.
 */
async function ordered(walk: Walk): Promise<FileList> {
  const mayRepeat = walk.mayRepeat || overlap(walk.roots);
  const runs = walk.runs.map((run) => ({ run, bounds: runBounds(run) }));
  runs.sort((a, b) => compare(a.bounds[0], b.bounds[0]));
  const apart = runs.every((r, k) => k === 0 || runs[k - 1]!.bounds[1] < r.bounds[0]);
  if (apart) {
    const sorted = runs.map((r) => r.run);
    return mayRepeat ? withoutRepeats(sorted) : new FileList(sorted, walk.count);
  }
  const files = [...new FileList(walk.runs, walk.count)].sort((a, b) => compare(a.file, b.file));
  const kept = mayRepeat ? await unique(files, walk.maybeLinks) : files;
  return new FileList([kept], kept.length);
}

function addRun(walk: Walk, run: Run): void {
  walk.runs.push(run);
  walk.count += runSize(run);
}

/** Accepts "txt", ".TXT" and "txt,md" alike. */
export function normalizeExtensions(extensions: readonly string[]): string[] | null {
  const list = extensions
    .flatMap((e) => e.split(','))
    .map((e) => e.trim().replace(/^\.+/, '').toLowerCase())
    .filter((e) => e !== '');
  if (list.length === 0 || list.includes('*')) return null;
  return [...new Set(list)];
}

async function expandOne(walk: Walk, arg: string): Promise<void> {
  if (arg === STDIN) {
    addRun(walk, [{ file: STDIN, path: null }]);
    walk.mayRepeat = true; // "-" may be named twice
    return;
  }
  const display = toSlash(arg);
  if (arg === '') {
    walk.errors.push({ file: display, message: 'empty path argument' });
    return;
  }
  const abs = path.resolve(walk.cwd, arg);
  let stat: fs.Stats;
  try {
    stat = await fsp.stat(abs);
  } catch (err) {
    // A name that exists is taken literally even when it has glob characters ("[1].txt").
    const missing = errorCode(err) === 'ENOENT' || errorCode(err) === 'ENOTDIR';
    if (missing && (await isGlobPattern(arg))) await expandGlob(walk, arg);
    else walk.errors.push({ file: display, message: fsErrorMessage(err, display) });
    return;
  }
  // An explicitly named file is read whatever its extension (FIFOs and devices too).
  if (!stat.isDirectory()) addMaybeLink(walk, display, abs);
  else await walkRoot(walk, abs, display);
}

async function walkRoot(walk: Walk, abs: string, display: string): Promise<void> {
  const folder = stripTrailingSlashes(display) + '/';
  try {
    // The folder the user named must be readable: that is an error, not a warning.
    await (await fsp.opendir(abs)).close();
  } catch (err) {
    walk.errors.push({ file: folder, message: fsErrorMessage(err, folder) });
    return;
  }
  const before = walk.count;
  const real = await realpathOr(abs);
  walk.roots.push(real);
  await walkDir(walk, abs, real, folder, []);
  if (walk.count === before) {
    const what = walk.extensions === null ? '' : `${describeExtensions(walk.extensions)} `;
    walk.warnings.push({ file: folder, message: `no ${what}files in folder: ${folder}` });
  }
}

/**
 * A folder's files, sorted by path. Symbolic links are followed by hand, and only into
 * real trees not walked yet, so loops end and a file keeps its own name rather than the
 * name of a link into the same tree. Dot files and dot folders are skipped. `realDir` is
 * the real path of `absDir`.
 */
async function walkDir(walk: Walk, absDir: string, realDir: string, prefix: string, walked: string[]): Promise<void> {
  walked.push(realDir);
  const unreadable: Warning[] = [];
  const links: { rel: string; at: number }[] = [];
  const runs: FolderRun[] = [];
  const inDir = absDir + path.sep;
  // The run being listed: files of folder `folder` (relative, "" or ending in "/").
  let folder = '';
  let names: string[] = [];
  const endRun = (): void => {
    // String concatenation, not path.join: `abs` keeps the separators as the walk built them.
    if (names.length > 0) runs.push(folderRun(prefix + folder, inDir + folder, names));
    names = [];
  };
  await listTree(absDir, '', {
    file: (dir, name) => {
      if (!matchesExtension(walk, name)) return;
      if (dir !== folder) {
        endRun();
        folder = dir;
      }
      names.push(name);
    },
    link: (rel) => {
      endRun();
      links.push({ rel, at: runs.length });
    },
    unreadable: (rel, err) => {
      const shown = prefix + rel + '/';
      unreadable.push({ file: shown, message: fsErrorMessage(err, shown) });
    },
  });
  endRun();
  walk.warnings.push(...unreadable.sort((a, b) => compare(a.file, b.file)));
  // Links are followed where they sit among the files, so the walk order stays path order.
  let done = 0;
  for (const { rel, at } of links) {
    for (; done < at; done++) addRun(walk, runs[done]!);
    await followLink(walk, path.join(absDir, rel), prefix + rel, walked);
  }
  for (; done < runs.length; done++) addRun(walk, runs[done]!);
}

interface TreeVisitor {
  /** A file `name` in folder `dir` (relative to the root: "" or ending in "/"). */
  file(dir: string, name: string): void;
  link(rel: string): void;
  unreadable(rel: string, err: NodeJS.ErrnoException): void;
}

/**
 * Depth first, each folder's entries sorted with a folder's name read as "name/": that
 * visits the files in the code-unit order of their whole relative paths, and holds no
 * more than the listings of the folders on the current path.
 */
async function listTree(root: string, rel: string, visit: TreeVisitor): Promise<void> {
  let dirents: fs.Dirent[];
  try {
    dirents = await readdirTyped(rel === '' ? root : path.join(root, rel));
  } catch (err) {
    visit.unreadable(rel, err as NodeJS.ErrnoException);
    return;
  }
  const entries = dirents
    .filter((d) => !d.name.startsWith('.'))
    .map((d) => ({ key: d.isDirectory() ? `${d.name}/` : d.name, dirent: d }))
    .sort((a, b) => compare(a.key, b.key));
  const dir = rel === '' ? '' : `${rel}/`;
  for (const { dirent } of entries) {
    if (dirent.isDirectory()) await listTree(root, dir + dirent.name, visit);
    else if (dirent.isFile()) visit.file(dir, dirent.name);
    else if (dirent.isSymbolicLink()) visit.link(dir + dirent.name);
  }
}

function readdirTyped(dir: string): Promise<fs.Dirent[]> {
  return new Promise((resolve, reject) => {
    fs.readdir(dir, { withFileTypes: true }, (err, entries) => (err ? reject(err) : resolve(entries)));
  });
}

async function followLink(walk: Walk, abs: string, display: string, walked: string[]): Promise<void> {
  let stat: fs.Stats;
  try {
    stat = await fsp.stat(abs);
  } catch (err) {
    const code = errorCode(err);
    const message = code === 'ENOENT' ? `broken symbolic link: ${display}` : fsErrorMessage(err, display);
    walk.warnings.push({ file: display, message });
    return;
  }
  if (stat.isFile()) {
    if (matchesExtension(walk, display)) addMaybeLink(walk, display, abs);
    return;
  }
  if (!stat.isDirectory()) return;
  const target = await realpathOr(abs);
  const parent = await realpathOr(path.dirname(abs));
  if (isWithin(parent, target)) {
    walk.warnings.push({ file: display, message: `symbolic link loop, not followed: ${display}` });
    return;
  }
  // Inside a tree walked already: its files are listed under their own names.
  if (walked.some((root) => isWithin(target, root))) return;
  walk.mayRepeat = true;
  await walkDir(walk, abs, target, display + '/', walked);
}

/** Glob matches are taken like explicitly named files: no extension filter, folders ignored. */
async function expandGlob(walk: Walk, pattern: string): Promise<void> {
  const display = toSlash(pattern);
  const matches = await globFiles(display, walk.cwd);
  for (const match of matches) addMaybeLink(walk, match.display, match.abs);
  if (matches.length === 0) walk.errors.push({ file: display, message: `no files match pattern: ${display}` });
}

function addMaybeLink(walk: Walk, display: string, abs: string): void {
  addRun(walk, [{ file: display, path: abs }]);
  walk.maybeLinks.add(abs);
  walk.mayRepeat = true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function matchesExtension(walk: Walk, name: string): boolean {
  if (walk.extensions === null) return true;
  const lower = name.toLowerCase();
  return walk.extensions.some((ext) => lower.endsWith(`.${ext}`));
}

function isWithin(inner: string, outer: string): boolean {
  return inner === outer || inner.startsWith(outer.endsWith(path.sep) ? outer : outer + path.sep);
}

function toSlash(p: string): string {
  return path.sep === '\\' ? p.replaceAll('\\', '/') : p;
}

function stripTrailingSlashes(p: string): string {
  let end = p.length;
  while (end > 0 && p[end - 1] === '/') end--;
  return p.slice(0, end);
}
