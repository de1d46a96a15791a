// Tables for people at a terminal: cli-table3 with column widths fitted to the
// terminal and long cells wrapped. Cell text is escaped before it is measured or
// coloured, so input can never smuggle escape sequences to the terminal.
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import { displayWidth, escapeTerminal } from './terminal.js';
import type { Sink } from './sink.js';

export type Align = 'left' | 'right';

export interface TableColumn<T> {
  header: string;
  /** A list is shown as lines of one cell (each escaped on its own). */
  cell: (record: T) => string | number | null | readonly (string | null)[];
  align?: Align;
  /** Colour for the cell, e.g. bold names. */
  style?: (chalk: ChalkInstance, text: string) => string;
}

export interface TableStyle {
  /** Total width available, borders included. */
  width: number;
  /** chalk level: 0 = no colour at all. */
  level: 0 | 1 | 2 | 3;
}

const PADDING = 2;
/** No column shrinks below this (content + padding) unless it is naturally narrower. */
const MIN_COLUMN = 8;
export const EMPTY_CELL = '-';

function cellText(value: string | number | null | readonly (string | null)[]): string {
  if (Array.isArray(value)) {
    const lines = value.filter((v): v is string => v !== null && v !== '').map(escapeTerminal);
    return lines.length === 0 ? EMPTY_CELL : lines.join('\n');
  }
  return value === null || value === '' ? EMPTY_CELL : escapeTerminal(String(value));
}

// Loops, not Math.max(...spread): a list table can have more rows than a call has arguments.
function widest(texts: Iterable<string>): number {
  let max = 0;
  for (const t of texts) max = Math.max(max, displayWidth(t));
  return max;
}
const longestLine = (text: string): number => widest(text.split('\n'));
const longestWord = (text: string): number => widest(text.split(/\s+/));

function columnWidth(head: string, rows: readonly string[][], i: number, measure: (text: string) => number): number {
  let max = displayWidth(head);
  for (const row of rows) max = Math.max(max, measure(row[i]!));
  return max + PADDING;
}

/** Pieces of `word` at most `max` cells wide, cut after a hyphen where there is one. */
function chunks(word: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece !== '' && displayWidth(piece + ch) > max) {
      // "US-Verteidigungsministerium" reads better as "US-" / "Verteidigungs…".
      const hyphen = piece.lastIndexOf('-');
      const cut = hyphen > 0 ? hyphen + 1 : piece.length;
      pieces.push(piece.slice(0, cut));
      piece = piece.slice(cut);
    }
    piece += ch;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * cli-table3 cuts a word wider than its column off with "…". Splitting just those
 * words at line breaks (which it keeps) lets every other word wrap at its spaces.
 */
export function breakLongWords(text: string, max: number): string {
  if (max < 1) return text;
  return text.replace(/\S+/g, (word) => (displayWidth(word) <= max ? word : chunks(word, max).join('\n')));
}

/** Shares `total` out so no one gets more than they ask: small asks are met in full. */
function waterFill(asks: readonly number[], total: number): number[] {
  const given = new Array<number>(asks.length).fill(0);
  const order = asks.map((_, i) => i).sort((a, b) => asks[a]! - asks[b]! || a - b);
  let remaining = total;
  let left = asks.length;
  for (const i of order) {
    given[i] = Math.max(0, Math.min(asks[i]!, Math.floor(remaining / left)));
    remaining -= given[i]!;
    left -= 1;
  }
  return given;
}

/**
 * Widths (padding included) that fit `width`. `natural` is what each column needs to
 * show its longest cell on one line, `unbroken` what it needs so that no word has to be
 * split (dates, paths, names). Every column first gets its unbroken width, then the
 * rest is shared out; only when even that does not fit are words split, in as few
 * columns as possible.
 */
export function fitColumns(
  natural: readonly number[], width: number,
  unbroken: readonly number[] = natural, least: readonly number[] = [],
): number[] {
  const available = width - (natural.length + 1);
  if (natural.reduce((s, w) => s + w, 0) <= available) return [...natural];
  // `least`: what a column never goes below (its header), MIN_COLUMN otherwise.
  const smallest = natural.map((n, i) => Math.min(n, Math.max(MIN_COLUMN, least[i] ?? 0)));
  const floor = natural.map((n, i) => Math.min(n, Math.max(smallest[i]!, unbroken[i]!)));
  const floorSum = floor.reduce((s, w) => s + w, 0);
  if (floorSum <= available) {
    const extra = waterFill(natural.map((n, i) => n - floor[i]!), available - floorSum);
    return floor.map((f, i) => f + extra[i]!);
  }
  // Words must be split somewhere: keep as many columns whole as fit, narrowest first,
  // and let the rest (the columns with the longest words) share what is left.
  const widths = [...smallest];
  let budget = available - widths.reduce((s, w) => s + w, 0);
  // The first column names the row (a name, a file): it is kept whole before the others.
  const rank = (i: number): number => (i === 0 ? -Infinity : floor[i]! - widths[i]!);
  const order = widths.map((_, i) => i).sort((a, b) => rank(a) - rank(b) || a - b);
  const split: number[] = [];
  for (const i of order) {
    const need = floor[i]! - widths[i]!;
    if (need <= budget) {
      widths[i] = floor[i]!;
      budget -= need;
    } else split.push(i);
  }
  const extra = waterFill(split.map((i) => floor[i]! - widths[i]!), Math.max(0, budget));
  split.forEach((i, k) => { widths[i] = widths[i]! + extra[k]!; });
  return widths;
}

/**
 * Rows per cli-table3 instance: it renders through push.apply, which overflows the call
 * stack somewhere past 100k rows. Parts share column widths and are stitched together.
 */
const ROWS_PER_PART = 1000;

/** The table in pieces, top to bottom: they concatenate to one table. */
export function* renderTableParts<T>(
  columns: readonly TableColumn<T>[], records: Iterable<T>, style: TableStyle,
): Generator<string> {
  const chalk = new Chalk({ level: style.level });
  const rows: string[][] = [];
  for (const r of records) rows.push(columns.map((c) => cellText(c.cell(r))));
  const heads = columns.map((c) => c.header);
  const natural = heads.map((h, i) => columnWidth(h, rows, i, longestLine));
  // A single word may claim at most 40% of the width before it gets split.
  const wordCap = Math.floor(style.width * 0.4);
  const unbroken = heads.map((h, i) => Math.min(wordCap, columnWidth(h, rows, i, longestWord)));
  const colWidths = fitColumns(natural, style.width, unbroken, heads.map((h) => displayWidth(h) + PADDING));
  // Rules between rows only when some cell wraps: then they show where a row ends.
  const compact = colWidths.every((w, i) => w >= natural[i]!);
  const options = {
    colWidths,
    colAligns: columns.map((c) => c.align ?? 'left'),
    wordWrap: true,
    wrapOnWordBoundary: true,
    // cli-table3 colours head and borders itself unless told not to; colour is ours.
    style: { head: [], border: [], compact },
  };
  const rule = `├${colWidths.map((w) => '─'.repeat(w)).join('┼')}┤`;
  const cells = (row: string[]): string[] => row.map((text, i) => {
    const column = columns[i]!;
    const fitted = breakLongWords(text, colWidths[i]! - PADDING);
    return column.style && text !== EMPTY_CELL ? column.style(chalk, fitted) : fitted;
  });

  let start = 0;
  do {
    const first = start === 0;
    const last = start + ROWS_PER_PART >= rows.length;
    const table = new Table({ ...options, head: first ? heads.map((h) => chalk.bold(h)) : [] });
    for (const row of rows.slice(start, start + ROWS_PER_PART)) table.push(cells(row));
    let lines = table.toString().split('\n');
    // A continuing part loses its top border (a row rule stands in when rows have
    // rules), every part but the last its bottom border.
    if (!first) lines = compact ? lines.slice(1) : [rule, ...lines.slice(1)];
    if (!last) lines = lines.slice(0, -1);
    yield `${lines.join('\n')}\n`;
    start += ROWS_PER_PART;
  } while (start < rows.length);
}

export function renderTable<T>(columns: readonly TableColumn<T>[], records: Iterable<T>, style: TableStyle): string {
  return [...renderTableParts(columns, records, style)].join('');
}

/** Collects rows (tables need every row to size their columns) and prints at the end. */
export class TableWriter<T> {
  private readonly records: T[] = [];
  constructor(
    private readonly sink: Sink,
    private readonly columns: readonly TableColumn<T>[],
    private readonly style: TableStyle,
  ) {}
  async begin(): Promise<void> {}
  async item(record: T): Promise<void> {
    this.records.push(record);
  }
  async end(): Promise<void> {
    for (const part of renderTableParts(this.columns, this.records, this.style)) await this.sink.write(part);
  }
}
