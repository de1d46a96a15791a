// A snapshot is what `crisis-extract all <paths> --json` printed. Reading one checks it
// just deeply enough that the diff can trust every field it reads; anything else is a
// one-line SnapshotError that says how to make a good one.
import fsp from 'node:fs/promises';
import { decode } from '../input/decode.js';
import { errorCode } from '../input/messages.js';
import { SCHEMA_ID, type DocumentRecord, type ErrorRecord } from '../output/records.js';

export interface Snapshot {
  schema: string;
  documents: DocumentRecord[];
  errors: ErrorRecord[];
}

/** `problem: file`, the input layer's convention, so a diagnostic line can put the file first. */
export class SnapshotError extends Error {
  constructor(readonly file: string, readonly problem: string) {
    super(`${problem}: ${file}`);
  }
}

const HINT = "a snapshot is what 'crisis-extract all <paths> --json' prints";

export async function readSnapshot(file: string): Promise<Snapshot> {
  let bytes: Uint8Array;
  try {
    bytes = await fsp.readFile(file);
  } catch (err) {
    const code = errorCode(err);
    if (code === 'ENOENT') throw new SnapshotError(file, `snapshot not found (make one with 'crisis-extract all <paths> --json > ${file}')`);
    if (code === 'EISDIR') throw new SnapshotError(file, 'snapshot is a directory');
    if (code === 'EACCES' || code === 'EPERM') throw new SnapshotError(file, 'cannot read snapshot (permission denied)');
    const detail = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new SnapshotError(file, `cannot read snapshot (${detail})`);
  }
  return parseSnapshot(bytes, file);
}

/** Bytes, so a snapshot saved by a shell that writes UTF-16 (PowerShell's `>`) still reads. */
export function parseSnapshot(bytes: Uint8Array | string, file: string): Snapshot {
  const text = typeof bytes === 'string' ? bytes : textOf(bytes, file);
  if (text.trim() === '') throw new SnapshotError(file, `snapshot is empty; ${HINT}`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new SnapshotError(file, `snapshot is not JSON (${jsonProblem(err, text)}); ${HINT}`);
  }
  checkSchemaTag(value, file);
  const problem = shapeProblem(value);
  if (problem !== null) throw new SnapshotError(file, `malformed snapshot (${problem}); ${HINT}`);
  return value as Snapshot;
}

/** JSON.parse's complaint, on one line, with a line and column where it names a position. */
function jsonProblem(err: unknown, text: string): string {
  const message = (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ');
  const at = /at position (\d+)/.exec(message);
  const where = at ? lineColumn(text, Number(at[1])) : null;
  const short = message.replace(/ at position \d.*$/, '').replace(/, ".*$/, '');
  return where ? `${short} at line ${where.line}, column ${where.column}` : short;
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function textOf(bytes: Uint8Array, file: string): string {
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') throw new SnapshotError(file, `snapshot is not JSON (binary file); ${HINT}`);
  return decoded.text;
}

function checkSchemaTag(value: unknown, file: string): void {
  if (!isObject(value) || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'an array (output of a list command?)' : `a ${value === null ? 'null' : typeof value}`;
    throw new SnapshotError(file, `snapshot is ${what}, not an object; ${HINT}`);
  }
  const tag = value.schema;
  if (tag === SCHEMA_ID) return;
  const found = tag === undefined ? 'no "schema" field' : `schema ${JSON.stringify(tag)}`;
  throw new SnapshotError(file, `not a crisis-extract snapshot (${found}, expected "${SCHEMA_ID}")`);
}

// ---- shape -------------------------------------------------------------------
// Each check returns the path of the first bad field, or null.

type Check = (value: unknown, path: string) => string | null;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

const string: Check = (v, p) => (typeof v === 'string' ? null : `${p} is not a string`);
const nullableString: Check = (v, p) => (v === null || typeof v === 'string' ? null : `${p} is not a string or null`);
const offset: Check = (v, p) => (Number.isInteger(v) && (v as number) >= 0 ? null : `${p} is not an offset`);

function object(fields: Record<string, Check>): Check {
  return (v, p) => {
    if (!isObject(v) || Array.isArray(v)) return `${p} is not an object`;
    for (const [key, check] of Object.entries(fields)) {
      const problem = check(v[key], `${p}.${key}`);
      if (problem !== null) return problem;
    }
    return null;
  };
}

function array(item: Check): Check {
  return (v, p) => {
    if (!Array.isArray(v)) return `${p} is not an array`;
    for (let i = 0; i < v.length; i++) {
      const problem = item(v[i], `${p}[${i}]`);
      if (problem !== null) return problem;
    }
    return null;
  };
}

const strings = array(string);
const span = { text: string, start: offset, end: offset };
const mentions = array(object(span));

/** The fields the diff keys on or lists; other fields are compared as plain JSON. */
const documentShape = object({
  file: string,
  meta: object({ url: nullableString, title: nullableString, published: nullableString }),
  actors: array(object({ name: string, type: string, roles: strings, aliases: strings, mentions })),
  places: array(object({ name: string, type: string, aliases: strings, mentions })),
  troops: array(object({ ...span, unit: string })),
  quotes: array(object({ ...span, speaker: nullableString })),
  claims: array(object({ ...span, speaker: nullableString })),
});

const snapshotShape = object({
  documents: array(documentShape),
  errors: array(object({ file: string, message: string })),
});

function shapeProblem(value: unknown): string | null {
  return snapshotShape(value, 'snapshot')?.replace(/^snapshot\./, '') ?? null;
}
