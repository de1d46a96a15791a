// No input may make extraction blow up: 1 MB of hostile text (runs of capitalised words,
// thousands of unclosed quotation marks, long digit-and-dot runs, no sentence ends) must
// take at most about 10× as long as 1 MB of ordinary German news. Each case grows from
// 64 KB over 256 KB to 1 MB and stops at the first size over its budget, so a quadratic
// regression fails in seconds instead of running for minutes.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/pipeline.js';

const SEEDS = fileURLToPath(new URL('../../seeds/', import.meta.url));
const MB = 1 << 20;
const STEPS = [64 * 1024, 256 * 1024, MB];
const MAX_RATIO = 10;
/** Slack for the small steps, where a GC pause or a busy machine weighs more than the text. */
const SMALL_STEP_SLACK_MS = 500;

const seedText = fs.readdirSync(SEEDS).filter((n) => n.endsWith('.txt')).sort()
  .map((n) => fs.readFileSync(path.join(SEEDS, n), 'utf8')).join('\n\n');

/** A deterministic stream of numbers, so every run sees the same text. */
function random(seed: number): (n: number) => number {
  let state = seed;
  return (n) => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % n;
  };
}

function repeatTo(size: number, next: () => string): string {
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    const part = next();
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, size);
}

const SYLLABLES = ['ka', 'lo', 'mer', 'brix', 'tan', 'sel', 'en', 'ski', 'jew', 'ow', 'berg', 'mann', 'li', 'ni', 'yj'];

function inventedName(r: (n: number) => number): string {
  let word = '';
  for (let k = 2 + r(3); k > 0; k--) word += SYLLABLES[r(SYLLABLES.length)];
  return word[0]!.toUpperCase() + word.slice(1);
}

/** Words every rule for names, roles and organisations starts from, with no full stop anywhere. */
function capitalisedRuns(size: number): string {
  const r = random(1);
  const cues = ['Präsident', 'Außenminister', 'Generalsekretär', 'Joe', 'Angela', 'Wolodymyr', 'Merkel', 'Biden',
    'Vereinte', 'Nationen', 'Hamas', 'Armee', 'Bundeswehr', 'Herr', 'Frau', 'Europäischen', 'Internationale'];
  return repeatTo(size, () => `${r(3) === 0 ? cues[r(cues.length)] : inventedName(r)} `);
}

/** Opening marks of every kind that never close, between speech-like words. */
function unclosedQuotes(size: number): string {
  const r = random(2);
  const marks = ['„', '"', '“', '«', '»', '‚', '‹'];
  return repeatTo(size, () => `${marks[r(marks.length)]}${r(2) === 0 ? 'Die Armee rückt vor, sagte er ' : `${inventedName(r)} `}`);
}

/** Number-like tokens: very long "1.000.000…" runs, dotted groups, ordinals and dates. */
function digitDotRuns(size: number): string {
  const r = random(3);
  return repeatTo(size, () => {
    switch (r(4)) {
      case 0: return `${'1.000.'.repeat(1 + r(600))} `;
      case 1: return `${r(1000)}.${r(1000)}.${r(100)} `;
      case 2: return `${r(31) + 1}. ${r(12) + 1}. `;
      default: return `${'9'.repeat(1 + r(40))}.${'0'.repeat(1 + r(40))} `;
    }
  });
}

/** Real news (names, counts, quotations) with every sentence end and line break removed: one sentence. */
function noSentenceEnds(size: number): string {
  const flat = `${seedText.replace(/[.!?…:;]/g, '').replace(/\s+/g, ' ')} `;
  return repeatTo(size, () => flat);
}

/**
 * Troop counts that name no state, thousands of them in one sentence without a full stop:
 * "… mit 300 Soldaten und rund 4000 Kämpfern sowie 12.000 Reservisten in Polen und …".
 * Each count asks for its owner, its place and its clause, none of which are near.
 */
function denseTroopCounts(size: number): string {
  const r = random(4);
  const nouns = ['Soldaten', 'Kämpfern', 'Reservisten', 'Truppen', 'Marinesoldaten', 'Kräfte', 'Mann'];
  const links = ['mit', 'und', 'sowie', 'und weitere', 'darunter', 'mit zusammen'];
  const tails = ['', '', '', 'in Polen ', 'dort ', 'an der Grenze ', 'der Armee ', 'aus den USA '];
  const figures = (): string => (r(3) === 0 ? `rund ${r(100)}.${100 + r(900)}` : String(1 + r(9000)));
  return repeatTo(size, () => `${links[r(links.length)]} ${figures()} ${nouns[r(nouns.length)]} ${tails[r(tails.length)]}`);
}

function ordinary(size: number): string {
  return repeatTo(size, () => `${seedText}\n\n`);
}

function timeMs(text: string): number {
  const t0 = performance.now();
  extractDocument('adversarial.txt', text);
  return performance.now() - t0;
}

let ordinaryMs = 0;

beforeAll(() => {
  // Lexicons and gazetteers load on first use: not part of any measurement.
  extractDocument('warm-up.txt', ordinary(16 * 1024));
  const text = ordinary(MB);
  ordinaryMs = Math.min(timeMs(text), timeMs(text));
});

const CASES: Array<[string, (size: number) => string]> = [
  ['runs of capitalised words', capitalisedRuns],
  ['thousands of unclosed quotation marks', unclosedQuotes],
  ['long digit-and-dot runs', digitDotRuns],
  ['no sentence ends', noSentenceEnds],
  ['dense troop counts without an owner in one endless sentence', denseTroopCounts],
];

describe('adversarial input (1 MB each) against ordinary German news of the same size', () => {
  it('the ordinary baseline is measurable', () => {
    expect(ordinaryMs).toBeGreaterThan(0);
  });

  for (const [name, make] of CASES) {
    it(`${name}: at most ${MAX_RATIO}× the time of ordinary text`, () => {
      const budgetFull = MAX_RATIO * ordinaryMs;
      const times: string[] = [];
      for (const size of STEPS) {
        const text = make(size);
        expect(text.length).toBe(size);
        const ms = timeMs(text);
        times.push(`${size / 1024} KB: ${ms.toFixed(0)} ms`);
        const budget = size === MB ? budgetFull : budgetFull * (size / MB) + SMALL_STEP_SLACK_MS;
        // The message carries the whole growth curve: that is what tells linear from quadratic.
        expect(ms, `${name}: ${times.join(', ')}; ordinary 1 MB: ${ordinaryMs.toFixed(0)} ms`).toBeLessThanOrEqual(budget);
      }
    });
  }

});
