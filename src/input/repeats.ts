// Removal of repeated files: one real file named twice (through a link, a folder named
// by two paths or inside another folder named, a file also named on its own) is listed
// once, under the name that sorts first.

import path from 'node:path';
import { FileList, folderRun, runSize, STDIN, type InputFile, type Run } from './file-list.js';
import { realpathOr } from './real-path.js';

const REALPATH_BATCH = 256;

/**
 * Sorted runs without repeated files: the first name of each real file stays. Two names
 * can only be one file when they are in one real folder, so only the names of folders
 * reached by more than one run are remembered, and only while the list is made.
 */
export async function withoutRepeats(runs: readonly Run[]): Promise<FileList> {
  const reals: string[] = [];
  // In batches, like unique(): a glob may give many one-file runs.
  for (let i = 0; i < runs.length; i += REALPATH_BATCH) {
    reals.push(...(await Promise.all(runs.slice(i, i + REALPATH_BATCH).map(realPathOf))));
  }
  const folders = runs.map((run, k) => (Array.isArray(run) && reals[k] !== STDIN ? path.dirname(reals[k]!) : reals[k]!));
  const runsIn = new Map<string, number>();
  for (const folder of folders) runsIn.set(folder, (runsIn.get(folder) ?? 0) + 1);
  const seen = new Map<string, Set<string>>();
  const kept: Run[] = [];
  let size = 0;
  for (let k = 0; k < runs.length; k++) {
    const folder = folders[k]!;
    let run: Run | null = runs[k]!;
    if (runsIn.get(folder)! > 1) {
      let names = seen.get(folder);
      if (!names) seen.set(folder, (names = new Set()));
      run = unseenFiles(run, reals[k]!, names);
    }
    if (run === null) continue;
    kept.push(run);
    size += runSize(run);
  }
  return new FileList(kept, size);
}

/**
 * A folder run's real folder; a one-file run's real file (a name given, a link: resolved
 * whole, since it may be a link), or STDIN. A folder run's files are regular files.
 */
async function realPathOf(run: Run): Promise<string> {
  if (!Array.isArray(run)) return realpathOr(run.abs.slice(0, -1));
  const file = run[0]!;
  return file.path === null ? STDIN : realpathOr(file.path);
}

/**
 * The run's files whose real names are not in `names` yet (which then has them), or null.
 * `real` is the run's realPathOf.
 */
function unseenFiles(run: Run, real: string, names: Set<string>): Run | null {
  if (Array.isArray(run)) {
    // One file: its real name, not the name it was given.
    const name = real === STDIN ? STDIN : path.basename(real);
    if (names.has(name)) return null;
    names.add(name);
    return run;
  }
  const left: string[] = [];
  for (const name of run.names.split('/')) {
    if (names.has(name)) continue;
    names.add(name);
    left.push(name);
  }
  if (left.length === run.count) return run;
  return left.length === 0 ? null : folderRun(run.display, run.abs, left);
}

/** The first of the sorted files for each real file. */
export async function unique(sorted: readonly InputFile[], maybeLinks: ReadonlySet<string>): Promise<InputFile[]> {
  const seen = new Set<string>();
  const unique: InputFile[] = [];
  const realPath = realPathsByFolder(maybeLinks);
  // In batches: a realpath request for every file of a large corpus at once holds them all in memory.
  for (let i = 0; i < sorted.length; i += REALPATH_BATCH) {
    const batch = sorted.slice(i, i + REALPATH_BATCH);
    const keys = await Promise.all(batch.map((f) => (f.path === null ? STDIN : realPath(f.path))));
    batch.forEach((f, k) => {
      if (seen.has(keys[k]!)) return;
      seen.add(keys[k]!);
      unique.push(f);
    });
  }
  return unique;
}

/**
 * Real paths with one realpath call per folder rather than per file: a regular file's
 * real path is its folder's plus its name. Only possible links are resolved whole.
 */
function realPathsByFolder(maybeLinks: ReadonlySet<string>): (abs: string) => Promise<string> {
  const folders = new Map<string, Promise<string>>();
  return (abs) => {
    if (maybeLinks.has(abs)) return realpathOr(abs);
    const dir = path.dirname(abs);
    let real = folders.get(dir);
    if (!real) folders.set(dir, (real = realpathOr(dir)));
    return real.then((d) => path.join(d, path.basename(abs)));
  };
}

/** Whether a folder is named twice, or inside another one named. */
export function overlap(roots: readonly string[]): boolean {
  const named = new Set(roots);
  if (named.size < roots.length) return true;
  for (const root of roots) {
    for (let dir = root, up = path.dirname(dir); up !== dir; dir = up, up = path.dirname(dir)) {
      if (named.has(up)) return true;
    }
  }
  return false;
}
