#!/usr/bin/env node
// Accuracy against the shared gold data, which lives outside the repository in
// ../shared (it is licensed for research and not redistributed). Runs the built CLI
// and the shared scorers:
//   npm run score                 the five samples (seeds/) against ../shared/gold
//   npm run score -- germeval     GermEval 2014 dev NER spans
//   npm run score -- spkatt       SpkAtt news dev quotations
//   npm run score -- all          all three
// Extra arguments after the suite name go to the scorer (e.g. --misses).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const shared = process.env.CRISIS_EXTRACT_SHARED ?? path.resolve(root, '../shared');
const cli = path.join(root, 'bin/crisis-extract.js');

const suites = {
  seeds: { input: path.join(root, 'seeds'), scorer: 'gold/score.mjs', gold: 'gold' },
  germeval: { input: 'corpora/germeval2014-dev', scorer: 'gold/score-germeval.mjs', gold: 'corpora/germeval2014-dev' },
  spkatt: { input: 'corpora/spkatt-news/dev', scorer: 'gold/score-spkatt.mjs', gold: 'corpora/spkatt-news/dev' },
};

const [name = 'seeds', ...extra] = process.argv.slice(2);
const chosen = name === 'all' ? Object.keys(suites) : [name];
if (!chosen.every((s) => s in suites)) {
  console.error(`score: unknown suite '${name}' (use seeds, germeval, spkatt or all)`);
  process.exit(2);
}
if (!existsSync(path.join(shared, 'gold'))) {
  console.error(`score: the shared gold data is not here (looked for ${path.join(shared, 'gold')}).`);
  console.error('score: it lives beside the repository as ../shared; set CRISIS_EXTRACT_SHARED to its path.');
  process.exit(2);
}
if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

let failed = false;
const dir = mkdtempSync(path.join(tmpdir(), 'crisis-score-'));
for (const suite of chosen) {
  const s = suites[suite];
  const input = path.isAbsolute(s.input) ? s.input : path.join(shared, s.input);
  const out = path.join(dir, `${suite}.json`);
  const run = spawnSync('node', [cli, 'all', input, '--json', '--quiet'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    console.error(`score: crisis-extract failed on ${input} (exit ${run.status}): ${run.stderr.trim().split('\n')[0]}`);
    failed = true;
    continue;
  }
  writeFileSync(out, run.stdout);
  console.log(`\n## ${suite}`);
  const score = spawnSync('node', [path.join(shared, s.scorer), '--gold', path.join(shared, s.gold), '--output', out, ...extra], { stdio: 'inherit' });
  if (score.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
