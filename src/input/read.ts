// One input file -> decoded text, or the reason it was skipped. Reads one file at a time
// (never all files up front) so callers can stream and hand files to workers.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import type { FileError, Warning } from '../types.js';
import { decode, type Encoding } from './decode.js';
import { formatBytes, fsErrorMessage } from './messages.js';
import type { InputFile } from './file-list.js';

export const DEFAULT_MAX_SIZE = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Largest input in bytes (default 50 MB). */
  maxSize?: number;
  /** What "-" reads (default process.stdin); injectable for tests. */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export type ReadResult =
  | { kind: 'text'; file: string; text: string; encoding: Encoding; warnings: Warning[] }
  /** Not an error: binary files are passed over with a warning. */
  | { kind: 'skipped'; file: string; warnings: Warning[] }
  | { kind: 'error'; file: string; error: FileError; warnings: Warning[] };

type Bytes = { bytes: Uint8Array } | { message: string };

export async function readInput(input: InputFile, opts: ReadOptions = {}): Promise<ReadResult> {
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const got =
    input.path === null
      ? await readStream(opts.stdin ?? process.stdin, input.file, maxSize)
      : await readFile(input.path, input.file, maxSize);
  if ('message' in got) {
    return { kind: 'error', file: input.file, error: { file: input.file, message: got.message }, warnings: [] };
  }
  return fromBytes(input.file, got.bytes);
}

/**
 * readInput for a regular file, done synchronously: each async read costs several
 * thread-pool round trips, which for news-sized files take longer than reading itself.
 * Null when the input needs the async path (stdin, pipes, devices, folders).
 */
export function readInputSync(input: InputFile, opts: ReadOptions = {}): ReadResult | null {
  if (input.path === null) return null;
  const maxSize = opts.maxSize ?? DEFAULT_MAX_SIZE;
  const fail = (message: string): ReadResult =>
    ({ kind: 'error', file: input.file, error: { file: input.file, message }, warnings: [] });
  let bytes: Buffer;
  try {
    const stat = fs.statSync(input.path);
    if (!stat.isFile()) return null;
    if (stat.size > maxSize) return fail(tooLargeMessage(stat.size, maxSize, input.file));
    bytes = fs.readFileSync(input.path);
  } catch (err) {
    return fail(fsErrorMessage(err, input.file));
  }
  if (bytes.length > maxSize) return fail(tooLargeMessage(bytes.length, maxSize, input.file));
  return fromBytes(input.file, bytes);
}

/** Reads the files one after another, in the given order. */
export async function* readInputs(inputs: Iterable<InputFile>, opts: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const input of inputs) yield await readInput(input, opts);
}

export function fromBytes(file: string, bytes: Uint8Array): ReadResult {
  const decoded = decode(bytes);
  if (decoded.kind === 'binary') {
    return { kind: 'skipped', file, warnings: [{ file, message: `${decoded.warning}: ${file}` }] };
  }
  const warnings = decoded.warning === null ? [] : [{ file, message: `${decoded.warning}: ${file}` }];
  return { kind: 'text', file, text: decoded.text, encoding: decoded.encoding, warnings };
}

export function tooLargeMessage(size: number, maxSize: number, file: string): string {
  return `file too large (${formatBytes(size)} > ${formatBytes(maxSize)} limit; raise it with --max-size): ${file}`;
}

async function readFile(path: string, file: string, maxSize: number): Promise<Bytes> {
  let handle: fsp.FileHandle | undefined;
  try {
    handle = await fsp.open(path, 'r');
    const stat = await handle.stat();
    if (stat.isDirectory()) return { message: `is a directory: ${file}` };
    if (stat.size > maxSize) return { message: tooLargeMessage(stat.size, maxSize, file) };
    // Devices and pipes report size 0: read them as a bounded stream (/dev/zero never ends).
    if (!stat.isFile()) return await readStream(handle.createReadStream({ autoClose: false }), file, maxSize);
    const bytes = await handle.readFile();
    if (bytes.length > maxSize) return { message: tooLargeMessage(bytes.length, maxSize, file) };
    return { bytes };
  } catch (err) {
    return { message: fsErrorMessage(err, file) };
  } finally {
    await handle?.close().catch(() => {});
  }
}

async function readStream(stream: AsyncIterable<Uint8Array | string>, file: string, maxSize: number): Promise<Bytes> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      total += bytes.length;
      if (total > maxSize) {
        return { message: `input too large (over ${formatBytes(maxSize)} limit; raise it with --max-size): ${file}` };
      }
      chunks.push(bytes);
    }
  } catch (err) {
    return { message: fsErrorMessage(err, file) };
  }
  return { bytes: Buffer.concat(chunks, total) };
}
