// Drives one command's output from the corpus events: the formats differ only in the
// writer, the commands only in what they take from each document.
import type { CorpusEvent } from '../corpus.js';
import type { DocumentResult, FileError, Warning } from '../types.js';
import { ActorAggregator, PlaceAggregator } from './aggregate.js';
import { CsvWriter } from './csv.js';
import { JsonArrayWriter, JsonDocumentsWriter } from './json.js';
import { NdjsonWriter } from './ndjson.js';
import { renderDocument, type RenderMode } from './render.js';
import { claimItems, documentRecord, errorRecord, quoteItems, troopItems, type ErrorRecord } from './records.js';
import type { Sink } from './sink.js';
import { TableWriter, type TableStyle } from './table.js';
import {
  actorView, claimView, placeView, quoteView, summarize, summaryView, troopView, type View,
} from './views.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export const COMMANDS = ['all', 'actors', 'places', 'troops', 'quotes', 'claims'] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface Reporter {
  error(error: FileError): void;
  warning(warning: Warning): void;
}

export interface PrintOptions {
  format: Format;
  sink: Sink;
  table: TableStyle;
  report: Reporter;
}

export interface Summary {
  documents: number;
  errors: number;
}

interface ItemWriter<T> {
  begin(): Promise<void>;
  item(value: T): Promise<void>;
  end(): Promise<void>;
}

/** Why a command cannot print in a format, or null when it can. */
export function formatProblem(command: CommandName, format: Format): string | null {
  if (command === 'all' && format === 'csv') {
    return "format csv is not available for 'all' (documents hold nested lists): use json or ndjson, or a list command such as 'actors --format csv'";
  }
  return null;
}

function writerFor<T extends object>(view: View<T>, opts: PrintOptions): ItemWriter<T> {
  switch (opts.format) {
    case 'json': return new JsonArrayWriter<T>(opts.sink);
    case 'ndjson': return new NdjsonWriter<T>(opts.sink);
    case 'table': return new TableWriter<T>(opts.sink, view.table, opts.table);
    case 'csv':
      if (!view.csv) throw new Error('no csv columns for this command');
      return new CsvWriter<T>(opts.sink, view.csv);
  }
}

/**
 * The render a run can do where each document is extracted, for the printers that
 * write every document on its own (`all` as ndjson or json); null for the others.
 */
export function renderModeFor(command: CommandName, format: Format): RenderMode | undefined {
  if (command !== 'all') return undefined;
  if (format === 'ndjson') return 'document-ndjson';
  return format === 'json' ? 'document-json' : undefined;
}

/**
 * Reads all events, passing documents on and diagnostics to the reporter. A document
 * that comes rendered goes to `onRendered`; only printers that asked for renders get them.
 */
async function consume(
  events: AsyncIterable<CorpusEvent>,
  report: Reporter,
  onDocument: (d: DocumentResult) => Promise<void> | void,
  onRendered: (text: string) => Promise<void> | void = () => {
    throw new Error('a rendered document reached a printer that did not ask for one');
  },
): Promise<{ documents: number; errors: ErrorRecord[] }> {
  let documents = 0;
  const errors: ErrorRecord[] = [];
  for await (const event of events) {
    if (event.kind === 'document') {
      documents += 1;
      await onDocument(event.result);
    } else if (event.kind === 'rendered') {
      documents += 1;
      await onRendered(event.text);
    } else if (event.kind === 'error') {
      errors.push(errorRecord(event.error));
      report.error(event.error);
    } else {
      report.warning(event.warning);
    }
  }
  return { documents, errors };
}

async function printList<T extends object>(
  events: AsyncIterable<CorpusEvent>, opts: PrintOptions,
  view: View<T>, items: (d: DocumentResult) => T[],
): Promise<Summary> {
  const writer = writerFor(view, opts);
  await writer.begin();
  const { documents, errors } = await consume(events, opts.report, async (d) => {
    for (const item of items(d)) await writer.item(item);
  });
  await writer.end();
  return { documents, errors: errors.length };
}

async function printAggregate<T extends object>(
  events: AsyncIterable<CorpusEvent>, opts: PrintOptions,
  view: View<T>, aggregator: { add(d: DocumentResult): void; result(): T[] },
): Promise<Summary> {
  const { documents, errors } = await consume(events, opts.report, (d) => aggregator.add(d));
  const writer = writerFor(view, opts);
  await writer.begin();
  for (const item of aggregator.result()) await writer.item(item);
  await writer.end();
  return { documents, errors: errors.length };
}

async function printAll(events: AsyncIterable<CorpusEvent>, opts: PrintOptions): Promise<Summary> {
  if (opts.format === 'json') {
    const writer = new JsonDocumentsWriter(opts.sink);
    await writer.begin();
    const { documents, errors } = await consume(events, opts.report,
      (d) => writer.rendered(renderDocument('document-json', d)), (text) => writer.rendered(text));
    await writer.end(errors);
    return { documents, errors: errors.length };
  }
  if (opts.format === 'ndjson') {
    const { documents, errors } = await consume(events, opts.report,
      (d) => opts.sink.write(renderDocument('document-ndjson', d)), (text) => opts.sink.write(text));
    return { documents, errors: errors.length };
  }
  return printList(events, opts, summaryView, (d) => [summarize(documentRecord(d))]);
}

export async function printCommand(
  command: CommandName, events: AsyncIterable<CorpusEvent>, opts: PrintOptions,
): Promise<Summary> {
  const problem = formatProblem(command, opts.format);
  if (problem) throw new Error(problem);
  switch (command) {
    case 'all': return printAll(events, opts);
    case 'actors': return printAggregate(events, opts, actorView, new ActorAggregator());
    case 'places': return printAggregate(events, opts, placeView, new PlaceAggregator());
    case 'troops': return printList(events, opts, troopView, troopItems);
    case 'quotes': return printList(events, opts, quoteView, quoteItems);
    case 'claims': return printList(events, opts, claimView, claimItems);
  }
}
