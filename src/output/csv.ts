// CSV after RFC 4180: CRLF line ends, a header row, fields quoted when they hold a
// comma, a quote or a line break, quotes doubled. Lists become one field, "; "-joined.
import type { Sink } from './sink.js';

export type CsvValue = string | number | boolean | null | undefined | readonly string[];

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value) ? value.join('; ') : String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const csvRow = (values: readonly CsvValue[]): string => `${values.map(csvField).join(',')}\r\n`;

/** Writes records as rows; the columns are the given keys, in that order. */
export class CsvWriter<T extends object> {
  constructor(private readonly sink: Sink, private readonly columns: readonly (keyof T & string)[]) {}

  async begin(): Promise<void> {
    await this.sink.write(csvRow(this.columns));
  }

  async item(record: T): Promise<void> {
    await this.sink.write(csvRow(this.columns.map((c) => record[c] as CsvValue)));
  }

  async end(): Promise<void> {}
}
