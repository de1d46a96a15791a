// The CI workflow through the built CLI: `all <paths> --json > snap.json` makes a
// snapshot, `all <paths> --check snap.json` exits 0 when nothing changed, 1 with a
// readable report when something did, 2 when the snapshot cannot be used.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuilt, cli, diagnostics, tempDir, TEXTS } from '../robustness/helpers.js';
import type { AllOutput } from '../robustness/helpers.js';

checkBuilt();

const CORPUS = { 'news/mali.txt': TEXTS.mali, 'news/kosovo.txt': TEXTS.kosovo, 'news/jemen.txt': TEXTS.jemen };
let made: string | null = null;

/** A corpus and its snapshot, made the way the README says (once: every project is the same). */
function project(): { dir: string; snap: () => AllOutput; save: (s: AllOutput) => void } {
  const dir = tempDir(CORPUS);
  if (made === null) {
    const r = cli(['all', 'news', '--json'], { cwd: dir });
    expect(r.status).toBe(0);
    made = r.stdout;
  }
  fs.writeFileSync(path.join(dir, 'snap.json'), made);
  return {
    dir,
    snap: () => JSON.parse(fs.readFileSync(path.join(dir, 'snap.json'), 'utf8')) as AllOutput,
    save: (s) => fs.writeFileSync(path.join(dir, 'snap.json'), JSON.stringify(s, null, 2)),
  };
}

const check = (dir: string, ...extra: string[]) => cli(['all', 'news', '--check', 'snap.json', ...extra], { cwd: dir });

describe('all --check', () => {
  it('exits 0 and says so when nothing changed, with one worker or two', () => {
    const { dir } = project();
    for (const jobs of ['1', '2']) {
      const r = check(dir, '--jobs', jobs);
      expect(r.status).toBe(0);
      expect(r.stdout).toBe('snap.json: no changes (3 documents)\n');
      expect(r.stderr).toBe('');
    }
  });

  it('accepts --json beside it (a copied command line) and a UTF-16 snapshot (PowerShell >)', () => {
    const { dir, snap } = project();
    expect(check(dir, '--json').status).toBe(0);
    const text = JSON.stringify(snap(), null, 2);
    fs.writeFileSync(path.join(dir, 'snap.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(check(dir).status).toBe(0);
  });

  it('exits 1 and reports per document and field what drifted from the snapshot', () => {
    const { dir, snap, save } = project();
    // Edit the snapshot as an older version of the tool might have written it.
    const s = snap();
    const mali = s.documents.find((d) => d.file === 'news/mali.txt')!;
    const kosovo = s.documents.find((d) => d.file === 'news/kosovo.txt')!;
    const troop = mali.troops[0]!;
    const quote = kosovo.quotes[0]!;
    const count = troop.value!;
    Object.assign(troop, { value: count + 100, min: count + 100, max: count + 100 });
    const speaker = quote.speaker;
    quote.speaker = 'Olaf Scholz';
    const lost = kosovo.actors.pop()!;
    s.documents = s.documents.filter((d) => d.file !== 'news/jemen.txt');
    s.documents.push({ ...mali, file: 'news/sudan.txt' });
    save(s);

    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('');
    const approx = troop.approx ? '≈' : '';
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^news\/jemen\.txt: new document \(\d+ actors?, \d+ places?, \d+ troop counts?, \d+ quotes?, \d+ claims?\)$/);
    expect(lines[2]!.startsWith(`  actors: + ${lost.name} (${lost.type})`)).toBe(true);
    expect(lines.filter((_, i) => i !== 0 && i !== 2)).toEqual([
      'news/kosovo.txt:',
      `  quotes: speaker of „${quote.text}“: Olaf Scholz → ${speaker ?? 'null'}`,
      'news/mali.txt:',
      `  troops: count of „${troop.text}“: ${approx}${count + 100} → ${approx}${count}`,
      'news/sudan.txt: document no longer in the result',
      'snap.json: drift: 2 documents changed, 1 added, 1 removed, 0 unchanged',
      'to accept these changes, write the snapshot again: crisis-extract all <paths> --json > snap.json',
      '',
    ]);
  });

  it('sees a changed input: a new speaker and actor, a file gone', () => {
    const { dir } = project();
    fs.writeFileSync(path.join(dir, 'news/kosovo.txt'), TEXTS.kosovo.replace('sagte Baerbock', 'sagte Bundeskanzler Olaf Scholz'));
    fs.rmSync(path.join(dir, 'news/jemen.txt'));
    const r = check(dir);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('news/jemen.txt: document no longer in the result\n');
    expect(r.stdout).toContain('news/kosovo.txt:\n');
    expect(r.stdout).toContain('  actors: + Olaf Scholz (person)');
    expect(r.stdout).toContain('  quotes: speaker of „Die Lage ist ernst“: Annalena Baerbock → Olaf Scholz\n');
    expect(r.stdout).toMatch(/snap\.json: drift: 1 document changed, 0 added, 1 removed, 1 unchanged\n/);
  });

  it('input errors are compared too, and still make the exit status 1', () => {
    const { dir, snap, save } = project();
    const r = cli(['all', 'news', 'fehlt.txt', '--check', 'snap.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(diagnostics(r.stderr)).toEqual(['crisis-extract: fehlt.txt: no such file or directory']);
    expect(r.stdout).toContain('fehlt.txt:\n  new error: no such file or directory\n');
    // The same error in the snapshot: no drift, but an input still failed.
    save({ ...snap(), errors: [{ file: 'fehlt.txt', message: 'no such file or directory: fehlt.txt' }] });
    const again = cli(['all', 'news', 'fehlt.txt', '--check', 'snap.json'], { cwd: dir });
    expect(again.stdout).toBe('snap.json: no changes (3 documents)\n');
    expect(again.status).toBe(1);
  });
});

describe('all --check with a snapshot it cannot use: one line, exit 2, nothing read', () => {
  it.each([
    ['not JSON', 'Die Lage ist ernst.', /^crisis-extract: snap\.json: snapshot is not JSON \(Unexpected token 'D'\); a snapshot is what 'crisis-extract all <paths> --json' prints$/],
    ['cut off', '{\n  "schema": "crisis-extract/1",\n  "documents": [\n', /^crisis-extract: snap\.json: snapshot is not JSON \(Unexpected end of JSON input\);/],
    ['another schema tag', '{"schema": "crisis-extract/0", "documents": [], "errors": []}', /^crisis-extract: snap\.json: not a crisis-extract snapshot \(schema "crisis-extract\/0", expected "crisis-extract\/1"\)$/],
    ['no schema tag', '{"documents": [], "errors": []}', /^crisis-extract: snap\.json: not a crisis-extract snapshot \(no "schema" field/],
    ['output of actors --json', '[]', /^crisis-extract: snap\.json: snapshot is an array \(output of a list command\?\)/],
    ['ndjson', '{"file":"a.txt"}\n{"file":"b.txt"}\n', /^crisis-extract: snap\.json: snapshot is not JSON \(Unexpected non-whitespace character after JSON at line 2, column 1\)/],
    ['wrong shape', '{"schema": "crisis-extract/1", "documents": [{"file": 3}], "errors": []}', /^crisis-extract: snap\.json: malformed snapshot \(documents\[0\]\.file is not a string\)/],
    ['empty', '', /^crisis-extract: snap\.json: snapshot is empty;/],
  ])('%s', (_name, content, message) => {
    const dir = tempDir({ 'news/mali.txt': TEXTS.mali, 'snap.json': content });
    const r = check(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(diagnostics(r.stderr)).toEqual([expect.stringMatching(message)]);
  });

  it('a missing snapshot says how to make one', () => {
    const dir = tempDir({ 'news/mali.txt': TEXTS.mali });
    const r = check(dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe("crisis-extract: snap.json: snapshot not found (make one with 'crisis-extract all <paths> --json > snap.json')\n");
  });

  it('--check is for all and JSON: other formats and commands are usage errors', () => {
    const { dir } = project();
    const table = check(dir, '--format', 'table');
    expect(table.status).toBe(2);
    expect(table.stderr).toBe("crisis-extract: --check compares with 'all --json' output; drop --format table\n");
    const actors = cli(['actors', 'news', '--check', 'snap.json'], { cwd: dir });
    expect(actors.status).toBe(2);
    expect(actors.stderr).toBe("crisis-extract: unknown option '--check'\n");
  });

  it('all --help shows the option and an example', () => {
    const r = cli(['all', '--help']);
    expect(r.stdout).toContain('--check <snapshot>');
    expect(r.stdout).toContain('crisis-extract all news/ --check snapshot.json');
  });
});
