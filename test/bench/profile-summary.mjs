// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by
// file, and inclusive time by function, so the hot spots can be named precisely.
//   node test/bench/profile-summary.mjs PROFILE.cpuprofile [--top 30]
import fs from 'node:fs';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: node test/bench/profile-summary.mjs PROFILE.cpuprofile [--top N]\n');
  process.exit(2);
}
const topArg = process.argv.indexOf('--top');
const TOP = topArg > 0 ? Number(process.argv[topArg + 1]) : 30;

const prof = JSON.parse(fs.readFileSync(file, 'utf8'));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const self = new Map();
prof.samples.forEach((id, i) => {
  const dt = prof.timeDeltas[i] ?? 0;
  self.set(id, (self.get(id) ?? 0) + dt);
});
const total = [...self.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url) => url.replace(/^file:\/\/.*?\/(dist|src|node_modules)\//, '$1/');
const keyOf = (n) => {
  const cf = n.callFrame;
  return `${cf.functionName || '(anonymous)'} ${shortUrl(cf.url)}:${cf.lineNumber + 1}`;
};

const selfByFn = new Map();
const selfByFile = new Map();
const inclByFn = new Map();
for (const [id, t] of self) {
  const n = byId.get(id);
  const k = keyOf(n);
  selfByFn.set(k, (selfByFn.get(k) ?? 0) + t);
  const f = shortUrl(n.callFrame.url) || n.callFrame.functionName;
  selfByFile.set(f, (selfByFile.get(f) ?? 0) + t);
  // Inclusive: credit each distinct function on the stack once.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const kk = keyOf(byId.get(cur));
    if (seen.has(kk)) continue;
    seen.add(kk);
    inclByFn.set(kk, (inclByFn.get(kk) ?? 0) + t);
  }
}

const pct = (t) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${pct(t)} ${(t / 1000).toFixed(0).padStart(7)} ms  ${k}`);
  }
};
console.log(`total sampled: ${(total / 1e6).toFixed(2)} s`);
print('self time by file', selfByFile);
print('self time by function', selfByFn);
print('inclusive time by function', inclByFn);
