import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Removed when the test file is done (a folder made in beforeAll serves several tests).
afterAll(() => {
  for (const dir of made.splice(0)) {
    openUp(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** chmod 000 folders from permission tests must be opened up before removal. */
function openUp(dir: string): void {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) openUp(path.join(dir, entry.name));
  }
}

/**
 * A fresh temp folder; `files` maps relative paths to contents (created with parents).
 * `worldReadable` lets a test run the CLI as an unprivileged user on it.
 */
export function tempDir(files: Record<string, string | Uint8Array> = {}, opts: { prefix?: string; worldReadable?: boolean } = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), opts.prefix ?? 'crisis-test-'));
  if (opts.worldReadable) fs.chmodSync(dir, 0o755);
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) write(dir, rel, content);
  return dir;
}

export function write(dir: string, rel: string, content: string | Uint8Array): string {
  const abs = path.join(dir, rel);
  fs.mkdirSync(path.dirname(abs), { recursive: true });
  fs.writeFileSync(abs, content);
  return abs;
}

export const isRoot = process.getuid?.() === 0;

export function errno(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${message}`), { code });
}
