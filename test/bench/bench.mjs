#!/usr/bin/env node
// `npm run bench`: end-to-end throughput of `crisis-extract all --format ndjson` (the real
// CLI, a child process: read, decode, extract, serialise) on real news, at 1×, 4× and 16×
// a corpus unit so that growth can be checked for linearity, with one and two jobs, peak
// RSS, and three reference points on the same files (the readFile + regex floor,
// de-compromise, and the budget: what reading, tokenising and serialising alone cost).
// A benchmark, not a test: it prints figures and ratios, and judges them against the
// targets of the speed issue. Needs ../shared (the corpora) and a build (`npm run build`).
//
//   node test/bench/bench.mjs [--quick] [--total-mb 200] [--gb] [--no-decompromise] [--strict]
//
//   --quick            one corpus copy as the unit (16× ≈ 66 MB) instead of 16× ≥ 200 MB
//   --total-mb N       the 16× run is at least N MB (default 200)
//   --gb               also run 1 GB with the default --jobs and check peak RSS < 300 MB, and
//                      16× of a growing-vocabulary corpus (each copy's long words end in
//                      letters of their own, as a real archive keeps bringing new words)
//   --no-decompromise  skip the de-compromise baseline
//   --strict           exit 1 when a target is missed
//
// Environment: CRISIS_EXTRACT_SHARED (default ../shared beside the repository),
// CRISIS_BENCH_DIR (corpus cache, default $TMPDIR/crisis-extract-bench; never the repo:
// the corpora are licensed for research only and must not be committed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { budgetBaseline, decompromiseBaseline, floorBaseline } from './baselines.mjs';
import { bytesOf, defaultCacheDir, ensureCorpus, listFiles, missingSources } from './corpus.mjs';
import { rssMethod, runNode } from './measure.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CLI = path.join(ROOT, 'bin', 'crisis-extract.js');
const MB = 1e6;

const TARGET = { mbps: 20, vsDecompromise: 50, linearity: 0.1, twoJobs: 1.7, rssFlat: 1.25, gbRssMb: 300 };

function parseArgs(argv) {
  const opts = { quick: false, totalMb: 200, gb: false, decompromise: true, strict: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') opts.quick = true;
    else if (a === '--gb') opts.gb = true;
    else if (a === '--no-decompromise') opts.decompromise = false;
    else if (a === '--strict') opts.strict = true;
    else if (a === '--total-mb') opts.totalMb = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      const lines = fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1);
      process.stdout.write(`${lines.slice(0, lines.findIndex((l) => !l.startsWith('//'))).join('\n')}\n`);
      process.exit(0);
    } else {
      process.stderr.write(`bench: unknown option ${a} (try --help)\n`);
      process.exit(2);
    }
  }
  if (!(opts.totalMb > 0)) {
    process.stderr.write('bench: --total-mb needs a positive number\n');
    process.exit(2);
  }
  return opts;
}

const fmt = (n, d = 1) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
const int = (n) => Math.round(n).toLocaleString('en-US');
const mark = (ok) => (ok ? 'PASS' : 'MISS');
const pad = (s, n) => String(s).padStart(n);
const padR = (s, n) => String(s).padEnd(n);

function preflight(sharedDir) {
  const missing = missingSources(sharedDir);
  if (missing.length > 0) {
    process.stderr.write(
      `bench: the corpora are not here, so there is nothing to measure.\n` +
      `  looked for ${sharedDir}/corpora/10kgnad/test.csv and spkatt-news/{train,dev}\n` +
      `  missing: ${missing.join(', ')}\n` +
      `  (set CRISIS_EXTRACT_SHARED to the shared folder if it lives elsewhere)\n`);
    process.exit(2);
  }
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli.js'))) {
    process.stderr.write('bench: dist/cli.js is missing: run `npm run build` first\n');
    process.exit(2);
  }
}

function machineLine() {
  const cpu = os.cpus()[0]?.model?.trim() ?? 'unknown CPU';
  return `${os.availableParallelism()} cores (${cpu}), ${fmt(os.totalmem() / 2 ** 30, 0)} GiB, Node ${process.version}`;
}

async function runCli(dirs, jobs, expectedArticles) {
  const args = [CLI, 'all', ...dirs, '--format', 'ndjson', '--quiet', '--jobs', String(jobs)];
  const r = await runNode(args, { cwd: ROOT, env: { ...process.env, CI: '1' } });
  if (r.code !== 0 || (expectedArticles !== null && r.outLines !== expectedArticles)) {
    throw new Error(`CLI run failed (exit ${r.code}, ${r.outLines} lines for ${expectedArticles} articles): ${r.stderr.split('\n').slice(0, 5).join(' | ')}`);
  }
  return r;
}

function row(label, copies, articles, bytes, jobs, r) {
  const mbps = bytes / MB / r.wallS;
  const cpu = r.userS === null ? 'n/a' : fmt(r.userS + r.sysS, 1);
  const rss = r.rssKb === null ? 'n/a' : fmt(r.rssKb / 1024, 0);
  return [
    padR(label, 5), pad(copies, 6), pad(int(articles), 9), pad(fmt(bytes / MB, 1), 8), pad(jobs, 4),
    pad(fmt(r.wallS, 2), 8), pad(fmt(mbps, 2), 7), pad(int(articles / r.wallS), 10), pad(cpu, 7), pad(rss, 8),
    pad(fmt(r.outBytes / MB, 1), 8),
  ].join('  ');
}

const HEADER = [
  padR('size', 5), pad('copies', 6), pad('articles', 9), pad('MB', 8), pad('jobs', 4), pad('wall s', 8),
  pad('MB/s', 7), pad('articles/s', 10), pad('CPU s', 7), pad('RSS MB', 8), pad('out MB', 8),
].join('  ');

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const sharedDir = path.resolve(process.env.CRISIS_EXTRACT_SHARED ?? path.join(ROOT, '..', 'shared'));
  preflight(sharedDir);
  const cacheDir = defaultCacheDir();
  if (path.resolve(cacheDir).startsWith(ROOT + path.sep)) {
    process.stderr.write(`bench: the corpus cache must be outside the repository (licensed text): ${cacheDir}\n`);
    process.exit(2);
  }

  const load0 = os.loadavg()[0];
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out('crisis-extract benchmark: `all --format ndjson --quiet` through the real CLI (bin/crisis-extract.js)');
  out(`machine: ${machineLine()}`);
  out(`load average at start: ${fmt(load0, 2)}${load0 > 0.5 ? '  (others are using this machine: absolute figures are noisy)' : ''}`);

  // One copy first, to learn its size; then as many copies as the largest run needs.
  const one = await ensureCorpus(sharedDir, cacheDir, 1);
  const unit = opts.quick ? 1 : Math.max(1, Math.ceil((opts.totalMb * MB) / (16 * one.bytes)));
  const sizes = [1, 4, 16];
  const maxCopies = Math.max(unit * 16, opts.gb ? Math.ceil(1e9 / one.bytes) : 0);
  out(`corpus: 10kGNAD test split + SpkAtt Wikinews train/dev, one file per article: ${int(one.articles)} articles, ${fmt(one.bytes / MB, 2)} MB per copy`);
  out(`        1× = ${unit} ${unit === 1 ? 'copy' : 'copies'} (${fmt((unit * one.bytes) / MB, 1)} MB); 16× = ${fmt((16 * unit * one.bytes) / MB, 1)} MB${opts.quick ? '  (--quick: below the 200 MB of a full run)' : ''}`);
  out(`        cache: ${cacheDir} (outside the repository)`);
  const t0 = performance.now();
  const corpus = await ensureCorpus(sharedDir, cacheDir, maxCopies);
  const built = (performance.now() - t0) / 1000;
  if (built > 1) out(`        (wrote ${maxCopies} copies in ${fmt(built, 1)} s)`);
  const method = rssMethod();
  out(`peak RSS: ${method === 'time' ? '/usr/bin/time (max RSS of the process and its worker threads)' : method === 'proc' ? 'VmHWM sampled from /proc every 20 ms' : 'not measurable here'}`);
  out();

  // The fixed cost of one run (start Node, load the CLI and lexicons), for reading the small sizes.
  const tiny = path.join(corpus.dirs[0], 'spkatt', 'dev');
  const tinyFile = path.join(tiny, fs.readdirSync(tiny).filter((n) => n.endsWith('.txt')).sort()[0]);
  const fixed = await runCli([tinyFile], 1, 1);

  out(HEADER);
  const runs = [];
  for (const k of sizes) {
    const copies = k * unit;
    const dirs = corpus.dirs.slice(0, copies);
    const articles = copies * corpus.articles;
    const bytes = copies * corpus.bytes;
    const r = await runCli(dirs, 1, articles);
    runs.push({ k, copies, articles, bytes, jobs: 1, r });
    out(row(`${k}×`, copies, articles, bytes, 1, r));
  }
  const big = runs[runs.length - 1];
  const two = await runCli(corpus.dirs.slice(0, big.copies), 2, big.articles);
  out(row(`${big.k}×`, big.copies, big.articles, big.bytes, 2, two));
  let gb = null;
  if (opts.gb) {
    const copies = Math.ceil(1e9 / corpus.bytes);
    const jobs = os.availableParallelism();
    gb = { copies, articles: copies * corpus.articles, bytes: copies * corpus.bytes, jobs };
    gb.r = await runCli(corpus.dirs.slice(0, copies), jobs, gb.articles);
    out(row('1GB', copies, gb.articles, gb.bytes, jobs, gb.r));
    const vocabulary = await ensureCorpus(sharedDir, cacheDir, big.copies, { growingVocabulary: true });
    gb.vocabulary = { copies: big.copies, articles: big.articles, bytes: bytesOf(vocabulary.dirs), jobs };
    gb.vocabulary.r = await runCli(vocabulary.dirs, jobs, big.articles);
    out(row(`${big.k}×v`, big.copies, big.articles, gb.vocabulary.bytes, jobs, gb.vocabulary.r));
    out(`  (${big.k}×v: the growing-vocabulary copies, for memory; their text reads oddly, so their speed is not the news corpus's)`);
  }
  out(`fixed cost of one run (one short article): ${fmt(fixed.wallS, 2)} s wall, ${fixed.rssKb === null ? 'n/a' : fmt(fixed.rssKb / 1024, 0)} MB RSS`);
  out();

  out('baselines on the same article files (one copy, in-process in this benchmark):');
  const files = listFiles([corpus.dirs[0]]);
  const floor = floorBaseline(files);
  const floorMbps = floor.bytes / MB / floor.seconds;
  out(`  floor: readFileSync + one regex scan (/[\\p{L}\\p{N}]+/gu) per file: ${fmt(floor.seconds, 3)} s for ${fmt(floor.bytes / MB, 2)} MB = ${fmt(floorMbps, 1)} MB/s (best of 3)`);
  const budget = await budgetBaseline(path.join(ROOT, 'dist'), files);
  const budgetS = budget.bytes / MB / TARGET.mbps;
  const unavoidable = budget.read + budget.document + budget.serialise;
  const ms = (s) => `${int(s * 1000)} ms`;
  out(`  budget: at ${TARGET.mbps} MB/s one copy (${fmt(budget.bytes / MB, 2)} MB) has ${ms(budgetS)}. In-process, warm, best of 3:`);
  out(`    read ${ms(budget.read)} + document (header, sentences, tokens) ${ms(budget.document)} + JSON of the results (${fmt(budget.outBytes / MB, 1)} MB) ${ms(budget.serialise)}`);
  out(`    = ${ms(unavoidable)}, ${fmt((100 * unavoidable) / budgetS, 0)}% of the budget before any rule runs; that alone is ${fmt(budget.bytes / MB / unavoidable, 1)} MB/s`);
  out(`    the whole pipeline with JSON: ${ms(budget.read + budget.pipeline)} = ${fmt(budget.bytes / MB / (budget.read + budget.pipeline), 1)} MB/s; rules and resolution ${ms(budget.pipeline - budget.document - budget.serialise)}, where the budget leaves ${ms(Math.max(0, budgetS - unavoidable))}`);
  let dc = null;
  if (opts.decompromise) {
    dc = await decompromiseBaseline(files, 20);
    const mbps = dc.bytes / MB / dc.seconds;
    dc.mbps = mbps;
    const label = dc.sampled
      ? `sample of ${int(dc.files)} of ${int(files.length)} articles (${fmt(dc.bytes / MB, 2)} MB) in ${fmt(dc.seconds, 1)} s; EXTRAPOLATED: one copy ≈ ${fmt(corpus.bytes / MB / mbps, 0)} s, 16× ≈ ${fmt(big.bytes / MB / mbps / 60, 0)} min`
      : `all ${int(dc.files)} articles in ${fmt(dc.seconds, 1)} s`;
    out(`  de-compromise nlp(text).json() per article: ${fmt(mbps, 3)} MB/s  (${label})`);
  }
  out();

  const mbps1 = big.bytes / MB / big.r.wallS;
  const base = runs[0];
  const lin4 = runs[1].r.wallS / (4 * base.r.wallS);
  const lin16 = big.r.wallS / (16 * base.r.wallS);
  const speedup = big.r.wallS / two.wallS;
  const rssList = runs.map((x) => x.r.rssKb).filter((x) => x !== null);
  const rssRatio = rssList.length === runs.length ? Math.max(...rssList) / Math.min(...rssList) : null;
  const checks = [];
  const check = (name, value, target, ok) => {
    checks.push(ok);
    out(`  ${padR(name, 48)} ${pad(value, 12)}   ${padR(target, 22)} ${ok === null ? 'n/a' : mark(ok)}`);
  };
  const info = (name, value, note = '') => out(`  ${padR(name, 48)} ${pad(value, 12)}   ${note}`);
  out('figures and ratios (1 job unless said):');
  check('end to end, 16×', `${fmt(mbps1, 2)} MB/s`, `≥ ${TARGET.mbps} MB/s`, mbps1 >= TARGET.mbps);
  info('articles per second, 16×', int(big.articles / big.r.wallS));
  if (dc) check('tool ÷ de-compromise (MB/s)', `${fmt(mbps1 / dc.mbps, 1)}×`, `≥ ${TARGET.vsDecompromise}×`, mbps1 / dc.mbps >= TARGET.vsDecompromise);
  info('floor ÷ tool (MB/s): how far above the floor', `${fmt(floorMbps / mbps1, 1)}×`);
  check('t(4×) ÷ (4 · t(1×))', fmt(lin4, 3), `1 ± ${TARGET.linearity}`, Math.abs(lin4 - 1) <= TARGET.linearity);
  check('t(16×) ÷ (16 · t(1×))', fmt(lin16, 3), `1 ± ${TARGET.linearity}`, Math.abs(lin16 - 1) <= TARGET.linearity);
  // The fixed cost (start-up, first-copy warm-up of caches and JIT) weighs on 1× alone; the
  // cost of each further unit shows whether growth itself is linear.
  const marginal = (big.r.wallS - runs[1].r.wallS) / 12 / ((runs[1].r.wallS - base.r.wallS) / 3);
  info('marginal cost per unit, 4×→16× ÷ 1×→4×', fmt(marginal, 3), '(1 = linear growth beyond the fixed cost)');
  check('2 jobs ÷ 1 job speed-up, 16×', `${fmt(speedup, 2)}×`, `≥ ${TARGET.twoJobs}×`, speedup >= TARGET.twoJobs);
  check('peak RSS, largest ÷ smallest over 1×/4×/16×', rssRatio === null ? 'n/a' : `${fmt(rssRatio, 2)}×`, `≤ ${TARGET.rssFlat}× (flat)`, rssRatio === null ? null : rssRatio <= TARGET.rssFlat);
  if (two.rssKb !== null) info('peak RSS with 2 jobs, 16×', `${fmt(two.rssKb / 1024, 0)} MB`);
  if (gb) {
    const rssBound = (name, r) => {
      const rssMb = r.rssKb === null ? null : r.rssKb / 1024;
      check(name, rssMb === null ? 'n/a' : `${fmt(rssMb, 0)} MB`, `< ${TARGET.gbRssMb} MB`, rssMb === null ? null : rssMb < TARGET.gbRssMb);
    };
    rssBound(`peak RSS, 1 GB with --jobs ${gb.jobs}`, gb.r);
    rssBound(`peak RSS, ${big.k}× growing vocabulary, --jobs ${gb.jobs}`, gb.vocabulary.r);
  }
  const load1 = os.loadavg()[0];
  out(`load average at the end: ${fmt(load1, 2)}`);
  const missed = checks.filter((c) => c === false).length;
  out(missed === 0 ? 'all targets met' : `${missed} target(s) missed`);
  if (opts.strict && missed > 0) process.exitCode = 1;
}

main().catch((err) => {
  process.stderr.write(`bench: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
