// NDJSON: one compact JSON value per line. JSON.stringify escapes line breaks inside
// strings, so a record can never span two lines.
import type { Sink } from './sink.js';

export const ndjsonLine = (value: unknown): string => `${JSON.stringify(value)}\n`;

export class NdjsonWriter<T> {
  constructor(private readonly sink: Sink) {}
  async begin(): Promise<void> {}
  async item(value: T): Promise<void> {
    await this.sink.write(ndjsonLine(value));
  }
  async end(): Promise<void> {}
}
