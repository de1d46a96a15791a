import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCorpus, type CorpusEvent, type Extract } from '../../src/corpus.js';
import type { Analysis } from '../../src/pipeline.js';

let dir: string;

const TEXTS: Record<string, string> = {
  'a-gaza.txt': 'Die israelische Armee zog nach Angaben der UN Truppen aus Chan Junis ab.',
  'b-sudan.txt': 'Im Sudan kämpfen die Armee und die RSF seit April 2023 um die Macht.',
  'c-taiwan.md': 'China schickte erneut Kampfflugzeuge in die Nähe von Taiwan.',
  'd-kosovo.txt': 'Die Kfor verstärkt ihre Präsenz im Norden des Kosovo um 700 Soldaten.',
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-corpus-'));
  for (const [name, text] of Object.entries(TEXTS)) fs.writeFileSync(path.join(dir, name), text);
  fs.writeFileSync(path.join(dir, 'e-binary.txt'), Buffer.from([0, 1, 2, 0, 0, 255, 0, 7]));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const stub = (file: string, text: string): Analysis => ({
  result: {
    file, meta: { url: null, title: text.slice(0, 20), published: null },
    actors: [], places: [], troops: [], quotes: [], claims: [],
  },
  warnings: [],
});

async function collect(gen: AsyncIterable<CorpusEvent>): Promise<CorpusEvent[]> {
  const all: CorpusEvent[] = [];
  for await (const e of gen) all.push(e);
  return all;
}

const summary = (events: CorpusEvent[]) => events.map((e) =>
  e.kind === 'document' ? `doc ${path.basename(e.result.file)}`
    : e.kind === 'error' ? `error ${path.basename(e.error.file)}` : `warning ${path.basename(e.warning.file)}`);

describe('runCorpus', () => {
  it('yields documents in input order, with errors and warnings as events', async () => {
    const events = await collect(runCorpus([dir, path.join(dir, 'fehlt.txt')], { extensions: ['txt', 'md'], maxSize: 1e6, extract: stub }));
    expect(summary(events)).toEqual([
      'error fehlt.txt',
      'doc a-gaza.txt', 'doc b-sudan.txt', 'doc c-taiwan.md', 'doc d-kosovo.txt',
      'warning e-binary.txt',
    ]);
    const first = events.find((e) => e.kind === 'document')!;
    expect(first.kind === 'document' && first.result.meta.title).toBe(TEXTS['a-gaza.txt']!.slice(0, 20));
  });

  it('keeps input order when later files finish first (a window of files in flight)', async () => {
    // The first file is slowest: an async extractor (as a worker pool would be) must
    // not let the others overtake it in the output.
    const delays = [40, 5, 20, 1];
    let call = 0;
    let inFlight = 0;
    let maxInFlight = 0;
    const slow: Extract = async (file, text) => {
      const delay = delays[call++ % delays.length]!;
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      await new Promise((r) => setTimeout(r, delay));
      inFlight--;
      return stub(file, text);
    };
    const events = await collect(runCorpus([dir], { extensions: ['txt', 'md'], maxSize: 1e6, extract: slow, window: 3 }));
    expect(summary(events).filter((s) => s.startsWith('doc'))).toEqual(
      ['doc a-gaza.txt', 'doc b-sudan.txt', 'doc c-taiwan.md', 'doc d-kosovo.txt']);
    expect(maxInFlight).toBeGreaterThan(1);
    expect(maxInFlight).toBeLessThanOrEqual(3);
  });

  it('with the default window, one file at a time', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const tracked: Extract = async (file, text) => {
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return stub(file, text);
    };
    await collect(runCorpus([dir], { extensions: ['txt'], maxSize: 1e6, extract: tracked }));
    expect(maxInFlight).toBe(1);
  });

  it('turns an extractor crash into an error for that file and carries on', async () => {
    const fragile: Extract = (file, text) => {
      if (text.includes('RSF')) throw new TypeError("Cannot read properties of undefined (reading 'start')\n    at x");
      return stub(file, text);
    };
    const events = await collect(runCorpus([dir], { extensions: ['txt'], maxSize: 1e6, extract: fragile }));
    expect(summary(events)).toEqual(['doc a-gaza.txt', 'error b-sudan.txt', 'doc d-kosovo.txt', 'warning e-binary.txt']);
    const error = events.find((e) => e.kind === 'error')!;
    expect(error.kind === 'error' && error.error.message).toMatch(/^extraction failed \(Cannot read properties[^\n]*\): .*b-sudan\.txt$/);
  });

  it('reports files over the size limit as errors', async () => {
    const events = await collect(runCorpus([path.join(dir, 'a-gaza.txt')], { extensions: ['txt'], maxSize: 10, extract: stub }));
    expect(events).toHaveLength(1);
    expect(events[0]!.kind).toBe('error');
  });

  it('reads a folder lazily: nothing is extracted before the consumer asks', async () => {
    let calls = 0;
    const counting: Extract = (file, text) => { calls++; return stub(file, text); };
    const gen = runCorpus([dir], { extensions: ['txt', 'md'], maxSize: 1e6, extract: counting });
    const first = await gen.next();
    expect(first.value?.kind).toBe('document');
    expect(calls).toBe(1);
    await gen.return(undefined);
  });
});
