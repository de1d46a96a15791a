// The seeds' troop counts against the shared gold annotations (scored like
// shared/gold/score.mjs: a match is the same value, or the same min and max
// where gold's value is null).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/document/index.js';
import { extractPlaces } from '../../src/extract/places.js';
import { extractTroops } from '../../src/extract/troops.js';
import type { Troop } from '../../src/types.js';

const seeds = new URL('../../seeds/', import.meta.url);
const gold = new URL('../../../shared/gold/', import.meta.url);

type GoldTroop = Pick<Troop, 'value' | 'min' | 'max' | 'actor' | 'location' | 'text'>;

const sameCount = (s: Troop, g: GoldTroop) => (g.value != null ? s.value === g.value : s.min === g.min && s.max === g.max);

// The gold lives beside the repository (../shared), not in it: without it there is nothing to score.
describe.skipIf(!existsSync(new URL('SCHEMA.md', gold)))('troops in the seeds', () => {
  // Vitest collects a skipped suite too: read the gold only when the tests run.
  let tp = 0, fp = 0, fn = 0, actorOk = 0;
  const misses: string[] = [];

  beforeAll(() => {
    const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();
    for (const file of files) {
      const text = readFileSync(new URL(file, seeds), 'utf8');
      const doc = buildDoc(file, text);
      const got = extractTroops(doc, extractPlaces(doc));
      const want = (JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.json'), gold), 'utf8')).troops ?? []) as GoldTroop[];
      const used = new Set<number>();
      for (const s of got) {
        const gi = want.findIndex((g, i) => !used.has(i) && sameCount(s, g));
        if (gi < 0) { fp++; misses.push(`${file} spurious ${s.text}`); continue; }
        used.add(gi);
        tp++;
        if (s.actor === want[gi]!.actor) actorOk++;
        else misses.push(`${file} actor ${s.actor} for ${want[gi]!.actor}: ${s.text}`);
        if (s.location !== want[gi]!.location) misses.push(`${file} (location ${s.location} for ${want[gi]!.location}: ${s.text})`);
      }
      want.forEach((g, i) => { if (!used.has(i)) { fn++; misses.push(`${file} missed ${g.text}`); } });
    }
  });

  it('finds the gold troop counts (F1 ≥ 0.95)', () => {
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    expect(f1, misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  it('names the right actor (accuracy ≥ 0.9)', () => {
    expect(actorOk / tp, misses.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
