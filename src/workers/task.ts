// One file's work (read, decode, extract), the same in-process and inside a worker, so
// the output cannot depend on where a file was processed.
import type { CorpusEvent, Extract } from '../corpus.js';
import { readInput, readInputSync, type InputFile, type ReadResult } from '../input/index.js';
import { renderDocument, type RenderMode } from '../output/render.js';

/** How every file of a run is handled, wherever it runs. */
export interface TaskSettings {
  /** Largest input in bytes. */
  maxSize: number;
  /** Render the document here rather than hand its result over (see output/render.ts). */
  render?: RenderMode;
}

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
  input: InputFile, settings: TaskSettings, extract: Extract, read?: ReadResult,
): Promise<FileOutcome> {
  const { maxSize, render } = settings;
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
    events.push(render ? { kind: 'rendered', file: result.file, text: renderDocument(render, result) } : { kind: 'document', result });
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
