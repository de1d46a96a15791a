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

/**
 * Files sent to a worker in one message, at most. A message per news article cost
 * a good part of what the second worker gains (263 MB of news, 2 jobs: 1.13× one job
 * with a message per file; with batches of 16 files 1.45×, of 64 1.6×).
 */
export const FILES_PER_BATCH = 64;
/** A short run is cut into at least this many batches per worker, so every worker gets some. */
const MIN_BATCHES_PER_THREAD = 4;

interface Pending {
  task: FileTask;
  done: (outcome: FileOutcome) => void;
}

export async function createPool(threads: number, settings: TaskSettings, files: number): Promise<FilePool> {
  // Loaded only when a run has workers: single-threaded runs start faster without it.
  const { Piscina } = await import('piscina');
  const pool = new Piscina({
    filename: WORKER.href,
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: Number.POSITIVE_INFINITY,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  const one = async (task: FileTask): Promise<FileOutcome> => {
    try {
      return (await pool.run(task)) as FileOutcome;
    } catch (err) {
      return { events: [extractionFailed(task.input.file, err)], size: 0 };
    }
  };
  const batchSize = Math.max(1, Math.min(FILES_PER_BATCH, Math.ceil(files / (threads * MIN_BATCHES_PER_THREAD))));
  const batches = new Batcher(batchSize, async (tasks) => {
    try {
      return (await pool.run(tasks, { name: 'runBatch' })) as FileOutcome[];
    } catch {
      // A worker died: run the batch's files one by one, so only the file that kills it fails.
      return Promise.all(tasks.map(one));
    }
  });
  return {
    threads,
    async run(input) {
      if (input.path !== null) return batches.add({ input, settings });
      // Standard input belongs to this thread: read it here, extract it there.
      try {
        return await one({ input, settings, read: await readInput(input, { maxSize: settings.maxSize }) });
      } catch (err) {
        return { events: [extractionFailed(input.file, err)], size: 0 };
      }
    },
    close: () => pool.close(),
  };
}

/**
 * Collects tasks into batches. A batch leaves when full, or, when the caller has queued
 * all it will for now, on the next turn of the event loop.
 */
class Batcher {
  private pending: Pending[] = [];
  private scheduled = false;

  constructor(private readonly size: number, private readonly send: (tasks: FileTask[]) => Promise<FileOutcome[]>) {}

  add(task: FileTask): Promise<FileOutcome> {
    return new Promise((done) => {
      this.pending.push({ task, done });
      if (this.pending.length >= this.size) this.flush();
      else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => {
          this.scheduled = false;
          this.flush();
        });
      }
    });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    void this.send(batch.map((p) => p.task)).then((outcomes) => batch.forEach((p, k) => p.done(outcomes[k]!)));
  }
}
