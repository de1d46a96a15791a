// What changed between a snapshot and the current result, as a reader would say it:
// documents added or removed; per document, items added or removed (matched by a key
// that survives unrelated edits: actors by type + name, places by name, spans by their
// text) and, for matched items, which property changed from what to what.
//
// Invariant: no changes ⟺ the two results print the same JSON. Whatever the keyed
// comparison cannot name (a new field, a reordering) still shows up, in general terms.
import type { DocumentRecord, ErrorRecord, MentionRecord } from '../output/records.js';
import { countLabel } from '../output/views.js';
import type { Snapshot } from './load.js';

export type Section = 'documents' | 'errors' | 'meta' | 'actors' | 'places' | 'troops' | 'quotes' | 'claims';

export interface Change {
  /** The document's file; '' for the corpus as a whole (documents added, removed, reordered). */
  file: string;
  section: Section;
  kind: 'added' | 'removed' | 'changed';
  /** The item as a reader names it: "John Kirby (person)", "„Die Lage ist ernst.“". */
  item: string;
  /** For a changed item: what changed ("speaker", "count", "roles"). */
  property?: string;
  before?: string;
  after?: string;
  /** Extra words: what an added item says, which list entries came and went. */
  detail?: string;
}

type Result = Pick<Snapshot, 'documents' | 'errors'>;
type Rec = Record<string, unknown>;

export function diffResults(snapshot: Result, current: Result): Change[] {
  const changes: Change[] = [];
  const pairs = matchByKey(snapshot.documents, current.documents, (d) => d.file);
  for (const d of pairs.removed) changes.push({ file: d.file, section: 'documents', kind: 'removed', item: d.file });
  for (const d of pairs.added) {
    changes.push({ file: d.file, section: 'documents', kind: 'added', item: d.file, detail: documentCounts(d) });
  }
  for (const [before, after] of pairs.matched) changes.push(...diffDocument(before, after));
  if (changes.length === 0 && !sameJson(files(snapshot.documents), files(current.documents))) {
    changes.push({ file: '', section: 'documents', kind: 'changed', item: 'documents', property: 'order' });
  }
  changes.push(...diffErrors(snapshot.errors, current.errors));
  return changes;
}

const files = (documents: readonly DocumentRecord[]): string[] => documents.map((d) => d.file);

function documentCounts(d: DocumentRecord): string {
  const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;
  return [
    n(d.actors.length, 'actor', 'actors'), n(d.places.length, 'place', 'places'), n(d.troops.length, 'troop count', 'troop counts'),
    n(d.quotes.length, 'quote', 'quotes'), n(d.claims.length, 'claim', 'claims'),
  ].join(', ');
}

function diffErrors(before: readonly ErrorRecord[], after: readonly ErrorRecord[]): Change[] {
  const changes: Change[] = [];
  const pairs = matchByKey(before, after, (e) => e.file);
  for (const e of pairs.removed) changes.push({ file: e.file, section: 'errors', kind: 'removed', item: e.message });
  for (const e of pairs.added) changes.push({ file: e.file, section: 'errors', kind: 'added', item: e.message });
  for (const [b, a] of pairs.matched) {
    if (b.message !== a.message) {
      changes.push({ file: a.file, section: 'errors', kind: 'changed', item: 'error', property: 'message', before: b.message, after: a.message });
    }
  }
  if (changes.length === 0 && !sameJson(before, after)) {
    changes.push({ file: '', section: 'errors', kind: 'changed', item: 'errors', property: 'order' });
  }
  return changes;
}

function diffDocument(before: DocumentRecord, after: DocumentRecord): Change[] {
  if (sameJson(before, after)) return [];
  const file = after.file;
  const changes: Change[] = [];
  for (const property of unionKeys(before.meta, after.meta)) {
    const [b, a] = [(before.meta as Rec)[property], (after.meta as Rec)[property]];
    if (!sameJson(b, a)) changes.push({ file, section: 'meta', kind: 'changed', item: 'meta', property, before: show(b), after: show(a) });
  }
  for (const section of ITEM_SECTIONS) {
    changes.push(...diffSection(file, section, before[section] as unknown as Rec[], after[section] as unknown as Rec[]));
  }
  // Fields a later schema adds to documents.
  for (const key of unionKeys(before, after)) {
    if (key === 'file' || key === 'meta' || (ITEM_SECTIONS as readonly string[]).includes(key)) continue;
    const [b, a] = [(before as unknown as Rec)[key], (after as unknown as Rec)[key]];
    if (!sameJson(b, a)) changes.push({ file, section: 'meta', kind: 'changed', item: 'document', property: key, before: show(b), after: show(a) });
  }
  // Only the order of keys differs: nothing a reader would call a change, but not equal either.
  if (changes.length === 0) changes.push({ file, section: 'meta', kind: 'changed', item: 'document', property: 'layout' });
  return changes;
}

// ---- items -------------------------------------------------------------------

const ITEM_SECTIONS = ['actors', 'places', 'troops', 'quotes', 'claims'] as const;
type ItemSection = (typeof ITEM_SECTIONS)[number];

interface SectionRules {
  /** Pairs the two lists' items. */
  match: (before: Rec[], after: Rec[]) => Pairs<Rec>;
  label: (item: Rec) => string;
  /** What an added or removed item says besides its label. */
  summary: (item: Rec) => string | undefined;
  /** Properties compared as one ("count" for value/min/max/approx), before the rest. */
  facets?: Facet[];
}

interface Facet {
  name: string;
  keys: string[];
  show: (item: Rec) => string;
}

const position: Facet = { name: 'position', keys: ['start', 'end'], show: (s) => `${String(s.start)}–${String(s.end)}` };

const actorKey = (a: Rec): string => `${String(a.type)}\u0000${String(a.name)}`;
const spanKey = (s: Rec): string => `${String(s.text)}\u0000${String(s.start)}`;

const RULES: Record<ItemSection, SectionRules> = {
  actors: {
    match: (b, a) => matchByKey(b, a, actorKey),
    label: (a) => `${String(a.name)} (${String(a.type)})`,
    summary: (a) => list([a.subtype === null ? undefined : String(a.subtype), roleList(a), text(a.country)]),
  },
  places: {
    match: (b, a) => matchByKey(b, a, (p) => String(p.name)),
    label: (p) => String(p.name),
    summary: (p) => list([String(p.type), text(p.code)]),
  },
  troops: {
    match: matchSpans,
    label: (t) => quoted(String(t.text)),
    summary: (t) => list([countLabel(troopCount(t)), text(t.actor), text(t.location)]),
    facets: [{ name: 'count', keys: ['value', 'min', 'max', 'approx'], show: (t) => countLabel(troopCount(t)) }, position],
  },
  quotes: {
    match: matchSpans,
    label: (q) => quoted(String(q.text)),
    summary: (q) => list([text(q.speaker) ?? 'no speaker', text(q.verb)]),
    facets: [position],
  },
  claims: {
    match: matchSpans,
    label: (c) => quoted(String(c.text)),
    summary: (c) => list([text(c.speaker) ?? 'no speaker', text(c.verb)]),
    facets: [position],
  },
};

function diffSection(file: string, section: ItemSection, before: Rec[], after: Rec[]): Change[] {
  if (sameJson(before, after)) return [];
  const rules = RULES[section];
  const pairs = rules.match(before, after);
  const changes: Change[] = [];
  for (const item of pairs.removed) {
    changes.push({ file, section, kind: 'removed', item: rules.label(item), detail: rules.summary(item) });
  }
  for (const item of pairs.added) {
    changes.push({ file, section, kind: 'added', item: rules.label(item), detail: rules.summary(item) });
  }
  for (const [b, a] of pairs.matched) changes.push(...diffItem(file, section, rules, b, a));
  if (changes.length === 0) changes.push({ file, section, kind: 'changed', item: section, property: 'order' });
  return changes;
}

function diffItem(file: string, section: ItemSection, rules: SectionRules, before: Rec, after: Rec): Change[] {
  if (sameJson(before, after)) return [];
  const item = rules.label(before);
  const changes: Change[] = [];
  const covered = new Set<string>();
  for (const facet of rules.facets ?? []) {
    facet.keys.forEach((k) => covered.add(k));
    if (facet.keys.every((k) => sameJson(before[k], after[k]))) continue;
    let [b, a] = [facet.show(before), facet.show(after)];
    // Different fields with the same label ("8500" with and without min/max): show those fields.
    if (b === a) {
      const differing = facet.keys.filter((k) => !sameJson(before[k], after[k]));
      [b, a] = [fields(before, differing), fields(after, differing)];
    }
    changes.push({ file, section, kind: 'changed', item, property: facet.name, before: b, after: a });
  }
  for (const property of unionKeys(before, after)) {
    if (covered.has(property) || sameJson(before[property], after[property])) continue;
    changes.push({ file, section, kind: 'changed', item, property, ...valueChange(property, before[property], after[property]) });
  }
  return changes;
}

/** How one property's change reads: lists as entries in and out, mentions by position. */
function valueChange(property: string, before: unknown, after: unknown): Pick<Change, 'before' | 'after' | 'detail'> {
  if (property === 'mentions' && isMentionList(before) && isMentionList(after)) return mentionChange(before, after);
  if (isStringList(before) && isStringList(after)) {
    const gone = before.filter((x) => !after.includes(x));
    const came = after.filter((x) => !before.includes(x));
    if (gone.length + came.length > 0) {
      return { detail: [...came.map((x) => `+ ${x}`), ...gone.map((x) => `- ${x}`)].join(', ') };
    }
  }
  return { before: show(before), after: show(after) };
}

/** Mentions come and go, or only move (text edited above them). */
function mentionChange(before: MentionRecord[], after: MentionRecord[]): Pick<Change, 'before' | 'after' | 'detail'> {
  const pairs = matchSpans(before as unknown as Rec[], after as unknown as Rec[]);
  const came = pairs.added.map((m) => `+ ${quoted(String(m.text))} at ${String(m.start)}`);
  const gone = pairs.removed.map((m) => `- ${quoted(String(m.text))} at ${String(m.start)}`);
  const moved = pairs.matched.filter(([b, a]) => !sameJson(b, a)).map(([b, a]) => `${String(b.start)} → ${String(a.start)}`);
  const parts = [...came, ...gone, ...(moved.length > 0 ? [`moved ${moved.join(', ')}`] : [])];
  return { before: String(before.length), after: String(after.length), detail: parts.length > 0 ? abbreviate(parts) : 'reordered' };
}

function troopCount(t: Rec): { value: number | null; min: number | null; max: number | null; approx: boolean } {
  const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);
  return { value: num(t.value), min: num(t.min), max: num(t.max), approx: t.approx === true };
}

// ---- matching ----------------------------------------------------------------

export interface Pairs<T> {
  matched: [T, T][];
  removed: T[];
  added: T[];
}

/** Pairs items with equal keys, the n-th of a key with the n-th; lists keep their order. */
export function matchByKey<T>(before: readonly T[], after: readonly T[], key: (item: T) => string): Pairs<T> {
  const queues = new Map<string, number[]>();
  after.forEach((item, i) => {
    const k = key(item);
    const queue = queues.get(k);
    if (queue) queue.push(i);
    else queues.set(k, [i]);
  });
  const taken = new Set<number>();
  const matched: [T, T][] = [];
  const removed: T[] = [];
  for (const item of before) {
    const i = queues.get(key(item))?.shift();
    if (i === undefined) removed.push(item);
    else {
      taken.add(i);
      matched.push([item, after[i]!]);
    }
  }
  return { matched, removed, added: after.filter((_, i) => !taken.has(i)) };
}

/**
 * Spans: first where nothing moved (same text, same start); then the same text elsewhere
 * (an edit above moved it); then an overlapping span (the text around a count or a quote
 * was read differently). Whatever is left came or went.
 */
function matchSpans(before: Rec[], after: Rec[]): Pairs<Rec> {
  const exact = matchByKey(before, after, spanKey);
  const moved = matchByKey(exact.removed, exact.added, (s) => String(s.text));
  const overlapping = matchOverlaps(moved.removed, moved.added);
  return {
    matched: [...exact.matched, ...moved.matched, ...overlapping.matched],
    removed: overlapping.removed,
    added: overlapping.added,
  };
}

function matchOverlaps(before: Rec[], after: Rec[]): Pairs<Rec> {
  const taken = new Set<number>();
  const matched: [Rec, Rec][] = [];
  const removed: Rec[] = [];
  for (const b of before) {
    const i = after.findIndex((a, j) => !taken.has(j) && overlaps(b, a));
    if (i < 0) removed.push(b);
    else {
      taken.add(i);
      matched.push([b, after[i]!]);
    }
  }
  return { matched, removed, added: after.filter((_, j) => !taken.has(j)) };
}

function overlaps(a: Rec, b: Rec): boolean {
  const [as, ae, bs, be] = [Number(a.start), Number(a.end), Number(b.start), Number(b.end)];
  return as < be && bs < ae;
}

// ---- values ------------------------------------------------------------------

export function sameJson(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

function unionKeys(a: object, b: object): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}

/** "min 8500, max 8500". */
function fields(item: Rec, keys: readonly string[]): string {
  return keys.map((k) => `${k} ${show(item[k])}`).join(', ');
}

const SNIPPET = 40;

/** „text“ on one line, cut to a readable length. */
export function quoted(value: string): string {
  return `„${snippet(value)}“`;
}

function snippet(value: string): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= SNIPPET ? flat : `${chars.slice(0, SNIPPET - 1).join('').trimEnd()}…`;
}

/** A value for "before → after": strings as they are (cut), null as null, the rest as JSON. */
function show(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return snippet(value);
  return snippet(JSON.stringify(value));
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

function roleList(a: Rec): string | undefined {
  return isStringList(a.roles) && a.roles.length > 0 ? a.roles.join('/') : undefined;
}

function list(parts: (string | undefined)[]): string | undefined {
  const kept = parts.filter((p): p is string => p !== undefined);
  return kept.length > 0 ? kept.join(', ') : undefined;
}

const MAX_PARTS = 6;
function abbreviate(parts: string[]): string {
  return parts.length <= MAX_PARTS ? parts.join(', ') : `${parts.slice(0, MAX_PARTS).join(', ')}, … (${parts.length - MAX_PARTS} more)`;
}

function isStringList(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isMentionList(v: unknown): v is MentionRecord[] {
  return Array.isArray(v) && v.every((m) => typeof m === 'object' && m !== null && 'start' in m && 'text' in m);
}
