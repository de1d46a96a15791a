// The built tables as JSON next to the compiled code, so a CLI start (or a worker) parses
// them instead of recomputing every surface form. The snapshot is used only when its key —
// a hash over the data files, the compiled lexicon code and the i18n locale — still matches,
// so an edited data file or rule falls back to building in memory, never to stale data.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { DATA_FILES, dataUrl } from './data-file.js';
import type { LexiconTables, OrgEntry, PlaceEntry } from './model.js';

const SNAPSHOT_FILE = new URL('../../dist/lexicon/lexicon-snapshot.json', import.meta.url);
const CODE_FILES = ['build.js', 'surface.js', 'snapshot.js', 'data-file.js'];

/** Null when running from source (vitest): there the snapshot would describe other code. */
function snapshotKey(): string | null {
  if (!import.meta.url.endsWith('.js')) return null;
  const hash = createHash('sha1');
  try {
    for (const f of DATA_FILES) hash.update(f).update(readFileSync(dataUrl(f)));
    for (const f of CODE_FILES) hash.update(f).update(readFileSync(new URL(`./${f}`, import.meta.url)));
    const require = createRequire(import.meta.url);
    hash.update(readFileSync(require.resolve('i18n-iso-countries/langs/de.json')));
  } catch {
    return null;
  }
  return hash.digest('hex');
}

type PlaceMapKey = 'placeBySurface' | 'cityByAdjective';
type OrgMapKey = 'orgBySurface' | 'orgByWeakSurface' | 'orgByPrefix' | 'orgByGluedPrefix' | 'bodies';
type StringMapKey = 'countryByAdjective' | 'regionByAdjective' | 'countryByPrefix' | 'countryRoles' | 'orgBodies';
type SetKey =
  | 'roleTitles'
  | 'firstNames'
  | 'ambiguousFirstNames'
  | 'familyFirstNames'
  | 'nameParticles'
  | 'nameHyphenParticles'
  | 'functionWords';

const PLACE_MAPS: PlaceMapKey[] = ['placeBySurface', 'cityByAdjective'];
const ORG_MAPS: OrgMapKey[] = ['orgBySurface', 'orgByWeakSurface', 'orgByPrefix', 'orgByGluedPrefix', 'bodies'];
const STRING_MAPS: StringMapKey[] = ['countryByAdjective', 'regionByAdjective', 'countryByPrefix', 'countryRoles', 'orgBodies'];
const SETS: SetKey[] = [
  'roleTitles',
  'firstNames',
  'ambiguousFirstNames',
  'familyFirstNames',
  'nameParticles',
  'nameHyphenParticles',
  'functionWords',
];

interface Snapshot {
  key: string;
  places: PlaceEntry[];
  organizations: OrgEntry[];
  roleHeads: string[];
  collisions: LexiconTables['collisions'];
  /** Map keys and entry indices, flattened: [k0, i0, k1, i1, ...]. */
  indexed: Record<PlaceMapKey | OrgMapKey, (string | number)[]>;
  strings: Record<StringMapKey, string[]>;
  sets: Record<SetKey, string[]>;
}

function indexOf<T>(list: T[]): Map<T, number> {
  return new Map(list.map((e, i) => [e, i]));
}

function flatten<T>(map: Map<string, T>, index: Map<T, number>): (string | number)[] {
  const out: (string | number)[] = [];
  for (const [k, v] of map) out.push(k, index.get(v)!);
  return out;
}

function unflatten<T>(flat: (string | number)[], list: T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i] as string, list[flat[i + 1] as number]!);
  return map;
}

function pairs(map: Map<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of map) out.push(k, v);
  return out;
}

function unpair<V extends string>(flat: string[]): Map<string, V> {
  const map = new Map<string, V>();
  for (let i = 0; i < flat.length; i += 2) map.set(flat[i]!, flat[i + 1] as V);
  return map;
}

/** The tables as snapshot JSON under `key`. */
export function encodeSnapshot(t: LexiconTables, key: string): string {
  const placeIndex = indexOf(t.places);
  const orgIndex = indexOf(t.organizations);
  const snap: Snapshot = {
    key,
    places: t.places,
    organizations: t.organizations,
    roleHeads: t.roleHeads,
    collisions: t.collisions,
    indexed: {
      placeBySurface: flatten(t.placeBySurface, placeIndex),
      cityByAdjective: flatten(t.cityByAdjective, placeIndex),
      orgBySurface: flatten(t.orgBySurface, orgIndex),
      orgByWeakSurface: flatten(t.orgByWeakSurface, orgIndex),
      orgByPrefix: flatten(t.orgByPrefix, orgIndex),
      orgByGluedPrefix: flatten(t.orgByGluedPrefix, orgIndex),
      bodies: flatten(t.bodies, orgIndex),
    },
    strings: {
      countryByAdjective: pairs(t.countryByAdjective),
      regionByAdjective: pairs(t.regionByAdjective),
      countryByPrefix: pairs(t.countryByPrefix),
      countryRoles: pairs(t.countryRoles),
      orgBodies: pairs(t.orgBodies),
    },
    sets: Object.fromEntries(SETS.map((k) => [k, [...t[k]]])) as Record<SetKey, string[]>,
  };
  return JSON.stringify(snap);
}

/** The tables from snapshot JSON, or null when it was written under another key. */
export function decodeSnapshot(text: string, key: string): LexiconTables | null {
  let snap: Snapshot;
  try {
    snap = JSON.parse(text) as Snapshot;
  } catch {
    return null;
  }
  if (snap.key !== key) return null;
  const t = {
    places: snap.places,
    organizations: snap.organizations,
    roleHeads: snap.roleHeads,
    collisions: snap.collisions,
  } as LexiconTables;
  for (const k of PLACE_MAPS) t[k] = unflatten(snap.indexed[k], snap.places);
  for (const k of ORG_MAPS) t[k] = unflatten(snap.indexed[k], snap.organizations);
  for (const k of STRING_MAPS) (t as unknown as Record<string, Map<string, string>>)[k] = unpair(snap.strings[k]);
  for (const k of SETS) t[k] = new Set(snap.sets[k]);
  return t;
}

/** Writes the snapshot for the compiled code; returns false when not running compiled. */
export function writeSnapshot(t: LexiconTables): boolean {
  const key = snapshotKey();
  if (key === null) return false;
  writeFileSync(SNAPSHOT_FILE, encodeSnapshot(t, key));
  return true;
}

/** The tables from the snapshot file, or null when there is none or it no longer matches. */
export function readSnapshot(): LexiconTables | null {
  if (!existsSync(SNAPSHOT_FILE)) return null;
  const key = snapshotKey();
  return key === null ? null : decodeSnapshot(readFileSync(SNAPSHOT_FILE, 'utf8'), key);
}

export const SNAPSHOT_PATH = fileURLToPath(SNAPSHOT_FILE);
