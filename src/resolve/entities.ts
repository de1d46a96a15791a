// Mentions become entities. Persons: surname-only mentions and spelling variants
// ("Selenskij"/"Selenskyj") join the fullest name; later occurrences of a known
// name are found anywhere in the text. Organisations and places group by their
// canonical name. Where spans overlap, organisations win over places and persons
// over unknown places ("in Scholz" is no town).
import type { Actor, ActorMention, Doc, Place, PlaceMention, Span, Token } from '../types.js';
import { MIN_VARIANT_LENGTH, variantKey, isSpellingVariant, isVariantOfSameKey } from './variants.js';
import { isFirstName } from '../extract/names.js';
import { lexicon } from '../lexicon/index.js';

export interface Entities {
  actors: Actor[];
  places: Place[];
}

export function resolveEntities(doc: Doc, candidates: ActorMention[], orgs: ActorMention[], places: PlaceMention[]): Entities {
  // A name its kind noun types ("die Reederei Maersk") is no person, whatever a person rule said.
  const typedSpans: Span[] = [];
  for (const m of orgs) if (m.rule === 'kind-name') typedSpans.push(m);
  for (const m of places) if (m.rule === 'kind-name') typedSpans.push(m);
  const typed = typedSpans.length > 0 ? new SpanIndex([typedSpans]) : null;
  // Read only from here on: without typed names the candidates are the persons.
  const persons = typed ? candidates.filter((p) => !typed.overlaps(p)) : candidates;
  // Many documents name no person: nothing to cluster, find again or build.
  const people = persons.length > 0 ? clusterPersons(persons) : null;
  const recurring = people ? findRecurringNames(doc, people.clusters, [persons, orgs, places]) : [];
  const allPersons = recurring.length > 0 ? [...persons, ...recurring] : persons;
  const personSpans = new SpanIndex([persons]);
  const keptOrgs = orgs.filter((o) => o.rule === 'kind-name' || !personSpans.overlaps(o));
  const taken = new SpanIndex([keptOrgs, allPersons]);
  const keptPlaces = places.filter((p) => p.rule === 'kind-name' || !taken.overlaps(p));
  const actors = [...(people ? buildPersons(people, allPersons) : []), ...buildOrgs(keptOrgs)];
  return { actors: sortByFirstMention(actors), places: sortByFirstMention(buildPlaces(keptPlaces)) };
}

/** Up to this many spans are tested one by one: cheaper than sorting them into an index. */
const LINEAR_SPANS = 32;

/**
 * "Does any span overlap / contain this one", over some lists of spans. A few spans (most
 * documents) are tested one by one, in the lists as given; more are sorted by start with
 * the furthest end so far, for O(log n) answers where testing every span made long
 * documents quadratic.
 */
class SpanIndex {
  private readonly lists: readonly (readonly Span[])[] | null = null;
  private readonly starts: number[] = [];
  private readonly maxEnd: number[] = [];

  constructor(lists: readonly (readonly Span[])[]) {
    let count = 0;
    for (const list of lists) count += list.length;
    if (count <= LINEAR_SPANS) {
      this.lists = lists;
      return;
    }
    let max = Number.NEGATIVE_INFINITY;
    for (const x of byStart(lists)) {
      this.starts.push(x.start);
      this.maxEnd.push((max = Math.max(max, x.end)));
    }
  }

  /** Some span with o.start < span.end && span.start < o.end. */
  overlaps(span: Span): boolean {
    if (this.lists) {
      for (const list of this.lists) for (const o of list) if (o.start < span.end && span.start < o.end) return true;
      return false;
    }
    const n = this.countStartingBefore(span.end, false);
    return n > 0 && this.maxEnd[n - 1]! > span.start;
  }

  /** Some span with o.start <= span.start && span.end <= o.end. */
  contains(span: Span): boolean {
    if (this.lists) {
      for (const list of this.lists) for (const o of list) if (o.start <= span.start && span.end <= o.end) return true;
      return false;
    }
    const n = this.countStartingBefore(span.start, true);
    return n > 0 && this.maxEnd[n - 1]! >= span.end;
  }

  /** How many spans start before `at` (or at it, when `inclusive`). */
  private countStartingBefore(at: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const s = this.starts[mid]!;
      if (s < at || (inclusive && s === at)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/**
 * The spans of all lists by start. The extractors list their mentions in text order, so
 * the lists are merged; a list out of order is sorted first. (Spans with equal starts may
 * come in any order: SpanIndex reads only starts and the furthest end so far.)
 */
function byStart(lists: readonly (readonly Span[])[]): Span[] {
  const sorted = lists.map((list) => (isSortedByStart(list) ? list : [...list].sort((a, b) => a.start - b.start)));
  const merged: Span[] = [];
  const next = sorted.map(() => 0);
  for (;;) {
    let pick = -1;
    for (let l = 0; l < sorted.length; l++) {
      if (next[l]! < sorted[l]!.length && (pick < 0 || sorted[l]![next[l]!]!.start < sorted[pick]![next[pick]!]!.start)) pick = l;
    }
    if (pick < 0) return merged;
    merged.push(sorted[pick]![next[pick]!++]!);
  }
}

function isSortedByStart(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (spans[k - 1]!.start > spans[k]!.start) return false;
  return true;
}

/** A person cluster: its canonical (fullest) name and every name form seen. */
interface PersonCluster {
  name: string;
  forms: Set<string>;
  surname: string;
  /** variantKey(surname): the key the cluster is indexed and its recurring surname found under. */
  variant: string;
  /** name.split(' '), once asked. */
  words?: string[];
}

/** name.split(' ').pop(), without the array. */
const lastWord = (name: string): string => name.slice(name.lastIndexOf(' ') + 1);

/** name.split(' ')[0], without the array. */
function firstWord(name: string): string {
  const space = name.indexOf(' ');
  return space < 0 ? name : name.slice(0, space);
}

/** name.split(' ').length, without the array. */
function wordCount(name: string): number {
  let n = 1;
  for (let at = name.indexOf(' '); at >= 0; at = name.indexOf(' ', at + 1)) n++;
  return n;
}

function clusterPersons(mentions: readonly ActorMention[]): ClusterIndex {
  const index = new ClusterIndex();
  // Longest names first, so a surname joins the full name whatever the order in the text.
  const words = new Map<string, number>();
  for (const m of mentions) if (!words.has(m.name)) words.set(m.name, wordCount(m.name));
  // The pairs are sorted, not the names: a comparison reads no Map.
  const byLength = [...words].sort(([a, aWords], [b, bWords]) => bWords - aWords || (a < b ? -1 : 1));
  for (const [name] of byLength) {
    const cluster = index.firstSamePerson(name);
    if (cluster) index.addForm(cluster, name);
    else {
      const surname = lastWord(name);
      index.addCluster({ name, forms: new Set([name]), surname, variant: variantKey(surname) });
    }
  }
  return index;
}

/**
 * The clusters in creation order, indexed by surname and by its variant key: samePerson
 * can only hold for clusters in those buckets, so finding the first one no longer tests
 * every cluster (quadratic in the number of distinct names).
 */
class ClusterIndex {
  readonly clusters: PersonCluster[] = [];
  private readonly bySurname = new Map<string, number[]>();
  private readonly byVariant = new Map<string, number[]>();
  /** Clusters by the first word of a full name, for family names written first. */
  private readonly byFirstWord = new Map<string, number[]>();
  private readonly owner = new Map<string, PersonCluster>();

  addCluster(cluster: PersonCluster): void {
    const n = this.clusters.length;
    this.clusters.push(cluster);
    push(this.bySurname, cluster.surname, n);
    if (cluster.surname.length >= MIN_VARIANT_LENGTH) push(this.byVariant, cluster.variant, n);
    if (cluster.name.includes(' ')) push(this.byFirstWord, firstWord(cluster.name), n);
    for (const form of cluster.forms) if (!this.owner.has(form)) this.owner.set(form, cluster);
  }

  addForm(cluster: PersonCluster, name: string): void {
    cluster.forms.add(name);
    if (!this.owner.has(name)) this.owner.set(name, cluster);
  }

  /** clusters.find((c) => samePerson(c, name)): the first of the clusters in its buckets that is the same person. */
  firstSamePerson(name: string): PersonCluster | undefined {
    const surname = lastWord(name);
    let first = this.firstIn(this.bySurname.get(surname), name, Infinity);
    if (surname.length >= MIN_VARIANT_LENGTH) first = this.firstIn(this.byVariant.get(variantKey(surname)), name, first);
    if (surname.endsWith('s')) {
      const bare = surname.slice(0, -1);
      first = this.firstIn(this.bySurname.get(bare), name, first);
      if (bare.length >= MIN_VARIANT_LENGTH) first = this.firstIn(this.byVariant.get(variantKey(bare)), name, first);
    }
    if (!name.includes(' ')) first = this.firstIn(this.byFirstWord.get(name), name, first);
    return first === Infinity ? undefined : this.clusters[first];
  }

  /** The least cluster index below `before` in `bucket` that is the same person as `name`, else `before`. */
  private firstIn(bucket: readonly number[] | undefined, name: string, before: number): number {
    if (!bucket) return before;
    // Buckets hold indices in ascending order: the first hit is the least.
    for (const i of bucket) {
      if (i >= before) break;
      if (samePerson(this.clusters[i]!, name)) return i;
    }
    return before;
  }

  /** clusters.find((c) => c.forms.has(name)) ?? clusters.find((c) => samePerson(c, name)). */
  clusterOf(name: string): PersonCluster | undefined {
    return this.owner.get(name) ?? this.firstSamePerson(name);
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * East Asian names put the family name first and the press shortens them to it:
 * "Tsai Ing-wen" → "Tsai", "Yoon Suk Yeol" → "Yoon". A lone word equal to the first
 * word of a longer name that is not a given name we know joins that name.
 */
function isFamilyNameFirst(cluster: PersonCluster, name: string): boolean {
  if (name.includes(' ') || !cluster.name.includes(' ')) return false;
  const first = firstWord(cluster.name);
  return first === name && (!isFirstName(first) || lexicon().familyFirstNames.has(first));
}

function samePerson(cluster: PersonCluster, name: string): boolean {
  if (isFamilyNameFirst(cluster, name)) return true;
  const words = name.split(' ');
  const surname = words[words.length - 1]!;
  const genitive = surname.endsWith('s') && isSpellingVariant(surname.slice(0, -1), cluster.surname);
  if (!genitive && !isSpellingVariant(surname, cluster.surname)) return false;
  if (words.length === 1) return true;
  // Two full names with the same surname are one person only if the first names agree.
  return firstWord(cluster.name) === words[0] || !cluster.name.includes(' ');
}


/** Later mentions of known persons: the surname (or a variant, or its genitive) anywhere. */
function findRecurringNames(doc: Doc, clusters: readonly PersonCluster[], existing: readonly (readonly Span[])[]): ActorMention[] {
  if (clusters.length === 0) return [];
  // The short forms a person recurs under: the surname, or a family name written first.
  const byKey = new Map<string, RecurringForm>();
  for (const c of clusters) {
    byKey.set(c.variant, { cluster: c, form: c.surname });
    const first = firstWord(c.name);
    if (isFamilyNameFirst(c, first)) byKey.set(variantKey(first), { cluster: c, form: first });
  }
  // Built at the first hit.
  let covered: SpanIndex | null = null;
  const found: ActorMention[] = [];
  const tokens = doc.tokens;
  // A word recurs many times in a document: its form (or none) is looked up once.
  const formOf = new Map<string, { bare: string; hit: RecurringForm } | null>();
  for (const i of tokensWithOpenings(doc, [...byKey.values()].map((v) => v.form))) {
    const t = tokens[i]!;
    let match = formOf.get(t.text);
    if (match === undefined) {
      const bare = t.text.endsWith('s') && byKey.has(variantKey(t.text.slice(0, -1))) ? t.text.slice(0, -1) : t.text;
      const hit = byKey.get(variantKey(bare));
      // Every form is keyed by its own variantKey, so bare and the form it is found under share theirs.
      match = hit && isVariantOfSameKey(bare, hit.form) ? { bare, hit } : null;
      formOf.set(t.text, match);
    }
    if (!match) continue;
    const { bare, hit: { cluster } } = match;
    covered ??= new SpanIndex(existing);
    if (covered.contains(t)) continue;
    let start = t.start;
    const fullWords = (cluster.words ??= cluster.name.split(' '));
    // Extend back over the given names: "Joe Biden" rather than "Biden".
    let k = i - 1;
    for (let w = fullWords.length - 2; w >= 0 && k >= 0 && tokens[k]!.text === fullWords[w] && tokens[k]!.sentence === t.sentence; w--, k--) {
      start = tokens[k]!.start;
    }
    const text = doc.text.slice(start, t.end);
    found.push({ start, end: t.end, text, type: 'person', subtype: null, name: bare === t.text ? text : bare, role: null, country: null, rule: 'recurring-name' });
  }
  return found;
}

interface RecurringForm {
  cluster: PersonCluster;
  form: string;
}

/**
 * The indices, ascending, of the tokens that open like one of the forms: their first
 * three characters (all of a shorter token) are a form's first three (variants share
 * them). Found with indexOf over the text, where each token is the slice at its start,
 * rather than by reading every token.
 */
function tokensWithOpenings(doc: Doc, forms: readonly string[]): number[] {
  const tokens = doc.tokens;
  const indices: number[] = [];
  for (const opening of new Set(forms.map((f) => f.slice(0, 3)))) {
    if (opening.length === 0) continue;
    for (let at = doc.text.indexOf(opening); at >= 0; at = doc.text.indexOf(opening, at + 1)) {
      const i = tokenStartingAt(tokens, at);
      if (i < 0) continue;
      const text = tokens[i]!.text;
      if (Math.min(3, text.length) === opening.length && text.startsWith(opening)) indices.push(i);
    }
  }
  return indices.sort((a, b) => a - b);
}

/** The index of the token starting at `offset` (tokens are in text order), or -1. */
function tokenStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < tokens.length && tokens[lo]!.start === offset ? lo : -1;
}

function buildPersons(clusters: ClusterIndex, mentions: readonly ActorMention[]): Actor[] {
  const actors = new Map<PersonCluster, Actor>();
  // A name recurs with every mention; which cluster it belongs to does not change.
  const clusterByName = new Map<string, PersonCluster | undefined>();
  const seen = new MentionSet();
  for (const m of mentions) {
    let cluster = clusterByName.get(m.name);
    if (cluster === undefined && !clusterByName.has(m.name)) {
      cluster = clusters.clusterOf(m.name);
      clusterByName.set(m.name, cluster);
    }
    if (!cluster) continue;
    let actor = actors.get(cluster);
    if (!actor) {
      actor = { name: cluster.name, type: 'person', subtype: null, roles: [], country: null, aliases: [], mentions: [] };
      actors.set(cluster, actor);
    }
    seen.add(actor, m);
    if (m.role && !actor.roles.includes(m.role)) actor.roles.push(m.role);
    actor.country ??= m.country;
    if (m.name !== cluster.name && !actor.aliases.includes(m.name) && !isGenitiveOf(m.name, cluster)) {
      actor.aliases.push(m.name);
      actor.aliases.sort();
    }
  }
  return [...actors.values()];
}

function isGenitiveOf(form: string, cluster: PersonCluster): boolean {
  return form.endsWith('s') && [...cluster.forms, cluster.name].some((f) => form === `${f}s` || samePerson(cluster, form) && form.slice(0, -1) === f);
}

function buildOrgs(mentions: readonly ActorMention[]): Actor[] {
  const actors = new Map<string, Actor>();
  const seen = new MentionSet();
  for (const m of mentions) {
    let actor = actors.get(m.name);
    if (!actor) {
      actor = { name: m.name, type: 'organization', subtype: m.subtype, roles: [], country: m.country, aliases: [], mentions: [] };
      actors.set(m.name, actor);
    }
    seen.add(actor, m);
    const form = m.form;
    if (form && form !== m.name && !actor.aliases.includes(form)) actor.aliases.push(form);
  }
  return [...actors.values()];
}

function buildPlaces(mentions: readonly PlaceMention[]): Place[] {
  const places = new Map<string, Place>();
  const seen = new MentionSet();
  for (const m of mentions) {
    let place = places.get(m.name);
    if (!place) {
      place = { name: m.name, type: m.type, code: m.code, aliases: [], mentions: [] };
      places.set(m.name, place);
    }
    seen.add(place, m);
    const form = m.form ?? m.name;
    if (form !== m.name && !place.aliases.includes(form)) place.aliases.push(form);
  }
  return [...places.values()];
}

/** Up to this many mentions an entity's own list is searched for a span; beyond, a hash set. */
const LINEAR_MENTIONS = 16;

/**
 * Adds a mention to its entity once per span. Most entities have a few mentions, and
 * searching them costs less than a Set per entity; one entity can have thousands, so
 * past LINEAR_MENTIONS its spans go into a hash set.
 */
class MentionSet {
  /** Built for the first entity with many mentions. */
  private keys: Map<object, Set<number | string>> | null = null;

  add(target: { mentions: Span[] }, m: Span): void {
    const mentions = target.mentions;
    if (mentions.length < LINEAR_MENTIONS) {
      for (const x of mentions) if (x.start === m.start && x.end === m.end) return;
    } else {
      this.keys ??= new Map();
      let keys = this.keys.get(target);
      if (!keys) this.keys.set(target, (keys = new Set(mentions.map(spanKey))));
      const key = spanKey(m);
      if (keys.has(key)) return;
      keys.add(key);
    }
    mentions.push({ text: m.text, start: m.start, end: m.end });
  }
}

const SPAN_LENGTH_BITS = 12;

/**
 * A key equal for equal spans: a number (no string per mention) for spans shorter than
 * 4096 characters starting before 2^40, `${start}:${end}` for any other.
 */
function spanKey(m: Span): number | string {
  const length = m.end - m.start;
  return length >= 0 && length < 1 << SPAN_LENGTH_BITS && m.start >= 0 && m.start < 2 ** 40 && Number.isInteger(m.start) && Number.isInteger(m.end)
    ? m.start * (1 << SPAN_LENGTH_BITS) + length
    : `${m.start}:${m.end}`;
}

function sortByFirstMention<T extends { mentions: Span[]; name: string }>(items: T[]): T[] {
  // Mentions mostly come in text order already: a stable sort would leave them as they are.
  for (const item of items) if (!inTextOrder(item.mentions)) item.mentions.sort(byStartThenEnd);
  return items.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

const byStartThenEnd = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

function inTextOrder(spans: readonly Span[]): boolean {
  for (let k = 1; k < spans.length; k++) if (byStartThenEnd(spans[k - 1]!, spans[k]!) > 0) return false;
  return true;
}
