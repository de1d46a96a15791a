// The compact list of input files. A folder's files are held as runs of names (see
// FolderRun), not as InputFile objects, which are made only when the list is iterated:
// a corpus of 456k files then costs about 5 MB instead of about 90 MB for the whole run.

export interface InputFile {
  /** Display path: as the user gave it (plus the path inside a folder), forward slashes; "-" for stdin. */
  file: string;
  /** Absolute file-system path; null for stdin. */
  path: string | null;
}

export const STDIN = '-';

/**
 * Files of one folder that follow each other in walk order, with their names packed into
 * one string ("a.txt/b.txt": a file name never holds a slash). Each file would otherwise
 * cost an object and two path strings, about 200 bytes; packed it costs its name.
 */
export interface FolderRun {
  /** Display path of the folder, ending in "/". */
  display: string;
  /** File-system path of the folder, ending in a separator. */
  abs: string;
  names: string;
  count: number;
}

/**
 * A folder run, or files listed one by one: during the walk each such run is one file
 * (named, matched by a glob, reached through a link to a file, standard input); a list
 * sorted file by file (see ordered in walk.ts) is one run as a whole.
 */
export type Run = FolderRun | InputFile[];

/** The input files in order, made one at a time as they are taken. Iterable any number of times. */
export class FileList implements Iterable<InputFile> {
  constructor(private readonly runs: readonly Run[], readonly size: number) {}

  *[Symbol.iterator](): Iterator<InputFile> {
    for (const run of this.runs) {
      if (Array.isArray(run)) yield* run;
      else yield* folderFiles(run);
    }
  }
}

function* folderFiles(run: FolderRun): Generator<InputFile> {
  const { names } = run;
  for (let start = 0; start < names.length;) {
    let end = names.indexOf('/', start);
    if (end < 0) end = names.length;
    const name = names.slice(start, end);
    yield { file: run.display + name, path: run.abs + name };
    start = end + 1;
  }
}

export function folderRun(display: string, abs: string, names: readonly string[]): FolderRun {
  return { display, abs, names: names.join('/'), count: names.length };
}

export function runSize(run: Run): number {
  return Array.isArray(run) ? run.length : run.count;
}

/** Display paths of a run's first and last file. */
export function runBounds(run: Run): [string, string] {
  if (Array.isArray(run)) return [run[0]!.file, run[run.length - 1]!.file];
  const { names, display } = run;
  const firstEnd = names.indexOf('/');
  const first = firstEnd < 0 ? names : names.slice(0, firstEnd);
  return [display + first, display + names.slice(names.lastIndexOf('/') + 1)];
}
