// End-to-end: runs the built CLI (bin/ -> dist/). Needs `npm run build` first (the
// pretest script does it).
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = path.join(ROOT, 'bin/crisis-extract.js');
const SEEDS = path.join(ROOT, 'seeds');
const SEED = 'seeds/000_422e1ce175426411.txt';

const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/output/schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
ajv.addSchema(schema);
const validateAll = ajv.getSchema('urn:crisis-extract:schema:1')!;
const validateActors = ajv.getSchema('urn:crisis-extract:schema:1#/$defs/actorsOutput')!;

let tmp: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist/cli.js'))) {
    throw new Error('dist/cli.js is missing: run `npm run build` before the CLI tests');
  }
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'crisis-cli-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function cli(args: string[], opts: { input?: string; env?: Record<string, string>; cwd?: string } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [BIN, ...args], {
    cwd: opts.cwd ?? ROOT, encoding: 'utf8', input: opts.input, timeout: 60_000,
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...opts.env },
  });
}

/** Every diagnostic is one `crisis-extract: ...` line; no stack trace ever. */
function expectCleanStderr(stderr: string): void {
  for (const line of stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^crisis-extract: /);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('usage errors exit 2 with one line on stderr', () => {
  it('unknown format', () => {
    const r = cli(['all', SEED, '--format', 'jsn']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("crisis-extract: unknown format 'jsn' (use table, json, ndjson or csv)\n");
    expect(r.stdout).toBe('');
  });

  it('unknown option', () => {
    const r = cli(['actors', SEED, '--colour']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^crisis-extract: unknown option '--colour'/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('no path given', () => {
    const r = cli(['places']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("crisis-extract: missing required argument 'paths'\n");
  });

  it('no command given', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
  });

  it('unknown command', () => {
    const r = cli(['persons', SEED]);
    expect(r.status).toBe(2);
    expectCleanStderr(r.stderr);
  });

  it('all --format csv explains why', () => {
    const r = cli(['all', SEED, '--format', 'csv']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^crisis-extract: format csv is not available for 'all'/);
  });

  it('--json contradicting --format', () => {
    expect(cli(['all', SEED, '--json', '--format', 'table']).status).toBe(2);
    expect(cli(['all', SEED, '--json', '--format', 'json']).status).toBe(0);
  });

  it.each([
    [['--jobs', '0']], [['--jobs', 'zwei']], [['--max-size', 'viel']], [['--max-size', '0']], [['--ext', ',']],
  ])('invalid option value %j', (extra) => {
    const r = cli(['actors', SEED, ...extra]);
    expect(r.status).toBe(2);
    expectCleanStderr(r.stderr);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});

describe('help and version', () => {
  it('--help shows examples and exits 0', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Examples:');
    expect(r.stdout).toContain('crisis-extract actors seeds/');
    for (const c of ['actors', 'places', 'all', 'troops', 'quotes', 'claims']) expect(r.stdout).toContain(c);
  });

  it('subcommand help lists the options and examples', () => {
    const r = cli(['all', '--help']);
    expect(r.status).toBe(0);
    for (const o of ['--json', '--format', '--ext', '--max-size', '--quiet', '--fail-empty', '--jobs', 'Examples:']) {
      expect(r.stdout).toContain(o);
    }
  });

  it('--version prints the package version', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(pkg.version);
  });
});

describe('all --json on the seeds', () => {
  it('exits 0, is valid against the schema, one document per seed in sorted order', () => {
    const r = cli(['all', 'seeds', '--json']);
    expect(r.status).toBe(0);
    expectCleanStderr(r.stderr);
    const out = JSON.parse(r.stdout);
    expect(validateAll(out)).toBe(true);
    const files = fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`);
    expect(out.documents.map((d: { file: string }) => d.file)).toEqual(files);
    expect(out.errors).toEqual([]);
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('a missing path exits 1, the good file is still in the output, JSON still valid', () => {
    const r = cli(['all', SEED, 'seeds/fehlt.txt', '--json']);
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(validateAll(out)).toBe(true);
    expect(out.documents.map((d: { file: string }) => d.file)).toEqual([SEED]);
    expect(out.errors).toEqual([{ file: 'seeds/fehlt.txt', message: expect.stringContaining('no such file') }]);
    expect(r.stderr).toBe('crisis-extract: seeds/fehlt.txt: no such file or directory\n');
  });

  it('is deterministic: two runs print the same bytes', () => {
    expect(cli(['all', 'seeds', '--json']).stdout).toBe(cli(['all', 'seeds', '--json']).stdout);
  });
});

describe('the other commands on the seeds', () => {
  it('actors --json is a sorted array valid against $defs/actorsOutput', () => {
    const r = cli(['actors', 'seeds', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { name: string; count: number }[];
    expect(validateActors(out)).toBe(true);
    for (let i = 1; i < out.length; i++) {
      const [a, b] = [out[i - 1]!, out[i]!];
      expect(a.count > b.count || (a.count === b.count && a.name <= b.name)).toBe(true);
    }
  });

  it.each(['actors', 'places', 'troops', 'quotes', 'claims'])('%s prints a table, csv and ndjson', (command) => {
    const table = cli([command, 'seeds']);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^┌/);
    expect(table.stdout).not.toContain('\u001b');
    const csv = cli([command, 'seeds', '--format', 'csv']);
    expect(csv.status).toBe(0);
    expect(csv.stdout).toMatch(/^(name|file),/);
    const ndjson = cli([command, 'seeds', '--format', 'ndjson']);
    expect(ndjson.status).toBe(0);
    for (const line of ndjson.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('all --format ndjson prints one document per line', () => {
    const r = cli(['all', 'seeds', '--format', 'ndjson']);
    expect(r.status).toBe(0);
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).length);
  });

  it('table lines fit in 100 columns when stdout is not a terminal', () => {
    const r = cli(['actors', 'seeds']);
    for (const line of r.stdout.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(100);
  });
});

describe('inputs', () => {
  it('reads standard input as "-"', () => {
    const text = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    const r = cli(['all', '-', '--json'], { input: text });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).documents[0].file).toBe('-');
  });

  it('--fail-empty exits 1 when no document was read; --quiet hides the warning', () => {
    const empty = fs.mkdtempSync(path.join(tmp, 'leer-'));
    const plain = cli(['actors', empty, '--json']);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toBe('[]\n');
    expect(plain.stderr).toMatch(/^crisis-extract: .*leer-[^:]*\/: no \.txt or \.md files in folder/);
    const quiet = cli(['actors', empty, '--json', '--quiet']);
    expect(quiet.stderr).toBe('');
    expect(cli(['actors', empty, '--json', '--fail-empty', '--quiet']).status).toBe(1);
  });

  it('--ext chooses the extensions read from folders', () => {
    const folder = fs.mkdtempSync(path.join(tmp, 'ext-'));
    fs.writeFileSync(path.join(folder, 'jemen.text'), 'Die Huthi-Miliz griff erneut Schiffe im Roten Meer an.');
    fs.writeFileSync(path.join(folder, 'mali.txt'), 'In Mali zogen die letzten Blauhelme der Minusma ab.');
    const files = (args: string[]) => JSON.parse(cli(['all', folder, '--json', ...args]).stdout).documents
      .map((d: { file: string }) => path.basename(d.file));
    expect(files([])).toEqual(['mali.txt']);
    expect(files(['--ext', 'text'])).toEqual(['jemen.text']);
    expect(files(['--ext', '*'])).toEqual(['jemen.text', 'mali.txt']);
  });

  it('--max-size turns a large file into an error and keeps going', () => {
    const r = cli(['all', SEED, 'seeds/001_4d305bb4b1ca3627.txt', '--json', '--max-size', '1KB']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).errors).toHaveLength(2);
    expect(r.stderr).toMatch(/file too large/);
  });

  it('shows control characters in file names escaped, in tables and diagnostics', () => {
    const folder = fs.mkdtempSync(path.join(tmp, 'esc-'));
    fs.writeFileSync(path.join(folder, 'gaza\u001b[31m.txt'), 'Die Hamas lehnte den Vorschlag ab.');
    const table = cli(['all', '.'], { cwd: folder });
    expect(table.stdout).toContain('./gaza\\x1b[31m.txt');
    expect(table.stdout).not.toContain('\u001b');
    const missing = cli(['all', path.join(folder, 'kiew\u001b]0;x\u0007.txt')]);
    expect(missing.stderr).toContain('kiew\\x1b]0;x\\x07.txt');
    expect(missing.stderr).not.toContain('\u001b');
  });
});

describe('pipes', () => {
  it('ends quietly with exit 0 when the reader closes early (| head -c 10)', () => {
    // Enough documents that the output outgrows the pipe buffer.
    const folder = fs.mkdtempSync(path.join(tmp, 'pipe-'));
    const text = fs.readFileSync(path.join(ROOT, SEED), 'utf8');
    for (let i = 0; i < 40; i++) fs.writeFileSync(path.join(folder, `doc-${String(i).padStart(2, '0')}.txt`), text);
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" all "${folder}" --json | head -c 10; echo " status=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8', timeout: 60_000,
    });
    expect(r.stdout).toBe('{\n  "schem status=0\n');
    expect(r.stderr).toBe('');
  });
});
