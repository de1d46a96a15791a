// Runs a corpus: paths -> files -> one DocumentResult (or error) per file, as a stream
// of events in input order. Files are read one by one; nothing holds the whole corpus.
import { walkPaths, STDIN, type InputFile } from './input/index.js';
import { analyzeDocument, type Analysis } from './pipeline.js';
import type { DocumentResult, FileError, Warning } from './types.js';
import type { RenderMode } from './output/render.js';
import { createPool, FILES_PER_BATCH } from './workers/pool.js';
import { processFile, type FileOutcome } from './workers/task.js';

export type CorpusEvent =
  | { kind: 'document'; result: DocumentResult }
  /** A document as its printer will write it, when the run was asked to render (CorpusOptions.render). */
  | { kind: 'rendered'; file: string; text: string }
  | { kind: 'error'; error: FileError }
  | { kind: 'warning'; warning: Warning };

/** Sync in-process; a worker pool returns a promise and slots in unchanged. */
export type Extract = (file: string, text: string) => Analysis | Promise<Analysis>;

/** Follows a run: the number of files once the paths are expanded, then each file done. */
export interface ProgressListener {
  start(files: number): void;
  /** `size` in characters (about bytes for German text). */
  file(size: number): void;
  end(): void;
}

export interface CorpusOptions {
  /** Extensions a folder walk keeps ("txt", "md"; "*" keeps all). */
  extensions: readonly string[];
  /** Largest input in bytes. */
  maxSize: number;
  /**
   * Files in flight at once (read + extract). 1 processes strictly one after another;
   * with a worker pool, a few per worker keeps every worker busy while the output
   * still comes in input order. Default: 1 in-process, two batches per worker.
   */
  window?: number;
  /** A custom extractor (tests); it always runs in-process. */
  extract?: Extract;
  /** Worker threads (default 1: in-process, no workers). */
  jobs?: number;
  progress?: ProgressListener;
  /** Directory relative paths resolve against (default: process.cwd()). */
  cwd?: string;
  /** Render each document where it is extracted: 'rendered' events instead of 'document' ones. */
  render?: RenderMode;
}

/** Files in flight per worker: two batches, so a worker never waits for its next one. */
const FILES_PER_WORKER = 2 * FILES_PER_BATCH;
/**
 * A worker costs about as much to start (Node, then the lexicons) as extracting a few
 * dozen articles: a short run (seeds/, a handful of files) stays in-process.
 */
const MIN_FILES_PER_THREAD = 8;

interface Runner {
  run(input: InputFile): Promise<FileOutcome>;
  close(): Promise<void>;
  window: number;
}

async function openRunner(files: number, opts: CorpusOptions): Promise<Runner> {
  // A test's own extractor always runs in-process.
  const wanted = Math.max(1, Math.floor(opts.jobs ?? 1));
  const threads = opts.extract ? 1 : Math.min(wanted, Math.floor(files / MIN_FILES_PER_THREAD));
  if (threads <= 1) {
    const extract = opts.extract ?? analyzeDocument;
    return { run: (input) => processFile(input, { maxSize: opts.maxSize, render: opts.render }, extract), close: async () => {}, window: 1 };
  }
  const pool = await createPool(threads, { maxSize: opts.maxSize, render: opts.render }, files);
  return { run: (input) => pool.run(input), close: () => pool.close(), window: threads * FILES_PER_WORKER };
}

export async function* runCorpus(paths: readonly string[], opts: CorpusOptions): AsyncGenerator<CorpusEvent> {
  const walked = await walkPaths(paths, { extensions: opts.extensions, cwd: opts.cwd });
  for (const warning of walked.warnings) yield { kind: 'warning', warning };
  for (const error of walked.errors) yield { kind: 'error', error };

  // The list is compact (folder runs of names, see input/file-list.ts): each file's InputFile
  // is made when the file is started, so a corpus of a million files costs a few MB.
  const total = walked.files.size;
  const pending = walked.files[Symbol.iterator]();
  let next = pending.next();
  opts.progress?.start(total);
  const runner = await openRunner(total, opts);
  const window = Math.max(1, Math.floor(opts.window ?? runner.window));
  // A bounded queue of per-file tasks, started in input order and awaited in input
  // order: later files may finish first, but their events wait their turn.
  const inFlight: Promise<FileOutcome>[] = [];
  try {
    while (!next.done || inFlight.length > 0) {
      for (; inFlight.length < window && !next.done; next = pending.next()) inFlight.push(runner.run(next.value));
      const outcome = await inFlight.shift()!;
      opts.progress?.file(outcome.size);
      yield* noteEmpty(outcome);
    }
  } finally {
    // A consumer that stops early leaves files running; they settle before the pool ends.
    await Promise.allSettled(inFlight);
    await runner.close();
    opts.progress?.end();
  }
}

/**
 * An empty input still gives its (empty) document, with a warning: in a scraped folder a
 * zero-byte file is a failed download, which an empty record alone would hide.
 */
function noteEmpty(outcome: FileOutcome): CorpusEvent[] {
  if (outcome.size > 0) return outcome.events;
  return outcome.events.flatMap((e): CorpusEvent[] => {
    if (e.kind !== 'document' && e.kind !== 'rendered') return [e];
    const file = e.kind === 'document' ? e.result.file : e.file;
    return [{ kind: 'warning', warning: { file, message: `empty ${file === STDIN ? 'input' : 'file'}: ${file}` } }, e];
  });
}
