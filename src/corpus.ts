// Runs a corpus: paths -> files -> one DocumentResult (or error) per file, as a stream
// of events in input order. Files are read one by one; nothing holds the whole corpus.
import { expandPaths, readInput, type InputFile } from './input/index.js';
import { analyzeDocument, type Analysis } from './pipeline.js';
import type { DocumentResult, FileError, Warning } from './types.js';

export type CorpusEvent =
  | { kind: 'document'; result: DocumentResult }
  | { kind: 'error'; error: FileError }
  | { kind: 'warning'; warning: Warning };

/** Sync today; a worker pool (piscina) returns a promise and slots in unchanged. */
export type Extract = (file: string, text: string) => Analysis | Promise<Analysis>;

export interface CorpusOptions {
  /** Extensions a folder walk keeps ("txt", "md"; "*" keeps all). */
  extensions: readonly string[];
  /** Largest input in bytes. */
  maxSize: number;
  /**
   * Files in flight at once (read + extract). 1 processes strictly one after another;
   * with a worker pool, about twice the worker count keeps every worker busy while
   * the output still comes in input order.
   */
  window?: number;
  extract?: Extract;
  /** Directory relative paths resolve against (default: process.cwd()). */
  cwd?: string;
}

export async function* runCorpus(paths: readonly string[], opts: CorpusOptions): AsyncGenerator<CorpusEvent> {
  const expanded = await expandPaths(paths, { extensions: opts.extensions, cwd: opts.cwd });
  for (const warning of expanded.warnings) yield { kind: 'warning', warning };
  for (const error of expanded.errors) yield { kind: 'error', error };

  const extract = opts.extract ?? analyzeDocument;
  const window = Math.max(1, Math.floor(opts.window ?? 1));
  const files = expanded.files;
  // A bounded queue of per-file tasks, started in input order and awaited in input
  // order: later files may finish first, but their events wait their turn.
  const inFlight: Promise<CorpusEvent[]>[] = [];
  let next = 0;
  while (next < files.length || inFlight.length > 0) {
    while (inFlight.length < window && next < files.length) {
      inFlight.push(processFile(files[next++]!, opts.maxSize, extract));
    }
    yield* await inFlight.shift()!;
  }
}

/** Never rejects: whatever goes wrong with one file becomes that file's error event. */
async function processFile(input: InputFile, maxSize: number, extract: Extract): Promise<CorpusEvent[]> {
  const events: CorpusEvent[] = [];
  try {
    const read = await readInput(input, { maxSize });
    for (const warning of read.warnings) events.push({ kind: 'warning', warning });
    if (read.kind === 'error') events.push({ kind: 'error', error: read.error });
    if (read.kind !== 'text') return events;
    const { result, warnings } = await extract(input.file, read.text);
    for (const message of warnings) events.push({ kind: 'warning', warning: { file: input.file, message } });
    events.push({ kind: 'document', result });
  } catch (err) {
    // An extractor bug must not take the rest of the corpus down with it.
    const detail = err instanceof Error ? err.message : String(err);
    events.push({ kind: 'error', error: { file: input.file, message: `extraction failed (${firstLine(detail)}): ${input.file}` } });
  }
  return events;
}

const firstLine = (text: string): string => text.split('\n')[0] ?? '';
