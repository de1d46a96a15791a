// Input text reaches the terminal only escaped: a scraped article with escape sequences
// (window titles, screen clears, colours), C1 controls or bidi overrides must not act on
// the reader's terminal, whatever command prints it and whether it is a table cell, a
// file name in a diagnostic or a line of the --check report.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkBuilt, cli, diagnostics, parseAll, tempDir } from './helpers.js';

checkBuilt();

// ESC ] … BEL sets the window title, ESC [ … m colours, CSI (U+009B) is the one-byte
// ESC [, U+202E reverses the text after it.
const HOSTILE =
  'Die Außenministerin Annalena Baerbock warnte in Belgrad vor einer Eskalation im Kosovo. ' +
  '„Die Lage \u001b]0;gehackt\u0007 ist \u001b[31mernst\u001b[0m“, sagte Baerbock. ' +
  'Baerbock sagte, die Lage sei \u009b2J\u202e ernst.\n';
const NAME = 'kosovo\u001b[2J.txt';

/** Raw controls a terminal would act on (tab and line feed are layout). */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function hostileDir(): string {
  return tempDir({ [NAME]: HOSTILE, 'mali.txt': 'In Bamako sagte ein Sprecher: „Wir bleiben.“\n' });
}

/** What each table shows of the hostile text, escaped (cells wrap at spaces: word by word). */
const VISIBLE: Record<string, string[]> = {
  quotes: ['\\x1b]0;gehackt\\x07', '\\x1b[31mernst\\x1b[0m', './kosovo\\x1b[2J.txt'],
  claims: ['\\x9b2J\\u202e', './kosovo\\x1b[2J.txt'],
  all: ['./kosovo\\x1b[2J.txt'],
  actors: ['Annalena Baerbock'],
  places: ['Kosovo'],
  troops: [],
};

describe('escape sequences from the input', () => {
  it.each(Object.keys(VISIBLE))('%s as a table shows them escaped', (command) => {
    const r = cli([command, '.'], { cwd: hostileDir() });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stderr).not.toMatch(RAW);
    for (const shown of VISIBLE[command]!) expect(r.stdout).toContain(shown);
  });

  it('colour on a forced terminal does not let them through either', () => {
    const r = cli(['quotes', '.'], { cwd: hostileDir(), env: { FORCE_COLOR: '3' } });
    expect(r.stdout).not.toMatch(RAW);
  });

  it('JSON keeps the text exactly (C0 controls escaped by JSON itself), spans included', () => {
    const dir = hostileDir();
    const r = cli(['all', NAME, '--json'], { cwd: dir });
    expect(r.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const doc = parseAll(r.stdout).documents[0]!;
    expect(doc.file).toBe(NAME);
    const text = fs.readFileSync(path.join(dir, NAME), 'utf8');
    for (const q of doc.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(doc.quotes.map((q) => q.text)).toContain('Die Lage \u001b]0;gehackt\u0007 ist \u001b[31mernst\u001b[0m');
  });

  it('file names in diagnostics are escaped', () => {
    const dir = tempDir({ 'leer\u001b]0;x\u0007.txt': '' });
    const r = cli(['all', '.', 'fehlt\u009b31m.txt', '--json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
    expect(diagnostics(r.stderr)).toEqual([
      'crisis-extract: fehlt\\x9b31m.txt: no such file or directory',
      'crisis-extract: ./leer\\x1b]0;x\\x07.txt: empty file',
    ]);
  });

  it('the --check report is escaped', () => {
    const dir = hostileDir();
    const snap = JSON.parse(cli(['all', '.', '--json'], { cwd: dir }).stdout);
    for (const d of snap.documents) d.quotes = [];
    fs.writeFileSync(path.join(dir, 'snap.json'), JSON.stringify(snap));
    const r = cli(['all', '.', '--check', 'snap.json'], { cwd: dir });
    expect(r.status).toBe(1);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('./kosovo\\x1b[2J.txt:\n  quotes: + „Die Lage \\x1b]0;gehackt\\x07 ist');
  });
});
