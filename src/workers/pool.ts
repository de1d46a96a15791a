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
/**
 * Each worker holds its own lexicons, so its nursery is kept below V8's default to keep
 * two workers and the main thread near 300 MB. Not much below: extraction allocates many
 * short-lived objects, and a 12 MB nursery cost about a fifth more CPU (a run of 33 MB,
 * two jobs: 20.2 s CPU at 12 MB, 18.1 s at 24 MB, 16.3 s at 32 MB; peak RSS 275, 298 and
 * 326 MB).
 */
const YOUNG_GENERATION_MB = 24;

export async function createPool(threads: number, settings: TaskSettings): Promise<FilePool> {
  // Loaded only when a run has workers: single-threaded runs start faster without it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina<FileTask, FileOutcome>({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
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
