// Per command: which columns the csv and table formats show. JSON and NDJSON print the
// records themselves (see records.ts and aggregate.ts).
import type { ActorAggregate, PlaceAggregate } from './aggregate.js';
import type { ClaimItem, DocumentRecord, QuoteItem, TroopItem } from './records.js';
import type { TableColumn } from './table.js';

export interface View<T> {
  /** null: the records nest lists, no flat rows (`all`). */
  csv: readonly (keyof T & string)[] | null;
  table: readonly TableColumn<T>[];
}

const bold: TableColumn<unknown>['style'] = (c, t) => c.bold(t);
const dim: TableColumn<unknown>['style'] = (c, t) => c.dim(t);
const list = (xs: readonly string[]): string => xs.join('; ');

export const actorView: View<ActorAggregate> = {
  csv: ['name', 'type', 'subtype', 'roles', 'country', 'aliases', 'count', 'documents'],
  table: [
    { header: 'Name', cell: (a) => a.name, style: bold },
    // An organisation shows its subtype ("military", "igo"): the table has no room
    // for "organization (military)".
    { header: 'Type', cell: (a) => (a.type === 'organization' ? (a.subtype ?? 'organization') : a.type), style: dim },
    { header: 'Roles', cell: (a) => list(a.roles) },
    { header: 'Country', cell: (a) => a.country },
    { header: 'Aliases', cell: (a) => list(a.aliases) },
    { header: 'Mentions', cell: (a) => a.count, align: 'right' },
    { header: 'Docs', cell: (a) => a.documents.length, align: 'right' },
  ],
};

export const placeView: View<PlaceAggregate> = {
  csv: ['name', 'type', 'code', 'aliases', 'count', 'documents'],
  table: [
    { header: 'Name', cell: (p) => p.name, style: bold },
    { header: 'Type', cell: (p) => p.type, style: dim },
    { header: 'Code', cell: (p) => p.code },
    { header: 'Aliases', cell: (p) => list(p.aliases) },
    { header: 'Mentions', cell: (p) => p.count, align: 'right' },
    { header: 'Docs', cell: (p) => p.documents.length, align: 'right' },
  ],
};

/** "8500", "≈8500", "20000–99999", "≥100001", "≤8500". */
export function countLabel(t: Pick<TroopItem, 'value' | 'min' | 'max' | 'approx'>): string {
  const approx = t.approx ? '≈' : '';
  if (t.value !== null) return `${approx}${t.value}`;
  if (t.min !== null && t.max !== null) return `${approx}${t.min}–${t.max}`;
  if (t.min !== null) return `${approx}≥${t.min}`;
  if (t.max !== null) return `${approx}≤${t.max}`;
  return '?';
}

export const troopView: View<TroopItem> = {
  csv: ['file', 'value', 'min', 'max', 'approx', 'unit', 'actor', 'location', 'text'],
  table: [
    { header: 'File', cell: (t) => t.file, style: dim },
    { header: 'Count', cell: countLabel, align: 'right', style: bold },
    { header: 'Unit', cell: (t) => t.unit },
    { header: 'Actor', cell: (t) => t.actor },
    { header: 'Location', cell: (t) => t.location },
    { header: 'Text', cell: (t) => t.text },
  ],
};

export const quoteView: View<QuoteItem> = {
  csv: ['file', 'speaker', 'verb', 'kind', 'text'],
  table: [
    { header: 'File', cell: (q) => q.file, style: dim },
    { header: 'Speaker', cell: (q) => q.speaker, style: bold },
    { header: 'Verb', cell: (q) => q.verb },
    { header: 'Kind', cell: (q) => q.kind },
    { header: 'Text', cell: (q) => q.text },
  ],
};

export const claimView: View<ClaimItem> = {
  csv: ['file', 'speaker', 'verb', 'text'],
  table: [
    { header: 'File', cell: (c) => c.file, style: dim },
    { header: 'Speaker', cell: (c) => c.speaker, style: bold },
    { header: 'Verb', cell: (c) => c.verb },
    { header: 'Text', cell: (c) => c.text },
  ],
};

/** What the `all` table keeps of a document: counts, not the document itself. */
export interface DocumentSummary {
  file: string; title: string | null; published: string | null;
  actors: number; places: number; troops: number; quotes: number; claims: number;
}

export const summarize = (d: DocumentRecord): DocumentSummary => ({
  file: d.file, title: d.meta.title, published: d.meta.published,
  actors: d.actors.length, places: d.places.length, troops: d.troops.length,
  quotes: d.quotes.length, claims: d.claims.length,
});

/** "2022-01-25T01:42:00" -> "2022-01-25 01:42:00": a narrow column wraps it at the space. */
const readableDate = (iso: string | null): string | null => iso?.replace('T', ' ') ?? null;

/**
 * `all` as a table: one summary row per document, the details are for --json. The title
 * goes under the file name: a column of its own leaves it too narrow at 100 columns.
 */
export const summaryView: View<DocumentSummary> = {
  csv: null,
  table: [
    { header: 'Document', cell: (d) => [d.file, d.title] },
    { header: 'Published', cell: (d) => readableDate(d.published) },
    { header: 'Actors', cell: (d) => d.actors, align: 'right' },
    { header: 'Places', cell: (d) => d.places, align: 'right' },
    { header: 'Troops', cell: (d) => d.troops, align: 'right' },
    { header: 'Quotes', cell: (d) => d.quotes, align: 'right' },
    { header: 'Claims', cell: (d) => d.claims, align: 'right' },
  ],
};
