// One file's work (read, decode, extract), the same in-process and inside a worker, so
// the output cannot depend on where a file was processed.
import type { CorpusEvent, Extract } from '../corpus.js';
import { readInput, readInputSync, type InputFile, type ReadResult } from '../input/index.js';

/** What one file gave: its events in order, and its size in characters (for progress). */
export interface FileOutcome {
  events: CorpusEvent[];
  size: number;
}

/**
 * Never rejects: whatever goes wrong with one file becomes that file's error event.
 * `read` is the file already read (standard input can only be read by the main thread).
 */
export async function processFile(
  input: InputFile, maxSize: number, extract: Extract, read?: ReadResult,
): Promise<FileOutcome> {
  const events: CorpusEvent[] = [];
  let size = 0;
  try {
    const got = read ?? readInputSync(input, { maxSize }) ?? (await readInput(input, { maxSize }));
    for (const warning of got.warnings) events.push({ kind: 'warning', warning });
    if (got.kind === 'error') events.push({ kind: 'error', error: got.error });
    if (got.kind !== 'text') return { events, size };
    size = got.text.length;
    const { result, warnings } = await extract(input.file, got.text);
    for (const message of warnings) events.push({ kind: 'warning', warning: { file: input.file, message } });
    events.push({ kind: 'document', result });
  } catch (err) {
    // An extractor bug must not take the rest of the corpus down with it.
    events.push(extractionFailed(input.file, err));
  }
  return { events, size };
}

export function extractionFailed(file: string, err: unknown): CorpusEvent {
  const detail = err instanceof Error ? err.message : String(err);
  return { kind: 'error', error: { file, message: `extraction failed (${firstLine(detail)}): ${file}` } };
}

const firstLine = (text: string): string => text.split('\n')[0] ?? '';
