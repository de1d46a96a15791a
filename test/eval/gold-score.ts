// Scores extraction results against hand-made gold in the annotation format of
// fixtures/articles (one JSON per article, the conventions of the project's gold
// schema): names match by normalised name or alias, troops by value (or min/max),
// quotes and claims by word overlap. Micro-averaged over documents.
import type { DocumentResult } from '../../src/types.js';

export interface GoldDoc {
  doc: string;
  actors: { name: string; type: string; aliases?: string[] }[];
  places: { name: string; aliases?: string[] }[];
  troops: { value: number | null; min: number | null; max: number | null; actor: string | null }[];
  quotes: { text: string; speaker: string | string[] | null }[];
  claims: { text: string; speaker: string | string[] | null }[];
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export const FIELDS = ['persons', 'organizations', 'places', 'troops', 'quotes', 'claims'] as const;
export type Field = (typeof FIELDS)[number];

const norm = (s: unknown): string =>
  String(s ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[-‐–—]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
const names = (x: { name: string; aliases?: string[] }): string[] => [x.name, ...(x.aliases ?? [])].map(norm);
const words = (s: string): Set<string> => new Set(norm(s).replace(/[^\p{L}\p{N} ]+/gu, ' ').split(' ').filter(Boolean));

function jaccard(a: string, b: string): number {
  const A = words(a);
  const B = words(b);
  let inter = 0;
  for (const w of A) if (B.has(w)) inter++;
  const union = A.size + B.size - inter;
  return union ? inter / union : 0;
}

function match<S, G>(sys: S[], gold: G[], same: (s: S, g: G) => boolean, tally: Tally): [S, G][] {
  const used = new Set<number>();
  const pairs: [S, G][] = [];
  for (const s of sys) {
    const gi = gold.findIndex((g, i) => !used.has(i) && same(s, g));
    if (gi >= 0) {
      used.add(gi);
      pairs.push([s, gold[gi]!]);
      tally.tp++;
    } else tally.fp++;
  }
  tally.fn += gold.length - used.size;
  return pairs;
}

const speakerOk = (sys: string | null, gold: string | string[] | null): boolean =>
  (Array.isArray(gold) ? gold : [gold]).some((g) => (g === null ? sys === null : sys !== null && norm(g) === norm(sys)));

export interface Score {
  tallies: Record<Field, Tally>;
  troopActor: { ok: number; n: number };
  speakers: { quotes: { ok: number; n: number }; claims: { ok: number; n: number } };
}

export function score(pairs: { result: DocumentResult; gold: GoldDoc }[]): Score {
  const tallies = Object.fromEntries(FIELDS.map((f) => [f, { tp: 0, fp: 0, fn: 0 }])) as Record<Field, Tally>;
  const troopActor = { ok: 0, n: 0 };
  const speakers = { quotes: { ok: 0, n: 0 }, claims: { ok: 0, n: 0 } };
  const sameName = (s: { name: string; aliases?: string[] }, g: { name: string; aliases?: string[] }) =>
    names(s).some((n) => names(g).includes(n));
  for (const { result, gold } of pairs) {
    for (const type of ['person', 'organization'] as const) {
      const field = type === 'person' ? 'persons' : 'organizations';
      match(result.actors.filter((a) => a.type === type), gold.actors.filter((a) => a.type === type), sameName, tallies[field]);
    }
    match(result.places, gold.places, sameName, tallies.places);
    const troopPairs = match(result.troops, gold.troops, (s, g) => (g.value != null ? s.value === g.value : s.min === g.min && s.max === g.max), tallies.troops);
    for (const [s, g] of troopPairs) {
      troopActor.n++;
      if (norm(s.actor) === norm(g.actor)) troopActor.ok++;
    }
    for (const field of ['quotes', 'claims'] as const) {
      const threshold = field === 'quotes' ? 0.6 : 0.5;
      const found = match<{ text: string; speaker: string | null }, GoldDoc['quotes'][number]>(result[field], gold[field], (s, g) => jaccard(s.text, g.text) >= threshold, tallies[field]);
      for (const [s, g] of found) {
        speakers[field].n++;
        if (speakerOk(s.speaker, g.speaker)) speakers[field].ok++;
      }
    }
  }
  return { tallies, troopActor, speakers };
}

export function f1({ tp, fp, fn }: Tally): { p: number; r: number; f1: number } {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}
