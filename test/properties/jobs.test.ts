// The output depends on the inputs alone: a generated corpus gives the same bytes with
// one worker and with two, and the same records as extracting each text in-process.
// Runs the built CLI (`npm run build` first).
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentRecord } from '../../src/output/records.js';
import { extractDocument } from '../../src/pipeline.js';
import { checkBuilt, cli, parseAll, tempDir, type AllOutput } from '../robustness/helpers.js';
import { germanText } from './german.js';

checkBuilt();

describe('--jobs', () => {
  it('one worker and two print the same bytes, equal to in-process extraction', () => {
    // Fixed seeds keep the corpus stable between runs; a different one per folder gives variety.
    const texts = fc.sample(germanText, { numRuns: 40, seed: 20240601 });
    const corpus: Record<string, string> = {};
    texts.forEach((t, i) => { corpus[`${i % 3 === 0 ? 'sudan' : i % 3 === 1 ? 'gaza' : 'taiwan'}/bericht-${String(i).padStart(2, '0')}.txt`] = t; });
    const dir = tempDir(corpus);

    const one = cli(['all', '.', '--json', '--jobs', '1'], { cwd: dir });
    const two = cli(['all', '.', '--json', '--jobs', '2'], { cwd: dir });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    // Warnings too (quotation marks left open, the odd text the sniffer takes for binary).
    expect(two.stderr).toBe(one.stderr);
    const skipped = one.stderr.split('\n').filter((l) => l.includes('binary file skipped')).length;

    const out = JSON.parse(one.stdout) as AllOutput;
    parseAll(one.stdout);
    expect(out.documents.length + skipped).toBe(texts.length);
    expect(out.documents.length).toBeGreaterThan(texts.length / 2);
    for (const doc of out.documents) {
      const text = fs.readFileSync(path.join(dir, doc.file), 'utf8');
      expect(doc).toEqual(JSON.parse(JSON.stringify(documentRecord(extractDocument(doc.file, text)))));
    }
  });

  it('the list commands agree too', () => {
    const texts = fc.sample(germanText, { numRuns: 20, seed: 7 });
    const dir = tempDir(Object.fromEntries(texts.map((t, i) => [`doc-${String(i).padStart(2, '0')}.md`, t])));
    for (const command of ['actors', 'quotes']) {
      const one = cli([command, '.', '--format', 'ndjson', '--jobs', '1', '-q'], { cwd: dir });
      const two = cli([command, '.', '--format', 'ndjson', '--jobs', '2', '-q'], { cwd: dir });
      expect(one.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    }
  });
});
