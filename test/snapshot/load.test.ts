import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSnapshot, readSnapshot, SnapshotError } from '../../src/snapshot/index.js';
import { snapshot } from './fixtures.js';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-snapshot-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function problem(text: string | Uint8Array): string {
  try {
    parseSnapshot(text, 'snap.json');
  } catch (err) {
    if (err instanceof SnapshotError) return err.problem;
    throw err;
  }
  throw new Error('parsed without complaint');
}

const good = JSON.stringify(snapshot(), null, 2);

describe('parseSnapshot', () => {
  it('reads what all --json prints, also as UTF-16 with BOM (PowerShell >) and with a UTF-8 BOM', () => {
    expect(parseSnapshot(good, 'snap.json')).toEqual(snapshot());
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good, 'utf16le')]);
    expect(parseSnapshot(utf16, 'snap.json')).toEqual(snapshot());
    expect(parseSnapshot(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(good)]), 'snap.json')).toEqual(snapshot());
  });

  it('refuses text that is not JSON, saying where', () => {
    expect(problem('Scholz sagte')).toBe(
      "snapshot is not JSON (Unexpected token 'S'); a snapshot is what 'crisis-extract all <paths> --json' prints",
    );
    expect(problem('{\n  "schema": "crisis-extract/1"\n  "documents": []\n}')).toMatch(/^snapshot is not JSON \(.* at line 3, column 3\);/);
    expect(problem(good.slice(0, 200))).toMatch(/^snapshot is not JSON \(Unexpected end of JSON input\)/);
  });

  it('refuses an empty file and a binary one', () => {
    expect(problem('')).toMatch(/^snapshot is empty;/);
    expect(problem(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0]))).toMatch(/^snapshot is not JSON \(binary file\)/);
  });

  it('refuses another schema tag, or none', () => {
    expect(problem(JSON.stringify({ ...snapshot(), schema: 'crisis-extract/2' })))
      .toBe('not a crisis-extract snapshot (schema "crisis-extract/2", expected "crisis-extract/1")');
    expect(problem('{"documents": [], "errors": []}'))
      .toBe('not a crisis-extract snapshot (no "schema" field, expected "crisis-extract/1")');
  });

  it('refuses the array a list command prints', () => {
    expect(problem('[{"name": "NATO", "count": 3}]')).toMatch(/^snapshot is an array \(output of a list command\?\), not an object;/);
  });

  it('names the first malformed field', () => {
    const broken = snapshot();
    (broken.documents[1]!.actors[0] as unknown as Record<string, unknown>).name = 42;
    expect(problem(JSON.stringify(broken))).toMatch(/^malformed snapshot \(documents\[1\]\.actors\[0\]\.name is not a string\);/);
    const noErrors = { ...snapshot(), errors: undefined };
    expect(problem(JSON.stringify(noErrors))).toMatch(/^malformed snapshot \(errors is not an array\)/);
    const badOffset = snapshot();
    (badOffset.documents[1]!.troops[0] as unknown as Record<string, unknown>).start = -1;
    expect(problem(JSON.stringify(badOffset))).toMatch(/troops\[0\]\.start is not an offset/);
  });

  it('puts the file at the end of the message, as input errors do', () => {
    expect(() => parseSnapshot('x', 'ci/snap.json')).toThrow(/: ci\/snap\.json$/);
  });
});

describe('readSnapshot', () => {
  it('says how to make a snapshot when there is none', async () => {
    const file = path.join(tmp, 'fehlt.json');
    await expect(readSnapshot(file)).rejects.toMatchObject({
      file, problem: `snapshot not found (make one with 'crisis-extract all <paths> --json > ${file}')`,
    });
  });

  it('refuses a directory', async () => {
    await expect(readSnapshot(tmp)).rejects.toMatchObject({ problem: 'snapshot is a directory' });
  });

  it('reads a file', async () => {
    const file = path.join(tmp, 'gut.json');
    fs.writeFileSync(file, good);
    expect(await readSnapshot(file)).toEqual(snapshot());
  });
});
