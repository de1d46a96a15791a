// Mentions become entities. Persons: surname-only mentions and spelling variants
// ("Selenskij"/"Selenskyj") join the fullest name; later occurrences of a known
// name are found anywhere in the text. Organisations and places group by their
// canonical name. Where spans overlap, organisations win over places and persons
// over unknown places ("in Scholz" is no town).
import type { Actor, ActorMention, Doc, Place, PlaceMention, Span } from '../types.js';
import { variantKey, isSpellingVariant } from './variants.js';

export interface Entities {
  actors: Actor[];
  places: Place[];
}

export function resolveEntities(doc: Doc, persons: ActorMention[], orgs: ActorMention[], places: PlaceMention[]): Entities {
  const personClusters = clusterPersons(persons);
  const recurring = findRecurringNames(doc, personClusters, [...persons, ...orgs, ...places]);
  const allPersons = [...persons, ...recurring];
  const keptOrgs = orgs.filter((o) => !overlapsAny(o, persons));
  const taken = [...keptOrgs, ...allPersons];
  const keptPlaces = places.filter((p) => !overlapsAny(p, taken));
  const actors = [...buildPersons(personClusters, allPersons), ...buildOrgs(keptOrgs)];
  return { actors: sortByFirstMention(actors), places: sortByFirstMention(buildPlaces(keptPlaces)) };
}

function overlapsAny(span: Span, others: readonly Span[]): boolean {
  return others.some((o) => o.start < span.end && span.start < o.end);
}

/** A person cluster: its canonical (fullest) name and every name form seen. */
interface PersonCluster {
  name: string;
  forms: Set<string>;
  surname: string;
}

const lastWord = (name: string): string => name.split(' ').pop()!;

function clusterPersons(mentions: readonly ActorMention[]): PersonCluster[] {
  const clusters: PersonCluster[] = [];
  // Longest names first, so a surname joins the full name whatever the order in the text.
  const byLength = [...new Set(mentions.map((m) => m.name))].sort((a, b) => b.split(' ').length - a.split(' ').length || (a < b ? -1 : 1));
  for (const name of byLength) {
    const cluster = clusters.find((c) => samePerson(c, name));
    if (cluster) cluster.forms.add(name);
    else clusters.push({ name, forms: new Set([name]), surname: lastWord(name) });
  }
  return clusters;
}

function samePerson(cluster: PersonCluster, name: string): boolean {
  const words = name.split(' ');
  const surname = words[words.length - 1]!;
  const genitive = surname.endsWith('s') && isSpellingVariant(surname.slice(0, -1), cluster.surname);
  if (!genitive && !isSpellingVariant(surname, cluster.surname)) return false;
  if (words.length === 1) return true;
  // Two full names with the same surname are one person only if the first names agree.
  return cluster.name.split(' ')[0] === words[0] || cluster.name.split(' ').length === 1;
}

function clusterOf(clusters: readonly PersonCluster[], name: string): PersonCluster | undefined {
  return clusters.find((c) => c.forms.has(name)) ?? clusters.find((c) => samePerson(c, name));
}

/** Later mentions of known persons: the surname (or a variant, or its genitive) anywhere. */
function findRecurringNames(doc: Doc, clusters: readonly PersonCluster[], existing: readonly Span[]): ActorMention[] {
  const byKey = new Map<string, PersonCluster>();
  for (const c of clusters) byKey.set(variantKey(c.surname), c);
  const covered = [...existing].sort((a, b) => a.start - b.start);
  const found: ActorMention[] = [];
  const tokens = doc.tokens;
  if (clusters.length === 0) return [];
  // Variants share their first three letters: a cheap gate before computing keys.
  const openings = new Set(clusters.map((c) => c.surname.slice(0, 3)));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!openings.has(t.text.slice(0, 3))) continue;
    const bare = t.text.endsWith('s') && byKey.has(variantKey(t.text.slice(0, -1))) ? t.text.slice(0, -1) : t.text;
    const cluster = byKey.get(variantKey(bare));
    if (!cluster || !isSpellingVariant(bare, cluster.surname)) continue;
    if (covered.some((c) => c.start <= t.start && t.end <= c.end)) continue;
    let start = t.start;
    const fullWords = cluster.name.split(' ');
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

function buildPersons(clusters: readonly PersonCluster[], mentions: readonly ActorMention[]): Actor[] {
  const actors = new Map<PersonCluster, Actor>();
  for (const m of mentions) {
    const cluster = clusterOf(clusters, m.name);
    if (!cluster) continue;
    let actor = actors.get(cluster);
    if (!actor) {
      actor = { name: cluster.name, type: 'person', subtype: null, roles: [], country: null, aliases: [], mentions: [] };
      actors.set(cluster, actor);
    }
    addMention(actor, m);
    if (m.role && !actor.roles.includes(m.role)) actor.roles.push(m.role);
    actor.country ??= m.country;
    if (m.name !== cluster.name && !actor.aliases.includes(m.name) && !isGenitiveOf(m.name, cluster)) actor.aliases.push(m.name);
    actor.aliases.sort();
  }
  return [...actors.values()];
}

function isGenitiveOf(form: string, cluster: PersonCluster): boolean {
  return form.endsWith('s') && [...cluster.forms, cluster.name].some((f) => form === `${f}s` || samePerson(cluster, form) && form.slice(0, -1) === f);
}

function buildOrgs(mentions: readonly ActorMention[]): Actor[] {
  const actors = new Map<string, Actor>();
  for (const m of mentions) {
    let actor = actors.get(m.name);
    if (!actor) {
      actor = { name: m.name, type: 'organization', subtype: m.subtype, roles: [], country: m.country, aliases: [], mentions: [] };
      actors.set(m.name, actor);
    }
    addMention(actor, m);
    const form = m.form;
    if (form && form !== m.name && !actor.aliases.includes(form)) actor.aliases.push(form);
  }
  return [...actors.values()];
}

function buildPlaces(mentions: readonly PlaceMention[]): Place[] {
  const places = new Map<string, Place>();
  for (const m of mentions) {
    let place = places.get(m.name);
    if (!place) {
      place = { name: m.name, type: m.type, code: m.code, aliases: [], mentions: [] };
      places.set(m.name, place);
    }
    addMention(place, m);
    const form = m.form ?? m.name;
    if (form !== m.name && !place.aliases.includes(form)) place.aliases.push(form);
  }
  return [...places.values()];
}

function addMention(target: { mentions: Span[] }, m: Span): void {
  if (!target.mentions.some((x) => x.start === m.start && x.end === m.end)) {
    target.mentions.push({ text: m.text, start: m.start, end: m.end });
  }
}

function sortByFirstMention<T extends { mentions: Span[]; name: string }>(items: T[]): T[] {
  for (const item of items) item.mentions.sort((a, b) => a.start - b.start || a.end - b.end);
  return items.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
