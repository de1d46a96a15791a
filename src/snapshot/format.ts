// The drift report people read in a CI log: one block per document, one line per
// change, then a summary line. Lines carry input text, so each is escaped for terminals.
import { escapeTerminal } from '../output/terminal.js';
import type { Change } from './diff.js';

export interface ReportOptions {
  /** The snapshot's name as the user gave it. */
  snapshot: string;
  /** Documents in the current result. */
  documents: number;
}

export function formatReport(changes: readonly Change[], opts: ReportOptions): string {
  const lines: string[] = [];
  for (const [file, group] of byFile(changes)) lines.push(...formatGroup(file, group));
  lines.push(summaryLine(changes, opts));
  if (changes.length > 0) {
    lines.push(`to accept these changes, write the snapshot again: crisis-extract all <paths> --json > ${opts.snapshot}`);
  }
  return lines.map((line) => `${escapeTerminal(line)}\n`).join('');
}

/** Groups by file in code-unit order (like the documents); corpus-wide changes last. */
function byFile(changes: readonly Change[]): [string, Change[]][] {
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const group = groups.get(c.file);
    if (group) group.push(c);
    else groups.set(c.file, [c]);
  }
  const order = (f: string): string => (f === '' ? '\uffff' : f);
  return [...groups].sort(([a], [b]) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
}

function formatGroup(file: string, group: Change[]): string[] {
  if (file === '') return group.map((c) => changeLine(c));
  const whole = group.find((c) => c.section === 'documents');
  const rest = group.filter((c) => c !== whole);
  const head = whole === undefined
    ? `${file}:`
    : whole.kind === 'added'
      ? `${file}: new document${whole.detail ? ` (${whole.detail})` : ''}`
      : `${file}: document no longer in the result`;
  return [head, ...rest.map((c) => `  ${changeLine(c, file)}`)];
}

export function changeLine(c: Change, file = c.file): string {
  if (c.property === 'order' || c.property === 'layout') return `${c.section}: ${c.property === 'order' ? 'order' : 'key order'} changed`;
  if (c.section === 'errors') return errorLine(c, file);
  const said = c.detail ? `: ${c.detail}` : '';
  if (c.kind === 'added') return `${c.section}: + ${c.item}${said}`;
  if (c.kind === 'removed') return `${c.section}: - ${c.item}${said}`;
  const detail = c.detail ? ` (${c.detail})` : '';
  const what = c.section === 'meta' ? `${c.section}: ${c.property}` : `${c.section}: ${c.property} of ${c.item}`;
  if (c.before === undefined && c.after === undefined) return `${what}: ${c.detail ?? 'changed'}`;
  return `${what}: ${c.before} → ${c.after}${detail}`;
}

/** Error messages end in ": <file>", which the group header already says. */
function errorLine(c: Change, file: string): string {
  const strip = (m: string | undefined): string => (m !== undefined && m.endsWith(`: ${file}`) ? m.slice(0, -file.length - 2) : m ?? '');
  if (c.kind === 'added') return `new error: ${strip(c.item)}`;
  if (c.kind === 'removed') return `error gone: ${strip(c.item)}`;
  return `error changed: ${strip(c.before)} → ${strip(c.after)}`;
}

function summaryLine(changes: readonly Change[], opts: ReportOptions): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (changes.length === 0) return `${opts.snapshot}: no changes (${plural(opts.documents, 'document')})`;
  const added = new Set(changes.filter((c) => c.section === 'documents' && c.kind === 'added').map((c) => c.file));
  const removed = new Set(changes.filter((c) => c.section === 'documents' && c.kind === 'removed').map((c) => c.file));
  const changed = new Set(changes.filter((c) => c.file !== '' && c.section !== 'documents' && c.section !== 'errors'
    && !added.has(c.file) && !removed.has(c.file)).map((c) => c.file));
  const errors = changes.filter((c) => c.section === 'errors').length;
  const unchanged = opts.documents - changed.size - added.size;
  const parts = [`${plural(changed.size, 'document')} changed`, `${added.size} added`, `${removed.size} removed`, `${unchanged} unchanged`];
  if (errors > 0) parts.push(plural(errors, 'error change'));
  return `${opts.snapshot}: drift: ${parts.join(', ')}`;
}
