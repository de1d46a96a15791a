// The output shapes: each record is built key by key so the JSON field order is part of
// the contract, not an accident of how the pipeline happened to build its objects.
import type { Actor, Claim, DocumentResult, FileError, Place, Quote, Span, Troop } from '../types.js';

export const SCHEMA_ID = 'crisis-extract/1';

export interface MentionRecord { text: string; start: number; end: number }

export interface ActorRecord {
  name: string;
  type: Actor['type'];
  subtype: Actor['subtype'];
  roles: string[];
  country: string | null;
  aliases: string[];
  mentions: MentionRecord[];
}

export interface PlaceRecord {
  name: string;
  type: Place['type'];
  code: string | null;
  aliases: string[];
  mentions: MentionRecord[];
}

export interface TroopRecord {
  value: number | null; min: number | null; max: number | null; approx: boolean;
  unit: string; actor: string | null; location: string | null;
  text: string; start: number; end: number; sentence: string;
}

export interface QuoteRecord {
  speaker: string | null; verb: string | null; kind: Quote['kind'];
  text: string; start: number; end: number; sentence: string;
}

export interface ClaimRecord {
  speaker: string | null; verb: string | null; kind: Claim['kind'];
  text: string; start: number; end: number; sentence: string;
}

export interface DocumentRecord {
  file: string;
  meta: { url: string | null; title: string | null; published: string | null };
  actors: ActorRecord[];
  places: PlaceRecord[];
  troops: TroopRecord[];
  quotes: QuoteRecord[];
  claims: ClaimRecord[];
}

export interface ErrorRecord { file: string; message: string }

/** List items of the `troops`, `quotes` and `claims` commands: the item plus its file. */
export interface TroopItem {
  file: string; value: number | null; min: number | null; max: number | null; approx: boolean;
  unit: string; actor: string | null; location: string | null; text: string;
}
export interface QuoteItem { file: string; speaker: string | null; verb: string | null; kind: Quote['kind']; text: string }
export interface ClaimItem { file: string; speaker: string | null; verb: string | null; text: string }

// `?? null` everywhere: a stage that leaves a field undefined must not make the key
// vanish from the JSON.
const mention = (m: Span): MentionRecord => ({ text: m.text, start: m.start, end: m.end });

export function actorRecord(a: Actor): ActorRecord {
  return {
    name: a.name,
    type: a.type,
    subtype: a.subtype ?? null,
    roles: [...(a.roles ?? [])],
    country: a.country ?? null,
    aliases: [...(a.aliases ?? [])],
    mentions: (a.mentions ?? []).map(mention),
  };
}

export function placeRecord(p: Place): PlaceRecord {
  return {
    name: p.name,
    type: p.type,
    code: p.code ?? null,
    aliases: [...(p.aliases ?? [])],
    mentions: (p.mentions ?? []).map(mention),
  };
}

export function troopRecord(t: Troop): TroopRecord {
  return {
    value: t.value ?? null, min: t.min ?? null, max: t.max ?? null, approx: t.approx === true,
    unit: t.unit, actor: t.actor ?? null, location: t.location ?? null,
    text: t.text, start: t.start, end: t.end, sentence: t.sentence ?? '',
  };
}

export function quoteRecord(q: Quote): QuoteRecord {
  return {
    speaker: q.speaker ?? null, verb: q.verb ?? null, kind: q.kind,
    text: q.text, start: q.start, end: q.end, sentence: q.sentence ?? '',
  };
}

export function claimRecord(c: Claim): ClaimRecord {
  return {
    speaker: c.speaker ?? null, verb: c.verb ?? null, kind: c.kind,
    text: c.text, start: c.start, end: c.end, sentence: c.sentence ?? '',
  };
}

export function documentRecord(d: DocumentResult): DocumentRecord {
  return {
    file: d.file,
    meta: {
      url: d.meta?.url ?? null,
      title: d.meta?.title ?? null,
      published: d.meta?.published ?? null,
    },
    actors: (d.actors ?? []).map(actorRecord),
    places: (d.places ?? []).map(placeRecord),
    troops: (d.troops ?? []).map(troopRecord),
    quotes: (d.quotes ?? []).map(quoteRecord),
    claims: (d.claims ?? []).map(claimRecord),
  };
}

export const errorRecord = (e: FileError): ErrorRecord => ({ file: e.file, message: e.message });

export function troopItems(d: DocumentResult): TroopItem[] {
  return (d.troops ?? []).map((t) => ({
    file: d.file, value: t.value ?? null, min: t.min ?? null, max: t.max ?? null,
    approx: t.approx === true, unit: t.unit, actor: t.actor ?? null,
    location: t.location ?? null, text: t.text,
  }));
}

export function quoteItems(d: DocumentResult): QuoteItem[] {
  return (d.quotes ?? []).map((q) => ({
    file: d.file, speaker: q.speaker ?? null, verb: q.verb ?? null, kind: q.kind, text: q.text,
  }));
}

export function claimItems(d: DocumentResult): ClaimItem[] {
  return (d.claims ?? []).map((c) => ({
    file: d.file, speaker: c.speaker ?? null, verb: c.verb ?? null, text: c.text,
  }));
}
