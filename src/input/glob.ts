// Glob expansion through fast-glob. fast-glob is loaded only when an argument is a
// glob pattern (see fastGlob): this module imports nothing of it up front.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import type fg from 'fast-glob';

/** A file a glob pattern matched: its path as fast-glob gives it and its absolute path. */
export interface GlobMatch {
  display: string;
  abs: string;
}

/** Whether an argument is a glob pattern (loads fast-glob, so ask only for a missing path). */
export async function isGlobPattern(arg: string): Promise<boolean> {
  return (await fastGlob()).isDynamicPattern(arg);
}

/**
 * The files a pattern (forward slashes) matches below `cwd`, in fast-glob's order: files
 * and links to files; folders, dot files and unreadable folders are left out.
 */
export async function globFiles(pattern: string, cwd: string): Promise<GlobMatch[]> {
  const entries = await (await fastGlob())(pattern, {
    cwd,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    dot: false,
    suppressErrors: true,
    fs: skippingUnreadableFs(),
  });
  const matches: GlobMatch[] = [];
  for (const entry of entries) {
    const abs = path.resolve(cwd, entry.path);
    if (entry.dirent.isFile() || (entry.dirent.isSymbolicLink() && (await isFileTarget(abs)))) {
      matches.push({ display: entry.path, abs });
    }
  }
  return matches;
}

async function isFileTarget(abs: string): Promise<boolean> {
  try {
    return (await fsp.stat(abs)).isFile();
  } catch {
    return false;
  }
}

type ReaddirCallback = (err: NodeJS.ErrnoException | null, entries: unknown[]) => void;

/**
 * fast-glob, loaded on first use: only glob patterns need it, and loading it costs every
 * process (and every worker thread, which imports the input module) about 60 ms.
 */
async function fastGlob(): Promise<typeof fg> {
  return (await import('fast-glob')).default;
}

/**
 * A readdir for fast-glob that takes an unreadable directory for an empty one and carries
 * on with the rest: a pattern matches what can be read.
 */
function skippingUnreadableFs(): fg.Options['fs'] {
  function readdir(dir: string, ...args: unknown[]): void {
    const callback = args[args.length - 1] as ReaddirCallback;
    const done = (err: NodeJS.ErrnoException | null, entries: unknown[]): void => callback(null, err === null ? entries : []);
    if (args.length > 1) fs.readdir(dir, args[0] as { withFileTypes: true }, done);
    else fs.readdir(dir, done);
  }
  return { readdir } as unknown as fg.Options['fs'];
}
