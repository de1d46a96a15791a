// Spreads files over worker threads. The pool only runs files; order is runCorpus's
// job (it awaits results in input order), so the output is the same for any pool size.
import { readInput, type InputFile } from '../input/index.js';
import { extractionFailed, type FileOutcome, type TaskSettings } from './task.js';
import type { FileTask } from './worker.js';

export interface FilePool {
  threads: number;
  /** Never rejects: a crashed worker becomes the file's error event. */
  run(input: InputFile): Promise<FileOutcome>;
  /** Lets running files finish, then ends the threads. */
  close(): Promise<void>;
}

// Always the compiled worker: from src/workers/ (tests) and dist/workers/ alike this
// is dist/workers/worker.js, since a worker thread cannot load TypeScript.
const WORKER = new URL('../../dist/workers/worker.js', import.meta.url);
const YOUNG_GENERATION_MB = 12;

export async function createPool(threads: number, settings: TaskSettings): Promise<FilePool> {
  // Loaded only when a run has workers: single-threaded runs start faster without it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<FileTask, FileOutcome>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    // Each worker holds its own lexicons; a smaller nursery than V8's default keeps
    // two workers and the main thread under 300 MB together.
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    threads,
    async run(input) {
      try {
        // Standard input belongs to this thread: read it here, extract it there.
        const read = input.path === null ? await readInput(input, { maxSize: settings.maxSize }) : undefined;
        return await pool.run({ input, settings, read });
      } catch (err) {
        return { events: [extractionFailed(input.file, err)], size: 0 };
      }
    },
    close: () => pool.close(),
  };
}
