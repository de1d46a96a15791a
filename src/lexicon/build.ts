import { createRequire } from 'node:module';
import type { OrgSubtype, PlaceType } from '../types.js';
import { readData } from './data-file.js';
import type { Collision, LexiconTables, OrgEntry, PlaceEntry } from './model.js';
import { inflectedForms, spellingVariants } from './surface.js';

// ---------- data file shapes ----------

interface CountryData {
  code: string;
  name?: string;
  type?: PlaceType;
  aliases?: string[];
  adjectives?: string[];
  prefixes?: string[];
}
interface PlaceData {
  name: string;
  aliases?: string[];
  country?: string | null;
  ambiguous?: boolean;
  type?: PlaceType;
  adjectives?: string[];
}
interface OrgData {
  name: string;
  subtype: OrgSubtype;
  aliases?: string[];
  prefixes?: string[];
  country?: string | null;
  caseSensitive?: boolean | string[];
  weakAliases?: string[];
  bodyOf?: string[];
  gluedPrefixes?: string[];
  /** The name itself is an ordinary word ("Bild", "Spiegel", "Stern"): only its aliases are strong. */
  weak?: boolean;
}
interface RolesData {
  heads: string[];
  titles: string[];
  orgBodies: Record<string, OrgSubtype>;
  countryRoles: Record<string, string>;
}
interface FirstNamesData {
  names: string[];
  ambiguous: string[];
  familyFirst: string[];
}
interface ParticlesData {
  particles: string[];
  hyphenated: string[];
}
interface FunctionWordsData {
  words: string[];
}

const PLACE_TYPES: readonly PlaceType[] = ['country', 'city', 'region', 'sea', 'other'];

// ---------- surface registry with deterministic collision resolution ----------

/** Surface → entry where the lowest rank wins; ties go to the entry registered first. */
class SurfaceTable<T extends { name: string }> {
  readonly map = new Map<string, T>();
  private readonly ranks = new Map<string, number>();
  readonly collisions: Collision[] = [];
  constructor(private readonly label: (e: T) => string) {}

  add(surface: string, entry: T, rank: number): void {
    const prev = this.map.get(surface);
    if (prev === undefined) {
      this.map.set(surface, entry);
      this.ranks.set(surface, rank);
      return;
    }
    const prevRank = this.ranks.get(surface)!;
    if (prev === entry) {
      if (rank < prevRank) this.ranks.set(surface, rank);
      return;
    }
    if (rank < prevRank) {
      this.map.set(surface, entry);
      this.ranks.set(surface, rank);
      this.collisions.push({ surface, kept: this.label(entry), dropped: this.label(prev) });
    } else {
      this.collisions.push({ surface, kept: this.label(prev), dropped: this.label(entry) });
    }
  }

  /** Drops derived forms (genitives, variants) that are words of another kind. */
  yieldDerived(isTaken: (surface: string) => string | null): void {
    for (const [surface, rank] of this.ranks) {
      if (Math.floor(rank / 10) % 2 === 0) continue; // written in the data, not derived
      const other = isTaken(surface);
      if (other === null) continue;
      this.collisions.push({ surface, kept: other, dropped: this.label(this.map.get(surface)!) });
      this.map.delete(surface);
      this.ranks.delete(surface);
    }
  }
}

// Rank tiers: what the data says outranks what we derive; names outrank aliases.
const TIER_NAME = 0;
const TIER_NAME_DERIVED = 1;
const TIER_ALIAS = 2;
const TIER_ALIAS_DERIVED = 3;
const TIER_AMBIGUOUS = 10;

function addNameForms<T extends { name: string }>(
  table: SurfaceTable<T>,
  entry: T,
  form: string,
  tier: number,
  typeRank: number,
): void {
  const rank = (t: number) => t * 10 + typeRank;
  const variants = spellingVariants(form);
  table.add(form, entry, rank(tier));
  for (const v of variants) {
    if (v !== form) table.add(v, entry, rank(tier + 1));
    for (const inf of inflectedForms(v)) table.add(inf, entry, rank(tier + 1));
  }
}

function uniq(xs: Iterable<string>): string[] {
  return [...new Set(xs)];
}

// ---------- builders ----------

function loadCountryNames(): { all: Record<string, string[]>; alias: Record<string, string> } {
  const require = createRequire(import.meta.url);
  // index.js, not the package main: that one registers all ~80 locales (≈15 ms) where we need
  // one. Required here, not imported, so a run served from the snapshot never loads it.
  const countries = require('i18n-iso-countries/index.js') as typeof import('i18n-iso-countries');
  countries.registerLocale(require('i18n-iso-countries/langs/de.json'));
  return {
    all: countries.getNames('de', { select: 'all' }) as unknown as Record<string, string[]>,
    alias: countries.getNames('de', { select: 'alias' }) as Record<string, string>,
  };
}

function buildCountries(): { entries: PlaceEntry[]; data: Map<string, CountryData> } {
  const { all, alias } = loadCountryNames();
  const data = new Map<string, CountryData>();
  for (const c of readData<CountryData[]>('countries.json')) {
    if (data.has(c.code)) throw new Error(`countries.json: duplicate code ${c.code}`);
    data.set(c.code, c);
  }
  const codes = uniq([...Object.keys(all), ...data.keys()]).sort();
  const entries = codes.map((code): PlaceEntry => {
    const o = data.get(code);
    const name = o?.name ?? alias[code] ?? all[code]?.[0];
    if (!name) throw new Error(`countries.json: no name for ${code}`);
    // i18n's "Syrien, Arabische Republik" style names never occur in running text.
    const libNames = (all[code] ?? []).filter((n) => !n.includes(','));
    const aliases = uniq([...libNames, ...(o?.aliases ?? [])]).filter((a) => a !== name);
    const type = o?.type ?? 'country';
    return { name, type, code: type === 'country' ? code : null, country: type === 'country' ? name : null, aliases };
  });
  return { entries, data };
}

function buildOtherPlaces(
  file: 'cities.json' | 'regions.json' | 'seas.json',
  defaultType: PlaceType,
  countryOf: (ref: string) => string,
): { entries: PlaceEntry[]; adjectives: [string, PlaceEntry][] } {
  const adjectives: [string, PlaceEntry][] = [];
  const entries = readData<PlaceData[]>(file).map((p): PlaceEntry => {
    const type = p.type ?? defaultType;
    if (!PLACE_TYPES.includes(type)) throw new Error(`${file}: bad type ${type} for ${p.name}`);
    const e: PlaceEntry = {
      name: p.name,
      type,
      code: null,
      country: p.country ? countryOf(p.country) : null,
      aliases: uniq(p.aliases ?? []).filter((a) => a !== p.name),
    };
    if (p.ambiguous) e.ambiguous = true;
    for (const a of p.adjectives ?? []) adjectives.push([a, e]);
    return e;
  });
  return { entries, adjectives };
}

function buildOrgs(countryOf: (ref: string) => string): OrgEntry[] {
  return readData<OrgData[]>('organizations.json').map((o): OrgEntry => {
    const weak = uniq([...(o.weak ? [o.name] : []), ...(o.weakAliases ?? [])]);
    const aliases = uniq(o.aliases ?? []).filter((a) => a !== o.name && !weak.includes(a));
    const caseSensitive =
      o.caseSensitive === true ? [o.name, ...aliases] : Array.isArray(o.caseSensitive) ? o.caseSensitive : [];
    return {
      name: o.name,
      subtype: o.subtype,
      country: o.country ? countryOf(o.country) : null,
      aliases,
      // Without explicit prefixes, every strong one-word form is one ("SPD-Politiker").
      prefixes: uniq(o.prefixes ?? [o.name, ...aliases].filter((s) => !s.includes(' ') && !weak.includes(s))),
      caseSensitive,
      weakAliases: weak,
      bodyOf: o.bodyOf ?? [],
      gluedPrefixes: o.gluedPrefixes ?? [],
    };
  });
}

function withSwiss(words: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    if (w.includes('ß')) out.add(w.replace(/ß/g, 'ss'));
  }
  return [...out];
}

/** Computes every table from the data files and i18n-iso-countries (≈40–60 ms cold). */
export function buildTables(): LexiconTables {
  const { entries: countryEntries, data: countryData } = buildCountries();
  const countryByCode = new Map(countryEntries.filter((e) => e.code).map((e) => [e.code!, e]));
  const countryNames = new Set(countryEntries.filter((e) => e.type === 'country').map((e) => e.name));
  const countryOf = (ref: string): string => {
    const byCode = countryByCode.get(ref);
    if (byCode) return byCode.name;
    if (countryNames.has(ref)) return ref;
    throw new Error(`lexicon: unknown country reference "${ref}"`);
  };

  const cities = buildOtherPlaces('cities.json', 'city', countryOf);
  const regions = buildOtherPlaces('regions.json', 'region', countryOf);
  const seas = buildOtherPlaces('seas.json', 'sea', countryOf);
  const places = [...countryEntries, ...cities.entries, ...regions.entries, ...seas.entries];

  const placeTable = new SurfaceTable<PlaceEntry>((e) => `${e.name} (${e.type})`);
  for (const p of places) {
    const typeRank = PLACE_TYPES.indexOf(p.type);
    const amb = p.ambiguous ? TIER_AMBIGUOUS : 0;
    addNameForms(placeTable, p, p.name, TIER_NAME + amb, typeRank);
    for (const a of p.aliases) addNameForms(placeTable, p, a, TIER_ALIAS + amb, typeRank);
  }
  const placeBySurface = placeTable.map;
  const collisions = [...placeTable.collisions];
  const placeCollisionCount = placeTable.collisions.length;

  const countryByAdjective = new Map<string, string>();
  const countryByPrefix = new Map<string, string>();
  const claimAdj = (map: Map<string, string>, adj: string, name: string) => {
    for (const v of spellingVariants(adj.toLowerCase())) {
      const prev = map.get(v);
      if (prev && prev !== name) collisions.push({ surface: v, kept: prev, dropped: name });
      else map.set(v, name);
    }
  };
  for (const e of countryEntries) {
    if (e.type !== 'country') continue;
    const d = countryData.get(e.code!);
    for (const a of d?.adjectives ?? []) claimAdj(countryByAdjective, a, e.name);
    // Prefix keys keep their case ("US", "Russland"): the first country to claim one keeps it.
    const prefixes = [e.name, ...e.aliases.filter((a) => !a.includes(' ')), ...(d?.prefixes ?? [])];
    for (const p of withSwiss(prefixes)) {
      const prev = countryByPrefix.get(p);
      if (prev && prev !== e.name) collisions.push({ surface: p, kept: prev, dropped: e.name });
      else countryByPrefix.set(p, e.name);
    }
  }
  const regionByAdjective = new Map<string, string>();
  for (const [adj, e] of [...regions.adjectives, ...seas.adjectives]) claimAdj(regionByAdjective, adj, e.name);
  const cityByAdjective = new Map<string, PlaceEntry>();
  for (const [adj, e] of cities.adjectives) for (const v of spellingVariants(adj)) if (!cityByAdjective.has(v)) cityByAdjective.set(v, e);

  const organizations = buildOrgs(countryOf);
  const orgTable = new SurfaceTable<OrgEntry>((e) => `${e.name} (org)`);
  const weakTable = new SurfaceTable<OrgEntry>((e) => `${e.name} (org, weak)`);
  for (const o of organizations) {
    if (!o.weakAliases.includes(o.name)) addNameForms(orgTable, o, o.name, TIER_NAME, 0);
    for (const a of o.aliases) addNameForms(orgTable, o, a, TIER_ALIAS, 0);
    for (const a of o.weakAliases) addNameForms(weakTable, o, a, TIER_ALIAS, 0);
  }
  const orgBySurface = orgTable.map;
  const orgByWeakSurface = weakTable.map;
  for (const k of orgBySurface.keys()) orgByWeakSurface.delete(k);
  collisions.push(...orgTable.collisions, ...weakTable.collisions);
  const orgCollisionCount = orgTable.collisions.length;
  const weakCollisionCount = weakTable.collisions.length;

  const orgByPrefix = new Map<string, OrgEntry>();
  for (const o of organizations) {
    for (const p of withSwiss(o.prefixes)) {
      const prev = orgByPrefix.get(p);
      if (prev && prev !== o) collisions.push({ surface: p, kept: `${prev.name} (org prefix)`, dropped: o.name });
      else orgByPrefix.set(p, o);
    }
  }

  const orgByGluedPrefix = new Map<string, OrgEntry>();
  for (const o of organizations) {
    for (const p of withSwiss(o.gluedPrefixes)) {
      const prev = orgByGluedPrefix.get(p);
      if (prev && prev !== o) collisions.push({ surface: p, kept: `${prev.name} (glued prefix)`, dropped: o.name });
      else orgByGluedPrefix.set(p, o);
    }
  }

  const bodies = new Map<string, OrgEntry>();
  for (const o of organizations) {
    if (o.country === null) continue;
    for (const b of withSwiss(o.bodyOf)) {
      const key = `${o.country}\u0000${b}`;
      const prev = bodies.get(key);
      if (prev && prev !== o) collisions.push({ surface: `${o.country}: ${b}`, kept: `${prev.name} (org body)`, dropped: o.name });
      else bodies.set(key, o);
    }
  }

  const roles = readData<RolesData>('roles.json');
  const roleHeads = withSwiss(roles.heads.map((h) => h.toLowerCase())).sort(
    (a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const roleTitles = new Set(withSwiss(roles.titles));
  const countryRoles = new Map<string, string>();
  for (const [role, c] of Object.entries(roles.countryRoles)) {
    for (const v of spellingVariants(role)) countryRoles.set(v, countryOf(c));
  }
  const orgBodies = new Map<string, OrgSubtype>();
  for (const [body, sub] of Object.entries(roles.orgBodies)) for (const v of spellingVariants(body)) orgBodies.set(v, sub);

  const fn = readData<FirstNamesData>('first-names.json');
  const firstNames = new Set(withSwiss(fn.names));
  const ambiguousFirstNames = new Set(withSwiss(fn.ambiguous));
  for (const n of ambiguousFirstNames) firstNames.delete(n);
  const familyFirstNames = new Set(fn.familyFirst);
  const particles = readData<ParticlesData>('name-particles.json');
  const nameParticles = new Set(particles.particles);
  const nameHyphenParticles = new Set(particles.hyphenated);
  const functionWords = new Set(readData<FunctionWordsData>('function-words.json').words);

  // A derived form never shadows a written name of another kind: "Hamas" is not the
  // genitive of the Syrian city Hama, "Nils" not that of the Nile.
  const explicitOrg = new Set<string>();
  for (const o of organizations) for (const a of [o.name, ...o.aliases, ...o.weakAliases]) explicitOrg.add(a);
  const explicitPlace = new Set<string>();
  for (const p of places) for (const a of [p.name, ...p.aliases]) explicitPlace.add(a);
  placeTable.yieldDerived((s) =>
    explicitOrg.has(s) ? `${s} (org)` : firstNames.has(s) ? `${s} (first name)` : functionWords.has(s) ? `${s} (function word)` : null,
  );
  orgTable.yieldDerived((s) =>
    explicitPlace.has(s) ? `${s} (place)` : firstNames.has(s) ? `${s} (first name)` : functionWords.has(s) ? `${s} (function word)` : null,
  );
  weakTable.yieldDerived((s) => (explicitPlace.has(s) ? `${s} (place)` : null));
  collisions.push(
    ...placeTable.collisions.slice(placeCollisionCount),
    ...orgTable.collisions.slice(orgCollisionCount),
    ...weakTable.collisions.slice(weakCollisionCount),
  );

  return {
    places,
    organizations,
    placeBySurface,
    cityByAdjective,
    orgBySurface,
    orgByWeakSurface,
    orgByPrefix,
    orgByGluedPrefix,
    bodies,
    countryByAdjective,
    regionByAdjective,
    countryByPrefix,
    countryRoles,
    orgBodies,
    roleHeads,
    roleTitles,
    firstNames,
    ambiguousFirstNames,
    familyFirstNames,
    nameParticles,
    nameHyphenParticles,
    functionWords,
    collisions,
  };
}
