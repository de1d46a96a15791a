// Where printers write. Writes wait for 'drain' so a large corpus piped into a slow
// reader streams instead of piling up in memory.

export interface Sink {
  write(chunk: string): void | Promise<void>;
}

export interface WritableLike {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
}

export function streamSink(stream: WritableLike): Sink {
  return {
    write(chunk: string) {
      if (stream.write(chunk)) return;
      return new Promise<void>((resolve) => stream.once('drain', resolve));
    },
  };
}

/** Collects everything written: for tests and for callers that want a string. */
export class StringSink implements Sink {
  text = '';
  write(chunk: string): void {
    this.text += chunk;
  }
}
