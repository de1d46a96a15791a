import { loadNounList, type SortedWords } from './common-nouns.js';
import { buildTables } from './build.js';
import type { CompoundSplit, Lexicon, LexiconTables, OrgEntry, PlaceEntry } from './model.js';
import { readSnapshot } from './snapshot.js';
import { foldKey } from './surface.js';

export type { Collision, CompoundSplit, Lexicon, LexiconTables, OrgEntry, PlaceEntry } from './model.js';

/** Adds the lookups that are code, not data, to the tables. */
function assemble(t: LexiconTables): Lexicon {
  const { placeBySurface, orgBySurface, orgByPrefix, orgByGluedPrefix, countryByPrefix, organizations, firstNames, bodies } = t;
  const countryByCode = new Map(t.places.filter((e) => e.code !== null).map((e) => [e.code!, e]));
  const orgForBody = (country: string, body: string) => bodies.get(`${country}\u0000${body}`);

  // Our own lexicons veto the noun dictionary ("Nato", "Kreml", "Rom" are nouns there);
  // ambiguous places and weak org aliases ("Essen", "Bild") stay nouns.
  let nouns: SortedWords | null = null;
  const isCommonNoun = (word: string): boolean => {
    nouns ??= loadNounList(vetoed());
    return nouns.has(word);
  };
  const vetoed = (): Set<string> => {
    const veto = new Set<string>(firstNames);
    for (const [s, p] of placeBySurface) if (!p.ambiguous) veto.add(s);
    for (const s of orgBySurface.keys()) veto.add(s);
    return veto;
  };

  // Loose lookups are rare (fallbacks): their tables are built on first use.
  let foldedPlaces: Map<string, PlaceEntry> | null = null;
  let foldedOrgs: Map<string, OrgEntry> | null = null;
  const foldTable = <T>(entries: Iterable<[string, T]>, skip: Set<string>): Map<string, T> => {
    const m = new Map<string, T>();
    for (const [s, e] of entries) {
      if (skip.has(s)) continue;
      const k = foldKey(s);
      if (!m.has(k)) m.set(k, e);
    }
    return m;
  };
  const findPlace = (s: string): PlaceEntry | undefined => {
    const exact = placeBySurface.get(s);
    if (exact) return exact;
    foldedPlaces ??= foldTable(placeBySurface, new Set());
    return foldedPlaces.get(foldKey(s));
  };
  const findOrg = (s: string): OrgEntry | undefined => {
    const exact = orgBySurface.get(s);
    if (exact) return exact;
    foldedOrgs ??= foldTable(orgBySurface, new Set(organizations.flatMap((o) => o.caseSensitive)));
    return foldedOrgs.get(foldKey(s));
  };

  // Not memoised here: its one caller, compoundPrefix (extract/roles.ts), remembers its answers per word.
  const splitCompound = (word: string): CompoundSplit | null => {
    const lookup = (prefix: string, rest: string): CompoundSplit | null => {
      const org = orgByPrefix.get(prefix) ?? null;
      const country = org ? null : (countryByPrefix.get(prefix) ?? null);
      return org || country ? { prefix, rest, org, country } : null;
    };
    // Longest hyphenated prefix first: "Saudi-Arabien-Reise" before "Saudi".
    for (let i = word.lastIndexOf('-'); i > 0; i = word.lastIndexOf('-', i - 1)) {
      const rest = word.slice(i + 1);
      if (rest.length === 0) continue;
      const hit = lookup(word.slice(0, i), rest);
      if (hit) return hit;
    }
    // Glued: "Kremlsprecher", "Russlandkenner". Only curated org prefixes glue (most names
    // glue onto ordinary words by accident: "Arte|fakt", "Rada|rstation"), and only the
    // longest matching prefix counts, so "Nigerianer" is not Niger + "ianer".
    if (!/^[A-ZÄÖÜ][a-zäöüß]+$/.test(word)) return null;
    for (let i = word.length - 1; i >= 3; i--) {
      const prefix = word.slice(0, i);
      const org = orgByGluedPrefix.get(prefix) ?? null;
      const country = org ? null : (countryByPrefix.get(prefix) ?? null);
      if (!org && !country) continue;
      const rest = word.slice(i);
      return rest.length >= 4 ? { prefix, rest, org, country } : null;
    }
    return null;
  };

  return {
    ...t,
    countryByCode,
    orgForBody,
    isCommonNoun,
    findPlace,
    findOrg,
    splitCompound,
  };
}

/** A fresh build from the data files, never the snapshot: for tests; everyone else calls lexicon(). */
export function buildLexicon(): Lexicon {
  return assemble(buildTables());
}

let cached: Lexicon | null = null;

/**
 * The lexicon, built once per process or worker: from the snapshot `npm run build` wrote when it
 * matches the current data and code (≈15–25 ms), else from the data files (≈40–60 ms).
 */
export function lexicon(): Lexicon {
  cached ??= assemble(readSnapshot() ?? buildTables());
  return cached;
}

/** Canonical German short name for an ISO alpha-2 code: 'US' → 'USA'. */
export function countryName(code: string): string | null {
  return lexicon().countryByCode.get(code.toUpperCase())?.name ?? null;
}
