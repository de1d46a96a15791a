// The benchmark corpus: 10kGNAD's test split and the SpkAtt Wikinews articles, one file
// per article, in a cache folder outside the repository (the texts are licensed for
// research only and must never be committed). Copies ("reps") give the larger sizes;
// each copy is real files, because the walker would skip symlinked trees it has seen.
import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/** Bump when the layout changes, so an old cache is rebuilt rather than trusted. */
const LAYOUT = 3;

export function sourcesOf(sharedDir) {
  return {
    gnad: path.join(sharedDir, 'corpora', '10kgnad', 'test.csv'),
    spkatt: ['train', 'dev'].map((split) => path.join(sharedDir, 'corpora', 'spkatt-news', split)),
  };
}

/** Which sources are missing: an empty list means the benchmark can run. */
export function missingSources(sharedDir) {
  const { gnad, spkatt } = sourcesOf(sharedDir);
  return [gnad, ...spkatt].filter((p) => !fs.existsSync(p));
}

export function defaultCacheDir() {
  return process.env.CRISIS_BENCH_DIR ?? path.join(os.tmpdir(), 'crisis-extract-bench');
}

/**
 * 10kGNAD's CSV: `label;'text'` per CRLF-ended record, `'` as quote character with `''`
 * inside a field for a literal apostrophe. A small state machine, because a quoted
 * field may hold `;` and line breaks.
 */
export function parseGnadCsv(csv) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i];
    if (quoted) {
      if (c !== "'") field += c;
      else if (csv[i + 1] === "'") { field += "'"; i++; }
      else quoted = false;
    } else if (c === "'") quoted = true;
    else if (c === ';') { row.push(field); field = ''; }
    else if (c === '\r' && csv[i + 1] === '\n') { /* the \n ends the record */ }
    else if (c === '\n') { row.push(field); rows.push(row); row = []; field = ''; }
    else field += c;
  }
  if (field !== '' || row.length > 0) { row.push(field); rows.push(row); }
  return rows;
}

/** The articles of one copy, as [relative path, text] in a fixed order. */
export function readArticles(sharedDir) {
  const { gnad, spkatt } = sourcesOf(sharedDir);
  const articles = [];
  const rows = parseGnadCsv(fs.readFileSync(gnad, 'utf8'));
  rows.forEach((cols, i) => {
    if (cols.length !== 2) throw new Error(`10kGNAD row ${i + 1}: ${cols.length} columns, expected 2`);
    articles.push([`10kgnad/${String(i).padStart(4, '0')}.txt`, cols[1]]);
  });
  for (const dir of spkatt) {
    const split = path.basename(dir);
    for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
      articles.push([`spkatt/${split}/${name}`, fs.readFileSync(path.join(dir, name), 'utf8')]);
    }
  }
  return articles;
}

/**
 * What the copies are made of: a hash of the articles themselves (names and texts), so a
 * cache survives ../shared being provisioned again with the same texts (new mtimes) and
 * is rebuilt when a text changes.
 */
function stamp(articles) {
  const hash = crypto.createHash('sha256');
  for (const [rel, text] of articles) hash.update(rel).update('\0').update(text).update('\0');
  return `${LAYOUT}|${hash.digest('hex')}`;
}

/**
 * Copy `copy` of the growing-vocabulary corpus: every word of five or more letters ends in
 * letters that name the copy ("Regierung" → "Regierungbc"), so each copy brings as many
 * new word types as the first. A real archive's vocabulary keeps growing too (every new
 * name is a new type), which a corpus of identical copies never shows: its per-word
 * caches stop growing after the first copy. The texts read oddly, so this corpus
 * measures memory, not what is extracted.
 */
export function withCopyVocabulary(articles, copy) {
  let tag = '';
  for (let n = copy + 27; n > 0; n = Math.floor(n / 26)) tag += String.fromCharCode(97 + (n % 26));
  return articles.map(([rel, text]) => [rel, text.replace(LONG_WORD, `$&${tag}`)]);
}
const LONG_WORD = /\p{L}{5,}/gu;

async function writeCopy(dir, articles) {
  const tmp = `${dir}.partial`;
  await fsp.rm(tmp, { recursive: true, force: true });
  const folders = new Set(articles.map(([rel]) => path.dirname(rel)));
  for (const f of folders) await fsp.mkdir(path.join(tmp, f), { recursive: true });
  for (const [rel, text] of articles) await fsp.writeFile(path.join(tmp, rel), text);
  await fsp.rm(dir, { recursive: true, force: true });
  await fsp.rename(tmp, dir);
}

/**
 * Makes sure `reps` copies exist under cacheDir (rep000, rep001, …; for the growing-
 * vocabulary corpus under cacheDir/vocabulary) and returns their folders plus the size
 * of one unchanged copy. Copies already there from an earlier run with the same sources
 * are kept.
 */
export async function ensureCorpus(sharedDir, cacheDir, reps, { growingVocabulary = false } = {}) {
  if (growingVocabulary) cacheDir = path.join(cacheDir, 'vocabulary');
  await fsp.mkdir(cacheDir, { recursive: true });
  const manifestPath = path.join(cacheDir, 'manifest.json');
  const articles = readArticles(sharedDir);
  const want = `${stamp(articles)}${growingVocabulary ? '|vocabulary' : ''}`;
  let manifest = null;
  try {
    manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
  } catch { /* no cache yet */ }
  if (!manifest || manifest.stamp !== want) {
    for (const entry of await fsp.readdir(cacheDir)) {
      if (entry.startsWith('rep')) await fsp.rm(path.join(cacheDir, entry), { recursive: true, force: true });
    }
    manifest = { stamp: want, copies: 0, articles: 0, bytes: 0, chars: 0 };
  }
  const dirs = [];
  for (let r = 0; r < reps; r++) {
    const dir = path.join(cacheDir, `rep${String(r).padStart(3, '0')}`);
    dirs.push(dir);
    if (r < manifest.copies && fs.existsSync(dir)) continue;
    await writeCopy(dir, growingVocabulary ? withCopyVocabulary(articles, r) : articles);
    manifest.copies = r + 1;
    manifest.articles = articles.length;
    manifest.bytes = articles.reduce((n, [, t]) => n + Buffer.byteLength(t), 0);
    manifest.chars = articles.reduce((n, [, t]) => n + t.length, 0);
    fs.writeFileSync(manifestPath, JSON.stringify(manifest));
  }
  return { dirs, articles: manifest.articles, bytes: manifest.bytes, chars: manifest.chars };
}

/** Bytes of all .txt files under the given folders (the growing-vocabulary copies differ in size). */
export function bytesOf(dirs) {
  return listFiles(dirs).reduce((n, file) => n + fs.statSync(file).size, 0);
}

/** Every .txt file under the given folders, in walk order: for the in-process baselines. */
export function listFiles(dirs) {
  const out = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) out.push(p);
    }
  };
  for (const d of dirs) walk(d);
  return out;
}
