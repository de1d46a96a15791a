import { describe, expect, it } from 'vitest';
import { breakLongWords, fitColumns, renderTable, type TableColumn } from '../../src/output/table.js';
import { colorLevel, displayWidth, escapeTerminal, terminalWidth } from '../../src/output/terminal.js';

const ESC = '\u001b';
const ANSI = /\u001b\[/;

interface Row { name: string; text: string | null; count: number }
const columns: TableColumn<Row>[] = [
  { header: 'Name', cell: (r) => r.name, style: (c, t) => c.bold(t) },
  { header: 'Text', cell: (r) => r.text },
  { header: 'Count', cell: (r) => r.count, align: 'right' },
];

describe('escapeTerminal', () => {
  it('shows escape sequences from the input as text', () => {
    expect(escapeTerminal(`Hamas${ESC}[2J${ESC}]0;pwned\u0007`)).toBe('Hamas\\x1b[2J\\x1b]0;pwned\\x07');
  });

  it('escapes DEL, C1 controls and bidi overrides', () => {
    expect(escapeTerminal('a\u007fb\u009bc')).toBe('a\\x7fb\\x9bc');
    expect(escapeTerminal('Kiew\u202eweik')).toBe('Kiew\\u202eweik');
  });

  it('turns line breaks and tabs into spaces and leaves German text alone', () => {
    expect(escapeTerminal('Selenskyj:\n„Wir\tbleiben“')).toBe('Selenskyj: „Wir bleiben“');
    expect(escapeTerminal('Außenministerin Baerbock äußerte')).toBe('Außenministerin Baerbock äußerte');
  });
});

describe('colorLevel', () => {
  it('colours a terminal with what chalk detected', () => {
    expect(colorLevel({ isTTY: true, env: {}, detected: 2 })).toBe(2);
  });

  it('never colours with NO_COLOR set, whatever its value', () => {
    expect(colorLevel({ isTTY: true, env: { NO_COLOR: '1' }, detected: 3 })).toBe(0);
    expect(colorLevel({ isTTY: true, env: { NO_COLOR: '' }, detected: 3 })).toBe(0);
  });

  it('never colours with FORCE_COLOR=0', () => {
    expect(colorLevel({ isTTY: true, env: { FORCE_COLOR: '0' }, detected: 1 })).toBe(0);
  });

  it('never colours a pipe or file, even with FORCE_COLOR', () => {
    expect(colorLevel({ isTTY: false, env: { FORCE_COLOR: '3' }, detected: 3 })).toBe(0);
  });
});

describe('terminalWidth', () => {
  it('uses the terminal columns, and 100 when not a terminal', () => {
    expect(terminalWidth({ isTTY: true, columns: 132 })).toBe(132);
    expect(terminalWidth({ isTTY: false, columns: 40 })).toBe(100);
    expect(terminalWidth({})).toBe(100);
  });
});

describe('fitColumns', () => {
  it('keeps natural widths when they fit', () => {
    expect(fitColumns([10, 20, 8], 100)).toEqual([10, 20, 8]);
  });

  it('keeps unbreakable words (dates) whole and wraps the text columns', () => {
    // natural: a 60-wide title, a 21-wide date, a 30-wide text; the date has no space.
    const widths = fitColumns([60, 21, 30], 70, [12, 21, 10]);
    expect(widths[1]).toBe(21);
    expect(widths.reduce((a, b) => a + b, 0) + 4).toBeLessThanOrEqual(70);
  });

  it('when words must be split, as few columns as possible split them', () => {
    // Room for 36: the 12- and 10-wide columns stay whole, the 38-wide one takes the rest.
    const widths = fitColumns([40, 40, 10], 40, [38, 12, 10]);
    expect(widths).toEqual([14, 12, 10]);
  });

  it('never makes a column narrower than its header', () => {
    const widths = fitColumns([60, 21, 8, 8, 8, 8, 8], 60, [32, 21, 8, 8, 8, 8, 8], [10, 11, 8, 8, 8, 8, 8]);
    expect(widths[1]).toBeGreaterThanOrEqual(11);
  });

  it('keeps narrow columns whole and shrinks the wide ones to fit', () => {
    const widths = fitColumns([10, 200, 8, 150], 80);
    expect(widths[0]).toBe(10);
    expect(widths[2]).toBe(8);
    expect(widths.reduce((a, b) => a + b, 0) + widths.length + 1).toBeLessThanOrEqual(80);
  });
});

describe('renderTable', () => {
  const long = 'Die Rapid Support Forces kontrollieren nach Angaben von Augenzeugen weite Teile von Darfur, ' +
    'während die Armee in Port Sudan ihr Hauptquartier aufgeschlagen hat und Verhandlungen in Dschidda ablehnt.';

  it('escapes control characters in cells and sends no raw escape byte', () => {
    const out = renderTable(columns, [{ name: `Evil${ESC}[31mRot`, text: 'ok\u0007', count: 1 }], { width: 100, level: 0 });
    expect(out).toContain('Evil\\x1b[31mRot');
    expect(out).toContain('ok\\x07');
    expect(out).not.toContain(ESC);
    expect(out).not.toContain('\u0007');
  });

  it('uses no colour at level 0 and colour at level 1', () => {
    const rows = [{ name: 'Abdel Fattah al-Burhan', text: 'Khartum', count: 3 }];
    expect(renderTable(columns, rows, { width: 100, level: 0 })).not.toMatch(ANSI);
    expect(renderTable(columns, rows, { width: 100, level: 1 })).toMatch(ANSI);
  });

  it('wraps long cells so that no line is wider than the terminal', () => {
    const out = renderTable(columns, [{ name: 'RSF', text: long, count: 12 }], { width: 60, level: 0 });
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(60);
    // Every word is still there, just on more lines.
    const flat = lines.join(' ').replace(/[│┌┐└┘├┤┬┴┼─]/g, ' ').replace(/\s+/g, ' ');
    expect(flat).toContain('Hauptquartier');
    expect(flat).toContain('Dschidda');
  });

  it('breaks a word longer than its column instead of cutting it off', () => {
    const url = 'https://www.tagesschau.de/ausland/afrika/sudan-darfur-el-fasher-belagerung-100.html';
    const out = renderTable(columns, [{ name: 'Quelle', text: url, count: 1 }], { width: 50, level: 0 });
    expect(out).not.toContain('…');
    expect(out.replace(/[│\s]/g, '')).toContain('belagerung-100.html');
  });

  it('shows null cells as "-" and right-aligns numbers', () => {
    const out = renderTable(columns, [{ name: 'Hamas', text: null, count: 7 }], { width: 100, level: 0 });
    const row = out.split('\n').find((l) => l.includes('Hamas'))!;
    expect(row).toMatch(/│ - +│/);
    expect(row).toMatch(/ {4}7 │$/);
  });

  it('renders many rows as one table, the same as cli-table3 would in one piece', () => {
    const many = Array.from({ length: 2500 }, (_, i) => ({ name: `Ort ${i}`, text: 'Beschuss gemeldet', count: i }));
    const out = renderTable(columns, many, { width: 100, level: 0 });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2500 + 4);
    expect(lines[0]).toMatch(/^┌/);
    expect(lines.at(-1)).toMatch(/^└/);
    expect(lines.filter((l) => /^[┌└]/.test(l))).toHaveLength(2);
    expect(lines[3]).toContain('Ort 0 ');
    expect(lines.at(-2)).toContain('Ort 2499 ');
  });

  it('keeps the rules between wrapped rows across the pieces', () => {
    const long = 'Die Blauhelme der Minusma verließen das Lager in Kidal nach zehn Jahren Einsatz im Norden Malis';
    const many = Array.from({ length: 1001 }, (_, i) => ({ name: `Ort ${i}`, text: long, count: i }));
    const lines = renderTable(columns, many, { width: 50, level: 0 }).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('├'))).toHaveLength(1001);
    expect(lines.filter((l) => /^[┌└]/.test(l))).toHaveLength(2);
  });

  it('splits an over-long compound after a hyphen', () => {
    expect(breakLongWords('Pentagon US-Verteidigungsministerium', 16)).toBe('Pentagon US-\nVerteidigungsmin\nisterium');
    expect(breakLongWords('kurz', 16)).toBe('kurz');
  });

  it('shows a list cell as lines, each escaped', () => {
    const cols: TableColumn<{ file: string; title: string | null }>[] = [{ header: 'Document', cell: (r) => [r.file, r.title] }];
    const out = renderTable(cols, [{ file: 'kosovo.txt', title: `Spannungen${ESC}[5m im Norden` }], { width: 100, level: 0 });
    const lines = out.split('\n');
    expect(lines[3]).toContain('kosovo.txt');
    expect(lines[4]).toContain('Spannungen\\x1b[5m im Norden');
    expect(out).not.toContain(ESC);
  });

  it('ends with a newline', () => {
    expect(renderTable(columns, [], { width: 100, level: 0 }).endsWith('┘\n')).toBe(true);
  });
});
