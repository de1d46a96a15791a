// The JSON of `crisis-extract all seeds/ --json`, kept as a reviewed snapshot
// (fixtures/seeds.expected.json): every change to what the samples yield shows up
// here as a diff to read and accept (`npx vitest run -u` after reviewing it).
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentRecord } from '../../src/output/records.js';
import { extractDocument } from '../../src/pipeline.js';

describe('the bundled seeds', () => {
  it('yield the reviewed result', async () => {
    const seeds = new URL('../../seeds/', import.meta.url);
    const documents = readdirSync(seeds)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => documentRecord(extractDocument(`seeds/${f}`, readFileSync(new URL(f, seeds), 'utf8'))));
    const output = JSON.stringify({ schema: 'crisis-extract/1', documents, errors: [] }, null, 2) + '\n';
    await expect(output).toMatchFileSnapshot('../../fixtures/seeds.expected.json');
  });
});
