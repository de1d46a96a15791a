import { readFileSync } from 'node:fs';

/** The data files the lexicon is built from (the snapshot key covers exactly these). */
export const DATA_FILES = [
  'countries.json',
  'cities.json',
  'regions.json',
  'seas.json',
  'organizations.json',
  'roles.json',
  'first-names.json',
  'name-particles.json',
  'function-words.json',
] as const;

// Resolved from the module's own location: src/lexicon/*.ts and dist/lexicon/*.js are both
// two levels below the package root, so the same relative URL works for vitest and the CLI.
export function dataUrl(name: string): URL {
  return new URL(`../../src/lexicon/data/${name}`, import.meta.url);
}

export function readData<T>(name: (typeof DATA_FILES)[number]): T {
  return JSON.parse(readFileSync(dataUrl(name), 'utf8')) as T;
}

export const COMMON_NOUNS_FILE = new URL('../../dist/lexicon/common-nouns.txt', import.meta.url);
