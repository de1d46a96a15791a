// Worker entry (piscina): each thread loads the pipeline and its lexicons once, on its
// first file, and from then on turns file paths into events.
import { analyzeDocument } from '../pipeline.js';
import type { InputFile, ReadResult } from '../input/index.js';
import { processFile, type FileOutcome, type TaskSettings } from './task.js';

export interface FileTask {
  input: InputFile;
  settings: TaskSettings;
  /** Set for standard input, which only the main thread can read. */
  read?: ReadResult;
}

export default function run(task: FileTask): Promise<FileOutcome> {
  return processFile(task.input, task.settings, analyzeDocument, task.read);
}

/** Several files in one message (see FILES_PER_BATCH), one after another. */
export async function runBatch(tasks: FileTask[]): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const task of tasks) outcomes.push(await run(task));
  return outcomes;
}
