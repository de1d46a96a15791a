// The data that flows through the pipeline. Plain objects only: every stage takes
// and returns these, so results can cross worker threads and be compared with `===`
// on their JSON.

/** A stretch of the decoded text: `doc.text.slice(start, end) === text`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Meta {
  url: string | null;
  title: string | null;
  /** ISO 8601 date-time (no zone: the source gives local time) when a `Stand:` line exists. */
  published: string | null;
}

export interface Sentence {
  start: number;
  end: number;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Index into Doc.sentences. */
  sentence: number;
}

/** A decoded article, split into what the extractors read. */
export interface Doc {
  file: string;
  text: string;
  meta: Meta;
  /** Ranges of `text` that are content (header, image and footer lines are not). */
  regions: Sentence[];
  sentences: Sentence[];
  tokens: Token[];
}

export type ActorType = 'person' | 'organization';
export type OrgSubtype = 'igo' | 'government' | 'military' | 'party' | 'media' | 'other';
export type PlaceType = 'country' | 'city' | 'region' | 'sea' | 'other';

/** One occurrence of an actor, before resolution merges occurrences into actors. */
export interface ActorMention extends Span {
  type: ActorType;
  subtype: OrgSubtype | null;
  /** Canonical name as far as this mention alone tells (full name, org short form). */
  name: string;
  role: string | null;
  country: string | null;
  /** Which named rule found it: evidence for debugging and tests. */
  rule: string;
  /** The nominative form behind an inflected mention ("Weißen Hauses" → "Weißes Haus"), to report as alias. */
  form?: string;
}

export interface PlaceMention extends Span {
  name: string;
  type: PlaceType;
  code: string | null;
  rule: string;
  form?: string;
}

export interface Actor {
  name: string;
  type: ActorType;
  subtype: OrgSubtype | null;
  roles: string[];
  country: string | null;
  aliases: string[];
  mentions: Span[];
}

export interface Place {
  name: string;
  type: PlaceType;
  code: string | null;
  aliases: string[];
  mentions: Span[];
}

export interface Troop extends Span {
  value: number | null;
  min: number | null;
  max: number | null;
  approx: boolean;
  unit: string;
  actor: string | null;
  location: string | null;
  /** The sentence the count stands in, as text. */
  sentence: string;
}

export type QuoteKind = 'direct' | 'partial';

export interface Quote extends Span {
  speaker: string | null;
  verb: string | null;
  kind: QuoteKind;
  sentence: string;
}

export interface Claim extends Span {
  speaker: string | null;
  verb: string | null;
  kind: 'indirect';
  sentence: string;
}

export interface DocumentResult {
  file: string;
  meta: Meta;
  actors: Actor[];
  places: Place[];
  troops: Troop[];
  quotes: Quote[];
  claims: Claim[];
}

export interface FileError {
  file: string;
  message: string;
}

export interface Warning {
  file: string;
  message: string;
}
