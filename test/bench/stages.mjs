#!/usr/bin/env node
// Where the time goes, stage by stage, in-process: builds one copy of the benchmark
// corpus (see corpus.mjs), then times each pipeline stage over all its articles, three
// times (the first pass is cold: each distinct word's facts are computed once). A
// companion to bench.mjs, which measures the CLI end to end. Needs ../shared and a build.
//   node test/bench/stages.mjs [--reps N]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultCacheDir, ensureCorpus, listFiles, missingSources } from './corpus.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.CRISIS_EXTRACT_SHARED ?? path.join(ROOT, '..', 'shared');
const repsArg = process.argv.indexOf('--reps');
const REPS = repsArg > 0 ? Number(process.argv[repsArg + 1]) : 3;

if (missingSources(SHARED).length > 0) {
  process.stderr.write(`stages: the corpora are not here (${SHARED}/corpora): nothing to measure\n`);
  process.exit(2);
}
const dist = (p) => import(path.join(ROOT, 'dist', p));
const { buildDoc } = await dist('document/index.js');
const { extractKindNamed } = await dist('extract/kinds.js');
const { extractPlaces } = await dist('extract/places.js');
const { extractOrganizations } = await dist('extract/organizations.js');
const { extractPersons } = await dist('extract/persons.js');
const { resolveEntities } = await dist('resolve/entities.js');
const { extractTroops } = await dist('extract/troops.js');
const { extractQuotes } = await dist('extract/quotes/index.js');
const { extractClaims } = await dist('extract/claims.js');

const corpus = await ensureCorpus(SHARED, defaultCacheDir(), 1);
const files = listFiles(corpus.dirs.slice(0, 1));
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
const mb = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;

const STAGES = ['doc', 'kinds', 'places', 'orgs', 'persons', 'resolve', 'troops', 'quotes', 'claims'];
console.log(`${files.length} articles, ${mb.toFixed(1)} MB; ms per stage (wall; the machine may be shared)`);
console.log(['pass', ...STAGES, 'total'].map((s) => s.padStart(8)).join(''));
for (let rep = 0; rep < REPS; rep++) {
  const ms = Object.fromEntries(STAGES.map((s) => [s, 0]));
  const time = (stage, run) => {
    const start = performance.now();
    const result = run();
    ms[stage] += performance.now() - start;
    return result;
  };
  texts.forEach((text, i) => {
    const doc = time('doc', () => buildDoc(files[i], text));
    time('kinds', () => extractKindNamed(doc));
    const places = time('places', () => extractPlaces(doc));
    const orgs = time('orgs', () => extractOrganizations(doc));
    const persons = time('persons', () => extractPersons(doc));
    const entities = time('resolve', () => resolveEntities(doc, persons, orgs, places));
    time('troops', () => extractTroops(doc, places));
    time('quotes', () => extractQuotes(doc, entities));
    time('claims', () => extractClaims(doc, entities));
  });
  const total = STAGES.reduce((n, s) => n + ms[s], 0);
  const row = [rep === 0 ? 'cold' : `warm ${rep}`, ...STAGES.map((s) => Math.round(ms[s])), Math.round(total)];
  console.log(row.map((v) => String(v).padStart(8)).join('') + `   ${(mb / (total / 1000)).toFixed(2)} MB/s`);
}
