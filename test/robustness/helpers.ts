// Runs the built CLI (bin/ -> dist/; `npm run build` first) on inputs made in temporary
// folders, and checks what unattended users rely on: one line per diagnostic, the exit
// status, and JSON on stdout that parses and fits the schema whatever went wrong.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import { tempDir as makeTempDir } from '../support/temp.js';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import type { DocumentRecord, ErrorRecord } from '../../src/output/records.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = path.join(ROOT, 'bin/crisis-extract.js');
export const isRoot = process.getuid?.() === 0;
/** As root, permission tests run the CLI as this user, for whom chmod 000 does block reads. */
export const NOBODY = 65534;

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/output/schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
ajv.addSchema(schema);
const validateAll = ajv.getSchema('urn:crisis-extract:schema:1')!;

/** Short articles about several conflicts (written for these tests). */
export const TEXTS = {
  mali: 'Malis Übergangspräsident Assimi Goïta sagte am Montag in Bamako: „Wir werden unser Land verteidigen.“ ' +
    'Rund 1500 russische Söldner sind nach Angaben der Vereinten Nationen in Mali stationiert.\n',
  kosovo: 'Die Außenministerin Annalena Baerbock warnte in Belgrad vor einer Eskalation im Kosovo. ' +
    '„Die Lage ist ernst“, sagte Baerbock.\n',
  jemen: 'Im Jemen griffen die Huthi erneut Schiffe im Roten Meer an. Ein Sprecher der Miliz sagte, man werde nicht aufhören.\n',
};

/** Call at the top of a test file that runs the CLI (vitest.config.ts gives such tests time). */
export function checkBuilt(): void {
  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });
}

/** A fresh world-readable folder (a test may run the CLI unprivileged on it) with the given files. */
export function tempDir(files: Record<string, string | Uint8Array> = {}): string {
  return makeTempDir(files, { prefix: 'crisis-robust-', worldReadable: true });
}

export interface RunOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string | undefined>;
  uid?: number;
}

export function cli(args: string[], opts: RunOptions = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, encoding: 'utf8', input: opts.input, timeout: 60_000, maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env },
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.uid }),
  });
}

/** A shell pipeline (for `| head`, closed stdin, writers that die); `$CLI` is the CLI. */
export function sh(script: string, cwd = ROOT): SpawnSyncReturns<string> {
  const command = `"${process.execPath}" "${BIN}"`;
  return spawnSync('bash', ['-c', script.replaceAll('$CLI', command)], {
    cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024,
  });
}

/** Every stderr line is `crisis-extract: …` on its own line; never a stack trace. */
export function diagnostics(stderr: string): string[] {
  const lines = stderr.split('\n').filter((l) => l !== '');
  for (const line of lines) expect(line).toMatch(/^crisis-extract: /);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr === '' || stderr.endsWith('\n')).toBe(true);
  return lines;
}

export interface AllOutput {
  schema: string;
  documents: DocumentRecord[];
  errors: ErrorRecord[];
}

/** `all --json` output: parses, fits the schema, and every span is a piece of its document. */
export function parseAll(stdout: string): AllOutput {
  const out = JSON.parse(stdout) as AllOutput;
  if (!validateAll(out)) throw new Error(`output does not fit the schema: ${ajv.errorsText(validateAll.errors)}`);
  return out;
}

export const files = (out: AllOutput): string[] => out.documents.map((d) => d.file);
export const errorFiles = (out: AllOutput): string[] => out.errors.map((e) => e.file);
export const placeNames = (d: DocumentRecord): string[] => d.places.map((p) => p.name);
