// JSON printers. Both stream: the opening goes out first, each record as it comes, the
// closing at the end, and the bytes equal JSON.stringify(whole, null, 2) + "\n".
import type { Sink } from './sink.js';
import { SCHEMA_ID, type DocumentRecord, type ErrorRecord } from './records.js';

function indent(json: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return pad + json.replace(/\n/g, `\n${pad}`);
}

/** A document as an element of JsonDocumentsWriter's list: pretty-printed, indented by its place in the list. */
export function jsonDocumentElement(record: DocumentRecord): string {
  return indent(JSON.stringify(record, null, 2), 4);
}

/** `all --json`: `{"schema", "documents": [...], "errors": [...]}`. */
export class JsonDocumentsWriter {
  private count = 0;
  constructor(private readonly sink: Sink) {}

  async begin(): Promise<void> {
    await this.sink.write(`{\n  "schema": ${JSON.stringify(SCHEMA_ID)},\n  "documents": [`);
  }

  async document(record: DocumentRecord): Promise<void> {
    await this.rendered(jsonDocumentElement(record));
  }

  /** A document already rendered (see render.ts: 'document-json'). */
  async rendered(json: string): Promise<void> {
    const sep = this.count++ === 0 ? '\n' : ',\n';
    await this.sink.write(sep + json);
  }

  async end(errors: ErrorRecord[]): Promise<void> {
    const close = this.count === 0 ? ']' : '\n  ]';
    const errs = JSON.stringify(errors, null, 2).replace(/\n/g, '\n  ');
    await this.sink.write(`${close},\n  "errors": ${errs}\n}\n`);
  }
}

/** A top-level JSON array, one element at a time. */
export class JsonArrayWriter<T> {
  private count = 0;
  constructor(private readonly sink: Sink) {}

  async begin(): Promise<void> {
    await this.sink.write('[');
  }

  async item(value: T): Promise<void> {
    const sep = this.count++ === 0 ? '\n' : ',\n';
    await this.sink.write(sep + indent(JSON.stringify(value, null, 2), 2));
  }

  async end(): Promise<void> {
    await this.sink.write(this.count === 0 ? ']\n' : '\n]\n');
  }
}
