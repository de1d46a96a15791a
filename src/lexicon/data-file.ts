import { readFileSync } from 'node:fs';

// Resolved from the module's own location: src/lexicon/*.ts and dist/lexicon/*.js are both
// two levels below the package root, so the same relative URL works for vitest and the CLI.
export function readData<T>(name: string): T {
  const url = new URL(`../../src/lexicon/data/${name}`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as T;
}

export const COMMON_NOUNS_FILE = new URL('../../dist/lexicon/common-nouns.txt', import.meta.url);
