// Who speaks: a speaker phrase (or a pronoun) becomes an actor's canonical name, a
// place's name where a state or its government speaks, or null. The phrase's own
// mentions decide first (a person over an organisation over a place); then
// pronouns, unnamed bodies ("das Außenministerium"), spokespeople without a name
// ("ein Sprecher") and role descriptions ("der ukrainische Präsident") are resolved
// against the report context and the document's actors.
import type { Actor, Doc, Span } from '../types.js';
import { fold, speechLexicon } from '../extract/quotes/lexicon.js';
import { roleHead } from '../extract/roles.js';
import { countryName } from '../lexicon/index.js';
import { countryNamed, countryOfAdjective, countryOfPrefix } from '../lexicon/states.js';
import type { Entities } from './entities.js';
import { memoByWord } from '../lexicon/memo.js';
import { startsLower, startsUpper } from '../extract/letter-case.js';

export type { Entities } from './entities.js';

export type SpeakerKind = 'person' | 'organization' | 'place';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
  /** The state the speaker belongs to, where known (for "der ukrainische Präsident"). */
  country: string | null;
}

interface MentionRef {
  start: number;
  end: number;
  text: string;
  speaker: Speaker;
  /** The actor mentioned (null for a place): its names give the forms. */
  actor: Actor | null;
  /** Every surface the entity is known by, folded: to tell a genitive "Ischingers" from a name. Built when first asked for (formsOf). */
  forms: Set<string> | null;
  roles: string[];
  /** What isGenitive, isRolePrefix and isAttribute found for it (they depend on the mention alone): see fact(). */
  facts: number;
}

/** Facts about a mention (MentionRef.facts): a fact's bit says it has been established, the bit above it that it holds. */
const GENITIVE = 1;
const ROLE_PREFIX = 4;
const ATTRIBUTE = 16;

/** "US-Regierungsvertreter" → USA, "Ukraine-Konflikt" → Ukraine. */
function countryOfCompound(word: string): string | null {
  const dash = word.indexOf('-');
  return dash > 0 ? countryOfPrefix(word.slice(0, dash)).country : null;
}

const PREPOSITIONS = new Set(['mit', 'von', 'vom', 'zu', 'zum', 'zur', 'an', 'am', 'bei', 'beim', 'für', 'gegen', 'über', 'nach', 'vor', 'unter', 'aus', 'auf', 'in', 'im', 'um', 'seit', 'ohne', 'durch', 'gegenüber', 'laut', 'zwischen', 'neben', 'hinter', 'dank', 'wegen', 'trotz', 'seitens', 'als', 'wie']);
/** The words of a phrase: a run of letters and digits (with ' ’ . - inside or after it), or any other character but a space. wordsIn reads it by hand. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*|[^\s\p{L}\p{N}]/gu;

// WORD's character classes by code unit (wordsIn): what the regex asks of a character,
// answered from a table, where the regex's Unicode classes cost a few µs per phrase.
/** \p{L} or \p{N}: starts and continues a word. */
const LETTER_OR_DIGIT = 1;
/** \s: between words. */
const SPACE = 2;
/** Continues a word: a letter, a digit, ' ’ . or -. */
const WORD_TAIL = 4;
/** The entry has been filled. */
const KNOWN = 8;
/** Classes of the code units of the Basic Multilingual Plane, filled as they are met. */
const charClasses = new Uint8Array(0x10000);

function charClass(c: number): number {
  let cls = charClasses[c]!;
  if (cls === 0) {
    const ch = String.fromCharCode(c);
    cls = KNOWN;
    if (/[\p{L}\p{N}]/u.test(ch)) cls |= LETTER_OR_DIGIT | WORD_TAIL;
    else if (/\s/u.test(ch)) cls |= SPACE;
    else if (/['’.-]/.test(ch)) cls |= WORD_TAIL;
    charClasses[c] = cls;
  }
  return cls;
}

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/**
 * `text.slice(start, end).match(WORD) ?? []`, read in place: the phrases resolved are
 * short and many. A surrogate pair (a character beyond the Basic Multilingual Plane,
 * which the regex reads as one) leaves the phrase to the regex.
 */
export function wordsIn(text: string, start: number, end: number): string[] {
  const words: string[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSurrogate(c)) return text.slice(start, end).match(WORD) ?? [];
    const cls = charClass(c);
    if ((cls & SPACE) !== 0) {
      i++;
      continue;
    }
    let j = i + 1;
    if ((cls & LETTER_OR_DIGIT) !== 0) {
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (isSurrogate(d)) return text.slice(start, end).match(WORD) ?? [];
        if ((charClass(d) & WORD_TAIL) === 0) break;
      }
    }
    words.push(text.slice(i, j));
    i = j;
  }
  return words;
}
const GOVERNMENT = /^(.*?)[- ]?regierung$/i;
const ROLE_TAIL = /^-(\p{L}+)/u;
/** An inflected adjective between an article and a name: "dem ukrainischen Präsidenten". */
const INFLECTED_ADJECTIVE = /^\p{Ll}+(?:e|en|er|es|em)$/u;
/** Articles of a genitive attribute: "die Leiterin der Behörde X". */
const ATTRIBUTE_ARTICLES = new Set(['der', 'des']);

export interface Where {
  /** Offset of the phrase or pronoun. */
  at: number;
  /** Start of the unit it stands in, and of up to two units before (for pronouns). */
  unitStart: number;
  previousUnits: { start: number; end: number }[];
  /** The current report context's speaker, when recent enough to refer to. */
  context: Speaker | null;
  /** Whether that context comes from this unit or the one right before. */
  near?: boolean;
}

/** An actor's name and aliases, folded. */
const namesOf = (actor: Actor): string[] => [actor.name, ...actor.aliases].map(fold);

function formsOf(m: MentionRef): Set<string> {
  return (m.forms ??= new Set(m.actor ? namesOf(m.actor) : []));
}

export class SpeakerResolver {
  private readonly persons: MentionRef[] = [];
  private readonly all: MentionRef[] = [];
  /** Organisations and their speakers, in the order of the actors: what orgForms is built from. */
  private readonly orgs: { actor: Actor; speaker: Speaker }[] = [];
  private orgFormsOnce: Map<string, Speaker> | null = null;

  constructor(
    private readonly doc: Doc,
    entities: Entities,
    /** Whether an offset lies inside quoted words (mentions there are not the reporter's). */
    private readonly quoted: (offset: number) => boolean,
  ) {
    for (const actor of entities.actors) {
      // Names are folded only when asked for: most documents ask for few of them, or none.
      const speaker = this.actorSpeaker(actor);
      if (speaker.kind === 'organization') this.orgs.push({ actor, speaker });
      for (const m of actor.mentions) {
        this.all.push({ start: m.start, end: m.end, text: m.text, speaker, actor, forms: null, roles: actor.roles, facts: 0 });
      }
    }
    for (const place of entities.places) {
      const speaker = place.type === 'city' ? citySpeaker(place.name) : placeSpeaker(place.name);
      // A place's forms are never asked for (only a person's name has a genitive to tell apart).
      for (const m of place.mentions) this.all.push({ start: m.start, end: m.end, text: m.text, speaker, actor: null, forms: null, roles: [], facts: 0 });
    }
    this.all.sort(byStartLongestFirst);
    // The persons in the same order: the sort is stable, so picking them from the sorted list spares a second sort.
    for (const m of this.all) if (m.actor?.type === 'person') this.persons.push(m);
  }

  /** Every mention of the entities, by start (longer first at the same start). */
  mentionSpans(): readonly Span[] {
    return this.all;
  }

  /** The speaker a phrase names by an entity mention in it, or null. */
  named(start: number, end: number, kinds: readonly SpeakerKind[] = ANY_KIND): Speaker | null {
    // The first mention of each kind inside the phrase, in one pass and without building the list of mentions.
    let person: Speaker | null = null;
    let organization: Speaker | null = null;
    let place: Speaker | null = null;
    const list = this.all;
    for (let i = this.firstFrom(list, start); i < list.length && list[i]!.start < end; i++) {
      const m = list[i]!;
      if (m.end > end || this.isGenitive(m) || this.isRolePrefix(m)) continue;
      const kind = m.speaker.kind;
      if (kind === 'person') person ??= m.speaker;
      else if (kind === 'organization') organization ??= m.speaker;
      else place ??= m.speaker;
    }
    for (const kind of kinds) {
      const found = kind === 'person' ? person : kind === 'organization' ? organization : place;
      if (found) return found;
    }
    return null;
  }

  /** The speaker a phrase without a mention refers to: a pronoun, a body, a role; or null. */
  described(start: number, end: number, where: Where): Speaker | null {
    const words = wordsIn(this.doc.text, start, end);
    if (words.length === 1 && speechLexicon().pronouns.has(fold(words[0]!))) return this.pronoun(words[0]!, where);
    return this.description(words, end, where);
  }

  /** The speaker a phrase names or refers to, or null. */
  phrase(start: number, end: number, where: Where): Speaker | null {
    return this.named(start, end) ?? this.described(start, end, where);
  }

  /** er / sie / man / ich / wir as a speaker. */
  pronoun(word: string, where: Where): Speaker | null {
    const key = fold(word);
    if (key === 'man' || key === 'ich' || key === 'wir' || key === 'es') return where.context;
    const kinds = key === 'er' ? PERSON_ONLY : ANY_KIND;
    const here = this.subjectIn(where.unitStart, where.at, kinds);
    if (here) return here;
    for (const unit of where.previousUnits) {
      const found = this.subjectIn(unit.start, unit.end, kinds);
      if (found) return found;
    }
    if (where.context && kinds.includes(where.context.kind)) return where.context;
    return null;
  }

  /** A phrase without a mention: an unnamed body, a spokesperson, a role description. */
  private description(words: readonly string[], end: number, where: Where): Speaker | null {
    const lex = speechLexicon();
    // The first capitalised word that is no article (the words that start with a letter are the phrase's content).
    let head: string | undefined;
    for (const w of words) if (startsUpper(w) && !lex.determiners.has(fold(w))) { head = w; break; }
    if (!head) return null;
    const base = fold(head.slice(head.lastIndexOf('-') + 1));
    const kind = headKind(base);
    // A head that is no body, spokesperson, organisation noun or role names nobody (but "beide").
    if ((kind & (BODY | SPOKES | ROLE)) === 0 && !lex.orgNouns.has(base)) return words.some(isBeide) ? this.group(where) : null;
    let country: string | null = null;
    for (const w of words) country ??= startsLower(w) ? countryOfAdjective(w) : null;
    country ??= countryOfCompound(head);
    if ((kind & (BODY | SPOKES)) !== 0) {
      const prefixOrg = (kind & SPOKES) !== 0 ? this.orgPrefixOf(fold(head)) : null;
      if (prefixOrg) return prefixOrg;
      if (country) return countrySpeaker(country);
      const after = this.placeAfter(end);
      if (after && (kind & BODY) !== 0) return after;
      const ctx = where.context;
      // "Guterres teilte mit … Ein Sprecher fügte hinzu": right after a person's report, the spokesperson is theirs.
      return ctx && (ctx.kind !== 'person' || (where.near === true && (kind & SPOKES) !== 0)) ? ctx : null;
    }
    if (lex.orgNouns.has(base) && !country) return this.recentOrg(where.at);
    if (words.some(isBeide)) return this.group(where);
    if ((kind & ROLE) === 0) return null;
    // "die Grünen-Politikerin", "der SPD-Chef": a person of that organisation; the organisation only if none is known.
    return this.byRole(base, country, where) ?? (head.includes('-') ? this.orgPrefixOf(fold(head)) : null);
  }

  /** "das Bündnis", "die Organisation": the organisation mentioned last before. */
  private recentOrg(at: number): Speaker | null {
    let found: MentionRef | null = null;
    for (const m of this.mentionsIn(this.all, Math.max(0, at - 1500), at)) {
      if (m.speaker.kind === 'organization' && !this.quoted(m.start)) found = m;
    }
    return found?.speaker ?? null;
  }

  /** The person a role noun refers to: an actor with that role, else the context's person. */
  private byRole(base: string, country: string | null, where: Where): Speaker | null {
    if (base.length < 4) return null;
    let best: MentionRef | null = null;
    // The latest person before the phrase whose role fits, looking back a bounded stretch.
    const before = this.mentionsIn(this.persons, Math.max(0, where.at - 20000), where.at);
    for (let k = before.length - 1; k >= 0 && !best; k--) {
      const m = before[k]!;
      if (!m.roles.some((r) => fold(r).endsWith(base))) continue;
      if (country && m.speaker.country && m.speaker.country !== country) continue;
      best = m;
    }
    if (best) return best.speaker;
    const ctx = where.context;
    if (ctx?.kind === 'person' && (!country || !ctx.country || ctx.country === country)) return ctx;
    return null;
  }

  /** "Beide Staatsmänner", "die beiden": those the current report is about. */
  private group(where: Where): Speaker | null {
    return where.context;
  }

  /** The subject of a clause a quote stands in without a reporting verb: a person named before it, not in a phrase governed by a preposition. */
  subjectBefore(from: number, to: number): Speaker | null {
    return this.subjectIn(from, to, PERSON_ONLY);
  }

  /** The first subject-like mention in [from, to): not quoted, not in a prepositional phrase, not a genitive. */
  private subjectIn(from: number, to: number, kinds: readonly SpeakerKind[]): Speaker | null {
    let attribute: MentionRef | null = null;
    for (const m of this.mentionsIn(this.all, from, to)) {
      if (!kinds.includes(m.speaker.kind) || this.quoted(m.start) || this.isGenitive(m)) continue;
      // The attribute's own apposition ("der Behörde X USAID") is part of it.
      const apposed = attribute !== null && attribute.speaker.name === m.speaker.name && /^[\s,]*$/.test(this.doc.text.slice(attribute.end, m.start));
      if (m.speaker.kind !== 'person' && (apposed || this.isAttribute(m))) { attribute = m; continue; }
      if (this.afterPreposition(m.start, from)) continue;
      return m.speaker;
    }
    return null;
  }

  /** Whether a preposition governs the name at `at` ("mit Premier Albin Kurti", "dem ukrainischen Präsidenten"). */
  private afterPreposition(at: number, floor: number): boolean {
    const before = wordsIn(this.doc.text, Math.max(floor, at - 60), at);
    const lex = speechLexicon();
    for (let i = before.length - 1; i >= 0; i--) {
      const w = before[i]!;
      const key = fold(w);
      if (PREPOSITIONS.has(key)) return true;
      // Role words and articles may stand between a preposition and the name; an adjective only after an article.
      if (startsUpper(w) && !lex.functionWords.has(key)) continue;
      if (lex.determiners.has(key)) continue;
      if (!INFLECTED_ADJECTIVE.test(w)) return false;
      const prev = fold(before[i - 1] ?? '');
      if (!lex.determiners.has(prev) && !PREPOSITIONS.has(prev)) return false;
    }
    return false;
  }

  /** An organisation naming a person's affiliation in a role compound: "Grünen-Politikerin", "SPD-Chef" (not "Pentagon-Sprecher"). */
  private isRolePrefix(m: MentionRef): boolean {
    return this.fact(m, ROLE_PREFIX, this.findRolePrefix);
  }

  private findRolePrefix(m: MentionRef): boolean {
    if (m.speaker.kind !== 'organization' || this.doc.text[m.end] !== '-') return false;
    const tail = ROLE_TAIL.exec(this.doc.text.slice(m.end, m.end + 40));
    if (!tail) return false;
    const base = fold(tail[1]!);
    return isRole(base) && !isSpokes(base);
  }

  /** "die Leiterin der Behörde X": a name in the genitive attribute of a noun is not the subject. */
  private isAttribute(m: MentionRef): boolean {
    return this.fact(m, ATTRIBUTE, this.findAttribute);
  }

  private findAttribute(m: MentionRef): boolean {
    const words = wordsIn(this.doc.text, Math.max(0, m.start - 60), m.start);
    let i = words.length - 1;
    // One adjective may stand between the article and the name: "der staatlichen Agentur X".
    if (startsLower(words[i] ?? '') && !ATTRIBUTE_ARTICLES.has(words[i]!)) i--;
    if (!ATTRIBUTE_ARTICLES.has(words[i] ?? '')) return false;
    const noun = words[i - 1] ?? '';
    if (!startsUpper(noun)) return false;
    const key = fold(noun);
    const lex = speechLexicon();
    return !lex.functionWords.has(key) && !lex.determiners.has(key) && !PREPOSITIONS.has(key);
  }

  private isGenitive(m: MentionRef): boolean {
    return this.fact(m, GENITIVE, this.findGenitive);
  }

  /** A fact about a mention, found once (`find` depends on the mention alone) and then kept in its facts. */
  private fact(m: MentionRef, fact: number, find: (this: SpeakerResolver, m: MentionRef) => boolean): boolean {
    if (!(m.facts & fact)) m.facts |= fact | (find.call(this, m) ? fact << 1 : 0);
    return (m.facts & (fact << 1)) !== 0;
  }

  private findGenitive(m: MentionRef): boolean {
    if (m.speaker.kind !== 'person') return false;
    const key = fold(m.text);
    return (key.endsWith('s') || key.endsWith('’') || key.endsWith("'")) && !formsOf(m).has(key);
  }

  /** Folded name or alias → organisation, for compounds that name one (the first organisation wins). */
  private get orgForms(): Map<string, Speaker> {
    if (this.orgFormsOnce) return this.orgFormsOnce;
    const forms = new Map<string, Speaker>();
    for (const { actor, speaker } of this.orgs) {
      for (const f of namesOf(actor)) if (!forms.has(f)) forms.set(f, speaker);
    }
    return (this.orgFormsOnce = forms);
  }

  private mentionsIn(list: readonly MentionRef[], start: number, end: number): MentionRef[] {
    const out: MentionRef[] = [];
    for (let i = this.firstFrom(list, start); i < list.length && list[i]!.start < end; i++) if (list[i]!.end <= end) out.push(list[i]!);
    return out;
  }

  /** Index of the first mention of `list` (sorted by start) starting at or after `start`. */
  private firstFrom(list: readonly MentionRef[], start: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** "die Regierungen in Washington und Berlin": the place right after a body noun. */
  private placeAfter(end: number): Speaker | null {
    const m = /^\s+(?:in|von|aus)\s+/.exec(this.doc.text.slice(end, end + 8));
    if (!m) return null;
    const at = end + m[0].length;
    const found = this.mentionsIn(this.all, at, at + 60).find((x) => x.start === at && x.speaker.kind === 'place');
    return found?.speaker ?? null;
  }

  /** The organisation a compound names before its head: "Pentagon-Sprecher", "Kremlsprecher". */
  private orgPrefixOf(head: string): Speaker | null {
    for (let len = Math.min(head.length - 4, 40); len >= 3; len--) {
      const org = this.orgForms.get(head.slice(0, len)) ?? this.orgForms.get(head.slice(0, len).replace(/-$/, ''));
      if (org) return org;
    }
    return null;
  }

  private actorSpeaker(actor: Actor): Speaker {
    if (actor.type === 'organization') {
      // A state's government speaks for the state (SCHEMA: unnamed bodies → the place).
      const state = endsWithRegierung(actor.name) ? governmentState(actor.name) : null;
      if (state) return countrySpeaker(state);
      return { name: actor.name, kind: 'organization', country: actor.country };
    }
    return { name: actor.name, kind: 'person', country: actor.country };
  }
}

function byStartLongestFirst(a: MentionRef, b: MentionRef): number {
  return a.start - b.start || b.end - a.end;
}

/** Speaker kinds, best first: a phrase's person over its organisation over its place. */
export const ANY_KIND: readonly SpeakerKind[] = ['person', 'organization', 'place'];
export const PERSON_ONLY: readonly SpeakerKind[] = ['person'];

const BEIDE = /^beiden?$/i;
const isBeide = (w: string): boolean => BEIDE.test(w);

const REGIERUNG = 'regierung';

/** The name ends in "regierung", in any case (as GOVERNMENT asks): the few that do are worth a memo lookup. */
function endsWithRegierung(name: string): boolean {
  const from = name.length - REGIERUNG.length;
  if (from < 0) return false;
  // `| 32` gives a lower-case ASCII letter only from that letter or its capital.
  for (let k = 0; k < REGIERUNG.length; k++) if ((name.charCodeAt(from + k) | 32) !== REGIERUNG.charCodeAt(k)) return false;
  return true;
}

/** Organisation name → the state whose government it names ("US-Regierung" → USA), or null. */
const governmentState = memoByWord((name: string): string | null => {
  const gov = GOVERNMENT.exec(name);
  return gov ? countryOfPrefix(gov[1]!.trim()).country ?? countryOfAdjective(gov[1]!.trim().toLowerCase()) : null;
});

/**
 * A place's speaker: a state's name speaks for the state; a capital for its state
 * ("Moskau" → Russland). The answers depend on the lexicon alone, so they are
 * remembered across documents (speakers are never modified).
 */
const placeSpeaker = memoByWord((name: string): Speaker => ({ name, kind: 'place', country: countryNamed(name) }));

const citySpeaker = memoByWord((name: string): Speaker => {
  const code = speechLexicon().capitals.get(fold(name));
  const state = code ? countryName(code) : null;
  return state ? countrySpeaker(state) : { name, kind: 'place', country: countryNamed(name) };
});

function countrySpeaker(name: string): Speaker {
  return { name, kind: 'place', country: name };
}

const ROLE = 1;
const BODY = 2;
const SPOKES = 4;
/** Folded head noun → ROLE | BODY | SPOKES: what a description's head is, asked up to five times per phrase. */
const headKind = memoByWord((base: string): number =>
  (roleNoun(base) ? ROLE : 0) | (bodyNoun(base) ? BODY : 0) | (spokesNoun(base) ? SPOKES : 0));

/** A role noun ("Präsident", "Bundesfinanzminister", "Kanzlerin"), by the lexicon's role heads. */
function isRole(base: string): boolean {
  return (headKind(base) & ROLE) !== 0;
}

function isSpokes(base: string): boolean {
  return (headKind(base) & SPOKES) !== 0;
}

function roleNoun(base: string): boolean {
  return base.length > 0 && roleHead(base[0]!.toUpperCase() + base.slice(1)) !== null;
}

function bodyNoun(base: string): boolean {
  const lex = speechLexicon();
  if (lex.bodies.has(base)) return true;
  for (const b of lex.bodies) if (base.endsWith(b) && b.length >= 6) return true;
  return false;
}

function spokesNoun(base: string): boolean {
  const lex = speechLexicon();
  if (lex.spokesNouns.has(base)) return true;
  for (const s of lex.spokesNouns) if (base.endsWith(s) && s.length >= 7) return true;
  return false;
}
