// `all --check SNAPSHOT`: the run collects what `all --json` would print (records, in
// input order, through the same record builders), compares it with the snapshot and
// prints the drift report.
import type { CorpusEvent } from '../corpus.js';
import type { Reporter } from '../output/commands.js';
import { documentRecord, errorRecord, SCHEMA_ID } from '../output/records.js';
import type { Sink } from '../output/sink.js';
import { diffResults, type Change } from './diff.js';
import { formatReport } from './format.js';
import type { Snapshot } from './load.js';

export interface CheckResult {
  changes: Change[];
  current: Snapshot;
}

export async function checkAgainst(snapshot: Snapshot, events: AsyncIterable<CorpusEvent>, report: Reporter): Promise<CheckResult> {
  const current: Snapshot = { schema: SCHEMA_ID, documents: [], errors: [] };
  for await (const event of events) {
    if (event.kind === 'document') current.documents.push(asJson(documentRecord(event.result)));
    else if (event.kind === 'error') {
      current.errors.push(errorRecord(event.error));
      report.error(event.error);
    } else if (event.kind === 'warning') report.warning(event.warning);
    else throw new Error('a snapshot check needs the results, not rendered documents');
  }
  return { changes: diffResults(snapshot, current), current };
}

export interface CheckOptions {
  /** The snapshot's name as given, for the report. */
  name: string;
  sink: Sink;
  report: Reporter;
}

/** Compares and prints the report; the counts decide the exit status. */
export async function checkSnapshot(
  snapshot: Snapshot, events: AsyncIterable<CorpusEvent>, opts: CheckOptions,
): Promise<{ documents: number; errors: number; changes: number }> {
  const { changes, current } = await checkAgainst(snapshot, events, opts.report);
  await opts.sink.write(formatReport(changes, { snapshot: opts.name, documents: current.documents.length }));
  return { documents: current.documents.length, errors: current.errors.length, changes: changes.length };
}

/** What the snapshot holds after a JSON round trip (no undefined, no -0, no NaN). */
function asJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
